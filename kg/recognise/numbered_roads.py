"""Roads named by a number (纬九路, 经三路, 青禾三路, 星澜纵三路, 西九条路): jieba reads the
number and the road's head as one numeral (五路, 七路, 三条|路), so no head's walk sees a
road there. The word right before the number is the road's stem when it may open a name:
a direction or a grid word of one character (经, 纬, 东, 纵: rules.toml [numbered_road]
one_char_stems), or a word of two or three characters jieba does not know or tags a
proper noun (青禾|三路; not 修建|三条|路, three roads built, nor 公交|一路, a bus line)."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .text import han


@lru_cache(maxsize=4)
def _compiled(numerals: str, counter: str, heads: tuple[str, ...]) -> re.Pattern:
    hs = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(f"[{re.escape(numerals)}]{{1,3}}(?:{re.escape(counter)})?(?:{hs})")


def _pattern(ctx: Context) -> re.Pattern | None:
    cfg = ctx.rules.data.get("numbered_road")
    if not cfg or not ctx.rules.road_heads:
        return None
    return _compiled(cfg["numerals"], cfg.get("counter", ""), ctx.rules.road_heads)


def _stem_ok(ctx: Context, w: str, cfg: dict, one: bool) -> bool:
    if len(w) == 1 and han(w):  # (a grid word may be a boundary word elsewhere too: 经|青禾…)
        return one and w in cfg.get("one_char_stems", "")
    if not han(w) or w in ctx.rules.boundary:
        return False
    if len(w) > 3 or w[-1] in cfg["numerals"]:
        return False
    return ctx.seg.tag(w) in cfg.get("stem_tags", ()) or ctx.lex.lookup(w, "Place") is not None


def numbered_roads(ctx: Context) -> list[Cand]:
    """Places named by a stem, a number and a road's head (纬九路以南, 青禾三路1号)."""
    rx = _pattern(ctx)
    if rx is None:
        return []
    cfg = ctx.rules.data["numbered_road"]
    out = []
    joiners, units = cfg.get("stem_joiners", ""), cfg.get("unit_chars", "")
    for m in rx.finditer(ctx.text):
        t = ctx.by_end.get(m.start())
        if t is None:
            continue
        w, start = t.text, t.start
        if len(w) == 2 and w[0] in units and (w[1] in joiners or w[1] in cfg.get("one_char_stems", "")):
            w, start = w[1], start + 1   # 青禾|区西|九条路: jieba glued the district's unit to the stem
        if len(w) == 1 and w in joiners:
            p = ctx.by_end.get(start)    # 星澜|纵|三路: a stem, then a grid or direction word
            if p is not None and len(p.text) > 1 and _stem_ok(ctx, p.text, cfg, False):
                start = p.start
            elif not _stem_ok(ctx, w, cfg, True):
                continue
        elif not _stem_ok(ctx, w, cfg, True):
            continue
        nxt = ctx.text[m.end():m.end() + 1]
        if nxt and nxt in cfg.get("not_before", ""):
            continue    # (青禾五路|口: not the road)
        out.append(Cand(start, m.end(), "Place", ctx.text[start:m.end()], "numbered-road", prio=2))
    return out
