"""A bracket after a name that holds the name's short form is an alias, no word of the
name (kg/recognise/brackets.py); a bracketed place stays a word of it (legal.py). On
INVENTED names."""
from __future__ import annotations

import pytest

from kg.recognise.brackets import short_form
from recognition import case, document

E, I = "Enterprise", "Institution"


@pytest.mark.parametrize("inner, name, want", [
    case("星澜科技", "青禾星澜科技有限公司", True, id="middle-words"),
    case("墨川院", "墨川生物研究院", True, id="characters-in-order"),
    case("青禾九溪", "青禾（九溪）纺织有限公司", True, id="brand-and-city"),
    case("云溪", "青禾大学", False, id="other-words"),
    case("科技星澜", "星澜科技有限公司", False, id="out-of-order"),
    case("星澜科技", "星澜科技", False, id="not-shorter"),
])
def test_short_form(inner, name, want):
    assert short_form(inner, name) is want


@pytest.mark.parametrize("text, name, cls, short", [
    # an enumeration's item ran over the bracket: the item is the registered name
    case("园区引进墨川精工有限公司、青禾驰远电控科技有限公司（驰远电控）、星澜储能系统有限公司（星澜储能）等企业。"
         "驰远电控年产5万套电控项目开工。",
         "青禾驰远电控科技有限公司", E, "驰远电控", id="enumeration-item"),
    case("园区引进墨川精工有限公司、青禾驰远电控科技有限公司（驰远电控）、星澜储能系统有限公司（星澜储能）等企业。",
         "星澜储能系统有限公司", E, "星澜储能", id="last-item"),
    # a body's head before the bracket
    case("墨川生物技术研究院（墨川生物院）揭牌成立。墨川生物院将引进团队。",
         "墨川生物技术研究院", I, "墨川生物院", id="institute"),
])
def test_a_bracketed_short_form_is_an_alias(recogniser, text, name, cls, short):
    ms = [m for m in recogniser.document_mentions(document(text)) if m.role != "owner"]
    assert not any("（" in m.name for m in ms), ms
    assert any(m.name == name and m.cls == cls for m in ms), ms
    assert {m.name for m in ms if m.surface == short} == {name}, ms


@pytest.mark.parametrize("text, name", [
    # a place in the bracket says which branch: a word of the name
    case("引进墨川精工有限公司、青禾智造（云溪）、星澜网络等企业", "青禾智造（云溪）", id="branch-city"),
    case("与青禾大学（云溪）共建实验室", "青禾大学（云溪）", id="campus-city"),
])
def test_a_bracketed_place_stays_in_the_name(recogniser, text, name):
    ms = recogniser.document_mentions(document(text))
    assert any(m.name == name for m in ms), ms
