"""Works a firm sets up somewhere, named after the frame that says so (kg/recognise/sited_works.py,
rules.toml [sited_works]) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …); real
names only where a rule depends on the lexicon (cities, districts, tracks).

Each row: the sentence, the {name: class} of every name found that is not a nested owner,
and the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check

PR, PL, E, T, P = "Project", "Platform", "Enterprise", "IndustryTrack", "Place"


@pytest.mark.parametrize("text, want, want_owners", [
    # a direction, a track and a head of a firm's works, no proper word among them
    case("星澜能源在高新区设立北方储能系统集成基地，年内投产", {"星澜能源": E, "北方储能系统集成基地": PR}, {},
         id="direction-and-track"),
    # a quantity and what the works make, after 建设
    case("墨川钴业集团在云栖园区建设年产5万吨高纯三元前驱体项目，总投资60亿元",
         {"墨川钴业集团": E, "云栖园区": PL, "年产5万吨高纯三元前驱体项目": PR}, {}, id="quantity"),
    # a head the frame alone makes a works' (中心), a verb of what the works do before it
    case("青禾软件集团在云栖设立了华南区域交付中心，员工超过800人",
         {"青禾软件集团": E, "华南区域交付中心": PR}, {}, id="frame-head-and-verb"),
    # a city opening the name, a station head; 建成 as the act
    case("星澜管网集团在工业区建成宜昌输油站，承担原油管输任务",
         {"星澜管网集团": E, "宜昌输油站": PR}, {}, id="city-and-station"),
])
def test_a_firm_sets_up_works_there(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a bare head names no works
    case("星澜科技在高新区设立研发中心，年内投用", {"星澜科技": E}, {}, id="bare-head"),
    # generic words and a head: a kind of works
    case("星澜科技在高新区建设大型生产基地，年内投用", {"星澜科技": E}, {}, id="generic-words"),
    # a line of what it makes (生产线) is no works' name
    case("星澜科技在高新区建设负极材料生产线，年内投产", {"星澜科技": E, "负极材料": T}, {}, id="product-line"),
    # a university's unit is a kind of unit, not a firm's works
    case("青禾大学在高新区设立成果转化基地", {"青禾大学": "Institution"}, {}, id="body-not-firm"),
    # no site frame: a firm visiting, not setting up
    case("星澜能源在高新区参观北方储能系统集成基地", {}, {}, id="no-frame-verb"),
])
def test_no_works_without_the_frame(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
