"""Towns written right after their county (青禾县云溪镇, 墨川区白露街道): the characters
between a county-level place a source found and a town's unit are the town's name,
however the segmenter cut them (田阳区五村镇 is cut 区五|村镇, 青禾县月山镇 月|山镇:
a numeral, a word of a larger one). rules.toml [county_town]: the wholes (parent_ends,
not [glued_place] parent_not_ends: a zone, a park, unless the lexicon lists it a county,
known_parent_levels: 江城区), the units, the stem's length, and the
stems that name no town (县城镇 is the county's towns, 全县各乡镇 all of them: not_stems,
words of the stem jieba tags as verbs, pronouns, prepositions … stop_tags, generic
words: 重点镇); no unit the next character makes a word of (城乡|村: not_next).

A city a source found whose name and the unit right after it are a county the lexicon lists
under that whole name (西安|区 -> 西安区, not the city 西安市) is that county first
(`_widen_to_county`): the longer place wins, and its town follows it (西安区|富国街道)."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .glued_places import known_parent
from .proper_words import generic_only


@lru_cache(maxsize=4)
def _compiled(units: tuple[str, ...], stem_max: int) -> re.Pattern:
    us = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(f"([\u4e00-\u9fff]{{1,{stem_max}}}?)(?:{us})")


def county_towns(ctx: Context) -> list[Cand]:
    """A town right after a county-level place the sources before found."""
    cfg = ctx.rules.data.get("county_town")
    units = tuple(cfg.get("units", ())) if cfg else ()
    if not units or not any(u in ctx.text for u in units):
        return []
    parents = tuple(cfg.get("parent_ends", ()))
    _widen_to_county(ctx, parents, cfg.get("widen_not_next", ""))
    not_parents = tuple(ctx.rules.glued_place.get("parent_not_ends", ()))
    glued = ctx.rules.glued_place
    ends = sorted({c.end for c in ctx.cands if c.cls == "Place" and c.role == "name" and c.name.endswith(parents)
                   and (not c.name.endswith(not_parents) or known_parent(ctx.lex, c.name, glued))})
    if not ends:
        return []
    rx = _compiled(units, cfg.get("stem_max", 4))
    taken = {(c.start, c.end) for c in ctx.cands if c.cls == "Place"}
    out = []
    for at in ends:
        m = rx.match(ctx.text, at)
        if m is None or not _stem_ok(ctx, m.group(1), cfg):
            continue
        if ctx.text[m.end():m.end() + 1] in tuple(cfg.get("not_next", "")):
            continue    # (城乡|村, 城镇|化: the unit is a word's first character)
        # (a walk across the county's end read it and the town's first word as one: 青禾区桥|圩镇
        # by the head 桥; the town says where the county ends)
        ctx.cands[:] = [c for c in ctx.cands if not (c.cls == "Place" and c.start < at < c.end < m.end())]
        if (at, m.end()) not in taken:
            out.append(Cand(at, m.end(), "Place", m.group(), "county-town", prio=2))
    return out


def _stem_ok(ctx: Context, stem: str, cfg: dict) -> bool:
    if stem in cfg.get("not_stems", ()) or stem[0] in cfg.get("not_first", "") or generic_only(ctx, stem):
        return False
    stop, soft = tuple(cfg.get("stop_tags", ())), tuple(cfg.get("soft_stop_tags", ()))
    toks = ctx.seg.tokens(stem)
    return not any(ctx.seg.tag(t.text).startswith(stop) for t in toks) \
        and not (soft and ctx.seg.tag(toks[-1].text).startswith(soft))


def _widen_to_county(ctx: Context, units: tuple[str, ...], not_next: str) -> None:
    """Each place a source found that, with the unit right after it, is a county the lexicon
    names so (its whole name, of the county level), widened to that county; not where the unit
    and the character after it are a word of their own (海南|区位优势, 海南|区域: not_next)."""
    for i, c in enumerate(ctx.cands):
        if c.cls != "Place" or c.role != "name":
            continue
        whole = next((ctx.text[c.start:c.end] + u for u in units if ctx.text.startswith(u, c.end)
                      and ctx.text[c.end + len(u):c.end + len(u) + 1] not in tuple(not_next)), None)
        e = ctx.lex.lookup(whole, "Place") if whole else None
        if e is not None and e.name == whole and "county" in e.levels and e.name != c.name:
            ctx.cands[i] = Cand(c.start, c.start + len(whole), "Place", whole, c.rule,
                                prio=c.prio, source=c.source)
