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


@pytest.mark.parametrize("text, want", [
    # a trade's park right after a zone's name: the zone's park for that trade
    case("1｜YX-2031-07｜星澜经济开发区精细化工园，白沙路以北", {"星澜经济开发区": PF, "精细化工园": PF,
                                                         "白沙路": P}, id="after-zone-name"),
    # ... after a bare zone word: the document's own zone (its words are no firm's: 化工|新材料)
    case("墨川化工年产8万吨树脂项目落户高新区氟硅新材料园", {"墨川化工年产8万吨树脂项目": "Project",
                                                    "氟硅新材料园": PF}, id="after-zone-word"),
    # ... after a word of siting; the phase's extension area is the park's land, no works
    case("该地块位于精细化工园三期拓展区，利用园内上游原料", {"精细化工园": PF}, id="sited-phase-area"),
    case("青禾区将以氟硅新材料园为主阵地", {"氟硅新材料园": PF}, id="sited-by-yi"),
    # near misses: a trade before 园 with no site nor zone before it; a garden, a housing estate
    case("大力发展精细化工园林绿化", {"精细化工": "IndustryTrack"}, id="not-before-lin"),
    case("位于星澜家园东侧", {"星澜家园": P}, id="housing-sited"),
    case("推进精细化工园建设", {"精细化工": "IndustryTrack"}, id="no-site"),
])
def test_sited_trade_parks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a park head whose first characters the lexicon's track took (冷链物流|园 for 物流园): the track
    # is the park's modifier, after a proper word or a part of the town
    case("星澜果业已入驻白沙湾冷链物流园，", {"白沙湾冷链物流园": PF}, id="proper-before"),
    case("青禾供应链已入驻城东冷链物流园，", {"城东冷链物流园": PF}, id="locative-before"),
    # near misses: the track's words alone, or after a word of praise, say only what kind of park
    case("规划建设一批冷链物流园", {"冷链物流": "IndustryTrack"}, id="kind-only"),
    case("获评省级优秀冷链物流园区", {"冷链物流": "IndustryTrack"}, id="praise-before"),
    # (a suffix the track's surface adds is no head's: 文化创意产业|集聚区 describes a zone)
    case("园区定位为墨川文化创意产业集聚区", {"文化创意": "IndustryTrack"}, id="suffix-not-head"),
])
def test_track_swallowed_park_heads(recogniser, text, want):
    check(recogniser, text, want)
