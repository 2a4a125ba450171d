"""A sentence with its named things masked, for the sequence patterns (kg/matcher.py): each
mention becomes one private-use character that encodes its classes (and whether it is what
the document speaks for), so a pattern's regular expression sees a named thing as one
symbol no word element can break.

    >>> masked, who, where = mask("星澜科技落户青禾区", [Thing(0, 4, ("Enterprise",)), Thing(6, 9, ("Place",))])
    >>> len(masked), who[:3], where[:3]
    (4, [0, -1, -1], [0, 4, 5])
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import CLASSES

# Private-use characters stand for mentions: one per set of classes a thing has.
_BASE = 0xE000
_CLASS_BIT = {c: 1 << i for i, c in enumerate(CLASSES)}
_HOME_BIT = 1 << len(CLASSES)
_ALL = 1 << (len(CLASSES) + 1)
# every mask character (_mask_char), and only them
_MASK_CHARS = re.compile(f"[{chr(_BASE + 1)}-{chr(_BASE + _ALL - 1)}]")
# ... as a character class of a pattern's regex
ANY_THING = f"[{chr(_BASE + 1)}-{chr(_BASE + _ALL - 1)}]"


@dataclass(frozen=True)
class Thing:
    """A named thing in a sentence: its span and its classes (first = its own),
    and whether it is what the document speaks for."""
    start: int
    end: int
    classes: tuple[str, ...]
    home: bool = False


def _mask_char(thing: Thing) -> str:
    # (a few sets of classes make every mask character: each is worked out once)
    key = (thing.classes, thing.home)
    ch = _MASK_CHAR.get(key)
    if ch is None:
        ch = _MASK_CHAR[key] = _plain_mask_char(thing)
    return ch


def _plain_mask_char(thing: Thing) -> str:
    bits = _HOME_BIT if thing.home else 0
    for c in thing.classes:
        bits |= _CLASS_BIT[c]
    return chr(_BASE + bits)


_MASK_CHAR: dict[tuple[tuple[str, ...], bool], str] = {}


def mask(text: str, things: list[Thing], asides: list[tuple[int, int]] = ()) -> tuple[str, list[int], list[int]]:
    """The sentence with each thing replaced by its mask character and the
    ``asides`` (spans of ``text``) left out, with the things in them.

    Returns the masked text, for each masked position the index of the thing
    there (or -1), and for each masked position its offset in ``text``.
    """
    masked, kept, skip = _masked(text, things, asides)
    who, where = _positions(text, kept, skip)
    return masked, who, where


def _masked(text: str, things: list[Thing], asides: list[tuple[int, int]] = ()) -> tuple[str, list, list | None]:
    """`mask`'s text alone, with the things masked in it ((index, thing), in order) and the
    positions the asides skip (None without asides): `_positions` makes the rest from
    them, only where a pattern matches (in one sentence of ten)."""
    out, kept = [], []
    # (most sentences have no aside: no table of skipped positions then)
    skip = [False] * (len(text) + 1) if asides else None
    for a, b in asides:
        skip[a:b] = [True] * (b - a)
    pos = 0
    for i, t in sorted(enumerate(things), key=lambda it: (it[1].start, -it[1].end)):
        if t.start < pos or (skip is not None and skip[t.start]):
            continue            # nested in the previous thing, or in an aside
        out.append(_plain_text(text, pos, t.start, skip))
        out.append(_mask_char(t))
        kept.append((i, t))
        pos = t.end
    out.append(_plain_text(text, pos, len(text), skip))
    return "".join(out), kept, skip


def _plain_text(text: str, a: int, b: int, skip: list | None) -> str:
    if skip is None or not any(skip[a:b]):     # the whole stretch, at once
        return text[a:b]
    return "".join(text[k] for k in range(a, b) if not skip[k])


def _positions(text: str, kept: list, skip: list | None) -> tuple[list[int], list[int]]:
    """`mask`'s thing index and text offset of each masked position (see `_masked`)."""
    who: list[int] = []
    where: list[int] = []

    def plain(a: int, b: int) -> None:
        if a >= b:
            return
        if skip is None or not any(skip[a:b]):
            who.extend([-1] * (b - a))
            where.extend(range(a, b))
            return
        for k in range(a, b):
            if not skip[k]:
                who.append(-1)
                where.append(k)

    pos = 0
    for i, t in kept:
        plain(pos, t.start)
        who.append(i)
        where.append(t.start)
        pos = t.end
    plain(pos, len(text))
    where.append(len(text))
    return who, where
