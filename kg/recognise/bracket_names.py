"""A place in brackets inside a name (星澜智算（云溪）中心, 中国（青禾）星澜保护中心,
白露能源（墨州）数据中心): the walks stop at the bracket, so the head after it finds no name
or a short one. The sentence is read again without the bracket; a name that runs across
where it stood is the name, its bracket and all, in place of what the first reading found
over that span. A firm's legal name with its city in brackets (星澜(云溪)有限公司) is found
whole already (kg/recognise/legal.py) and stays as it is.

    >>> [m.start() for m in _BRACKET.finditer("星澜智算（云溪）中心，（一）白露")]
    [4]
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .text import GOVERNMENT_LEVELS

# a bracket of two to eight characters between two characters of a name
_BRACKET = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])[（(]([\u4e00-\u9fff]{2,8})[）)](?=[\u4e00-\u9fffA-Za-z])")
_CLASSES = ("Project", "Platform", "Institution", "Enterprise")
# a partnership's legal form in brackets, read through as a place is (星澜会计师事务所（特殊普通合伙）云溪分所)
_PARTNERSHIPS = ("特殊普通合伙", "普通合伙")


def _place(lex, word: str) -> bool:
    """True when ``word`` names a place: one the lexicon knows (or its short form), a name
    ending in a level (云溪市), or a province's or city's name before another's (山西大同)."""
    def one(w):
        return bool(lex.lookup(w, "Place") or lex.by_short_form(w, "Place")) or w.endswith(GOVERNMENT_LEVELS)
    return one(word) or any(one(word[:k]) and one(word[k:]) for k in range(2, len(word) - 1))


def bracketed_places(read, lex, text: str, out: list[Mention]) -> list[Mention]:
    """``out``, with the names ``read`` (a sentence's recogniser) finds across a bracketed
    place once the bracket is taken out, in place of the mentions over their span."""
    for b in reversed(list(_BRACKET.finditer(text))):
        s, e = b.start(), b.end()
        if not (_place(lex, b.group(1)) or b.group(1) in _PARTNERSHIPS) or any(
                m.start < s and e < m.end and m.role != "owner" for m in out):
            continue    # (no place, or a name holds the bracket already)
        n = e - s

        def back(m, s=s, n=n):   # offsets of the text without the bracket, in the sentence's
            a, z = (m.start if m.start <= s else m.start + n), (m.end if m.end <= s else m.end + n)
            return replace(m, start=a, end=z, surface=text[a:z],
                           name=text[a:z] if m.name == m.surface else m.name)
        again = read(text[:s] + text[e:])
        name = next((m for m in again if m.start < s < m.end and m.role != "owner" and m.cls in _CLASSES), None)
        if name is None:
            continue
        new = back(name)
        # a name closed by the bracket opens the new one: its owner (白露大学（北京）|云溪校区)
        owners = [replace(m, role="owner") for m in out if m.role != "owner" and m.start == new.start and m.end == e]
        owners = owners or [back(m) for m in again if m.role == "owner" and name.start <= m.start and m.end <= name.end]
        out = [m for m in out if m.end <= new.start or m.start >= new.end or (s < m.start and m.end < e)] \
            + [new] + owners
    return out
