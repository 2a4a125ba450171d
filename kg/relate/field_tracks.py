"""A directory entry's or a card item's track field (所属产业：星材（星澜部件）; 行业类别：C2641 青禾涂料,
kg/trackfields.py): the entry or item is in each track the field names (``track-field``; a track
bracketed after another is a segment of it by the bracket's own rule, sub-tracks-bracketed; one
after a dash, A—B, by ``track-field-dash``)."""
from __future__ import annotations

from ..trackfields import row_cell, track_field
from .base import Collector, Item, rx
from .entry_projects import entry_project_tracks

ROW_THINGS = ("Enterprise", "Project")


def field_tracks(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], entry: str | None) -> None:
    """Read one sentence of the entry ``entry`` (None: the sentence is of no entry or item; a row
    whose cells a bar parts is its own item: its project, else its firm, is in the tracks its
    track cell names, ``track-row-field``)."""
    units = track_field(c.rules.get("table", {}), text)
    cell = row_cell(text, units[0][0]) if units and not entry else None
    row = [x for x in ms if x.cls in ROW_THINGS and x.m.role != "owner"
           and not (cell[0] <= x.m.start < cell[1])] if cell else []
    # (the row of a firm's project is the project's: the firm is its owner, no item of the row)
    things = [x.key for x in row if x.cls == "Project"] or [x.key for x in row]
    of = rx(c.rules.get("table", {}).get("track_unit_of", "$^"))
    found = [_track(ms, a, b) for a, b, _ in units or ()]
    # (星材产业中的星澜部件: the item is in the segment, the segment of the track: track-field-of)
    outer: set[int] = set()
    # (合作领域：星材，重点方向为星澜部件: the direction a segment of the track, the item in the track
    # alone: track-field-aim)
    aim, aimed = rx("[，,]" + c.rules.get("table", {}).get("track_unit_aim", "$^")), set()
    for i, (a, b, p) in enumerate(units or ()):
        if p is not None and of.fullmatch(text, units[p][1], a) and found[i] and found[p]:
            outer.add(p)
            c.add(found[i].key, "subTrackOf", found[p].key, doc_id, index, "track-field-of")
        elif p is not None and aim.fullmatch(text, units[i - 1][1], a) and found[i] and found[p]:
            aimed.add(i)
            c.add(found[i].key, "subTrackOf", found[p].key, doc_id, index, "track-field-aim")
    for i, (a, b, _) in enumerate(units if units and (entry or things) else ()):
        x = found[i]
        if x is None or i in outer or i in aimed:
            continue
        # (合作领域：A，重点方向为B: the focus, a segment of A, is no field of the entry's own)
        # (所属行业：A—B: the dashed segment of A, the entry's field as much as a bracketed one)
        if units[i][2] is not None and text[a - 1] == "—" and found[units[i][2]] is not None:
            c.add(x.key, "subTrackOf", found[units[i][2]].key, doc_id, index, "track-field-dash")
        elif units[i][2] is not None and units[i][2] not in outer and text[a - 1] not in "（(、":
            if found[units[i][2]] is not None:
                c.add(x.key, "subTrackOf", found[units[i][2]].key, doc_id, index, "track-field-of")
            continue
        if entry:
            c.add(entry, "inTrack", x.key, doc_id, index, "track-field")
        for k in dict.fromkeys(things):
            c.add(k, "inTrack", x.key, doc_id, index, "track-row-field")
    # (入驻项目：X: the project of a firm's card is in the card's track, entry-project-track)
    entry_project_tracks(c, doc_id, index, text, entry, bool(units))


def _track(ms: list[Item], a: int, b: int) -> Item | None:
    """The track mention covering text[a:b], if any."""
    return next((x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"
                 and x.m.start <= a and b <= x.m.end), None)
