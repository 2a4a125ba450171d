"""A town's or a township's government named by the town before it (kg/recognise/town_governments.py;
rules.toml [town_government]): a body of its own, the town a mention beside it."""
from __future__ import annotations

import pytest

from recognition import case, check

P, I = "Place", "Institution"


@pytest.mark.parametrize("text, want", [
    # a field line names the township's government that leads the work
    case("牵头单位：云溪镇人民政府 配合单位：区交通运输局", {"云溪镇人民政府": I, "云溪镇": P, "区交通运输局": I},
         id="lead-field"),
    # ... in a list beside a bureau
    case("责任单位：区商务局、白露乡人民政府", {"区商务局": I, "白露乡人民政府": I, "白露乡": P}, id="listed"),
    # ... acting in a clause
    case("由区发展和改革局牵头，会同墨川镇人民政府开展现场核查",
         {"区发展和改革局": I, "墨川镇人民政府": I, "墨川镇": P}, id="clause"),
    # the county before the town stays a place of its own; the body is the town's
    case("拱墅区星澜镇人民政府镇长", {"星澜镇人民政府": I, "拱墅区": P, "星澜镇": P}, id="county-before"),
    # near misses: the town signing its own report is the issuer's boilerplate
    case("青禾镇人民政府", {"青禾镇": P}, id="sign-off"),
    case("青禾镇人民政府 2025年1月10日", {"青禾镇": P}, id="sign-off-dated"),
    # ... a county's or a city's government is boilerplate
    case("云溪市人民政府牵头负责", {}, id="city-government"),
])
def test_town_governments(recogniser, text, want):
    check(recogniser, text, want)
