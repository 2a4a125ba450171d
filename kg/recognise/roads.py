"""Roads: a park's head inside a road's name (药谷|路) names no park; a route before a
station is no word of its name (京沪高铁|青禾南站); a section or an extension of a road
(天山路南段, 耀华道东延) names the road; a zone or park before a road, or a crossing after
it, is no word of its name (经开区|星澜大街, 白鹭路|交叉口) (rules.toml [place] road_heads,
route_heads, road_section, road_crossing, road_site_ends)."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context


def road_words(ctx: Context, found: list[Cand]) -> list[Cand]:
    """Without the names a road's name continues (药谷|路, 科技园|大道): a park's or a
    body's head right before a road's head is a word of the road's name (rules.toml
    [place] road_heads), not a name of its own."""
    roads = ctx.rules.road_heads
    if not roads:
        return found
    ends = {c.end for c in found if c.cls == "Place" and c.name.endswith(roads)}
    return [c for c in found if c.cls == "Place" or not any(
        ctx.text.startswith(r, c.end) and c.end + len(r) in ends for r in roads)]


def after_route(ctx: Context, found: list[Cand], start: int, mod_end: int) -> int:
    """Where a place's name starts after a route named before it (京沪高铁|青禾南站: the
    line the station is on, not a word of its name; rules.toml [place] route_heads)."""
    for c in found:
        if c.cls == "Place" and start < c.end < mod_end \
                and c.name.endswith(ctx.rules.route_heads):
            start = c.end
    return start


def road_sections(ctx: Context, chosen: list[Cand]) -> None:
    """A place named by a road and a section or extension of it (X路南段, X道东延) is
    the road, the section's words an alias: what is built, opened or lies there is on
    the road (a stretch has no name of its own beside its road's)."""
    rx = ctx.rules.road_section
    if rx is None:
        return
    for c in chosen:
        if c.cls != "Place" or "CommercialDistrict" in c.extra:
            continue    # (延安路北段 presented as a consumption area is that stretch's own)
        m = rx.search(c.name)
        if m and c.name[:m.start()].endswith(ctx.rules.road_heads) and m.start() >= 3:
            c.aliases = tuple(dict.fromkeys((*c.aliases, c.name)))
            c.name = c.name[:m.start()]


def road_bounds(ctx: Context, chosen: list[Cand]) -> None:
    """A road's name read with where two roads meet after it (星澜路与白鹭路|交叉口东北侧) or
    with the zone or park it lies in before it (经开区|星澜大街, 青禾产业园|白鹭路, 经开区东区|
    星澜路): the place named is the road. A park, or an area of a zone, so read before it is a
    place of its own (a bare zone word stands for the zone the text speaks of: no name)."""
    heads = ctx.rules.road_heads
    if not heads:
        return
    cross, zones = ctx.rules.road_crossing, tuple(ctx.rules.zone_words)
    sites = zones + ctx.rules.road_site_ends
    area = re.compile(ctx.rules.road_site_area) if ctx.rules.road_site_area else None
    added = []
    for c in chosen:
        name = ctx.text[c.start:c.end]
        if not name.startswith(c.name):
            continue        # (a section after the road's name is an alias of it: 星澜路|南段)
        m = cross.search(name) if cross is not None and c.name == name else None
        if m and name.endswith(heads, 0, m.start()) and m.start() >= 3:
            c.end, c.name, c.cls = c.start + m.start(), name[:m.start()], "Place"   # (白鹭路|交叉口)
            name = c.name
        name = c.name
        if c.cls != "Place" or not name.endswith(heads):
            continue
        head = max((h for h in heads if name.endswith(h)), key=len)
        cut, in_area = 0, False
        for w in sites:
            i = name.rfind(w, 0, len(name) - len(head))
            if i < 0:
                continue
            j = i + len(w)
            a = area.match(name, j) if area is not None else None
            j = a.end() if a else j
            if len(name) - j - len(head) >= 2 and j > cut:
                cut, in_area = j, a is not None
        if not cut:
            cut = _district_cut(ctx, name, len(head))
            in_area = cut > 0
        if not cut:
            continue
        site = name[:cut]
        c.start, c.name = c.start + cut, name[cut:]
        c.aliases = tuple(a[cut:] if a.startswith(site) else a for a in c.aliases)
        if site in zones:
            continue        # (经开区|星澜大街: the home's word)
        cls = "Place" if in_area or site.endswith(ctx.rules.road_site_places) else "Platform"
        added.append(Cand(c.start - cut, c.start, cls, site, "road-site"))
    if added:
        chosen.extend(added)
        chosen.sort(key=lambda c: c.start)


def _district_cut(ctx: Context, name: str, head: int) -> int:
    """Where a district the lexicon knows ends before a road's name glued to it (墨川区|白鹭大街:
    a unit's full name, its character last, rules.toml [place] road_district_units), when two
    or more characters of the road's stem remain; 0 when none does."""
    units = ctx.rules.data.get("place", {}).get("road_district_units", "")
    for i in range(len(name) - head - 2, 2, -1):
        if name[i - 1] in units and ctx.lex.lookup(name[:i], "Place") is not None:
            return i
    return 0
