"""Counties whose whole name is two characters (kg/recognise/county_names.py; rules.toml
[county_name]). Real county names (the rule reads the lexicon's counties) in invented
sentences; invented towns and firms (云溪镇, 星澜)."""
from __future__ import annotations

import pytest

from recognition import case, check, document_names

P, PL, I, E = "Place", "Platform", "Institution", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # its government, its ground
    case("滑县人民政府印发实施意见", {"滑县": P}, id="government"),
    case("沛县境内新建两座污水处理厂", {"沛县": P}, id="ground"),
    # a town of it after it: two places, not one glued together
    case("建设地点：郏县云溪镇", {"郏县": P, "云溪镇": P}, id="town-after"),
    case("项目选址泾县星澜乡", {"泾县": P, "星澜乡": P}, id="township-after"),
    # a verb of where things are before it, the clause ending after it
    case("星澜科技有限公司的新工厂落户叶县，总投资5亿元", {"星澜科技有限公司": E, "叶县": P},
         id="lands-in"),
    # an item of a list beside another county
    case("萧县、砀山县的果农", {"萧县": P, "砀山县": P}, id="listed-first"),
    case("砀山县、萧县的果农", {"萧县": P, "砀山县": P}, id="listed-after"),
    # a bureau it names, and the county in it
    case("备案机关：杞县发展和改革委员会", {"杞县发展和改革委员会": I, "杞县": P}, id="commission"),
    case("温县商务局发布通知", {"温县商务局": I, "温县": P}, id="bureau"),
    # a zone it opens stays one name (as before)
    case("在随县经济开发区建设新厂房", {"随县经济开发区": PL}, id="zone"),
    # near misses: jieba's cut across words, and a county's name with nothing saying it is one
    case("推进市和县两级财政改革", {}, id="city-and-county"),
    case("以单县为单位统计产量", {}, id="single-county"),
    case("坚持富县强民的思路", {}, id="no-context"),
    case("规划建设新县城", {}, id="new-county-town"),
    # a county of two characters ending with 市 that the lexicon lists under its prefecture only
    case("芒市人民政府印发实施意见", {"芒市": P}, id="a-city-county-government"),
    case("芒市、瑞丽市的咖啡农", {"芒市": P, "瑞丽市": P}, id="a-city-county-listed"),
    # near misses: words ending with 市 that name no county
    case("超市人民政府印发实施意见", {}, id="a-word-ending-with-city"),
    case("城市、县城的居民", {}, id="city-and-county-town-words"),
])
def test_counties_of_two_characters(recogniser, text, want):
    check(recogniser, text, want)


def _names(recogniser, text):
    return {name: cls for (_, name), cls in document_names(recogniser, text).items()}


@pytest.mark.parametrize("text, want", [
    # a document naming the county's city: the county wherever jieba keeps it whole
    case("信阳市的新开工项目有56个。（三）息县。息县一季度签约项目9个。",
         {"信阳市": P, "息县": P}, id="city-named"),
    # ... and once the text said it is a place, elsewhere in the document too
    case("建设地点：温县云溪镇。温县一季度签约项目9个。",
         {"温县": P, "云溪镇": P}, id="said-elsewhere"),
    # near miss: a document naming neither
    case("全年的新开工项目有56个。息县一季度签约项目9个。", {}, id="city-not-named"),
])
def test_counties_in_a_document_of_their_city(recogniser, text, want):
    assert _names(recogniser, text) == want
