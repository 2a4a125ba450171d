"""Where a name found by its head (heads.py) starts once the walk left over its modifier has
stopped: after a name found before it and a joining word (X产业新城|和田|心机车|文化街区), before the
trade words a firm registered before its legal form (X文旅发展|有限公司), with a track's opening word
kept before a known track (高端|数控机床|产业园); and whether a date names a street (八一|北路) or a
known place opens a body's name (星澜市|产品质量监督|检验所)."""
from __future__ import annotations

from ..model import Token
from .candidate import Cand
from .context import Context
from .text import JOIN_CHARS, NUMERAL_CHARS


def after_crossed_name(ctx: Context, found: list[Cand], start: int, mod_end: int) -> int:
    """Where a district's name starts when its walk left ran into a name found before it
    and a joining word jieba glued to the next (X产业新城|和田|心机车|文化街区): after the
    joining word, the two are listed, not one name."""
    for c in found:
        if c.start < start < c.end < mod_end and ctx.text[c.end] in JOIN_CHARS:
            return c.end + 1
    return start


def date_before(ctx: Context, t: Token) -> bool:
    """True when a two-character street word (西路, 北街: a direction and the head) follows a
    date the dictionary tags as a numeral (七一, 八一): the street is named by the date,
    jieba glued its direction to the head ([place] numeral_streets)."""
    prev = ctx.by_end.get(t.start)
    return len(t.text) == 2 and t.text[-1] in ctx.rules.numeral_streets and prev is not None \
        and len(prev.text) == 2 and ctx.seg.tag(prev.text) == "m" and all(ch in NUMERAL_CHARS for ch in prev.text)


def place_opens(ctx: Context, start: int, mod_end: int) -> bool:
    """True when a known place opens a modifier and words follow it (星澜市|产品质量监督|
    检验所): a body named by its city or district, no common noun."""
    t = ctx.by_start.get(start)
    return t is not None and t.end < mod_end and ctx.lex.lookup(t.text, "Place") is not None


def trade_before_form(ctx: Context, at: int, h) -> int:
    """Where the walk left over a firm's legal name starts: before the trade word right
    before the legal form ([legal_name] trade_words, form_trade_words: X文旅发展|有限公司, X印刷包装|有限公司),
    a verb elsewhere that would end the name, here the word the firm registered."""
    if h.cls != "Enterprise":
        return at
    trades = (*ctx.rules.legal_name.get("trade_words", ()), *ctx.rules.legal_name.get("form_trade_words", ()))
    # a run of them is one registered trade (X城市|建设|投资|有限公司, X建设|发展|有限公司)
    for _ in range(3):
        t = ctx.by_end.get(at)
        if t is None or t.text not in trades:
            break
        at = t.start
    return at


def opening_kept(ctx: Context, start: int, stripped: int, mod_end: int) -> int:
    """Where the name starts once its generic words are stripped (``stripped``), but a
    word that opens track names (rules.toml [track_tags] opening_words: 高端, 特色 …)
    right before a known track that fills the rest of the modifier stays: it says which
    part of the trade the park is for (高端|数控机床|产业园), as in a track's own name;
    before anything else it only praises (重点|数控机床产业园, 高端|青禾产业园 lose it)."""
    rest = ctx.text[stripped:mod_end]
    if stripped == start or not ctx.lex.lookup(rest, "IndustryTrack"):
        return stripped
    for w in ctx.rules.track_tags.get("opening_words", ()):
        at = stripped - len(w)
        if at >= start and ctx.text.startswith(w, at) and at in ctx.starts:
            return at
    return stripped
