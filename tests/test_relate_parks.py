"""kg/relate/parks.py on given mentions (tests/relate_helpers.py): the tracks a park
focuses on are segments of the one track its sentence says it carries (park-focus-sub).
Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

T, PL = "IndustryTrack", "Platform"
THINGS = {"云岫智造园": PL, "星澜临空产业区": PL, "智能制造": T, "新材料": T, "临空": T,
          "协作机器人": T, "视觉传感": T, "激光加工": T, "航材维修": T, "航空货运": T}
FOCUS = {("协作机器人", "智能制造"), ("视觉传感", "智能制造"), ("激光加工", "智能制造")}


@pytest.mark.parametrize("text,want", [
    # the park is the carrier of one track, and its focus is listed after it
    ("云岫智造园是全区布局的智能制造集聚区，现有企业60余家，主攻协作机器人、视觉传感和激光加工。", FOCUS),
    ("云岫智造园是智能制造产业的核心承载区，重点发展协作机器人、视觉传感和激光加工。", FOCUS),
    # (near misses) a focus but no carrier: the park's trades, of no one track
    ("云岫智造园主攻协作机器人、视觉传感和激光加工。", set()),
    # ... the carrier of two tracks: which one is the whole, the text does not say
    ("云岫智造园是智能制造和新材料产业的集聚区，主攻协作机器人、视觉传感和激光加工。", set()),
    # ... the carried track among the focus: peers, not segments
    ("云岫智造园是全区的智能制造集聚区，主攻智能制造和激光加工。", set()),
    # ... a track in the park's name is not its carried track (临空 holds no trades as segments)
    ("云岫智造园已入驻企业40家。星澜临空产业区重点发展航材维修、航空货运和临空。", set()),
])
def test_a_parks_focus_is_of_the_track_it_carries(text, want):
    r = relate_on(THINGS, text)
    got = {(s, o) for s, p, o, rule in r.facts("subTrackOf") if rule == "park-focus-sub"}
    assert got == want
