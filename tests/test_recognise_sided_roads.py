"""Roads read by the side a site is on (kg/recognise/sided_roads.py, rules.toml [sided_road]):
after a found name, an everyday stem and a road's head, then a side's word or the clause's end,
on INVENTED names (districts are real or invented as the row needs)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PF = "Place", "Platform"


@pytest.mark.parametrize("text, want", [
    # a side's word after a road of everyday words, after a district the lexicon knows
    case("建设地点：拱墅区启航大道北侧、白露河南岸", {"拱墅区": P, "启航大道": P}, id="a-side-after-the-road"),
    # the clause's end after the road
    case("孵化器位于余杭区学海路。", {"余杭区": P, "学海路": P}, id="the-clause-ends-after-the-road"),
    case("建设地点：墨川高新区光明大路；总投资3亿元", {"墨川高新区": PF, "光明大路": P}, id="a-big-road-before-a-semicolon"),
    # the next road of a list of sides
    case("用地位于星澜科技园，云溪大道以东、奋进街以北", {"星澜科技园": PF, "云溪大道": P, "奋进街": P},
         id="the-next-road-of-a-list-of-sides"),
    # a building and its floor after the road: the road, no name read across it
    case("地址：墨川高新区启航大道星澜大厦6楼", {"墨川高新区": PF, "启航大道": P}, id="a-building-and-floor-after-the-road"),
    # near misses: a common word ending in a road's head; no side's word nor end after the road
    case("拱墅区新建道路。", {"拱墅区": P}, id="a-common-word-is-no-road"),
    case("拱墅区城市干道两侧", {"拱墅区": P}, id="a-common-road-word"),
    case("拱墅区启航大道建设全面提速", {"拱墅区": P}, id="no-side-after-the-road"),
])
def test_sided_roads(recogniser, text, want):
    check(recogniser, text, want)
