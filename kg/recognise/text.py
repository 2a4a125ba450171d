"""Characters and words that mark where names and list items begin and end."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..model import Token
from ..notions import (ADMIN_UNITS, CLOSE_QUOTES, COUNT_WORDS, GOVERNMENT_LEVELS, HIGHER_LEVELS,  # noqa: F401
                       JOIN_CHARS, JOINERS, LIST_SEP, NUMERAL_CHARS, OPEN_QUOTES, STOP_TAGS)

LIST_BREAK = re.compile("|".join((LIST_SEP, *JOINERS)))
# the words that join two items or the parts of a name (青禾整机及后服务), longest first
JOINED = re.compile("|".join(sorted(JOINERS, key=len, reverse=True)))


@lru_cache(maxsize=None)      # one character: a few thousand at most
def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PZCS" or ch in "…—·|～~"


class Hit:
    """Where a word was found: the part of ``re.Match`` the finders use
    (``start()``, ``end()``, ``span()``, ``group()``)."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str):
        self._start, self._end, self._word = start, end, word

    def start(self, group: int = 0) -> int:
        return self._start

    def end(self, group: int = 0) -> int:
        return self._end

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._start, self._end

    def group(self, group: int = 0) -> str:
        return self._word


def find_all(word: str, text: str):
    """The matches of ``re.finditer(re.escape(word), text)`` (left to right, none
    overlapping), found by ``str.find``: no regex at all. (A regex per word, even
    cached, was compiled for every name a corpus holds, and each compile pushed
    one of the rules' own patterns out of re's cache of 512, to be compiled again.)"""
    if not word:
        return re.finditer("", text)
    return _hits(word, text) if word in text else ()


def _hits(word: str, text: str):
    n = len(word)
    k = text.find(word)
    while k >= 0:
        yield Hit(k, k + n, word)
        k = text.find(word, k + n)


def han(s: str) -> bool:
    """True when every character of ``s`` is a common Han character (no letter,
    digit or mark).

    >>> han("青禾"), han("青禾5G")
    (True, False)
    """
    return _HAN_RUN.fullmatch(s) is not None


# (one match in C: the test is asked of most words the walks over names meet)
_HAN_RUN = re.compile("[\u4e00-\u9fff]*")


def alnum(s: str) -> bool:
    return s.isascii() and s.isalnum()


@lru_cache(maxsize=256)
def required_literal(pattern: str) -> str:
    """The longest run of plain characters every match of ``pattern`` holds (its
    top-level literals, next to each other), or "" when it cannot be told: a text
    without the run has no match. ("" for flags, which may change what a literal matches.)"""
    import re._constants as C
    import re._parser as P
    try:
        tree = P.parse(pattern)
    except re.error:
        return ""
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    best, run = "", ""
    for op, av in tree:
        if op is C.LITERAL:
            run += chr(av)
            best = max(best, run, key=len)
        else:
            run = ""
    return best


def plain_tree(pattern: str):
    """``pattern`` parsed by re's own parser (what it matches can then be read off
    the tree: `last_chars`, kg.recognise.triggers.pattern_words), or None when it
    does not parse or its flags (IGNORECASE, VERBOSE) change what its literals mean."""
    import re._parser as P
    try:
        tree = P.parse(pattern)
    except re.error:
        return None
    return None if tree.state.flags & (re.IGNORECASE | re.VERBOSE) else tree


def last_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern``, a pattern every match of which ends
    where the text ends (``…$`` on every branch), can end with, plus a newline
    (``$`` matches before a final one): a search in text ``t`` fails when
    ``t[-1:]`` is outside the set. None when the pattern is not so anchored or
    the set cannot be told (a class by category, a negated set, any character,
    a look-around, a back-reference, flags), or it can match nothing at all."""
    import re._constants as C
    tree = plain_tree(pattern)
    if tree is None:
        return None

    def seq(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in reversed(list(items)):
            chars, empty = one(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        return out, True

    def one(op, av) -> tuple[set[str] | None, bool]:
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < 4096:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return None, False
            return chars, False
        if op is C.BRANCH:
            chars, empty = set(), False
            for sub in av[1]:
                c, e = seq(sub)
                if c is None:
                    return None, False
                chars |= c
                empty = empty or e
            return chars, empty
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None, False
            return seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            c, e = seq(av[2])
            return c, e or av[0] == 0
        if op is C.ATOMIC_GROUP:
            return seq(av)
        if op is C.AT and av in (C.AT_END, C.AT_END_STRING, C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            return set(), True
        return None, False

    def anchored(items) -> bool:
        items = list(items)
        if not items:
            return False
        op, av = items[-1]
        if op is C.AT:
            return av in (C.AT_END, C.AT_END_STRING)
        if op is C.SUBPATTERN:
            return not av[1] and not av[2] and anchored(av[3])
        if op is C.BRANCH:
            return all(anchored(sub) for sub in av[1])
        return False

    if not anchored(tree):
        return None
    chars, empty = seq(tree)
    return None if chars is None or empty else frozenset(chars | {"\n"})


def joined_to_previous(toks: list[Token], ks: list[int]) -> list[Token]:
    """``toks`` with each token at an index of ``ks`` joined to the one before it into one word
    of no tag (a name's characters jieba cut apart: 米|庄镇, 镁|都)."""
    out = list(toks)
    for k in reversed(ks):
        a, b = toks[k - 1], toks[k]
        out[k - 1:k + 1] = [Token(a.text + b.text, a.start, b.end, "")]
    return out
