"""An industry chain (产业链) as a tree, every edge with the sentence that states it (`kg chain`).

    >>> from kg.store import open_store
    >>> from kg.graph import load_graph
    >>> from kg.chain import chain, format_tree
    >>> G = load_graph(open_store("kg-store"))                         # doctest: +SKIP
    >>> print(format_tree(chain(G, "生命健康")))                        # doctest: +SKIP
    生命健康 · 产业赛道 IndustryTrack · kgr:IndustryTrack/生命健康
    │ 1 sub-track · 4 platforms · 8 enterprises and institutions · 5 projects · 1 place · …
    ├── 子赛道 Sub-tracks (1)
    │   └── 医药 · 产业赛道  —细分赛道 subTrackOf→ 生命健康
    │             [1] “全力打造全省生命健康产业新高地……” — 003_311f04df4b6279a0.txt
    ├── 平台 Platforms (4)
    │   ├── 华东医药生命科学产业园 · 项目+平台  —属于赛道 inTrack→ 生命健康
    │   │   │     [2] “强化半山生命健康谷、华东医药生命科学产业园等……” — 000_96deaf8c4352779a.txt
    │   │   ├── 华东医药 · 企业  ←隶属 ownedBy— 华东医药生命科学产业园  [2]
    …

What the tree holds, for a track T (and its sub-tracks, followed down
``kgo:subTrackOf``):

- sub-tracks: ``S subTrackOf T``, as a tree;
- platforms: platforms in T (``inTrack``), and platforms that a member of T
  is located in; under each its owner, what it hosts and where it is;
- enterprises and institutions: those in T, and the owners of T's platforms
  and projects; under each the projects and platforms it owns (with where
  they are) and where it is;
- projects: projects in T, and those owned by T's firms or sited on T's
  platforms; under each who owns it and where it is;
- places: every place the above are in, with what is there.

Each item carries the relation that puts it under its parent (``link``) and
that relation's evidence: sentence, document, rule, confidence.  An item is
listed once in the sections, in the section of the class its IRI names (a
park that is both a project and a platform is listed where its name says).

`rank` (kg.explore) orders the chain's entities by PageRank, and the chain
carries the top of that ranking with a sentence saying what it mea

The package: ``build`` gathers the chain from the graph, ``formats`` writes it.
"""
from .build import FORMATS, SECTIONS, Chain, ChainItem, chain, members
from .formats import format_chain, format_html, format_json, format_md, format_tree, to_json

__all__ = ["Chain", "ChainItem", "FORMATS", "SECTIONS", "chain", "format_chain", "format_html", "format_json",
           "format_md", "format_tree", "members", "to_json"]
