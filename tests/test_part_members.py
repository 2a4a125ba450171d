"""partOf for parks a clause says are all the zone's members (kg/data/relations.toml area_of,
part-is-area-of): 均为Y下设的专业园区, 均属Y管辖范围, 系Y“一区多园”的组成园区, 是Y的专业园区之一.
Invented sentences; near misses where the words name no membership."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

PL, L = "Platform", "Place"
THINGS = {"星澜装备园": PL, "墨川氢能园": PL, "青禾经开区": PL, "白露镇": L}

ROWS = [
    # (text, facts that must be made, facts that must not)
    ("星澜装备园、墨川氢能园均为青禾经开区下设的专业园区；白露镇位于县城南部。",
     {("星澜装备园", "青禾经开区"), ("墨川氢能园", "青禾经开区")}, set()),
    ("星澜装备园、墨川氢能园都是青禾经开区下设的园区。",
     {("星澜装备园", "青禾经开区"), ("墨川氢能园", "青禾经开区")}, set()),
    ("2. 星澜装备园、墨川氢能园均属青禾经开区管辖范围；白露镇另行统计。",
     {("星澜装备园", "青禾经开区"), ("墨川氢能园", "青禾经开区")}, set()),
    ("星澜装备园系青禾经开区“一区多园”的组成园区，主攻风电整机。", {("星澜装备园", "青禾经开区")}, set()),
    ("星澜装备园是青禾经开区的专业园区之一。", {("星澜装备园", "青禾经开区")}, set()),
    ("白露镇均属青禾经开区管辖范围内。", {("白露镇", "青禾经开区")}, set()),
    # near misses: the zone's projects, what it built, beside what it governs, its firms
    ("星澜装备园、墨川氢能园均属青禾经开区重点项目。", set(),
     {("星澜装备园", "青禾经开区"), ("墨川氢能园", "青禾经开区")}),
    ("星澜装备园系青禾经开区投资建设的标准厂房集聚地。", set(), {("星澜装备园", "青禾经开区")}),
    ("星澜装备园均与青禾经开区管辖范围相邻。", set(), {("星澜装备园", "青禾经开区")}),
    ("星澜装备园均为青禾经开区下设的专业园区企业提供服务。", set(), {("星澜装备园", "青禾经开区")}),
]


@pytest.mark.parametrize("text,want,not_want", ROWS)
def test_members_of_a_zone(text, want, not_want):
    got = {(s, o) for s, p, o in relate_on(THINGS, ("青禾经开区园区简报", text)).pairs("partOf")}
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


# A zone's entry in a directory headed by its name in 【】 (kg/data/relations.toml [entry] marker and
# rest): the lines after it with no subject of their own speak of it, so the parks its 简介 line says
# it governs (下设A、B两个片区: part-topic-governed's @entry) are its parts, not the city's.
CARD_THINGS = {"青禾高新区": PL, "白沙园区": PL, "云溪园区": PL, "星澜市": L}


@pytest.mark.parametrize("text,whole", [
    ("星澜市位于华中。\n【青禾高新区】\n规划面积：60平方公里\n简介：2015年获批国家级高新区，下设白沙园区、云溪园区两个片区。",
     "青禾高新区"),
    ("星澜市位于华中。\n【青禾高新区】。\n简介：下设白沙园区、云溪园区两个片区。", "青禾高新区"),
    # near misses: a section heading ends the entry; a bracketed line saying more than a name is none
    ("星澜市位于华中。\n【青禾高新区】\n规划面积：60平方公里\n二、星澜市其他园区\n简介：下设白沙园区、云溪园区两个片区。",
     "星澜市"),
    ("星澜市位于华中。\n【青禾高新区获批国家级】\n简介：下设白沙园区、云溪园区两个片区。", "星澜市"),
])
def test_a_zones_bracketed_entry_governs_its_parks(text, whole):
    got = relate_on(CARD_THINGS, ("星澜市投资指南", text)).pairs("partOf")
    assert {("白沙园区", "partOf", whole), ("云溪园区", "partOf", whole)} <= got, got
    assert not {p for p in got if p[0] in ("白沙园区", "云溪园区") and p[2] != whole}, got
