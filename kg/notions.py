"""Notions every stage shares, read once from kg/data/notions.toml: the marks
that end a clause, quotation marks, what joins list items, the levels of
government, numerals, and the segmenter tags that never sit inside a name.

    >>> CLAUSE_MARKS
    '，,；;：:'
    >>> bool(re.fullmatch(NUMERAL + "+大", "三大"))
    True
"""
from __future__ import annotations

import re

from .schema import load

_N = load("notions.toml")

CLAUSE_MARKS: str = _N["clause_marks"]
CLAUSE_PUNCT: str = _N["clause_marks"] + _N["sentence_marks"]
OPEN_QUOTES: str = _N["open_quotes"]
CLOSE_QUOTES: str = _N["close_quotes"]
LIST_SEP: str = _N["list_separator"]
JOINERS: tuple[str, ...] = tuple(_N["list_joiners"])
LIST_JOINERS: tuple[str, ...] = (LIST_SEP, *JOINERS)
ALTERNATIVES: tuple[str, ...] = tuple(_N["alternatives"])
JOIN_CHARS: str = _N["join_chars"]
GOVERNMENT_LEVELS: tuple[str, ...] = tuple(_N["government_levels"])
ADMIN_UNITS: tuple[str, ...] = tuple(_N["admin_units"])
KNOWN_ADMIN_UNITS: tuple[str, ...] = tuple(_N["known_admin_units"])
HIGHER_LEVELS: tuple[str, ...] = tuple(_N["higher_levels"])
UNIT_DROPPED: tuple[str, ...] = tuple(_N["unit_dropped"])
NUMERAL: str = _N["numeral_class"]
NUMERAL_CHARS: str = _N["numeral_chars"]
COUNT_WORDS: str = _N["count_words"]
STOP_TAGS: frozenset[str] = frozenset(_N["stop_tags"])
CLAUSE = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")
