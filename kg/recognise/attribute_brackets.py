"""A firm's place and track in brackets right after its name, a list's item (星澜精工有限公司（青禾
产业园，精密铸造）、墨川电缆有限公司（星材，白露镇）): of the bracket's units, parted by commas, one
names a place or a park whole and each other one, made of a track's words (rules.toml [track]
word_tags, as a list's tracks: ``track_like``; relations.toml [table] track_cell), names a
track, whole (精密铸造; 铝镁新材料, not a shorter track inside it); a trade's verb may open it
(铸造, 包装机械). Not a bracket that names no place (（暂定名，…）), nor a unit that names a
thing of another kind (龙头企业: rules.toml enumeration nouns), a status (投产, 在建: facts.toml
[status.triggers]) or holds an adverb (已投产). What the bracket says of the firm is kg/relate/attributes.py's."""
from __future__ import annotations

import re

from ..facts.rules import load_fact_rules
from ..bar_runs import LOCATIONS
from .candidate import Cand
from .context import Context
from .track_words import track_like

_BRACKET = re.compile(r"[（(]([^（）()]{2,30})[）)]")
_UNIT = re.compile(r"[^，,]+")


def attribute_units(text: str, start: int) -> list[tuple[int, int]] | None:
    """The (start, end) of the units of the bracket opening at ``start`` (two or three, parted by
    commas), or None when no such bracket opens there."""
    m = _BRACKET.match(text, start)
    if m is None:
        return None
    units = [(u.start(), u.end()) for u in _UNIT.finditer(text, m.start(1), m.end(1))]
    return units if 2 <= len(units) <= 3 and all(b - a >= 2 for a, b in units) else None


def attribute_tracks(ctx: Context) -> list[Cand]:
    """The tracks a firm's bracket of its place and track names whole (see the module)."""
    text = ctx.text
    firms: dict[int, int] = {}
    for c in ctx.cands:
        if c.cls == "Enterprise":
            firms[c.end] = min(c.start, firms.get(c.end, c.start))
    track_rx = re.compile(ctx.rules.relations.get("table", {}).get("track_cell", "$^"))
    out = []
    for start in sorted(firms):
        units = attribute_units(text, start)
        if units is None:
            continue
        classes = {(c.start, c.end): set() for c in ctx.cands}
        for c in ctx.cands:
            classes[(c.start, c.end)].add(c.cls)
        places = [u for u in units if classes.get(u, set()) & set(LOCATIONS)]
        if len(places) != 1:
            continue
        for a, b in units:
            w = text[a:b]
            if (a, b) in places or "IndustryTrack" in classes.get((a, b), ()):
                continue
            if track_rx.fullmatch(w) and _track_words(ctx, w, text[firms[start]:start]):
                out.append(Cand(a, b, "IndustryTrack", w, "bracket-track", prio=3))
    return out


def _track_words(ctx: Context, w: str, firm: str) -> bool:
    """Whether the unit ``w`` of the bracket after ``firm``'s name is made of a track's words (see the module)."""
    head = ctx.rules.head_of(w)
    if (head is not None and not head.noun) or any(w.endswith(n) for n in ctx.rules.enum_nouns):
        return False
    status = ctx.rules.data.get("attribute_bracket", {}).get("status_words", ())
    if any(t in w for t in load_fact_rules().triggers) or any(t in w for t in status):
        return False
    toks = ctx.seg.tokens(w)
    # (a trade's verb opening it: 包装|机械; a verb alone, the trade the firm's name carries: 星澜铸造
    # 有限公司（青禾镇，铸造）, not 改造)
    return track_like(ctx, w, lenient=True) or (ctx.seg.tag(toks[0].text) == "v" and (
        w in firm if len(toks) == 1 else track_like(ctx, w[len(toks[0].text):], lenient=True)))
