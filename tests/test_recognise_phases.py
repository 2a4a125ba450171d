"""kg/recognise/phases.py (rules.toml [phased]): a place whose name holds a numbered phase
names the works of that phase, a project. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, cls", [
    case("青禾港白沙作业区二期码头建成投用。", "青禾港白沙作业区二期码头", "Project", id="berth-phase"),
    case("云溪港区三期码头开工建设。", "云溪港区三期码头", "Project", id="port-area-phase"),
    # (near misses: no phase in the name, a section of a road is no phase)
    case("白沙作业区码头建成投用。", "白沙作业区码头", "Place", id="berth-no-phase"),
    case("星桥大道东段建成通车。", "星桥大道", "Place", id="road-section"),
])
def test_a_phase_in_a_places_name_makes_it_a_build(recogniser, text, name, cls):
    got = names(recogniser, text)
    assert got.get(name) == cls, got


@pytest.mark.parametrize("text, name", [
    # a phase's project before 建设 is named, its 项目 and all (X二期项目建设)
    case("推进云溪区专家公寓二期项目建设。", "云溪区专家公寓二期项目", id="phase-project-before-building"),
    case("加快推进青禾标准厂房三期项目建设。", "青禾标准厂房三期项目", id="phase-works-before-building"),
])
def test_a_phases_project_before_building_is_named(recogniser, text, name):
    assert names(recogniser, text).get(name) == "Project"


@pytest.mark.parametrize("text, name", [
    # a later phase's warehouse block (rules.toml [[head]] 二期仓储楼 …)
    case("青禾陆港物流园二期仓储楼已于三月交付使用。", "青禾陆港物流园二期仓储楼", id="phase-warehouse-block"),
])
def test_a_phases_warehouse_block_is_named(recogniser, text, name):
    assert names(recogniser, text).get(name) == "Project"


@pytest.mark.parametrize("text", [
    # (near misses: a phase alone, the phase of what?; a kind of project without a phase)
    case("加快二期项目建设。", id="phase-alone"),
    case("加快推进人才公寓项目建设。", id="no-phase"),
    case("加快推进园区三期建设。", id="bare-park-word-phase"),
])
def test_no_name_of_a_bare_phase_before_building(recogniser, text):
    assert not any(c == "Project" for c in names(recogniser, text).values())
