"""Bare proper words listed before an area named by its head share that
head (谢村、老谢村码头 -> 谢村码头, 祥符、半山街道 -> 祥符街道): a list's earlier
items often drop the head the last one spells out, and no other source names
them."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .proper_words import proper
from .item_spans import split_items
from .text import LIST_SEP


def shared_heads(ctx: Context) -> list[Cand]:
    """谢村、老谢村码头, 祥符、半山街道: bare proper words listed before an area
    named by its head share that head (谢村 -> 谢村码头, with 谢村 as alias)."""
    text, cands = ctx.text, ctx.cands
    out = []
    if LIST_SEP not in text:    # (no list)
        return out
    for c in cands:
        if c.start < 1 or text[c.start - 1] != LIST_SEP:
            continue
        h = ctx.rules.heads.get(c.rule[5:]) if c.rule.startswith("head:") else \
            ctx.rules.head_of(text[c.start:c.end]) if c.rule == "lexicon" else None
        if h is None or len(h.word) < 2 or h.cls not in ("Place", "CommercialDistrict", "Platform"):
            continue
        for s, e in split_items(ctx, text[:c.start - 1]):
            word = text[s:e]
            before = ctx.by_end.get(s)
            if (len(word) > 4 or ctx.lex.lookup(word) or ctx.lex.is_not_entity(word)
                    # (八一|北街: the end of a name a numeral opens, no bare word)
                    or (before is not None and ctx.seg.tag(before.text) == "m" and not before.text.isdigit())
                    or any(o.start < e and s < o.end for o in cands) or not proper(ctx, word)
                    or ctx.rules.head_of(word + h.word) is not h
                    # (周边的和瑞中心、X广场: a word ending with a site's word is a name of its own)
                    or word.endswith(tuple(ctx.rules.legal_name.get("site_heads", ())))):
                continue
            out.append(Cand(s, e, h.cls, word + h.word, f"shared-head:{h.word}", prio=2,
                            aliases=(word,)))
    return out
