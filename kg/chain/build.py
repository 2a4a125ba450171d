"""Gathering a track's chain from the graph: its sub-tracks, platforms, firms, projects and places."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from ..graph import Link, NotFound, class_name, find, link, resolve

SECTIONS: list[tuple[str, str, str]] = [
    ("subtracks", "子赛道", "Sub-tracks"),
    ("platforms", "平台", "Platforms"),
    ("actors", "企业与机构", "Enterprises and institutions"),
    ("projects", "项目", "Projects"),
    ("places", "地点", "Places"),
]
"""The sections of a chain: key, Chinese and English heading."""

FORMATS = ("tree", "json", "md", "html")

_SECTION_OF = {"Platform": "platforms", "Enterprise": "actors", "Institution": "actors",
               "Project": "projects", "Place": "places", "CommercialDistrict": "places"}
_WHERE = ("locatedIn", "partOf")
_PLACE_CLASSES = {"Place", "CommercialDistrict", "Platform"}


@dataclass
class ChainItem:
    """An entity in the chain, the relation that puts it under its parent, and what hangs below it."""
    node: str                                  # IRI
    link: Link | None = None                   # None for the root only
    children: list["ChainItem"] = field(default_factory=list)
    direct: bool = True                        # stated to be in the track (or a sub-track)


@dataclass
class Chain:
    """The chain of one industry track: see the module's docstring."""
    G: nx.MultiDiGraph
    track: str                                  # the track's IRI
    tracks: list[str]                           # it and its sub-tracks, root first
    sections: dict[str, list[ChainItem]]
    ranking: list[tuple[str, float]] = field(default_factory=list)
    measure: str = "pagerank"
    explanation: str = ""
    # per track, its projects by status and their total investment (kg.timeline.progress);
    # filled by `kg chain`, which reads the project facts from the store
    progress: list = field(default_factory=list)

    def items(self) -> Iterable[ChainItem]:
        """Every item of the tree, depth first."""
        stack = [i for key, *_ in reversed(SECTIONS) for i in reversed(self.sections.get(key, []))]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.children))

    def members(self) -> set[str]:
        """The IRIs of every entity in the chain, the track itself included."""
        return {self.track, *self.tracks, *(i.node for i in self.items())}

    def links(self) -> list[Link]:
        """Every relation the tree shows (each once)."""
        seen, out = set(), []
        for item in self.items():
            if item.link and (k := (item.link.subject, item.link.predicate, item.link.object)) not in seen:
                seen.add(k)
                out.append(item.link)
        return out


def _base(G: nx.MultiDiGraph, s: str, o: str, key: str) -> str:
    return G.edges[s, o, key].get("predicate", key)


def _out(G, node, predicates):
    return [(o, k) for _, o, k in G.out_edges(node, keys=True) if _base(G, node, o, k) in predicates]


def _in(G, node, predicates):
    return [(s, k) for s, _, k in G.in_edges(node, keys=True) if _base(G, s, node, k) in predicates]


def _sort_key(G: nx.MultiDiGraph, item: ChainItem):
    order = {"inTrack": 0, "subTrackOf": 0, "ownedBy": 1, "locatedIn": 2, "partOf": 3}
    pred = _base(G, item.link.subject, item.link.object, item.link.predicate) if item.link else ""
    return (not item.direct, order.get(pred, 9), -G.degree(item.node), G.nodes[item.node]["label"], item.node)


def _cls(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node]["cls"]


def chain(G: nx.MultiDiGraph, track: str, top: int = 10, measure: str = "pagerank") -> Chain:
    """The chain of the industry track named ``track`` (a label, an alias or an IRI).

        >>> c = chain(G, "生命健康")                                     # doctest: +SKIP
        >>> [G.nodes[i.node]["label"] for i in c.sections["platforms"]]   # doctest: +SKIP
        ['半山生命健康谷', '华东医药生命科学产业园', '凤栖谷生命科学孵化器']

    Raises `kg.graph.NotFound` (with the nearest track names) for an unknown track.
    ``top`` entities are kept in ``ranking`` (0: no ranking).
    """
    try:
        root = resolve(G, track, classes=["IndustryTrack"], what="industry track")
    except NotFound as e:
        other = find(G, track)
        if other:         # a firm or a park: say which tracks it is in
            d = G.nodes[other[0]]
            tracks = sorted({G.nodes[o]["label"] for o, k in _out(G, other[0], ("inTrack",))})
            if tracks:
                raise NotFound(f"{d['label']} is {class_name(d['cls'])}, not an industry track "
                               f"— its tracks: {', '.join(tracks)}", tracks) from None
        raise e

    # sub-tracks, followed down subTrackOf
    tracks = [root]

    def subtree(parent: str) -> list[ChainItem]:
        items = []
        for s, k in _in(G, parent, ("subTrackOf",)):
            if s not in tracks:
                tracks.append(s)
                items.append(ChainItem(s, link(G, s, parent, k)))
        for item in items:
            item.children = subtree(item.node)
        return sorted(items, key=lambda i: _sort_key(G, i))

    subtracks = subtree(root)
    track_set = set(tracks)

    # what is stated to be in the track or a sub-track (the root's link wins)
    direct: dict[str, Link] = {}
    for t in tracks:
        for s, k in _in(G, t, ("inTrack",)):
            if s not in track_set:
                direct.setdefault(s, link(G, s, t, k))

    placed: dict[str, ChainItem] = {}
    sections: dict[str, list[ChainItem]] = {key: [] for key, *_ in SECTIONS}
    sections["subtracks"] = subtracks

    def place(node: str, lk: Link, is_direct: bool) -> None:
        section = _SECTION_OF.get(_cls(G, node))
        if section is None or node in placed or node in track_set:
            return
        item = ChainItem(node, lk, direct=is_direct)
        placed[node] = item
        sections[section].append(item)

    for node, lk in direct.items():
        place(node, lk, True)
    # platforms hosting a member
    for node in list(direct):
        for o, k in _out(G, node, _WHERE):
            if _cls(G, o) == "Platform":
                place(o, link(G, node, o, k), False)
    # owners of the track's platforms and projects
    for item in [*sections["platforms"], *sections["projects"]]:
        for o, k in _out(G, item.node, ("ownedBy",)):
            place(o, link(G, item.node, o, k), False)
    # projects of the track's firms, and on the track's platforms
    for item in [*sections["actors"], *sections["platforms"]]:
        pred = ("ownedBy",) if item in sections["actors"] else _WHERE
        for s, k in _in(G, item.node, pred):
            if _cls(G, s) == "Project":
                place(s, link(G, s, item.node, k), False)

    def where(node: str, skip: str | None = None) -> list[ChainItem]:
        return [ChainItem(o, link(G, node, o, k), direct=False) for o, k in _out(G, node, _WHERE)
                if o != skip and _PLACE_CLASSES & set(G.nodes[o]["classes"])]

    for item in sections["platforms"]:
        kids = [ChainItem(o, link(G, item.node, o, k), direct=False)
                for o, k in _out(G, item.node, ("ownedBy",))]
        kids += [ChainItem(s, link(G, s, item.node, k), direct=False)
                 for s, k in _in(G, item.node, _WHERE) if s != item.node]
        kids += where(item.node)
        item.children = kids
    for item in sections["actors"]:
        kids = []
        for s, k in _in(G, item.node, ("ownedBy",)):
            kid = ChainItem(s, link(G, s, item.node, k), direct=False)
            kid.children = where(s)
            kids.append(kid)
        item.children = kids + where(item.node)
    for item in sections["projects"]:
        item.children = [ChainItem(o, link(G, item.node, o, k), direct=False)
                         for o, k in _out(G, item.node, ("ownedBy",))] + where(item.node)

    # places: every place where something of the chain is, with what is there
    located: dict[str, list[ChainItem]] = {}
    for key in ("platforms", "actors", "projects"):
        for item in sections[key]:
            for kid in [item, *item.children, *(g for c in item.children for g in c.children)]:
                lk = kid.link
                if lk and _base(G, lk.subject, lk.object, lk.predicate) in _WHERE \
                        and _cls(G, lk.object) in ("Place", "CommercialDistrict"):
                    located.setdefault(lk.object, [])
                    if all(x.link.subject != lk.subject for x in located[lk.object]):
                        located[lk.object].append(ChainItem(lk.subject, lk, direct=False))
    for node, kids in located.items():
        if node in placed:
            placed[node].children = kids
        elif node not in track_set:
            item = ChainItem(node, None, kids, direct=False)
            placed[node] = item
            sections["places"].append(item)
    for item in sections["places"]:
        if item.link is not None and not item.children:
            item.children = located.get(item.node, [])
        item.children += where(item.node)

    for key in sections:
        if key != "subtracks":
            sections[key].sort(key=lambda i: _sort_key(G, i))
        for item in sections[key]:
            _sort_children(G, item)

    c = Chain(G, root, tracks, sections)
    if top:
        from ..explore import rank, rank_explanation
        H = G.subgraph(c.members())
        c.ranking = rank(H, measure=measure, top=top, exclude=track_set)
        c.measure = measure
        c.explanation = rank_explanation(measure, H, "this chain", exclude=len(track_set))
    return c


def _sort_children(G: nx.MultiDiGraph, item: ChainItem) -> None:
    item.children.sort(key=lambda i: _sort_key(G, i))
    for kid in item.children:
        _sort_children(G, kid)


def members(G: nx.MultiDiGraph, track: str) -> set[str]:
    """The IRIs of everything in the chain of ``track`` (what `kg viz --track` draws).

        >>> len(members(G, "生命健康"))                                   # doctest: +SKIP
        24
    """
    return chain(G, track, top=0).members()
