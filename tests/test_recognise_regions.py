"""A region named by its stem and 地区 (rules.toml [place.region], kg/recognise/regions.py) on
sentences with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露); real region and province words only where
the rule depends on them.

Each row: the sentence and the {name: class} of every name found that is not a nested owner.
"""
from __future__ import annotations

import pytest

from recognition import case, check

P, I = "Place", "Institution"


@pytest.mark.parametrize("text, want", [
    # a broad region the lexicon knows, and 地区
    case("星澜物流园的班列已通达中亚地区。", {"星澜物流园": "Platform", "中亚地区": P}, id="lexicon-region"),
    case("青禾包装是华中地区最大的包装企业之一。", {"华中地区": P}, id="quarter-of-country"),
    # a province's short name and a quarter of it, or two provinces' short names
    case("项目建成后辐射湘西地区。", {"湘西地区": P}, id="province-quarter"),
    case("打造鄂西南地区重要的物流枢纽。", {"鄂西南地区": P}, id="province-two-quarters"),
    case("云溪商会代理区域：川渝地区。", {"云溪商会": I, "川渝地区": P}, id="two-provinces"),
    # near misses: a city's own name (the city), a province's own name, a region's output, a bare quarter
    case("利用松原地区稻壳发电。", {"松原市": P}, id="city-stays-city"),
    case("墨川镇地区生产总值增长6%。", {"墨川镇": P}, id="output-no-region"),
    case("湘南地区生产总值增长6%。", {}, id="region-output"),
    case("打造西北地区重要的节点。", {}, id="bare-quarter"),
    case("全区地区生产总值增长。", {}, id="whole-district-output"),
])
def test_a_region_and_its_word(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a province before a list of firms it ranks is whose list that is, no place the text speaks of
    case("星澜公司被评为四川省专精特新中小企业。", {"星澜公司": "Enterprise"}, id="province-list"),
    # near miss: the province where a firm lies
    case("星澜公司位于湖南省长沙市。", {"星澜公司": "Enterprise", "湖南省": P, "长沙市": P}, id="province-site"),
])
def test_a_province_ranking_firms(recogniser, text, want):
    check(recogniser, text, want)
