"""Roads of an address (kg/recognise/address_roads.py, rules.toml [address_road]): a house
number after a road's head makes the words between the name before it and the head a
road's name, on INVENTED names (the districts and parks are invented or real as the row needs)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PF = "Place", "Platform"


@pytest.mark.parametrize("text, want", [
    # everyday words as the road's stem, right after a district the lexicon knows
    case("地址：星澜市拱墅区花园路136号", {"拱墅区": P, "花园路": P}, id="everyday-stem-after-a-district"),
    # a park before the road: the park is where the road is, no word of its name
    case("注册地址：墨川智能装备产业园丁香路18号。", {"墨川智能装备产业园": PF, "丁香路": P},
         id="park-glued-to-the-road"),
    case("服务中心位于青禾片区园区大道1号", {"青禾片区": P, "园区大道": P}, id="area-then-avenue"),
    # a building's number after the road is an address too
    case("位于拱墅区花园路6号楼", {"拱墅区": P, "花园路": P}, id="a-building-on-the-road"),
    # a numbered road another source glued to the district before it
    case("地址：墨川市拱墅区西九条路12号", {"拱墅区": P, "西九条路": P}, id="numbered-road-glued-to-a-district"),
    # a road's section between its head and the number, and a number a notice leaves blank
    case("地址：拱墅区花园路南段18号", {"拱墅区": P, "花园路": P}, id="a-section-before-the-number"),
    case("通讯地址：拱墅区花园路二段××号", {"拱墅区": P, "花园路": P}, id="a-numbered-section-and-a-blank"),
    case("递交地点为交易中心二楼（拱墅区石北大道南段××号）。", {"拱墅区": P, "石北大道": P},
         id="a-road-jieba-cuts-across-a-known-word"),
    # near misses: a metro line's number; a section with no number after it
    case("乘坐拱墅区花园路2号线", {"拱墅区": P}, id="a-line-not-an-address"),
    case("拱墅区花园路××米处设置围挡。", {"拱墅区": P}, id="a-blank-not-a-house-number"),
])
def test_address_roads(recogniser, text, want):
    check(recogniser, text, want)
