"""Project timelines merged across documents (`kg timeline`), and a track's projects by status.

    >>> from kg.store import open_store
    >>> from kg.timeline import load_timelines, select, format_timelines
    >>> store = open_store("kg-store")                                          # doctest: +SKIP
    >>> print(format_timelines(select(store, track="生命健康")))               # doctest: +SKIP
    华东医药生命科学产业园 · 项目+平台 · kgr:Platform/华东医药生命科学产业园
      2021  开工 done  [1]
      总投资 Total investment  26亿元 (2600000000 CNY)  [1]
      用地面积 Land area  161亩  [1]
      [1] “华东医药生命科学产业园东至规划道路,…是今年首个开工的…” — 004_ae53370610f934a0.txt#55

A timeline holds every status event of a project (签约 → 落地 → 开工 → 封顶 →
竣工 → 投用 / 开业), in order of date and stage, each with its date as precise
as the text gives it (kgo:eventDate, else kgo:year), planned kept apart from
done; the same milestone stated by several sentences is one event with every
source. Then the quantities (total investment, land and floor area, their
lower bounds), each value with its sources.

The status of a project, for `progress`, is the furthest stage stated as done;
a project with only planned milestones is "planned".
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import networkx as nx

from .graph import CLASS_ZH, load_graph, resolve
from .query import select_values, shorten

STAGES = ["签约", "落地", "开工", "封顶", "竣工", "投用", "开业"]
"""Milestones in the order a project goes through them (投用 and 开业 both end it)."""
STAGE = {k: i for i, k in enumerate(STAGES)}
STAGE["开业"] = STAGE["投用"]

QUANTITIES = [("totalInvestment", "总投资", "Total investment", "CNY"),
              ("minTotalInvestment", "总投资（下限）", "Total investment, at least", "CNY"),
              ("landArea", "用地面积", "Land area", "亩"),
              ("minLandArea", "用地面积（下限）", "Land area, at least", "亩"),
              ("floorArea", "建筑面积", "Floor area", "m2"),
              ("minFloorArea", "建筑面积（下限）", "Floor area, at least", "m2")]
_QUANTITY = {q[0]: q for q in QUANTITIES}


@dataclass(frozen=True)
class Source:
    doc: str
    index: int
    sentence: str

    def ref(self) -> str:
        return f"{self.doc}#{self.index}"


@dataclass
class Event:
    """A milestone, merged over the sentences that state it."""
    kind: str                      # 签约 开工 封顶 竣工 投用 开业 落地
    year: int | None
    date: str | None               # "2023-06" / "2023-06-18" where the text gives it
    planned: bool
    sources: list[Source] = field(default_factory=list)

    @property
    def when(self) -> str:
        return self.date or (str(self.year) if self.year else "")

    def sort_key(self) -> tuple:
        return (self.date or (f"{self.year}" if self.year else "9999"), STAGE.get(self.kind, 9), self.planned)


@dataclass
class Quantity:
    prop: str                      # totalInvestment, landArea …
    value: Decimal
    sources: list[Source] = field(default_factory=list)

    def text(self) -> str:
        _, zh, en, unit = _QUANTITY[self.prop]
        v = self.value
        if unit == "CNY":
            short = f"{_plain(v / 100000000)}亿元" if v >= 100000000 else f"{_plain(v / 10000)}万元"
            return f"{short} ({_plain(v)} CNY)"
        return f"{_plain(v)}{'亩' if unit == '亩' else '平方米'}"


@dataclass
class Timeline:
    """What the graph says happened, and is planned, to one project."""
    iri: str
    name: str
    classes: list[str]
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def status(self) -> str | None:
        """The furthest stage stated as done; "planned" when only plans are stated; None without events."""
        done = [e for e in self.events if not e.planned]
        if done:
            return max(done, key=lambda e: (STAGE.get(e.kind, -1), e.kind == "开业")).kind
        return "planned" if self.events else None

    def investment(self) -> Decimal | None:
        """The largest total investment stated (a project counted once however many sources)."""
        values = [q.value for q in self.quantities if q.prop == "totalInvestment"]
        return max(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "name": self.name, "classes": self.classes, "status": self.status(),
                "events": [{"kind": e.kind, "year": e.year, "date": e.date, "planned": e.planned,
                            "sources": [s.__dict__ for s in e.sources]} for e in self.events],
                "quantities": [{"property": q.prop, "value": _plain(q.value), "unit": _QUANTITY[q.prop][3],
                                "text": q.text(), "sources": [s.__dict__ for s in q.sources]}
                               for q in self.quantities]}


def _plain(d: Decimal) -> str:
    return format(Decimal(d).normalize(), "f")



def load_timelines(store) -> dict[str, Timeline]:
    """Every entity with a status event or a quantity, by IRI, its events in order."""
    out: dict[str, Timeline] = {}

    def timeline(iri: str, name: str | None) -> Timeline:
        if iri not in out:
            out[iri] = Timeline(iri, name or iri, [])
        return out[iri]

    for r in select_values(store, """
            SELECT ?p ?name ?kind ?year ?date ?planned ?text ?doc ?index WHERE {
              ?p kgo:status ?e . ?e kgo:eventType ?kind ; kgo:planned ?planned ; kgo:sentence ?s .
              ?s kgo:text ?text ; kgo:index ?index ; dcterms:isPartOf/dcterms:identifier ?doc .
              # optional parts last: Oxigraph joins in the written order, and an
              # OPTIONAL before the sentence turns a 1 s query into minutes on a large store
              OPTIONAL { ?e kgo:year ?year } OPTIONAL { ?e kgo:eventDate ?date }
              OPTIONAL { ?p rdfs:label ?name . FILTER (LANG(?name) = "zh") }
            }"""):
        t = timeline(r["p"], r["name"])
        planned = r["planned"] == "true"
        year = int(r["year"]) if r["year"] else None
        ev = next((e for e in t.events if (e.kind, e.year, e.date, e.planned) == (r["kind"], year, r["date"], planned)),
                  None)
        if ev is None:
            ev = Event(r["kind"], year, r["date"], planned)
            t.events.append(ev)
        ev.sources.append(Source(r["doc"], int(r["index"]), r["text"]))
    props = " ".join(f"kgo:{q[0]}" for q in QUANTITIES)
    for r in select_values(store, f"""
            SELECT ?p ?name ?prop ?value ?text ?doc ?index WHERE {{
              VALUES ?prop {{ {props} }}
              ?p ?prop ?value .
              ?ev rdf:subject ?p ; rdf:predicate ?prop ; rdf:object ?value ; kgo:sentence ?s .
              ?s kgo:text ?text ; kgo:index ?index ; dcterms:isPartOf/dcterms:identifier ?doc .
              OPTIONAL {{ ?p rdfs:label ?name . FILTER (LANG(?name) = "zh") }}
            }}"""):
        t = timeline(r["p"], r["name"])
        prop = r["prop"].rsplit("#", 1)[-1]
        value = Decimal(r["value"])
        q = next((q for q in t.quantities if (q.prop, q.value) == (prop, value)), None)
        if q is None:
            q = Quantity(prop, value)
            t.quantities.append(q)
        q.sources.append(Source(r["doc"], int(r["index"]), r["text"]))
    order = {q[0]: i for i, q in enumerate(QUANTITIES)}
    for t in out.values():
        t.events.sort(key=Event.sort_key)
        t.quantities.sort(key=lambda q: (order[q.prop], q.value))
        for x in (*t.events, *t.quantities):
            x.sources.sort(key=lambda s: (s.doc, s.index))
    return out


# --------------------------------------------------------------------------
# which projects

def _is_project(G: nx.MultiDiGraph, iri: str) -> bool:
    return "Project" in G.nodes[iri].get("classes", [])


def track_projects(G: nx.MultiDiGraph, track: str) -> list[str]:
    """The projects of the chain of ``track`` (as `kg chain` finds it), a park that is also a project included."""
    from .chain import chain
    c = chain(G, track, top=0)
    return sorted((n for n in c.members() if n in G and _is_project(G, n)),
                  key=lambda n: G.nodes[n]["label"])


def place_projects(G: nx.MultiDiGraph, place: str) -> list[str]:
    """The projects located in ``place``, or in what is located in or part of it (any depth)."""
    root = resolve(G, place, classes=["Place", "CommercialDistrict", "Platform"], what="place")
    inside, todo = {root}, [root]
    while todo:
        node = todo.pop()
        for s, _, k in G.in_edges(node, keys=True):
            if G.edges[s, node, k].get("predicate", k) in ("locatedIn", "partOf") and s not in inside:
                inside.add(s)
                todo.append(s)
    return sorted((n for n in inside - {root} if _is_project(G, n)), key=lambda n: G.nodes[n]["label"])


def select(store, project: str | None = None, track: str | None = None, place: str | None = None,
           G: nx.MultiDiGraph | None = None) -> list[Timeline]:
    """The timelines of one project, or of the projects of a track and/or in a place.

    A project of the track or place with nothing stated about it gets an empty timeline.
    Raises `kg.graph.NotFound` (with suggestions) for an unknown name."""
    G = G if G is not None else load_graph(store)
    timelines = load_timelines(store)
    if project:
        nodes = [resolve(G, project, what="project")]
    else:
        nodes = None
        if track:
            nodes = track_projects(G, track)
        if place:
            here = place_projects(G, place)
            nodes = here if nodes is None else [n for n in nodes if n in set(here)]
        if nodes is None:
            nodes = sorted((n for n in timelines if n in G and _is_project(G, n)), key=lambda n: G.nodes[n]["label"])
    out = []
    for n in nodes:
        t = timelines.get(n) or Timeline(n, G.nodes[n]["label"], [])
        t.name = G.nodes[n]["label"]
        t.classes = list(G.nodes[n]["classes"])
        out.append(t)
    # the ones with something to show first
    return sorted(out, key=lambda t: (not (t.events or t.quantities), t.name))


# --------------------------------------------------------------------------
# a track's projects by status

@dataclass
class Progress:
    """The projects of one track by status, and the total investment stated for them."""
    track: str                      # the track's label
    projects: int
    by_status: dict[str, int]       # 开工: 3, planned: 1, none: 2 (STAGES order, then planned, none)
    investment: Decimal             # sum over projects of the largest total each is stated to have
    with_investment: int

    def text(self) -> str:
        parts = [f"{k} {n}" for k, n in self.by_status.items()]
        money = (f"{_plain(self.investment / 100000000)}亿元 stated for {self.with_investment}"
                 if self.with_investment else "none stated")
        return f"{self.track}: {self.projects} project{'' if self.projects == 1 else 's'} — " + " · ".join(parts) + f"; total investment {money}"

    def to_json(self) -> dict[str, Any]:
        return {"track": self.track, "projects": self.projects, "by_status": self.by_status,
                "investment": _plain(self.investment), "with_investment": self.with_investment}


def _progress(label: str, nodes: list[str], timelines: dict[str, Timeline]) -> Progress:
    counts: dict[str, int] = {}
    total, n_money = Decimal(0), 0
    for n in nodes:
        t = timelines.get(n)
        status = (t.status() if t else None) or "none"
        counts[status] = counts.get(status, 0) + 1
        money = t.investment() if t else None
        if money is not None:
            total += money
            n_money += 1
    order = {k: i for i, k in enumerate([*STAGES, "planned", "none"])}
    by_status = dict(sorted(counts.items(), key=lambda kv: order.get(kv[0], 99)))
    return Progress(label, len(nodes), by_status, total, n_money)


def progress(c, timelines: dict[str, Timeline]) -> list[Progress]:
    """For a chain ``c`` (kg.chain.Chain): its whole track first, then each sub-track
    (the projects stated to be in it)."""
    G = c.G
    rows = [_progress(G.nodes[c.track]["label"], [n for n in c.members() if _is_project(G, n)], timelines)]
    for t in c.tracks[1:]:
        inside = sorted({s for s, _, k in G.in_edges(t, keys=True)
                         if G.edges[s, t, k].get("predicate", k) == "inTrack" and _is_project(G, s)})
        if inside:
            rows.append(_progress(G.nodes[t]["label"], inside, timelines))
    return rows


# --------------------------------------------------------------------------
# formats

def format_timelines(timelines: list[Timeline], fmt: str = "text") -> str:
    """Timelines as text (each sentence printed once per project, numbered) or JSON."""
    if fmt == "json":
        return json.dumps([t.to_json() for t in timelines], ensure_ascii=False, indent=1)
    if fmt != "text":
        raise ValueError(f"unknown format '{fmt}' — use text or json")
    if not timelines:
        return "(no projects)"
    out = []
    for t in timelines:
        classes = "+".join(CLASS_ZH.get(c, c) for c in t.classes)
        status = t.status()
        out.append(f"{t.name} · {classes} · {shorten(t.iri)}" + (f" · status {status}" if status else ""))
        notes: dict[Source, int] = {}

        def refs(sources: list[Source]) -> str:
            for s in sources:
                notes.setdefault(s, len(notes) + 1)
            return "".join(f"[{notes[s]}]" for s in sources)
        if not t.events and not t.quantities:
            out.append("  (nothing stated about its progress)")
        for e in t.events:
            out.append(f"  {e.when or '----':10s} {e.kind} {'planned' if e.planned else 'done':7s} {refs(e.sources)}")
        for q in t.quantities:
            _, zh, en, _ = _QUANTITY[q.prop]
            out.append(f"  {zh} {en}: {q.text()}  {refs(q.sources)}")
        for s, n in notes.items():
            out.append(f"  [{n}] “{' '.join(s.sentence.split())}” — {s.ref()}")
        out.append("")
    return "\n".join(out).rstrip()


def timeline_panel(t: Timeline) -> dict[str, Any]:
    """A timeline for the network page's side panel (kg/data/viz.js): short keys, sentences inline."""
    return {"status": t.status(),
            "events": [[e.when, e.kind, e.planned, [[s.sentence, s.ref()] for s in e.sources]] for e in t.events],
            "quantities": [[_QUANTITY[q.prop][1], q.text(), [[s.sentence, s.ref()] for s in q.sources]]
                           for q in t.quantities]}
