"""partOf for the towns named under a county's item heading: a paragraph that opens on an item's
mark and a county alone ((二)青禾县。, ——白露旗。) speaks of that county, and a town it names after
the heading is the county's own (a prefecture's plan or digest, one county an item):

    （二）青禾县。星澜能源在该县云溪镇建设风电场；储能站位于柳塘乡。
        ->  云溪镇 partOf 青禾县, 柳塘乡 partOf 青禾县
    （二）青禾县。星澜能源与墨川县白沙镇企业合作。   ->  nothing (the town is written after its own county)
    （二）青禾县。墨川县在白沙镇建设冷库。           ->  nothing (another county acts in the sentence)

The county is a place of a county's rank ([part] county_town_wholes; not an area of [home]
not_district_ends) right after the item's mark ([located] numbered_heading), with nothing after it
but the heading's stop; the towns are places named like one ([part] town_units) in the rest of the
paragraph, or in the next paragraph when the heading is a paragraph of its own. A town right after
another place is left to the adjacency rules (墨川市云溪镇: that place holds it); a sentence naming
another county or a larger place before the town may speak of that place's town."""
from __future__ import annotations

from .base import Collector, Item, rx

RULE = "part-county-heading"


class CountyHeading:
    """The county the current paragraph's item heading names, read sentence by sentence."""

    def __init__(self) -> None:
        self.county: str | None = None
        self.pending = False        # (a heading that is a paragraph of its own: the next one is its)

    def read(self, c: Collector, doc_id: str, index: int, text: str, ms: list[Item], opening: bool,
             alone: bool) -> None:
        """One sentence: ``opening`` whether it opens its paragraph, ``alone`` whether that
        paragraph is this sentence only."""
        if opening:
            county = heading_county(c, text, ms)
            if county is not None:
                self.county, self.pending = county, alone
                return
            if self.pending:
                self.pending = False
            else:
                self.county = None
        if self.county is not None:
            _towns(c, doc_id, index, ms, self.county)


def heading_county(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The county a sentence names alone right after an item's mark ((三)青禾县。), else None."""
    mark = rx(c.rules.get("located", {}).get("numbered_heading", "$^")).match(text)
    things = [x for x in ms if x.m.role != "owner"]
    if not mark or len(things) != 1 or things[0].cls != "Place" or things[0].m.start != mark.end():
        return None
    if text[things[0].m.end:].strip("。．.：: \t"):
        return None
    name = c.ents[things[0].key].name
    wholes = tuple(c.rules.get("part", {}).get("county_town_wholes", ()))
    if not wholes or not name.endswith(wholes) or _no_district(c, name):
        return None
    return things[0].key


def _towns(c: Collector, doc_id: str, index: int, ms: list[Item], county: str) -> None:
    part = c.rules.get("part", {})
    towns = tuple(part.get("town_units", ()))
    ranks = sorted(part.get("unit_ranks", {}).items(), key=lambda x: -len(x[0]))
    top = part.get("county_rank", 0)
    places = [x for x in ms if x.m.role != "owner" and x.cls == "Place"]
    for prev, x in zip([None, *places], places):
        if x.key == county:
            continue
        name = c.ents[x.key].name
        rank = next((r for u, r in ranks if name.endswith(u)), None)
        if rank is not None and rank <= top and not _no_district(c, name):
            return      # (another county or a city: the towns after it may be its)
        if towns and name.endswith(towns) and not _no_district(c, name) \
                and not (prev is not None and prev.m.end == x.m.start):
            c.add(x.key, "partOf", county, doc_id, index, RULE)


def _no_district(c: Collector, name: str) -> bool:
    return name.endswith(tuple(c.rules.get("home", {}).get("not_district_ends", ())))
