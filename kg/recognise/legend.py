"""The nodes of a chain map's legend line (上游：星澜勘查 ● 青禾包材 ◐（瓶坯◐ 瓶盖●）): each a track,
whatever its words, where no name of another class was found across it (kg/legendlines.py)."""
from __future__ import annotations

from ..legendlines import legend_nodes
from .candidate import Cand
from .context import Context


def legend_tracks(ctx: Context) -> list[Cand]:
    out = []
    for s, e, _ in legend_nodes(ctx.rules.relations.get("track", {}), ctx.text):
        name = ctx.text[s:e]
        if ctx.lex.is_not_entity(name) or any(
                c.cls != "IndustryTrack" and c.start < e and s < c.end for c in ctx.cands):
            continue
        entry = ctx.lex.lookup(name, "IndustryTrack")
        out.append(Cand(s, e, "IndustryTrack", entry.name if entry else name, "track:legend", prio=4))
    return out
