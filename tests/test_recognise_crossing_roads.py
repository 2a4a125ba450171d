"""Roads where two roads meet (kg/recognise/crossing_roads.py, rules.toml [crossing_road]) and
a district glued to the road after it (kg/recognise/roads.py _district_cut, rules.toml [place]
road_district_units), on INVENTED names (districts are real or invented as the row needs)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PF, I = "Place", "Platform", "Institution"


@pytest.mark.parametrize("text, want", [
    # everyday words as the first road's stem, after a zone word and 的
    case("厂房选址在经开区的启明大道与白露路交叉口西南角。", {"启明大道": P, "白露路": P},
         id="everyday-stem-after-de"),
    # the first road right after a park the sources found
    case("建设地点：墨川高新区青禾路与云溪大道交叉口东北侧", {"墨川高新区": PF, "青禾路": P, "云溪大道": P},
         id="first-road-after-a-zone"),
    # a stem of four characters after 位于
    case("停车楼位于繁花似锦路与星澜路交汇处，新增车位500个。", {"繁花似锦路": P, "星澜路": P},
         id="long-everyday-stem-after-weiyu"),
    # a body's name after the crossing is no word of the second road's
    case("地址：墨川大道与启航路交叉口管委会办公楼", {"墨川大道": P, "启航路": P},
         id="a-building-after-the-crossing"),
    # the preposition that takes the crossing as a centre is no word of the first road's
    case("夜市以繁花似锦路与星澜路交叉口为中心向外延伸。", {"繁花似锦路": P, "星澜路": P},
         id="after-yi"),
    # near misses: a common word ending in a road's head; no crossing after the second road
    case("拓宽通道与白露路交叉口", {"白露路": P}, id="a-common-word-is-no-road"),
    case("启明大道与白露路两侧种植行道树", {"白露路": P}, id="no-crossing-no-first-road"),
])
def test_crossing_roads(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a district the lexicon knows glued to a road of everyday words
    case("该产业园位于拱墅区启航大街北侧。", {"拱墅区": P, "启航大街": P}, id="district-glued-to-a-road"),
    case("联系地址：杭州市余杭区青禾路", {"杭州市": P, "余杭区": P, "青禾路": P}, id="district-after-a-city"),
    # near misses: one character of stem left (a road named by its district: 余杭东路);
    # a prefix the lexicon does not know as a district
    case("该产业园位于余杭东路北侧。", {"余杭东路": P}, id="one-char-stem-is-the-road"),
])
def test_district_glued_roads(recogniser, text, want):
    check(recogniser, text, want)
