"""Roads: a park's head inside a road's name (药谷|路) names no park; a route before a
station is no word of its name (京沪高铁|青禾南站); a section or an extension of a road
(天山路南段, 耀华道东延) names the road (rules.toml [place] road_heads, route_heads,
road_section)."""
from __future__ import annotations

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


def after_park(ctx: Context, start: int, mod_end: int) -> int:
    """Where a road's name starts after a park or zone named before it (宏图产业园|梧桐路,
    高新区|远景路: an address, the park and the road in it). Only a road with a stem of its
    own (two characters, not a direction or a number alone) is cut: 科技园|路 and 科技园东|路
    are roads named by the park (road_words)."""
    text, cut = ctx.text, start
    for p in range(start + 2, mod_end - 1):
        if p not in ctx.starts:
            continue
        before, stem = text[start:p], text[p:mod_end]
        h = ctx.rules.head_of(before)
        if not ((h is not None and h.cls == "Platform") or before.endswith(ctx.tables.zone_tuple)):
            continue
        if all(ch in ctx.rules.road_stem_plain for ch in stem):
            continue
        cut = p
    return cut


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
