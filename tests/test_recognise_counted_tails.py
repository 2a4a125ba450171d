"""A count after a list's count (kg/recognise/counted_tails.py): A、B2个街道、30个社区 counts
things it does not name; the first list's last item is no B街道2个街道. Invented names."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, E = "Place", "Platform", "Enterprise"


@pytest.mark.parametrize("text, want", [
    case("青禾经开区辖白露街道、星澜街道2个街道、30个社区。",
         {"青禾经开区": PL, "白露街道": P, "星澜街道": P}, id="streets-then-communities"),
    case("全区下辖白露镇、星澜镇3个镇和2个街道。", {"白露镇": P, "星澜镇": P}, id="towns-and-streets"),
    # near misses: one count (the list's own), or 等 before it
    case("青禾区下辖白露镇、星澜镇等3个镇。", {"白露镇": P, "星澜镇": P}, id="deng-count"),
    case("引进星澜科技、青禾电子2家企业和3个研发中心。", {"星澜科技": E, "青禾电子": E}, id="firms-then-centres"),
    # a list closed by its count and a noun with its own modifier (两家省级龙头企业), then 和 and
    # another count: the first list's items, no B两家省级龙头企业和
    case("青禾科技、墨川网络两家省级龙头企业和一批配套企业已入驻园区。", {"青禾科技": E, "墨川网络": E},
         id="firms-with-a-modifier-then-more-firms"),
])
def test_a_second_count_names_no_items(recogniser, text, want):
    check(recogniser, text, want)
