"""subTrackOf from a chain's stages set out in a sentence (``chain-stage-list``), in a report
on a chain (青禾家电产业链…) or a sentence naming it before its stages:

- the tracks a stage is said to be (上游为A、B和C; （一）上游：A、B与C。; 中游A与B：…) are
  segments of the chain;
- a stage named by one track (中游星澜总成环节，…) is a segment of the chain, and the tracks
  its clause counts or covers (…，覆盖A、B、C四个细分领域; A、B、C三大件) are segments of it;
- a stage named by a plain word of a stage, no track (中游整机环节，A、B、C三个方向…): what its
  clause counts or covers is a segment of the chain.

Trigger words in kg/data/relations.toml [track] (stage_open, stage_members, stage_label_end,
stage_covers, stage_count_after, stage_plain_labels, stage_label_joiners); a stage named by a track ends on 环节."""
from __future__ import annotations

from ..legendlines import legend_nodes
from .base import Collector, Item, finditer, found_before, lists, rx
from .stages import stage_segment

RULE = "chain-stage-list"


def chain_stages(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], chain: str | None) -> None:
    """subTrackOf for a stage heading's track (kg/relate/stages.py) and the stages a sentence sets out."""
    stage_segment(c, doc_id, index, text, ms, chain)
    stage_lists(c, doc_id, index, text, ms, chain)


def legend_segments(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], chain: str | None) -> None:
    """subTrackOf for the nodes of a chain map's legend line (上游：A ● B ◐（C◐ D○）, kg/legendlines.py):
    a stage's node is a segment of the chain (named before the line in its sentence, else the
    report's), a node in a bracket one of the node before the bracket."""
    nodes = legend_nodes(c.rules.get("track", {}), text)
    if not nodes:
        return
    at = {(x.m.start, x.m.end): x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"}
    keys = [at.get((a, b)) for a, b, _ in nodes]
    for k, (_, _, p) in zip(keys, nodes):
        whole = chain if p < 0 else keys[p]
        if k is not None and whole is not None and k != whole:
            c.add(k, "subTrackOf", whole, doc_id, index, "chain-legend")


def stage_lists(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], chain: str | None) -> None:
    """subTrackOf for the stages a sentence sets out; ``chain``: the report's chain so far."""
    tr = c.rules.get("track", {})
    opens = list(finditer(tr.get("stage_open", "$^"), text))
    if not opens:
        return
    after_chain = rx(tr.get("chain_after", "$^"))
    tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
    runs = [r for r in lists(c, text, ms) if r[0].cls == "IndustryTrack"]
    members = rx(tr.get("stage_members", "$^"))
    label_end = rx(tr.get("stage_label_end", "$^"))
    covers = tr.get("stage_covers", "$^") + "$"
    counted = rx(tr.get("stage_count_after", "$^"))
    applied = tr.get("applied_before", "$^")
    plain = set(tr.get("stage_plain_labels", ()))
    starts = [mt.start("stage") for mt in opens] + [len(text)]
    for i, mt in enumerate(opens):
        a, z = mt.end(), starts[i + 1]
        # the chain named before the stage in its sentence (…产业链自上而下：上游为…), else the report's
        named = [t.key for t in tracks if t.m.end <= mt.start() and after_chain.match(text, t.m.end)]
        whole = named[-1] if named else chain
        if whole is None:
            continue
        if text.startswith("环节", a):
            continue     # (上游环节主要包括A、B: the stage a heading named, sub-tracks-include's)
        said = members.match(text, a)
        b = said.end() if said else a
        run = next((r for r in runs if r[0].m.start == b), None)
        if run is not None and run[-1].m.end <= z:
            if said or len(run) > 1 or not text.startswith("环节", run[-1].m.end):
                # 上游为A、B和C / 上游：A、B与C。/ 中游A与B：: the stage is these
                for x in run:
                    c.add(x.key, "subTrackOf", whole, doc_id, index, RULE)
                continue
            # 中游星澜总成环节，…: a stage of its own, the whole of what its clause counts
            c.add(run[0].key, "subTrackOf", whole, doc_id, index, RULE)
            whole, b = run[0].key, run[0].m.end
        else:
            lab = label_end.search(text, a, z)
            if lab is None or any(a <= t.m.start < lab.start() for t in tracks) \
                    or not all(w in plain for w in rx(tr.get("stage_label_joiners", "$^")).split(text[a:lab.start()])):
                # (眼下上游基本齐全: a stage named in passing; 中游星澜总成环节 where 星澜总成 is no
                # track found: a segment's name, maybe, whose own segments are listed)
                continue
            b = lab.end()
        for r in runs:
            if r[0].m.start < b or r[-1].m.end > z or whole in {x.key for x in r} \
                    or found_before(applied, text, r[0].m.start):
                continue
            if counted.match(text, r[-1].m.end) or found_before(covers, text, r[0].m.start):
                for x in r:
                    c.add(x.key, "subTrackOf", whole, doc_id, index, RULE)
