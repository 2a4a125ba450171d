"""Which words may stand inside a long name the walk left (kg/recognise/long_names.py) crosses:

- ``content``: a noun-like word of a name (汽车, 智能, 青禾);
- ``ends_name``: a word that ends another name (杭州游泳馆|承接游泳项目: the walk stops after 馆);
- ``long_stop``: a word the walk stops at (the boundary word 在, a count 一批, the verb of
  承接游泳项目), unless a noun before it makes it a word of the name (汽车滚装物流中心).

(Kept apart from the walk so the walk's helpers, the dash and joiner tests among them, ask the
same questions of a word.)
"""
from __future__ import annotations

from ..model import Token
from ..rules import rx
from .context import Context
from .name_stops import counts_or_dates, stops
from .text import alnum, is_punct


def content(ctx: Context, t: Token, upto: int) -> bool:
    """A noun-like word that may stand inside a name (汽车, 智能, 青禾)."""
    return not stops(ctx, t, upto) and (ctx.seg.tag(t.text)[:1] in ("n", "j", "") or alnum(t.text))


def ends_name(ctx: Context, w: str) -> bool:
    """True when the word ``w`` ends in a name's head that is no everyday noun (馆, 项目,
    公司); a place's (松山湖|南方工厂) may stand inside a longer name, and so may a phase
    alone (星澜纸业|三期|高档包装纸项目: the phase of the works the name goes on to say)."""
    h = ctx.rules.heads.get(w) or ctx.rules.head_of(w)
    phase = rx(ctx.rules.long_name.get("specific", "$^")).search(w)
    return h is not None and not h.noun and h.cls != "Place" and not (phase is not None and phase.start() == 0)


def long_stop(ctx: Context, t: Token, inside: set, keep: set, stop_tags: tuple,
               content_before: bool = False) -> bool:
    w = t.text
    if w in inside or w in keep:
        return False
    if w in ctx.rules.boundary or any(is_punct(ch) for ch in w):
        return True
    if ctx.lex.lookup(w) is not None:
        return False
    tag = ctx.seg.tag(w)
    if tag == "t" and content_before:
        return False         # 青岛|明月|海藻集团有限公司: a word jieba takes for a time, between names' words
    if tag.startswith(stop_tags) and not alnum(w):
        return True
    if tag[:1] == "v" and tag != "vn" and len(w) > 1:
        # 承接游泳项目: a verb and its object, unless [long_name] inside lists it or a
        # noun before it makes it a word of the name (汽车滚装物流中心, 智能充电设备)
        return not content_before
    if tag == "m" and not (w.startswith("第") or any(ch.isdigit() for ch in w)):
        return True          # 一批, 多条: a count, not a word of the name
    # (a number before a unit counts; a year right before a name the lexicon knows dates the
    # event the name is the theme of: 2025|青禾（云溪）自由贸易试验区…推介会)
    return w.isdigit() and counts_or_dates(ctx, t)
