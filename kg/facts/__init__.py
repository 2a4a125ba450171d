"""Project facts: status milestones with their year, planned or done; total
investment, land and floor area.

The stage after relate. It reads each sentence that names a Project or a
Platform and records what the sentence states about it (ontology/README.md,
"Project facts"):

    >>> from kg.facts import parse_number, read_amount
    >>> parse_number("26亿"), parse_number("三千万"), parse_number("1.2万")
    (Fraction(2600000000, 1), Fraction(30000000, 1), Fraction(12000, 1))
    >>> read_amount("totalInvestment", "超百亿元的")
    ('minTotalInvestment', '10000000000', 4)

Status milestones (签约 开工 投用 竣工 开业 落地) attach to the projects named
right after the trigger in its clause ("开工X、Y等项目"), else to those named
before it in the clause ("X正式开业"), else, when the clause has no subject of
its own ("…，是今年首个开工的工程"), to the nearest project named earlier in
the sentence. Their year is the nearest year expression before the trigger in
the sentence (今年/去年/明年 resolved against the document's date), else the
last one earlier in the paragraph, else the one in the heading of the
report's section (二、2024年工作安排), else none. A milestone is planned
when the nearest word before it says so (力争, 计划, 将, 推动 …), when it is
dated after the document, or when it stands in the plan part of a report;
else it is done (statuses.py, and [plan] in the data).

Quantities (总投资26亿元, 用地面积161亩, 建筑面积12万平方米) attach to the
nearest project named before them in the clause, to the project they modify
("总投资26亿元的X"), or to the sentence's topic when the clause starts with
the quantity ("X东至…，用地面积161亩"); never to an item of an enumeration
or a count of projects ("A、B等5个项目总投资30亿元" is a sum). A value after
超 / 以上 / 余 is a lower bound, recorded under kgo:minTotalInvestment,
kgo:minLandArea or kgo:minFloorArea.

Words, units, qualifiers and section headings are data: kg/data/facts.toml.
The modules follow its seams: rules (the data compiled), numbers (amounts and
units), periods (years and report sections), clauses (what a fact can attach
to), statuses and quantities.
"""
from __future__ import annotations

from ..model import Document, Entity, Fact, Mention
from .clauses import Clauses, Named
from .numbers import parse_number, read_amount
from .periods import date_at, doc_year, sections, year_at, year_expressions
from .quantities import quantities
from .rules import HOLDERS, FactRules, load_fact_rules
from .statuses import is_planned, markers, statuses

__all__ = ["extract_facts", "load_fact_rules", "parse_number", "read_amount", "sections",
           "plan_cues", "FactRules"]


def extract_facts(docs: list[Document], mentions: dict[str, list[Mention]],
                  entities: dict[str, Entity],
                  rules: FactRules | None = None) -> list[Fact]:
    """Status milestones and quantities of the Projects and Platforms of ``docs``.

    ``mentions`` by document id (each with its entity ``key``, set by link) are
    what recognise and link produced; one Fact per entity, attribute, value
    and sentence.
    """
    r = rules or load_fact_rules()
    facts: dict[tuple, Fact] = {}
    holds: dict[str, bool] = {}         # key -> whether its entity can hold a fact
    for doc in docs:
        by_sentence: dict[int, list[Named]] = {}
        for m in mentions.get(doc.doc_id, ()):
            key = m.key or None
            if key is None or key not in entities:
                continue
            holder = holds.get(key)
            if holder is None:
                e = entities[key]
                holder = holds[key] = bool(({e.cls} | e.extra_classes) & HOLDERS)
            by_sentence.setdefault(m.sentence, []).append(Named(m.start, m.end, key, holder, m.group))
        year = doc_year(doc)
        years = _Years(doc, year, r)
        periods = sections(doc, r)
        for s in doc.sentences:
            named = by_sentence.get(s.index)
            if not named or not any(n.holder for n in named):
                continue
            sent = Clauses(s.text, named, r)
            found = markers(sent, years[s.index], year, r)
            for key, kind, m, rule in statuses(sent, r):
                y = year_at(doc, years, periods, s.index, m.start())
                f = Fact(key, "status", kind, "string", doc.doc_id, s.index,
                         year=str(y) if y else None, rule=rule,
                         confidence=r.confidence[rule], text=m.group(),
                         planned=is_planned(sent, m.start(), m.end(), found, periods[s.index], r),
                         date=date_at(s.text, m.start(), y, years[s.index], r) if y else None)
                facts.setdefault((key, "status", kind, doc.doc_id, s.index), f)
            for key, prop, value, unit, rule, text in quantities(sent, r):
                f = Fact(key, prop, value, "decimal", doc.doc_id, s.index, unit=unit, rule=rule,
                         confidence=r.confidence[rule], text=text)
                facts.setdefault((key, prop, value, doc.doc_id, s.index), f)
    return list(facts.values())


class _Years(dict):
    """The year expressions of each sentence of a document, by index: read when asked
    for (a sentence with a project or park, and those before it in its paragraph)."""

    def __init__(self, doc: Document, year: int | None, r: FactRules):
        super().__init__()
        self.texts = {s.index: s.text for s in doc.sentences}
        self.year, self.r = year, r

    def __missing__(self, index: int) -> list[tuple[int, int, int | None]]:
        got = self[index] = year_expressions(self.texts[index], self.year, self.r)
        return got


def plan_cues(doc: Document, rules: FactRules | None = None) -> list[bool]:
    """For each sentence of ``doc``: whether anything in it or around it can
    make a milestone planned (a plan word, a year after the document's, or a
    plan section). A planned fact comes only from such a sentence."""
    r = rules or load_fact_rules()
    year = doc_year(doc)
    out = []
    for s, period in zip(doc.sentences, sections(doc, r)):
        sent = Clauses(s.text, [], r)
        kinds = {k for _, _, k in markers(sent, year_expressions(s.text, year, r), year, r)}
        out.append(period.kind == "plan" or bool(kinds & {"intent", "push"})
                   or any(w in s.text for w in r.plan_after))
    return out
