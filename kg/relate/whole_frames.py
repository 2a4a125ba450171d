"""The whole a thing is said to belong to: ``星澜园是青禾开发区的核心园区``,
``星澜精工是青禾集团旗下的装备企业``. The thing after 是 ([track] whole_before), with a
thing of its own right before 是 and 的 ahead in its clause ([track] whole_after), is the
park or group the subject is part of: the subject's track, said of the subject in the
same clause (…，已集聚T企业23家), is not that whole's.
"""
from __future__ import annotations

from .base import TRACK_SUBJECTS, Collector, Item, rx


def whole_of_subject(c: Collector, text: str, x: Item, ms: list[Item]) -> bool:
    """``x`` is named as the whole the thing opening ``X是x…的N`` belongs to."""
    tr = c.rules.get("track", {})
    mt = rx(tr.get("whole_before", "$^") + "$").search(text, 0, x.m.start)
    if mt is None or rx(tr.get("whole_after", "$^")).match(text, x.m.end) is None:
        return False
    return any(y.m.end == mt.start() and y.key != x.key and y.cls in TRACK_SUBJECTS for y in ms)
