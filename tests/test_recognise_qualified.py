"""A known track listed with a qualifying word jieba takes for an adjective or a conjunction
written before it (kg/recognise/qualified.py): one track, qualifier and all."""
from __future__ import annotations

import pytest

from recognition import case, check

T = "IndustryTrack"


@pytest.mark.parametrize("text, want", [
    # a conjunction-tagged qualifier (即时) before a known track, a track beside it in the list
    case("星澜商圈将发展直播电商、即时零售等新业态。", {"星澜商圈": "CommercialDistrict", "直播电商": T, "即时零售": T},
         id="after-a-listed-track"),
    case("推动即时零售、直播电商融合发展。", {"即时零售": T, "直播电商": T}, id="before-a-listed-track"),
    case("星澜街道鼓励商户拓展直播电商和即时零售两类新模式。",
         {"星澜街道": "Place", "直播电商": T, "即时零售": T}, id="joined-by-he-short-track"),
    # (near misses: no track beside it; a joining conjunction; an adjective that is the list's verb)
    case("白露镇鼓励即时零售。", {"白露镇": "Place"}, id="no-peer"),
    case("聚焦集成电路以及半导体、人工智能等产业。", {"集成电路": T, "半导体": T, "人工智能": T},
         id="joining-conjunction"),
    case("壮大数字内容、生物医药等产业。", {"数字内容": T, "生物医药": T}, id="adjective-as-verb"),
])
def test_qualified_tracks(recogniser, text, want):
    check(recogniser, text, want)
