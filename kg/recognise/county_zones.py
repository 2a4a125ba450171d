"""New areas glued to their county by a head's walk.

jieba may cut a county the lexicon knows in two (平|安区, 青禾|区), so the walk back from a
zone's head runs over it: 墨川区星澜新区 read as one zone. A county-level district or county
([county_zone] parent_ends, a lexicon place of level county) opening a name that ends with one
of heads, and a name of its own after it (a stem of stem_min characters or more, not a kind
word: 墨川区经济开发区 is the district's zone, named so), are two mentions: the county, a place,
and the new area in it (kg/relate/parts.py makes the area its part). A city opening it stays
(景德镇市X新区 is the city's new area, named so).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def _county(lex, conf: dict, name: str) -> int:
    """The length of the county-level place that opens ``name`` (0: none)."""
    heads = tuple(conf.get("heads", ()))
    head = next((h for h in heads if name.endswith(h)), None)
    if head is None:
        return 0
    stem_min = conf.get("stem_min", 2)
    for n in range(len(name) - len(head) - stem_min, 1, -1):
        p = name[:n]
        if not p.endswith(tuple(conf.get("parent_ends", ()))):
            continue
        e = lex.lookup(p, "Place")
        if e is not None and "county" in e.levels and name[n:] not in conf.get("kind_rests", ()):
            return n
    return 0


def county_zones(lex, rules, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a county a zone's walk glued to the new area after it cut off."""
    conf = rules.data.get("county_zone")
    if not conf or not conf.get("heads"):
        return mentions
    spans = {(m.sentence, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        n = 0
        if m.cls == "Platform" and m.role != "owner" and m.rule.startswith("head:") and m.surface == m.name:
            n = _county(lex, conf, m.name)
        if not n:
            out.append(m)
            continue
        if (m.sentence, m.start, m.start + n) not in spans:
            out.append(replace(m, end=m.start + n, surface=m.name[:n], name=m.name[:n], cls="Place",
                               rule="county-zone", aliases=(), extra=(), role="name"))
        out.append(replace(m, start=m.start + n, surface=m.name[n:], name=m.name[n:]))
    return out
