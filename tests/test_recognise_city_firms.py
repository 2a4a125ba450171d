"""Firms named by who they belong to and where (kg/recognise/city_firms.py group_branch;
rules.toml [context] group_shorts, [segmenter] words): a national group's short form, a place
and a trade before 公司 name the group's local branch, a firm wherever it stands, where a bare
"X供电公司" needs a word around it that introduces firms. Invented names beside real cities.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, I = "Enterprise", "Institution"


@pytest.mark.parametrize("text, want", [
    # the State Grid's branch of a city: no context word before it (由 wants a verb of building
    # or running after it, 配套 and 协调 are none)
    case("线路改造滞后，由国网岳阳供电公司配套新建一条专线。", {"国网岳阳供电公司": E}, id="after-you"),
    case("电力增容滞后，需国网岳阳供电公司协调。", {"国网岳阳供电公司": E}, id="after-needs"),
    # ... and 联合 before it is the verb, not 联合国 (jieba's word for the United Nations)
    case("联合国网岳阳供电公司推行“电等项目”。", {"国网岳阳供电公司": E}, id="after-lianhe"),
    # near misses: no place after the short form, or no short form
    case("国网的供电公司配套建设线路。", {}, id="no-place"),
    case("线路改造滞后，由云溪供电公司配套新建一条专线。", {}, id="no-group"),
    # ... and the United Nations' bodies stay whole
    case("联合国教科文组织在云溪设立办事处。", {"联合国教育、科学及文化组织": I}, id="united-nations"),
])
def test_a_groups_branch_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a count right after a firm named by its city, a coined brand and its trade counts the firm,
    # it does not make a category of it (kg/recognise/descriptions.py is_description)
    case("本环节仅有扬州星芯电子1家规上企业。", {"扬州星芯电子": E}, id="city-brand-trade-one-firm"),
    case("区内仅有湖州澜拓传动1家减速器企业。", {"湖州澜拓传动": E}, id="city-brand-trade-transmission"),
    # near misses: a trade counted with no brand before it is a category
    case("全区新增规上电子3家。", {}, id="trade-counted"),
    case("今年新增智能科技5家。", {}, id="kind-and-trade-counted"),
])
def test_a_count_after_a_city_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a county's or a county-level city's short form, a coined brand and a trade: the firm keeps
    # the county ([brand] city_firm_short_units; kg/recognise/city_firms.py city_opening)
    case("龙头：建瓯澜竹科技、星澜股份", {"建瓯澜竹科技": E, "星澜股份": E}, id="county-city-short-form"),
    case("园区企业有光泽墨维生物等", {"光泽墨维生物": E}, id="county-short-form"),
    # near misses: a district's short form stays out; a dictionary word after the county is no brand
    case("路桥墨迪精密铸造项目。", {}, id="district-short-form"),
    case("龙头：建瓯竹木科技", {}, id="county-then-a-word"),
])
def test_a_county_short_form_opens_a_firm(recogniser, text, want):
    check(recogniser, text, want)
