"""Investors named by their role in a round of funding (kg/recognise/investors.py,
rules.toml [investor_role]), on INVENTED names: the role word makes the words a firm's
name, whether or not a legal form or a trade word closes them."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.recognise import Recogniser
from recognition import case, check, names

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a role word after the names: 由 A 领投、B 跟投
    case("本轮由星澜致远领投，墨川资本跟投。", {"星澜致远": E, "墨川资本": E}, id="lead-and-follow"),
    case("由青禾创投领投、星澜远山跟投。", {"青禾创投": E, "星澜远山": E}, id="lead-and-follow-in-one-clause"),
    case("本次融资由云溪大学科技园天使基金独家投资。", {"云溪大学科技园天使基金": E}, id="sole-investor-over-a-park-head"),
    case("由星澜资本领投，青禾创投、墨川科创引导基金跟投。",
         {"星澜资本": E, "青禾创投": E, "墨川科创引导基金": E}, id="a-list-before-the-role"),
    # a role word before them: 投资方为 A、B
    case("投资方为星澜资本、墨川明德。", {"星澜资本": E, "墨川明德": E}, id="investors-are"),
    case("领投方为青禾鼎新，跟投方包括星澜创投等。", {"青禾鼎新": E, "星澜创投": E}, id="lead-investor-is"),
    # near misses: generic investors, a description, two joined by 与
    case("本轮由产业基金领投，社会资本跟投。", {}, id="generic-investors"),
    case("投资方为多家投资机构。", {}, id="a-description"),
    case("投资方为省级产业基金。", {}, id="a-level-and-a-generic-fund"),
])
def test_investors(recogniser, text, want):
    check(recogniser, text, want)


def test_a_known_firms_investment_arm_is_a_firm_of_its_own():
    """星澜投资 read in a role is the investor, not 星澜 (a firm the lexicon knows) before a word."""
    rec = Recogniser(Lexicon.from_rows([{"name": "星澜", "class": "Enterprise", "source": "test"}]))
    assert names(rec, "由星澜投资领投，墨川资本跟投。") == {"星澜投资": E, "墨川资本": E}
    assert names(rec, "星澜投资建设青禾大厦。")["星澜"] == E   # (no role: the known firm invests)
