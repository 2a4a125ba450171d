"""kg.notions: the notions every stage shares are defined once, in kg/data/notions.toml."""
from __future__ import annotations

import re

import kg.notions as notions
from kg import matcher
from kg.recognise import text as recognise_text
from kg.relate import base as relate_base


def test_stages_share_one_definition():
    assert matcher.CLAUSE_PUNCT is notions.CLAUSE_PUNCT
    assert relate_base.CLAUSE is notions.CLAUSE
    assert recognise_text.STOP_TAGS is notions.STOP_TAGS
    assert recognise_text.ADMIN_UNITS is notions.ADMIN_UNITS
    assert set(notions.LIST_JOINERS) <= set(matcher.LIST_JOINERS)


def test_clause_marks_split_clauses_not_names():
    assert notions.CLAUSE.split("星澜科技落户青禾区，墨川网络；云栖集团") == ["星澜科技落户青禾区", "墨川网络", "云栖集团"]


def test_numerals_count_in_both_scripts():
    counted = re.compile(notions.NUMERAL + "+[大个]")
    assert all(counted.fullmatch(w) for w in ("三大", "12个", "两个", "１２个"))
    assert not counted.fullmatch("多个")
