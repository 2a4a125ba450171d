"""Sequence patterns over a sentence's words and named things, written as data.

A pattern is a list of elements, in the manner of spaCy's Matcher, each
matching a piece of the sentence:

- ``{class = ["Enterprise", "Project"], slot = "thing", list = true}``: one
  named thing (a mention) of one of these classes, or with ``list`` a run of
  them joined by 、/和/及/以及/与 and quotation marks, or with ``chain`` a run
  of things side by side of which the last is kept (上海市浦东新区 -> 浦东新区);
  ``slot`` names what it matched, for the pattern's ``subject`` and ``object``
  (each a slot name or a list of them);
- ``{words = ["落户", "位于"]}``: one of these words, as written;
- ``{gap = 6}``: up to six characters that hold no named thing and no clause
  punctuation (，；：。); ``through = "，"`` lets it cross these marks;
- ``{regex = "等[一-龥]{0,6}企业"}``: a regular expression over the text, for
  what the other elements cannot say (write it so that it never matches a
  named thing: a character class like ``[^，。]`` also matches the masks);
- ``{phrase = "time"}``: a regular expression the matcher is given by name,
  for the phrases many patterns share (a time: 2023年3月, 今年);
- ``{start = true}``: the start of the sentence or of a clause;
- ``home = true`` on a class element: only the thing the document speaks for
  (its district or zone, or a word standing for it: 我区, 园区).

Asides the matcher is given (regular expressions; the relater passes the
declared short forms, （以下简称“长安汽车”）) are read through as if absent, so
``A（以下简称“甲”）、B等企业`` is a list and ``由A（简称“甲”）投资建设`` a frame.

Any element takes ``op``: ``"?"`` (optional), ``"*"`` or ``"+"`` (repeated).

The matcher replaces every mention by one private-use character (kg/masks.py) that encodes
its classes and compiles the pattern into a regular expression over that
masked sentence, so words are matched as characters whatever the segmenter
made of them, and a named thing is one symbol that no word element can break.

    >>> m = Matcher([{"name": "located", "relation": "locatedIn", "subject": "a", "object": "b",
    ...               "pattern": [{"class": ["Enterprise"], "slot": "a", "list": True},
    ...                           {"words": ["签约"], "op": "?"}, {"words": ["落户"]},
    ...                           {"class": ["Place"], "slot": "b"}]}])
    >>> things = [Thing(0, 4, ("Enterprise",)), Thing(5, 9, ("Enterprise",)), Thing(13, 16, ("Place",))]
    >>> [(h.pattern.name, h.slots["a"], h.slots["b"]) for h in m.matches("星澜科技、墨川网络签约落户青禾区", things)]
    [('located', [0, 1], [2])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .masks import _ALL, _BASE, _CLASS_BIT, _HOME_BIT, _MASK_CHARS, ANY_THING, Thing, _mask_char, _masked, \
    _plain_mask_char, _positions, mask  # noqa: F401 (Thing, mask and the mask characters: the matcher's API)
from .model import CLASSES

try:    # which trigger words a sentence holds, in one pass (Matcher.matches)
    from ahocorasick_rs import AhoCorasick as _AhoCorasick
except ImportError:     # pragma: no cover - a regex search per word instead
    _AhoCorasick = None
from .notions import ALTERNATIVES, CLAUSE_PUNCT, CLOSE_QUOTES, OPEN_QUOTES
from .notions import LIST_JOINERS as _LIST_JOINERS


def word_automaton(words):
    """An Aho-Corasick automaton over ``words`` (ahocorasick-rs: which of them a text
    holds, in one pass), or None when there are no words or the library is missing
    (callers then search word by word)."""
    words = list(words)
    return _AhoCorasick(words) if words and _AhoCorasick is not None else None


# what may stand between the items of a list of things (kg/data/notions.toml)
LIST_JOINERS = (*_LIST_JOINERS, *ALTERNATIVES)
_QUOTES = OPEN_QUOTES + CLOSE_QUOTES + '"'
ELEMENT_KEYS = {"class", "slot", "list", "chain", "home", "words", "gap", "through", "regex", "phrase",
                "start", "op"}
PATTERN_KEYS = {"name", "relation", "subject", "object", "pattern", "confidence", "note"}


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message names the pattern and the fault."""


@dataclass
class Pattern:
    name: str
    relation: str
    subject: str
    object: str
    elements: list[dict]
    confidence: float = 0.8
    phrases: dict[str, str] = field(default_factory=dict, repr=False)
    source: str = field(init=False, repr=False)          # the regex, before it is compiled
    slots: dict[str, frozenset[str]] = field(init=False, repr=False)
    chains: set[str] = field(init=False, repr=False)      # slots that keep only their last thing
    # what a masked sentence must hold for the regex to match in it: for each
    # element that must match, one of its mask characters or one of its words
    needs_chars: list[frozenset[str]] = field(init=False, repr=False)
    needs_words: list[tuple[str, ...]] = field(init=False, repr=False)
    _regex: re.Pattern | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.slots, self.chains = {}, set()
        parts = [_compile(self, e, self.slots) for e in self.elements]
        self.needs_chars, self.needs_words = [], []
        for e in self.elements:
            if e.get("op", "") not in ("", "+"):
                continue                # optional: the regex may match without it
            if "class" in e or e.get("home"):
                classes = e["class"] if "class" in e else list(CLASSES)
                self.needs_chars.append(_class_chars(frozenset(classes), bool(e.get("home"))))
            elif "words" in e and e["words"] and all(e["words"]):
                self.needs_words.append(tuple(e["words"]))
        self.chains = {e["slot"] for e in self.elements if e.get("chain") and "slot" in e}
        for end in (*self.ends(self.subject), *self.ends(self.object)):
            if not end.startswith("@") and end not in self.slots:
                raise PatternError(f"pattern {self.name!r}: no element has slot {end!r}")
        self.source = "".join(parts)

    @property
    def regex(self) -> re.Pattern:
        """The compiled regex, compiled where the pattern is first tried: compiling
        them all took a process 0.14 s, and a process that reads a few documents
        (a one-document rebuild) tries only the patterns whose needs they meet."""
        if self._regex is None:
            self._regex = re.compile(self.source)
        return self._regex

    @staticmethod
    def ends(end: str | list[str]) -> list[str]:
        """The slot names (or @-ends) an end is made of."""
        return [end] if isinstance(end, str) else list(end)


@dataclass
class Match:
    pattern: Pattern
    start: int                        # character offsets into the sentence
    end: int
    slots: dict[str, list[int]]       # slot -> indices into the things given
    # a chain slot's whole run of things side by side, the last of which ``slots`` keeps
    chained: dict[str, list[int]] = field(default_factory=dict)


@lru_cache(maxsize=None)
def _class_chars(classes: frozenset[str], home: bool = False) -> frozenset[str]:
    """Every mask character having one of ``classes`` (and the home mark, when ``home``)."""
    want = 0
    for c in classes:
        if c not in _CLASS_BIT:
            raise PatternError(f"unknown class {c!r} (one of {', '.join(CLASSES)})")
        want |= _CLASS_BIT[c]
    return frozenset(chr(_BASE + bits) for bits in range(1, _ALL)
                     if bits & want and (bits & _HOME_BIT or not home))


@lru_cache(maxsize=None)
def _class_set(classes: frozenset[str], home: bool = False) -> str:
    """A regex character class of `_class_chars`."""
    return "[" + "".join(_ranges(sorted(map(ord, _class_chars(classes, home))))) + "]"


def _ranges(codes: list[int]) -> list[str]:
    """The characters of ``codes`` (ascending) as a character class's items, a run of
    three or more as a range: the same class, and patterns full of classes (every
    relation pattern) compile in a fraction of the time a character each took."""
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{chr(codes[i])}-{chr(codes[j])}")
        else:
            out.extend(map(chr, codes[i:j + 1]))
        i = j + 1
    return out


# items are joined by a joiner, or stand quoted side by side (“A”“B”)
_JOIN = "(?:" + "|".join(map(re.escape, LIST_JOINERS)) + "|(?<=[”’」』》\"])(?=[“‘「『《\"]))"
# At most a few quotation marks around a name (《“A”》): an unbounded run made
# every match attempt in a long run of quotes scan to its end (quadratic).
_QUOTE = "[" + re.escape(_QUOTES) + "]{0,3}"
_OPS = {"": "", "?": "?", "*": "*", "+": "+"}
# the word a track's name may be followed by inside a list of tracks only
_TRACK_TAIL = "(?:产业|行业)?"


def _compile(p: Pattern, e: dict, slots: dict[str, frozenset[str]]) -> str:
    unknown = set(e) - ELEMENT_KEYS
    if unknown:
        raise PatternError(f"pattern {p.name!r}: unknown key {sorted(unknown)[0]!r} in {e}")
    op = e.get("op", "")
    if op not in _OPS:
        raise PatternError(f"pattern {p.name!r}: op must be one of ?, *, + (got {op!r})")
    if e.get("home") and "class" not in e:
        e = {**e, "class": list(CLASSES)}
    if "class" in e:
        cls = _class_set(frozenset(e["class"]), bool(e.get("home")))
        one = _QUOTE + cls + _QUOTE
        if e.get("list") and list(e["class"]) == ["IndustryTrack"]:
            one += _TRACK_TAIL      # 重点发展临空产业、现代金融: an item may keep its 产业
        body = f"{one}(?:{_JOIN}{one})*" if e.get("list") else f"(?:{one})+" if e.get("chain") else one
        if "slot" in e:
            if e["slot"] in slots:      # (the regex, compiled when first tried, could not name both)
                raise PatternError(f"pattern {p.name!r}: two elements have slot {e['slot']!r}")
            slots[e["slot"]] = frozenset(e["class"])
            if op not in ("", "?"):
                raise PatternError(f"pattern {p.name!r}: a slot may be optional (op \"?\") but not {op!r}")
            return f"(?P<{e['slot']}>{body}){op}"
    elif "words" in e:
        words = sorted(e["words"], key=len, reverse=True)
        body = "(?:" + "|".join(map(re.escape, words)) + ")"
    elif "gap" in e:
        stops = "".join(ch for ch in CLAUSE_PUNCT if ch not in e.get("through", ""))
        body = f"[^{re.escape(stops)}{ANY_THING[1:-1]}]{{0,{int(e['gap'])}}}"
    elif "regex" in e:
        try:
            _check(e["regex"])
        except re.error as err:
            raise PatternError(f"pattern {p.name!r}: bad regex {e['regex']!r}: {err}") from None
        body = "(?:" + e["regex"] + ")"
    elif "phrase" in e:
        if e["phrase"] not in p.phrases:
            known = ", ".join(sorted(p.phrases)) or "none"
            raise PatternError(f"pattern {p.name!r}: unknown phrase {e['phrase']!r} (known: {known})")
        body = "(?:" + p.phrases[e["phrase"]] + ")"
    elif e.get("start"):
        body = f"(?:^|(?<=[{re.escape(CLAUSE_PUNCT)}]))"
    else:
        raise PatternError(f"pattern {p.name!r}: an element needs class, words, gap, regex or start: {e}")
    return f"(?:{body}){_OPS[op]}" if op else body


def _check(pattern: str) -> None:
    """Raise re.error if ``pattern`` is no regex. It is parsed, not compiled: compiled
    alone it is never used (a pattern's whole regex is), and compiling the pieces took
    a process 0.02 s. (What only the compiler finds, a look-behind of varying width,
    raises where the pattern is first tried; tests/test_matcher.py compiles them all.)"""
    import re._parser
    re._parser.parse(pattern)


class _Words:
    """Which of some words occur in a text, overlapping or not: the OR of the
    bits of every word that occurs (an Aho-Corasick automaton, or one substring
    test per word where ahocorasick-rs is not installed: a regex per word cost
    a process 0.02 s to compile, for a path the automaton never takes)."""

    def __init__(self, words: list[str], bits: list[int]):
        self.words, self.word_bits = words, bits
        self.automaton = word_automaton(words)

    def bits(self, text: str) -> int:
        met = 0
        if self.automaton is not None:
            for i, _, _ in self.automaton.find_matches_as_indexes(text, overlapping=True):
                met |= self.word_bits[i]
            return met
        return self.slow_bits(text)

    def slow_bits(self, text: str) -> int:
        met = 0
        for w, b in zip(self.words, self.word_bits):
            if w in text:
                met |= b
        return met


class Matcher:
    """Compiled patterns; ``matches`` finds them in one sentence."""

    def __init__(self, patterns: list[dict], asides: list[str] = (), phrases: dict[str, str] | None = None):
        self.phrases = dict(phrases or {})
        for name, rx in self.phrases.items():
            try:
                _check(rx)
            except re.error as err:
                raise PatternError(f"phrase {name!r}: bad regex {rx!r}: {err}") from None
        self.patterns = [self._pattern(raw) for raw in patterns]
        self.asides = [re.compile(a) for a in asides]
        self._plan: tuple | None = None

    def _needs(self) -> tuple:
        """(bits of each mask character, a word automaton and each word's bits,
        one bit mask per pattern): each distinct need of the patterns
        (Pattern.needs_chars, needs_words) has a bit; a pattern is tried where
        all its needs' bits are met. Made again when the patterns change."""
        # (asked in every sentence: a list compares its items by identity first, in C)
        if self._plan is None or self._plan[0] != self.patterns:
            key = list(self.patterns)
            bits: dict = {}
            masks = []
            for p in self.patterns:
                m = 0
                for need in [("c", n) for n in p.needs_chars] + [("w", n) for n in p.needs_words]:
                    m |= 1 << bits.setdefault(need, len(bits))
                masks.append(m)
            char_bits: dict[str, int] = {}
            word_bits: dict[str, int] = {}
            for (kind, need), b in bits.items():
                for x in need:
                    table = char_bits if kind == "c" else word_bits
                    table[x] = table.get(x, 0) | 1 << b
            words = list(word_bits)
            self._plan = (key, char_bits, _Words(words, [word_bits[w] for w in words]), masks, {})
        return self._plan

    def _tried(self, plan: tuple, met: int) -> list[Pattern]:
        """The patterns all of whose needs ``met`` meets, in order (kept per ``met``)."""
        _, _, _, masks, tried = plan
        out = tried.get(met)
        if out is None:
            out = tried[met] = [p for p, m in zip(self.patterns, masks) if not m & ~met]
        return out

    def _pattern(self, raw: dict) -> Pattern:
        name = raw.get("name", "?")
        unknown = set(raw) - PATTERN_KEYS
        if unknown:
            raise PatternError(f"pattern {name!r}: unknown key {sorted(unknown)[0]!r}")
        missing = {"name", "relation", "subject", "object", "pattern"} - set(raw)
        if missing:
            raise PatternError(f"pattern {name!r}: missing {sorted(missing)[0]!r}")
        return Pattern(raw["name"], raw["relation"], raw["subject"], raw["object"],
                       list(raw["pattern"]), float(raw.get("confidence", 0.8)), self.phrases)

    def matches(self, text: str, things: list[Thing]) -> list[Match]:
        spans = [mt.span() for a in self.asides for mt in a.finditer(text)]
        # (the positions of the masked text only where a pattern matches: most sentences have none)
        masked, kept, skip = _masked(text, things, spans)
        who = where = None
        # a pattern an element of which cannot match anywhere is not tried
        plan = self._needs()
        _, char_bits, words, _, _ = plan
        met = words.bits(masked)
        for ch in set(_MASK_CHARS.findall(masked)):     # (no other character has bits)
            met |= char_bits.get(ch, 0)
        out = []
        for p in self._tried(plan, met):
            for mt in p.regex.finditer(masked):
                if where is None:
                    who, where = _positions(text, kept, skip)
                slots, chained = {}, {}
                for name, classes in p.slots.items():
                    a, b = mt.span(name)
                    slots[name] = [who[k] for k in range(a, b) if who[k] >= 0
                                   and classes & set(things[who[k]].classes)] if a >= 0 else []
                    if name in p.chains:
                        chained[name], slots[name] = slots[name], slots[name][-1:]
                out.append(Match(p, where[mt.start()], where[mt.end()], slots, chained))
        return out
