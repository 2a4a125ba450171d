"""A thing's kind said right before its name, in apposition (kg/recognise/appositions.py; rules.toml
[boundary] apposition_kinds, item_firm_nouns): the kind is no word of the name. Invented names."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, PR = "Place", "Platform", "Project"


@pytest.mark.parametrize("text, want", [
    # a park's bare head before a centre's name opening with a proper word
    case("经开区孵化器墨川创业服务中心现有入驻团队40个。", {"墨川创业服务中心": PR}, id="incubator-centre"),
    # a road's kind before the road's name
    case("星澜新区主干道青禾大道建成通车。", {"星澜新区": PL, "青禾大道": P}, id="main-road"),
    # ... whatever words name the road (a track's: 新能源)
    case("青禾园区次干道新能源大道建成通车。", {"青禾园区": PL, "新能源大道": P}, id="secondary-road-track-words"),
    # a brand's role in a mall before the store's name, whatever words jieba cut the role into
    case("主力店星澜超市开业。", {"星澜超市": PR}, id="anchor-store"),
    case("次主力店青禾超市开业。", {"青禾超市": PR}, id="second-anchor-store"),
    case("主力店永辉超市经营稳定。", {"永辉超市": "Enterprise"}, id="anchor-store-known-brand"),
    # near misses: the park's own centre, a kind word after the park's head (运营)
    case("青禾孵化器运营中心投用", {"青禾孵化器运营中心": PR}, id="park-own-centre"),
    # ... a road's kind after a name is a word of its works
    case("星澜主干道改造工程开工", {"星澜主干道改造工程": PR}, id="main-road-after-a-name"),
])
def test_a_kind_before_a_name_is_no_word_of_it(recogniser, text, want):
    check(recogniser, text, want)
