"""Indicators read back from a store: a table by measure and period, each figure
with the sentence behind it, where sources disagree flagged (`kg indicators`).

    >>> from kg.store import open_store
    >>> from kg.indicators.table import load_rows, format_rows
    >>> rows = load_rows(open_store("kg-store"), area="拱墅区", measure="地区生产总值")   # doctest: +SKIP
    >>> print(format_rows(rows, "table"))                                              # doctest: +SKIP

A row is what one sentence states about one measure of one area for one
period: its amount and its growth rate (each with the rank the text gives
it), result or target. Two rows of the same area, measure, period and kind
whose amounts (or growth rates) differ by more than the coarser precision
of the two (1273亿元 and 1273.4亿元 agree) are in conflict: both are kept and
each names the other's source.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from ..query import QueryResult, format_table, select_values
from .periods import Period
from .rules import load_indicator_rules


FORMATS = ("table", "csv", "json", "html")

_QUERY = """
SELECT ?obs ?area ?areaName ?code ?measureName ?period ?mt ?value ?unit ?kind ?stated ?prec
       ?bound ?avg ?rank ?within ?scope ?text ?doc ?index WHERE {
  ?obs a qb:Observation ; kgo:refArea ?area ; kgo:refPeriod ?p ; kgo:indicator ?ind ;
       kgo:unitMeasure ?unit ; kgo:figureKind ?kind ; kgo:statedAs ?stated ;
       kgo:sentence ?s .
  # a UNION, not ?obs ?mt ?value: Oxigraph joins a variable predicate without its indexes
  { ?obs kgo:amount ?value . BIND ("amount" AS ?mt) } UNION { ?obs kgo:growthRate ?value . BIND ("growthRate" AS ?mt) }
  ?ind skos:notation ?code ; rdfs:label ?measureName . FILTER (LANG(?measureName) = "zh")
  ?p rdfs:label ?period . FILTER (LANG(?period) = "en")
  OPTIONAL { ?area rdfs:label ?areaName . FILTER (LANG(?areaName) = "zh") }
  ?s kgo:text ?text ; kgo:index ?index ; dcterms:isPartOf/dcterms:identifier ?doc .
  OPTIONAL { ?obs kgo:precision ?prec }
  OPTIONAL { ?obs kgo:bound ?bound }
  OPTIONAL { ?obs kgo:averageOver ?avg }
  OPTIONAL { ?obs kgo:rank ?rank }
  OPTIONAL { ?obs kgo:rankWithin ?within }
  OPTIONAL { ?obs kgo:rankScope ?scope }
}"""

BOUND_ZH = {"atLeast": "以上", "atMost": "以内", "about": "左右"}


class IndicatorError(LookupError):
    """An area or measure with no indicators; the message says which there are."""


@dataclass
class Figure:
    """An amount or a growth rate as stored."""
    value: Decimal
    unit: str
    kind: str                       # result, target, average
    stated: str                     # as the text writes it
    precision: Decimal = Decimal(1)
    bound: str | None = None
    average_over: int | None = None
    rank: int | None = None
    rank_within: int | None = None
    rank_scope: str | None = None

    def rank_text(self) -> str:
        if self.rank is not None:
            return f"{self.rank_scope or ''}第{self.rank}"
        if self.rank_within is not None:
            return f"{self.rank_scope or ''}前{self.rank_within}"
        return ""


@dataclass
class Row:
    """What one sentence states about one measure of one area for one period."""
    area: str
    area_iri: str
    measure: str                    # the canonical Chinese name
    code: str                       # the measure's key (GDP)
    period: Period
    kind: str                       # "result" or "target" (an average growth is a result's)
    doc: str
    index: int
    sentence: str
    amount: Figure | None = None
    growth: Figure | None = None
    conflicts: list[str] = field(default_factory=list)   # "doc#index" of rows it disagrees with

    @property
    def source(self) -> str:
        return f"{self.doc}#{self.index}"

    def amount_text(self) -> str:
        return _amount_text(self.amount) if self.amount else ""

    def growth_text(self) -> str:
        g = self.growth
        if g is None:
            return ""
        text = f"{_plain(g.value)}%" + BOUND_ZH.get(g.bound or "", "")
        if g.kind == "average":
            text += f" (average over {g.average_over} years)" if g.average_over else " (average)"
        return text

    def rank_text(self) -> str:
        parts = []
        if self.amount and self.amount.rank_text():
            parts.append(f"总量{self.amount.rank_text()}")
        if self.growth and self.growth.rank_text():
            parts.append(f"增幅{self.growth.rank_text()}")
        return " ".join(parts)


def _plain(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text


def _amount_text(f: Figure) -> str:
    """209150000000 CNY -> '2091.5亿元 (209150000000 CNY)'."""
    value = f.value
    if abs(value) >= Decimal(100000000):
        short = f"{_plain(value / Decimal(100000000))}亿"
    elif abs(value) >= Decimal(10000):
        short = f"{_plain(value / Decimal(10000))}万"
    else:
        short = _plain(value)
    currency = {"CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元"}.get(f.unit.split("/")[0], f.unit)
    per = "/人" if f.unit.endswith("/person") else ""
    return f"{short}{currency}{per}{BOUND_ZH.get(f.bound or '', '')} ({_plain(value)} {f.unit})"



def _figure(r: dict[str, Any]) -> Figure:
    return Figure(Decimal(r["value"]), r["unit"], r["kind"], r["stated"],
                  Decimal(r["prec"]) if r["prec"] else Decimal(1), r["bound"],
                  int(r["avg"]) if r["avg"] else None, int(r["rank"]) if r["rank"] else None,
                  int(r["within"]) if r["within"] else None, r["scope"])


def load_rows(store, area: str | None = None, measure: str | None = None) -> list[Row]:
    """The indicator rows of ``store`` (a pyoxigraph Store), for one area and one measure
    when given (a name, an alias, or the measure's code such as GDP), sorted by area,
    measure (in the vocabulary's order), period and source; conflicts marked.

    Raises `IndicatorError` when the area or measure has none, naming those there are."""
    raw = select_values(store, _QUERY)
    if area:
        names = _area_names(store)
        wanted = {iri for iri, ns in names.items() if area in ns}
        if not wanted:
            known = sorted({names[i][0] for i in {r["area"] for r in raw} if names.get(i)})
            raise IndicatorError(f"no indicators for an area named {area} — areas with indicators: "
                                 + (", ".join(known) or "none (build a corpus with economic figures)"))
        raw = [r for r in raw if r["area"] in wanted]
    rules = load_indicator_rules()
    if measure:
        m = rules.by_name.get(measure) or rules.by_key.get(measure)
        if m is None:
            raise IndicatorError(f"no measure named {measure} — measures: "
                                 + ", ".join(x.zh for x in rules.measures))
        raw = [r for r in raw if r["code"] == m.key]
    order = {m.key: i for i, m in enumerate(rules.measures)}
    rows: dict[tuple, Row] = {}
    for r in raw:
        fig = _figure(r)
        kind = "target" if fig.kind == "target" else "result"
        key = (r["area"], r["code"], r["period"], kind, r["doc"], int(r["index"]))
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(r["areaName"] or r["area"], r["area"], r["measureName"], r["code"],
                                  Period.from_code(r["period"]), kind, r["doc"], int(r["index"]), r["text"])
        if r["mt"] == "amount":
            row.amount = row.amount or fig
        else:
            row.growth = row.growth or fig
    out = sorted(rows.values(), key=lambda x: (x.area, order.get(x.code, 99), x.period.start, x.period.end,
                                                x.kind, x.doc, x.index))
    _flag_conflicts(out)
    return out


def _area_names(store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in select_values(store, """SELECT DISTINCT ?a ?n ?alt WHERE { ?o kgo:refArea ?a .
            ?a rdfs:label ?n . FILTER (LANG(?n) = "zh") OPTIONAL { ?a skos:altLabel ?alt } }"""):
        names = out.setdefault(r["a"], [r["n"]])
        if r["alt"] and r["alt"] not in names:
            names.append(r["alt"])
    return out


def _differ(a: Figure | None, b: Figure | None) -> bool:
    if a is None or b is None or a.unit != b.unit:
        return False
    if a.bound or b.bound:                 # a bound does not contradict a value
        return False
    return abs(a.value - b.value) > max(a.precision, b.precision) / 2


def _flag_conflicts(rows: list[Row]) -> None:
    groups: dict[tuple, list[Row]] = {}
    for r in rows:
        groups.setdefault((r.area_iri, r.code, r.period, r.kind), []).append(r)
    for group in groups.values():
        for a in group:
            for b in group:
                if a is not b and (_differ(a.amount, b.amount) or _differ(a.growth, b.growth)):
                    a.conflicts.append(b.source)


# --------------------------------------------------------------------------
# formats

COLUMNS = ["area", "measure", "period", "kind", "amount", "growth", "rank", "conflict", "doc", "sentence"]


def _cells(r: Row) -> list[str]:
    return [r.area, r.measure, r.period.label_zh, r.kind, r.amount_text(), r.growth_text(), r.rank_text(),
            ("≠ " + ", ".join(r.conflicts)) if r.conflicts else "", r.source, r.sentence]


def to_json(rows: list[Row]) -> dict[str, Any]:
    """The rows as a JSON-ready dict: ``rows`` (each with ``amount`` and ``growth`` in full,
    ``period`` with its code, label and dates) and ``conflicts`` (pairs of sources)."""
    out = []
    for r in rows:
        d = {"area": r.area, "area_iri": r.area_iri, "measure": r.measure, "code": r.code,
             "period": {"code": r.period.code, "label": r.period.label_zh, "start": r.period.start,
                        "end": r.period.end},
             "kind": r.kind, "doc": r.doc, "index": r.index, "sentence": r.sentence,
             "conflicts": list(r.conflicts)}
        for name in ("amount", "growth"):
            f = getattr(r, name)
            d[name] = None if f is None else {k: (str(v) if isinstance(v, Decimal) else v)
                                              for k, v in asdict(f).items()}
        out.append(d)
    pairs = sorted({tuple(sorted((r.source, c))) for r in rows for c in r.conflicts})
    return {"rows": out, "conflicts": [list(p) for p in pairs]}


def format_rows(rows: list[Row], fmt: str = "table", title: str | None = None) -> str:
    """``rows`` as an aligned text table, CSV, JSON or an HTML page with a chart per measure."""
    if fmt == "table":
        if not rows:
            return "(no indicators)"
        result = QueryResult("select", COLUMNS, [tuple(_cells(r)) for r in rows])
        text = format_table(result, max_width=48)
        flagged = sum(1 for r in rows if r.conflicts)
        if flagged:
            text += f"\n{flagged} rows disagree with another source for the same area, measure, period and kind (≠)"
        return text
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["area", "measure", "code", "period", "period_code", "kind", "amount", "amount_unit",
                    "amount_stated", "growth_percent", "growth_stated", "average_over", "amount_rank",
                    "growth_rank", "conflicts", "doc", "index", "sentence"])
        for r in rows:
            a, g = r.amount, r.growth
            w.writerow([r.area, r.measure, r.code, r.period.label_zh, r.period.code, r.kind,
                        _plain(a.value) if a else "", a.unit if a else "", a.stated if a else "",
                        _plain(g.value) if g else "", g.stated if g else "",
                        (g.average_over or "") if g else "", a.rank_text() if a else "",
                        g.rank_text() if g else "", " ".join(r.conflicts), r.doc, r.index, r.sentence])
        return buf.getvalue().rstrip("\n")
    if fmt == "json":
        return json.dumps(to_json(rows), ensure_ascii=False, indent=1)
    if fmt == "html":
        from .chart import indicators_html
        return indicators_html(rows, title=title)
    raise ValueError(f"unknown format '{fmt}' — use one of {', '.join(FORMATS)}")
