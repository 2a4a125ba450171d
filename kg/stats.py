"""Counts describing a store: what `kg stats` prints.

    >>> from kg.store import open_store
    >>> from kg.stats import stats, format_stats
    >>> d = stats(open_store("kg-store"))                     # doctest: +SKIP
    >>> d["entities_by_class"]["Enterprise"]                   # doctest: +SKIP
    57
    >>> print(format_stats(d))                                 # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any

import pyoxigraph

from .model import CLASSES, PREDICATES
from .query import PREFIXES, select_terms, text_width

KGO = PREFIXES["kgo"]

# zh names for the printed table
CLASS_ZH = {"Enterprise": "企业", "Institution": "机构", "Project": "项目", "Platform": "平台",
            "CommercialDistrict": "商圈", "IndustryTrack": "产业赛道", "Place": "地点"}
PREDICATE_ZH = {"inTrack": "属于赛道", "subTrackOf": "细分赛道", "locatedIn": "位于",
                "ownedBy": "隶属", "partOf": "组成部分"}
# Project facts (ontology/README.md): status events, and the quantities with
# the lower-bound property (kgo:minTotalInvestment …) that counts with each.
QUANTITIES = {"totalInvestment": "minTotalInvestment", "landArea": "minLandArea",
              "floorArea": "minFloorArea"}
FACT_ZH = {"status": "状态事件", "totalInvestment": "总投资", "landArea": "用地面积",
           "floorArea": "建筑面积"}


def _values(names: tuple[str, ...]) -> str:
    return " ".join(f"kgo:{n}" for n in names)



def _count(store: pyoxigraph.Store, where: str) -> int:
    rows = select_terms(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def class_members(store: pyoxigraph.Store) -> dict[str, set[str]]:
    """Entity IRIs by contract class (an entity typed with a subclass counts in its parent).

        >>> class_members(store)["Enterprise"]                 # doctest: +SKIP
        {'https://w3id.org/gongshu-kg/resource/Enterprise/腾讯', ...}
    """
    members: dict[str, set[str]] = {c: set() for c in CLASSES}
    rows = select_terms(store, f"""
        SELECT DISTINCT ?e ?base WHERE {{
          VALUES ?base {{ {_values(CLASSES)} }}
          ?e a/rdfs:subClassOf* ?base .
          FILTER (!isLiteral(?e))
        }}""")
    for e, base in rows:
        members[base.value[len(KGO):]].add(e.value)
    return members


def relation_predicates(store: pyoxigraph.Store) -> dict[str, str]:
    """Predicate IRI -> the contract relation it is (itself, or a sub-property of)."""
    out = {KGO + p: p for p in PREDICATES}
    rows = select_terms(store, f"""
        SELECT DISTINCT ?q ?base WHERE {{
          VALUES ?base {{ {_values(PREDICATES)} }}
          ?q rdfs:subPropertyOf+ ?base .
        }}""")
    for q, base in rows:
        if isinstance(q, pyoxigraph.NamedNode):
            out.setdefault(q.value, base.value[len(KGO):])
    return out


def stats(store: pyoxigraph.Store) -> dict[str, Any]:
    """Counts of what the store holds.

    Keys: ``triples``, ``documents``, ``sentences``, ``evidence`` (kgo:Evidence
    nodes, of relations and quantities), ``facts`` (project facts: status
    events plus distinct quantity statements), ``facts_by_kind`` (``status``
    and each quantity, its lower bounds included), ``entities`` (distinct things
    of any of the seven classes), ``entities_by_class`` (class -> count, all
    seven classes; a thing with two classes counts in both), ``relations``
    (distinct subject-predicate-object statements of the five relations) and
    ``relations_by_predicate`` (all five predicates).

        >>> stats(store)["relations_by_predicate"]              # doctest: +SKIP
        {'inTrack': 120, 'subTrackOf': 8, 'locatedIn': 64, 'ownedBy': 12, 'partOf': 20}
    """
    members = class_members(store)
    by_class = {c: len(members[c]) for c in CLASSES}
    entities = len(set().union(*members.values())) if members else 0

    preds = relation_predicates(store)
    by_pred = {p: 0 for p in PREDICATES}
    statements: set[tuple[str, str, str]] = set()
    values = " ".join(f"<{iri}>" for iri in preds)
    for s, p, o in select_terms(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"):
        key = (str(s), preds[p.value], str(o))
        if key not in statements:
            statements.add(key)
            by_pred[key[1]] += 1

    facts = {"status": _count(store, "?x a kgo:StatusEvent")}
    for prop, bound in QUANTITIES.items():
        facts[prop] = _count(store, f"?s kgo:{prop}|kgo:{bound} ?v . "
                                    f"BIND (CONCAT(STR(?s), ' ', STR(?v)) AS ?x)")
    return {
        "triples": len(store),
        "documents": _count(store, "?x a kgo:Document"),
        "sentences": _count(store, "?x a kgo:Sentence"),
        "evidence": _count(store, "?x a kgo:Evidence"),
        "facts": sum(facts.values()),
        "facts_by_kind": facts,
        "entities": entities,
        "entities_by_class": by_class,
        "relations": len(statements),
        "relations_by_predicate": by_pred,
    }


def format_stats(d: dict[str, Any]) -> str:
    """``stats()`` as an aligned, readable table.

        >>> print(format_stats({"triples": 10, "documents": 1}))
        triples    三元组  10
        documents  文档     1
    """
    labels = {"triples": "三元组", "documents": "文档", "sentences": "句子",
              "evidence": "证据", "facts": "事实", "entities": "实体", "relations": "关系"}
    rows: list[tuple[str, str, str]] = []
    for key in ("triples", "documents", "sentences", "evidence", "entities", "relations", "facts"):
        if key in d:
            rows.append((key, labels[key], f"{d[key]:,}"))
        breakdown = {"entities": (d.get("entities_by_class", {}), CLASS_ZH),
                     "relations": (d.get("relations_by_predicate", {}), PREDICATE_ZH),
                     "facts": (d.get("facts_by_kind", {}), FACT_ZH)}.get(key, ({}, {}))
        for name, n in breakdown[0].items():
            rows.append((f"  {name}", breakdown[1].get(name, ""), f"{n:,}"))
    w0 = max(text_width(r[0]) for r in rows)
    w1 = max(text_width(r[1]) for r in rows)
    w2 = max(text_width(r[2]) for r in rows)
    return "\n".join(
        f"{r[0]}{' ' * (w0 - text_width(r[0]))}  {r[1]}{' ' * (w1 - text_width(r[1]))}  "
        f"{' ' * (w2 - text_width(r[2]))}{r[2]}" for r in rows)
