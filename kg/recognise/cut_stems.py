"""A place's stem that opens a long project name, cut by jieba into a word the walk left
(kg/recognise/long_names.py) would stop at:

- a transliterated name whose last character jieba split off and took for a verb or an
  adverb ([long_name] name_end_chars: 乌斯|太|厂区15万千瓦…项目, 青禾达|来|60万千瓦风电项目);
- a street named by a date, whose numerals jieba took for a count ([long_name]
  date_street_heads: 五一|北路夜景亮化工程).
"""
from __future__ import annotations

from ..model import Token
from .context import Context
from .text import NUMERAL_CHARS, han


def name_end_before(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> bool:
    """True when ``before[k]``, right before the name's words so far, is a character that ends
    transliterated place names and ``before[k-1]`` is a word of two or more characters glued to
    it that the lexicon does not know as a word of its own (jieba's guess, or a place jieba
    tags that no source knows): the two are one name (乌斯太). Not after a place the lexicon
    knows (青禾县|来|…: the verb of the clause), nor when the two make a word jieba knows."""
    t = before[k]
    ends = ctx.rules.long_name.get("name_end_chars", "")
    if k < 1 or start >= upto or t.end != start or len(t.text) != 1 or t.text not in ends:
        return False
    p = before[k - 1]
    if p.end != t.start or len(p.text) < 2 or not han(p.text) or p.text in ctx.rules.boundary:
        return False
    if ctx.lex.lookup(p.text) is not None or ctx.seg.knows(p.text + t.text):
        return False
    tag = ctx.seg.tag(p.text)
    return (not ctx.seg.knows(p.text) and tag in ("", "x")) or tag == "ns"


def date_street_before(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when ``before[k]`` is two numeral characters jieba tags a numeral (五一, 八一) right
    before a word that ends in a street's head ([long_name] date_street_heads: 北路, 路): a
    street named by a date, the place a project is named after, not a count."""
    t = before[k]
    if t.end != start or len(t.text) != 2 or not all(ch in NUMERAL_CHARS for ch in t.text) \
            or ctx.seg.tag(t.text) != "m" or k + 1 >= len(before):
        return False
    nxt = before[k + 1]
    return nxt.start == start and nxt.text.endswith(tuple(ctx.rules.long_name.get("date_street_heads", ())))
