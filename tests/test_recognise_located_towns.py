"""Towns right after a word that says where (kg/recognise/located_towns.py, rules.toml
[located_town]): the characters between 在/位于/入驻 … and the unit name the town however jieba
cut them; on INVENTED towns and sentences."""
from __future__ import annotations

import pytest

from recognition import case, check

P, E = "Place", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a stem jieba cuts into a rare character and a place word (嘎|云镇)
    case("饲草基地在嘎云镇，产品销往周边。", {"嘎云镇": P}, id="after-at"),
    # a stem jieba takes for a verb (宣和), the unit a word of its own
    case("该公司在宣和镇续建光伏电站。", {"宣和镇": P}, id="a-verb-stem"),
    # a leading locality word the walk would cut off (下|司马)
    case("菌种车间设在下司马镇。", {"下司马镇": P}, id="a-leading-locality-word"),
    # a street whose stem holds a verb (石家|冲|街道)
    case("墨川生物入驻石家冲街道。", {"石家冲街道": P}, id="a-street-after-moved-into"),
    # two towns joined by 和: two places, not one
    case("公司在岗林镇和昌沙乡建有养殖场。", {"岗林镇": P}, id="two-towns-joined"),
])
def test_located_towns(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # near misses: a numeral, a kind of town, all of them, a county before the town
    case("在两个乡镇推广试点。", {}, id="a-count-of-towns"),
    case("在重点镇布局加工园区。", {}, id="a-kind-of-town"),
    case("在全镇推广试点。", {}, id="all-the-town"),
    case("落户于大林街道的星澜研究院。", {"大林街道": P, "星澜研究院": "Institution"}, id="a-preposition-after-the-label"),
])
def test_located_towns_near_misses(recogniser, text, want):
    check(recogniser, text, want)
