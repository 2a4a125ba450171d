"""A place written right after the town, township, street or community it lies in (云溪镇星澜路,
星湖街道墨川林场, 白露乡青禾山景区; an address, 所在地点：云溪镇星澜路18号): a road, a scenic spot or a
forest farm is a part of the town (partOf; not a river it lies on, [part] town_place_not_ends:
星澜镇长江岸线), a landmark set in it (one of [part] town_place_located_ends:
云溪镇星澜公园, 白露乡青禾山) lies in it (locatedIn). The town's name ends with one of [part]
town_place_units; the place after it is no administrative unit ([part] adjacent_units: 云溪镇星湖村 is
read as a unit's part, kg/relate/parts.py)."""
from __future__ import annotations

from .base import Collector, Item


def town_places(c: Collector, doc_id: str, index: int, ms: list[Item]) -> None:
    """partOf or locatedIn for the places right after a town in one sentence (``ms``: its things)."""
    part = c.rules.get("part", {})
    towns = tuple(part.get("town_place_units", ()))
    if not towns:
        return
    units = tuple(part.get("adjacent_units", ()))
    located = tuple(part.get("town_place_located_ends", ()))
    waters = tuple(part.get("town_place_not_ends", ()))
    ents = [x for x in ms if x.m.role != "owner"]
    for a, b in zip(ents, ents[1:]):
        if a.m.end != b.m.start or a.cls != "Place" or b.cls != "Place":
            continue
        whole, name = c.ents[a.key].name, c.ents[b.key].name
        if not whole.endswith(towns) or name.endswith(units) or (waters and name.endswith(waters)):
            continue
        if located and name.endswith(located):
            c.add(b.key, "locatedIn", a.key, doc_id, index, "located-town-place")
        else:
            c.add(b.key, "partOf", a.key, doc_id, index, "part-town-place")
