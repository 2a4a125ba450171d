"""Two names of a body that say the same with a word's short form, in one document, are one body.

云溪市工业和信息化局 and 市工信局, 星澜经济技术开发区管理委员会 and 星澜经开区管委会: written with
the short forms of their words ([link] short_words: 工业和信息化局 / 工信局, 管理委员会 / 管委会) the
two are equal, or the shorter opens with a level ([link] level_openers: 市, 区) that ends the
longer's place (云溪市|工信局). kg/link joins them only in a document that uses both, and only
when the shorter fits one longer name there: 市工信局 is no 白露区工业和信息化局, and beside
云溪市 and 墨川市 工业和信息化局 names neither.
"""
from __future__ import annotations

from .in_document import unique_fits


def said_short(name: str, words) -> str:
    """``name`` with each word of ``words`` ((long, short) pairs, longest first) in its short form."""
    for long, short in words:
        name = name.replace(long, short)
    return name


def is_body_short_form(short: str, long: str, words, levels) -> bool:
    """True when ``short`` names body ``long`` with short words, maybe after a level (see the module's text)."""
    s, l = said_short(short, words), said_short(long, words)
    if (s, l) == (short, long) or len(short) >= len(long):
        return False                     # (no short word: kg/link/same.py's to judge)
    return s == l or s.startswith(tuple(levels)) and len(l) > len(s) + 1 and l.endswith(s)


def body_short_forms(docs: dict[str, set[str]], words, levels) -> list[tuple[str, str]]:
    """The (short, long) pairs of body names to join; ``docs`` gives the documents using each name."""
    return unique_fits(docs, lambda short, long: is_body_short_form(short, long, words, levels))
