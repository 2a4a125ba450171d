"""subTrackOf from a clause that opens on a track and says what the track is made of (…，其中
装备制造产业以A、B为主，生物医药产业重点发展C、D): the tracks listed after the verb are
segments of the clause's track. A sentence opening so is read by head-sub (kg/relate/tracks.py);
this reads the clauses after its first, where no head stands.

    relations.toml [track] clause_segment_open  what may stand before the track: a clause's
                                                 start, 其中, 而
                   clause_segment_verb          between the track and the list: its word for an
                                                 industry, then the verb (重点发展, 以 …)
                   focus_frame_end              after a list opened by 以: 为主, 为特色 …
"""
from __future__ import annotations

from .base import Collector, Item, rx


def clause_segments(c: Collector, doc_id: str, s_index: int, text: str, tracks: list[Item],
                    runs: list[list[Item]], sublisted: set[int]) -> None:
    tr = c.rules.get("track", {})
    verb = rx(tr.get("clause_segment_verb", "$^"))
    opens = rx(tr.get("clause_segment_open", "$^") + "$")
    frame_end = rx(tr.get("focus_frame_end", "$^"))
    kinds = rx(tr.get("kind_of_firms", "$^"))
    for r in runs:
        if r[0].cls != "IndustryTrack" or any(id(x) in sublisted for x in r) \
                or kinds.match(text, r[-1].m.end):
            continue    # (A、B等企业: the kinds of firms a track's clause wants, no segments said)
        inside = {id(x) for x in r}
        whole = max((t for t in tracks if t.m.end <= r[0].m.start and id(t) not in inside),
                    key=lambda t: t.m.end, default=None)
        if whole is None or whole.m.start == 0 or not opens.search(text, 0, whole.m.start):
            continue    # (a sentence opening on its track: head-sub's)
        mt = verb.fullmatch(text, whole.m.end, r[0].m.start)
        if mt is None or (mt.group("by") and not frame_end.match(text, r[-1].m.end)):
            continue    # (以A、B… only with 为主, 为特色 after it)
        for x in r:
            if x.key != whole.key:
                c.add(x.key, "subTrackOf", whole.key, doc_id, s_index, "clause-segment-sub")
        sublisted |= inside


def point_segments(c: Collector, doc_id: str, s_index: int, text: str, tracks: list[Item],
                   runs: list[list[Item]], sublisted: set[int]) -> None:
    """subTrackOf from a point that names a track alone in its clause and a clause after it that
    counts the firms of the tracks it lists (一是T产业，A和B企业共3户): the kinds of firms counted under
    the point's track are its segments (the last track of the point's clause: 三是T1及T2，A、B企业…).

        relations.toml [track] point_track_clause   the point's clause up to the list (group w: its words)
                       point_kinds_after            after the list: its firms, counted
    """
    tr = c.rules.get("track", {})
    point = rx(tr.get("point_track_clause", "$^"))
    kinds = rx(tr.get("point_kinds_after", "$^"))
    for r in runs:
        if r[0].cls != "IndustryTrack" or any(id(x) in sublisted for x in r) or not kinds.match(text, r[-1].m.end):
            continue
        mt = next((m for m in point.finditer(text, 0, r[0].m.start) if m.end() == r[0].m.start), None)
        if mt is None:
            continue
        # (the track's mention may hold its suffix: 云溪能源产业)
        whole = next((t for t in reversed(tracks) if mt.start("w") <= t.m.start and t.m.end <= mt.end()), None)
        if whole is None:
            continue
        for x in r:
            if x.key != whole.key:
                c.add(x.key, "subTrackOf", whole.key, doc_id, s_index, "point-segment-sub")
        sublisted |= {id(x) for x in r}
