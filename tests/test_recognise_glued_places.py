"""A county of one character glued to its town by a head's walk (kg/recognise/glued_places.py,
rules.toml [glued_place] short_parent_ends, short_parent_not_first): two places, the county's
and the town's; a word for the county the text speaks of (全县, 本县) is none, the town
alone is. Real counties, INVENTED towns."""
from __future__ import annotations

import pytest

from recognition import document


@pytest.mark.parametrize("text, places", [
    ("建设地点：滑县青禾乡。", ["滑县", "青禾乡"]),
    ("星澜食品项目落户沛县云岭镇，总投资5亿元。", ["沛县", "云岭镇"]),
    ("泾县白露街道完成棚户区改造。", ["泾县", "白露街道"]),
    # near misses: the county the text speaks of, no name of one
    ("全县云岭镇等8个乡镇完成改造。", ["云岭镇"]),
    # a county of two characters the lexicon lists by that name only, glued to its town, even in
    # a list of towns
    ("星澜食品项目落户芒市云岭镇，总投资5亿元。", ["芒市", "云岭镇"]),
    ("今年在芒市云岭镇、白露镇新装户用光伏。", ["芒市", "云岭镇", "白露镇"]),
    ("今年在全市云岭镇、白露镇新装户用光伏。", ["云岭镇", "白露镇"]),
    ("本县白露镇新建厂房3栋。", ["白露镇"]),
    # ... a town alone, a county of two characters and more (as before)
    ("星澜项目落户云岭镇。", ["云岭镇"]),
    ("星澜项目落户青禾县云岭镇。", ["云岭镇", "青禾县"]),
])
def test_a_one_character_county_glued_to_its_town(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a district and its town or street glued at the opening of a park's name are two places of
    # their own (names, no owners of the park's name)
    ("建设地点：青禾区云溪街道星澜专用车产业园；总投资5亿元。", [("青禾区", "name"), ("云溪街道", "name")]),
    # near miss: a town alone opening a park's name stays as it was read
    ("建设地点：白露镇青禾工业园区。", [("白露镇", "owner")]),
])
def test_places_glued_at_a_parks_opening(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted((m.surface, m.role) for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a banner (旗), Inner Mongolia's county, glued to its town by the town's walk: two places
    ("星澜食品项目落户阿荣旗云溪镇，总投资5亿元。", ["阿荣旗", "云溪镇"]),
    ("在鄂温克族自治旗白露镇西南，青禾风电项目并网发电。", ["鄂温克族自治旗", "白露镇"]),
    # an autonomous county (自治县) as a county does
    ("星澜食品项目落户宽城满族自治县白露镇。", ["宽城满族自治县", "白露镇"]),
    # near misses: 旗 a word of the town's own name, no banner before it
    ("星澜项目落户红旗镇。", ["红旗镇"]),
    # a word for the banner the text speaks of (该旗) before its town: the town alone, 旗 no word of it
    ("远岭电力在该旗柏溪镇建设光伏基地。", ["柏溪镇"]),
    ("本旗白露镇新建厂房3栋。", ["白露镇"]),
])
def test_a_banner_glued_to_its_town(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a county the lexicon names with its city before it (its own name is a word of many
    # cities): the city and the county by the bare name the text gives it
    ("星澜高新区地处内江市市中区东南部。", ["内江市", "市中区"]),
    ("地址：西宁市城中区白鹭路8号。", ["西宁市", "城中区", "白鹭路"]),
    # near misses: a county of a name of its own after its city (as before); the city alone
    ("星澜项目落户成都市青羊区。", ["成都市", "青羊区"]),
    ("星澜项目落户乐山市。", ["乐山市"]),
])
def test_a_county_named_with_its_city(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.name for m in ms if m.cls == "Place" and m.role != "owner") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a district glued to a street office whose name ends like a head (新城, 港): the street
    # office is the name, not a 新城 of the district ([head_not_before] 街道)
    ("星澜面馆位于云溪区新城街道白鹭路步行街。", ["云溪区", "新城街道"]),
    ("青禾服务中心设在汉滨区新城街道。", ["汉滨区", "新城街道"]),
    # near misses: the district's 新城 said alone; a street office of a name of its own
    ("星澜项目落户云溪区新城。", ["云溪区新城"]),
    ("星澜面馆位于云溪区白露街道。", ["云溪区", "白露街道"]),
])
def test_a_street_office_whose_name_ends_like_a_head(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.name for m in ms if m.cls == "Place" and m.role != "owner") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a district the lexicon lists whose name ends like a part of a city (云城区, not a town's
    # 城区) glued to its town by the town's walk: two places ([glued_place] known_parent_levels)
    ("星澜产业园位于云城区白古镇。", ["云城区", "白古镇"]),
    # near miss: a zone before its community stays as the walk read it
    ("项目位于青禾高新区星湖社区。", []),
])
def test_a_known_district_ending_like_a_city_part(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a town of one character glued to its village by the village's walk: two places
    # ([glued_place] short_town_ends)
    ("星澜乳业与潘镇星塬村结对。", ["潘镇", "星塬村"]),
])
def test_a_one_character_town_glued_to_its_village(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, word", [
    # near misses: a word for the town the text speaks of, or for towns, is no town of its own
    ("星澜乳业与全镇星塬村结对。", "全镇"),
    ("星澜乳业与城镇星塬村结对。", "城镇"),
])
def test_a_word_for_towns_before_a_village_is_no_town(recogniser, text, word):
    ms = recogniser.document_mentions(document(text))
    assert word not in [m.surface for m in ms if m.cls == "Place"]


@pytest.mark.parametrize("text, places", [
    # a head's walk back from the unit ran over a word that joins two list items or leads to
    # the place: the place starts after it (INVENTED towns and streets)
    ("依托星澜新材料产业链和云岭街道染料助剂基础，园区引进企业。", ["云岭街道"]),
    ("如需咨询，可向彬岭镇人民政府农技站询问。", ["彬岭镇"]),
    ("完成柏坡镇至石湾镇道路拓宽工程。", ["柏坡镇", "石湾镇"]),   # (as before: 柏坡镇 ends the walk)
    # near misses: a joiner's character that is a word of the name itself
    ("星澜项目落户太和镇。", ["太和镇"]),
    ("向阳街道完成旧楼加装电梯。", ["向阳街道"]),
    ("星澜项目落户青禾县和平街道。", ["青禾县", "和平街道"]),
])
def test_a_place_glued_to_a_joiner_before_it(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)


@pytest.mark.parametrize("text, places", [
    # a road or a scenic area a walk read back over its town (所在地点：…): two places
    ("所在地点：星沙城镇云岭路18号", ["星沙城镇", "云岭路"]),
    ("所在地点：白露镇青峰山景区游客中心", ["白露镇", "青峰山景区"]),
    # near misses: a road alone; a road whose own name holds a town's character
    ("项目位于云岭路18号。", ["云岭路"]),
    ("项目位于新镇大道8号。", ["新镇大道"]),
])
def test_a_road_glued_to_its_town(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == sorted(places)
