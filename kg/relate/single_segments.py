"""subTrackOf of one track a clause calls a segment (kg/relate/segments.py reads lists of two or
more): 星澜涂层是青禾材料产业里发展最快的细分领域 (the track inside the predicate is the
whole), 墨川储能是…新兴产业，白露电芯为其主攻细分方向 (the track named before it in its
sentence, else the paragraph's), 属于青禾化工产业中的云溪树脂细分领域 (the track before 中的).

    relations.toml [track] segment_said_after    after the track: 是/为, what it is (gap), a word of segments
                           segment_subject_owner  before it, the firm whose field it is (A所在的S是T的分支)
                           segment_within_gap     between a whole and its segment (T产业中的S)
                           segment_within_after   after that segment (细分领域)
"""
from __future__ import annotations

from .base import Collector, Item, rx


def single_segments(c: Collector, doc_id: str, s_index: int, text: str, tracks: list[Item],
                    runs: list[list[Item]], sublisted: set[int], fallback: tuple[str | None, ...]) -> None:
    tr = c.rules.get("track", {})
    said = rx(tr.get("segment_said_after", "$^"))
    classes = set(tr.get("class_tracks", ()))
    wholes = [t for t in tracks if c.ents[t.key].name not in classes]
    opens = rx("(?:^|" + tr.get("clause_segment_open", "$^") + ")(?:" + tr.get("segment_subject_owner", "$^") + ")?$")
    run_of = {id(x): r for r in runs for x in r}
    for r in runs:
        if len(r) != 1 or r[0].cls != "IndustryTrack" or id(r[0]) in sublisted:
            continue
        x = r[0]
        # (the track is the subject of its clause: not 中游（A、星澜B）为该链核心细分赛道, a word
        # the recogniser left out before it)
        mt = said.match(text, x.m.end) if x.m.start == 0 or opens.search(text, 0, x.m.start) else None
        if mt:
            inner = [t for t in wholes if mt.start("gap") <= t.m.start and t.m.end <= mt.end("gap")]
            # (其中，青禾厨电和S…，S是发展最快的细分领域: not a track listed as its peer)
            before = [t for t in wholes if t.m.end <= x.m.start and t.key != x.key and len(run_of.get(id(t), ())) < 2]
            whole = inner[-1].key if inner else before[-1].key if before else \
                next((k for k in fallback if k and k != x.key), None)
        else:
            gap, after = rx(tr.get("segment_within_gap", "$^")), rx(tr.get("segment_within_after", "$^"))
            whole = next((t.key for t in reversed(wholes) if t.m.end <= x.m.start
                          and gap.fullmatch(text, t.m.end, x.m.start) and after.match(text, x.m.end)), None)
        if whole and whole != x.key:
            c.add(x.key, "subTrackOf", whole, doc_id, s_index, "segment-said")
            sublisted.add(id(x))
