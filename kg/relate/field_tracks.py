"""A directory entry's or a card item's track field (所属产业：星材（星澜部件）; 行业类别：C2641 青禾涂料,
kg/trackfields.py): the entry or item is in each track the field names (``track-field``; a track
bracketed after another is a segment of it by the bracket's own rule, sub-tracks-bracketed)."""
from __future__ import annotations

from ..trackfields import track_field
from .base import Collector, Item


def field_tracks(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], entry: str | None) -> None:
    """Read one sentence of the entry ``entry`` (None: the sentence is of no entry or item)."""
    units = track_field(c.rules.get("table", {}), text) if entry else None
    for a, b, _ in units or ():
        x = next((x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"
                  and x.m.start <= a and b <= x.m.end), None)
        if x is not None:
            c.add(entry, "inTrack", x.key, doc_id, index, "track-field")
