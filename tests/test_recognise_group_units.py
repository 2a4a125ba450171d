"""kg/recognise/group_units.py: a national group's numbered bureau or its institute in a city (rules.toml
[group_unit]), on sentences with invented clauses (青禾, 星澜, 云溪) around groups the lexicon knows.

Each row: the sentence and the {name: class} of the names found.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, P = "Enterprise", "Place"


@pytest.mark.parametrize("text, want", [
    # the group's short name, a numeral, the unit: the group's bureau, a firm (not a body: 局)
    case("该桥由中建八局承建。", {"中建八局": E}, id="numbered-bureau"),
    case("中铁二十一局负责青禾隧道施工。", {"中铁二十一局": E}, id="two-digit-bureau"),
    # ... and its registered name
    case("中标人：中铁十一局集团有限公司", {"中铁十一局集团有限公司": E}, id="registered"),
    # the group's institute in a city: the city's short name before 所
    case("中车大连所在甘井子区建厂。", {"中车大连所": E, "甘井子区": P}, id="city-institute"),
    # (near misses: 局部 and 所在 are words of the clause; a title after the bureau)
    case("中国中铁局部调整。", {"中国中铁": E}, id="word-after"),
    case("中车所在的青禾园区。", {"中国中车": E, "青禾园区": "Platform"}, id="where"),
    case("中建八局长到访。", {"中国建筑": E}, id="title"),
])
def test_a_groups_unit_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
