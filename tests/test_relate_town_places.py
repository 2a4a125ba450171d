"""kg/relate/town_places.py on given mentions (tests/relate_helpers.py): a place right after the
town, street or community it lies in is its part, a landmark lies in it, a river neither. Names and
sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L = "Place"
THINGS = {"白露镇": L, "澜滩路": L, "星湖街道": L, "青岗林场": L, "云溪公园": L, "青禾江": L,
          "桐庐县": L, "墨川大道": L, "云溪乡": L}


@pytest.mark.parametrize("text, want", [
    ("所在地点：白露镇澜滩路18号", {("澜滩路", "partOf", "白露镇")}),
    ("基地位于星湖街道青岗林场。", {("青岗林场", "partOf", "星湖街道")}),
    ("活动在云溪乡云溪公园举行。", {("云溪公园", "locatedIn", "云溪乡")}),
    # near misses: a river the town lies on, a road after a county (no town), a gap between
    ("码头建在白露镇青禾江岸线。", set()),
    ("地址：桐庐县墨川大道。", set()),
    ("白露镇、澜滩路沿线改造。", set()),
])
def test_a_place_after_its_town(text, want):
    r = relate_on(THINGS, text)
    got = {(s, p, o) for s, p, o, rule in r.facts() if rule in ("part-town-place", "located-town-place")}
    assert got == want
