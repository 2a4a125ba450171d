"""A national group's numbered bureau or its institute in a city, named by the group's short name
the lexicon knows, then a numeral or the city's short name, then the unit (中建|八|局, 中铁|二十一|局,
中车|株洲|所): a firm of the group's, though 局 and 所 close bodies' names elsewhere and the lexicon
reads the group alone (rules.toml [group_unit])."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context


@lru_cache(maxsize=4)
def _unit(numerals: str, units: tuple[str, ...]) -> re.Pattern:
    return re.compile(f"([{numerals}]{{1,3}})?({'|'.join(map(re.escape, units))})")


def group_units(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.data.get("group_unit")
    if not cfg:
        return []
    text, out = ctx.text, []
    unit = _unit(cfg["numerals"], tuple(cfg["units"]))
    for c in ctx.cands:
        if c.cls != "Enterprise" or c.rule != "lexicon" or c.role != "name":
            continue
        at = c.end
        m = unit.match(text, at)
        if m is None or not m.group(1):
            place = ctx.by_start.get(at)   # (中车|株洲|所: the city's short form, a place the lexicon knows)
            if place is None or len(place.text) != 2 or ctx.lex.lookup(place.text, "Place") is None:
                continue
            m = unit.match(text, place.end)
            if m is None or m.group(1):
                continue
        end = m.end()
        if end < len(text) and text[end] in cfg.get("not_before", ""):
            continue    # (中建三局|长: a person's title; 中车株洲所|属: what belongs to it)
        form = next((f for f in cfg.get("forms", ()) if text.startswith(f, end)), "")
        end += len(form)    # (中铁二十一局|集团有限公司: its registered name)
        out.append(Cand(c.start, end, "Enterprise", text[c.start:end], "group-unit", prio=3))
    return out
