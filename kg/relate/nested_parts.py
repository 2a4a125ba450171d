"""partOf for a zone and a park written one right after the other inside a longer name
(星澜经济技术开发区墨溪工业园区管理委员会, 青禾高新区白沙科技园管委会: the body of the zone's park).
The sequence patterns see only the outer name (part-adjacent-zone reads the two where they stand
alone), but the name says the park is the zone's: the first is a zone by its name ([home]
zone_ends), the second a park, and a third thing's name holds them both."""
from __future__ import annotations

from .base import Collector, Item


def nested_zone_parts(c: Collector, doc_id: str, index: int, ms: list[Item]) -> None:
    ends = tuple(c.rules.get("home", {}).get("zone_ends", ()))
    ents = [x for x in ms if x.m.role != "owner" and x.cls == "Platform"]
    for a in ents:
        if not c.ents[a.key].name.endswith(ends):
            continue
        for b in ents:
            if b.m.start != a.m.end or b.key == a.key:
                continue
            if any(o is not a and o is not b and o.m.start <= a.m.start and o.m.end > b.m.end for o in ms):
                c.add(b.key, "partOf", a.key, doc_id, index, "part-nested-zone")
