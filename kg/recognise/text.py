"""Characters and words that mark where names and list items begin and end."""
from __future__ import annotations

import re
import unicodedata

from ..notions import (ADMIN_UNITS, CLOSE_QUOTES, GOVERNMENT_LEVELS, HIGHER_LEVELS, JOIN_CHARS,  # noqa: F401
                       JOINERS, LIST_SEP, OPEN_QUOTES, STOP_TAGS)

LIST_BREAK = re.compile("|".join((LIST_SEP, *JOINERS)))


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PZCS" or ch in "…—·|～~"


def alnum(s: str) -> bool:
    return s.isascii() and s.isalnum()
