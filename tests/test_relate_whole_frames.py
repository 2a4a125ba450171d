"""whole_frames.py: the park or group a thing is said to belong to (X是Y…的N) is not in
the track the sentence gives the thing."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T = "Enterprise", "Platform", "IndustryTrack"
THINGS = {"星澜园": PL, "青禾开发区": PL, "星澜精工": E, "青禾集团": E, "墨川装备": T}


@pytest.mark.parametrize("text, whole, placed", [
    # the whole after 是, with 的 ahead in its clause: the subject's, not the whole's track
    ("墨川装备领域，星澜精工是青禾集团旗下的骨干企业。", "青禾集团", False),
    ("墨川装备领域，星澜精工是青禾集团在云溪县投资建设的骨干企业。", "青禾集团", False),
    # (parks held before by other frames; kept so a change there shows)
    ("星澜园是青禾开发区的核心园区，已集聚墨川装备企业23家。", "青禾开发区", False),
    ("星澜精工是青禾集团旗下的骨干企业，深耕墨川装备领域。", "青禾集团", False),
    # (near misses: a thing after 是 with no 的 in its clause, or no thing before 是, keeps it)
    ("墨川装备领域，增长最快的是青禾集团，星澜精工次之。", "青禾集团", True),
    ("墨川装备领域，牵头的是青禾集团的研究团队。", "青禾集团", True),
    ("墨川装备领域，星澜精工和青禾集团的产能同步扩大。", "青禾集团", True),
    # (a park the thing is inside, 是P内的T企业, hosts the thing's track)
    ("星澜精工是星澜园内的墨川装备企业。", "星澜园", True),
])
def test_the_whole_a_thing_belongs_to_is_not_in_its_track(text, whole, placed):
    r = relate_on(THINGS, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack")}
    assert ((whole, "墨川装备") in got) == placed, sorted(r.facts())
