"""A name's first (or inner) character that jieba read as a function word.

jieba tags a lone character by its commonest use: 万 a number, 依 an adverb, 吾 a
pronoun. Right before a piece of a proper name that jieba could only tag as a
person's or another proper name (万|峰林 nz, 阿克|依|布拉克 nr, 吾|库萨克 nr), no
number counts and no adverb or pronoun acts: the character is the name's, cut off
by the segmenter ([boundary] edge_char_tags, edge_next_tags). A boundary word (在,
也, 将 …) stays one, and so does a numeral after a number (5|万|…).
"""
from __future__ import annotations

from .context import Context
from .text import NUMERAL_CHARS, is_punct


def edge_char(ctx: Context, before: list, k: int, start: int) -> bool:
    """True when the one-character word ``before[k]``, right before the name's words that
    begin at ``start``, is a character of the name (万|峰林|街道, 阿克|依|布拉克|村)."""
    t = before[k]
    if len(t.text) != 1 or t.end != start or k + 1 >= len(before) or t.text in ctx.rules.boundary \
            or t.text in ctx.rules.glued_boundary or is_punct(t.text):
        return False
    b = ctx.rules.data["boundary"]
    tag = ctx.seg.tag(t.text)
    if tag not in b.get("edge_char_tags", ()) or (tag == "m" and t.text not in NUMERAL_CHARS):
        return False    # (打卡|点|小河公园: a measure word jieba tags a number, no numeral)
    nxt = before[k + 1]
    if nxt.start != start or len(nxt.text) < 2 or ctx.seg.tag(nxt.text) not in b.get("edge_next_tags", ()):
        return False
    prev = before[k - 1] if k > 0 else None
    # (3|万|…, 一|万|…: a number's unit, no name's character)
    return prev is None or prev.end != t.start or not (prev.text[-1].isdigit() or prev.text[-1] in NUMERAL_CHARS)
