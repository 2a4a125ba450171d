"""The places and parks a body's name opens with (青禾市|云溪区|商务局, 青禾县|云溪镇|人民政府):
the body is one candidate, and each place before its own words stays a mention of its own,
nested in it. Shared by the sources that name bodies after their area (bureaus.py,
town_governments.py, task_offices.py)."""
from __future__ import annotations

from .candidate import Cand
from .context import Context


def areas_by_end(ctx: Context, classes: tuple[str, ...] = ("Place", "Platform")) -> dict[int, Cand]:
    """The surest name of one of ``classes`` the sources before found, by where it ends."""
    return {c.end: c for c in sorted(ctx.cands, key=lambda c: c.prio) if c.cls in classes and c.role == "name"}


def chain_before(areas: dict[int, Cand], area: Cand | None) -> list[Cand]:
    """``area`` and the areas right before it, outermost first (青禾市|云溪区)."""
    chain: list[Cand] = []
    while area is not None:
        chain.insert(0, area)
        area = areas.get(area.start)
    return chain


def nested(chain: list[Cand], role: str = "name") -> list[Cand]:
    """Copies of ``chain``'s candidates to nest in the body's, each a mention of its own, with
    the aliases a source gave it (第五师双河市 named also 双河市: kg/recognise/corps_units.py)."""
    return [Cand(a.start, a.end, a.cls, a.name, a.rule, prio=a.prio, role=role, aliases=a.aliases) for a in chain]
