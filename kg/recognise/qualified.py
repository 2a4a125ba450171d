"""A known track listed with a qualifying word written before it that jieba takes for an
adjective or a conjunction (即时|零售, 清真|食品): the item names one track, qualifier and
all, where a track stands beside it in the list (直播电商、即时零售; 即时零售和直播电商), not
the known track alone; an adjective after a listed track only (its verb may open a list). A
generic word (重点, 优质) or one that qualifies tracks only (新兴, 传统: rules.toml [track]
not_final) is no word of the name; the tags and the joining conjunctions' characters are [track]
qualifier_tags and joining_chars."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import JOIN_CHARS, LIST_SEP

# what stands between the items of a list
_JOIN = LIST_SEP + JOIN_CHARS


def qualified_tracks(ctx: Context) -> list[Cand]:
    text = ctx.text
    tracks = [c for c in ctx.cands if c.cls == "IndustryTrack"]
    if not tracks or not any(j in text for j in _JOIN):
        return []
    conf = ctx.rules.track_tags
    tags, joining = conf.get("qualifier_tags", ()), conf.get("joining_chars", "")
    ends = {c.end for c in tracks}
    starts = {c.start for c in tracks}
    out = []
    # (the known track a token of its own: a short one the lexicon holds to the words after it
    # is found here too, 即时零售，)
    for p, t in zip(ctx.toks, ctx.toks[1:]):
        if p.end != t.start or ctx.lex.lookup(t.text, "IndustryTrack") is None:
            continue
        if len(p.text) < 2 or ctx.seg.tag(p.text) not in tags \
                or p.text in ctx.tables.generic or p.text in ctx.rules.track_not_final or ctx.lex.lookup(p.text):
            continue
        # (a track beside it in the list: before the qualifier or after the known track)
        before = text[p.start - 1:p.start] in _JOIN and p.start - 1 in ends
        after = text[t.end:t.end + 1] in _JOIN and t.end + 1 in starts
        # (an adjective opening a list may be its verb, 壮大|数字内容、…: one after a listed track
        # only; a conjunction that joins, 以及|半导体, 并且, qualifies nothing)
        tag = ctx.seg.tag(p.text)
        if not (before or after) or tag == "a" and not before or tag == "c" and any(ch in joining for ch in p.text):
            continue
        name = text[p.start:t.end]
        if ctx.lex.is_not_entity(name):
            continue
        e = ctx.lex.lookup(name, "IndustryTrack")
        out.append(Cand(p.start, t.end, "IndustryTrack", e.name if e else name, "track:qualified", prio=4))
    return out
