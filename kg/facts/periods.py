"""Years and periods: the year a milestone refers to, and the section of a
report it stands in (the review of the past year, or the plan for the next).

    >>> from kg.model import RawDocument
    >>> from kg.normalise import to_document
    >>> doc = to_document(RawDocument("r.txt", "r.txt",
    ...     "一、2023年工作回顾\\n甲项目建成投用。\\n二、2024年工作安排\\n乙项目力争开工。\\n"
    ...     "（三）下一步打算。丙项目开工。", "utf-8"))
    >>> [(s.text, p.kind, p.year) for s, p in zip(doc.sentences, sections(doc))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('一、2023年工作回顾', 'review', 2023), ('甲项目建成投用。', 'review', 2023),
     ('二、2024年工作安排', 'plan', 2024), ('乙项目力争开工。', 'plan', 2024),
     ('（三）下一步打算。', 'plan', None), ('丙项目开工。', 'plan', None)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document
from ..notions import CLAUSE
from .rules import FactRules, load_fact_rules


@dataclass(frozen=True)
class Period:
    """The section a sentence stands in: ``kind`` "plan", "review" or None,
    and the year its heading names (None when it names none)."""
    kind: str | None = None
    year: int | None = None


def doc_year(doc: Document) -> int | None:
    return int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None


def year_expressions(text: str, year: int | None, r: FactRules) -> list[tuple[int, int, int | None]]:
    """(start, end, year or None when unresolved) of each year expression in
    ``text``; relative ones (今年, 去年 …) count from ``year``, the document's."""
    out = []
    for m in r.year_re.finditer(text):
        if text[m.end():].startswith(r.year_not_followed_by):
            continue
        if m["y"]:
            value = int(m["y"])
        else:
            offset = r.relative[m["rel"]] if m["rel"] else 0
            value = year + offset if year else None
        out.append((m.start(), m.end(), value))
    return out


def year_at(doc: Document, years: dict[int, list[tuple[int, int, int | None]]],
            periods: list[Period], index: int, pos: int) -> int | None:
    """The year of what sentence ``index`` states at ``pos``: the nearest year
    expression before it in the sentence, else the last one in the earlier
    sentences of its paragraph, else the year of its section's heading."""
    before = [y for _, end, y in years[index] if end <= pos]
    if before:
        return before[-1]
    paragraph = doc.sentences[index].paragraph
    for prev in range(index - 1, -1, -1):
        if doc.sentences[prev].paragraph != paragraph:
            break
        if years[prev]:
            return years[prev][-1][2]
    return periods[index].year


def date_at(text: str, pos: int, year: int, years: list[tuple[int, int, int | None]],
            r: FactRules) -> str | None:
    """The month (and day) of what ``text`` states at ``pos`` in ``year``, as ISO text, when
    its clause says it after its year ("2023年6月18日，X开工" -> "2023-06-18"), else None.

    >>> from kg.facts.rules import load_fact_rules
    >>> r = load_fact_rules()
    >>> t = "2023年6月18日，甲项目正式开工"
    >>> date_at(t, t.index("开工"), 2023, year_expressions(t, 2023, r), r)
    '2023-06-18'
    >>> t = "甲项目于3月开工，乙项目年底竣工"
    >>> date_at(t, t.index("竣工"), 2023, year_expressions(t, 2023, r), r) is None
    True
    """
    since = max((end for _, end, _ in years if end <= pos), default=0)
    found = [m for m in r.dates.finditer(text, since, pos)]
    if not found:
        return None
    m = found[-1]
    # a date opening the clause before the trigger's dates it ("5月31日，X正式启用"); a date
    # farther away, or with another milestone between, dates something else
    between = text[m.end():pos]
    if len(r.breaks.findall(between)) > 1 or r.trigger_re.search(between):
        return None
    parts = re.match(r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?",
                     m.group())
    month, day = _cn(parts["m"]), _cn(parts["d"]) if parts["d"] else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _cn(text: str) -> int:
    if text.isdigit():
        return int(text)
    from .numbers import parse_number
    return int(parse_number(text) or 0)


def _level(text: str, r: FactRules) -> int:
    """0 for an unnumbered heading (a title), else 1 + the rank of its numbering."""
    return next((i + 1 for i, p in enumerate(r.levels) if p.match(text)), 0)


def _heading(text: str, width: int) -> bool:
    return len(text) <= width and not CLAUSE.search(text)


def _kind(text: str, r: FactRules) -> str | None:
    if r.section_plan.search(text):
        return "plan"
    if r.section_review.search(text):
        return "review"
    return None


def sections(doc: Document, rules: FactRules | None = None) -> list[Period]:
    """The Period of each sentence of ``doc``, by index.

    A heading opens a section until the next heading of its level or above;
    a section without plan or review words of its own is in its parent's.
    """
    r = rules or load_fact_rules()
    year = doc_year(doc)
    out: list[Period] = []
    stack: list[tuple[int, Period]] = []       # (level, period) of the open headings
    paragraph, lead = None, None                # a paragraph's own lead heading
    current = Period()                          # (made again only where a heading opens or a lead ends)
    for i, s in enumerate(doc.sentences):
        first = paragraph != s.paragraph
        alone = first and (i + 1 == len(doc.sentences) or doc.sentences[i + 1].paragraph != s.paragraph)
        if first:
            paragraph, lead = s.paragraph, None
            current = _current(lead, stack)
        heading = alone and _heading(s.text, r.heading_width)
        level = _level(s.text, r) if heading else 0
        # a heading is numbered, or has no sentence mark at its end ("各位代表："
        # is a salutation, not a heading)
        if heading and (level or not s.text.endswith(("。", "！", "？", "!", "?", "：", ":"))):
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, _period(s.text, year, r)))
            current = _current(lead, stack)
        elif first and _heading(s.text, r.lead_width) and _kind(s.text, r):
            lead = _period(s.text, year, r)
            current = _current(lead, stack)
        out.append(current)
    return out


def _period(heading: str, year: int | None, r: FactRules) -> Period:
    years = [y for _, _, y in year_expressions(heading, year, r)]
    return Period(_kind(heading, r), years[-1] if years else None)


def _current(lead: Period | None, stack: list[tuple[int, Period]]) -> Period:
    for p in ([lead] if lead else []) + [p for _, p in reversed(stack)]:
        if p.kind:
            return p
    return Period()
