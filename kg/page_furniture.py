"""A page's lines without its furniture: what ``repair`` reads a text as.

kg/normalise.py's ``repair`` cuts a text into visual lines (``_visual_lines``:
markdown marks, inline debris and stray spaces gone) and drops what a printed
page holds besides its text: lines dropped whole as debris (page turns, page
headers, credits), newspaper mastheads (but their organiser's field,
``masthead_kept``), and running heads and feet between the lines of a sentence
(``_drop_running_heads``). It lives apart because kg/read.py asks the same
questions of a file before it is normalised: its date (``masthead_date``), and
its title (``labelled_title``, the first line that is no ``dropped_line``).

The patterns of kg/data/normalise.toml are compiled here, once, as one table
(``_chars``); kg/normalise.py's character and number repairs read theirs from it.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.columns import Line, ends, width
from kg.sentences import load_patterns


@dataclass(frozen=True)
class _Removal:
    """A pattern replaced in every line or paragraph, and a character each of its
    matches holds ("" when that cannot be told): a text without that character
    (most: the spaces and page-turn marks it removes are rare) is not searched."""
    pattern: re.Pattern
    held: str

    @classmethod
    def of(cls, pattern: str) -> "_Removal":
        return cls(re.compile(pattern), _held(pattern))

    def sub(self, replace: str, text: str) -> str:
        return self.pattern.sub(replace, text) if self.held in text else text


def _held(pattern: str) -> str:
    """A character every match of ``pattern`` holds: one of its top-level literals,
    alone or repeated at least once (`` +``); "" when there is none (or flags)."""
    import re._constants as C
    import re._parser as P
    tree = P.parse(pattern)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    for op, av in tree:
        if op is C.LITERAL:
            return chr(av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is C.LITERAL:
            return chr(av[2][0][1])
    return ""


@dataclass(frozen=True)
class _Chars:
    remove: re.Pattern
    space: re.Pattern
    tight: tuple[_Removal, ...]
    heading: re.Pattern
    markdown: re.Pattern
    inline_debris: tuple[_Removal, ...]
    line_debris: re.Pattern            # any of [debris] line (one pattern: asked of every line)
    numbers: tuple[tuple[_Removal, str], ...]
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
        tuple(_Removal.of(p) for p in c["tight"]),
        re.compile(md["heading"]), re.compile(md["remove"]),
        tuple(_Removal.of(p) for p in debris["inline"]),
        re.compile("|".join(f"(?:{p})" for p in debris["line"]) or "(?!)"),
        tuple((_Removal.of(r["pattern"].replace("{units}", units)), r["replace"])
              for r in num["repairs"]),
        _Masthead(tuple((k, re.compile(p)) for k, p in debris["masthead"]["fields"].items()),
                  debris["masthead"]["max_field"], debris["masthead"]["max_fields"],
                  debris["masthead"]["not_in_fields"], re.compile(debris["masthead"]["keep"]),
                  debris["masthead"]["max_kept"]))


@cache
def _running() -> tuple[float, float, str, str]:
    """The widest running head and the narrowest page text around one
    ([debris] running_*), the marks that end a sentence and the clause marks
    ([layout])."""
    layout, debris = load_patterns("layout"), load_patterns("debris")
    return debris["running_head"], debris["running_text"], layout["terminal"], layout["clause_marks"]


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
            line = (re.sub(" +", " ", line) if "  " in line else line).strip()
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


def _drop_running_heads(lines: list[Line]) -> list[Line]:
    """Without the running heads and feet of a printed or PDF page: a short
    line without clause marks that the document repeats (its title, the
    issuing office) standing where a sentence is broken by the page, after a
    line of text that stops mid-sentence, as wide as a page's (newspaper
    columns have no running heads, and narrow lines repeat by chance). (A passage the document
    repeats is no running head: its lines have clause marks, or are as wide
    as the lines around them.)

    >>> [x.text for x in _drop_running_heads(_visual_lines(
    ...     "青禾区年度报告\\n今年全区新签约的亿元以上项目达到二十个，其中\\n青禾区年度报告\\n"
    ...     "墨川云项目总投资五亿元。"))]
    ['青禾区年度报告', '今年全区新签约的亿元以上项目达到二十个，其中', '墨川云项目总投资五亿元。']
    """
    limit, text_width, terminal, marks = _running()
    seen = Counter(line.text for line in lines)
    kept: list[Line] = []
    for i, line in enumerate(lines):
        before = kept[-1].text if kept else ""
        if (seen[line.text] > 1 and 3 <= line.width <= limit and 0 < i < len(lines) - 1
                and sum(ch.isalnum() for ch in line.text) >= 3
                and not any(mark in line.text for mark in marks)
                and before and ends(before) not in terminal and width(before) >= max(text_width, line.width + 2)
                and any(mark in before for mark in marks)):
            continue
        kept.append(line)
    return kept


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
    if not 2 <= len(fields) <= m.max_fields:
        return None     # (a date and a weekday or page are two fields at least: most lines are one)
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
    if "date" not in found or not {"weekday", "page"} & set(found):
        return None
    return found


def labelled_title(line: str) -> str | None:
    """The title a line says it holds ([debris] title_label: 【标题】X, 标题：X), else None.

    >>> labelled_title("【标题】青禾区：新材料产业链上发力")
    '青禾区：新材料产业链上发力'
    """
    rx = _title_label()
    m = rx.match(line.strip()) if rx is not None else None
    return m.group("title").strip() if m else None


@cache
def _title_label() -> re.Pattern | None:
    p = load_patterns("debris").get("title_label")
    return re.compile(p) if p else None


def dropped_line(line: str) -> bool:
    """Is this line (of read text) a page header, masthead or credit that
    ``normalise`` drops whole?"""
    line = " ".join(line.split())
    return bool(_chars().line_debris.match(line)) or masthead_date(line) is not None
