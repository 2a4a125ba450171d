"""Which candidate sources may find anything in a sentence (rules.toml [triggers]).

Most sources look for something particular: a bureau's last word, a bracket, a
frame's verb. A sentence without it gives them nothing to find, and running them
there (a few dozen over every sentence) was a quarter of recognition's time. So a
source declares, in rules.toml [triggers], the words without which it cannot fire,
and one pass of an automaton over the sentence tells which sources run on it.

A source's triggers are one or more groups; it runs on a sentence that holds a
word of every group. A group's words are drawn from the rules themselves, so
that they cannot drift from them:

- ``keys``: keys of rules.toml (``bureau.ends``; in an array of tables, the key of
  every element: ``frame.verbs``): the words of a list, a string as one word, and
  of a pattern (its schema type is ``regex``) the words one of which every match
  holds (`pattern_words`);
- ``notions``: keys of notions.toml whose value is a string of marks (``close_quotes``):
  each mark is a word;
- ``lexicon``: word sets the recogniser draws from its lexicon (``tracks``: the
  surfaces of industry tracks; ``countries``: kg.recognise.places.country_words;
  ``county_short_forms``: the short forms of county-level places);
- ``words``: words written out, for what a source's code looks for (a bracket);
- ``each`` (with ``keys``): an array of tables whose every element is a rule that needs
  the words of all its keys (a list frame: opening words and closing pattern): of each
  element, the words of the first key that tells them.

A group that cannot be told (a pattern with no word every match holds, an empty
word) is met by every sentence. tests/test_triggers.py checks, over the
development corpora, that a source skipped on a sentence would have found nothing.

    >>> sorted(pattern_words("(?:路)?[东南西北](?:区|片区)"))
    ['东区', '东片区', '北区', '北片区', '南区', '南片区', '西区', '西片区']
    >>> sorted(pattern_words("等(?:一批)?(?P<t>[\\u4e00-\\u9fff]{3,8}?)企业"))
    ['企业']
    >>> pattern_words("[^，]+") is None
    True
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Iterable

from ..matcher import word_automaton
from ..resources import data_path
from ..schema import load
from .text import plain_tree

# a set of alternatives no longer than this is kept whole when joined to its neighbours
# (東|南 then 区|片区: four words); a larger one is no exact set
_MAX_WORDS = 64


def pattern_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` holds, or None when none can be
    told (a pattern whose every part may be left out or matches any character)."""
    import re._constants as C
    tree = plain_tree(pattern)
    if tree is None:
        return None

    def union(branches, words, cap: int | None = None) -> set[str] | None:
        """The words of every branch (None when one has none, or more than ``cap``)."""
        out: set[str] = set()
        for sub in branches:
            s = words(sub)
            if s is None:
                return None
            out |= s
        return out if cap is None or len(out) <= cap else None

    def exact(op, av) -> set[str] | None:
        """The strings a part matches, when they are few and fixed."""
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < _MAX_WORDS:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return None
            return chars if len(chars) <= _MAX_WORDS else None
        if op is C.BRANCH:
            return union(av[1], exact_seq, _MAX_WORDS)
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            return exact_seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == av[1] == 1:
            return exact_seq(av[2])
        return None

    def exact_seq(items) -> set[str] | None:
        out = {""}
        for op, av in items:
            s = exact(op, av)
            if s is None or len(out) * len(s) > _MAX_WORDS:
                return None
            out = {a + b for a in out for b in s}
        return out

    def held(op, av) -> set[str] | None:
        """Words one of which every match of a part holds (not only exact ones)."""
        s = exact(op, av)
        if s is not None:
            return s
        if op is C.BRANCH:
            return union(av[1], held_seq)
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            return held_seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            return held_seq(av[2])
        if op is C.ATOMIC_GROUP:
            return held_seq(av)
        return None

    def held_seq(items) -> set[str] | None:
        """The best of a sequence's parts: runs of exact parts joined, or a part's words."""
        options: list[set[str]] = []
        run: set[str] | None = None
        for op, av in items:
            s = exact(op, av)
            if s is not None and (run is None or len(run) * len(s) <= _MAX_WORDS):
                run = s if run is None else {a + b for a in run for b in s}
                continue
            if run is not None:
                options.append(run)
            run = s      # (a part too many to join to the run opens another)
            if s is None:
                h = held(op, av)
                if h is not None:
                    options.append(h)
        if run is not None:
            options.append(run)
        options = [o for o in options if "" not in o]
        # the rarest: the longest shortest word, then the fewest words
        return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)

    found = held_seq(tree)
    return frozenset(found) if found else None


@lru_cache(maxsize=1)
def _schema() -> dict:
    return tomllib.loads((data_path("schema") / "rules.toml").read_text("utf-8"))


def _values(data, schema, path: list[str]) -> tuple[list, str] | None:
    """The values at ``path`` of the rule file (every element's, in an array of
    tables) and their schema type; None when the path names nothing."""
    if not path:
        if isinstance(schema, str):
            return ([data] if data is not None else []), schema.rstrip("!")
        return None
    key, rest = path[0], path[1:]
    if isinstance(schema, list):       # an array of tables
        values, kind = [], None
        for element in data if isinstance(data, list) else ():
            got = _values(element.get(key), schema[0].get(key), rest)
            if got is None:
                return None
            values += got[0]
            kind = got[1]
        if kind is None:
            got = _values(None, schema[0].get(key), rest)
            kind = got[1] if got else None
        return (values, kind) if kind else None
    if not isinstance(schema, dict) or key not in schema:
        return None
    return _values(data.get(key) if isinstance(data, dict) else None, schema[key], rest)


def key_words(data: dict, key: str, schema: dict | None = None) -> frozenset[str] | None:
    """The words of the rules.toml key ``key`` (see the module's doc); None when they
    cannot be told. Raises KeyError for a key the schema does not know.
    (``data``, ``schema``: a part of the file and its schema; else the whole.)"""
    got = _values(data, _schema() if schema is None else schema, key.split("."))
    if got is None:
        raise KeyError(f"rules.toml [triggers]: no key {key} in kg/data/schema/rules.toml")
    values, kind = got
    flat = [w for v in values for w in (v if isinstance(v, list) else [v])]
    if "regex" not in kind:
        return frozenset(flat)
    out: set[str] = set()
    for p in flat:
        words = pattern_words(p)
        if words is None:
            return None
        out |= words
    return frozenset(out)


def group_words(data: dict, group: dict, named: dict[str, Iterable[str]]) -> frozenset[str] | None:
    """All the words of one group of triggers; None when any of them cannot be told."""
    out = set(group.get("words", ()))
    if "each" in group:
        return _each_words(data, group, out)
    for key in group.get("keys", ()):
        words = key_words(data, key)
        if words is None:
            return None
        out |= words
    for key in group.get("notions", ()):
        marks = load("notions.toml")[key]       # a string of marks, or a list of words
        out |= set(marks)
    for name in group.get("lexicon", ()):
        out |= set(named[name])
    return frozenset(out)


def _each_words(data: dict, group: dict, out: set[str]) -> frozenset[str] | None:
    """``each``: an array of tables, each a rule a source fires on only where the words
    of all its ``keys`` stand (a list frame: its opening words and its closing pattern);
    of each element the words of the first key that tells them (none: every sentence)."""
    schema = _schema().get(group["each"])
    if not isinstance(schema, list):
        raise KeyError(f"rules.toml [triggers]: {group['each']} is no array of tables")
    for element in data.get(group["each"], ()):
        for key in group.get("keys", ()):
            words = key_words(element, key, schema[0])
            if words and "" not in words:
                out |= words
                break
        else:
            return None
    return frozenset(out)


class Triggers:
    """The triggers of rules.toml [triggers], resolved; ``met(text)`` says which groups a
    sentence holds, ``runs(name, met)`` whether a source runs on it."""

    def __init__(self, data: dict, named: dict[str, Iterable[str]]):
        self.need: dict[str, int] = {}      # source -> a bit for each of its groups
        words: dict[str, int] = {}
        bit = 1
        for source, groups in data.get("triggers", {}).items():
            need = 0
            for group in groups:
                ws = group_words(data, group, named)
                if not ws or "" in ws:
                    continue        # (a group that cannot be told: every sentence meets it)
                for w in ws:
                    words[w] = words.get(w, 0) | bit
                need |= bit
                bit <<= 1
            if need:
                self.need[source] = need
        self.words, self.bits = list(words), list(words.values())
        self.automaton = word_automaton(self.words)
        self.everything = bit - 1

    def met(self, text: str) -> int:
        """A bit set of the groups whose words ``text`` holds."""
        if self.automaton is None:
            return self.everything
        met, bits = 0, self.bits
        for i, _, _ in self.automaton.find_matches_as_indexes(text, overlapping=True):
            met |= bits[i]
        return met

    def runs(self, source: str, met: int) -> bool:
        need = self.need.get(source)
        return need is None or need & met == need
