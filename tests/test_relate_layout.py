"""kg/relate/parts.py: the parks a zone's layout announces (LayoutItems) and the parks a list
counts as a zone's (area_list), on given mentions (tests/relate_helpers.py). Names and
sentences are invented; the older rows are in test_relate_rules.py."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L, PL = "Place", "Platform"
ITEMS = {"青禾经济技术开发区": PL, "星澜产业园": PL, "墨川科创园": PL, "云岫工业园": PL, "云溪区": L,
         "锦程新区": PL, "白沙街道": L}
ITEM = "part-layout-item"
HOME = "青禾经济技术开发区简介\n"


@pytest.mark.parametrize("text,want", [
    # a section heading announcing the parks of the zone the document speaks for
    (HOME + "一、区位概况\n开发区位于云溪区。\n三、园中园\n1．星澜产业园。位于开发区东部。\n2．墨川科创园。地处白沙街道。"
     "\n四、创新平台\n开发区拥有研发中心2家。\n（一）云岫工业园。\n主攻装备。",
     {("星澜产业园", "青禾经济技术开发区"), ("墨川科创园", "青禾经济技术开发区")}),
    # ... an item opening on its park, its text after a colon
    (HOME + "三、园中园\n1．星澜产业园：位于白沙街道，主攻装备。\n2．墨川科创园：主攻软件。",
     {("星澜产业园", "青禾经济技术开发区"), ("墨川科创园", "青禾经济技术开发区")}),
    # ... not a park after the mark with other text between
    (HOME + "三、园中园\n1．东片的星澜产业园：位于白沙街道。", set()),
    # a heading of other words announces nothing
    (HOME + "三、重点平台\n1．星澜产业园。\n2．墨川科创园。", set()),
    # a district is no park or zone: no whole
    ("云溪区工作报告\n三、园中园\n1．星澜产业园。\n2．墨川科创园。", set()),
])
def test_a_heading_announces_the_parks_of_the_home_zone(text, want):
    r = relate_on(ITEMS, text)
    assert {(s, o) for s, p, o, rule in r.facts("partOf") if rule == ITEM} == want


@pytest.mark.parametrize("text,want", [
    # parks a list counts as a zone's parks in parks (园中园, 分园)
    ("锦程新区去年新增星澜产业园、墨川科创园两个园中园。",
     {("星澜产业园", "锦程新区"), ("墨川科创园", "锦程新区")}),
    ("锦程新区现有星澜产业园、墨川科创园两个分园。", {("星澜产业园", "锦程新区"), ("墨川科创园", "锦程新区")}),
])
def test_parks_counted_as_parks_in_a_zone_are_its_parts(text, want):
    r = relate_on(ITEMS, text)
    assert {(s, o) for s, p, o, rule in r.facts("partOf") if rule == "part-area-list"} == want


@pytest.mark.parametrize("text,want", [
    # the whole of parks a zone sets up is the zone, not the last thing of a list it governs
    ("锦程新区现辖白沙街道和青禾经济技术开发区，设有星澜产业园、墨川科创园两个专业园区。",
     {("星澜产业园", "锦程新区"), ("墨川科创园", "锦程新区")}),
    # (the zone named alone before the list is its whole, as before)
    ("青禾经济技术开发区设有星澜产业园、墨川科创园两个专业园区。",
     {("星澜产业园", "青禾经济技术开发区"), ("墨川科创园", "青禾经济技术开发区")}),
])
def test_a_listed_zone_is_no_whole_of_a_later_list(text, want):
    r = relate_on(ITEMS, text)
    assert {(s, o) for s, p, o, rule in r.facts("partOf") if rule == "part-area-list"} == want


ROADS = {"青禾高新区": PL, "星澜大道": L, "墨川东站": L, "白沙片区": L, "云溪区": L, "锦程路": L, "锦程东街": L}


@pytest.mark.parametrize("text,want", [
    # a road or a station after a zone's name runs through the zone: no part of it, nor set in it
    ("地址：青禾高新区星澜大道88号。", set()),
    ("建设地点：青禾高新区墨川东站货场北侧。", set()),
    ("厂址：青禾高新区锦程东街18号。", set()),
    # (a sentence may say the road lies in the zone: where the zone's trade gathers)
    ("青禾高新区经济运行情况。\n高新区商业主要集中在星澜大道沿线。", {("星澜大道", "locatedIn", "青禾高新区")}),
    # (an area after it is: 青禾高新区白沙片区)
    ("建设地点：青禾高新区白沙片区。", {("白沙片区", "partOf", "青禾高新区")}),
])
def test_a_road_is_no_part_of_a_zone(text, want):
    r = relate_on(ROADS, text)
    assert {(s, p, o) for s, p, o in r.pairs() if p in ("partOf", "locatedIn") and o == "青禾高新区"} == want


SITED = {"青禾食品产业园": PL, "星澜经济技术开发区": PL, "北区厂房区": PL, "南区厂房区": PL, "墨川科创中心": PL,
         "云溪路": L}


@pytest.mark.parametrize("text, want", [
    # the zone the sentence's park lies in is no whole of the park's division: the park is
    (("青禾食品产业园简介", "青禾食品产业园位于星澜经济技术开发区云溪路以东，分为北区厂房区、南区厂房区和墨川科创中心三个板块。"),
     {("北区厂房区", "青禾食品产业园"), ("南区厂房区", "青禾食品产业园"), ("墨川科创中心", "青禾食品产业园")}),
    # (a zone named as the builder, not the site, still is: 星澜经开区建设了A、B两个板块)
    ("星澜经济技术开发区建设了北区厂房区、南区厂房区两个功能板块。",
     {("北区厂房区", "星澜经济技术开发区"), ("南区厂房区", "星澜经济技术开发区")}),
])
def test_the_zone_a_park_lies_in_is_no_whole_of_its_list(text, want):
    r = relate_on(SITED, text)
    assert {(s, o) for s, p, o in r.pairs("partOf")} == want
