"""A firm's plant named by the place it stands in alone (双塔|基地, 平果|基地: rules.toml [brand]
place_site_heads): the works of the firm the text speaks of, a project, though no brand opens
the name. Only a place the lexicon knows by that name or its short form fills the words before
the head: a kind there (中试|基地, 示范|基地) makes it a designation, and an unknown locality
(X钢铁|半山|基地) is old ground. A mine is named by the landform it is sunk in
(青禾岭|铁矿, 羊角沟|煤矿: [brand] feature_site_heads): feature_site."""
from __future__ import annotations

from .context import Context
from .text import han


def place_site(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when the words from ``start`` to ``mod_end``, before the head ``h`` (one of [brand]
    place_site_heads), are a place alone and open their clause (the sentence's start, or one of
    [brand] place_site_after before them: （1）双塔|基地，平果|基地：): a firm's plant named after
    where it stands, which the text sets out as a thing of its own; not after another name or a
    word (X中心|拱墅|基地, A的|吉安|基地, 深圳总部+|广安|基地: a branch, a slogan's half)."""
    conf = ctx.rules.brand
    mod = ctx.text[start:mod_end]
    if h.word not in conf.get("place_site_heads", ()) or not mod:
        return False
    if start > 0 and ctx.text[start - 1] not in conf.get("place_site_after", ""):
        return False
    if len(ctx.seg.tokens(mod)) != 1:
        return False
    return ctx.lex.lookup(mod, "Place") is not None or bool(ctx.lex.by_short_form(mod, "Place"))


def feature_site(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when the words from ``start`` to ``mod_end``, before a mine's head ``h`` ([brand]
    feature_site_heads), are a landform's name: two or more Chinese characters of nouns before
    a landform's word ([brand] feature_ends: 青禾岭|铁矿, 骆驼山|煤矿). Dictionary words name a
    hill as a coined word does; a kind of mine (露天|煤矿) or a bare 山 does not end so."""
    conf = ctx.rules.brand
    mod = ctx.text[start:mod_end]
    if h.word not in conf.get("feature_site_heads", ()) or len(mod) < 3 or mod[-1] not in conf.get("feature_ends", ()):
        return False
    toks = ctx.seg.tokens(mod[:-1])
    return all(han(t.text) and ctx.seg.tag(t.text)[:1] in ("n", "") for t in toks)
