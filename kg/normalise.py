"""Normalise decoded text: one clean paragraph per line.

``normalise(text) == drop_repeats(repair(text))``:

- ``repair`` removes zero-width characters and odd spaces, markdown marks and
  layout debris (page-turn markers, page headers), rejoins words and
  sentences broken across lines (newspaper columns put every ~13-character
  line between blank lines; other pages break paragraphs mid-sentence), and
  repairs numbers split by a space (``38 .3%``).
- ``drop_repeats`` drops runs of sentences the document already said.

Every pattern comes from kg/data/normalise.toml.

>>> normalise("拱墅通过出台两轮助企纾\\n\\n困累进政策，今年累计为企业\\n\\n"
...           "减负降本85.5亿元，兑付政府\\n\\n补助补贴资金10.3亿元，落实\\n\\n"
...           "增值税留抵退税56.9亿元，市\\n\\n场主体实现正增长，失业率保\\n\\n"
...           "持在较低水平。\\n\\n（下转7版）")
'拱墅通过出台两轮助企纾困累进政策，今年累计为企业减负降本85.5亿元，兑付政府补助补贴资金10.3亿元，落实增值税留抵退税56.9亿元，市场主体实现正增长，失业率保持在较低水平。'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from statistics import median

from kg.model import Document, RawDocument
from kg.sentences import load_patterns, sentence_spans, split_sentences


def to_document(raw: RawDocument) -> Document:
    """Normalise a read file and split it into sentences."""
    text = normalise(raw.text)
    return Document(raw.doc_id, text, split_sentences(raw.doc_id, text),
                    raw.encoding, raw.title, raw.date, raw.kind, raw.path)


def normalise(text: str) -> str:
    """Clean text, one paragraph per line, no blank lines, no repeated passages."""
    return drop_repeats(repair(text))


def repair(text: str) -> str:
    """Everything ``normalise`` does except dropping repeated passages.

    >>> repair("# 标题\\n\\n增长38 .3%，下降1. 9%，共1 196.1亿元。")
    '标题\\n增长38.3%，下降1.9%，共1196.1亿元。'
    """
    text = _clean_characters(text)
    paragraphs = _join_lines(_visual_lines(text))
    repaired = (_repair_numbers(p) for p in paragraphs)
    return "\n".join(p for p in repaired if p)


def drop_repeats(text: str) -> str:
    """Drop sentence runs (> min_chars) that already appeared in ``text``.

    No sentence is lost: only sentences that occur earlier are dropped, and a
    paragraph whose remaining sentences would not split the same way again
    is kept whole.

    >>> a, b = "甲说了一句很长很长很长很长的话。", "乙也说了一句很长很长很长很长的话。"
    >>> drop_repeats(f"{a}{b}\\n丙开头不同。{b}\\n{a}{b}") == f"{a}{b}\\n丙开头不同。"
    True
    """
    min_chars = load_patterns("repeats")["min_chars"]
    seen: set[str] = set()
    kept_paragraphs = []
    for paragraph in text.split("\n"):
        spans = sentence_spans(paragraph)
        pieces = [paragraph[s:e] for s, e in spans]
        repeated = []
        for piece in pieces:
            repeated.append(piece in seen)
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


# ---------------------------------------------------------------- characters

@dataclass(frozen=True)
class _Chars:
    remove: re.Pattern
    space: re.Pattern
    tight: tuple[re.Pattern, ...]
    heading: re.Pattern
    markdown: re.Pattern
    inline_debris: tuple[re.Pattern, ...]
    line_debris: tuple[re.Pattern, ...]
    numbers: tuple[tuple[re.Pattern, str], ...]


@cache
def _chars() -> _Chars:
    c, md, debris, num = (load_patterns(s) for s in
                          ("characters", "markdown", "debris", "numbers"))
    units = re.escape(num["units"])
    return _Chars(
        re.compile(c["remove"]), re.compile(c["space"]),
        tuple(re.compile(p) for p in c["tight"]),
        re.compile(md["heading"]), re.compile(md["remove"]),
        tuple(re.compile(p) for p in debris["inline"]),
        tuple(re.compile(p) for p in debris["line"]),
        tuple((re.compile(r["pattern"].replace("{units}", units)), r["replace"])
              for r in num["repairs"]))


def _clean_characters(text: str) -> str:
    c = _chars()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return c.space.sub(" ", c.remove.sub("", text))


def _repair_numbers(paragraph: str) -> str:
    for pattern, replace in _chars().numbers:
        paragraph = pattern.sub(replace, paragraph)
    return paragraph


# --------------------------------------------------------------------- lines

@dataclass
class _Line:
    text: str           # cleaned, no markdown, no debris, single spaces
    width: float        # visual width: CJK 1, ASCII 0.5
    indented: bool      # the raw line started with whitespace
    alone: bool         # the raw line stood between blank lines
    heading: bool       # a markdown heading
    column: bool = False
    column_width: float = 0.0


def _visual_lines(text: str) -> list[_Line]:
    """The non-blank, non-debris lines of ``text``, cleaned."""
    c = _chars()
    lines = []
    for block in re.split(r"\n\s*\n", text):
        raw_lines = [r for r in block.split("\n") if r.strip()]
        for raw in raw_lines:
            line = raw
            for pattern in c.inline_debris:
                line = pattern.sub("", line)
            heading = bool(c.heading.match(line.strip()))
            line = c.markdown.sub("", c.heading.sub("", line.strip()))
            line = re.sub(" +", " ", line).strip()
            for pattern in c.tight:
                line = pattern.sub("", line)
            if not line or any(p.match(line) for p in c.line_debris):
                continue
            lines.append(_Line(line, _width(line), raw[0].isspace(),
                               len(raw_lines) == 1, heading))
    return lines


def _width(line: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in line)


# ---------------------------------------------------------------- paragraphs

@dataclass(frozen=True)
class _Layout:
    terminal: str
    closers: str
    dangling: str
    sentence_marks: str
    heading_width: float
    fragment_start: re.Pattern
    paragraph_start: tuple[re.Pattern, ...]
    heading_start: tuple[re.Pattern, ...]
    max_column_width: float
    min_run: int
    window: int
    over: float
    short: float
    indent: float
    heading_gap: float


@cache
def _layout() -> _Layout:
    t = load_patterns("layout")
    return _Layout(
        t["terminal"], t["closers"], t["dangling"], t["sentence_marks"],
        t["heading_width"], re.compile(t["fragment_start"]),
        tuple(re.compile(p) for p in t["paragraph_start"]),
        tuple(re.compile(p) for p in t["heading_start"]),
        t["max_column_width"], t["min_run"], t["window"], t["over"],
        t["short"], t["indent"], t["heading_gap"])


def _join_lines(lines: list[_Line]) -> list[str]:
    """Join visual lines into paragraphs."""
    layout = _layout()
    _mark_columns(lines, layout)
    paragraphs: list[list[_Line]] = []
    for line in lines:
        if paragraphs and _continues(paragraphs[-1], line, layout):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return ["".join(line.text for line in p) for p in paragraphs]


def _mark_columns(lines: list[_Line], layout: _Layout) -> None:
    """Mark newspaper column lines and the column width around each.

    Column text is a long run of lines alone between blank lines, each as
    wide as the column (paragraph ends and indented paragraph starts are
    narrower). The width changes from block to block on one page, so it is
    taken locally: the median width of the run's lines near the line.
    """
    run: list[_Line] = []
    for line in lines + [None]:
        if line is not None and line.alone and not line.indented \
                and not line.heading and line.width <= layout.max_column_width:
            run.append(line)
            continue
        if len(run) >= layout.min_run:
            for i, member in enumerate(run):
                near = run[max(0, i - layout.window):i + layout.window + 1]
                member.column_width = median(m.width for m in near)
                member.column = member.width <= member.column_width + layout.over
        run = []


def _continues(paragraph: list[_Line], b: _Line, layout: _Layout) -> bool:
    """Does line ``b`` continue the paragraph made so far?"""
    a = paragraph[-1]
    if a.heading or b.heading:
        return False
    terminal = _ends(a.text, layout) in layout.terminal
    if a.column and b.column:
        w = a.column_width
        if terminal:
            if any(p.match(paragraph[0].text) for p in layout.heading_start):
                return False
            # A full line may end in 。 by chance in mid-paragraph; the
            # paragraph ends only if the line stops short or the next is
            # indented.
            return not (a.width < w - layout.short or b.width < w - layout.indent)
        # A full line without a mark breaks a word; a short one is a heading.
        return a.width >= w - layout.heading_gap
    # Outside columns a blank line usually ends a paragraph, but page and
    # column breaks also cut paragraphs mid-sentence, even mid-word.
    if terminal:
        return False
    if _ends(a.text, layout) in layout.dangling or layout.fragment_start.match(b.text):
        return True
    if any(p.match(b.text) for p in layout.paragraph_start):
        return False
    return not (_heading_like(a, layout) or _heading_like(b, layout))


def _ends(text: str, layout: _Layout) -> str:
    """The last character before any closing quotes or brackets."""
    return (text.rstrip(layout.closers) or text)[-1]


def _heading_like(line: _Line, layout: _Layout) -> bool:
    """Short and without sentence punctuation: a title, not running text."""
    return line.width <= layout.heading_width and not any(
        ch in layout.sentence_marks for ch in line.text)
