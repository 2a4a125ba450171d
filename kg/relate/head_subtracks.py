"""subTrackOf from a sentence's head (kg/relate/tracks.py head-sub): the sentence's or
paragraph's track adopts the tracks its sentence names as kinds of things, and, when it
opens the sentence, every other track. ``放大龙头医药企业`` under a head T: 医药 is a
segment of T; ``分行业看，T增长12%，A增长9%``: A, opening a clause of its own beside T,
is a peer reported alike, no segment of it."""
from __future__ import annotations

from .base import Collector, Item, found_before, modifies, rx
from .peer_tracks import not_segment

_CLAUSE_ENDS = "，,；;。"


def head_subtracks(c: Collector, doc_id: str, index: int, text: str, tracks: list[Item],
                   run_of: dict[int, list[Item]], heads_used: set[int], sublisted: set[int],
                   starts: set[int], head: str | None, topic: bool, top: str) -> None:
    """subTrackOf ``top`` (the sentence's head, else the paragraph's track) of the tracks of
    one sentence; ``starts`` are where its clauses open."""
    tr = c.rules.get("track", {})
    head_at = next((t for t in tracks if t.key == top), None)     # (the head among the tracks)
    peers = run_of.get(id(head_at), []) if head_at is not None else []
    # (风电、光伏装机容量分别增长…，新能源装机容量…: a head that is the first of a list reported alike,
    # the items after it maybe no tracks the recogniser found, is one of peers, no whole of the tracks
    # after them)
    if head == top and head_at is not None and text.startswith(tuple(tr.get("head_peer_marks", ())), head_at.m.end):
        return
    # a track the sentence's patterns gave a whole already (涵盖A、B等环节的T全链条), or
    # one the head is a part of (T1是新区T2的重要增长极: here or earlier), is no segment
    # of the head
    wholes = c.wholes.get((doc_id, None, top), ())
    copula = rx(tr.get("copula", "$^"))
    applied = tr.get("applied_before", "$^")
    attributive = rx(tr.get("attributive_after", "$^"))
    # (（四）T：引进A、B、C等机构: a list a verb of growing or drawing in opens, in a sentence
    # the head's label opens, is of the head's fields, whatever framed its items)
    focus = "(?:" + tr.get("focus_clause", "$^") + "$|" + tr.get("focus_sub_verbs", "$^") + ")"
    for t in tracks:
        listed = t.m.role == "item" and id(t) not in heads_used and not t.m.rule.startswith("list-frame")
        if listed and head and topic and found_before(focus, text, run_of.get(id(t), [t])[0].m.start):
            listed = False
        if t.key == top or t in peers or id(t) in sublisted or t.key in wholes \
                or c.wholes.get((doc_id, index, t.key), {top}) != {top} or listed:
            continue
        # under a head that does not open the sentence (围绕数字经济，集聚A、B等生命
        # 健康企业), or under the paragraph's track (…抢占A、B等未来产业赛道), a list's
        # own track is not a segment of the head
        # (分行业看，T增长12%，A增长9%: a track opening a clause of its own beside the
        # head's is a peer reported alike, not a segment)
        parallel = t.m.start in starts and len(run_of.get(id(t), ())) < 2 \
            and any(x.key == top and x.m.start in starts for x in tracks)
        # (… nor one naming the kind of things of such a clause: 从区域分布看，T企业集中在A，
        # T2企业集中于B)
        # (T是我区T2的主要增长市场: a track the head is said to be something of is no
        # segment of it)
        predicated = head_at is not None and head_at.m.end <= t.m.start \
            and copula.search(text, head_at.m.end, t.m.start) is not None \
            and not any(p in text[head_at.m.end:t.m.start] for p in _CLAUSE_ENDS)
        # (…应用于T2等领域; T2生产线; T2项目9个; 供应…T2企业: markets, goods, peers, customers: peer_tracks.py)
        goods = found_before(applied, text, run_of.get(id(t), [t])[0].m.start) or attributive.match(
            text, t.m.end) is not None or not_segment(tr, text, t, run_of.get(id(t), [t]), head_at, not head)
        if (head and topic or modifies(c, text, t) and id(t) not in heads_used) and not parallel \
                and not predicated and not goods:
            c.add(t.key, "subTrackOf", top, doc_id, index, "head-sub")
