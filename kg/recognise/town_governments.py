"""A town's or a township's government named by the town before it (责任单位：云溪镇人民政府、
区林业局; 会同白露乡人民政府): a body that acts in the text, where a city's or a county's
government is boilerplate (GUIDELINES: 市政府, 区政府 are no entities). The town stays a
mention of its own, as a bureau's place does. Not where the name stands alone on its
line, a date at most after it: the town signing its own report is the issuer's
boilerplate. rules.toml [town_government]."""
from __future__ import annotations

import re

from .area_chains import areas_by_end, chain_before, nested
from .candidate import Cand
from .context import Context


def town_governments(ctx: Context) -> list[Cand]:
    """The body ending with a word of [town_government] bodies right after a place the
    sources before found whose name ends with one of units (镇, 乡 …)."""
    cfg = ctx.rules.data.get("town_government")
    bodies = tuple(cfg.get("bodies", ())) if cfg else ()
    if not bodies or not any(b in ctx.text for b in bodies):
        return []
    units = tuple(cfg.get("units", ()))
    sign_off = re.compile(cfg.get("sign_off_after", r"\s*$"))
    text, out = ctx.text, []
    towns = {c.end: c for c in sorted(ctx.cands, key=lambda c: c.prio)
             if c.cls == "Place" and c.role == "name" and c.name.endswith(units)}
    places = areas_by_end(ctx, ("Place",))
    for end, town in sorted(towns.items()):
        body = next((b for b in bodies if text.startswith(b, end)), None)
        if body is None or town.name[:1] in cfg.get("not_first", ""):
            continue
        stop = end + len(body)
        chain = chain_before(places, town)   # (青禾县|云溪镇|人民政府: the places before it)
        if not text[:chain[0].start].strip() and sign_off.match(text, stop):
            continue    # (云溪镇人民政府 / 2025年1月: the report's sign-off)
        c = Cand(chain[0].start, stop, "Institution", text[town.start:stop], "town-government", prio=3)
        c.nested = nested(chain)
        out.append(c)
    return out + _cut_towns(ctx, towns, bodies, cfg)


def _cut_towns(ctx: Context, towns: dict[int, Cand], bodies: tuple[str, ...], cfg: dict) -> list[Cand]:
    """A body after a town the sentence names elsewhere, where jieba cut that town's name across the
    words before it (由恩|和|乡人民政府 after 位于恩和乡: 由 glued to the town's first character): the
    town's government all the same, the town a mention of its own."""
    text, out = ctx.text, []
    named = {c.name: c for c in towns.values() if c.name[:1] not in cfg.get("not_first", "")}
    if not named:
        return out
    for body in bodies:
        at = text.find(body)
        while at >= 0:
            town = None if at in towns else next(
                (c for n, c in named.items() if text.endswith(n, 0, at)), None)
            if town is not None:
                s = at - len(town.name)
                c = Cand(s, at + len(body), "Institution", text[s:at + len(body)], "town-government", prio=3)
                c.nested = [Cand(s, at, town.cls, town.name, town.rule, prio=town.prio)]
                out.append(c)
            at = text.find(body, at + len(body))
    return out
