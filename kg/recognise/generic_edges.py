"""Generic words at the edges of a name a head's walk read.

- At its end: a modifier that ends with a generic word (重点, 商务, 产业 …: rules.toml
  generic) names a kind, not a thing (星澜重点|园区), but not where the generic word ends a
  track jieba keeps in one word (鹰潭市|电子商务|协会 ends with the track 电子商务, not with
  商务; 星澜|光伏产业|技术创新中心 with the track 光伏 and its 产业).
- At its start: a label of what the thing is to the text (重点项目, 商圈核心项目, 龙头企业:
  rules.toml [role_label]) right before a proper name is no word of the name (重点项目|
  星澜储能电站由…建设): the name starts after it, whichever source read it (`role_labels`,
  on what resolution kept), and so does an owner nested at its start.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .context import Context
from .proper_words import proper


def generic_tail(ctx: Context, mod: str, mod_end: int) -> bool:
    """True when the modifier ``mod`` ending at ``mod_end`` ends with a generic word, but for
    one that ends a word jieba keeps whole that the lexicon knows, or whose words before
    it are a track the lexicon knows (电子商务, 集成电路|产业 kept as one word)."""
    t = ctx.by_end.get(mod_end)
    tables = ctx.tables
    words = tables.generic_by_last.get(mod[-1:], ())
    if tables.generic_empty:
        words = ("", *words)
    for g in words:
        if not mod.endswith(g):
            continue
        at = mod_end - len(g)
        if t is None or t.start >= at or not (
                ctx.lex.lookup(t.text) or ctx.lex.lookup(ctx.text[t.start:at], "IndustryTrack")):
            return True
    return False


def facility_tail(ctx: Context, mod: str, mod_end: int) -> bool:
    """True when ``mod`` ends in a generic word ([long_name] facility_tails: 中心) after a word of
    two characters or more that says what the facility does and is no generic word itself
    (星澜|康养|中心, 青禾|游客|中心; not 城市|中心): before a word for projects, the centre built."""
    ln = ctx.rules.long_name
    if not ctx.text.startswith(tuple(ln.get("facility_before", ())), mod_end):
        return False    # (国家超算成都中心|二期: a phase of a centre's own name, no centre built)
    for g in ln.get("facility_tails", ()):
        if not mod.endswith(g) or len(mod) <= len(g):
            continue
        w = ctx.by_end.get(mod_end - len(g))
        if w is None:
            continue
        tag = ctx.seg.tag(w.text)
        if len(w.text) >= 2 and w.text not in ctx.tables.generic and tag != "ns" and tag[:1] in ("n", "v", "") \
                and not ctx.lex.lookup(w.text, "Place") and ctx.by_start.get(mod_end - len(g)) is not None:
            return True
    return False


@lru_cache(maxsize=4)
def _label_re(labels: tuple[str, ...], before: int) -> re.Pattern | None:
    if not labels:
        return None
    return re.compile("(?:.{0,%d}?)(?:%s)" % (before, "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))))


def label_end(ctx: Context, start: int, end: int) -> int:
    """Where the name start..end starts once a role label opening it (重点项目, 商圈核心项目)
    is cut off: after the label when a proper word of min_rest characters or more follows
    it, else ``start``."""
    conf = ctx.rules.data.get("role_label", {})
    pat = _label_re(tuple(conf.get("labels", ())), conf.get("max_before", 0))
    if pat is None:
        return start
    m = pat.match(ctx.text, start, end)
    if m is None or m.end() not in ctx.starts or end - m.end() < conf.get("min_rest", 3) \
            or not proper(ctx, ctx.text[m.end():end]):
        return start
    return m.end()


def role_labels(ctx: Context, chosen: list) -> None:
    """Cut a role label off the start of the names resolution kept (not the lexicon's), and
    off the owners nested at their start (重点项目|星澜能源|…项目)."""
    conf = ctx.rules.data.get("role_label", {})
    if not conf.get("labels"):
        return
    keep = tuple(conf.get("keep_rules", ()))
    for i, c in enumerate(chosen):
        if c.rule == "lexicon" or c.rule in keep:
            continue
        at = label_end(ctx, c.start, c.end)
        if at > c.start:    # (copies: a sentence read again starts from the candidates as found)
            chosen[i] = _cut(ctx, c, at)
            chosen[i].nested = [_cut(ctx, n, at) if n.start == c.start and n.end > at else n for n in c.nested]


def _cut(ctx: Context, c, at: int):
    name = c.name[at - c.start:] if c.name == ctx.text[c.start:c.end] else c.name
    return replace(c, start=at, name=name, nested=list(c.nested))
