"""Visual lines of a page and the newspaper columns among them.

kg.page_furniture cuts a text into ``Line``s and asks ``mark_columns`` which of
them are column lines: narrow lines of one width, broken wherever the column
ends, words and numbers included. Column text comes in two shapes:

- every line alone between blank lines (pages whose lines were copied one
  paragraph each);
- runs of consecutive lines (pages copied as they are set), paragraphs
  starting with an indent.

Widths are measured from the text, around each line, because one page mixes
columns of different widths. Thresholds are in kg/data/normalise.toml
[columns].
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from functools import cache
from statistics import median

from kg.sentences import load_patterns


@dataclass
class Line:
    text: str            # cleaned, no markdown, no debris, single spaces
    width: float         # visual width: CJK 1, ASCII 0.5
    indented: bool       # the raw line started with whitespace
    opens_block: bool    # a blank line (or the start of the text) is above it
    closes_block: bool   # a blank line (or the end of the text) is below it
    heading: bool        # a markdown heading
    first: bool = False  # the first line of the document
    column: bool = False
    column_width: float = 0.0
    opens: bool = False  # the indented first line of a paragraph in a column
    marked: int = 0      # markdown marks removed from it (** around bold text)

    @property
    def alone(self) -> bool:
        return self.opens_block and self.closes_block


def width(text: str) -> float:
    """Visual width: 0.5 for an ASCII character, 1 for any other.

    >>> width("青禾ab"), width("")
    (3.0, 0)
    """
    if not text:
        return 0
    # the sum of halves and ones is exact in floating point, in any order
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


@dataclass(frozen=True)
class _Params:
    """kg/data/normalise.toml [columns], and the marks that end a sentence."""
    terminal: str
    closers: str
    max_column_width: float
    min_column_width: float
    min_run: int
    min_dense_run: int
    min_full: int
    window: int
    over: float
    tolerance: float
    full_share: float
    broken_share: float
    prose_marks: str


@cache
def _params() -> _Params:
    layout = load_patterns("layout")
    return _Params(layout["terminal"], layout["closers"], **load_patterns("columns"))


def ends(text: str, closers: str | None = None) -> str:
    """The last character before any closing quotes or brackets."""
    closers = _params().closers if closers is None else closers
    return (text.rstrip(closers) or text)[-1]


def mark_columns(lines: list[Line]) -> None:
    """Set ``column``, ``column_width`` and ``opens`` of the column lines."""
    p = _params()
    for run in _runs(lines, [line.alone and not line.indented and not line.heading
                             and line.width <= p.max_column_width for line in lines]):
        if len(run) >= p.min_run:
            _mark(run, p)
    # Set text: lines in blocks of several, a blank line now and then where
    # the page breaks or a paragraph ends, and maybe one line alone between.
    def narrow(i: int) -> bool:
        return 0 <= i < len(lines) and not lines[i].heading \
            and lines[i].width <= p.max_column_width

    def set_line(i: int) -> bool:
        return narrow(i) and (not lines[i].alone or all(
            narrow(j) and not lines[j].alone for j in (i - 1, i + 1)))

    for run in _runs(lines, [set_line(i) for i in range(len(lines))]):
        if len(run) >= p.min_dense_run:
            _mark_set(run, p)


def _mark_set(run: list[Line], p: _Params) -> None:
    # Indents mark paragraphs only where some lines have them, not where the
    # whole page is shifted right.
    if sum(line.indented for line in run) > len(run) / 2:
        for line in run:
            line.indented = False
    w = _set_width(run, p)
    if w is None:
        return
    for before, line in zip([None] + run, run):
        line.column_width = w
        line.column = line.width <= w + p.over
        after_sentence = before is not None and ends(before.text, p.closers) in p.terminal
        line.opens = line.column and (line.indented or (line.opens_block and after_sentence))


def _mark(run: list[Line], p: _Params) -> None:
    """Column width, where each line stands alone: the common width of the
    lines near the line, as one page mixes columns of different widths; a
    line much wider than that (a title over the columns) is no column line."""
    inner = [_is_inner(line, p) for line in run]     # (asked of every line in 2 * window + 1 windows)
    for i, member in enumerate(run):
        a, b = max(0, i - p.window), i + p.window + 1
        near = run[a:b]
        member.column_width = _common_width([x for x, y in zip(near, inner[a:b]) if y] or near, p)[0]
        member.column = member.width <= member.column_width + p.over


def _inner(lines: list[Line], p: _Params) -> list[Line]:
    """The lines inside paragraphs: neither indented nor ending a sentence."""
    return [line for line in lines if _is_inner(line, p)]


def _is_inner(line: Line, p: _Params) -> bool:
    return not line.indented and ends(line.text, p.closers) not in p.terminal


def _common_width(lines: list[Line], p: _Params) -> tuple[float, list[Line]]:
    """The width most of ``lines`` share (the median of the largest group
    within ``tolerance`` of one another; of equal groups the widest, as
    titles and headings are narrower than the column), and that group."""
    ranked = sorted(lines, key=_width)
    widths = [line.width for line in ranked]
    # (the largest group, the widest of equal ones: by (size, start), compared as tuples)
    _, start, end = max((b - a, a, b) for a, b in
                        ((bisect_left(widths, w - p.tolerance), bisect_right(widths, w + p.tolerance))
                         for w in widths))
    return median(widths[start:end]), ranked[start:end]


_width = attrgetter("width")


def _runs(lines: list[Line], member: list[bool]) -> list[list[Line]]:
    """The maximal runs of consecutive lines that are members."""
    runs: list[list[Line]] = [[]]
    for line, is_member in zip(lines, member):
        if is_member:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _set_width(run: list[Line], p: _Params) -> float | None:
    """The column width, if this run of lines is running text set in a
    column; else None.

    Lines inside a paragraph (not indented, not ending a sentence) mostly
    have the column's width; many lines stop mid-word; and the text has
    clause marks. A list of short items or of one-line sentences has none of
    this.
    """
    inner = _inner(run, p)
    if not inner:
        return None
    # Short lines without clause marks among them are headings and bylines.
    w, full = _common_width(inner, p)
    text = [line for line in inner if line.width >= w - p.tolerance
            or any(mark in line.text for mark in p.prose_marks)]
    # No line is much wider than the column, bar a title over it: the lines
    # of a page already one paragraph each differ widely.
    wide = sum(line.width > w + p.over for line in run)
    broken = sum(line.text[-1].isalnum() for line in run)
    prose = any(mark in line.text for line in full for mark in p.prose_marks)
    wrapped = (prose and w >= p.min_column_width and wide <= 1
               and len(full) >= p.min_full and len(full) >= p.full_share * len(text)
               and broken >= p.broken_share * len(run))
    return w if wrapped else None
