"""A park named by two trades joined by 及 (kg/recognise/park_joins.py, rules.toml [park_join]):
the trade before the joiner opens the park's name, and the joined words are no owner's brand.
Invented sentences throughout."""
from __future__ import annotations

import pytest

from recognition import case, check, mentions, names

PL = "Platform"


@pytest.mark.parametrize("text, want", [
    # a trade the lexicon knows before 及 (医药, 精细化工)
    case("白露县重点建设医药及精细化工产业园。", {"白露县": "Place", "医药及精细化工产业园": PL}, id="known-trades"),
    # a common noun of a trade before 及 that no list holds (冶金), an unknown word after it
    case("墨川镁业三期项目进驻冶金及稀贵新材料产业园。",
         {"墨川镁业三期项目": "Project", "冶金及稀贵新材料产业园": PL}, id="noun-trade"),
    # a city the lexicon knows right before the trades is a word of the name, and the park's
    # committee is named by all of it
    case("湖州纺织及印染产业园开工建设", {"湖州纺织及印染产业园": PL}, id="city-before-trades"),
    case("湖州纺织及印染产业园管委会负责招商", {"湖州纺织及印染产业园管委会": "Institution"},
         id="committee-of-joined-park"),
    # (near miss: a district is no city: it stays a place of its own)
    case("拱墅区纺织及印染产业园开工", {"拱墅区": "Place", "纺织及印染产业园": PL}, id="district-before-trades"),
])
def test_a_park_named_by_joined_trades_opens_with_the_first(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, absent", [
    # firms before 及 are no trade: the park is named by what follows
    case("园区企业及配套产业园同步建设。", "园区企业及配套产业园", id="firms-before-joiner"),
    # a park's head before 及 ends a name of its own: two parks
    case("推动青禾工业园区及绿色食品产业园区建设。", "青禾工业园区及绿色食品产业园区", id="two-parks"),
    # 和 between two parks' names joins a list, not a name
    case("云溪新建陶瓷产业园和纺织产业园。", "陶瓷产业园和纺织产业园", id="he-two-parks"),
])
def test_what_the_joined_park_rule_leaves(recogniser, text, absent):
    assert absent not in names(recogniser, text)


def test_joined_trades_are_no_brand(recogniser):
    text = "云溪高新区下设装备制造产业园、冶金及稀贵新材料产业园和现代物流产业园。"
    owners = [m.name for m in mentions(recogniser, text) if m.role == "owner"]
    assert not any("及" in o for o in owners), owners
