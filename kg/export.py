"""The graph for the tools people already use (`kg export`): Gephi and yEd
(GraphML, GEXF), Neo4j (bulk-import CSV) and JSON-LD processors.

    >>> from kg.store import open_store
    >>> export(open_store("kg-store"), "graphml", "gongshu-kg.graphml")       # doctest: +SKIP
    [PosixPath('gongshu-kg.graphml')]

GraphML and GEXF hold the entity network of `kg.graph.load_graph`: one node
per entity (its IRI as id) with ``label``, ``en``, ``aliases``, ``cls``,
``classes``, ``tracks`` (the industry tracks whose chain it is in),
``mentions``, ``documents`` and ``wikidata``; one edge per relation with
``predicate``, ``relation`` (the property, a sub-property where one is used),
``evidence_count`` and ``evidence`` (its first sentence).  Lists are joined
with ``;`` (neither format has list values that both tools read).

The Neo4j files are those ``neo4j-admin database import full --nodes=nodes.csv
--relationships=relationships.csv`` reads: ``:ID``, ``:LABEL`` (``Entity`` and
each class), ``:START_ID``, ``:END_ID``, ``:TYPE`` headers, typed columns
(``mentions:int``, ``aliases:string[]``), and the evidence sentences and their
documents as ``string[]`` properties of each relationship (``;`` separated, as
neo4j-admin's default array delimiter; a ``;`` inside a sentence is written as
the full-width ``；``).

JSON-LD is every triple of the store (entities, evidence, documents, the
ontology) compacted with a context of the graph's prefixes.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from .lifetime import temp_path

FORMATS = ("graphml", "gexf", "csv", "jsonld")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "csv": "-neo4j", "jsonld": ".jsonld"}
NEO4J_NODES, NEO4J_RELATIONSHIPS = "nodes.csv", "relationships.csv"
ARRAY = ";"


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with only strings and numbers as attributes, as GraphML and GEXF need them."""
    from .viz import _track_members
    tracks: dict[str, list[str]] = {}
    for t, members in _track_members(G).items():
        for m in members:
            tracks.setdefault(m, []).append(G.nodes[t]["label"])
    F = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        F.add_node(n, label=d.get("label", n), en=d.get("en") or "",
                   aliases=ARRAY.join(d.get("aliases", [])), cls=d.get("cls", "Entity"),
                   classes=ARRAY.join(d.get("classes", [])), tracks=ARRAY.join(sorted(tracks.get(n, []))),
                   mentions=int(d.get("mentions", 0)), documents=int(d.get("documents", 0)),
                   wikidata=d.get("wikidata") or "")
    for s, o, key, d in G.edges(keys=True, data=True):
        ev = d.get("evidence", [])
        F.add_edge(s, o, key=key, predicate=d.get("predicate", key), relation=key,
                   evidence_count=len(ev), evidence=ev[0].sentence if ev else "",
                   document=ev[0].doc if ev else "")
    return F


def _neo4j(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    flat = flat_graph(G)

    def arr(values) -> str:
        return ARRAY.join(str(v).replace(ARRAY, "；") for v in values)

    def write(name: str, header: list[str], rows) -> Path:
        path = folder / name
        tmp = temp_path(path)
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
        os.replace(tmp, path)
        return path

    nodes = write(NEO4J_NODES, ["iri:ID", "name", "en", "aliases:string[]", "class", "tracks:string[]",
                                "mentions:int", "documents:int", "wikidata", ":LABEL"],
                  ([n, d["label"], d["en"], d["aliases"], d["cls"], d["tracks"], d["mentions"],
                    d["documents"], d["wikidata"], ARRAY.join(["Entity", *G.nodes[n].get("classes", [])])]
                   for n, d in flat.nodes(data=True)))
    rels = write(NEO4J_RELATIONSHIPS, [":START_ID", ":END_ID", ":TYPE", "property", "evidence_count:int",
                                       "evidence:string[]", "documents:string[]", "rules:string[]"],
                 ([s, o, d.get("predicate", key), key, len(d.get("evidence", [])),
                   arr(e.sentence for e in d.get("evidence", [])), arr(e.doc for e in d.get("evidence", [])),
                   arr(e.rule or "" for e in d.get("evidence", []))]
                  for s, o, key, d in G.edges(keys=True, data=True)))
    return [nodes, rels]


def _jsonld(store, path: Path) -> list[Path]:
    """The store as compacted JSON-LD, the same bytes for the same graph: rdflib
    names blank nodes at random and lists nodes in set order, so blank nodes
    get canonical names (rdflib.compare, per named graph; only the ontology's
    OWL lists have any) and every array but an ``@list`` is sorted."""
    import rdflib
    from rdflib.compare import to_canonical_graph
    from .emit import PREFIXES
    nq = store.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    parsed = rdflib.Dataset()
    parsed.parse(data=nq, format="nquads")
    g = rdflib.Dataset()
    for graph in parsed.graphs():
        if not len(graph):
            continue
        target = g.graph(graph.identifier)
        has_bnodes = any(isinstance(x, rdflib.BNode) for t in graph for x in (t[0], t[2]))
        for t in (to_canonical_graph(graph) if has_bnodes else graph):
            target.add(t)
    context = dict(sorted({**PREFIXES, "owl": "http://www.w3.org/2002/07/owl#"}.items()))
    text = g.serialize(format="json-ld", context=context, auto_compact=True, indent=1, sort_keys=True)
    doc = _sorted_arrays(json.loads(text))
    _write_text(path, json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return [path]


def _sorted_arrays(x, key: str | None = None):
    """``x`` with every JSON array sorted, except the ordered ones (``@list``).

    >>> _sorted_arrays({"@graph": [{"@id": "b"}, {"@id": "a"}], "@list": [2, 1]})
    {'@graph': [{'@id': 'a'}, {'@id': 'b'}], '@list': [2, 1]}
    """
    if isinstance(x, dict):
        return {k: _sorted_arrays(v, k) for k, v in x.items()}
    if isinstance(x, list):
        items = [_sorted_arrays(v) for v in x]
        return items if key == "@list" else sorted(
            items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return x


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def export(store, fmt: str, out: str | os.PathLike) -> list[Path]:
    """Write the store's graph as ``fmt`` (one of `FORMATS`) to ``out`` (a folder for csv);
    returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' — use one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "jsonld":
        return _jsonld(store, out)
    from .graph import load_graph
    G = load_graph(store)
    if fmt == "csv":
        return _neo4j(G, out)
    flat = flat_graph(G)
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(out)
    writer(flat, str(tmp))
    os.replace(tmp, out)
    return [out]


def summary(store) -> dict[str, Any]:
    """What an export holds, to compare with `kg stats`: entities and relations."""
    from .graph import load_graph
    G = load_graph(store)
    return {"entities": G.number_of_nodes(), "relations": G.number_of_edges()}
