"""Names built on their host's whole name: a station a firm, a hospital or a
university hosts is named by all of it, the host's registered name and all
(星澜新材料有限公司|院士工作站, 青禾县人民医院|专家工作站), where most heads right
after a firm's legal name make no name (星澜有限公司|研发中心: the firm's centre).

Heads marked ``hosted`` in rules.toml [[head]]; the host becomes the name's owner. So does
the county that opens the name of a county's platform ([place] county_led_heads: 建德市|竹编产业带).

星澜新材料有限公司专家工作站: the walk from 专家工作站 stops at 有限公司 (start == mod_end == 9);
host_before finds the firm's name (0, 9) ending where the head begins: the station's name
starts at 0, and the firm is its owner.
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context

HOSTS = ("Enterprise", "Institution")


def host_before(ctx: Context, start: int, mod_end: int, found: list[Cand]) -> Cand | None:
    """The firm or body named right before a hosted head, that opens its name, whichever
    way the walk ran over it (stopped at its legal form, entered it halfway, or crossed it
    whole); None when none is named there."""
    best = None
    for c in (*ctx.cands, *found):
        if c.end == mod_end and c.start < mod_end and c.cls in HOSTS and c.role == "name" \
                and (best is None or c.start < best.start):
            best = c
    return best


def host_start(ctx: Context, start: int, mod_end: int, found: list[Cand]) -> int:
    """Where a hosted head's name starts: at its host's name, ``start`` when none is named."""
    host = host_before(ctx, start, mod_end, found)
    return host.start if host is not None else start


def as_owner(host: Cand) -> Cand:
    """The host, nested in the station's name as its owner."""
    return Cand(host.start, host.end, host.cls, host.name, host.rule, prio=host.prio, role="owner")


def county_led(ctx: Context, start: int, head_start: int) -> list[Cand]:
    """The county or city the lexicon knows that opens a platform's name (云溪县|电商孵化园,
    墨川县|竹编产业带), nested in it as a mention of its own: the text names the county too."""
    return [Cand(p.start, p.end, p.cls, p.name, p.rule, prio=p.prio, role="owner")
            for p in ctx.cands if p.start == start and p.end < head_start and p.cls == "Place"
            and p.role == "name" and p.rule == "lexicon"][:1]
