"""Towns, townships and streets named right after a word that says where (在|嘎云镇,
位于|星澜乡, 入驻|青石冲街道): the characters between that word and the unit are the
unit's name, however jieba cut them (嘎|云镇, 宣和|镇 a verb, 石家|冲|街道). rules.toml
[located_town]: the words that say where (labels, each a word of its own: not 存在|X镇),
the units, the stem's length; not a stem [county_town] rejects (not_stems, not_first,
generic words: 在重点镇), nor one holding a word of stop_tags (在两个乡镇: a numeral), nor one
ending with a unit's character (在农村乡|镇); the unit ends a word or a list item
(云溪镇|建设, 云溪镇、, 云溪镇和白露乡).

A place read across the joiner after the town (岗巴镇和昌龙乡 as one) is cut back to the town:
the items after it are its peers (places.unit_peers).

    >>> # 项目落户在嘎云镇和白露乡。 -> 嘎云镇, 白露乡 (not 嘎云镇和白露乡)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .text import LIST_SEP, is_punct


@lru_cache(maxsize=4)
def _compiled(units: tuple[str, ...], stem_min: int, stem_max: int) -> re.Pattern:
    us = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(f"([\u4e00-\u9fff]{{{stem_min},{stem_max}}}?)(?:{us})")


def located_towns(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.data.get("located_town") or {}
    units = tuple(cfg.get("units", ()))
    labels = set(cfg.get("labels", ()))
    if not units or not any(u in ctx.text for u in units):
        return []
    rx = _compiled(units, cfg.get("stem_min", 2), cfg.get("stem_max", 4))
    joiners = tuple(cfg.get("joiners", ()))
    text = ctx.text
    taken = {(c.start, c.end) for c in ctx.cands if c.cls == "Place"}
    out = []
    for t in ctx.toks:
        if t.text not in labels:
            continue
        m = rx.match(text, t.end)
        if m is None or not _stem_ok(ctx, m.group(1), cfg) or _place_inside(ctx, t.end, m.end(1), cfg):
            continue
        e = m.end()
        if not (e == len(text) or is_punct(text[e]) or text[e] in LIST_SEP or text.startswith(joiners, e)
                or any(k.end == e for k in ctx.toks)):
            continue    # (在云溪镇区: the unit opens a word of its own)
        if text.startswith(joiners, e):
            # (a place read across the joiner: 云溪镇和白露乡 is two)
            ctx.cands[:] = [c for c in ctx.cands if not (c.cls == "Place" and c.start == t.end and c.end > e)]
        if (t.end, e) not in taken:
            out.append(Cand(t.end, e, "Place", m.group(), "located-town", prio=2))
    return out


def _place_inside(ctx: Context, s: int, e: int, cfg: dict) -> bool:
    """True when a place or a zone opens the stem s..e (在青禾县|东镇, 在高新区|云溪街道): the town
    is the one after it, named by the sources that know that place."""
    stem = ctx.text[s:e]
    inner = cfg.get("inner_units", "")
    if any(ch in inner for ch in stem[1:-1]):
        return True     # (在星县|云溪镇: a county or city the lexicon does not list, and its town)
    if any(stem[:i] in ctx.rules.zone_words or ctx.lex.lookup(stem[:i], "Place") for i in range(1, len(stem))):
        return True
    return any(c.start == s and c.end < e + 1 and c.cls in ("Place", "Platform") for c in ctx.cands)


def _stem_ok(ctx: Context, stem: str, cfg: dict) -> bool:
    ct = ctx.rules.data.get("county_town") or {}
    if stem in ct.get("not_stems", ()) or stem[0] in ct.get("not_first", "") + cfg.get("not_first", "") \
            or stem.endswith(tuple(cfg.get("not_last", ""))) or generic_only(ctx, stem) \
            or ctx.lex.is_not_entity(stem):
        return False
    stop = tuple(cfg.get("stop_tags", ()))
    return not any(ctx.seg.tag(w.text).startswith(stop) for w in ctx.seg.tokens(stem))
