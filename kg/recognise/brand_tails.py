"""A group the lexicon knows, then the trade of one of its businesses, no legal form after them
(万达|商管, 中金|资本, 腾讯|文旅): the business's own firm, which the text names
apart from the group (rules.toml [brand_tail]). A longer name over the words (a project's) still
wins; a tail jieba reads into a longer word, or one a word goes on from (文旅|产业), is none."""
from __future__ import annotations

from .candidate import Cand
from .context import Context


def brand_tails(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.data.get("brand_tail")
    if not cfg:
        return []
    text, out = ctx.text, []
    tails = sorted(cfg.get("tails", ()), key=len, reverse=True)
    for c in ctx.cands:
        if c.cls != "Enterprise" or c.rule != "lexicon" or c.role != "name":
            continue
        tail = next((w for w in tails if text.startswith(w, c.end)), None)
        if tail is None:
            continue
        end = c.end + len(tail)
        tok = ctx.by_start.get(c.end)
        if tok is not None and tok.end > end:
            continue    # (jieba reads the tail into a longer word)
        if end < len(text) and text[end] in cfg.get("not_before", ""):
            continue    # (腾讯文旅|产业: the tail opens a longer word)
        name = text[c.start:end]
        known = ctx.lex.lookup(name)
        if known is not None and known.cls != "Enterprise":
            continue
        out.append(Cand(c.start, end, "Enterprise", known.name if known else name, "brand-tail", prio=2))
    return out
