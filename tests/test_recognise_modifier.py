"""A dash or a middle dot inside a name (kg/recognise/modifier.py joins_names): it joins two
places into one name (五马—解放街商圈, 廊坊·星澜创新中心), but a place then a name of its own that
opens with the same place (a table's column "county·park": 青阳县·青阳经济开发区) is two names.
Real county names (the rule reads the lexicon's places)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL = "Place", "Platform"


@pytest.mark.parametrize("text, want", [
    # a county, a dot, the county's own zone: two names
    case("企业｜青阳县·青阳经济开发区｜产品", {"青阳县": P, "青阳经济开发区": PL}, id="county-dot-its-zone"),
    case("企业｜宁国市·宁国星澜工业园区｜产品", {"宁国市": P, "宁国星澜工业园区": PL}, id="city-dot-its-park"),
    # near misses: two different places joined by a dash or a dot make one name
    case("五马—解放街商圈人气旺。", {"五马—解放街商圈": "CommercialDistrict"}, id="dash-two-places"),
    case("在廊坊·星澜创新中心设立实验室。", {"廊坊·星澜创新中心": "Project"}, id="dot-two-places"),
])
def test_a_dot_between_a_place_and_its_own_zone(recogniser, text, want):
    check(recogniser, text, want)
