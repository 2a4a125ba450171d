"""A firm's parent named in a bracket right after the firm's legal form (星澜食品科技有限公司（青禾美味
全资子公司）): the words before the subsidiary's kind name a firm, a short name no head would give
(青禾美味). The pattern and the words of ownership's kind that name no firm (国有, 上市公司) are
rules.toml [bracket_parent]; kg/relate's owner-bracketed-parent-of pattern then reads the parent."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import han
from ..rules import rx


def bracket_parents(ctx: Context) -> list[Cand]:
    """The parents the brackets after firms' names hold."""
    cfg = ctx.rules.data.get("bracket_parent")
    if not cfg:
        return []
    skip = set(cfg.get("not_parents", ()))
    out = []
    for m in rx(cfg["pattern"]).finditer(ctx.text):
        name = m.group("parent")
        if name in skip or not any(han(ch) for ch in name):
            continue
        if not any(c.end == m.start() and c.cls == "Enterprise" and c.role == "name" for c in ctx.cands):
            continue    # (新设一家子公司（…）: no firm's name right before the bracket)
        out.append(Cand(m.start("parent"), m.end("parent"), "Enterprise", name, "bracket-parent"))
    return out
