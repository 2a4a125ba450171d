"""kg/recognise/attribute_brackets.py: a firm's place and track in brackets right after its
name, each unit a thing named whole; on INVENTED names (real track words)."""
from __future__ import annotations

import pytest

from recognition import names


@pytest.mark.parametrize("text, tracks", [
    # the unit beside the place is a track, whole (not a shorter track inside it)
    ("星澜精工有限公司（青禾产业园，铝镁新材料）、墨川电缆有限公司（白露镇，智能装备）等12家。", {"铝镁新材料", "智能装备"}),
    # ... in either order; a trade's verb opening it
    ("星澜包装有限公司（包装机械，青禾镇）", {"包装机械"}),
    # ... a verb alone, the trade the firm's name carries
    ("星澜铸造有限公司（青禾镇，铸造）", {"铸造"}),
    # (near misses: a verb alone the name does not carry; a status; a firm's kind; no place in
    # the bracket; a figure)
    ("星澜精工有限公司（青禾镇，改造）", set()),
    ("星澜精工有限公司（青禾镇，已投产）", set()),
    ("星澜精工有限公司（青禾镇，在建）", set()),
    ("星澜精工有限公司（青禾镇，龙头企业）", set()),
    ("星澜精工有限公司（暂定名，铝镁新材料）", {"新材料"}),
    ("星澜精工有限公司（青禾镇，2家）", set()),
])
def test_a_firms_bracket_names_its_track_whole(recogniser, text, tracks):
    assert {n for n, cls in names(recogniser, text).items() if cls == "IndustryTrack"} == tracks
