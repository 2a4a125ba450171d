"""Common words listed before 等 and a track that sums them up are that track's kinds
(kg/recognise/summed_tracks.py; rules.toml [track] summed_tails, summed_refuse):
sentences on invented tracks."""
from __future__ import annotations

import pytest

from recognition import case, check

T, E = "IndustryTrack", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a verb opens the list, a verb follows the track
    case("围绕偏光膜材、精密涂层等新材料开展配套。", {"偏光膜材": T, "精密涂层": T, "新材料": T}, id="verb-after"),
    # a noun of kinds after the track (业态, 细分领域)
    case("重点承接云端渲染、数据清分等数字经济业态。", {"云端渲染": T, "数据清分": T, "数字经济": T}, id="yetai"),
    case("以及云端渲染、数据清分等数字经济细分领域开展招商。", {"云端渲染": T, "数据清分": T, "数字经济": T},
         id="yiji-xifen"),
    # near misses: names listed before the track are firms, not its kinds
    case("星澜、墨川等新材料企业已签约。", {"星澜": E, "墨川": E, "新材料": T}, id="brands"),
    case("引进星澜科技、墨川网络等新能源企业。", {"星澜科技": E, "墨川网络": E, "新能源": T}, id="firms"),
    # ... nor goods a firm makes, the track after 的 or a comma
    case("专注于青禾腌面、墨川扣肉等预制菜的生产。", {"预制菜": T}, id="goods-de"),
    # ... nor the kinds of firms brought in, the track's last word cut from it by a hard line break
    # (等新材料\n制造企业: 制造 a verb to jieba; rules.toml summed_refuse)
    case("引进偏光膜材、精密涂层等新材料\n制造企业。", {"新材料": T}, id="line-break-firms"),
    # ... nor an event's subjects
    case("组织偏光膜材、精密涂层等新材料展会。", {}, id="event"),
])
def test_summed_kinds(recogniser, text, want):
    check(recogniser, text, want)
