"""An interactive HTML network of the knowledge graph (`kg viz`).

    >>> from kg.store import open_store
    >>> from kg.viz import write_network
    >>> write_network(open_store("kg-store"), "gongshu-kg.html")     # doctest: +SKIP
    PosixPath('gongshu-kg.html')

One node per entity (colour and shape by class, as set in kg/data/viz.toml),
one arrow per relation.  Hovering a node shows its class, English name,
aliases and mentions; hovering an arrow shows the relation and the sentences
that state it, with their document.  The page is a single UTF-8 file that
works offline: vis-network is inlined and every remote stylesheet or script
pyvis would load is removed.  All text from the documents is HTML-escaped.
"""
from __future__ import annotations

import html
import importlib.util
import json
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pyoxigraph

from .model import CLASSES
from .query import PREFIXES, shorten
from .stats import class_members, relation_predicates

STYLE_FILE = Path(__file__).parent / "data" / "viz.toml"
PHYSICS_LIMIT = 1500
"""Graphs with fewer nodes than this are laid out live in the browser (physics
on); larger ones get a layout computed in Python and physics off."""

FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"

_REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


@dataclass
class VizNode:
    iri: str
    cls: str                       # the class that sets colour and shape
    classes: list[str]             # every contract class it has
    name: str
    en: str | None = None
    aliases: list[str] = field(default_factory=list)
    sentences: int = 0
    documents: int = 0


@dataclass
class VizEdge:
    subject: str
    predicate: str                 # contract relation (local name)
    object: str
    predicate_iri: str
    evidence: list[tuple[str, str]] = field(default_factory=list)   # (doc id, sentence)


def load_style(path: str | Path = STYLE_FILE) -> dict[str, Any]:
    """The class and relation styles: ``{'classes': {cls: {colour, shape, zh, en}}, 'predicates': {...}}``."""
    with open(path, "rb") as f:
        return tomllib.load(f)


def _select(store: pyoxigraph.Store, sparql: str) -> list[tuple]:
    answer = store.query(sparql, prefixes=PREFIXES)
    variables = [v.value for v in answer.variables]
    return [tuple(sol[v] for v in variables) for sol in answer]


def _local_name(iri: str) -> str:
    tail = re.split(r"[/#]", iri.rstrip("/"))[-1]
    return unquote(tail) or iri


def graph_data(store: pyoxigraph.Store) -> tuple[dict[str, VizNode], list[VizEdge]]:
    """The entities and relations of ``store``, as drawn by `write_network`."""
    members = class_members(store)
    classes_of: dict[str, list[str]] = {}
    for cls in CLASSES:
        for iri in members[cls]:
            classes_of.setdefault(iri, []).append(cls)

    preds = relation_predicates(store)
    values = " ".join(f"<{iri}>" for iri in preds)
    triples = [(s.value, p.value, o.value) for s, p, o in _select(
        store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o . "
               f"FILTER (isIRI(?s) && isIRI(?o)) }}")]
    for s, _, o in triples:
        classes_of.setdefault(s, [])
        classes_of.setdefault(o, [])

    labels: dict[str, dict[str, str]] = {}
    for e, label in _select(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER isIRI(?e) }"):
        if e.value in classes_of:
            labels.setdefault(e.value, {}).setdefault(label.language or "", label.value)
    aliases: dict[str, set[str]] = {}
    for e, label in _select(store, "SELECT ?e ?l WHERE { ?e skos:altLabel ?l FILTER isIRI(?e) }"):
        if e.value in classes_of:
            aliases.setdefault(e.value, set()).add(label.value)
    mentions: dict[str, tuple[int, int]] = {}
    for e, n, d in _select(store, """
            SELECT ?e (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?d) AS ?docs) WHERE {
              ?e kgo:mentionedIn ?s . OPTIONAL { ?s dcterms:isPartOf ?d }
            } GROUP BY ?e"""):
        mentions[e.value] = (int(n.value), int(d.value))

    nodes: dict[str, VizNode] = {}
    for iri in sorted(classes_of):
        cls_list = classes_of[iri]
        from_iri = iri[len(PREFIXES["kgr"]):].split("/", 1)[0] if iri.startswith(PREFIXES["kgr"]) else ""
        primary = from_iri if from_iri in cls_list else (cls_list[0] if cls_list else "Entity")
        lab = labels.get(iri, {})
        name = lab.get("zh") or lab.get("") or next(iter(lab.values()), None) or _local_name(iri)
        en = lab.get("en")
        sentences, documents = mentions.get(iri, (0, 0))
        nodes[iri] = VizNode(iri, primary, cls_list, name, en,
                             sorted(aliases.get(iri, set()) - {name}), sentences, documents)

    evidence: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for s, p, o, text, doc in _select(store, """
            SELECT ?s ?p ?o ?text ?doc WHERE {
              ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:sentence ?sen .
              OPTIONAL { ?sen kgo:text ?text }
              OPTIONAL { ?sen dcterms:isPartOf/dcterms:identifier ?doc }
            }"""):
        evidence.setdefault((s.value, p.value, o.value), []).append(
            (doc.value if doc else "", text.value if text else ""))
    edges = []
    for s, p, o in sorted(set(triples)):
        ev = sorted(set(evidence.get((s, p, o), [])))
        edges.append(VizEdge(s, preds[p], o, p, ev))
    return nodes, edges


def _style_of(style: dict[str, Any], cls: str) -> dict[str, str]:
    classes = style.get("classes", {})
    return classes.get(cls) or classes.get("Entity") or {"colour": "#999999", "shape": "dot", "zh": cls, "en": cls}


def _class_name(style: dict[str, Any], cls: str) -> str:
    s = _style_of(style, cls)
    return f"{s.get('zh', cls)} {s.get('en', cls)}"


def _node_tip(node: VizNode, style: dict[str, Any]) -> str:
    e = html.escape
    parts = [f"<b>{e(node.name)}</b>" + (f" · {e(node.en)}" if node.en else "")]
    parts.append(" + ".join(e(_class_name(style, c)) for c in (node.classes or [node.cls])))
    if node.aliases:
        parts.append("别名 aliases: " + e("、".join(node.aliases)))
    if node.sentences:
        parts.append(f"提及 mentioned in {node.sentences} sentence{'s' if node.sentences != 1 else ''}"
                     f" of {node.documents} document{'s' if node.documents != 1 else ''}")
    parts.append(f'<span class="kg-iri">{e(shorten(node.iri))}</span>')
    return "<br>".join(parts)


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _edge_tip(edge: VizEdge, nodes: dict[str, VizNode], style: dict[str, Any], max_evidence: int) -> str:
    e = html.escape
    pstyle = style.get("predicates", {}).get(edge.predicate, {})
    pname = f"{pstyle.get('zh', '')} {edge.predicate}".strip()
    if edge.predicate_iri != PREFIXES["kgo"] + edge.predicate:
        pname += f" ({shorten(edge.predicate_iri)})"
    head = (f"<b>{e(nodes[edge.subject].name)}</b> → {e(pname)} → "
            f"<b>{e(nodes[edge.object].name)}</b>")
    lines = [head]
    for doc, sentence in edge.evidence[:max_evidence]:
        lines.append(f"<div class=\"kg-ev\">“{e(_clip(sentence))}”<br>"
                     f"<span class=\"kg-doc\">— {e(doc)}</span></div>")
    if len(edge.evidence) > max_evidence:
        lines.append(f"<i>… {len(edge.evidence) - max_evidence} more sentence(s)</i>")
    if not edge.evidence:
        lines.append("<i>no evidence sentence recorded</i>")
    return "<br>".join(lines[:1]) + "".join(lines[1:])


_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "hexagon": '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>',
    "star": '<polygon points="8,1 9.9,6 15,6 10.9,9.2 12.5,14.5 8,11.3 3.5,14.5 5.1,9.2 1,6 6.1,6"/>',
    "triangle": '<polygon points="8,1.5 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,14.5"/>',
}


def _icon(shape: str, colour: str) -> str:
    body = _SHAPES.get(shape, _SHAPES["dot"])
    return (f'<svg class="kg-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
            f'<g fill="{html.escape(colour)}" stroke="#333" stroke-width="0.8">{body}</g></svg>')


def _legend(title: str, nodes: dict[str, VizNode], edges: list[VizEdge], style: dict[str, Any],
            documents: int) -> str:
    e = html.escape
    counts: dict[str, int] = {}           # as `kg stats`: a thing of two classes counts in both
    for n in nodes.values():
        for cls in (n.classes or [n.cls]):
            counts[cls] = counts.get(cls, 0) + 1
    items = []
    for cls in [*CLASSES, *sorted(set(counts) - set(CLASSES))]:
        if cls not in CLASSES and not counts.get(cls):
            continue
        s = _style_of(style, cls)
        items.append(f'<li>{_icon(s.get("shape", "dot"), s.get("colour", "#999"))} '
                     f'{e(s.get("zh", cls))} <span class="kg-en">{e(s.get("en", cls))}</span> '
                     f'<span class="kg-n">{counts.get(cls, 0)}</span></li>')
    pcounts: dict[str, int] = {}
    for ed in edges:
        pcounts[ed.predicate] = pcounts.get(ed.predicate, 0) + 1
    pitems = []
    for pred, s in style.get("predicates", {}).items():
        pitems.append(f'<li><svg class="kg-icon" width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">'
                      f'<line x1="1" y1="5" x2="17" y2="5" stroke="{e(s.get("colour", "#888"))}" stroke-width="2"/>'
                      f'<polygon points="15,1 21,5 15,9" fill="{e(s.get("colour", "#888"))}"/></svg> '
                      f'{e(s.get("zh", pred))} <span class="kg-en">{e(pred)}</span> '
                      f'<span class="kg-n">{pcounts.get(pred, 0)}</span></li>')
    return (f'<div id="kg-legend">\n<h1>{e(title)}</h1>\n'
            f'<p class="kg-meta">{len(nodes)} entities 实体 · {len(edges)} relations 关系 · '
            f'{documents} documents 文档 — hover a node or an arrow for details and evidence '
            f'悬停查看详情与证据</p>\n'
            f'<ul class="kg-classes">{"".join(items)}</ul>\n'
            f'<ul class="kg-preds">{"".join(pitems)}</ul>\n</div>\n')


def _entity_index(nodes: dict[str, VizNode], style: dict[str, Any]) -> str:
    """A plain-HTML list of every entity by class: searchable, and readable without JavaScript."""
    e = html.escape
    by_class: dict[str, list[VizNode]] = {}
    for n in nodes.values():
        by_class.setdefault(n.cls, []).append(n)
    parts = [f'<details id="kg-entities"><summary>实体列表 All entities ({len(nodes)})</summary>']
    for cls in [*CLASSES, *sorted(set(by_class) - set(CLASSES))]:
        members = sorted(by_class.get(cls, []), key=lambda n: n.name)
        if not members:
            continue
        parts.append(f"<h2>{e(_class_name(style, cls))} ({len(members)})</h2><p>")
        parts.append("、".join(
            f'<span title="{e(shorten(n.iri))}">{e(n.name)}</span>'
            + (f' <span class="kg-en">({e("、".join(n.aliases))})</span>' if n.aliases else "")
            for n in members))
        parts.append("</p>")
    parts.append("</details>\n")
    return "".join(parts)


_CSS = f"""
<style>
  body {{ margin: 0 12px; font-family: {FONT}; color: #222; }}
  #kg-legend h1 {{ font-size: 1.25em; margin: 10px 0 2px; }}
  #kg-legend .kg-meta {{ margin: 0 0 4px; color: #555; font-size: 0.9em; }}
  #kg-legend ul {{ list-style: none; padding: 0; margin: 2px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.9em; }}
  #kg-legend li {{ display: flex; align-items: center; gap: 4px; }}
  .kg-en {{ color: #666; }}
  .kg-n {{ color: #888; font-size: 0.85em; }}
  .kg-n::before {{ content: "("; }} .kg-n::after {{ content: ")"; }}
  .kg-icon {{ flex: none; }}
  .card {{ width: 100%; }}
  #mynetwork {{ box-sizing: border-box; }}
  div.vis-tooltip {{ max-width: 460px; white-space: normal; font-family: {FONT}; font-size: 13px; line-height: 1.45; }}
  .kg-tip .kg-iri, .kg-tip .kg-doc {{ color: #777; font-size: 0.9em; }}
  .kg-tip .kg-ev {{ margin-top: 6px; }}
  #kg-entities {{ clear: both; padding: 10px 0; font-size: 0.9em; }}
  #kg-entities h2 {{ font-size: 1em; margin: 8px 0 2px; }}
  #kg-entities p {{ margin: 0; line-height: 1.6; }}
</style>
"""

# Turn the escaped HTML tooltips (the `tip` field) into elements, so vis-network
# shows them formatted; the text in them was escaped in Python.
_TIP_SCRIPT = """
<script type="text/javascript">
(function () {
  if (typeof nodes === "undefined" || typeof edges === "undefined") { return; }
  function tip(markup) {
    var div = document.createElement("div");
    div.className = "kg-tip";
    div.innerHTML = markup;
    return div;
  }
  function convert(set) {
    set.update(set.get({ filter: function (item) { return !!item.tip; } })
      .map(function (item) { return { id: item.id, title: tip(item.tip) }; }));
  }
  convert(nodes);
  convert(edges);
})();
</script>
"""


def _force_layout(n: int, pairs: list[tuple[int, int]], iterations: int = 60,
                  seed: int = 7, sample: int = 400) -> list[tuple[float, float]]:
    """Fruchterman-Reingold with numpy; positions in [-1, 1].

    Repulsion is exact up to ``sample`` nodes; above that each step measures
    it against a random sample of ``sample`` nodes (scaled up), which keeps a
    step O(n·sample): about 1 s for 3,000 nodes, where networkx's spring
    layout takes 30-50 s.  Deterministic for a given ``seed``.
    """
    import numpy as np

    if n < 2:
        return [(0.0, 0.0)] * n
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    k2 = np.float32(1.0 / n)                                  # k = 1/sqrt(n)
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    temp = 0.1
    cool = temp / (iterations + 1)
    m = min(n, sample)
    block = max(1, 2_000_000 // m)
    for _ in range(iterations):
        far = pos if m == n else pos[rng.choice(n, m, replace=False)]
        weight = np.float32(n / m)
        disp = np.empty_like(pos)
        for i in range(0, n, block):
            dx = pos[i:i + block, 0, None] - far[None, :, 0]
            dy = pos[i:i + block, 1, None] - far[None, :, 1]
            w = dx * dx + dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k2 * weight, w, out=w)
            disp[i:i + block, 0] = (dx * w).sum(1)
            disp[i:i + block, 1] = (dy * w).sum(1)
        if len(src):
            delta = pos[src] - pos[dst]
            force = delta * (np.sqrt((delta ** 2).sum(-1)) * np.sqrt(n))[:, None]
            np.subtract.at(disp, src, force)
            np.add.at(disp, dst, force)
        disp -= (pos - pos.mean(0)) * np.float32(0.05 * math.sqrt(n))   # gravity: keep islands near
        length = np.maximum(np.sqrt((disp ** 2).sum(-1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    pos -= pos.mean(0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return [(float(x), float(y)) for x, y in pos]


def _ring_layout(n: int, pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Without numpy: the best-connected nodes in the middle, the rest in rings."""
    degree = [0] * n
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    order = sorted(range(n), key=lambda i: -degree[i])
    out: list[tuple[float, float]] = [(0.0, 0.0)] * n
    ring, placed = 0, 0
    while placed < n:
        size = 1 if ring == 0 else 8 * ring
        for j in range(min(size, n - placed)):
            angle = 2 * math.pi * j / size
            out[order[placed + j]] = (ring * math.cos(angle), ring * math.sin(angle))
        placed += size
        ring += 1
    scale = max(ring - 1, 1)
    return [(x / scale, y / scale) for x, y in out]


def _layout(nodes: dict[str, VizNode], edges: list[VizEdge]) -> dict[str, tuple[float, float]]:
    """Positions for a graph too big for live physics, in vis-network pixels."""
    index = {iri: i for i, iri in enumerate(nodes)}
    pairs = sorted({(index[e.subject], index[e.object]) for e in edges if e.subject != e.object})
    try:
        pos = _force_layout(len(index), pairs)
    except ImportError:
        pos = _ring_layout(len(index), pairs)
    scale = 45 * math.sqrt(max(len(nodes), 1))
    return {iri: (pos[i][0] * scale, pos[i][1] * scale) for iri, i in index.items()}


def _options(physics: bool) -> dict[str, Any]:
    opts: dict[str, Any] = {
        "nodes": {"font": {"size": 14, "face": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "color": {"border": "#333333"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"inherit": False}, "width": 1.2,
                  "smooth": {"enabled": physics, "type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics,
                        "navigationButtons": False, "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"improvedLayout": physics},
    }
    if physics:
        opts["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                           "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                                "springLength": 110, "springConstant": 0.08,
                                                "avoidOverlap": 0.3},
                           "minVelocity": 0.75,
                           "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def _strip_remote(page: str) -> str:
    page = re.sub(r"<link\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*", "", page, flags=re.I)
    page = re.sub(r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*</script>\s*", "", page,
                  flags=re.I)
    page = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->\s*", "", page, flags=re.S)
    return page


def _pyvis_templates() -> Path:
    """pyvis's template directory, found without importing pyvis.network
    (which imports IPython: about 2 s of start-up for nothing)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed — pip install 'pyvis>=0.3.2'")
    return Path(list(spec.submodule_search_locations)[0]) / "templates"


def _render(nodes: list[dict], edges: list[dict], options: dict[str, Any], physics: bool,
            height: str) -> str:
    """pyvis's page template rendered as ``Network.generate_html`` renders it
    with ``cdn_resources="in_line"`` (vis-network inlined)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_pyvis_templates())))
    # Labels verbatim in the page (not \uXXXX); `tojson` still escapes < > & ' in the data.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env.get_template("template.html").render(
        height=height, width="100%", nodes=nodes, edges=edges, heading="",
        options=json.dumps(options, ensure_ascii=False), physics_enabled=physics,
        use_DOT=False, dot_lang=None, widget=False, bgcolor="#ffffff", conf=False,
        tooltip_link=False, neighborhood_highlight=False, select_menu=False,
        filter_menu=False, notebook=False, cdn_resources="in_line")


def write_network(store: pyoxigraph.Store, out_path: str | os.PathLike, *,
                  title: str = "拱墅区产业知识图谱 · Gongshu knowledge graph",
                  physics: bool | None = None, physics_limit: int = PHYSICS_LIMIT,
                  max_evidence: int = 3, style: dict[str, Any] | None = None,
                  height: str = "78vh") -> Path:
    """Write an offline, interactive HTML network of every entity and relation in ``store``.

    ``physics`` None chooses by size: live layout in the browser below
    ``physics_limit`` nodes, otherwise a layout computed here with physics off.
    ``max_evidence`` sentences are shown per relation on hover.  The file is
    written beside ``out_path`` and renamed into place.

        >>> write_network(store, "out/gongshu-kg.html")                 # doctest: +SKIP
        PosixPath('out/gongshu-kg.html')
    """
    style = style or load_style()
    nodes, edges = graph_data(store)
    documents = len(_select(store, "SELECT DISTINCT ?d WHERE { ?d a kgo:Document }"))
    use_physics = (len(nodes) < physics_limit) if physics is None else physics
    positions = {} if use_physics else _layout(nodes, edges)

    degree: dict[str, int] = {}
    for ed in edges:
        degree[ed.subject] = degree.get(ed.subject, 0) + 1
        degree[ed.object] = degree.get(ed.object, 0) + 1

    # Node and edge records as pyvis's Network.add_node / add_edge make them;
    # `tip` is the escaped HTML tooltip that _TIP_SCRIPT turns into `title`.
    vis_nodes = []
    for iri, node in nodes.items():
        s = _style_of(style, node.cls)
        record: dict[str, Any] = {
            "id": iri, "label": node.name, "shape": s.get("shape", "dot"),
            "color": s.get("colour", "#999999"),
            "size": round(10 + 4 * math.sqrt(degree.get(iri, 0)), 2),
            "tip": _node_tip(node, style)}
        if iri in positions:
            record.update(x=round(positions[iri][0], 1), y=round(positions[iri][1], 1))
        vis_nodes.append(record)
    pstyles = style.get("predicates", {})
    vis_edges = [{"id": f"r{i}", "from": ed.subject, "to": ed.object, "arrows": "to",
                  "color": pstyles.get(ed.predicate, {}).get("colour", "#888888"),
                  "tip": _edge_tip(ed, nodes, style, max_evidence)}
                 for i, ed in enumerate(edges)]
    page = _render(vis_nodes, vis_edges, _options(use_physics), use_physics, height)

    page = _strip_remote(page)
    page = re.sub(r"\s*<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page = re.sub(r"^\s*<html>", '<!DOCTYPE html>\n<html lang="zh-Hans">', page, count=1)
    head = (f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n{_CSS}")
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + head, 1)
    marker = '<div class="card"'
    if marker not in page:
        raise RuntimeError("unexpected pyvis page layout: no network card to put the legend before")
    page = page.replace(marker, _legend(title, nodes, edges, style, documents) + marker, 1)
    end = page.rindex("</body>")
    page = page[:end] + _TIP_SCRIPT + _entity_index(nodes, style) + page[end:]
    if _REMOTE.search(page):
        raise RuntimeError("the network page still loads something from the network; "
                           "pyvis's template has changed — update kg/viz.py")

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_text(page, encoding="utf-8", newline="\n")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
