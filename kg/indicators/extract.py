"""Economic indicators of a corpus as observations: area, measure, period, value, kind.

The stage after facts. For each figure a sentence states about a measure of
the vocabulary (kg/indicators/figures.py) it decides:

- the area: a district, zone or commercial district named right before the
  measure (天河路商圈实现社会消费品零售总额), else the document's home (全区,
  我区; kg/relate/home.py); a measure right after 全市 / 全省 is another
  area's and is not recorded;
- the period (kg/indicators/periods.py): the nearest period expression before
  the figure in its sentence, else the last one of the earlier sentences of
  its paragraph, else the one of the heading right above its paragraph (数说
  拱墅这十年), else the year of its report section (一、2023年工作回顾), else,
  for a target in the plan part of a report, the document's year; a figure
  with no period is not recorded. 由A升至B over a span of years gives A at
  its start and B at its end;
- the kind: "target" when a target word stands before it in its sentence
  (力争, 目标, 预期 …; not 高于年初预期) or it is in the plan part of a report,
  else "average" for a growth rate averaged over years (两年平均增长, 年均增长),
  else "result".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts.periods import sections
from ..model import Document, Entity, Mention
from ..notions import CLAUSE
from ..relate.home import HomeRules, find_home
from .figures import Figure, read_figures
from .numbers import decimal_text
from .periods import Period, expressions
from .rules import IndicatorRules, load_indicator_rules

AREA_CLASSES = {"Place", "Platform", "CommercialDistrict"}
HEADING_WIDTH = 30


@dataclass(frozen=True)
class Observation:
    """One figure: an RDF Data Cube observation (ontology/README.md, "Economic indicators")."""
    area: str                      # Entity.key of the area it describes
    indicator: str                 # the measure's key in kg/data/indicators.toml
    period: Period
    measure: str                   # "amount" or "growthRate"
    value: str                     # a decimal: yuan (or the unit), or percent
    unit: str                      # CNY, USD, CNY/person …, percent
    kind: str                      # "result", "target" or "average"
    doc_id: str
    sentence: int
    text: str                      # the words it was read from: "2091.5亿元"
    rule: str
    confidence: float
    bound: str | None = None       # "atLeast", "atMost", "about"
    average_over: int | None = None  # years a growth rate is averaged over
    rank: int | None = None
    rank_within: int | None = None  # 前3位: among the first N
    rank_scope: str | None = None   # 全省, 全市 …
    precision: str = "1"           # the unit of the last digit written, in the value's unit


def document_year(doc: Document, r: IndicatorRules | None = None) -> int | None:
    """The document's year: its date (the manifest's), else a year in its title
    line (松山湖高新区管委会2024年工作报告)."""
    if doc.date and doc.date[:4].isdigit():
        return int(doc.date[:4])
    title = doc.title or (doc.sentences[0].text if doc.sentences else "")
    years = [p.y2 for _, _, p in expressions(title[:60], None, None, r) if not p.is_span]
    return years[0] if years else None


def _heading(text: str) -> bool:
    return len(text) <= HEADING_WIDTH and not CLAUSE.search(text)


def _target(text: str, pos: int, r: IndicatorRules) -> bool:
    excluded = [m.span() for m in r.not_target_re.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in excluded) for m in r.target_re.finditer(text, 0, pos))


def _area(text: str, at: int, named: list[tuple[int, int, str]], home: str | None,
          filler: re.Pattern, r: IndicatorRules) -> str | None:
    """The area the measure named at ``at`` is about (see the module's docstring)."""
    head = text[:at]
    if head.rstrip().endswith(r.other_scopes):
        return None
    for start, end, key in reversed(named):
        if end <= at:
            if filler.fullmatch(text[end:at]):
                return key
            break
    return home


class _Context:
    """What a document gives every figure: its year, sections, home and period expressions."""

    def __init__(self, doc: Document, ms: list[Mention], entities: dict[str, Entity], r: IndicatorRules,
                 home_rules: HomeRules):
        self.doc, self.r = doc, r
        self.year = document_year(doc, r)
        self.sections = sections(doc)
        title = doc.title or (doc.sentences[0].text if doc.sentences else None)
        self.home = find_home(home_rules, entities, ms, title)
        self.named: dict[int, list[tuple[int, int, str]]] = {}
        for m in ms:
            if m.key in entities and entities[m.key].cls in AREA_CLASSES:
                self.named.setdefault(m.sentence, []).append((m.start, m.end, m.key))
        for v in self.named.values():
            v.sort()
        self._exprs: dict[int, list[tuple[int, int, Period]]] = {}

    def exprs(self, index: int) -> list[tuple[int, int, Period]]:
        """The period expressions of sentence ``index`` (read when a figure asks: most
        sentences have none, and none of them is asked about)."""
        got = self._exprs.get(index)
        if got is None:
            s = self.doc.sentences[index]
            got = self._exprs[index] = expressions(s.text, self.context_year(s.index), self.year, self.r)
        return got

    def context_year(self, index: int) -> int | None:
        return self.sections[index].year or self.year

    def heading_period(self, index: int) -> Period | None:
        """The period of the heading right above the paragraph of sentence ``index``."""
        sents = self.doc.sentences
        para = sents[index].paragraph
        i = index
        while i > 0 and sents[i - 1].paragraph == para:
            i -= 1
        # only over a list of one-sentence paragraphs (the bullets of a box under its title)
        for j in range(i - 1, -1, -1):
            s = sents[j]
            alone = (j == 0 or sents[j - 1].paragraph != s.paragraph) and sents[j + 1].paragraph != s.paragraph
            if not alone:
                return None
            if _heading(s.text):
                return self.exprs(j)[-1][2] if self.exprs(j) else None
        return None

    def period(self, index: int, pos: int, target: bool) -> Period | None:
        before = [p for _, end, p in self.exprs(index) if end <= pos]
        if before:
            return before[-1]
        sents = self.doc.sentences
        for j in range(index - 1, -1, -1):
            if sents[j].paragraph != sents[index].paragraph:
                break
            if self.exprs(j):
                return self.exprs(j)[-1][2]
        heading = self.heading_period(index)
        if heading:
            return heading
        section = self.sections[index]
        if section.year:
            return Period.year(section.year)
        if target and section.kind == "plan" and self.year:
            return Period.year(self.year)
        return None


def extract_indicators(docs: list[Document], mentions: dict[str, list[Mention]],
                       entities: dict[str, Entity], rules: IndicatorRules | None = None) -> list[Observation]:
    """The observations of ``docs``, in document and sentence order."""
    r = rules or load_indicator_rules()
    home_rules = HomeRules.of()
    filler = re.compile(rf"(?:\s|{'|'.join(map(re.escape, (*r.area_filler, *home_rules.pronouns)))})*")
    out: dict[tuple, Observation] = {}
    for doc in docs:
        cx = None
        for s in doc.sentences:
            figures = read_figures(s.text, r)
            if not figures:
                continue
            cx = cx or _Context(doc, mentions.get(doc.doc_id, []), entities, r, home_rules)
            for f in figures:
                ob = _observation(cx, s.index, s.text, f, filler)
                if ob is not None:
                    out.setdefault((ob.area, ob.indicator, ob.period, ob.measure, ob.kind, ob.value,
                                    ob.doc_id, ob.sentence), ob)
    return list(out.values())


def _observation(cx: _Context, index: int, text: str, f: Figure, filler: re.Pattern) -> Observation | None:
    r = cx.r
    area = _area(text, f.at, cx.named.get(index, []), cx.home, filler, r)
    if area is None:
        return None
    target = _target(text, f.pos, r) or cx.sections[index].kind == "plan"
    period = cx.period(index, f.pos, target)
    if period is None:
        return None
    average_over = None
    if f.role:                               # 由A升至B: the ends of a span
        if not period.is_span:
            if f.role == "start":
                return None
        else:
            period = Period.year(period.y1 if f.role == "start" else period.y2)
    elif f.average is not None:
        average_over = f.average or (period.years if period.is_span else None)
    elif period.is_span:
        return None                          # a level or a yearly rate is not of a span of years
    kind = "target" if target else ("average" if f.average is not None else "result")
    return Observation(area, f.measure.key, period, f.kind, f.value_text, f.unit, kind, cx.doc.doc_id, index,
                       f.text, f.rule, r.confidence[f.rule], f.bound, average_over, f.rank, f.rank_within,
                       f.rank_scope, decimal_text(f.precision))
