"""Characters and words that mark where names and list items begin and end."""
from __future__ import annotations

import re
import unicodedata

OPEN_QUOTES = "“‘「『《"
CLOSE_QUOTES = "”’」』》"
LIST_SEP = "、"
# words that join list items besides 、 (以及 before 及, so the longer one wins)
JOINERS = ("以及", "和", "与", "及")
JOIN_CHARS = "和与及"
LIST_BREAK = re.compile("|".join((LIST_SEP, *JOINERS)))
# tags of words that never sit inside a name: particles, prepositions, pronouns, adverbs, numerals
STOP_TAGS = {"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "r", "d", "q", "c", "y", "e", "o", "i"}
ADMIN_UNITS = ("街道", "省", "市", "区", "县", "镇", "乡")


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PZCS" or ch in "…—·|～~"


def alnum(s: str) -> bool:
    return s.isascii() and s.isalnum()
