"""Roads read by the side of them a site is on (青禾区启航大道|南侧, 墨川高新区白露街|以北,
位于云溪区学府路|。): right after a name the sources found (a district, a zone), a stem of
everyday words and a road's head, then a side's word or the clause's end, is a road, whatever
words the stem is (学府, 振兴, 英雄); so is the next road of a list of sides (…以西、星光街以南).
Not a common word ending in a road's head (道路, 步行街) (rules.toml [sided_road])."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context


@lru_cache(maxsize=4)
def _compiled(heads: tuple[str, ...], stem_max: int, after: str) -> re.Pattern:
    hs = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(f"([\u4e00-\u9fff]{{2,{stem_max}}}?(?:{hs}))(?={after})")


def sided_roads(ctx: Context) -> list[Cand]:
    """Roads after a found name and before a side's word (X区Y大道南侧, X区Y路。)."""
    cfg = ctx.rules.data.get("sided_road")
    if not cfg:
        return []
    rx = _compiled(tuple(cfg["heads"]), cfg.get("stem_max", 4), cfg["after"])
    starts = {c.end for c in ctx.cands if c.cls in cfg.get("before_classes", ()) and c.role == "name"}
    starts |= {m.end() for m in re.finditer(cfg["list_after"], ctx.text)}
    not_roads, not_first = tuple(cfg.get("not_roads", ())), cfg.get("not_first", "")
    out = []
    for at in sorted(starts):
        m = rx.match(ctx.text, at)
        if m is None or ctx.text[at] in not_first:
            continue
        end, name = m.end(1), m.group(1)
        if name.endswith(not_roads):
            continue    # (a common word)
        found = any(c.start >= at and c.end == end and c.cls == "Place" for c in ctx.cands)
        ctx.cands[:] = [c for c in ctx.cands if not (c.start < at < c.end or c.start < end < c.end)]
        if not found:   # (the road found already; what read it with the building after it goes)
            out.append(Cand(at, end, "Place", name, "sided-road", prio=2))
    return out
