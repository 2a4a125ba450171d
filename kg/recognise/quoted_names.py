"""A quoted brand right before a name made of kind words and a head (“青禾茶韵”康养食品产业园一期,
“墨川往事”文创街区): the brand is the name's proper word, the walk stopped at the quote. The
name runs from the opening quote; the canonical name drops the quotes (GUIDELINES).
A slogan in quotes (“一核两带”, “十四五”) is no brand; a quoted name of its own class before
the name (a firm's, a place's) stays apart.

    >>> _brand("“青禾茶韵”康养食品产业园", 6)
    (0, '青禾茶韵')
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .proper_words import generic_only, proper
from .text import CLOSE_QUOTES, LIST_SEP, NUMERAL_CHARS, OPEN_QUOTES, han

_CLASSES = ("Project", "Platform", "CommercialDistrict")


def _brand(text: str, at: int, most: int = 8) -> tuple[int, str] | None:
    """(where the quote opens, the quoted words) of a quotation closing right before ``at``."""
    if at < 4 or text[at - 1] not in CLOSE_QUOTES:
        return None
    o = max(text.rfind(q, 0, at - 1) for q in OPEN_QUOTES)
    words = text[o + 1:at - 1] if o >= 0 else ""
    if not (2 <= len(words) <= most) or not han(words) or LIST_SEP in words:
        return None
    return o, words


def quoted_brands(ctx: Context, chosen: list[Cand]) -> None:
    """Begin each chosen name of a park, a works or a shopping street right after a quoted
    brand at the quote, the brand a word of its name."""
    text = ctx.text
    for c in chosen:
        got = c.cls in _CLASSES and c.role != "owner" and _brand(text, c.start)
        if not got:
            continue
        o, words = got
        if words[0] in NUMERAL_CHARS or generic_only(ctx, words) or not proper(ctx, words) \
                or ctx.lex.is_not_entity(words) or any(x.start <= o < x.end for x in chosen if x is not c) \
                or ctx.lex.lookup(words) is not None:
            continue    # (“十四五”时期…, a slogan; “星澜集团”…, a name of its own)
        c.name = words + c.name
        c.start = o
