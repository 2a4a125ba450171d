"""Tracks a sentence names beside its head that are no segment of it (kg/relate/tracks.py
head-sub): peers counted alike (其中T1项目11个、T2项目9个), and the industries of the
customers its things supply (产品供应A、B等下游T1和T2企业), and, under the paragraph's
track, kinds of firms a clause names (新入驻A企业37家, 带动一批A、B企业集聚)."""
from __future__ import annotations

from .base import Item, rx


def counted(tr: dict, text: str, t: Item) -> bool:
    """``t`` is followed by a count of its things (T项目11个, T产业链企业9家)."""
    return rx(tr.get("counted_after", "$^")).match(text, t.m.end) is not None


def not_segment(tr: dict, text: str, t: Item, run: list[Item], head_at: Item | None,
                governed: bool = False) -> bool:
    """``t`` (of the list ``run``) is named beside the head ``head_at`` as a peer counted alike,
    or as the industry of the customers its clause supplies: no segment of the head. Under the
    paragraph's track (``governed``: no head in the sentence), a list naming a kind of firms is
    the firms' own track, not one the paragraph's is said to hold."""
    if head_at is not None and counted(tr, text, t) and counted(tr, text, head_at):
        return True
    # (a track the head's name ends with is the head named short: 新医药…医药企业, 南繁种业…种业龙头)
    name, whole = t.key.rsplit("/", 1)[-1], head_at.key.rsplit("/", 1)[-1] if head_at else ""
    if len(whole) > len(name) and whole.endswith(name):
        return True
    if governed and rx(tr.get("governed_kind_after", "$^")).match(text, run[-1].m.end) is not None:
        return True
    start = max(text.rfind(p, 0, run[0].m.start) for p in "，,；;。") + 1
    return rx(tr.get("customer_track_before", "$^")).search(text, start, run[0].m.start) is not None \
        and rx(tr.get("customer_track_after", "$^")).match(text, run[-1].m.end) is not None
