"""Other names a park's, project's or district's name gives of the same thing
(kg/recognise/variants.py, rules.toml [variants]): without the area it opens with, and
without its first phase; aliases, not names. On INVENTED names."""
from __future__ import annotations

import pytest

from kg.link import link
from recognition import case, document, mentions


def aliases_of(rec, text, name):
    ms = [m for m in mentions(rec, text) if m.name == name and m.role != "owner"]
    assert ms, mentions(rec, text)
    return set(ms[0].aliases)


@pytest.mark.parametrize("text, name, want", [
    # the area the name opens with: a street, a town, a zone, a zone word, a commercial district
    case("项目选址云溪街道先进陶瓷产业园。", "云溪街道先进陶瓷产业园", {"先进陶瓷产业园"}, id="street"),
    case("墨川镇智能家居产业园建成投用。", "墨川镇智能家居产业园", {"智能家居产业园"}, id="town"),
    case("青禾高新区星澜精密传感器项目签约落地。", "青禾高新区星澜精密传感器项目", {"星澜精密传感器项目"},
         id="named-zone"),
    case("选址：经开区新材料产业园。", "经开区新材料产业园", {"新材料产业园"}, id="zone-word"),
    case("加快青禾商圈星澜天地购物中心建设。", "青禾商圈星澜天地购物中心", {"星澜天地购物中心"},
         id="commercial-district"),
    # ... or a zone of any kind, before a place's name (an area of the zone)
    case("选址青禾港经济区星澜新城片区，建成后", "青禾港经济区星澜新城片区", {"星澜新城片区"}, id="zone-before-a-place"),
    # a zone opening with its city written with the city's level is named without the level too
    case("地址：岳阳市经开区青禾路18号", "岳阳市经开区", {"岳阳经开区"}, id="city-level"),
    # the first phase of a base or a park is the thing being built
    case("星澜储能基地一期厂房已经封顶。", "星澜储能基地一期厂房", {"星澜储能基地"}, id="phase-and-building"),
    case("墨川光电显示产业园一期顺利完工。", "墨川光电显示产业园一期", {"墨川光电显示产业园"}, id="first-phase"),
    case("云溪乡海洋装备产业园一期竣工。", "云溪乡海洋装备产业园一期",
         {"云溪乡海洋装备产业园", "海洋装备产业园一期", "海洋装备产业园"}, id="area-and-phase"),
    # a later phase is a project of its own
    case("墨川智能终端产业园二期开工。", "墨川智能终端产业园二期", set(), id="second-phase"),
    # a works' name from the yearly output it states on, after the firm or the place opening it
    case("白露精工机械有限公司年产60万台微型减速机项目计划下月试产。", "白露精工机械有限公司年产60万台微型减速机项目",
         {"年产60万台微型减速机项目"}, id="output-after-registered-firm"),
    case("墨川化工年产8万吨己二胺项目落户园区。", "墨川化工年产8万吨己二胺项目", {"年产8万吨己二胺项目"},
         id="output-after-short-firm"),
    case("星澜重工年产3万台青禾履带拖拉机生产线项目开工", "星澜重工年产3万台青禾履带拖拉机生产线项目",
         {"年产3万台青禾履带拖拉机生产线项目"}, id="output-inside-a-line"),
    # a works' name without the registered name of the firm that opens it and owns it
    case("兑现白露澜峰新能源有限公司光伏支架项目投资奖励300万元。", "白露澜峰新能源有限公司光伏支架项目",
         {"光伏支架项目"}, id="works-after-registered-firm"),
    case("2.墨川云翔乳业有限公司三期酸奶生产线，位于园区南侧，5月投产；", "墨川云翔乳业有限公司三期酸奶生产线",
         {"三期酸奶生产线"}, id="phased-line-after-registered-firm"),
    # (near misses: too short a rest names only a kind; a firm without its legal form keeps it)
    case("星澜有限公司新项目开工。", "星澜有限公司新项目", set(), id="rest-too-short-after-firm"),
    case("墨川化工光伏玻璃项目落户园区。", "墨川化工光伏玻璃项目", set(), id="short-firm-name"),
    # (near miss: a list of towns opening a works' name is cut after none of them, 、… opens no name)
    case("星澜公司正在开发云溪镇、墨川乡、白露村三期碳汇项目。", "云溪镇、墨川乡、白露村三期碳汇项目", set(),
         id="towns-coordinated"),
    # (near misses: a name opening with the output has no other; 年产值 is no output of the works)
    case("年产8万吨硅碳负极材料项目落户园区。", "年产8万吨硅碳负极材料项目", set(), id="output-opens-the-name"),
    case("星澜光电年产值超10亿元，星澜光电项目投产", "星澜光电项目", set(), id="no-output-inside"),
    # a city or a lake before a park is a word of its name; a short rest names only a kind
    case("青禾市生物材料产业园开园。", "青禾市生物材料产业园", set(), id="city"),
    case("墨川区科创中心投用。", "墨川区科创中心", set(), id="rest-too-short"),
])
def test_variant_aliases(recogniser, text, name, want):
    assert aliases_of(recogniser, text, name) == want


def test_a_kind_only_variant_joins_no_other_park(recogniser):
    # two parks of one industry in two towns stay two, and apart from a bare park of that name
    ms = [m for text in ("项目落户云溪镇新材料产业园。", "项目落户墨川乡新材料产业园。", "新材料产业园开园。")
          for m in recogniser.document_mentions(document(text))]
    ents = link(ms, recogniser.lex)
    assert {"Platform/云溪镇新材料产业园", "Platform/墨川乡新材料产业园", "Platform/新材料产业园"} <= set(ents)


def test_the_bare_name_stands_for_the_placed_one_in_its_document(recogniser):
    # in the document that names 云溪镇新材料产业园, a bare 新材料产业园 is that park
    ms = recogniser.document_mentions(document("项目落户云溪镇新材料产业园。目前新材料产业园已有企业20家。"))
    bare = [m for m in ms if m.sentence == 1 and m.surface == "新材料产业园"]
    assert [m.name for m in bare] == ["云溪镇新材料产业园"], ms


def test_the_output_named_works_stand_for_the_firms_in_its_document(recogniser):
    # in the document that names 白露精工机械有限公司年产60万台微型减速机项目, the bare output-led
    # name is that project, not a second one
    ms = recogniser.document_mentions(document(
        "白露精工机械有限公司年产60万台微型减速机项目开工。年产60万台微型减速机项目预计明年投产。"))
    bare = [m for m in ms if m.sentence == 1 and m.role != "owner" and m.cls == "Project"]
    assert [m.name for m in bare] == ["白露精工机械有限公司年产60万台微型减速机项目"], ms
