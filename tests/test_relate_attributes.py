"""kg/relate/attributes.py: a firm's place and track in brackets right after its name; on
INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, T = "Enterprise", "Place", "Platform", "IndustryTrack"
THINGS = {"星澜精工有限公司": E, "墨川电缆有限公司": E, "青禾产业园": PL, "白露镇": P, "星材": T, "墨能": T}
RULES = ("located-bracket-pair", "track-bracket-pair")


@pytest.mark.parametrize("text, want", [
    # each firm lies in its bracket's place and is in its bracket's track, in either order
    ("星澜精工有限公司（青禾产业园，星材）、墨川电缆有限公司（墨能，白露镇）等12家。",
     {("星澜精工有限公司", "locatedIn", "青禾产业园"), ("星澜精工有限公司", "inTrack", "星材"),
      ("墨川电缆有限公司", "locatedIn", "白露镇"), ("墨川电缆有限公司", "inTrack", "墨能")}),
    # (near misses: a unit no thing names whole; two places; no track)
    ("星澜精工有限公司（青禾产业园，星材龙头）等12家。", set()),
    ("星澜精工有限公司（青禾产业园，白露镇）等12家。", set()),
    ("星澜精工有限公司（青禾产业园）等12家。", set()),
])
def test_a_firms_bracket_of_place_and_track(text, want):
    r = relate_on(THINGS, text)
    assert {f[:3] for f in r.facts() if f[3] in RULES} == want, sorted(r.facts())


def test_no_track_of_one_bracket_is_anothers():
    r = relate_on(THINGS, "星澜精工有限公司（青禾产业园，星材）、墨川电缆有限公司（白露镇，墨能）等12家。")
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == {("星澜精工有限公司", "星材"), ("墨川电缆有限公司", "墨能")}
