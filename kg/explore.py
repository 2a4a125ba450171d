"""Walking the graph: shortest connections, neighbourhoods, key nodes (`kg path`, `kg neighbours`).

    >>> from kg.store import open_store
    >>> from kg.graph import load_graph
    >>> from kg.explore import paths, format_paths, neighbours, format_neighbours
    >>> G = load_graph(open_store("kg-store"))                         # doctest: +SKIP
    >>> print(format_paths(G, paths(G, "腾讯", "拱墅区")))               # doctest: +SKIP
    腾讯 → 拱墅区: 1 hop (1 shortest path shown)
    path 1: 腾讯 — 拱墅区
      1. 腾讯 —位于 locatedIn→ 拱墅区
           “……正式入驻拱墅。” — 001_e02ff1c06b4ac93a.txt

Relations are walked in either direction (a path from a firm to a district
may go up ``locatedIn`` and down ``ownedBy``); each hop lists every relation
between its two ends, each with its evidence sentences and documents.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx

from .graph import (CLASS_ZH, Link, class_name, evidence_text, links_between, node_json, resolve)

MEASURES = ("pagerank", "degree", "betweenness")

_EXPLAIN = {
    "pagerank": ("PageRank over {what}'s {n} entities and {m} relations, read in both directions: "
                 "an entity ranks high when it is related to many entities, or to entities that "
                 "themselves rank high. It measures how central a thing is in what the texts state "
                 "(how often and with what it is linked), not its economic size."),
    "degree": ("Degree centrality over {what}'s {n} entities and {m} relations: the share of the "
               "other entities an entity is directly related to. It counts stated links, not "
               "economic weight."),
    "betweenness": ("Betweenness centrality over {what}'s {n} entities and {m} relations: how often "
                    "an entity lies on the shortest connection between two others — the brokers that "
                    "tie parts of the network together. It reflects what the texts state, not "
                    "economic weight."),
}


def excluding(G: nx.MultiDiGraph, exclude: Iterable[str] = (), keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """``G`` without the entities ``exclude`` names: a class (``Place``, ``地点``) takes
    all of its entities, any other word the entity of that name or alias (`kg.graph.resolve`).
    The district every firm is located in otherwise sits on every path and tops every
    ranking.  Entities named in ``keep`` (a path's ends, a neighbourhood's centre) stay.

        >>> H = excluding(G, ["拱墅区", "CommercialDistrict"])            # doctest: +SKIP

    Raises `kg.graph.NotFound` (with suggestions) for a name that is neither.
    """
    classes = {c.casefold(): c for c in CLASS_ZH} | {zh: c for c, zh in CLASS_ZH.items()}
    kept = {resolve(G, name) for name in keep}
    drop: set[str] = set()
    for spec in (s.strip() for item in exclude for s in item.split(",")):
        if not spec:
            continue
        cls = classes.get(spec.casefold())
        if cls:
            drop |= {n for n, d in G.nodes(data=True) if cls in d.get("classes", [d.get("cls")])}
        else:
            drop.add(resolve(G, spec))
    drop -= kept
    return G.subgraph(set(G) - drop).copy() if drop else G


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """``G`` as a simple undirected graph (one edge per related pair)."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    U.add_edges_from((s, o) for s, o in G.edges() if s != o)
    return U


def rank(G: nx.MultiDiGraph, measure: str = "pagerank", top: int | None = 10,
         exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
    """The ``top`` nodes of ``G`` by a networkx centrality: pagerank, degree or betweenness.

    ``exclude`` nodes take part in the computation but are not listed (the
    chain's own track, which everything in it is related to).

        >>> from kg.chain import members
        >>> H = G.subgraph(members(G, "生命健康"))                         # doctest: +SKIP
        >>> [(H.nodes[n]["label"], round(s, 2)) for n, s in rank(H)][:2]   # doctest: +SKIP
        [('华东医药', 0.12), ('拱墅区', 0.09)]
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure '{measure}' — use one of {', '.join(MEASURES)}")
    U = undirected(G)
    if U.number_of_nodes() == 0:
        return []
    if measure == "pagerank":
        scores = nx.pagerank(U) if U.number_of_edges() else {n: 1 / len(U) for n in U}
    elif measure == "degree":
        scores = nx.degree_centrality(U)
    else:
        scores = nx.betweenness_centrality(U, k=min(len(U), 500) if len(U) > 500 else None, seed=7)
    skip = set(exclude)
    order = sorted(((n, s) for n, s in scores.items() if n not in skip),
                   key=lambda kv: (-kv[1], G.nodes[kv[0]].get("label", kv[0]), kv[0]))
    return order[:top] if top else order


def rank_explanation(measure: str, G: nx.MultiDiGraph, what: str = "the graph", exclude: int = 0) -> str:
    """One sentence on what a `rank` ranking means, with the size of the network it was computed on."""
    U = undirected(G)
    text = _EXPLAIN[measure].format(what=what, n=U.number_of_nodes(), m=U.number_of_edges())
    if exclude:
        text += " The track itself and its sub-tracks are left out of the list."
    return text


# --------------------------------------------------------------------------
# paths

@dataclass
class Hop:
    """One step of a path: from ``a`` to ``b``, and every relation between them."""
    a: str
    b: str
    links: list[Link]


@dataclass
class Path:
    nodes: list[str]
    hops: list[Hop] = field(default_factory=list)


def paths(G: nx.MultiDiGraph, a: str, b: str, limit: int = 3) -> list[Path]:
    """Up to ``limit`` shortest connections between the entities named ``a`` and ``b``.

    Raises `kg.graph.NotFound` for a name that is no entity's; returns ``[]``
    when the two are not connected.

        >>> [G.nodes[n]["label"] for n in paths(G, "腾讯", "拱墅区")[0].nodes]   # doctest: +SKIP
        ['腾讯', '拱墅区']
    """
    src, dst = resolve(G, a), resolve(G, b)
    U = undirected(G)
    out = []
    try:
        for i, nodes in enumerate(nx.all_shortest_paths(U, src, dst)):
            if i >= limit:
                break
            out.append(Path(nodes, [Hop(x, y, links_between(G, x, y)) for x, y in zip(nodes, nodes[1:])]))
    except nx.NetworkXNoPath:
        return []
    return out


def _hop_line(G: nx.MultiDiGraph, lk: Link) -> str:
    return lk.text(G)


def format_paths(G: nx.MultiDiGraph, found: list[Path], a: str | None = None, b: str | None = None,
                 max_evidence: int | None = 2) -> str:
    """Paths as text: each hop's relations, each with its evidence sentences and documents."""
    if not found:
        return f"{a} and {b} are not connected in the graph" if a and b else "no path"
    first = found[0]
    n = len(first.hops)
    head = (f"{G.nodes[first.nodes[0]]['label']} → {G.nodes[first.nodes[-1]]['label']}: "
            f"{n} hop{'s' if n != 1 else ''} ({len(found)} shortest path{'s' if len(found) != 1 else ''} shown)")
    lines = [head]
    for i, p in enumerate(found, 1):
        lines.append(f"path {i}: " + " — ".join(G.nodes[x]["label"] for x in p.nodes))
        for j, hop in enumerate(p.hops, 1):
            for k, lk in enumerate(hop.links):
                lines.append(f"  {j if k == 0 else ' '}. {_hop_line(G, lk)}")
                lines += _evidence_lines(lk, max_evidence, " " * 7)
                if not lk.evidence:
                    lines.append("       (no evidence sentence recorded)")
    return "\n".join(lines)


def paths_json(G: nx.MultiDiGraph, found: list[Path]) -> dict[str, Any]:
    """Paths as a JSON-ready dict: ``paths``: [{``nodes``, ``hops``: [{``from``, ``to``, ``relations``}]}]."""
    return {"paths": [{"nodes": [node_json(G, n) for n in p.nodes],
                       "hops": [{"from": G.nodes[h.a]["label"], "to": G.nodes[h.b]["label"],
                                 "relations": [lk.to_json(G) for lk in h.links]} for h in p.hops]}
                      for p in found]}


# --------------------------------------------------------------------------
# neighbourhoods

@dataclass
class Neighbourhood:
    """What lies within ``depth`` relations of ``centre``: ``rings[d]`` are the relations that reach distance d+1."""
    centre: str
    depth: int
    distance: dict[str, int]
    rings: list[list[Link]]


def neighbours(G: nx.MultiDiGraph, name: str, depth: int = 1) -> Neighbourhood:
    """The entities within ``depth`` relations of the entity named ``name``, and the relations that reach them.

        >>> nb = neighbours(G, "华东医药", depth=2)                        # doctest: +SKIP
        >>> sorted(G.nodes[n]["label"] for n, d in nb.distance.items() if d == 1)   # doctest: +SKIP
        ['华东医药生命科学产业园', '华东医药生物创新智造中心', '大健康', '生命健康']
    """
    if depth < 1:
        raise ValueError("depth must be 1 or more")
    centre = resolve(G, name)
    U = undirected(G)
    distance = nx.single_source_shortest_path_length(U, centre, cutoff=depth)
    rings: list[list[Link]] = [[] for _ in range(depth)]
    for node, d in sorted(distance.items(), key=lambda kv: (kv[1], G.nodes[kv[0]]["label"])):
        if d == 0:
            continue
        for prev in sorted(U[node], key=lambda x: G.nodes[x]["label"]):
            if distance.get(prev) == d - 1:
                rings[d - 1].extend(links_between(G, prev, node))
    return Neighbourhood(centre, depth, distance, rings)


def format_neighbours(G: nx.MultiDiGraph, nb: Neighbourhood, max_evidence: int | None = 2) -> str:
    """A neighbourhood as text, ring by ring, each relation with its evidence."""
    c = G.nodes[nb.centre]
    n = len(nb.distance) - 1
    lines = [f"{c['label']} · {class_name(c['cls'])}: {n} entit{'ies' if n != 1 else 'y'} "
             f"within {nb.depth} hop{'s' if nb.depth != 1 else ''}"]
    for d, ring in enumerate(nb.rings, 1):
        reached = sorted({x for x, dist in nb.distance.items() if dist == d}, key=lambda x: G.nodes[x]["label"])
        lines.append(f"{d} hop{'s' if d != 1 else ''} ({len(reached)}): "
                     + "、".join(G.nodes[x]["label"] for x in reached))
        for lk in ring:
            other = lk.object if nb.distance.get(lk.object) == d else lk.subject
            lines.append(f"  {lk.text(G)}  [{CLASS_ZH.get(G.nodes[other]['cls'], G.nodes[other]['cls'])}]")
            lines += _evidence_lines(lk, max_evidence, " " * 5)
    return "\n".join(lines)


def neighbours_json(G: nx.MultiDiGraph, nb: Neighbourhood) -> dict[str, Any]:
    """A neighbourhood as a JSON-ready dict."""
    return {"centre": node_json(G, nb.centre), "depth": nb.depth,
            "rings": [{"distance": d,
                       "entities": [node_json(G, x) for x, dist in sorted(nb.distance.items())
                                    if dist == d],
                       "relations": [lk.to_json(G) for lk in ring]}
                      for d, ring in enumerate(nb.rings, 1)]}


def to_text(value: dict[str, Any]) -> str:
    """JSON text of a ``*_json`` dict (UTF-8, Chinese as is)."""
    return json.dumps(value, ensure_ascii=False, indent=1)


def focus(G: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` relations (either direction) of the entity named ``name``.

        >>> sorted(G.nodes[n]["label"] for n in focus(G, "腾讯"))          # doctest: +SKIP
    """
    centre = resolve(G, name)
    near = nx.single_source_shortest_path_length(undirected(G), centre, cutoff=depth)
    return G.subgraph(near).copy()


def _evidence_lines(lk, max_evidence: int | None, indent: str) -> list[str]:
    """A relation's evidence sentences, at most ``max_evidence`` of them, then
    how many were left out."""
    ev = lk.evidence if max_evidence is None else lk.evidence[:max_evidence]
    lines = [f"{indent}{evidence_text(e)}" for e in ev]
    if len(lk.evidence) > len(ev):
        lines.append(f"{indent}(+{len(lk.evidence) - len(ev)} more)")
    return lines
