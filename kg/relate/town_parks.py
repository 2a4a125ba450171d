"""partOf for a town that opens the name of a park or project written right after its
county (青禾县云溪镇工业集中区, 星澜区白露镇星澜产业园): the name says where the park is, and the
county before it holds the town, as it would were the town written alone (青禾县云溪镇).
The town is a place the graph knows ([part] town_units), the county a place of a county's
rank or above ([part] unit_ranks, county_rank); the thing after it is a park or a project."""
from __future__ import annotations

from .base import Collector, Item


def town_park_parts(c: Collector, doc_id: str, index: int, ms: list[Item]) -> None:
    """partOf for the towns opening the parks of one sentence (``ms``: its things)."""
    part = c.rules.get("part", {})
    units = tuple(part.get("town_units", ()))
    if not units:
        return
    ranks = sorted(part.get("unit_ranks", {}).items(), key=lambda x: -len(x[0]))    # longest unit first
    top = part.get("county_rank", 0)
    ents = [x for x in ms if x.m.role != "owner"]
    for a, b in zip(ents, ents[1:]):
        if a.m.end != b.m.start or a.cls != "Place" or b.cls not in ("Platform", "Project"):
            continue
        whole = c.ents[a.key].name
        rank = next((r for u, r in ranks if whole.endswith(u)), None)
        if rank is None or rank > top:
            continue
        name = b.m.surface
        towns = _towns(c, units)
        town = next((towns[name[:i]] for i in range(len(name) - 1, 1, -1)
                     if name[:i].endswith(units) and name[:i] in towns), None)
        if town is not None and town != a.key:
            c.add(town, "partOf", a.key, doc_id, index, "part-adjacent-town")


def _towns(c: Collector, units: tuple[str, ...]) -> dict[str, str]:
    """The towns of the graph, name -> key (read once per collector)."""
    if c.towns is None:
        c.towns = {e.name: k for k, e in c.ents.items() if e.cls == "Place" and e.name.endswith(units)}
    return c.towns
