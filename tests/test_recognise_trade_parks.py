"""A park named by its trade and 园 alone (kg/recognise/trade_parks.py, rules.toml [trade_park]):
read in a list of areas, or joined to a park, on INVENTED zones and sentences."""
from __future__ import annotations

import pytest

from recognition import case, check

PF, P = "Platform", "Place"


@pytest.mark.parametrize("text, want", [
    # the last two of a counted list of parks, joined by 和: two parks
    case("云溪高新区规划有新材料产业园、智能装备制造园和商贸物流园三个专业园区",
         {"云溪高新区": PF, "新材料产业园": PF, "智能装备制造园": PF, "商贸物流园": PF}, id="counted-parks"),
    case("墨川经开区设有星澜产业园、果蔬精深加工园和冷链物流园等园区",
         {"墨川经开区": PF, "星澜产业园": PF, "果蔬精深加工园": PF, "冷链物流园": PF}, id="listed-parks"),
    # near misses: everyday words ending in 园, a brand's garden, no list of areas
    case("建设星澜家园、青禾校园和白露花园三个小区", {"星澜家园": P}, id="housing-not-trade"),
    # (X加工园 is a head of its own, kg/data/rules.toml, so the row takes another trade's park)
    case("推进果蔬冷链仓储园建设", {}, id="no-list"),
])
def test_trade_parks(recogniser, text, want):
    check(recogniser, text, want)
