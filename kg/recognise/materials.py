"""A known track qualified by the material it is made of, written right before it
(锌基|新材料, 有色金属|新材料, 冶炼—新材料): a track of its own, not the known one
(rules.toml [track] material_heads, material_stem, material_words)."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .track_words import event_after

_DASHES = ("—", "－")


def material_tracks(ctx: Context) -> list[Cand]:
    """<material><head>: the head a known track that materials qualify (新材料); the
    material an element and 基 (锌基) or a word of the rules' materials (有色金属; not 重点,
    力争, nor a brand: 星澜新材料 is a firm's short name); a dash may join the two
    (冶炼—新材料, a chain of both)."""
    tt = ctx.rules.track_tags
    heads = tuple(tt.get("material_heads", ()))
    if not heads:
        return []
    text, out = ctx.text, []
    stem_rx = re.compile(tt.get("material_stem") or "$^")
    words = tuple(sorted(tt.get("material_words", ()), key=len, reverse=True))
    for at in sorted(ctx.track_starts):
        head = next((h for h in heads if text.startswith(h, at)), None)
        if head is None:
            continue
        p = at - 1 if text[at - 1:at] in _DASHES and at > 1 else at
        start = _stem(ctx, p, stem_rx, words)
        if start is None or _inside_name(ctx, at + len(head)):
            continue
        name = text[start:at + len(head)]
        # (the span holds the suffix the lexicon's token holds, 新材料产业, which it beats)
        tok = ctx.by_start.get(at)
        end = tok.end if tok is not None and tok.text.startswith(head) else at + len(head)
        entry = ctx.lex.lookup(name, "IndustryTrack")
        out.append(Cand(start, end, "IndustryTrack", entry.name if entry else name, "track:material", prio=4))
    return out


def _stem(ctx: Context, p: int, stem_rx: re.Pattern, words: tuple) -> int | None:
    """Where the material word ending at ``p`` starts, if one does (the longest, at the
    start of a token: not 星澜|化工|新材料's 化工 alone where jieba kept 澜化 whole)."""
    text = ctx.text
    for k in (3, 2):    # (an element and 基, cut by jieba or not: 锌|基, 锌基)
        if p - k >= 0 and stem_rx.fullmatch(text, p - k, p) and (p - k in ctx.by_start or p - k == 0):
            return p - k
    for w in words:     # (longest first)
        a = p - len(w)
        if a >= 0 and text.startswith(w, a) and (a in ctx.by_start or a == 0):
            return a
    return None


def _inside_name(ctx: Context, pos: int) -> bool:
    """True when a name's head (公司, 实验室) or a body's or event's word (研究总院, 论坛)
    follows ``pos``: the words before it are that name's (星澜锌基新材料公司), no track."""
    after = ctx.text[pos:pos + 6]
    return event_after(ctx, pos) or any(
        ctx.rules.heads.get(after[:k]) is not None for k in range(1, len(after) + 1))
