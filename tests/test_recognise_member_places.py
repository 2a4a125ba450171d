"""The places a cooperative's name opens with stay mentions of their own
(kg/recognise/member_places.py; rules.toml [member_place])."""
from __future__ import annotations

import pytest

from recognition import case, check

P, E, I = "Place", "Enterprise", "Institution"


@pytest.mark.parametrize("text, want", [
    # the town and the village a cooperative is registered under are named by the text
    case("青禾镇白露村股份经济合作社包揽了园区保洁", {"青禾镇白露村股份经济合作社": E, "青禾镇": P, "白露村": P},
         id="town-and-village"),
    # ... a town a walk glued to the village word after it ends at its unit
    case("墨川镇村集体经济联合社负责运营", {"墨川镇村集体经济联合社": E, "墨川镇": P}, id="town-villages-union"),
    # near misses: a cooperative with no place opening it, and a registered firm (no member-owned one)
    case("白露生态茶园合作社负责运营", {"白露生态茶园合作社": E}, id="no-place"),
    case("青禾镇白露村星澜茶业有限公司负责运营", {"青禾镇白露村星澜茶业有限公司": E}, id="registered-firm"),
])
def test_a_cooperatives_places(recogniser, text, want):
    check(recogniser, text, want)
