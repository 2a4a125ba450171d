"""Split normalised text into sentences with character offsets.

A sentence ends at 。！？； (with any closing quotes or brackets that follow,
so ``…”。`` and ``…。”`` stay whole), at ASCII ``!?;`` when CJK follows, and
at an ellipsis ``……`` when CJK follows (``…推进建设……新拱墅成立以来`` is two
sentences), and at the end of a line: each line of normalised text is one
paragraph.

>>> [s.text for s in split_sentences("d", "他说：“好！”然后走了。\\n第二段")]
['他说：“好！”然后走了。', '第二段']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.model import Sentence
from kg.schema import load

ELLIPSIS = "……"


@cache
def load_patterns(section: str) -> dict:
    """One table of kg/data/normalise.toml (read once)."""
    return load("normalise.toml")[section]


@dataclass(frozen=True)
class _Rules:
    terminators: str
    ascii_terminators: str
    closers: str
    openers: dict[str, str]          # opening quote -> its closing quote
    short_quote: int
    cjk: re.Pattern
    marks: re.Pattern                # where a sentence may end: a terminator or an ellipsis
    quote_marks: re.Pattern          # an opening or a closing quote


@cache
def _rules() -> _Rules:
    t = load_patterns("sentences")
    openers = {q[0]: q[1] for q in t["quotes"]}
    return _Rules(t["terminators"], t["ascii_terminators"], t["closers"],
                  openers, t["short_quote"], re.compile(t["cjk"]),
                  re.compile(re.escape(ELLIPSIS) + "|[" + re.escape(t["terminators"] + t["ascii_terminators"]) + "]"),
                  re.compile("[" + re.escape("".join(openers) + "".join(openers.values())) + "]"))


def split_sentences(doc_id: str, text: str, spans_of=None) -> list[Sentence]:
    """Sentences of ``text``, numbered from 0, offsets into ``text``.

    Blank lines are skipped; ``paragraph`` counts the non-blank lines.

    >>> s = split_sentences("d", "一。二！\\n三")
    >>> [(x.text, x.start, x.end, x.paragraph) for x in s]
    [('一。', 0, 2, 0), ('二！', 2, 4, 0), ('三', 5, 6, 1)]

    ``spans_of`` is ``sentence_spans`` or a function that gives the same (one
    that remembers the lines it was asked about).
    """
    spans_of = spans_of or sentence_spans
    sentences: list[Sentence] = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        spans = spans_of(line)
        for start, end in spans:
            sentences.append(Sentence(doc_id, len(sentences), offset + start,
                                      offset + end, line[start:end], paragraph))
        if spans:
            paragraph += 1
        offset += len(line) + 1
    return sentences


def sentence_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one line, whitespace stripped.

    >>> sentence_spans(" 甲。 乙? 丙")
    [(1, 3), (4, 6), (7, 8)]
    """
    rules = _rules()
    quotes = _quote_spans(line, rules)
    cuts = [0]
    i = 0
    marks = rules.marks
    while i < len(line):
        # the characters before the next terminator or ellipsis cut nothing
        found = marks.search(line, i)
        if found is None:
            break
        i = found.start()
        ch = line[i]
        if line.startswith(ELLIPSIS, i):
            # a mid-line ellipsis before a new clause ends the sentence; one
            # before punctuation or a closing quote (“……”，) does not
            end = i + len(ELLIPSIS)
            while end < len(line) and line[end] == ELLIPSIS[0]:
                end += 1
            if end < len(line) and rules.cjk.match(line[end]) and _may_cut(line, i, end, quotes, rules):
                cuts.append(end)
            i = end
            continue
        if ch not in rules.terminators and ch not in rules.ascii_terminators:
            i += 1
            continue
        # Take the whole run of marks and closers ("！”。"); whether it ends
        # the sentence is up to its last mark, which may be outside a quote.
        last = end = i + 1
        while end < len(line) and (line[end] in rules.terminators
                                   or line[end] in rules.ascii_terminators
                                   or line[end] in rules.closers):
            end += 1
            if line[end - 1] not in rules.closers:
                last = end
        if _may_cut(line, last - 1, end, quotes, rules):
            cuts.append(end)
        i = end
    cuts.append(len(line))
    spans = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _may_cut(line: str, mark: int, end: int, quotes: list[tuple[int, int]],
             rules: _Rules) -> bool:
    """May the sentence end after line[mark:end] (a terminator run)?"""
    if line[mark] in rules.ascii_terminators:
        # "1.5?" or "A; B" in Latin text are not Chinese sentence ends.
        rest = line[end:].lstrip()
        if rest and not rules.cjk.match(rest):
            return False
    for start, stop in quotes:
        if start < mark < stop:
            inner = line[start:stop]
            # A short quoted phrase (“开年即冲刺！首季即决战”) is one unit of the
            # sentence around it; a quoted passage with full stops is not.
            if len(inner) < rules.short_quote and "。" not in inner:
                return False
    return True


def _quote_spans(line: str, rules: _Rules) -> list[tuple[int, int]]:
    """(open, close + 1) of each quotation; an unclosed one runs to the end."""
    spans = []
    stack: list[tuple[int, str]] = []
    for found in rules.quote_marks.finditer(line):    # no other character counts
        i, ch = found.start(), found.group()
        if ch in rules.openers:
            stack.append((i, rules.openers[ch]))
        elif stack and ch == stack[-1][1]:
            spans.append((stack.pop()[0], i + 1))
    spans.extend((start, len(line)) for start, _ in stack)
    return spans
