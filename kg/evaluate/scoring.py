"""Scores of a graph against gold, counted as ../shared/eval/score.py counts."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from ..model import CLASSES, PREDICATES
from .gold import Gold
from .graph import GraphItems, _is_cluster, graph_items, load_graph


@dataclass
class PRF:
    """Precision, recall and F1 (unrounded) with the graph and gold counts."""
    p: float
    r: float
    graph: int = 0
    gold: int = 0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    @classmethod
    def of(cls, tp_p: int, graph: int, tp_r: int, gold: int) -> "PRF":
        """``tp_p`` of ``graph`` items right, ``tp_r`` of ``gold`` items found.

        >>> round(PRF.of(3, 4, 3, 6).f, 4)
        0.6
        """
        return cls(tp_p / graph if graph else 0.0, tp_r / gold if gold else 0.0, graph, gold)

    def to_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4),
                "graph": self.graph, "gold": self.gold}


@dataclass
class EntityItem:
    """An entity in an error list: a gold entity missed, a graph entity spurious
    or typed wrongly (``gold_name``/``gold_types`` then say what it hit)."""
    name: str
    types: list[str]
    doc: str = ""
    sentence: str = ""
    gold_name: str = ""
    gold_types: list[str] = field(default_factory=list)


@dataclass
class RelationItem:
    """A relation in an error list, with the sentence that states it (gold
    evidence for a miss, the graph's evidence for a spurious one)."""
    s: str
    p: str
    o: str
    doc: str = ""
    sentence: str = ""
    note: str = ""

    def __str__(self) -> str:
        return f"{self.s} {self.p} {self.o}"


@dataclass
class Errors:
    missed_entities: list[EntityItem] = field(default_factory=list)
    spurious_entities: list[EntityItem] = field(default_factory=list)
    typed_mismatches: list[EntityItem] = field(default_factory=list)
    missed_relations: list[RelationItem] = field(default_factory=list)
    spurious_relations: list[RelationItem] = field(default_factory=list)

    KINDS = ("missed_entities", "spurious_entities", "typed_mismatches",
             "missed_relations", "spurious_relations")

    def to_json(self, limit: int | None = None) -> dict:
        from dataclasses import asdict
        return {k: [asdict(x) for x in getattr(self, k)[:limit]] for k in self.KINDS}


@dataclass
class Score:
    """Scores of a graph against gold (``to_json`` is score.py's ``--json`` layout)."""
    entities: PRF
    entities_typed: PRF
    relations: PRF
    by_type: dict[str, PRF]
    by_predicate: dict[str, PRF]
    gold_files: list[str]
    errors: Errors

    def to_json(self, errors: int | None = 0) -> dict:
        """A JSON-ready dict; ``errors`` items of each kind are listed (None: all)."""
        out = {
            "entities": _prf(self.entities),
            "entities_typed": _prf(self.entities_typed),
            "counts": {"graph_entities": self.entities.graph, "gold_entities": self.entities.gold,
                       "graph_relations": self.relations.graph, "gold_relations": self.relations.gold},
            "by_type": {t: v.to_json() for t, v in self.by_type.items()},
            "by_predicate": {p: v.to_json() for p, v in self.by_predicate.items()},
            "relations": _prf(self.relations),
            "gold_files": list(self.gold_files),
        }
        if errors is None or errors > 0:
            out["errors"] = self.errors.to_json(errors)
        return out


def _prf(v) -> dict:
    """``{"p", "r", "f"}`` rounded to 4 places, as score.py prints them."""
    return {"p": round(v.p, 4), "r": round(v.r, 4), "f": round(v.f, 4)}


def score(graph: rdflib.Graph | str | Path, gold: Gold) -> Score:
    """Score a graph (or a graph file) against gold, counting as score.py does."""
    g = load_graph(graph) if isinstance(graph, (str, Path)) else graph
    items = graph_items(g)
    ents, labels = items.classes, items.labels
    clusters = gold.clusters()

    hit: dict = {}
    for e in ents:
        cs = {c for c in (gold.lookup(n) for n in labels[e]) if c}
        hit[e] = min(cs) if cs else None
    hit_clusters = {c for c in hit.values() if c}
    typed = {c for e, c in hit.items() if c and ents[e] & gold.types_of(c)}

    by_type = {}
    for t in CLASSES:
        gold_t = {c for c in clusters if t in gold.types_of(c)}
        pred_t = [e for e in ents if t in ents[e]]
        tp_p = sum(1 for e in pred_t if hit[e] and t in gold.types_of(hit[e]))
        tp_r = len({hit[e] for e in pred_t if hit[e] in gold_t})
        by_type[t] = PRF.of(tp_p, len(pred_t), tp_r, len(gold_t))

    mapped: dict[tuple, list[tuple]] = {}     # (cluster|node, p, cluster|node) -> graph triples
    for s, p, o in items.relations:
        mapped.setdefault((hit.get(s) or s, p, hit.get(o) or o), []).append((s, p, o))
    right = set(mapped) & gold.relations
    by_predicate = {}
    for p in PREDICATES:
        m = {t for t in mapped if t[1] == p}
        gl = {t for t in gold.relations if t[1] == p}
        by_predicate[p] = PRF.of(len(m & gl), len(m), len(m & gl), len(gl))

    n_ents, n_gold = len(ents), len(clusters)
    return Score(
        entities=PRF.of(len(hit_clusters), n_ents, len(hit_clusters), n_gold),
        entities_typed=PRF.of(len(typed), n_ents, len(typed), n_gold),
        relations=PRF.of(len(right), len(mapped), len(right), len(gold.relations)),
        by_type=by_type, by_predicate=by_predicate, gold_files=list(gold.files),
        errors=_errors(gold, items, hit, hit_clusters, mapped))


def _errors(gold: Gold, items: GraphItems, hit: dict, hit_clusters: set, mapped: dict) -> Errors:
    ents = items.classes

    def where(node) -> tuple[str, str]:
        return items.mention(node) or ("", "")

    def end(x) -> str:
        return gold.name(x) if _is_cluster(x) else items.name(x)

    err = Errors()
    for c in sorted(gold.clusters() - hit_clusters, key=gold.name):
        err.missed_entities.append(EntityItem(gold.name(c), sorted(gold.types_of(c)),
                                              doc=", ".join(sorted(gold.docs.get(c, ())))))
    for e in sorted((e for e, c in hit.items() if not c), key=lambda e: (items.name(e), str(e))):
        err.spurious_entities.append(EntityItem(items.name(e), sorted(ents[e]), *where(e)))
    for e, c in sorted(((e, c) for e, c in hit.items() if c and not ents[e] & gold.types_of(c)),
                       key=lambda ec: (items.name(ec[0]), str(ec[0]))):
        err.typed_mismatches.append(EntityItem(items.name(e), sorted(ents[e]), *where(e),
                                               gold_name=gold.name(c), gold_types=sorted(gold.types_of(c))))

    for t in gold.relations - set(mapped):
        doc, ev = gold.evidence.get(t, ("", ""))
        lost = [x for x, k in (("subject", t[0]), ("object", t[2])) if k not in hit_clusters]
        note = " and ".join(lost) + " not in the graph" if lost else ""
        err.missed_relations.append(RelationItem(end(t[0]), t[1], end(t[2]), doc, ev, note))
    for t in set(mapped) - gold.relations:
        evidence = sorted({x for s, p, o in mapped[t] for x in items.evidence(s, p, o)})
        doc, sentence = evidence[0] if evidence else ("", "")
        lost = [x for x, k in (("subject", t[0]), ("object", t[2])) if not _is_cluster(k)]
        note = " and ".join(lost) + " not in the gold" if lost else ""
        err.spurious_relations.append(RelationItem(end(t[0]), t[1], end(t[2]), doc, sentence, note))
    err.missed_relations.sort(key=lambda r: (str(r), r.doc))
    err.spurious_relations.sort(key=lambda r: (str(r), r.doc))
    return err
