"""Project facts: status milestones with their year, total investment, land and floor area.

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
last one earlier in the paragraph, else none.

Quantities (总投资26亿元, 用地面积161亩, 建筑面积12万平方米) attach to the
nearest project named before them in the clause, to the project they modify
("总投资26亿元的X"), or to the sentence's topic when the clause starts with
the quantity ("X东至…，用地面积161亩"); never to an item of an enumeration
or a count of projects ("A、B等5个项目总投资30亿元" is a sum). A value after
超 / 以上 / 余 is a lower bound, recorded under kgo:minTotalInvestment,
kgo:minLandArea or kgo:minFloorArea.

Words, units and qualifiers are data: kg/data/facts.toml.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from functools import lru_cache

from .model import Document, Entity, Fact, Mention
from .resources import data_path

# The classes a fact can be about.
HOLDERS = {"Project", "Platform"}


def _alt(words) -> str:
    """A regex alternation, longest word first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class _Quantity:
    prop: str
    unit: str
    pattern: re.Pattern        # keyword followed by an amount
    amount: re.Pattern         # the amount alone
    not_after: tuple[str, ...]
    units: dict[str, Fraction]
    skip_units: frozenset[str]


class FactRules:
    """kg/data/facts.toml, compiled."""

    def __init__(self, data: dict):
        self.data = data
        self.breaks = re.compile("[" + re.escape(data["clause_breaks"]) + "]")
        st = data["status"]
        self.triggers: dict[str, str] = data["status"]["triggers"]
        self.trigger_re = re.compile(_alt(self.triggers))
        self.not_followed_by = tuple(st["not_followed_by"])
        self.not_after = tuple(st["not_after"])
        self.object_gap = st["object_gap"]
        self.topic_leads = tuple(sorted(st["topic_leads"], key=len, reverse=True))
        yr = data["year"]
        self.relative: dict[str, int] = yr["relative"]
        self.year_re = re.compile(
            rf"(?:(?P<y>(?:19|20)\d\d)年|(?P<rel>{_alt(yr['relative'])}))(?:{_alt(yr['parts'])})?"
            rf"|(?P<part>{_alt(yr['parts'])})")
        self.year_not_followed_by = tuple(yr["not_followed_by"])
        q = data["qualifiers"]
        self.lower, self.upper = set(q["lower_bound"]), set(q["upper_bound"])
        quals = _alt(q["lower_bound"] + q["approximate"] + q["filler"] + q["upper_bound"])
        post = _alt(q["lower_bound"] + q["approximate"] + q["upper_bound"])
        mid = _alt(q["before_unit"])
        self.aggregate = re.compile(data["aggregate"])
        n = data["numbers"]
        self.digits, self.small, self.big = n["digits"], n["small_units"], n["big_units"]
        cn = "".join([*self.digits, *self.small, *self.big])
        self.quantities: dict[str, _Quantity] = {}
        for prop, spec in data["quantity"].items():
            units = {u: Fraction(f) for u, f in spec["units"].items()}
            amount = (rf"(?P<pre>(?:{quals})*)(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{cn}]+)"
                      rf"(?P<big>[{''.join(self.big)}]*)(?P<mid>{mid})?"
                      rf"(?P<unit>{_alt([*units, *spec['skip_units']])})(?P<post>{post})?")
            self.quantities[prop] = _Quantity(
                prop, spec["unit"], re.compile(rf"(?P<kw>{_alt(spec['keywords'])}){amount}"),
                re.compile(amount), tuple(spec["not_after"]), units, frozenset(spec["skip_units"]))
        self.confidence: dict[str, float] = data["confidence"]


@lru_cache(maxsize=1)
def load_fact_rules() -> FactRules:
    with open(data_path("facts.toml"), "rb") as f:
        return FactRules(tomllib.load(f))


# -- numbers ---------------------------------------------------------------------------

def parse_number(text: str, rules: FactRules | None = None) -> Fraction | None:
    """Arabic or Chinese numerals with 十/百/千/万/亿, exactly.

    >>> [str(parse_number(s)) for s in ("161", "1,200", "5.2亿", "百亿", "一亿二千万", "十二万")]
    ['161', '1200', '520000000', '10000000000', '120000000', '120000']
    """
    r = rules or load_fact_rules()
    total, section, current = Fraction(0), Fraction(0), None
    for tok in re.findall(r"\d+(?:\.\d+)?|.", text.replace(",", "")):
        if tok[0].isdigit():
            current = Fraction(tok)
        elif tok in r.digits:
            current = Fraction(r.digits[tok])
        elif tok in r.small:        # 三千 = 3 x 1000; 百 alone = 100
            section += (current if current is not None else 1) * r.small[tok]
            current = None
        elif tok in r.big:          # 一亿二千万: each 亿/万 closes what came before it
            amount = section + (current or 0)
            if r.big[tok] > 10000:  # 亿 multiplies everything before it (2.6万亿)
                total = ((total + amount) or 1) * r.big[tok]
            else:
                total += (amount or 1) * r.big[tok]
            section, current = Fraction(0), None
        else:
            return None
    value = total + section + (current or 0)
    return value if value > 0 else None


def _decimal(value: Fraction) -> str:
    """A plain xsd:decimal lexical form, at most 4 decimal places: 2600000000, 107.3333."""
    d = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_EVEN).normalize()
    return format(d, "f")


def read_amount(prop: str, text: str, rules: FactRules | None = None) -> tuple[str, str, int] | None:
    """The amount at the start of ``text`` (right after a keyword of ``prop``):
    (property, value in the property's unit, length read), or None when there
    is none, it is in a foreign currency or it is only an upper bound.

    >>> read_amount("landArea", "161亩,总投资")
    ('landArea', '161', 4)
    >>> read_amount("totalInvestment", "约5000万美元") is None
    True
    """
    r = rules or load_fact_rules()
    q = r.quantities[prop]
    m = q.amount.match(text)
    return _amount(r, q, m) if m else None


def _amount(r: FactRules, q: _Quantity, m: re.Match) -> tuple[str, str, int] | None:
    if m["unit"] in q.skip_units:
        return None
    quals = set(re.findall(_alt(r.lower | r.upper), m["pre"] or "")) | {m["mid"], m["post"]}
    if quals & r.upper:
        return None
    value = parse_number(m["num"] + m["big"], r)
    if value is None:
        return None
    prop = q.prop
    if quals & r.lower:
        prop = "min" + prop[0].upper() + prop[1:]
    return prop, _decimal(value * q.units[m["unit"]]), m.end() - m.start("pre")


# -- sentences ---------------------------------------------------------------------------

@dataclass
class _Named:
    """A mention of the sentence, with the entity it was linked to."""
    start: int
    end: int
    key: str
    holder: bool               # a Project or Platform
    group: str


class _Sentence:
    def __init__(self, text: str, named: list[_Named], rules: FactRules):
        self.text, self.named, self.r = text, sorted(named, key=lambda n: n.start), rules
        # clause spans; a comma between digits is a thousands separator
        cuts = [m.start() for m in rules.breaks.finditer(text)
                if not (m.group() == "," and re.match(r",\d{3}(?!\d)", text[m.start():]))]
        self.clauses = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))

    def clause(self, pos: int) -> tuple[int, int]:
        return next(c for c in self.clauses if c[0] <= pos < c[1] + 1)

    def inside_name(self, start: int, end: int) -> bool:
        return any(n.start < end and start < n.end for n in self.named)

    def holders(self, start: int, end: int) -> list[_Named]:
        return [n for n in self.named if n.holder and start <= n.start and n.end <= end]

    def listed_with(self, anchor: _Named, candidates: list[_Named]) -> list[_Named]:
        """``anchor`` and the candidates that are items of one list with it
        (one enumeration group, or joined by 、/和 alone): in "依托X建设的Y开工"
        only Y started, in "X、Y正式开业" both opened."""
        inside = [n is anchor or bool(anchor.group and n.group == anchor.group) for n in candidates]
        joined = [bool(re.fullmatch(r"[、和与及]", self.text[a.end:b.start]))
                  for a, b in zip(candidates, candidates[1:])]
        for order in (range(len(joined)), reversed(range(len(joined)))):   # spread both ways
            for i in order:
                if joined[i] and (inside[i] or inside[i + 1]):
                    inside[i] = inside[i + 1] = True
        return [n for n, keep in zip(candidates, inside) if keep]

    def topic(self, clause_start: int, pos: int) -> _Named | None:
        """The project a subject-less clause continues: the nearest named earlier
        in the sentence, when the clause names nothing before ``pos`` and starts
        there or with a lead word (是, 将于, 预计 …)."""
        lead = self.text[clause_start:pos].strip()
        for word in ("其中", "该项目", "项目"):
            lead = lead.removeprefix(word)
        before = self.holders(0, clause_start)
        if (lead and not lead.startswith(self.r.topic_leads)) or not before \
                or self.inside_name(clause_start, pos):
            return None
        return before[-1]


def _year_expressions(text: str, doc_year: int | None, r: FactRules) -> list[tuple[int, int | None]]:
    """(end offset, year or None when unresolved) of each year expression in ``text``."""
    out = []
    for m in r.year_re.finditer(text):
        if text[m.end():].startswith(r.year_not_followed_by):
            continue
        if m["y"]:
            year = int(m["y"])
        else:
            offset = r.relative[m["rel"]] if m["rel"] else 0
            year = doc_year + offset if doc_year else None
        out.append((m.end(), year))
    return out


def _year_at(doc: Document, years: dict[int, list[tuple[int, int | None]]],
             index: int, pos: int) -> int | None:
    """The year of what sentence ``index`` states at ``pos``: the nearest year
    expression before it in the sentence, else the last one in the earlier
    sentences of its paragraph, else None."""
    before = [y for end, y in years[index] if end <= pos]
    if before:
        return before[-1]
    paragraph = doc.sentences[index].paragraph
    for prev in range(index - 1, -1, -1):
        if doc.sentences[prev].paragraph != paragraph:
            break
        if years[prev]:
            return years[prev][-1][1]
    return None


def _doc_year(doc: Document) -> int | None:
    return int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None


# -- the stage -----------------------------------------------------------------------------

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
    for doc in docs:
        by_sentence: dict[int, list[_Named]] = {}
        for m in mentions.get(doc.doc_id, ()):
            key = m.key or None
            if key is None or key not in entities:
                continue
            e = entities[key]
            holder = bool(({e.cls} | e.extra_classes) & HOLDERS)
            by_sentence.setdefault(m.sentence, []).append(_Named(m.start, m.end, key, holder, m.group))
        year = _doc_year(doc)
        years = {s.index: _year_expressions(s.text, year, r) for s in doc.sentences}
        for s in doc.sentences:
            named = by_sentence.get(s.index)
            if not named or not any(n.holder for n in named):
                continue
            sent = _Sentence(s.text, named, r)
            for key, kind, at, rule, text in _statuses(sent, r):
                y = _year_at(doc, years, s.index, at)
                f = Fact(key, "status", kind, "string", doc.doc_id, s.index,
                         year=str(y) if y else None, rule=rule,
                         confidence=r.confidence[rule], text=text)
                facts.setdefault((key, "status", kind, doc.doc_id, s.index), f)
            for key, prop, value, unit, rule, text in _quantities(sent, r):
                f = Fact(key, prop, value, "decimal", doc.doc_id, s.index, unit=unit, rule=rule,
                         confidence=r.confidence[rule], text=text)
                facts.setdefault((key, prop, value, doc.doc_id, s.index), f)
    return list(facts.values())


def _statuses(sent: _Sentence, r: FactRules):
    """(entity key, event type, trigger offset, rule, trigger) of each milestone."""
    text = sent.text
    for cs, ce in sent.clauses:
        hits = [m for m in r.trigger_re.finditer(text, cs, ce)
                if not sent.inside_name(m.start(), m.end())
                and not text[m.end():].startswith(r.not_followed_by)
                and not text[:m.start()].endswith(r.not_after)]
        for i, m in enumerate(hits):
            kind = r.triggers[m.group()]
            upto = hits[i + 1].start() if i + 1 < len(hits) else ce
            since = hits[i - 1].end() if i else cs
            objects = sent.holders(m.end(), upto)
            if objects and objects[0].start - m.end() <= r.object_gap:
                found, rule = sent.listed_with(objects[0], objects), "status-object"
            elif (subjects := sent.holders(since, m.start())) \
                    and "、" not in text[subjects[-1].end:m.start()]:
                # "X、Y正式开业"; but in "实施X项目3个、建成…" X is not what was built
                found, rule = sent.listed_with(subjects[-1], subjects), "status-subject"
            else:
                t = sent.topic(cs, m.start())
                found, rule = ([t] if t else []), "status-topic"
            for n in found:
                yield n.key, kind, m.start(), rule, m.group()


def _quantities(sent: _Sentence, r: FactRules):
    """(entity key, property, value, unit, rule, matched text) of each quantity."""
    text = sent.text
    for q in r.quantities.values():
        for m in q.pattern.finditer(text):
            if sent.inside_name(m.start(), m.end()) or text[:m.start()].endswith(q.not_after):
                continue
            amount = _amount(r, q, m)
            if amount is None:
                continue
            prop, value, _ = amount
            cs, ce = sent.clause(m.start())
            before = sent.holders(cs, m.start())
            after = [n for n in sent.holders(m.end(), ce)
                     if n.start - m.end() <= 2 and text[m.end():n.start].startswith("的")]
            if before:
                n, rule = before[-1], "quantity-clause"
                if r.aggregate.search(text[n.end:m.start()]):
                    continue
            elif after:
                n, rule = after[0], "quantity-attributive"
            else:
                n, rule = sent.topic(cs, m.start()), "quantity-topic"
                if n is None or "等" in text[n.end:m.start()]:
                    continue
            if len(sent.listed_with(n, sent.holders(0, len(text)))) > 1:
                continue            # an amount after a list of projects is their sum
            yield n.key, prop, value, q.unit, rule, m.group()
