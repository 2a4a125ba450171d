"""A county the lexicon names with its city before it (乐山市市中区, 西宁市城中区): its own
name, 市中区, is a word of many cities and no surface of the lexicon (LEXICON.md), so the
lexicon keeps the unit under the city's name and its own in ``short``. Where the text names
the two together, as the lexicon does, they are two places, each a mention of its own: the
city, and the county by the bare name the text gives it (the city's part)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def composite_places(lex, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each lexicon county named so cut into its city and itself."""
    out: list[Mention] = []
    for m in mentions:
        e = lex.lookup(m.name, "Place") if m.cls == "Place" and m.role != "owner" and m.surface == m.name else None
        parent = next((p for p in e.parents if m.name.startswith(p) and len(m.name) - len(p) >= 2), None) \
            if e is not None and "county" in e.levels and e.name == m.name else None
        city = lex.lookup(parent, "Place") if parent is not None and m.name[len(parent):] in e.short_forms else None
        if city is None:
            out.append(m)
            continue
        at = m.start + len(parent)
        out.append(replace(m, end=at, surface=parent, name=city.name, aliases=(), role="name"))
        out.append(replace(m, start=at, surface=m.name[len(parent):], name=m.name[len(parent):], aliases=(),
                           role="name"))
    return out
