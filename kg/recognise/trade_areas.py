"""An area named by the trade it gathers (rules.toml [trade_area]): a 片区 or a 功能区 right
after a trade's words (星澜产业园|铝产业|片区, 云溪经开区|新材料|片区, 白露|数字经济|片区,
石化|功能区, 先进制造业|集聚|片区) is a part of a zone or a park set aside for that trade's firms,
a platform, and the trade names it: no proper word is needed. Not after a town or a street
(青禾镇|新材料|片区: an area of the town, a place, as the head says)."""
from __future__ import annotations

from dataclasses import replace

from .context import Context
from .text import han

_HEADS: dict = {}    # the head as a trade's area reads it, one per head


def trade_head(ctx: Context, h, hs: int):
    """The head ``h`` starting at ``hs`` as a trade's area reads it (a platform's head, named
    by the trade alone) when the words right before it name a trade; else ``h``."""
    conf = ctx.rules.data.get("trade_area", {})
    if h.word not in conf.get("heads", ()) or not trade_before(ctx, hs, conf):
        return h
    got = _HEADS.get(h)
    if got is None:
        got = _HEADS[h] = replace(h, cls="Platform", proper=False, stop_at_place=True)
    return got


def traded(h) -> bool:
    """True when ``h`` is a head as a trade's area reads it (`trade_head`): the words closing
    the trade (产业) are no generic tail there."""
    return h in _HEADS.values()


def trade_before(ctx: Context, hs: int, conf: dict) -> bool:
    """True when the words ending at ``hs`` name a trade: a track the lexicon knows (新材料,
    文旅|康养 ending in 康养), or a word no generic one before one of [trade_area] ends (铝|产业,
    先进制造业|集聚); and no town or street right before them ([trade_area] not_after)."""
    by_end, text = ctx.by_end, ctx.text
    t = by_end.get(hs)
    if t is None:
        return False
    first = None
    if t.text in conf.get("ends", ()):
        prev = by_end.get(t.start)
        if prev is not None and han(prev.text) and prev.text not in ctx.tables.generic \
                and not ctx.seg.tag(prev.text).startswith(tuple(conf.get("not_tags", ()))):
            first = prev
    else:
        # the longest run of up to three words ending at the head that the lexicon holds a track
        at, run = t, [t]
        while len(run) < 3 and (p := by_end.get(at.start)) is not None:
            run.insert(0, p)
            at = p
        first = next((w for w in run if ctx.lex.lookup(text[w.start:hs], "IndustryTrack")), None)
    if first is None:
        return False
    return not text.endswith(tuple(conf.get("not_after", ())), 0, first.start)
