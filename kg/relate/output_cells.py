"""The tracks a table's output cell names for its row's firm (kg/tablerows.py ``Header.outputs``):

    企业名称｜所在园区｜主要产能
    星澜生物科技有限公司｜青禾产业园｜星材约12万吨/年、墨能3万吨/年

a cell under a label of what the firm makes or turns out ([table] output_labels: 主要产品, 主营业务,
主要产能) lists its products; a unit of it (parted by [table] output_unit_split) that is a track
the recogniser found there, the unit whole or the track before a figure ([table] output_track_end:
星材约12万吨/年), is the firm's track (``track-table-output``). A track inside a product's name
(星材粉体, 人造星材负极) is a product of the track, not the track: no relation.
"""
from __future__ import annotations

from ..rules import rx
from .base import Item


def output_tracks(c, doc_id: str, index: int, h, text: str, spans, inside, item: Item | None) -> None:
    """The row's firm's tracks its output cells name; ``inside(i)``: the items of column i."""
    if item is None or item.cls != "Enterprise" or not h.outputs:
        return
    conf = c.rules.get("table", {})
    split, end = rx(conf.get("output_unit_split", "$^")), rx(conf.get("output_track_end", "$^"))
    for i in h.outputs:
        a, b = spans[i]
        starts = {a, *(m.end() for m in split.finditer(text, a, b))}
        stops = {b, *(m.start() for m in split.finditer(text, a, b))}
        for x in inside(i):
            if x.cls != "IndustryTrack" or x.m.start not in starts:
                continue
            stop = min(y for y in stops if y >= x.m.end)
            if end.match(text[x.m.end:stop]):
                c.add(item.key, "inTrack", x.key, doc_id, index, "track-table-output")
