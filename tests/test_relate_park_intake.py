"""platform-clause-focus, platform-focus (kg/data/relations.toml): what a park takes in
(承接, 承载), said in a clause of its sentence or right after it, is its track."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, T, PL, L = "Enterprise", "IndustryTrack", "Platform", "Place"
THINGS = {"星澜片区": PL, "青禾片区": PL, "云溪街道": L, "墨川电子": E, "星能电池": T, "白露制造": T}


@pytest.mark.parametrize("text,want", [
    ("星澜片区位于云溪街道，重点承载星能电池和白露制造。",
     {("星澜片区", "星能电池"), ("星澜片区", "白露制造")}),
    ("星澜片区占地120亩，主要承接星能电池、白露制造等轻工业项目。",
     {("星澜片区", "星能电池"), ("星澜片区", "白露制造")}),
    ("星澜片区位于云溪街道，主要承接星能电池、白露制造等项目；青禾片区则以物流为主。",
     {("星澜片区", "星能电池"), ("星澜片区", "白露制造")}),
    ("星澜片区主要承载星能电池产业。", {("星澜片区", "星能电池")}),
    # (near misses: a firm of the clause takes in the orders, not the park; the park is where a
    # thing is carried out, not what it takes in)
    ("星澜片区位于云溪街道，墨川电子主要承接星能电池订单。", set()),
    ("星澜片区位于云溪街道，星能电池项目由墨川电子承接。", set()),
])
def test_what_a_park_takes_in_is_its_track(text, want):
    r = relate_on(THINGS, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[3] in ("platform-clause-focus", "platform-focus")}
    assert got == want, sorted(r.facts())
