"""Roads where two roads meet (星澜大道与白鹭路交叉口, 位于青禾路和云溪大街交汇处): a crossing
after two names of roads joined by 与 or 和 says both are roads, whatever words their stems
are (开源, 学府, 五彩缤纷 are everyday words, and jieba cuts them off their head). The second
road's name runs from the joiner to the crossing; the first one's starts where a name found
before it ends (青禾高新区|白鹭路), after a word that says where (位于, 的, ：) or a mark.
A candidate across those bounds read two names as one (白鹭路交叉口青禾管委会) and is dropped
(rules.toml [crossing_road])."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .text import han


@lru_cache(maxsize=4)
def _compiled(heads: tuple[str, ...], joiners: str, crossing: str, stem_max: int) -> re.Pattern:
    hs = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(f"(?:{hs})([{re.escape(joiners)}])([\u4e00-\u9fff]{{2,{stem_max}}}?(?:{hs}))(?={crossing})")


def _first_start(ctx: Context, head_start: int, cfg: dict, ends: set[int]) -> int | None:
    """Where the first road's name starts: the nearest bound two to stem_max characters
    before its head."""
    text, marks, words = ctx.text, cfg.get("before_marks", ""), tuple(cfg.get("before_words", ()))
    for a in range(head_start - 2, max(head_start - cfg.get("stem_max", 6), 0) - 1, -1):
        if not han(text[a:head_start]):
            return None
        if a == 0 or text[a - 1] in marks or a in ends or text.endswith(words, 0, a):
            return a
    return None


def crossing_roads(ctx: Context) -> list[Cand]:
    """Both roads of a crossing (X路与Y大道交叉口东北侧)."""
    cfg = ctx.rules.data.get("crossing_road")
    heads = ctx.rules.road_heads
    if not cfg or not heads or not any(w in ctx.text for w in cfg["crossings"]):
        return []
    crossing = "|".join(re.escape(w) for w in cfg["crossings"])
    rx = _compiled(heads, cfg["joiners"], crossing, cfg.get("stem_max", 6))
    ends = {c.end for c in ctx.cands if c.cls in cfg.get("before_classes", ()) and c.role == "name"}
    not_ends = tuple(cfg.get("not_roads", ()))
    out, bounds = [], []
    for m in rx.finditer(ctx.text):
        spans = [(m.start(2), m.end(2))]
        a = _first_start(ctx, m.start(), cfg, ends)
        if a is not None:
            spans.insert(0, (a, m.start(1)))
        for s, e in spans:
            name = ctx.text[s:e]
            if name.endswith(not_ends):
                continue    # (拓宽通道|与…: a common word, no road's name)
            bounds.append((s, e))
            if not any(c.start == s and c.end == e and c.cls == "Place" for c in ctx.cands):
                out.append(Cand(s, e, "Place", name, "crossing-road", prio=2))
    if bounds:  # (a candidate across a road's bound read it with what is before or after it)
        ctx.cands[:] = [c for c in ctx.cands if not any(
            (c.start < s < c.end or c.start < e < c.end) and not (c.start >= s and c.end <= e)
            for s, e in bounds)]
    return out
