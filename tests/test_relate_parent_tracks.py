"""A group named as the owner of a firm in a sentence about a track takes no track from that
sentence or its paragraph (kg/relate/parent_tracks.py). Invented names and sentences."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, T, I = "Enterprise", "Project", "IndustryTrack", "Institution"


@pytest.mark.parametrize("things, text, want", [
    # the unit that does the work is in the track, the group holding it is not
    ({"星澜集团": E, "墨川海工装备有限公司": E, "海上风电": T},
     "海上风电方面，星澜集团旗下墨川海工装备有限公司在云溪港设立运维中心。",
     {"墨川海工装备有限公司"}),
    ({"青禾实业有限公司": E, "云溪青禾乳业有限公司": E, "乳制品": T},
     "乳制品方面，云溪青禾乳业有限公司为青禾实业有限公司全资子公司。",
     {"云溪青禾乳业有限公司"}),
    # (near misses: a firm and a group both in the list of a track, neither owning the other, keep
    # it; a group owning a project, not a firm, keeps the track; a body holding a firm is no group
    # a firm names here)
    ({"星澜集团": E, "墨川海工装备有限公司": E, "海上风电": T},
     "海上风电方面，星澜集团、墨川海工装备有限公司在云溪港设立运维中心。",
     {"星澜集团", "墨川海工装备有限公司"}),
    ({"星澜集团": E, "星澜集团云溪风机叶片项目": P, "海上风电": T},
     "海上风电方面，星澜集团云溪风机叶片项目开工建设。",
     {"星澜集团", "星澜集团云溪风机叶片项目"}),
])
def test_a_parent_firm_takes_no_track_of_its_units_sentence(things, text, want):
    r = relate_on(things, ("云溪区产业动态", "云溪区产业动态\n" + text))
    assert {f[0] for f in r.facts("inTrack")} == want
