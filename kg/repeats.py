"""Drop the passages a document repeats: runs of sentences it already said.

A stage of its own after kg/normalise.py's ``repair`` (kg.normalise.normalise
and to_document call it): a page's text, repaired, often says a passage twice
(an answer repeating its question, a summary its paragraph); the second time
adds nothing and would count its facts twice. Only runs longer than
kg/data/normalise.toml [repeats] min_chars are dropped, and a card's field line
is kept however often it repeats.
"""
from __future__ import annotations

import re
from functools import cache

from kg.sentences import load_patterns, sentence_spans


def drop_repeats(text: str) -> str:
    """Drop sentence runs (> min_chars) that already appeared in ``text``.

    No sentence is lost: only sentences that occur earlier are dropped, and a
    paragraph whose remaining sentences would not split the same way again
    is kept whole.

    >>> a, b = "甲说了一句很长很长很长很长的话。", "乙也说了一句很长很长很长很长的话。"
    >>> drop_repeats(f"{a}{b}\\n丙开头不同。{b}\\n{a}{b}") == f"{a}{b}\\n丙开头不同。"
    True
    """
    return _drop_repeats(text, sentence_spans)


class _Spans(dict):
    """``sentence_spans``, remembering the lines of one document."""

    def __call__(self, line: str) -> list[tuple[int, int]]:
        spans = self.get(line)
        if spans is None:
            spans = self[line] = sentence_spans(line)
        return spans


def _drop_repeats(text: str, sentence_spans) -> str:
    min_chars = load_patterns("repeats")["min_chars"]
    field = _field_line()
    seen: set[str] = set()
    kept_paragraphs = []
    for paragraph in text.split("\n"):
        spans = sentence_spans(paragraph)
        pieces = [paragraph[s:e] for s, e in spans]
        repeated = []
        card = len(pieces) == 1 and bool(field.match(paragraph))    # (a card's field line)
        for piece in pieces:
            repeated.append(piece in seen and not card)
            seen.add(piece)
        drop = _long_runs(pieces, repeated, min_chars)
        kept = [p for p, d in zip(pieces, drop) if not d]
        # Cut at sentence starts so the text between sentences stays with them.
        starts = [s for s, _ in spans] + [len(paragraph)]
        result = "".join(paragraph[a:b] for (a, b), d
                         in zip(zip(starts, starts[1:]), drop) if not d).strip()
        if [result[s:e] for s, e in sentence_spans(result)] != kept:
            result = paragraph        # removal would merge or split sentences
        if result:
            kept_paragraphs.append(result)
    return "\n".join(kept_paragraphs)


@cache
def _field_line() -> re.Pattern:
    """A paragraph that is one field line of a card, kept however often it repeats."""
    return re.compile(load_patterns("repeats").get("field_line", "(?!)"))


def _long_runs(pieces: list[str], repeated: list[bool], min_chars: int) -> list[bool]:
    """Mark the maximal runs of repeated pieces longer than min_chars."""
    drop = [False] * len(pieces)
    i = 0
    while i < len(pieces):
        if not repeated[i]:
            i += 1
            continue
        j = i
        while j < len(pieces) and repeated[j]:
            j += 1
        if sum(len(p) for p in pieces[i:j]) > min_chars:
            drop[i:j] = [True] * (j - i)
        i = j
    return drop
