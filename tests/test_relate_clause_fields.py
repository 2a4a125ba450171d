"""kg/relate/clause_fields.py: under a sentence's head track, a clause opening on a track and a field
word puts the things listed right after it in that track too. Invented sentences and names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, T = "Enterprise", "IndustryTrack"
THINGS = {"星材": T, "薄膜": T, "涂层": T, "星澜集团": E, "墨川科技有限公司": E, "青禾材料有限公司": E,
          "白露化工有限公司": E}
RULE = "clause-field-track"


@pytest.mark.parametrize("text,want", [
    # each clause's things in the track it opens on
    ("星材产业链：以星澜集团为链主，薄膜方向有墨川科技有限公司、青禾材料有限公司，涂层方向有白露化工有限公司。",
     {("墨川科技有限公司", "inTrack", "薄膜"), ("青禾材料有限公司", "inTrack", "薄膜"),
      ("白露化工有限公司", "inTrack", "涂层")}),
    ("星材产业链：薄膜领域主要有墨川科技有限公司，涂层领域包括白露化工有限公司。",
     {("墨川科技有限公司", "inTrack", "薄膜"), ("白露化工有限公司", "inTrack", "涂层")}),
    # (near miss: a list of tracks, whose is which the text does not say)
    ("星材产业链：薄膜、涂层两个方向有墨川科技有限公司、白露化工有限公司。", set()),
    # (near miss: the thing not right after the field words: it acts on the track, it is not listed under it)
    ("星材产业链：薄膜方向有望由墨川科技有限公司牵头突破。", set()),
    # (near miss: no field word after the opening track)
    ("星材产业链：薄膜产能扩大，墨川科技有限公司新增两条产线。", set()),
])
def test_a_clause_opening_on_a_field_lists_its_things(text, want):
    r = relate_on(THINGS, text)
    assert {f[:3] for f in r.facts("inTrack") if f[3] == RULE} == want
