"""Characters and words that mark where names and list items begin and end."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..notions import (ADMIN_UNITS, CLOSE_QUOTES, GOVERNMENT_LEVELS, HIGHER_LEVELS, JOIN_CHARS,  # noqa: F401
                       JOINERS, LIST_SEP, OPEN_QUOTES, STOP_TAGS)

LIST_BREAK = re.compile("|".join((LIST_SEP, *JOINERS)))


@lru_cache(maxsize=None)      # one character: a few thousand at most
def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PZCS" or ch in "…—·|～~"


@lru_cache(maxsize=4096)
def literal(word: str) -> re.Pattern:
    """``re.compile(re.escape(word))``, compiled once per word."""
    return re.compile(re.escape(word))


def find_all(word: str, text: str):
    """``re.finditer(re.escape(word), text)``, with no regex at all when ``word``
    is not in ``text`` (the common case)."""
    if word and word not in text:
        return ()
    return literal(word).finditer(text)


def alnum(s: str) -> bool:
    return s.isascii() and s.isalnum()
