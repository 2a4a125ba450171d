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
    case("青禾市绿色能源与先进制造产业投资基金（有限合伙）年度报告",
         {"青禾市绿色能源与先进制造产业投资基金（有限合伙）": E}, id="joined-fields-partnership"),
    case("新区联合墨川集团有限公司、白露投资集团有限公司共同发起设立规模20亿元的星澜科创发展基金。",
         {"墨川集团有限公司": E, "白露投资集团有限公司": E, "星澜科创发展基金": E}, id="sponsors-set-it-up"),
    # near misses: a fund's kind, no name
    case("星澜市设立政府引导基金10亿元，撬动社会资本。", {}, id="government-guided-kind"),
    case("基金类型：政府引导型产业投资基金。", {}, id="kind-field"),
    case("发起设立产业投资基金和天使投资基金。", {}, id="angel-fund-kind"),
    case("公司下设招商服务、物业管理和产业基金三个板块。", {}, id="a-kind-in-a-list"),
    case("发挥人才科创基金和天使投资基金牵引作用。", {}, id="what-it-backs-kind"),
    # ... a manager's short form, a rule's title (the name does not end in 基金 there)
    case("白露基金公司将加强投后管理。", {}, id="manager-short-form"),
    case("根据《云溪市政府投资基金管理办法》有关规定。", {}, id="rules-title"),
    # ... a district's fund set up as a measure, with its scale: an instrument of its policy
    case("今年还将设立规模5亿元的青禾县数字经济产业发展基金，对首台套给予奖励。", {"青禾县": P},
         id="measure-set-up"),
    case("设立总规模20亿元的白露产业发展基金。", {}, id="measure-total-scale"),
])
def test_a_fund_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
