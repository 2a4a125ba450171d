"""site_chains.py: the park at the end of a chain of places a location verb governs is a
site, not a thing of the sentence's track."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, PC, T, P = "Enterprise", "Platform", "Place", "IndustryTrack", "Project"
THINGS = {"星澜精工": E, "星澜轴承项目": P, "青禾新区": PC, "云溪县": PC, "青禾开发区": PL,
          "白露生态城": PL, "墨川产业园": PL, "墨川装备": T}


@pytest.mark.parametrize("text, park, placed", [
    # a park named after the places narrowing it down, governed by a location verb: a site
    ("墨川装备领域，星澜轴承项目选址青禾新区白露生态城，总投资8亿元。", "白露生态城", False),
    ("墨川装备领域，星澜轴承项目落户青禾开发区内的墨川产业园，总投资8亿元。", "墨川产业园", False),
    ("墨川装备领域，星澜轴承项目选址青禾开发区内墨川产业园。", "墨川产业园", False),
    ("墨川装备领域，星澜精工在云溪县青禾开发区建设星澜轴承项目。", "青禾开发区", False),
    # (the park right after the verb was a site before)
    ("墨川装备领域，星澜轴承项目落户墨川产业园，总投资8亿元。", "墨川产业园", False),
    # (near misses: a park that is the subject, or one a chain does not reach, is the track's)
    ("墨川装备领域，星澜轴承项目在云溪县开工，青禾开发区内的墨川产业园同步扩容。", "墨川产业园", True),
    # (a park a chain joined by a bare 的 leads to is the subject of its clause, not a site)
    ("墨川装备领域，位于云溪县的白露生态城已集聚企业41家，星澜轴承项目开工。", "白露生态城", True),
    ("墨川装备领域，星澜轴承项目在云溪县开工，墨川产业园同步扩容。", "墨川产业园", True),
])
def test_a_park_a_chain_of_places_narrows_down_to_is_a_site(text, park, placed):
    r = relate_on(THINGS, text)
    assert ((park, "墨川装备") in {(f[0], f[2]) for f in r.facts("inTrack")}) == placed, sorted(r.facts())
    assert ("星澜轴承项目", "墨川装备") in {(f[0], f[2]) for f in r.facts("inTrack")}
