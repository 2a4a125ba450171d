"""A long name that opens with a town's name right after another town's and a joiner
(云溪镇、墨川乡|二期碳汇项目; 云溪镇和墨川镇|1万亩集体林碳汇项目): the towns are coordinated,
the works one project of both, named with both and lying in each (rules.toml [long_name]
coordinated_units, coordinated_joiners). Not a list of counties or cities before works
(云溪县、墨川县|新开工项目): their projects, counted or listed, no name; nor two names
(云溪镇滑雪小镇和|墨川镇康养基地), where the words before the joiner end in a head."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .name_stops import stops

_TOWN_MAX = 6       # characters of a town's name, its unit and all


def coordinated_start(ctx: Context, start: int, upto: int) -> int:
    """Where a long name whose walk left stopped at ``start`` (before a head at ``upto``)
    opens when a town begins there and other towns stand before it, each before a joiner:
    the first town's start; else ``start``."""
    if _town_at(ctx, start, upto) is None:
        return start        # (no town opens the name, or the town is all of it)
    at = start
    while (before := _town_before(ctx, at)) is not None:
        at = before
    return at


def coordinated_towns(ctx: Context, chosen: list[Cand]) -> None:
    """Each chosen project whose name opens with coordinated towns lies in each of them: the
    towns its name does not yet nest are nested as the first one is (a place opening a name)."""
    for c in chosen:
        if c.cls != "Project" or c.role not in ("name", "item"):
            continue
        spans, at = [], c.start
        while (end := _town_at(ctx, at, c.end)) is not None:
            spans.append((at, end))
            j = _joiner_at(ctx, end)
            if j is None:
                break
            at = end + len(j)
        if len(spans) < 2 or _joiner_at(ctx, spans[-1][1]) is not None:
            continue        # (one town, or the name is nothing but towns)
        have = {(n.start, n.end) for n in c.nested}
        for s, e in spans:
            if (s, e) not in have:
                c.nested.append(Cand(s, e, "Place", ctx.text[s:e], "coordinated-town", prio=1, role="owner"))


def _units(ctx: Context) -> tuple[str, ...]:
    return tuple(ctx.rules.long_name.get("coordinated_units", ()))


def _joiner_at(ctx: Context, at: int) -> str | None:
    return next((j for j in ctx.rules.long_name.get("coordinated_joiners", ()) if ctx.text.startswith(j, at)), None)


def _town_at(ctx: Context, at: int, upto: int) -> int | None:
    """Where a town's name opening at ``at`` ends (a word's end, a unit of coordinated_units
    ending it, before ``upto``), or None."""
    units = _units(ctx)
    if not units or at not in ctx.starts:
        return None
    for e in range(at + 2, min(at + _TOWN_MAX, upto - 1) + 1):
        if e in ctx.ends and ctx.text.endswith(units, at, e):
            return e
    return None


def _town_before(ctx: Context, at: int) -> int | None:
    """Where the town right before a joiner ending at ``at`` opens: its name ends in a unit
    of coordinated_units and runs back over words to one that stops a name; or None."""
    j = next((j for j in ctx.rules.long_name.get("coordinated_joiners", ())
              if ctx.text.endswith(j, 0, at)), None)
    units = _units(ctx)
    if j is None or not units or not ctx.text.endswith(units, 0, at - len(j)):
        return None
    end, start = at - len(j), at - len(j)
    while (t := ctx.by_end.get(start)) is not None and end - t.start <= _TOWN_MAX and not stops(ctx, t, end):
        start = t.start
    return start if end - start >= 2 and start < end and start in ctx.starts else None
