"""A chain report's stages: the track a stage heading names (（一）上游：青禾部件。) is a
segment of the chain the report is about (the track last named before 产业链: 青禾家电
产业链研究报告)."""
from __future__ import annotations

from .base import Collector, Item, found_before, lists, rx


def chain_named(c: Collector, text: str, ms: list[Item], chain: str | None) -> str | None:
    """The chain a report is about after this sentence: its last track followed by the
    chain word (rules [track] chain_after), else the one before."""
    named = _chains(c, text, ms)
    return named[-1] if named else chain


def title_chain(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The chain a report's title names, when it names that track alone (青禾家电产业链研究
    报告): the report's chain throughout, where a later 星澜产业链链主企业 names the chain
    a firm leads (a segment's, maybe)."""
    named = _chains(c, text, ms)
    tracks = {x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"}
    return named[0] if len(named) == 1 and tracks == set(named) else None


def _chains(c: Collector, text: str, ms: list[Item]) -> list[str]:
    after = rx(c.rules.get("track", {}).get("chain_after", "$^"))
    return [x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner" and after.match(text, x.m.end)]


def stage_segment(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], chain: str | None) -> None:
    """subTrackOf for a sentence that is a stage heading naming a track."""
    if chain is None:
        return
    mt = rx(c.rules.get("track", {}).get("stage_heading", "$^")).match(text)
    stage = mt and next((x for x in ms if x.m.start == mt.end() and x.cls == "IndustryTrack"), None)
    if stage and stage.key != chain:
        c.add(stage.key, "subTrackOf", chain, doc_id, index, "chain-stage")


def opens_on_stage(c: Collector, text: str, ms: list[Item]) -> bool:
    """Whether a sentence opens on a bare stage label (零部件方面，…; 材料领域：…), one
    that names no track itself (在T领域，… is a field: kg/relate/topics.field_head)."""
    tr = c.rules.get("track", {})
    label = rx(tr.get("speaker_label", "$^")).match(text)
    mt = rx(tr.get("stage_label", "$^")).match(text, label.end() if label else 0)
    return mt is not None and not any(x.m.start < mt.end() for x in ms)


def stage_label(c: Collector, text: str, ms: list[Item], seen: list[str]) -> str | None:
    """The track a short stage label stands for (材料方面，A…；装备领域：B…): the one track
    named earlier in the document (``seen``, keys in order) whose name ends on the label's
    word (半导体材料 for 材料), when exactly one does; the label then heads the sentence."""
    tr = c.rules.get("track", {})
    label = rx(tr.get("speaker_label", "$^")).match(text)
    off = label.end() if label else 0
    mt = rx(tr.get("stage_label", "$^")).match(text, off)
    if not mt or any(x.m.start < mt.end() and x.m.role != "owner" for x in ms):
        return None
    word = mt.group("word")
    fits = {k for k in seen if c.ents[k].name.endswith(word) and len(c.ents[k].name) > len(word)}
    return fits.pop() if len(fits) == 1 else None


def heading_segment(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], head: str | None,
                    heading: str | None) -> None:
    """subTrackOf for a sentence under a stage heading that opens on another track as its
    field ((二)中游：青禾总成。…燃料电池方面，A…): a segment of the heading's track, unless
    the document named it a segment of another (细分赛道包括A、B… before 在A领域，…)."""
    if not head or not heading or head == heading or c.wholes.get((doc_id, None, head)):
        return      # (a field the document made a segment of another track already stays one)
    t = next((x for x in ms if x.key == head and x.m.role != "owner"), None)
    tr = c.rules.get("track", {})
    label = rx(tr.get("speaker_label", "$^")).match(text)
    if t is None or text[label.end() if label else 0:t.m.start].strip(" 在“\"‘"):
        return
    if rx(tr.get("segment_after", "$^")).match(text, t.m.end):
        c.add(head, "subTrackOf", heading, doc_id, index, "heading-sub")


def chain_segment(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], head: str | None,
                  chain: str | None, named: dict[str, str]) -> None:
    """subTrackOf for a sentence of a chain report under no heading naming a track that opens
    on a stage label naming a track (星澜装备环节，A…; 上游青禾部件环节，B…): a segment of the
    document's track its name holds (星澜 for 星澜装备), else of the report's chain; unless
    the document made it a segment already. ``named``: the document's tracks by surface."""
    if not head or not chain or head == chain or c.wholes.get((doc_id, None, head)):
        return
    t = next((x for x in ms if x.key == head and x.m.role != "owner"), None)
    tr = c.rules.get("track", {})
    if t is None or text[:t.m.start].strip(" 在“\"‘") not in tr.get("stage_words", ()) \
            or not rx(tr.get("segment_after", "$^")).match(text, t.m.end):
        return
    name = c.ents[head].name
    holds = [k for w, k in named.items() if w in name and k != head and len(w) < len(name)]
    whole = max(holds, key=lambda k: len(c.ents[k].name)) if holds else chain
    c.add(head, "subTrackOf", whole, doc_id, index, "chain-label-sub")


def heading_lists(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], heading: str | None) -> None:
    """subTrackOf for tracks listed together under a stage heading ((三)下游：青禾整机。…A、B
    分别布局T1和T2领域): segments of the heading's track, unless the document made one a
    segment of another track already (one made a segment of the heading's, by a list
    before, still is one)."""
    if heading is None:
        return
    applied = c.rules.get("track", {}).get("applied_before", "$^")
    for r in lists(c, text, ms):
        keys = [x.key for x in r if x.cls == "IndustryTrack"]
        # (产品主要应用于A、B等领域: the industries the stage's products serve, no segments of it)
        if len(keys) < 2 or len(keys) != len(r) or heading in keys or found_before(applied, text, r[0].m.start) \
                or any(c.wholes.get((doc_id, None, k), {heading}) != {heading} for k in keys):
            continue
        for k in keys:
            c.add(k, "subTrackOf", heading, doc_id, index, "heading-sub")
