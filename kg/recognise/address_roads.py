"""Roads of an address: a house number after a road's head (星澜区白鹭路88号, 青禾产业园
云杉大道6号; a section between, 星澜大道南段18号; a number a form leaves blank, 白鹭路××号) says the words between the name before it and the head are a road's name,
whatever words they are (花园, 园区 are everyday words, and a road may be named by them).
The name before the road (a district, a park, an area) ends where the road starts: it is
where the road is, no word of its name (rules.toml [address_road])."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context


@lru_cache(maxsize=4)
def _compiled(heads: tuple[str, ...], stem_max: int, number: str, section: str, blank: str) -> re.Pattern:
    hs = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    digits = f"[0-9０-９]{{1,5}}" + (f"|[{re.escape(blank)}]{{1,4}}" if blank else "")
    return re.compile(f"([\u4e00-\u9fff]{{2,{stem_max}}}?(?:{hs}))(?:{section or '(?!)'})?(?:{digits})(?:{re.escape(number)})")


def address_roads(ctx: Context) -> list[Cand]:
    """A road right after a name the sources found, read by the house number after it; a
    candidate that glued the name before to the road (青禾产业园白鹭路) is dropped."""
    cfg = ctx.rules.data.get("address_road")
    heads = tuple(cfg.get("heads", ())) if cfg else ()
    if not heads or cfg["number"] not in ctx.text:
        return []
    rx = _compiled(heads, cfg.get("stem_max", 4), cfg["number"], cfg.get("section", ""), cfg.get("blank", ""))
    before = {c.end for c in ctx.cands if c.cls in cfg.get("before_classes", ()) and c.role == "name"}
    not_after = tuple(cfg.get("not_after", ()))
    out = []
    for at in sorted(before):
        m = rx.match(ctx.text, at)
        if m is None or ctx.text.startswith(not_after, m.end()):
            continue
        head_end = m.end(1)     # (no section nor number: 星澜大道|南段18号, 星澜路|××号)
        if ctx.text[at] in cfg.get("not_first", "") or any(
                c.start >= at and c.end == head_end and c.cls == "Place" for c in ctx.cands):
            continue    # (the road found already; a unit's word after a name cut inside it: 青禾|区西…)
        # (a candidate across the boundary read the name before and the road as one)
        ctx.cands[:] = [c for c in ctx.cands if not (c.start < at < c.end <= head_end)]
        out.append(Cand(at, head_end, "Place", ctx.text[at:head_end], "address-road", prio=2))
    return out
