"""Where a commercial district's name opens when the walk left of its head stopped inside it
(rules.toml [place] district_opening, bare_district_stems): a street or a square named by a date
the dictionary tags a numeral (五四|广场|商圈, 六|一路|商圈, 三八|街|商圈: the date opens the name),
and a square word left bare before the head (中心|广场|商圈: 广场 alone names no square, the noun
before it is its name's)."""
from __future__ import annotations

from ..rules import rx
from .context import Context


def district_opening(ctx: Context, start: int, mod_end: int) -> int:
    """The start of a 商圈's (or a street's) name whose modifier ends at ``mod_end`` and that the
    walk began at ``start``: earlier where a date or a bare square word cut it."""
    cfg = ctx.rules.data.get("place", {})
    pattern = cfg.get("district_opening")
    mt = rx(pattern).search(ctx.text, 0, mod_end) if pattern else None
    if mt is not None and mt.start() < start and mt.start() in ctx.starts:
        return mt.start()
    if ctx.text[start:mod_end] in cfg.get("bare_district_stems", ()):
        prev = ctx.by_end.get(start)
        if prev is not None and len(prev.text) >= 2 and ctx.seg.tag(prev.text) == "n" \
                and prev.text not in ctx.rules.boundary:
            return prev.start
    return start
