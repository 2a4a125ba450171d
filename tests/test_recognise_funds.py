"""A fund is a firm (rules.toml [[head]] 基金, its not_before and kind_words; [long_name]
measure_heads, measure_set_up; kg/recognise/descriptions.py measure, items.py) on sentences with
INVENTED names (青禾, 星澜, 墨川, 云溪, 白露); real names only where a rule depends on the lexicon.

Each row: the sentence and the {name: class} of every name found that is not a nested owner.
"""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, E = "Place", "Platform", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a place or a proper word before 基金 names a fund, a firm
    case("星澜市产业发展投资基金也出资3亿元参股项目公司。", {"星澜市产业发展投资基金": E}, id="city-fund-invests"),
    case("墨川科创发展基金已投资项目9个。", {"墨川科创发展基金": E}, id="proper-word-fund"),
    case("项目公司由白露产业基金参股。", {"白露产业基金": E}, id="short-proper-fund"),
    # ... over two fields joined in its name, with its legal form of a partnership
    case("青禾市数字经济与现代农业产业投资基金（有限合伙）年度报告",
         {"青禾市数字经济与现代农业产业投资基金（有限合伙）": E}, id="joined-fields-partnership"),
    case("新区联合墨川集团有限公司、白露投资集团有限公司发起成立首期10亿元的星澜科创发展基金。",
         {"墨川集团有限公司": E, "白露投资集团有限公司": E, "星澜科创发展基金": E}, id="sponsors-set-it-up"),
    # ... over a verb or a time word jieba tags inside it, after a place the lexicon knows
    # ([long_name] inside 创新, 现代)
    case("由杭州市创新投资基金和白露控股有限公司合资组建。",
         {"杭州市创新投资基金": E, "白露控股有限公司": E}, id="known-city-innovation-fund"),
    case("星澜公司获浙江省现代服务业引导基金参股。", {"星澜公司": E, "浙江省现代服务业引导基金": E},
         id="known-province-modern-fund"),
    # near misses: a fund's kind, no name
    case("星澜市设立政府引导基金10亿元，撬动社会资本。", {}, id="government-guided-kind"),
    case("基金类型：市场化运作的产业投资基金。", {}, id="kind-field"),
    case("发起设立产业投资基金和天使投资基金。", {}, id="angel-fund-kind"),
    case("集团设有园区运营、人才服务和产业基金三块业务。", {}, id="a-kind-in-a-list"),
    case("发挥人才科创基金和天使投资基金牵引作用。", {}, id="what-it-backs-kind"),
    # ... a manager's short form, a rule's title (the name does not end in 基金 there)
    case("白露基金公司会做好投后跟踪。", {}, id="manager-short-form"),
    case("依照《云溪市政府出资产业基金管理暂行办法》执行。", {}, id="rules-title"),
    # ... a district's fund set up as a measure, with its scale: an instrument of its policy
    case("今年还将设立规模5亿元的青禾县数字经济产业发展基金，对首台套给予奖励。", {"青禾县": P},
         id="measure-set-up"),
    case("设立总规模20亿元的白露产业发展基金。", {}, id="measure-total-scale"),
])
def test_a_fund_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
