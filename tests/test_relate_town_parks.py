"""kg/relate/town_parks.py on given mentions (tests/relate_helpers.py): a town opening the name
of a park or project written right after its county is a part of that county. Names and
sentences are invented (the counties may be real)."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L, PL, P, E = "Place", "Platform", "Project", "Enterprise"
RULE = "part-adjacent-town"
THINGS = {"桐庐县": L, "云岭镇": L, "云岭镇工业集中区": PL, "白露街道": L, "白露街道星澜产业园": PL,
          "青禾市": L, "云岭镇冷链物流项目": P, "青禾高新区": PL, "星澜产业园": PL, "云岭镇星澜科技": E,
          "云岭村": L, "云岭村产业园": PL}


@pytest.mark.parametrize("text, want", [
    # a town the document names, opening a park's name right after its county
    ("项目落户桐庐县云岭镇工业集中区。云岭镇是工业强镇。", {("云岭镇", "桐庐县")}),
    ("选址青禾市白露街道星澜产业园。白露街道位于城东。", {("白露街道", "青禾市")}),
    # ... a project's name
    ("桐庐县云岭镇冷链物流项目开工。云岭镇地处山区。", {("云岭镇", "桐庐县")}),
    # near misses: a park written apart from the county, a zone before it, a firm's name,
    # a village (no town: [part] town_units)
    ("桐庐县在云岭镇工业集中区招商。云岭镇是工业强镇。", set()),
    ("青禾高新区云岭镇工业集中区开园。云岭镇是工业强镇。", set()),
    ("桐庐县云岭镇星澜科技投产。云岭镇是工业强镇。", set()),
    ("桐庐县云岭村产业园开园。云岭村位于山区。", set()),
    # ... a town named nowhere as a place of its own: the park's name alone makes none
    ("项目落户桐庐县云岭镇工业集中区。", set()),
])
def test_a_town_opening_a_park_after_its_county_is_its_part(text, want):
    r = relate_on(THINGS, text)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == RULE}
    assert got == want
