"""The park a thing is sited in, named after the places that narrow it down.

``项目选址星澜新区青禾生态城`` or ``落户青禾开发区内的星澜产业园``: the location verb
(选址, 落户: [district] location_before) governs the park at the end of a chain of
places joined by nothing or by the words of [track] site_chain_gap (的, 内的). That
park is where something lands, not a thing of the track the sentence speaks of;
`sited` says whether ``x`` ends such a chain.
"""
from __future__ import annotations

from .base import LOCATIONS, Collector, Item, found_before, rx


def sited(c: Collector, text: str, x: Item, ms: list[Item]) -> bool:
    """``x`` follows a location verb, across only places and the gap words between them."""
    where = c.rules.get("district", {}).get("location_before", "$^")
    gap = rx(c.rules.get("track", {}).get("site_chain_gap", "$^"))
    ends = {y.m.end: y for y in ms if y.cls in LOCATIONS and y.m.end <= x.m.start}
    pos, seen = x.m.start, 0
    while seen < 4:       # (a chain longer than a province, city, district and park is prose)
        if found_before(where, text, pos):
            return True
        back = next((pos - k for k in range(0, 4) if pos - k in ends and gap.fullmatch(text, pos - k, pos)), None)
        if back is None:
            return False
        pos, seen = ends[back].m.start, seen + 1
    return False
