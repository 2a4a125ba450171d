"""A chain report's stages: the track a stage heading names (（一）上游：青禾部件。) is a
segment of the chain the report is about (the track last named before 产业链: 青禾家电
产业链研究报告)."""
from __future__ import annotations

from .base import Collector, Item, rx


def chain_named(c: Collector, text: str, ms: list[Item], chain: str | None) -> str | None:
    """The chain a report is about after this sentence: its last track followed by the
    chain word (rules [track] chain_after), else the one before."""
    after = rx(c.rules.get("track", {}).get("chain_after", "$^"))
    named = [x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner" and after.match(text, x.m.end)]
    return named[-1] if named else chain


def stage_segment(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], chain: str | None) -> None:
    """subTrackOf for a sentence that is a stage heading naming a track."""
    if chain is None:
        return
    mt = rx(c.rules.get("track", {}).get("stage_heading", "$^")).match(text)
    stage = mt and next((x for x in ms if x.m.start == mt.end() and x.cls == "IndustryTrack"), None)
    if stage and stage.key != chain:
        c.add(stage.key, "subTrackOf", chain, doc_id, index, "chain-stage")
