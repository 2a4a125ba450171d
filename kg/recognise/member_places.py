"""The places a member-owned firm's name opens with (墨川县|云溪茶叶专业合作社, 青禾镇|白露村|股份
经济合作社): a cooperative is registered under its county, town or village, and the text that names
it names them; they stay mentions of their own, nested in its name, as a bureau's area does
(rules.toml [member_place])."""
from __future__ import annotations

from .candidate import Cand
from .context import Context


def member_places(ctx: Context, found: list[Cand], start: int, head_start: int, word: str) -> list[Cand]:
    """The chain of places from ``start`` on that the name's modifier (``start``..``head_start``)
    opens with, when its head ``word`` is one of [member_place] heads: each place starting where
    the one before it ends, named by one of its units (ends); else []."""
    conf = ctx.rules.data.get("member_place", {})
    if word not in conf.get("heads", ()):
        return []
    ends = tuple(conf.get("ends", ()))
    places = {}
    for p in (*ctx.cands, *found):
        if p.cls == "Place" and p.role == "name" and p.end <= head_start and p.name.endswith(ends) \
                and p.name == ctx.text[p.start:p.end]:
            places.setdefault(p.start, []).append(p)
    chain, at = [], start
    while at in places:
        # (the shortest place at each step: 青禾镇|白露村, not 青禾镇白露村 glued by a walk; and a
        # town a walk glued to the village word of 镇村集体经济联合社, the town's villages: 墨川镇|村)
        p = min(places[at], key=lambda c: c.end)
        end = next((i for i in range(at + 2, p.end) if ctx.text[at:i].endswith(tuple(conf.get("parent_ends", ())))),
                   p.end)
        chain.append(Cand(at, end, p.cls, ctx.text[at:end], p.rule, prio=p.prio, role="name"))
        at = end
    return chain
