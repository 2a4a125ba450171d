"""Names whose first words jieba takes for something else, so the walk from the head
stopped short (kg/recognise/head_starts.py trade_before_form on a group's head; rules.toml
[long_name] inside 高新; the lexicon's short forms of prefecture stems that are everyday
words, tools/lexicon/admin_divisions.py STEM_NOT_ALIAS), on sentences with INVENTED
names (星澜, 青禾, 云溪, 墨川) or real cities.

Each row: the sentence and the {name: class} of the names found.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, PL, PR = "Enterprise", "Platform", "Project"


@pytest.mark.parametrize("text, want", [
    # a group's registered trade of two verbs (建设|投资) before its head, no legal form
    case("项目公司由星澜城市建设投资集团全额出资。", {"星澜城市建设投资集团": E}, id="city-building-group"),
    case("与墨川交通建设投资集团签约。", {"墨川交通建设投资集团": E}, id="after-with"),
    case("由青禾建设集团承建。", {"青禾建设集团": E}, id="building-group"),
    case("赴云溪建设发展集团考察。", {"云溪建设发展集团": E}, id="after-visit"),
    # near misses: the verb governs the group, or no proper word opens the name
    case("加快建设投资集团。", {}, id="verb-before"),
    case("全力推进项目建设集团作战。", {}, id="no-group"),
    case("运营公司唱主角。", {}, id="trade-alone"),
    # ... nor a verb before a head jieba glued to a word (发展|工程机械: the trade, no firm)
    case("重点发展工程机械、智能装备等高端装备。", {"工程机械": "IndustryTrack", "智能装备": "IndustryTrack",
                                              "高端装备": "IndustryTrack"}, id="glued-head"),
    # a high-tech zone's word (高新, an adverb to jieba) inside a firm's registered name
    case("业主单位为星澜高新投资发展有限公司。", {"星澜高新投资发展有限公司": E}, id="zone-investment-firm"),
    case("由墨川高新产业发展有限公司承担运营。", {"墨川高新产业发展有限公司": E}, id="zone-development-firm"),
    # near miss: a kind of firm before another firm's name stays out
    case("星澜高新技术企业青禾科技有限公司投资。", {"青禾科技有限公司": E}, id="kind-before-firm"),
    # a prefecture whose stem is an everyday word (来宾: guests; the lexicon's short form) names its zone
    case("项目落户来宾高新区。", {"来宾高新区": PL}, id="guest-city-zone"),
    case("项目落户通化经开区。", {"通化经开区": PL}, id="common-word-city-zone"),
    # near misses: the everyday word itself, and a zone named in full already
    case("欢迎各位来宾高兴参会。", {}, id="guests"),
    case("感谢来宾莅临星澜产业园。", {"星澜产业园": PL}, id="guests-before-park"),
    case("在星澜高新区投资。", {"星澜高新区": PL}, id="in-zone"),
])
def test_a_name_jieba_cut_at_its_first_words(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a group that set up a firm somewhere is a firm, wherever it stands in its clause
    # (kg/recognise/resolve.py _sited_name; rules.toml [context] after 设立的子公司)
    case("该公司是七星粮油集团在云溪设立的子公司。", {"七星粮油集团": E}, id="numeral-brand-sited"),
    case("该公司是七星粮油集团设立的子公司。", {"七星粮油集团": E}, id="numeral-brand-parent"),
    # near misses: a trade's common noun, or a count, before the head
    case("推动面粉集团在云溪设立的项目投产。", {}, id="common-noun-group"),
    case("推动三个集团在园区设立的项目投产。", {}, id="counted-groups"),
    # ... and a group no clause says anything of
    case("加快九三粮油工业集团项目进度。", {}, id="no-context"),
])
def test_a_group_that_sets_up_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a firm the lexicon knows, a province or city and a branch word: the firm's company there,
    # whole, after any word, not the bare firm (kg/recognise/resolve.py known_branch; rules.toml
    # [brand] branch_words)
    case("委托中国联通湖南公司负责园区运维。", {"中国联通湖南公司": E}, id="entrusted-province-company"),
    case("支持国家电投海南公司在园区布局储能。", {"国家电投海南公司": E}, id="supported-province-company"),
    case("墨川学院联合中国电信海南公司开展算力培训。", {"墨川学院": "Institution", "中国电信海南公司": E},
         id="joined-province-company"),
    case("国家电投山东公司、中国电信江苏公司参与。", {"国家电投山东公司": E, "中国电信江苏公司": E},
         id="listed-province-companies"),
    # near misses: no firm before the word, or no place between the firm and the word
    case("鼓励电信公司降低资费。", {}, id="trade-company"),
    case("引导中国石化青禾公司参与。", {"中国石化": E}, id="no-place-between"),
])
def test_a_known_firms_company_in_a_province(recogniser, text, want):
    check(recogniser, text, want)
