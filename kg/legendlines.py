"""A chain map's legend line, read by the recogniser (its items are tracks: kg/recognise/legend.py)
and by the relation rules (the chain's segments and theirs: kg/relate/chainstages.py) alike.

A legend line opens on a stage's label (上游：) and sets out the stage's nodes, each maybe marked
by its state (● there, ◐ on the way, ○ missing), parted by spaces or 、; a bracket after a node
holds the nodes under it. relations.toml [track] legend_open, legend_marks.

>>> from kg.rules import load_rules
>>> tr = load_rules().relations["track"]
>>> t = "上游：星澜勘查 ● 青禾包材 ◐（瓶坯◐ 瓶盖● 云溪标签○）"
>>> [(t[a:b], p) for a, b, p in legend_nodes(tr, t)]
[('星澜勘查', -1), ('青禾包材', -1), ('瓶坯', 1), ('瓶盖', 1), ('云溪标签', 1)]
>>> legend_nodes(tr, "上游：星澜勘查、青禾包材与云溪标签。")     # a list, no map's legend
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .rules import rx

OPEN, CLOSE = "（(", "）)"


@lru_cache(maxsize=4)
def _item(marks: str) -> re.Pattern:
    return re.compile(rf"(?P<n>[^\s、，,。；;：:（()）{marks}]{{2,16}})\s*(?P<m>[{marks}])?")


def legend_nodes(tr: dict, text: str) -> list[tuple[int, int, int]]:
    """(start, end, parent) of each node of a legend line, ``parent`` the index of the node whose
    bracket holds it (-1: a node of the stage itself); [] when ``text`` is no legend line: not
    wholly nodes, or neither marked by a state nor parted by spaces, two nodes or more."""
    opened = rx(tr.get("legend_open", "$^")).match(text)
    marks = tr.get("legend_marks", "")
    if opened is None or not marks:
        return []
    item = _item(marks)
    nodes: list[tuple[int, int, int]] = []
    at, parent, marked, spaced = opened.end(), -1, False, False
    end = len(text.rstrip().rstrip("。；;").rstrip())
    while at < end:
        at = re.compile(r"[\s、]*").match(text, at).end()
        if at >= end:
            break
        ch = text[at]
        if ch in OPEN and nodes and parent == -1 and nodes[-1][2] == -1:
            parent, at = len(nodes) - 1, at + 1
            continue
        if ch in CLOSE and parent != -1:
            parent, at = -1, at + 1
            continue
        m = item.match(text, at)
        if m is None:
            return []
        # (parted from the node before by a space, not by a bracket: 瓶坯 瓶盖, 包材 ◐（瓶坯)
        gap = text[nodes[-1][1]:at] if nodes else ""
        spaced = spaced or bool(re.search(r"\s", gap)) and not set(gap) & set(OPEN)
        nodes.append((m.start("n"), m.end("n"), parent))
        marked = marked or m.group("m") is not None
        at = m.end()
    if parent != -1 or not (marked or spaced and sum(p == -1 for _, _, p in nodes) > 1):
        return []
    return nodes
