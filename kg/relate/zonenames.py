"""partOf read off where a park is named: a park or area unit whose name opens on a zone
the document names (青禾经开区星澜产业园; 高新区云溪片区 where the document names one
高新区 only), or that the text writes right after such a zone's word (选址：经开区云溪片区),
is a part of that zone (``part-zone-name``)."""
from __future__ import annotations

from .base import Collector, Item
from .home import HomeRules


def zone_words(c: Collector, mentions, rules: HomeRules) -> dict[str, str]:
    """The bare kinds of zone (经开区, 高新区, with their short forms) the document names its
    zones by, each to its zone's key, where one zone alone of the document is of that kind:
    a word that would stand for two zones stands for none."""
    zones = {m.key for m in mentions if m.key and rules.kind(c.ents[m.key]) == "zone"}
    found: dict[str, set[str]] = {}

    def put(word: str, key: str) -> None:
        if len(word) >= 2:
            found.setdefault(word, set()).add(key)

    shorts = dict(rules.kind_short)
    for k in zones:
        e = c.ents[k]
        kinds = [z for z in rules.zone_ends if e.name.endswith(z) and e.name != z]
        if kinds:
            kind = max(kinds, key=len)
            for w in (kind, *shorts.get(kind, ())):
                put(w, k)
    return {w: next(iter(ks)) for w, ks in found.items() if len(ks) == 1}


def zone_named_parts(c: Collector, doc_id: str, index: int, text: str, ms: list[Item],
                     words: dict[str, str], units: tuple[str, ...], home: str | None) -> None:
    """partOf for the parks and area units (``units``: [part] adjacent_units) of one sentence
    whose name opens on a zone (a zone's mention nested at its start, else one of ``words``)
    or that follow one of ``words`` in the text."""
    if not words:
        return
    ordered = sorted(words, key=len, reverse=True)
    for x in ms:
        if x.m.role == "owner" or not (x.cls == "Platform" or (
                x.cls == "Place" and c.ents[x.key].name.endswith(units))):
            continue
        # (an area unit named after the home: kg/relate/names.home_parts reads it, part-name)
        w = next((w for w in ordered if x.m.surface.startswith(w) and len(x.m.surface) - len(w) >= 2
                  and not (x.cls == "Place" and words[w] == home)), None)
        if w is None:
            # (the bare word right before it, no part of another name: 选址：经开区云溪片区)
            a = x.m.start
            w = next((w for w in ordered if text.endswith(w, 0, a) and not any(
                o.m.start < a and o.m.end > a - len(w) for o in ms if o is not x)), None)
        zone = words[w] if w else None
        if zone and zone != x.key:
            c.add(x.key, "partOf", zone, doc_id, index, "part-zone-name")
