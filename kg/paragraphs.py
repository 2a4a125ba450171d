"""Paragraphs from the visual lines of a page: which line goes on into the next.

kg.page_furniture cuts a text into ``Line``s (kg/columns.py marks the newspaper
columns among them) and ``join_lines`` joins them into paragraphs:

- in columns, a line goes on unless it ends a sentence and stops short (or
  the next is indented), or it is a heading: it had room for the next line's
  first word, or it is wider than the column;
- in hard-wrapped text outside columns (most lines exactly as wide), a line
  as wide as the wrap goes on;
- elsewhere a line goes on when it stops mid-sentence and neither it nor the
  next looks like a title, heading, list item or speaker's turn.

Every threshold and pattern is in kg/data/normalise.toml [layout].
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.columns import Line, ends, mark_columns, width
from kg.segment import dictionary_tag
from kg.sentences import load_patterns


@dataclass(frozen=True)
class _Layout:
    terminal: str
    closers: str
    dangling: str
    sentence_marks: str
    clause_marks: str
    first_line_marks: str
    label_marks: str
    heading_width: float
    title_width: float
    title_gap: float
    fragment_start: re.Pattern
    number_break: re.Pattern
    # each list of patterns as one (any of them: asked of every line)
    paragraph_start: re.Pattern
    heading_start: re.Pattern
    paragraph_end: re.Pattern
    always_start: re.Pattern
    item_start: re.Pattern
    field_start: re.Pattern
    table_row: re.Pattern
    short: float
    indent: float
    heading_gap: float
    over: float
    no_line_start: str = ""
    first_indent: float = 2.0
    fit_slack: float = 1.0
    hang: float = 1.5
    wrap_min_lines: int = 0
    wrap_share: float = 1.0
    wrap_min_width: float = 0.0
    wrap_wider_share: float = 1.0


@cache
def _layout() -> _Layout:
    t = dict(load_patterns("layout"), over=load_patterns("columns")["over"])
    for key in ("fragment_start", "number_break"):
        t[key] = re.compile(t[key])
    for key in ("paragraph_start", "heading_start", "paragraph_end", "always_start", "item_start",
                "field_start", "table_row"):
        t[key] = re.compile("|".join(f"(?:{p})" for p in t[key]) or "(?!)")
    return _Layout(**t)


def join_lines(lines: list[Line]) -> list[str]:
    """Join visual lines into paragraphs."""
    layout = _layout()
    mark_columns(lines)
    wrap = _wrap_width(lines, layout)
    counted = _counted(lines)
    # Outside columns an indent starts a paragraph, unless most lines have one
    # (a page shifted right).
    indents = sum(line.indented for line in lines) <= len(lines) / 2
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and not layout.paragraph_end.search(paragraphs[-1][-1].text) \
                and not layout.always_start.match(line.text) \
                and not (indents and line.indented and not line.column) \
                and not (len(paragraphs[-1]) == 1 and _wider(paragraphs[-1][-1], line, wrap, layout)) \
                and not (layout.table_row.match(paragraphs[-1][-1].text)
                         and (layout.table_row.match(line.text) or paragraphs[-1][-1].closes_block)) \
                and (_wrapped(paragraphs[-1][-1], line, wrap, layout.no_line_start) or _continues(paragraphs[-1], line, layout, counted)):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return ["".join(line.text for line in p) for p in paragraphs]


def _wrap_width(lines: list[Line], layout: _Layout) -> float | None:
    """The width hard-wrapped text outside columns is wrapped at: the one most
    lines share, when enough of them do ([layout] wrap_*); else None. Where
    many lines are half a character or one wider (a line of Chinese only,
    when most have a digit or a Latin letter), the wrap is that width."""
    widths = Counter(line.width for line in lines if not line.column and line.width >= layout.wrap_min_width)
    if not widths or not layout.wrap_min_lines:
        return None
    w, n = widths.most_common(1)[0]
    if n < layout.wrap_min_lines or n < layout.wrap_share * len(lines):
        return None
    return max(v for v, k in widths.items() if w <= v <= w + 1 and k >= n * layout.wrap_wider_share)


def _wider(a: Line, b: Line, wrap: float | None, layout: _Layout) -> bool:
    """Is ``a`` wider than the column or wrap that ``b`` is a line of? Then
    nothing broke it: it is whole (a title over the text), and ends there.
    (Asked only of a paragraph's first line: one in mid-paragraph is a line
    the typesetter let run over, not a title.)"""
    w = b.column_width if b.column else wrap if not b.indented else None
    return bool(w) and not a.column and a.width > w + layout.over


def _wrapped(a: Line, b: Line, wrap: float | None, hung: str = "") -> bool:
    """``a`` is a line of hard-wrapped text that goes on into ``b``: as wide as the wrap,
    or up to two characters short when it ends without a terminal mark (digits are
    narrower; a word or a mark was carried over), neither a heading, ``b`` not indented.
    A mark of ``hung`` (one that never starts a line) may stand one past the wrap."""
    if not wrap or a.column or b.column or a.heading or b.heading or b.indented:
        return False
    if a.width > wrap and not (a.text[-1] in hung and a.width <= wrap + 1):
        return False
    return a.width >= wrap - 0.5 or (a.width >= wrap - 2 and a.text[-1:] not in "。！？!?”")


def _continues(paragraph: list[Line], b: Line, layout: _Layout, counted: dict | None = None) -> bool:
    """Does line ``b`` continue the paragraph made so far? (``counted``: the
    columns were wrapped at a number of characters, see ``_counted``)"""
    a = paragraph[-1]
    if a.heading or b.heading:
        return False
    last = ends(a.text, layout.closers)
    terminal = last in layout.terminal
    # two fields of a card (地点：某街道 / 总投资：3亿元), or a card's last field and the next
    # section's heading, are two paragraphs, in columns too: a card's short lines look like a column's;
    # so are a card's numbered heading, no clause in it (3. 星澜有限公司（青禾集团子公司）), and its first field
    if layout.field_start.match(a.text) and (layout.field_start.match(b.text) and not layout.fragment_start.match(b.text)
                                           or layout.heading_start.match(b.text)) \
            or (layout.field_start.match(b.text) and layout.item_start.match(a.text)
                and not any(ch in layout.sentence_marks for ch in a.text)):
        return False
    if a.column and b.column:
        w = a.column_width
        if b.opens:
            return False
        # where characters were counted, lines are measured by their count
        wc = (counted or {}).get(w)
        if wc and not a.closes_block and not b.indented and len(b.text) == b.width > wc + layout.hang:
            return False            # a title wider than the column (of Chinese only: digits vary)
        if terminal:
            if layout.heading_start.match(paragraph[0].text):
                return False
            # after a sentence, a list item or a speaker's turn starts anew
            if layout.item_start.match(b.text):
                return False
            # A full line may end in 。 by chance in mid-paragraph; the
            # paragraph ends only if the line stops short or the next is
            # indented.
            if wc:
                return not (len(a.text) < wc - layout.short or len(b.text) < wc - layout.indent)
            return not (a.width < w - layout.short or b.width < w - layout.indent)
        # A full line without a mark breaks a word; a short one is a heading,
        # unless it has clause marks (a line of digits is narrower), or the
        # next line is the rest of its sentence or number.
        if bool(layout.fragment_start.match(b.text)) or bool(layout.number_break.search(a.text[-1] + b.text[0])):
            return True
        # Inside a block, a line that had room for the next line's first word
        # was not broken by the column: a title, a heading or a label ends there.
        # So does the document's first line when it reads as a title (the
        # next word may not have fitted: 2024年…), or a line alone between
        # blank lines above a block of several (a heading between paragraphs:
        # a column's last line is full).
        if a.first and not a.closes_block and not a.indented and _title(a, layout) \
                and not any(ch in layout.clause_marks for ch in a.text):
            return False
        if a.alone and not b.alone and not terminal and _had_room(a, b, wc or w, layout, bool(wc)):
            return False
        if not a.closes_block and (_had_room(a, b, wc or w, layout, bool(wc))
                                   or (len(a.text) == a.width > wc + layout.hang if wc else a.width > w + layout.hang)):
            return False
        # (the room an indent and wide spaces took counts: 　　本报讯（记者 某某）9月2日上 is full)
        return _used(a, layout, False) >= w - layout.heading_gap or not _heading_like(a, layout)
    # Outside columns a blank line usually ends a paragraph, but page and
    # column breaks also cut paragraphs mid-sentence, even mid-word.
    if terminal:
        return False
    if last in layout.dangling or layout.fragment_start.match(b.text):
        return True
    if layout.paragraph_start.match(b.text):
        return False
    # a numbered section heading stopping short of the page ends there: its
    # subject (一、区情概况：…) is not the next sentence's first words
    if len(paragraph) == 1 and layout.heading_start.match(a.text) and a.width <= layout.title_width:
        return False
    # a line of running text (a sentence's or a clause's mark inside it, not a label's colon) that
    # the wrap cut inside a word goes on into the next, however short that is: 园区已吸引广|
    # 西北港新材料有限公司、… is no heading after a clause (the dictionary's word 广西 spans the break)
    if not a.first and last not in layout.clause_marks and _word_cut(a.text, b.text) \
            and any((ch in layout.sentence_marks or ch in layout.clause_marks) and ch not in layout.label_marks
                    for ch in a.text[:-1]):
        return True
    # A wrapped line is as wide as the next; a title stops short of it.
    if _title(a, layout) and (a.closes_block or b.width > a.width + layout.title_gap):
        return False
    return not (_heading_like(a, layout) or _heading_like(b, layout))


def _word_cut(a: str, b: str) -> bool:
    """True when a word the dictionary knows spans the end of ``a`` and the start of ``b``:
    广|西, 深|圳, 项|目 (a line cut mid-word)."""
    return any(dictionary_tag(a[-i:] + b[:j]) for i in (1, 2) for j in (1, 2)
               if len(a) >= i and len(b) >= j and i + j <= 3)


_ASCII_WORD = re.compile(r"[0-9A-Za-z.%+-]+")


def _had_room(a: Line, b: Line, w: float, layout: _Layout, counted: bool) -> bool:
    """Would ``b``'s first word have fitted at the end of ``a`` in a column
    ``w`` wide, with ``fit_slack`` to spare? A word of ASCII letters or digits
    is carried over whole, a character with the mark after it too (a mark
    never starts a line); an indented line is ``first_indent`` narrower, and
    markdown's marks and wide spaces took room too. ``counted``: characters are counted, digits as one each, not measured."""
    size = len if counted else width
    word = _ASCII_WORD.match(b.text)
    need = size(word.group()) if word else 1 + (len(b.text) > 1 and b.text[1] in layout.no_line_start)
    return _used(a, layout, counted) + need + layout.fit_slack <= w


def _used(a: Line, layout: _Layout, counted: bool) -> float:
    """The room line ``a`` took in its column: its text, its indent, markdown's marks."""
    size = len if counted else width
    # a space may have been a wide one, or several, before the text was cleaned
    spaces = 0 if counted else a.text.count(" ") / 2
    return size(a.text) + spaces + size("*" * a.marked) + (layout.first_indent if a.indented else 0)


def _counted(lines: list[Line]) -> dict[float, float]:
    """Were the columns wrapped at a number of characters (a digit or letter
    counting one, as a plain-text copy of a page may be) rather than at a
    width (a digit half of a Chinese character, as typeset)? The lines with
    ASCII in them that stop mid-sentence inside a block tell: they share one
    count, or one width (or half a character less). If counted, the count of each column width: the
    number of characters most lines stopping mid-word hold; else nothing."""
    broken = [line for line in lines if line.column and not line.closes_block and line.text[-1].isalnum()]
    ascii_ = [line for line in broken if len(line.text) != line.width]
    if not ascii_:
        return {}
    counts = Counter(len(line.text) for line in ascii_).most_common(1)[0][1]
    # a line of digits may stop half a character short of the width
    widths = Counter(line.width for line in ascii_)
    if counts <= max(widths[w] + widths[w - 0.5] for w in widths):
        return {}
    by_column: dict[float, Counter] = {}
    for line in broken:
        by_column.setdefault(line.column_width, Counter())[len(line.text) + 2 * line.indented] += 1
    return {w: c.most_common(1)[0][0] for w, c in by_column.items()}


def _heading_like(line: Line, layout: _Layout) -> bool:
    """Short and without sentence punctuation: a title, not running text."""
    return line.width <= layout.heading_width and not any(
        ch in layout.sentence_marks for ch in line.text)


def _title(line: Line, layout: _Layout) -> bool:
    """Stops without a mark and is narrower than running text, as a title
    is. A page break cuts a sentence after a clause mark or in a line as
    wide as the page; but the document's first line is its title even with a
    comma inside (稳中求进，星澜经济半年报出炉)."""
    allowed = layout.first_line_marks if line.first else ""
    return (line.width <= layout.title_width
            and ends(line.text, layout.closers) not in layout.clause_marks
            and not any(ch in layout.clause_marks and ch not in allowed
                        for ch in line.text))
