"""Two fields of study joined in a body's name (星澜大学材料科学与工程学院, 声学与半导体
创新研究院): the walk left from the head stops at the joining word (与, 和), which ends a
name elsewhere (青禾大学与星澜研究院 are two). When the word right before the joiner is
a plain noun of a field, no name and no name's head, the two fields are one name's
words: the walk goes on left of the joiner ([field_pair] in rules.toml). So for a park
named by two tracks (X区生物医药和医疗器械产业园), the word before the joiner a track."""
from __future__ import annotations

from typing import Callable

from .context import Context
from .name_stops import stops


def field_pair_start(ctx: Context, start: int, h, walk: Callable[[int], int]) -> int:
    """Where the body's name whose walk stopped at ``start`` starts, when a joiner
    of [field_pair] right before ``start`` joins two fields; else ``start``. ``walk``:
    the walk left from an offset."""
    conf = ctx.rules.field_pair
    if h.cls not in conf.get("head_classes", ()):
        return start
    j = ctx.by_end.get(start)
    if j is None or j.text not in conf.get("joiners", ()):
        return start
    prev, nxt = ctx.by_end.get(j.start), ctx.by_start.get(start)
    tracks = h.cls in conf.get("track_classes", ())
    if prev is None or stops(ctx, prev, start) or not (
            (len(prev.text) >= 2 and (_track(ctx, prev.text) if tracks else _field(ctx, prev.text)))
            or (not tracks and _faculty_field(ctx, prev))):
        return start
    if nxt is None or not (_track(ctx, nxt.text) if tracks else _field_after(ctx, nxt.text)):
        return start    # (青禾区政府与|星澜大学: a name, no field, follows the joiner)
    at = walk(j.start)
    return at if at < prev.end else start


def _faculty_field(ctx: Context, prev) -> bool:
    """True when ``prev``, before the joiner, is a field right after a university's or a
    college's name ([field_pair] faculty_after: 星澜大学|茶|与食品科技学院, 青禾农业大学|
    食品科学|与营养工程学院): the body's faculty, named by two fields, whatever jieba makes of
    the first one (a one-character noun, a set phrase: [field_pair] faculty_tags)."""
    conf = ctx.rules.field_pair
    body = ctx.by_end.get(prev.start)
    return body is not None and body.text.endswith(tuple(conf.get("faculty_after", ()))) \
        and ctx.seg.tag(prev.text) in tuple(conf.get("faculty_tags", ())) \
        and not ctx.lex.lookup_all(prev.text) and not any(prev.text.endswith(x) for x in ctx.rules.heads)


def _track(ctx: Context, w: str) -> bool:
    """True when ``w`` is a track the lexicon knows, and nothing else it knows."""
    entries = ctx.lex.lookup_all(w)
    return bool(entries) and all(e.cls == "IndustryTrack" for e in entries)


def _field_after(ctx: Context, w: str) -> bool:
    """True when ``w``, right after the joiner, is a dictionary word of a field: no proper
    name's (tags ns, nr, nt, nz) and nothing the lexicon knows but a track."""
    return ctx.seg.knows(w) and ctx.seg.tag(w) not in ("ns", "nr", "nt", "nz") \
        and all(e.cls == "IndustryTrack" for e in ctx.lex.lookup_all(w))


def _field(ctx: Context, w: str) -> bool:
    """True when ``w`` is a plain noun (a field: 科学, 电气, 声学), no name, no head."""
    if ctx.seg.tag(w) not in tuple(ctx.rules.field_pair.get("tags", ())):
        return False
    if any(e.cls != "IndustryTrack" for e in ctx.lex.lookup_all(w)):
        return False
    return not any(w.endswith(x) for x in ctx.rules.heads)
