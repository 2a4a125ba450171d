"""The pairs of names worth asking `why_same` about, found without comparing all pairs.

Comparing every pair of names of a class is quadratic (4,000 names took 51 s).
Every reason of kg/link/same.py needs the two names to share something that
can be looked up: one is the other's start (a class word, a head, a branch, a
street type) or its end (a suffix of five characters or more), or 大 before it;
an abbreviation of at most four characters shares the first and the last
character; a renamed name shares the first two and the last two characters
and differs in length by at most four; interchangeable heads share all but the
head.  So the names are indexed by those keys and only names that share a key
are paired: a superset of the pairs any reason accepts, and `why_same` still
decides each one.  tests/test_link_blocking.py checks the result against all
pairs.

    >>> sorted(candidate_pairs(["数产园", "数字经济产业园", "星澜科技", "星澜科技有限公司"], [("院区", "分院")]))
    [('数产园', '数字经济产业园'), ('星澜科技', '星澜科技有限公司')]
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterable, Iterator

SHORT = 4           # the longest abbreviation (kg.link.same.is_abbreviation)
RENAMED = 7         # the shortest renamed name (kg.link.same.is_renamed)
MIDDLE = 4          # the longest middle a renamed name changes or drops
SUFFIX = 5          # the shortest name that is another's end (why_same: "suffix")
LEVEL_BODY = 4      # a level's body shorter than a suffix (区发改局: why_same "level-body")
TRADE_PLACES = 8    # the longest run of places before a trade name (kg.link.registered.LONGEST_PLACE)
LEGAL_CUT = 4       # the shortest unit after a cut owner's name (kg.link.same.LEGAL_CUT_TAIL)


def _order(a: str, b: str) -> tuple[str, str]:
    """(short, long) as linking compares them: by length, then by name."""
    return (a, b) if (len(a), a) < (len(b), b) else (b, a)


def candidate_pairs(names: Iterable[str], same_heads: Iterable[Iterable[str]] = (),
                    level_openers: tuple[str, ...] = (), legal_forms: tuple[str, ...] = (),
                    trade_tails: Iterable[str] = (), group_words: Iterable[str] = (),
                    cut_heads: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """Every pair (short, long) of ``names`` that some reason of linking might
    accept, each once; ``same_heads`` are the groups of interchangeable heads
    (rules.toml [link] same_heads); a name shorter than a suffix's that opens with one of
    ``level_openers`` ([link] level_openers: 区发改局) is offered as another's end too, and
    a name that is another with a middle ending in one of ``legal_forms`` cut out
    (国网云溪供电公司 of 国网青禾省电力有限公司云溪供电公司) is offered with it, and so is a
    name found inside another before one of ``trade_tails`` (星澜锂能 of 广东星澜锂能科技有限公司),
    or the start of one found inside another before one of ``group_words`` (星澜股份 of
    江苏星澜精工机械股份有限公司), and a name that is another's start and its head, one of ``cut_heads``
    (星澜核心区 of 星澜城郊民宿核心区: kg.link.same._zone_cut)."""
    names = set(names)
    seen: set[tuple[str, str]] = set()

    def pair(a: str, b: str):
        p = _order(a, b)
        if p not in seen:
            seen.add(p)
            return p
        return None

    for gen in (_affixed(names, level_openers), _abbreviated(names), _renamed(names), _same_heads(names, same_heads),
                _legal_cut(names, legal_forms), _trade_names(names, tuple(trade_tails)),
                _group_trade_names(names, tuple(group_words)), _cut_heads(names, tuple(cut_heads))):
        for a, b in gen:
            p = pair(a, b)
            if p:
                yield p


def _affixed(names: set[str], level_openers: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """One name the other's start, its end (five characters or more, or a level's body of
    LEVEL_BODY: 区发改局 of 星澜区发改局), or it after 大."""
    for n in names:
        for i in range(1, len(n)):
            if n[:i] in names:
                yield n[:i], n
        for i in range(1, len(n) - SUFFIX + 1):
            if n[i:] in names:
                yield n[i:], n
        short = n[-LEVEL_BODY:]
        if level_openers and len(n) > LEVEL_BODY + 1 and short.startswith(level_openers) and short in names:
            yield short, n
        if n.startswith("大") and n[1:] in names:
            yield n[1:], n


def _abbreviated(names: set[str]) -> Iterator[tuple[str, str]]:
    """A short name with the first and last character of a longer one, and its
    middle characters (in order, so inside the longer one's middle)."""
    shorts = [n for n in names if 2 <= len(n) <= SHORT]
    if not shorts:
        return
    ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    # (first, last, a middle character) -> the longer names with it: a short form
    # of three or four characters is paired only with the names holding its
    # middle too, so the pairs do not grow with the square of a block's size
    middles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    wanted = {(n[0], n[-1]) for n in shorts}
    for n in names:
        if len(n) >= 3 and (n[0], n[-1]) in wanted:
            ends[(n[0], n[-1])].append(n)
            for ch in set(n[1:-1]):
                middles[(n[0], n[-1], ch)].add(n)
    for s in shorts:
        if len(s) == 2:
            found = ends.get((s[0], s[-1]), ())
        else:
            sets = [middles.get((s[0], s[-1], ch), set()) for ch in s[1:-1]]
            found = set.intersection(*sets) if len(sets) > 1 else sets[0]
        for n in found:
            if len(s) < len(n):
                yield s, n


def _renamed(names: set[str]) -> Iterator[tuple[str, str]]:
    """Names of seven characters or more with the same first two and last two."""
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in names:
        if len(n) >= RENAMED:
            buckets[(n[:2], n[-2:])].append(n)
    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            if abs(len(a) - len(b)) <= MIDDLE:
                yield a, b


def _same_heads(names: set[str], groups: Iterable[Iterable[str]]) -> Iterator[tuple[str, str]]:
    """The same modifier before two heads of one group (X院区 / X分院)."""
    for heads in groups:
        by_stem: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for n in names:
            for h in heads:
                if n.endswith(h) and len(n) > len(h) + 1:
                    by_stem[n[:-len(h)]].append((h, n))
        for members in by_stem.values():
            for (ha, a), (hb, b) in combinations(members, 2):
                if ha != hb and a != b:
                    yield a, b


def _legal_cut(names: set[str], forms: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """A name and the name left when a middle ending in a legal form is cut out of it
    (kg.link.same.legal_cut: two characters or more before the cut, LEGAL_CUT after it)."""
    if not forms:
        return
    for n in names:
        for e in range(3, len(n) - LEGAL_CUT + 1):
            if n[:e].endswith(forms):
                for k in range(2, e):
                    if n[:k] + n[e:] in names:
                        yield n[:k] + n[e:], n


def _trade_names(names: set[str], tails: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """A name inside another, ending where one of ``tails`` begins (kg.link.registered)."""
    if not tails:
        return
    for n in names:
        for t in tails:
            if n.endswith(t):
                end = len(n) - len(t)
                for start in range(0, min(TRADE_PLACES, end - 3) + 1):
                    if n[start:end] in names and n[start:end] != n:
                        yield n[start:end], n


def _group_trade_names(names: set[str], words: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """A name inside another and one of ``words`` that follows it there (kg.link.registered)."""
    for w in words:
        for n in names:
            at = n.find(w, 2)
            while at != -1:
                for start in range(0, min(TRADE_PLACES, at - 2) + 1):
                    for end in range(start + 2, at + 1):
                        if n[start:end] + w in names and n[start:end] + w != n:
                            yield n[start:end] + w, n
                at = n.find(w, at + 1)


def _cut_heads(names: set[str], heads: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """A name's start (two characters or more) and its head, itself a name (kg.link.same._zone_cut)."""
    for n in names:
        for h in heads:
            if n.endswith(h):
                for k in range(2, len(n) - len(h)):
                    if n[:k] + h in names:
                        yield n[:k] + h, n
