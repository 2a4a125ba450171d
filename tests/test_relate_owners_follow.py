"""A firm follows its project into the park or town a placement frame lands it in, when the
sentence says the plant is the firm's own (kg/relate/owners_follow.py). Invented names and sentences."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, L, PL, I = "Enterprise", "Project", "Place", "Platform", "Institution"
RULE = "located-owner-follows"


@pytest.mark.parametrize("things, text, want", [
    # the project named after its firm, carried out in the firm's plant in a park: the firm lies there too
    ({"墨川精工": E, "墨川精工年产3万吨齿轮项目": P, "青禾智造港": PL},
     "配套项目：墨川精工年产3万吨齿轮项目，在青禾智造港现有厂区内实施，总投资6亿元。",
     {("墨川精工", "青禾智造港")}),
    ({"星澜食品": E, "星澜食品冻干果蔬项目": P, "白露镇": L},
     "实施项目：星澜食品冻干果蔬项目，在白露镇原有厂房建设，明年投产。",
     {("星澜食品", "白露镇")}),
    # (near misses: a project merely built or landed in a park leaves its firm where it is; a
    # county is no site the firm follows into; a mine's firm is not placed at the mine; an
    # institution sharing the project is not placed at it)
    ({"墨川精工": E, "墨川精工年产3万吨齿轮项目": P, "青禾装备产业园": PL},
     "配套项目：墨川精工年产3万吨齿轮项目，在青禾装备产业园建设，总投资6亿元。", set()),
    ({"星澜食品": E, "星澜食品冻干果蔬项目": P, "白露镇": L},
     "实施项目：星澜食品冻干果蔬项目，建在白露镇，明年投产。", set()),
    ({"星澜食品": E, "星澜食品冻干果蔬项目": P, "云溪县": L},
     "实施项目：星澜食品冻干果蔬项目，在云溪县现有厂区内建设。", set()),
    ({"墨川能源": E, "墨川能源白沙煤矿": P, "白沙镇": L},
     "配套项目：墨川能源白沙煤矿，在白沙镇现有厂区内建设。", set()),
    ({"星澜农业大学": I, "星澜农业大学育种项目": P, "白露镇": L},
     "实施项目：星澜农业大学育种项目，在白露镇现有厂区内建设。", set()),
])
def test_a_firm_follows_its_project_into_its_own_plant(things, text, want):
    r = relate_on(things, ("云州市项目公示", "云州市项目公示\n" + text))
    assert {(f[0], f[2]) for f in r.facts("locatedIn") if f[3] == RULE} == want
