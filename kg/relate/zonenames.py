"""partOf read off where a park is named: a park or area unit whose name opens on a zone
the document names (青禾经开区星澜产业园; 高新区云溪片区 where the document names one
高新区 only), or that the text writes right after such a zone's word (选址：经开区云溪片区),
is a part of that zone (``part-zone-name``); so is one whose name opens on the full name or an
alias of a zone the document names (青禾高新区云岫科技园 beside 青禾高新技术产业开发区, whose alias
青禾高新区 is: ``part-zone-prefix``)."""
from __future__ import annotations

from .base import Collector, Item, rx
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


def zone_names(c: Collector, mentions, rules: HomeRules) -> dict[str, str]:
    """The full names and aliases of the zones (platforms named like one: [home] zone_ends) the
    document names, each to its zone's key (a name two zones share stands for none)."""
    found: dict[str, set[str]] = {}
    for k in {m.key for m in mentions if m.key}:
        e = c.ents[k]
        if e.cls == "Platform" and rules.kind(e) == "zone":
            for n in (e.name, *e.aliases):
                if len(n) >= 4 and n.endswith(rules.zone_ends):
                    found.setdefault(n, set()).add(k)
    return {n: next(iter(ks)) for n, ks in found.items() if len(ks) == 1}


def _parts(c: Collector, ms: list[Item], units: tuple[str, ...]) -> list[Item]:
    """The things of a sentence that may be a zone's parts: its parks, and its areas whose
    names end in one of ``units`` (片区, 组团 …); no owner nested in a name."""
    return [x for x in ms if x.m.role != "owner" and (x.cls == "Platform" or (
        x.cls == "Place" and c.ents[x.key].name.endswith(units)))]


def zone_prefix_parts(c: Collector, doc_id: str, index: int, ms: list[Item], names: dict[str, str],
                      units: tuple[str, ...], home: str | None, text: str = "") -> None:
    """partOf for the parks and area units of one sentence whose name opens on one of ``names``
    (`zone_names`), two characters at least left after it: 青禾高新区云岫科技园 is a part of
    青禾高新区 (not 青禾高新区管委会, a body; nor 青禾高新区锦程路, a road). Not the home's own
    parks (a zone's own report places what it builds in itself: kg/relate/home.py), but where a
    site field names the park by the home's name ([part] site_field_before: 建设地点：青禾高新区云岫
    科技园, the field spelling out whose park it is)."""
    site = rx(c.rules.get("part", {}).get("site_field_before", "$^"))
    ordered = sorted(names, key=len, reverse=True)
    for x in _parts(c, ms, units):
        if home is not None and not site.search(text, 0, x.m.start):
            own = [n for n in ordered if names[n] != home]
        else:
            own = ordered
        name = c.ents[x.key].name
        # (not the zone's name with its place in brackets: 青禾经开区（云溪区）)
        w = next((w for w in own if name.startswith(w) and len(name) - len(w) >= 2
                  and name[len(w)] not in "（("), None)
        if w and names[w] != x.key:
            c.add(x.key, "partOf", names[w], doc_id, index, "part-zone-prefix")


def zone_named_parts(c: Collector, doc_id: str, index: int, text: str, ms: list[Item],
                     words: dict[str, str], names: dict[str, str], units: tuple[str, ...], home: str | None) -> None:
    """partOf for the parks and area units (``units``: [part] adjacent_units) of one sentence
    whose name opens on a zone (a zone's mention nested at its start, else one of ``words``)
    or that follow one of ``words`` in the text; and for those whose name opens on one of
    ``names`` (`zone_prefix_parts`)."""
    zone_prefix_parts(c, doc_id, index, ms, names, units, home, text)
    if not words:
        return
    ordered = sorted(words, key=len, reverse=True)
    for x in _parts(c, ms, units):
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
