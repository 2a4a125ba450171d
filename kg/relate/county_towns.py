"""partOf for the town where a sentence about a county says it acts: a sentence that opens on a
county speaks of that county, and a town it names later right after 在, with no other county or
larger place between, is the county's own:

    青禾县在云溪镇建设冷链物流项目。             ->  云溪镇 partOf 青禾县
    ——星澜区白鹭种植合作社，在柳塘镇流转土地。   ->  柳塘镇 partOf 星澜区 (the county heads a name)
    青禾县与墨川县在云溪镇共建产业园。           ->  nothing (another county between)
    青禾县冷库项目位于云溪镇。                   ->  nothing (where a thing lies: not said of the county)

The county is a place of a county's rank ([part] county_town_wholes: 区, 县, 旗; not an area the
name of a zone or park ends with, [home] not_district_ends), named at the sentence's start after
an item's mark at most ([part] county_town_open), alone or as the head of the first name there;
the town is a place named like one ([part] town_units) right after [part] county_town_before. A
town written right after a place is left to the adjacency rules (墨川市云溪镇: that place holds it)."""
from __future__ import annotations

from .base import Collector, Item, rx

RULE = "part-county-town"


def county_towns(c: Collector, doc_id: str, index: int, text: str, ms: list[Item]) -> None:
    """partOf for the towns of one sentence (``ms``: its things) that opens on a county; a lead-in
    ending on a colon opens a sentence of its own after it (连线青禾县分会场：青禾县在云溪镇…)."""
    part = c.rules.get("part", {})
    wholes, towns = tuple(part.get("county_town_wholes", ())), tuple(part.get("town_units", ()))
    opening, before = part.get("county_town_open"), part.get("county_town_before")
    if not (wholes and towns and opening and before):
        return
    ents = [x for x in ms if x.m.role != "owner"]
    starts = [0] + [m.end() for m in rx("[：:]").finditer(text)]
    for start, end in zip(starts, starts[1:] + [len(text)]):
        run = [x for x in ents if start <= x.m.start and x.m.end <= end]
        if run and rx(opening).fullmatch(text, start, run[0].m.start):
            _towns(c, doc_id, index, text, run, wholes, towns, before)


def _towns(c: Collector, doc_id: str, index: int, text: str, run: list[Item], wholes: tuple[str, ...],
           towns: tuple[str, ...], before: str) -> None:
    part = c.rules.get("part", {})
    if not any(x.cls == "Place" and c.ents[x.key].name.endswith(towns) for x in run[1:]):
        return      # (no town to place: the county's name is not looked up)
    county = _county(c, run[0], wholes)
    if county is None:
        return
    ranks = sorted(part.get("unit_ranks", {}).items(), key=lambda x: -len(x[0]))
    top = part.get("county_rank", 0)
    for prev, x in zip(run, run[1:]):
        if x.cls != "Place" or x.key == county:
            continue
        name = c.ents[x.key].name
        rank = next((r for u, r in ranks if name.endswith(u)), None)
        if rank is not None and rank <= top and not _no_district(c, name):
            return      # (another county or a city: the towns after it may be its)
        if name.endswith(towns) and not (prev.cls == "Place" and prev.m.end == x.m.start) \
                and rx(before).search(text, 0, x.m.start):
            c.add(x.key, "partOf", county, doc_id, index, RULE)


def _county(c: Collector, first: Item, wholes: tuple[str, ...]) -> str | None:
    """The county the sentence opens on: ``first`` itself, or a county place of the graph whose
    name opens ``first``'s (星澜区白鹭种植合作社)."""
    if first.cls == "Place":
        name = c.ents[first.key].name
        return first.key if name.endswith(wholes) and not _no_district(c, name) else None
    surface = first.m.surface
    for i in range(len(surface) - 2, 1, -1):
        head = surface[:i]
        if head.endswith(wholes) and not _no_district(c, head):
            key = next((k for k, e in c.ents.items() if e.cls == "Place" and e.name == head), None)
            if key is not None:
                return key
    return None


def _no_district(c: Collector, name: str) -> bool:
    return name.endswith(tuple(c.rules.get("home", {}).get("not_district_ends", ())))
