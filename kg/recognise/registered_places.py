"""Where a firm's registered name that opens with its province, city or county starts, when
the long walk left (kg/recognise/long_names.py) would stop at a word jieba mis-tagged inside it:

- a county's or city's short form taken for an adverb or a verb (引进了|大同|星澜信息技术有限公司),
  ``short_place_at``;
- the brand's first word after the place taken for a verb, numeral or pronoun
  (云岭|延长|星澜化工有限公司), ``place_registered``;
- a list item that is a whole registered name (、福建|星锐|精密|铸造|有限公司、), ``item_registered``.

(Kept apart from the walk because each asks the lexicon's places and the firm's legal form,
not the walk's own state.)
"""
from __future__ import annotations

from ..model import Token
from .context import Context
from .modifier import firm_head_at
from .text import han, is_punct


def short_place_at(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> int:
    """How many words (1 or 2) ending with ``before[k]``, right before ``start``, make a county's or
    city's short form (the lexicon's column ``short``: 大同, 分宜, 尧|都) opening a firm's registered
    name, jieba having tagged them a stop (an adverb, a verb); 0 when none. Only before a firm's
    legal form, with a word after the short form, and no boundary word."""
    t = before[k]
    if start >= upto or t.end != start or not firm_head_at(ctx, upto):
        return 0
    if len(t.text) >= 2 and han(t.text) and t.text not in ctx.rules.boundary \
            and ctx.lex.by_short_form(t.text, "Place"):
        return 1
    p = before[k - 1] if k > 0 else None
    if p is not None and p.end == t.start and len(p.text) == 1 == len(t.text) and han(p.text + t.text) \
            and ctx.lex.by_short_form(p.text + t.text, "Place"):
        return 2     # (尧|都: jieba cut the short form in two)
    return 0


def item_registered(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> int:
    """Where a firm's registered name that fills a list item starts when the walk stopped
    inside it (、福建|星锐|精密|铸造|有限公司、, 、青州|星|澜堂…有限公司、): the item opens with a
    province, city or county ([long_name] place_led_levels) right after a list's mark, its
    legal form closes it before the next mark ([long_name] item_marks), no boundary word
    stands between, and it is at most item_registered_max characters long."""
    ln = ctx.rules.long_name
    marks, most = ln.get("item_marks", ""), ln.get("item_registered_max", 0)
    end = ctx.by_start.get(upto)
    if not marks or end is None or not firm_head_at(ctx, upto):
        return start
    while end is not None and end.text not in ctx.rules.legal_name.get("registered_forms", ()) \
            and ctx.rules.heads.get(end.text) is None:
        end = ctx.by_start.get(end.end)
    if end is None or (end.end < len(ctx.text) and ctx.text[end.end] not in marks):
        return start
    levels = set(ln.get("place_led_levels", ()))
    for j in range(k, -1, -1):
        t = before[j]
        if upto - t.start > most or not han(t.text) or t.text in ctx.rules.boundary:
            return start
        e = ctx.lex.lookup(t.text, "Place")
        if e is not None and set(e.levels) & levels and (j == 0 or before[j - 1].text[-1:] in marks):
            return t.start if j < k or t.end < start else start
    return start


def place_registered(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> bool:
    """True when the word ``before[k]`` the walk stopped at opens a firm's registered name
    right after its province, city or county ([long_name] place_led_levels): jieba took the
    brand's first word for a verb, a numeral or a pronoun ([long_name] place_led_tags:
    云岭|延长|星澜化工有限公司, 青川|三|赢澜科技有限公司). The place opens a clause (after
    punctuation or a boundary word), the head is a firm's legal form, and the word is no
    boundary word (在云岭|成立|星澜有限公司: the clause's verb) nor a count (云岭|首家)."""
    ln = ctx.rules.long_name
    t = before[k]
    tag = ctx.seg.tag(t.text)
    # (a boundary word only where it and the next character make a word jieba knows: 云岭|本|草堂…, 本草)
    if k < 1 or t.end != start or upto - start < 2 or not han(t.text) or (
            t.text in ctx.rules.boundary and not (len(t.text) == 1 and ctx.seg.knows(ctx.text[t.start:start + 1]))):
        return False
    if tag not in ln.get("place_led_tags", ()) or (tag != "v" and len(t.text) > 1):
        return False
    first = ctx.by_start.get(start)
    # (a measure word counts after a numeral only: 云岭|回春|堂…, a verb and the brand's last character)
    if first is None or (ctx.seg.tag(first.text)[:1] == "q" and tag != "v") or not firm_head_at(ctx, upto):
        return False
    p = before[k - 1]
    e = ctx.lex.lookup(p.text, "Place")
    if p.end != t.start or e is None or not set(e.levels) & set(ln.get("place_led_levels", ())):
        return False
    q = before[k - 2] if k > 1 and before[k - 2].end == p.start else None
    return q is None or is_punct(q.text[-1]) or q.text in ctx.rules.boundary \
        or ctx.seg.tag(q.text).startswith(tuple(ln.get("stop_tags", ())))
