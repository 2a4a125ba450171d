"""A firm's place and track in brackets right after its name, a list's item (星澜精工有限公司（青禾
产业园，精密铸造）、墨川电缆有限公司（星材，白露镇）等12家; kg/recognise/attribute_brackets.py):
when each of the bracket's units is a thing named whole, one a place or a park and the others
tracks, the firm lies in the place (``located-bracket-pair``) and is in the tracks
(``track-bracket-pair``). A sentence whose firms are all such items takes its tracks from their
brackets alone (``attribute_marks``: no track of one firm's bracket is another's)."""
from __future__ import annotations

from ..recognise.attribute_brackets import attribute_units
from .base import LOCATIONS, THINGS, Collector, Item



def _brackets(s, ms: list[Item]):
    """(firm, its place, its tracks) of each firm of the sentence with such a bracket after it."""
    whole = {(x.m.start, x.m.end): x for x in ms}
    for x in ms:
        if x.cls != "Enterprise":
            continue
        units = attribute_units(s.text, x.m.end)
        said = [whole.get(u) for u in units or ()]
        if not said or None in said:
            continue
        places = [y for y in said if y.cls in LOCATIONS]
        tracks = [y for y in said if y.cls == "IndustryTrack"]
        if len(places) == 1 and tracks and len(places) + len(tracks) == len(said):
            yield x, places[0], tracks


def _things(by_sent: dict[int, list[Item]], s) -> list[Item]:
    return [x for x in by_sent.get(s.index, []) if x.m.role != "owner"]


def attribute_relations(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The places and tracks the brackets after the document's firms give them."""
    for s in sentences:
        for firm, place, tracks in _brackets(s, _things(by_sent, s)):
            c.add(firm.key, "locatedIn", place.key, doc_id, s.index, "located-bracket-pair")
            for t in tracks:
                c.add(firm.key, "inTrack", t.key, doc_id, s.index, "track-bracket-pair")


def attribute_marks(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """A sentence whose things are all firms with such brackets (and what the brackets name)
    takes its tracks from them alone (``c.table_track_rows``)."""
    for s in sentences:
        ms = _things(by_sent, s)
        found = list(_brackets(s, ms))
        if not found:
            continue
        named = {id(y) for f, p, ts in found for y in (f, p, *ts)}
        if all(id(x) in named for x in ms if x.cls in THINGS):
            c.table_track_rows.add((doc_id, s.index))
