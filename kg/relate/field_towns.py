"""A site field naming a town, then, a comma on, the park or port inside it (建设地点：云溪区白露镇，
星澜物流园内; a bar row's 项目地点：青禾区墨川镇，云溪国际陆港内): the park lies in the town
(``located-field-town``), and the item the field is of lies in both. The town is the last of the
places side by side right after the label, a street, town or township by its name's end
(relations.toml [located] chain_unit_ends); the park the one place the next segment names whole,
an inside word after it at most ([located] bare_place_tail)."""
from __future__ import annotations

import re

from .base import Collector, Item, rx

_COMMA = re.compile(r"\s*[，,]\s*")
_END = re.compile(r"[，,；;。]|$")


def town_park(c: Collector, loc: dict, text: str, ms: list[Item], start: int) -> tuple[str, str] | None:
    """The (town, park) of the site value at ``start`` in ``text``, else None."""
    from .fields import field_place_run
    run = field_place_run(text, ms, start)
    ends = tuple(loc.get("chain_unit_ends", ()))
    if not run or run[-1].cls != "Place" or not c.ents[run[-1].key].name.endswith(ends):
        return None
    comma = _COMMA.match(text, run[-1].m.end)
    if not comma:
        return None
    there = sorted((x for x in ms if x.m.start == comma.end() and x.cls in ("Platform", "Place")),
                   key=lambda x: -x.m.end)
    if not there or c.ents[there[0].key].name.endswith(ends):
        return None
    end = _END.search(text, there[0].m.end).start()
    if not rx(loc.get("bare_place_tail", "\\s*")).fullmatch(text, there[0].m.end, end):
        return None
    return run[-1].key, there[0].key


def town_holds_park(c: Collector, loc: dict, item: str, doc_id: str, sentence: int, text: str,
                    ms: list[Item], start: int, rule: str) -> None:
    """The park in the town, the ``item`` in both (the item's fact by ``rule``)."""
    found = town_park(c, loc, text, ms, start)
    if found is None:
        return
    town, park = found
    if park != item:
        c.add(park, "locatedIn", town, doc_id, sentence, "located-field-town")
    for place in (town, park):
        if place != item:
            c.add(item, "locatedIn", place, doc_id, sentence, rule)
