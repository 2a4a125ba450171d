"""Roads named by a number (kg/recognise/numbered_roads.py): jieba reads the number and
the road's head as one numeral (五路), the word before it is the road's stem."""
from __future__ import annotations

import pytest

from recognition import case, check

P = "Place"


@pytest.mark.parametrize("text, want", [
    # a grid word of one character before the number (经, 纬)
    case("项目位于墨川化工园内，纬三路以北、经九路以西。", {"纬三路": P, "经九路": P},
         id="grid-roads"),
    # a coined stem jieba does not know, or tags a proper noun
    case("地址：星澜市东城区青禾六路8号", {"东城区": P, "青禾六路": P}, id="coined-stem"),
    # a direction alone, and a stem before a grid word (星澜|纵|三路)
    case("园区位于墨川纵四路与东六路之间", {"墨川纵四路": P, "东六路": P}, id="direction-and-joined-grid-word"),
    # a district's unit jieba glued to the direction (青禾|区西|三条路)
    case("地址：墨川市青禾区西九条路12号", {"西九条路": P}, id="unit-glued-to-the-stem"),
    # near misses: a count of roads, a bus line, an idiom, a crossing's mouth
    case("今年修建三条路，新开两路公交", {}, id="a-count-of-roads"),
    case("开通公交一路、地铁二路", {}, id="bus-lines"),
    case("项目兵分三路推进", {}, id="an-idiom"),
])
def test_numbered_roads(recogniser, text, want):
    check(recogniser, text, want)
