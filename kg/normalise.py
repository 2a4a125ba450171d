"""Normalise decoded text: one clean paragraph per line.

``normalise(text) == drop_repeats(repair(text))``:

- ``repair`` removes zero-width characters and odd spaces, markdown marks and
  layout debris (page-turn markers, page headers, newspaper mastheads),
  rejoins words and sentences broken across lines (newspaper columns, see
  kg/columns.py; other pages break paragraphs mid-sentence), keeps titles,
  headings and speakers' turns apart, and repairs numbers split by a space
  (``38 .3%``).
- ``drop_repeats`` drops runs of sentences the document already said.

Every pattern comes from kg/data/normalise.toml.

>>> normalise("拱墅通过出台两轮助企纾\\n\\n困累进政策，今年累计为企业\\n\\n"
...           "减负降本85.5亿元，兑付政府\\n\\n补助补贴资金10.3亿元，落实\\n\\n"
...           "增值税留抵退税56.9亿元，市\\n\\n场主体实现正增长，失业率保\\n\\n"
...           "持在较低水平。\\n\\n（下转7版）")
'拱墅通过出台两轮助企纾困累进政策，今年累计为企业减负降本85.5亿元，兑付政府补助补贴资金10.3亿元，落实增值税留抵退税56.9亿元，市场主体实现正增长，失业率保持在较低水平。'
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.columns import Line, ends, mark_columns, width
from kg.model import Document, RawDocument
from kg.sentences import load_patterns, sentence_spans, split_sentences


def to_document(raw: RawDocument) -> Document:
    """Normalise a read file and split it into sentences."""
    spans = _Spans()       # each line's sentences are found once
    text = _drop_repeats(repair(raw.text), spans)
    return Document(raw.doc_id, text, split_sentences(raw.doc_id, text, spans),
                    raw.encoding, raw.title, raw.date, raw.kind, raw.path, raw.format,
                    raw.collection)


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
    masthead: _Masthead


@dataclass(frozen=True)
class _Masthead:
    fields: tuple[tuple[str, re.Pattern], ...]   # (kind, pattern) of known fields
    max_field: float
    max_fields: int
    not_in_fields: str
    keep: re.Pattern                             # a field that stays as a line of its own
    max_kept: float


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
              for r in num["repairs"]),
        _Masthead(tuple((k, re.compile(p)) for k, p in debris["masthead"]["fields"].items()),
                  debris["masthead"]["max_field"], debris["masthead"]["max_fields"],
                  debris["masthead"]["not_in_fields"], re.compile(debris["masthead"]["keep"]),
                  debris["masthead"]["max_kept"]))


def _clean_characters(text: str) -> str:
    c = _chars()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return c.space.sub(" ", c.remove.sub("", text))


def _repair_numbers(paragraph: str) -> str:
    for pattern, replace in _chars().numbers:
        paragraph = pattern.sub(replace, paragraph)
    return paragraph


# --------------------------------------------------------------------- lines

def _visual_lines(text: str) -> list[Line]:
    """The non-blank, non-debris lines of ``text``, cleaned."""
    c = _chars()
    lines: list[Line] = []
    for block in re.split(r"\n\s*\n", text):
        kept = []
        for raw in (r for r in block.split("\n") if r.strip()):
            line = raw
            for pattern in c.inline_debris:
                line = pattern.sub("", line)
            heading = bool(c.heading.match(line.strip()))
            bare = c.heading.sub("", line.strip())
            line = c.markdown.sub("", bare)
            marked = len(bare) - len(line)
            line = re.sub(" +", " ", line).strip()
            for pattern in c.tight:
                line = pattern.sub("", line)
            if not line:
                continue
            if dropped_line(line):
                # a masthead's organiser says whose paper it is (中共星澜市青禾区委主办)
                line = masthead_kept(line)
                if not line:
                    continue
            kept.append(Line(line, width(line), raw[0].isspace(), not kept, False, heading,
                             marked=marked))
        if kept:
            kept[-1].closes_block = True
            lines.extend(kept)
    if lines:
        lines[0].first = True
    return lines


def masthead_date(line: str) -> str | None:
    """The ISO date of a newspaper page header (masthead), None for any other
    line. A masthead is a date with a weekday or a page number among a few
    short fields (the paper's name, the section), in any order.

    >>> masthead_date("青禾日报\u3000\u30002024年6月2日  星期日  第5版  经济·青禾")
    '2024-06-02'
    >>> masthead_date("青禾区人民政府 2024年6月2日") is None
    True
    >>> masthead_date("青禾日报 ２０２４年６月２日 星期日 第５版")
    '2024-06-02'
    """
    found = _masthead_fields(line)
    if found is None:
        return None
    year, month, day = (int(n) for n in re.findall(r"\d+", found["date"][0])[:3])
    try:
        # int() reads full-width digits (２０２４年６月２日) as the date they are;
        # xsd:date takes ASCII digits only, and a day the calendar has
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def masthead_kept(line: str) -> str:
    """What ``normalise`` keeps of a masthead: its organiser's field (the
    party committee or government whose paper it is names the district and
    its city), else nothing.

    >>> masthead_kept("青禾新闻  中共星澜市青禾区委主办  2024年6月2日  星期日  第5版")
    '中共星澜市青禾区委主办'
    >>> masthead_kept("青禾日报  2024年6月2日  星期日  第5版")
    ''
    """
    found = _masthead_fields(line) or {}
    return " ".join(found.get("kept", []))


def _masthead_fields(line: str) -> dict[str | None, list[str]] | None:
    """The fields of a masthead by kind ("kept" for the organiser's, None for
    a name or section), None when the line is no masthead."""
    m = _chars().masthead
    fields = line.split()
    found: dict[str | None, list[str]] = {}
    for field in fields:
        kind = next((k for k, p in m.fields if p.fullmatch(field)), None)
        if kind is None and m.keep.search(field) and width(field) <= m.max_kept \
                and not any(ch in m.not_in_fields for ch in field):
            kind = "kept"
        if kind is None and (width(field) > m.max_field
                             or any(ch in m.not_in_fields for ch in field)):
            return None
        found.setdefault(kind, []).append(field)
    if len(fields) > m.max_fields or "date" not in found or not {"weekday", "page"} & set(found):
        return None
    return found


def dropped_line(line: str) -> bool:
    """Is this line (of read text) a page header, masthead or credit that
    ``normalise`` drops whole?"""
    line = " ".join(line.split())
    return any(p.match(line) for p in _chars().line_debris) or masthead_date(line) is not None


# ---------------------------------------------------------------- paragraphs

@dataclass(frozen=True)
class _Layout:
    terminal: str
    closers: str
    dangling: str
    sentence_marks: str
    clause_marks: str
    first_line_marks: str
    heading_width: float
    title_width: float
    title_gap: float
    fragment_start: re.Pattern
    number_break: re.Pattern
    paragraph_start: tuple[re.Pattern, ...]
    heading_start: tuple[re.Pattern, ...]
    paragraph_end: tuple[re.Pattern, ...]
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


@cache
def _layout() -> _Layout:
    t = dict(load_patterns("layout"), over=load_patterns("columns")["over"])
    for key in ("fragment_start", "number_break"):
        t[key] = re.compile(t[key])
    for key in ("paragraph_start", "heading_start", "paragraph_end"):
        t[key] = tuple(re.compile(p) for p in t[key])
    return _Layout(**t)


def _join_lines(lines: list[Line]) -> list[str]:
    """Join visual lines into paragraphs."""
    layout = _layout()
    mark_columns(lines)
    wrap = _wrap_width(lines, layout)
    counted = _counted(lines)
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and not any(p.search(paragraphs[-1][-1].text) for p in layout.paragraph_end) \
                and not _wider(paragraphs[-1][-1], line, wrap, layout) \
                and (_wrapped(paragraphs[-1][-1], line, wrap) or _continues(paragraphs[-1], line, layout, counted)):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return ["".join(line.text for line in p) for p in paragraphs]


def _wrap_width(lines: list[Line], layout: _Layout) -> float | None:
    """The width hard-wrapped text outside columns is wrapped at: the one most
    lines share, when enough of them do ([layout] wrap_*); else None."""
    widths = Counter(line.width for line in lines if not line.column and line.width >= layout.wrap_min_width)
    if not widths or not layout.wrap_min_lines:
        return None
    w, n = widths.most_common(1)[0]
    return w if n >= layout.wrap_min_lines and n >= layout.wrap_share * len(lines) else None


def _wider(a: Line, b: Line, wrap: float | None, layout: _Layout) -> bool:
    """Is ``a`` wider than the column or wrap that ``b`` is a line of? Then
    nothing broke it: it is whole (a title over the text), and ends there."""
    w = b.column_width if b.column else wrap if not b.indented else None
    return bool(w) and not a.column and a.width > w + layout.over


def _wrapped(a: Line, b: Line, wrap: float | None) -> bool:
    """``a`` is a line of hard-wrapped text that goes on into ``b``: as wide as the wrap,
    or up to two characters short when it ends without a terminal mark (digits are
    narrower; a word or a mark was carried over), neither a heading, ``b`` not indented."""
    if not wrap or a.column or b.column or a.heading or b.heading or b.indented or a.width > wrap:
        return False
    return a.width >= wrap - 0.5 or (a.width >= wrap - 2 and a.text[-1:] not in "。！？!?”")


def _continues(paragraph: list[Line], b: Line, layout: _Layout, counted: bool = False) -> bool:
    """Does line ``b`` continue the paragraph made so far? (``counted``: the
    columns were wrapped at a number of characters, see ``_counted``)"""
    a = paragraph[-1]
    if a.heading or b.heading:
        return False
    last = ends(a.text, layout.closers)
    terminal = last in layout.terminal
    if a.column and b.column:
        w = a.column_width
        if b.opens:
            return False
        if terminal:
            if any(p.match(paragraph[0].text) for p in layout.heading_start):
                return False
            # A full line may end in 。 by chance in mid-paragraph; the
            # paragraph ends only if the line stops short or the next is
            # indented.
            return not (a.width < w - layout.short or b.width < w - layout.indent)
        # A full line without a mark breaks a word; a short one is a heading,
        # unless it has clause marks (a line of digits is narrower), or the
        # next line is the rest of its sentence or number.
        if bool(layout.fragment_start.match(b.text)) or bool(layout.number_break.search(a.text[-1] + b.text[0])):
            return True
        # Inside a block, a line that had room for the next line's first word
        # was not broken by the column: a title, a heading or a label ends there.
        if not a.closes_block and (_had_room(a, b, w, layout, counted) or a.width > w + layout.hang):
            return False
        return a.width >= w - layout.heading_gap or not _heading_like(a, layout)
    # Outside columns a blank line usually ends a paragraph, but page and
    # column breaks also cut paragraphs mid-sentence, even mid-word.
    if terminal:
        return False
    if last in layout.dangling or layout.fragment_start.match(b.text):
        return True
    if any(p.match(b.text) for p in layout.paragraph_start):
        return False
    # A wrapped line is as wide as the next; a title stops short of it.
    if _title(a, layout) and (a.closes_block or b.width > a.width + layout.title_gap):
        return False
    return not (_heading_like(a, layout) or _heading_like(b, layout))


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
    # a space may have been a wide one, or several, before the text was cleaned
    spaces = 0 if counted else a.text.count(" ") / 2
    used = size(a.text) + spaces + size("*" * a.marked) + (layout.first_indent if a.indented else 0)
    return used + need + layout.fit_slack <= w


def _counted(lines: list[Line]) -> bool:
    """Were the columns wrapped at a number of characters (a digit or letter
    counting one, as a plain-text copy of a page may be) rather than at a
    width (a digit half of a Chinese character, as typeset)? The lines with
    ASCII in them that stop mid-sentence inside a block tell: they share one
    count, or one width."""
    broken = [line for line in lines if line.column and not line.closes_block
              and line.text[-1].isalnum() and len(line.text) != line.width]
    if not broken:
        return False
    counts = Counter(len(line.text) for line in broken).most_common(1)[0][1]
    widths = Counter(line.width for line in broken).most_common(1)[0][1]
    return counts > widths


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
