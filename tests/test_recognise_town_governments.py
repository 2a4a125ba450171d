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


@pytest.mark.parametrize("text, want", [
    # jieba glued 由 to the town's first character (由恩云乡|人民政府): the town the sentence named
    # before is read again before the body
    case("该项目位于恩云乡，面积8万亩，由恩云乡人民政府牵头、村集体共同实施。", {"恩云乡人民政府"},
         id="town-cut-by-a-glued-preposition"),
    # (near misses: a county's government after the town, no town before the body)
    case("该项目位于恩云乡，由县人民政府组织实施。", set(), id="county-government"),
    case("该项目位于恩云乡，由各乡镇人民政府组织实施。", set(), id="every-town"),
])
def test_a_town_the_sentence_named_before_its_government(recogniser, text, want):
    from recognition import mentions
    got = {m.name for m in mentions(recogniser, text) if m.cls == "Institution"}
    assert got == want
