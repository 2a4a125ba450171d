"""The names around a head's modifier (kg/recognise/heads.py): a zone the bare zone word may be
named by (幸福|开发区), the park a branch is named from (X产业园区|云溪|分园), the zone a 片区 is the
branch of (青禾高新区|云溪|片区), the zone a body's name opens with (青禾新区|管委会), the area a
project's name opens with (青禾古城|保护利用工程), the street a commercial district is named by
(X路|…汽车街区)."""
from __future__ import annotations

from ..model import Token
from .candidate import Cand
from .context import Context
from .name_stops import stops
from .proper_words import proper
from .text import han, is_punct


def named_zone(ctx: Context, zone: Token) -> bool:
    """True when the bare zone word ``zone`` (开发区) comes right after a word that may name
    it (幸福|开发区): another zone, named by that word, where the park lies; no word of the
    park's name, which the walk stopped at it."""
    prev = ctx.by_end.get(zone.start)
    return prev is not None and not is_punct(prev.text[-1]) and not stops(ctx, prev, zone.end) \
        and len(prev.text) >= 2 and han(prev.text)


def branch_park(ctx: Context, found: list[Cand], start: int, mod_end: int) -> int:
    """Where a park's branch (rules.toml [place] branch_heads) is named from: the park found
    right before the branch's place (X产业园区|云溪|分园), however long; else ``start``."""
    place = ctx.by_end.get(mod_end)
    if place is None or place.start <= start:
        return start
    park = next((p for p in (*ctx.cands, *found) if p.end == place.start and p.cls == "Platform"
                 and p.role == "name" and p.start < start), None)
    return park.start if park is not None else start


def zone_branch(ctx: Context, found: list[Cand], start: int, mod_end: int) -> Cand | None:
    """The named zone a 片区 lies right after when the words between them are the short
    name of a county or a city (青禾高新区|云溪|片区 for 云溪区: the zone's branch in that
    district, named by the zone: rules.toml [place] zone_branch_heads), else None (青禾高新区|
    白鹭|片区: an area of the zone, a place of its own)."""
    mod = ctx.text[start:mod_end]
    if len(mod) < 2 or not any(_admin_area(ctx, mod + u) for u in ("", *ctx.rules.zone_branch_units)):
        return None
    return next((z for z in (*ctx.cands, *found) if z.end == start and z.cls == "Platform" and z.role == "name"
                 and ctx.text[z.start:z.end].endswith(ctx.rules.zone_branch_zones) and z.end - z.start > 3), None)


def _admin_area(ctx: Context, name: str) -> bool:
    """Whether the lexicon holds ``name`` as a county or a city."""
    e = ctx.lex.lookup(name, "Place")
    return e is not None and bool(set(e.levels) & set(ctx.rules.zone_branch_levels))


def zone_of_body(ctx: Context, found: list[Cand], start: int, head_start: int) -> list[Cand]:
    """The zone a body's name opens with (青禾新区|管委会), kept as a mention nested in
    it: the body is the zone's, and the text names the zone."""
    zone = ctx.tables.zone_tuple
    return [Cand(z.start, z.end, z.cls, z.name, z.rule, prio=z.prio, role="owner")
            for z in (*ctx.cands, *found) if z.start == start and z.end <= head_start
            and z.cls == "Platform" and z.name.endswith(zone)][:1]


def place_opening(ctx: Context, found: list[Cand], start: int, head_start: int) -> list[Cand]:
    """The area a project's name opens with (青禾古城|保护利用工程), kept as a mention
    nested in it: the text names the area, where the project is (rules.toml [place]
    project_place_heads: the heads of such areas)."""
    heads_ = ctx.rules.project_place_heads
    return [Cand(p.start, p.end, p.cls, p.name, p.rule, prio=p.prio, role="owner")
            for p in (*ctx.cands, *found) if p.start == start and p.cls == "Place"
            and (p.end < head_start or (p.end == head_start and p.rule[5:] in ctx.rules.stem_place_heads))
            and p.role == "name" and p.rule.startswith("head:") and p.rule[5:] in heads_][:1]


def street_led(ctx: Context, start: int, mod_end: int, h) -> Cand | None:
    """A commercial-district head after a street and common words names the
    street as a commercial district (石祥路国字号汽车街区 -> 石祥路)."""
    text, toks = ctx.text, ctx.toks
    if h.cls != "CommercialDistrict":
        return None
    for t in toks:
        if t.start == start and t.end < mod_end:
            road = text[start:t.end]
            ph = ctx.rules.head_of(road)
            if (road.endswith(tuple(ctx.rules.commercial_context.get("ends", ()))) and
                    (ctx.lex.lookup(road, "Place") or (ph and ph.cls == "Place"))
                    and not proper(ctx, text[t.end:mod_end])):
                return Cand(start, t.end, "CommercialDistrict", road, f"street-led:{h.word}", prio=3)
    return None
