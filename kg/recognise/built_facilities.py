"""Facilities a sentence builds, opens or turns something into, named by a modifier and a
facility head ([built_facility] in rules.toml): the verb right before the name says it is
one thing built, the head what kind (a workshop, a farm, a cold store, a camp, a station),
and a proper word or an ordinal in the modifier says it is named, not a kind:

    在白鹭镇新建|星澜白鹭服装帮扶车间  -> 星澜白鹭服装帮扶车间 (Project)
    年内建成投用|5号低温冷库           -> 5号低温冷库 (Project)
    将闲置小学改造为|青禾南塬互助幸福院 -> 青禾南塬互助幸福院 (Project)
    新建帮扶车间3个 / 建设标准化养殖场   -> nothing: a bare head, or generic words before it

The name runs over no punctuation and no boundary word, and stops at the nearest head."""
from __future__ import annotations

import re

from ..rules import rx
from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .text import is_punct


def built_facilities(ctx: Context) -> list[Cand]:
    """A Project candidate for each facility named right after a verb of building."""
    conf = ctx.rules.data.get("built_facility", {})
    heads = sorted(conf.get("heads", ()), key=len, reverse=True)
    if not heads or not conf.get("verbs"):
        return []
    text, starts, ends = ctx.text, ctx.starts, ctx.ends
    verb = rx("(?:%s)" % "|".join(map(re.escape, sorted(conf["verbs"], key=len, reverse=True))))
    ordinal = rx(conf.get("ordinal", r"$^"))
    max_len = conf.get("max_len", 16)
    out = []
    for m in verb.finditer(text):
        start = m.end()
        if start not in starts:
            continue
        found = _nearest_head(text, start, min(len(text), start + max_len), heads, ends)
        if found is None:
            continue
        end, head = found
        mod = text[start:end - len(head)]
        if not mod or _crosses_boundary(ctx, start, end - len(head)):
            continue
        named = ordinal.match(mod) or (not generic_only(ctx, mod) and _placed_or_branded(ctx, conf, mod))
        if not named or ctx.lex.is_not_entity(text[start:end]):
            continue
        out.append(Cand(start, end, "Project", text[start:end], "built-facility", prio=2))
    return out


def _nearest_head(text: str, start: int, limit: int, heads: list[str], ends: set[int]):
    """(end, head) of the first head ending on a token's end after ``start``, longest head
    first at that end; None when punctuation comes first."""
    for end in range(start + 2, limit + 1):
        if is_punct(text[end - 1]):
            return None
        if end not in ends:
            continue
        for h in heads:
            if text.endswith(h, start + 1, end):
                return end, h
    return None


def _crosses_boundary(ctx: Context, start: int, end: int) -> bool:
    """True when a token between ``start`` and ``end`` is a boundary word or punctuation
    (建设|星澜|和|青禾|冷库 names two things, or none)."""
    pos = start
    while pos < end:
        t = ctx.by_start.get(pos)
        if t is None:
            return False
        if t.text in ctx.rules.boundary or any(is_punct(ch) for ch in t.text):
            return True
        pos = t.end
    return False


def _placed_or_branded(ctx: Context, conf: dict, mod: str) -> bool:
    """True when ``mod`` holds a place or a brand, not only what the facility makes or how
    (建设|电芯|车间, 新建|黑蒜发酵|车间 are kinds): a word the lexicon knows as a place or a
    firm, a village's or a town's word ([built_facility] place_word: 南塬, 青崖寨), or the
    stem of a place the sentence names (在白鹭镇…建设|白鹭陶瓷|工坊)."""
    if rx(conf.get("place_word", r"$^")).search(mod):
        return True
    for t in ctx.seg.tokens(mod):
        e = ctx.lex.lookup(t.text)
        if e is not None and e.cls in ("Place", "Enterprise"):
            return True
    ends = tuple(conf.get("place_ends", ()))
    for c in ctx.cands:
        if c.cls == "Place" and c.name.endswith(ends) and len(c.name) >= 3 and c.name[:-1] in mod:
            return True
    return False
