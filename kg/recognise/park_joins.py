"""A park named by two trades joined by a word of rules.toml [park_join] joiners (医药|及|精细化工
新材料|产业园, 石化|及|精细化工|产业园): the walk left of the park's head stops at the joiner, a
word that ends names elsewhere; where the words on both sides of it are a trade's, the trade
before it opens the park's name (not 园区企业|及|配套产业园: 企业 is no trade; not 青禾工业园区|及|
B产业园区: a head before the joiner ends a name of its own), and the words so joined are no
brand of an owner (医药及精细化工 is no firm)."""
from __future__ import annotations

from .context import Context
from .track_words import track_like


def joined_park_opening(ctx: Context, start: int, mod_end: int, h) -> int:
    """Where a park's name opens whose walk stopped at ``start`` right after a joiner."""
    cfg = ctx.rules.data.get("park_join", {})
    if h.cls not in cfg.get("classes", ()) or start >= mod_end:
        return start
    j = ctx.by_end.get(start)
    if j is None or j.text not in cfg.get("joiners", ()):
        return start
    w = ctx.by_end.get(j.start)
    if w is None or not _trade(ctx, cfg, w.text):
        return start
    if not track_like(ctx, ctx.text[start:mod_end]):
        return start
    # (青禾市|纺织及印染产业园: a city the lexicon knows right before the trades is a word of the name)
    city = next((c for c in ctx.cands if c.end == w.start and c.cls == "Place" and c.rule == "lexicon"
                 and c.role == "name" and c.name.endswith(tuple(cfg.get("city_ends", ())))), None)
    return city.start if city is not None else w.start


def trades_joined(ctx: Context, words: str) -> bool:
    """True when ``words`` (a name's opening read as a brand) are a trade, a joiner and more
    (医药|及|精细化工): trades a park is named by, no firm's brand."""
    cfg = ctx.rules.data.get("park_join", {})
    toks = ctx.seg.tokens(words)
    return any(t.text in cfg.get("joiners", ()) and 0 < k < len(toks) - 1 and _trade(ctx, cfg, toks[k - 1].text)
               for k, t in enumerate(toks))


def _trade(ctx: Context, cfg: dict, word: str) -> bool:
    """A trade the lexicon knows, or a common noun of a trade's words (有色: n), not a head
    (园区) nor a boundary word."""
    if len(word) < 2 or word in ctx.rules.boundary or ctx.rules.head_of(word):
        return False
    known = ctx.lex.lookup(word)
    return (known is not None and known.cls == "IndustryTrack") or (
        known is None and ctx.seg.tag(word) in cfg.get("word_tags", ()) and track_like(ctx, word))
