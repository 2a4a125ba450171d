"""kg/link/blocking.py: the pairs it proposes hold every pair linking would merge.

Linking asks `why_same` only about the pairs `candidate_pairs` yields; these
tests compare that with asking about every pair, on names made up here.
"""
from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.lexicon import Lexicon
from kg.link.blocking import _order, candidate_pairs
from kg.link.registered import tails
from kg.link.same import legal_forms, why_same
from kg.rules import load_rules

RULES = load_rules()
LEXICON = Lexicon()
SAME_HEADS = RULES.link.get("same_heads", ())
FORMS = legal_forms(RULES)
TAILS = tails(RULES)
CUTS = RULES.link.get("zone_cut_heads", ())


def accepted(names: set[str], cls: str) -> set[tuple[str, str]]:
    """The pairs why_same accepts, asked about every pair."""
    out = set()
    for a, b in combinations(sorted(names), 2):
        short, long = _order(a, b)
        if why_same(short, long, RULES, LEXICON, names, cls):
            out.add((short, long))
    return out


def proposed(names: set[str]) -> set[tuple[str, str]]:
    return set(candidate_pairs(names, SAME_HEADS, legal_forms=FORMS, trade_tails=TAILS, cut_heads=CUTS))


@pytest.mark.parametrize("cls, short, long", [
    ("Platform", "数产园", "数字经济产业园"),              # abbreviation, one middle character
    ("Platform", "云溪智园", "云溪智能制造产业园"),         # abbreviation, two middle characters
    ("Enterprise", "星澜科技", "星澜科技有限公司"),         # the name and its legal form
    ("CommercialDistrict", "和平商圈", "大和平商圈"),       # 大 before it
    ("Institution", "青禾大学附属医院", "市青禾大学附属医院"),  # the end of a longer name
    ("Enterprise", "星澜云溪供电公司", "星澜青禾省电力有限公司云溪供电公司"),  # an owner's legal name cut
    ("Enterprise", "星澜锂能", "星澜锂能科技股份有限公司"),          # a trade name
    ("Platform", "星澜核心区", "星澜城郊民宿核心区"),                 # a plan's zone by its place and kind
    ("Platform", "青禾带", "青禾河谷茶旅带"),
])
def test_each_reason_is_proposed(cls, short, long):
    names = {short, long, "无关的名字", "另一个园区"}
    assert (short, long) in accepted(names, cls)
    assert (short, long) in proposed(names)


def test_a_short_form_is_not_paired_with_names_lacking_its_middle():
    names = {"数产园", "数字经济产业园", "数码港园", "数据园"}
    pairs = proposed(names)
    assert ("数产园", "数字经济产业园") in pairs
    assert ("数产园", "数码港园") not in pairs          # no 产 in its middle: no abbreviation


# a small alphabet, so that made-up names share starts, ends and middles often
PIECES = ["云", "溪", "星", "澜", "数", "产", "字", "经济", "智", "能", "科技", "大", "和平",
          "园", "产业园", "公司", "有限公司", "路", "中心", "商圈", "医院", "分院", "院区", "集团", "核心区", "带"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join), min_size=2, max_size=25),
       st.sampled_from(["Enterprise", "Institution", "Platform", "Place", "CommercialDistrict", "Project"]))
def test_every_accepted_pair_is_proposed(names, cls):
    names = {n for n in names if len(n) >= 2}
    assert accepted(names, cls) <= proposed(names)
