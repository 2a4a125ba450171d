"""A long name opening with coordinated towns (kg/recognise/coordinated_places.py, rules.toml
[long_name] coordinated_units, coordinated_joiners, measure 万亩): the one project of both
towns is named with both and lies in each (each nested as the first town is). Sentences with
INVENTED names (星澜, 青禾, 云溪, 墨川, 白露)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, PR, E = "Place", "Platform", "Project", "Enterprise"


@pytest.mark.parametrize("text, want, want_owners", [
    # towns joined by 、 or 和 before the works: one name, each town nested
    case("星澜公司正在开发云溪镇、墨川乡四期碳汇项目。", {"星澜公司": E, "云溪镇、墨川乡四期碳汇项目": PR},
         {"云溪镇": P, "墨川乡": P}, id="enumeration-comma"),
    case("首批开发的白露镇和墨川镇2.5万亩生态林碳汇项目已备案。", {"白露镇和墨川镇2.5万亩生态林碳汇项目": PR},
         {"白露镇": P, "墨川镇": P}, id="joined-by-and-with-acres"),
    case("星澜公司正在开发云溪镇、墨川乡、白露村三期碳汇项目。",
         {"星澜公司": E, "云溪镇、墨川乡、白露村三期碳汇项目": PR},
         {"云溪镇": P, "墨川乡": P, "白露村": P}, id="three-towns"),
    # near misses: counties before works count or list their projects (no name); one town
    # opening the name is its owner alone
    case("推进云溪县、墨川县新开工项目建设。", {}, {}, id="counties-list-projects"),
    case("星澜公司正在实施云溪镇四期碳汇项目。", {"星澜公司": E, "云溪镇四期碳汇项目": PR}, {"云溪镇": P},
         id="one-town"),
])
def test_coordinated_towns_open_one_project(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a joiner jieba glued onto the first character of the town after a name's head
    # (modifier.py glued_boundary, [boundary] joiner_glued: 和|阳岭 read as 和阳岭): two names
    case("规划建设墨川镇冰雪运动小镇和阳岭镇生态康养基地。", {"墨川镇冰雪运动小镇": PL, "阳岭镇生态康养基地": PR},
         {"墨川镇": P, "阳岭镇": P}, id="glued-joiner-two-names"),
    # near miss: the joiner on its own token parts the names as before
    case("规划建设墨川镇冰雪运动小镇和阳溪镇生态康养基地。", {"墨川镇冰雪运动小镇": PL, "阳溪镇生态康养基地": PR},
         {"墨川镇": P, "阳溪镇": P}, id="joiner-apart"),
])
def test_a_joiner_glued_after_a_head_parts_two_names(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
