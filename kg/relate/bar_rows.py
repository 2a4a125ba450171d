"""Where the thing a numbered row parted by bars names lies and the tracks it is in, no header
above the rows (kg/bar_runs.py ``bar_runs``):

    1．星澜精工有限公司｜青禾产业园｜星材（墨能部件）｜亩均税收8万元

the rows tell what each column holds (``bar_columns``): the name cell's thing lies in the place
or park a site column's cell names, the nearest of those side by side there (云溪区白露镇: the
town; ``located-bar-row``), and is in each track a track column's cell names, a bracketed one
too (``track-bar-row``; 墨能部件 is a segment of 星材 by the bracket's own rule). The row's tracks
are its cells' alone, and what its site cells name takes none (``bar_row_marks``: as a printed
table's, kg/relate/tables.py)."""
from __future__ import annotations

from ..bar_runs import bar_columns, bar_runs
from .base import LOCATIONS, THINGS, Collector, Item



def _runs(sentences, by_sent: dict[int, list[Item]]):
    """(sentence, spans, its things, the site columns, the track columns) of each numbered bar row."""
    for run in bar_runs(sentences):
        def found(s):
            return [(x.m.start, x.m.end, x.cls) for x in by_sent.get(s.index, []) if x.m.role != "owner"]

        _, sites, tracks = bar_columns(run, found)
        for s, spans in run:
            yield s, spans, [x for x in by_sent.get(s.index, []) if x.m.role != "owner"], sites, tracks


def bar_row_relations(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The sites and tracks of the things the document's numbered bar rows name."""
    for s, spans, ms, sites, tracks in _runs(sentences, by_sent):
        a, b = spans[0]
        item = next((x for x in ms if x.m.start == a and x.m.end == b and x.cls in THINGS), None)
        if item is None:
            continue

        def inside(j: int) -> list[Item]:
            x0, y0 = spans[j]
            return sorted((x for x in ms if x0 <= x.m.start and x.m.end <= y0), key=lambda x: x.m.start)

        for j in sorted(sites):
            places = [x for x in inside(j) if x.cls in LOCATIONS and x.key != item.key]
            if places:
                c.add(item.key, "locatedIn", places[-1].key, doc_id, s.index, "located-bar-row")
        for j in sorted(tracks):
            for x in inside(j):
                if x.cls == "IndustryTrack":
                    c.add(item.key, "inTrack", x.key, doc_id, s.index, "track-bar-row")


def bar_row_marks(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """A numbered bar row with a track column takes its tracks from that column alone
    (``c.table_track_rows``), and what its site cells name takes none of the row's (``c.sites``)."""
    for s, spans, ms, sites, tracks in _runs(sentences, by_sent):
        if tracks:
            c.table_track_rows.add((doc_id, s.index))
        for j in sites:
            a, b = spans[j]
            c.sites |= {(doc_id, s.index, x.m.start) for x in ms if a <= x.m.start < b}
