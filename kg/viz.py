"""An interactive HTML network of the knowledge graph (`kg viz`), one offline file.

    >>> from kg.store import open_store
    >>> from kg.viz import write_network
    >>> write_network(open_store("kg-store"), "gongshu-kg.html")                # doctest: +SKIP
    PosixPath('gongshu-kg.html')
    >>> write_network(open_store("kg-store"), "health.html", track="生命健康")    # doctest: +SKIP
    >>> write_network(open_store("kg-store"), "tencent.html", focus="腾讯", depth=2)  # doctest: +SKIP

One node per entity, colour and shape by class (kg/data/viz.toml), one arrow
per relation.  The page (kg/data/viz.html, viz.css, viz.js around
vis-network, which is inlined from the pyvis package) has:

- a legend whose class check boxes hide and show classes, and a track menu
  that shows one industry track's chain (as `kg chain` finds it);
- a search box that finds an entity by its name, English name or any alias
  and centres the network on it;
- a click on a node highlights its neighbourhood and opens a side panel with
  its names, class, IRI and every relation with its evidence sentences and
  documents; a click on an arrow shows that relation's evidence.

Nothing is loaded from the network (a Content-Security-Policy forbids it).
Text from the documents travels as JSON (``<``, ``>`` and ``&`` escaped) and
is put on the page with ``textContent``: a label ``<script>`` shows as text.
Graphs of `PHYSICS_LIMIT` nodes or more get a layout computed in Python and
no physics, so 5,000 nodes draw in a second or two; smaller ones settle with
vis-network's physics, which is then switched off.
"""
from __future__ import annotations

import html
import importlib.util
import json
import math
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph

from .graph import load_graph
from .layout import layout
from .lifetime import temp_path
from .naming import CorpusName, stored_name
from .schema import load

DATA = Path(__file__).parent / "data"
STYLE_FILE = DATA / "viz.toml"
PHYSICS_LIMIT = 1000
"""Graphs with fewer nodes than this are laid out live in the browser (physics
on, then off once settled); larger ones get a layout computed in Python."""

FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"
# a graph given without its store, and without a title: no district is assumed (kg/naming.py)
DEFAULT_TITLE = CorpusName.of(None, None).page_title

_REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
_TOKEN = re.compile(r"__KG_TITLE__|/\*__KG_(?:CSS|VIS|APP)__\*/|__KG_DATA__")


def load_style(path: str | Path = STYLE_FILE) -> dict[str, Any]:
    """The class and relation styles: ``{'classes': {cls: {colour, shape, zh, en}}, 'predicates': {...}}``."""
    if Path(path) == Path(STYLE_FILE):
        return load("viz.toml")
    with open(path, "rb") as f:
        return tomllib.load(f)


def vis_script() -> str:
    """vis-network's minified script, from the pyvis package (found without importing
    pyvis, which would import IPython: seconds of start-up for nothing)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed — pip install 'pyvis>=0.3.2'")
    lib = Path(list(spec.submodule_search_locations)[0]) / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"),
                   key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
    if not found:
        raise RuntimeError(f"no vis-network.min.js under {lib} — reinstall pyvis")
    return found[-1].read_text(encoding="utf-8")


def _options(physics: bool, n: int) -> dict[str, Any]:
    """vis-network options: live physics for small graphs, none (and lighter drawing) for big ones."""
    big = not physics
    opts: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "face": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "borderWidthSelected": 3, "scaling": {"label": {"drawThreshold": 7}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "width": 1.2,
                  "selectionWidth": 2,
                  "smooth": {"enabled": True, "type": "continuous"} if physics else False},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"improvedLayout": False},
    }
    if physics:
        opts["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                           "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01,
                                                "springLength": 110, "springConstant": 0.08,
                                                "avoidOverlap": 0.3},
                           "minVelocity": 0.75,
                           "stabilization": {"enabled": True, "iterations": 150 if n < 400 else 100,
                                             "fit": True, "updateInterval": 50}}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def _track_members(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Each industry track of ``G`` -> the entities of its chain (`kg.chain.members`)."""
    from .chain import chain
    out = {}
    for node, d in G.nodes(data=True):
        if "IndustryTrack" in d.get("classes", [d.get("cls")]):
            members = chain(G, node, top=0).members() - {node}
            if members:
                out[node] = members
    return out


def network_data(G: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE, style: dict[str, Any] | None = None,
                 physics: bool | None = None, physics_limit: int = PHYSICS_LIMIT) -> dict[str, Any]:
    """What the page draws, as a JSON-ready dict (the page's ``kg-data`` block).

    ``nodes``: ``id`` (an index), ``iri``, ``label``, ``en``, ``aliases``,
    ``cls``, ``classes``, ``tracks`` (ids of the tracks whose chain it is in),
    ``m``/``d`` (sentences and documents naming it), ``wd`` (its Wikidata
    Q-number or null), ``size``, ``x``/``y``;
    ``edges``: ``id``, ``from``, ``to``, ``p`` (the contract relation; ``q``: the
    sub-property, if one is used), ``ev``:
    [sentence index, rule, confidence]; ``sentences``: [text, document index];
    ``docs``: [file name, title]; ``classes``/``predicates``: the styles;
    ``tracks``: [{id, count}]; ``options``: vis-network's; ``timelines``: node id ->
    {status, events: [when, kind, planned, [[sentence, source]]], quantities: [name, text,
    [[sentence, source]]]} for the projects the store has milestones or amounts of (kg.timeline).
    """
    style = style or load_style()
    use_physics = (G.number_of_nodes() < physics_limit) if physics is None else physics
    positions = layout(G)
    order = sorted(G.nodes, key=lambda n: (G.nodes[n].get("cls", ""), G.nodes[n].get("label", ""), n))
    ids = {iri: i for i, iri in enumerate(order)}

    docs: dict[str, int] = {}
    doc_rows: list[list[Any]] = []
    titles = G.graph.get("documents", {})
    for doc in sorted(titles):
        docs[doc] = len(doc_rows)
        doc_rows.append([doc, titles[doc]])
    sentences: dict[tuple[int, str], int] = {}
    sentence_rows: list[list[Any]] = []

    edges = []
    for s, o, key, d in sorted(G.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], e[2])):
        ev_rows = []
        for ev in d.get("evidence", []):
            if ev.doc not in docs:
                docs[ev.doc] = len(doc_rows)
                doc_rows.append([ev.doc, ev.title])
            k = (docs[ev.doc], ev.sentence)
            if k not in sentences:
                sentences[k] = len(sentence_rows)
                sentence_rows.append([ev.sentence, docs[ev.doc]])
            conf = round(ev.confidence, 3) if ev.confidence is not None else None
            ev_rows.append([sentences[k], ev.rule, conf])
        edge = {"id": len(edges), "from": ids[s], "to": ids[o], "p": d.get("predicate", key), "ev": ev_rows}
        if key != edge["p"]:
            edge["q"] = key                     # a sub-property: styled as its contract relation
        edges.append(edge)

    members = _track_members(G)
    tracks_of: dict[str, list[int]] = {}
    for t, ms in members.items():
        for m in ms:
            tracks_of.setdefault(m, []).append(ids[t])
    nodes = []
    for iri in order:
        d = G.nodes[iri]
        x, y = positions[iri]
        nodes.append({"id": ids[iri], "iri": iri, "label": d.get("label", iri), "en": d.get("en"),
                      "aliases": list(d.get("aliases", [])), "cls": d.get("cls", "Entity"),
                      "classes": list(d.get("classes", [d.get("cls", "Entity")])),
                      "tracks": sorted(tracks_of.get(iri, [])),
                      "m": d.get("mentions", 0), "d": d.get("documents", 0), "wd": d.get("wikidata"),
                      "size": round(min(10 + 4 * math.sqrt(G.degree(iri)), 40), 1),
                      "x": round(x, 1), "y": round(y, 1)})

    classes = [{"key": k, **v} for k, v in style.get("classes", {}).items()]
    predicates = [{"key": k, **v} for k, v in style.get("predicates", {}).items()]
    known = {p["key"] for p in predicates}
    for e in edges:
        if e["p"] not in known:
            known.add(e["p"])
            predicates.append({"key": e["p"], "colour": "#888888", "zh": "", "en": e["p"]})
    # a project's timeline (kg.timeline.timeline_panel), by node id, when the graph came from a store
    timelines = {str(ids[iri]): t for iri, t in sorted(G.graph.get("timelines", {}).items()) if iri in ids}
    tracks = sorted(({"id": ids[t], "count": len(ms)} for t, ms in members.items()),
                    key=lambda t: (-t["count"], nodes[t["id"]]["label"]))
    return {"title": title, "physics": use_physics, "nodes": nodes, "edges": edges,
            "sentences": sentence_rows, "docs": doc_rows, "classes": classes,
            "predicates": predicates, "tracks": tracks, "options": _options(use_physics, len(nodes)),
            "timelines": timelines}


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: ``<``, ``>`` and ``&`` as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def network_html(G: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE, style: dict[str, Any] | None = None,
                 physics: bool | None = None, physics_limit: int = PHYSICS_LIMIT) -> str:
    """The network page for ``G`` (a `kg.graph.load_graph` graph, or a subgraph of one) as text.

        >>> page = network_html(load_graph(store))                          # doctest: +SKIP
        >>> "kg-search" in page and "https://cdn" not in page               # doctest: +SKIP
        True
    """
    data = network_data(G, title=title, style=style, physics=physics, physics_limit=physics_limit)
    vis = vis_script()
    app = (DATA / "viz.js").read_text(encoding="utf-8")
    for name, script in (("vis-network", vis), ("viz.js", app)):
        if re.search(r"</script|<!--", script, re.I):
            raise RuntimeError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    parts = {"__KG_TITLE__": html.escape(title), "/*__KG_CSS__*/": (DATA / "viz.css").read_text(encoding="utf-8"),
             "/*__KG_VIS__*/": vis, "/*__KG_APP__*/": app, "__KG_DATA__": _script_json(data)}
    template = (DATA / "viz.html").read_text(encoding="utf-8")
    page = _TOKEN.sub(lambda m: parts[m.group(0)], template)
    if _REMOTE.search(page):
        raise RuntimeError("the network page would load something from the network — check kg/data/viz.*")
    return page


def subnetwork(G: nx.MultiDiGraph, focus: str | None = None, depth: int = 1,
               track: str | None = None, name: CorpusName | None = None) -> tuple[nx.MultiDiGraph, str]:
    """The part of ``G`` to draw, and a title for it: the chain of ``track``
    (`kg.chain.members`), and/or what lies within ``depth`` relations of ``focus``.

    Raises `kg.graph.NotFound` (with suggestions) for an unknown name.

        >>> H, title = subnetwork(G, track="生命健康")                       # doctest: +SKIP
    """
    from .chain import members
    from .explore import focus as near
    from .graph import resolve

    name = name or CorpusName.of(None, None)
    of = f" · {name.short or name.zh}"       # whose graph: "Gongshu District", or the title
    H, title = G, name.page_title
    if track:
        t = resolve(G, track, classes=["IndustryTrack"], what="industry track")
        H = G.subgraph(members(G, t)).copy()
        title = f"产业链 {G.nodes[t]['label']} chain{of}"
    if focus:
        H = near(H, focus, depth)
        centre = resolve(G, focus)
        within = f"{depth} hop{'s' if depth != 1 else ''}"
        title = (f"{G.nodes[centre]['label']} 及其关联 · within {within}"
                 + (f" in the {G.nodes[resolve(G, track, classes=['IndustryTrack'])]['label']} chain" if track else "")
                 + of)
    return H, title


def _graph(source: Any) -> nx.MultiDiGraph:
    if isinstance(source, nx.Graph):
        return source
    if isinstance(source, pyoxigraph.Store):
        G = load_graph(source)
        # projects' milestones and amounts, for the side panel (kg.timeline)
        from .timeline import load_timelines, timeline_panel
        G.graph["timelines"] = {iri: timeline_panel(t) for iri, t in load_timelines(source).items() if iri in G}
        return G
    raise TypeError("give a pyoxigraph.Store or a graph from kg.graph.load_graph")


def write_network(source: Any, out_path: str | os.PathLike, *, focus: str | None = None,
                  depth: int = 1, track: str | None = None, title: str | None = None,
                  physics: bool | None = None, physics_limit: int = PHYSICS_LIMIT,
                  style: dict[str, Any] | None = None) -> Path:
    """Write the offline, interactive network of ``source`` (a store, or a graph from
    `kg.graph.load_graph`) to ``out_path``; ``track`` / ``focus`` + ``depth`` draw a part
    (`subnetwork`).

    ``physics`` None chooses by size: live layout in the browser below
    ``physics_limit`` nodes, otherwise the layout computed here and physics
    off.  The file is written beside ``out_path`` and renamed into place.

        >>> write_network(store, "out/gongshu-kg.html")                     # doctest: +SKIP
        PosixPath('out/gongshu-kg.html')
    """
    G = _graph(source)
    # the corpus's name as the build stated it in the store (kg/naming.py)
    name = stored_name(source) if isinstance(source, pyoxigraph.Store) else None
    H, auto_title = subnetwork(G, focus, depth, track, name)
    page = network_html(H, title=title or auto_title, style=style, physics=physics,
                        physics_limit=physics_limit)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(out)         # named after this process: a killed build's is removed by the next
    try:
        tmp.write_text(page, encoding="utf-8", newline="\n")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


class NetworkView:
    """A network page shown inline in Jupyter (an ``<iframe srcdoc>``, sandboxed to its scripts)."""

    def __init__(self, page: str, height: int = 560):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>')

    def save(self, path: str | os.PathLike) -> Path:
        out = Path(path)
        out.write_text(self.page, encoding="utf-8", newline="\n")
        return out


def show(source: Any, *, focus: str | None = None, depth: int = 1, track: str | None = None,
         height: int = 560, **kwargs: Any) -> NetworkView:
    """The network (or a part of it) for a notebook cell: ``show(G, track="生命健康")``.

        >>> show(G, focus="华东医药", depth=2)                                # doctest: +SKIP
        <kg.viz.NetworkView …>
    """
    name = stored_name(source) if isinstance(source, pyoxigraph.Store) else None
    G = _graph(source)
    H, auto_title = subnetwork(G, focus, depth, track, name)
    kwargs.setdefault("title", auto_title)
    return NetworkView(network_html(H, **kwargs), height)
