"""near-clause-track (kg/relate/tracks.py): the track of the nearest clause naming one."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T, P = "Enterprise", "Platform", "IndustryTrack", "Project"


@pytest.mark.parametrize("text,lends", [
    # a clause whose own subject is another firm, named before its track: the track is that firm's
    ("星澜科技新建的厂房已封顶，青禾电子则深耕星能模组。", False),
    ("星澜科技新建的厂房已封顶，其控股的青禾电子则深耕星能模组。", False),
    # (near miss: a clause with no firm of its own lends its track)
    ("星澜科技新建的厂房已封顶，全区星能产业增长两成。", True),
])
def test_a_clause_whose_firm_claims_its_track_lends_it_to_no_other(text, lends):
    r = relate_on({"青禾电子": E, "星澜科技": E, "云溪园区": PL, "星能": T, "墨芯封装": T}, text)
    assert (("星澜科技", "inTrack", "星能", "near-clause-track") in r.facts()) == lends
