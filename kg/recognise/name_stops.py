"""Where a name's walk stops: may a token sit inside a name ending at an offset
(a boundary word, punctuation, a verb, a time word or a count is none of a
name's), asked of every word by every walk left from a head, so kept per word
in Tables.stop_words. Apart from kg/recognise/context.py, which holds the
sentence the tests read."""
from __future__ import annotations

from ..model import Token
from .context import Context
from .text import STOP_TAGS, alnum, is_punct

_UNIT_AFTER = 2     # Tables.stop_words: the word stops a name when a number unit follows it


def stops(ctx: Context, t: Token, upto: int) -> bool:
    """True when token ``t`` cannot be part of a name ending at ``upto``."""
    # the answer hangs on the word alone, but for a number before a unit: a
    # sentence asks of the same words again and again (every name's walk left)
    memo = ctx.tables.stop_words
    r = memo.get(t.text)
    if r is None:
        r = memo[t.text] = _word_stops(ctx, t.text)
    if r == _UNIT_AFTER:
        return counts_or_dates(ctx, t)
    return r


def counts_or_dates(ctx: Context, t: Token) -> bool:
    """True when the number ``t`` counts (a unit follows it: 3|个) or is a year dating the
    event a name the lexicon knows is the theme of (``year_before_name``): no word of a name."""
    text = ctx.text
    return (t.end < len(text) and text[t.end] in ctx.rules.number_units) or year_before_name(ctx, t)


def year_before_name(ctx: Context, t: Token) -> bool:
    """True when ``t`` is a year right before a name the lexicon knows (2023|青禾经开区
    招商推介会): the year dates the event, it is no word of the name."""
    if len(t.text) != 4 or t.text[:2] not in ("19", "20"):
        return False
    nxt = ctx.by_start.get(t.end)
    return nxt is not None and ctx.lex.lookup(nxt.text) is not None


def _word_stops(ctx: Context, w: str) -> bool | int:
    """`stops` of the word ``w``: True, False or _UNIT_AFTER."""
    tag = ctx.seg.tag(w)
    if w in ctx.rules.boundary or any(is_punct(ch) for ch in w) or (
            w.endswith(tuple(ctx.rules.data.get("modifier", {}).get("time_ends", ())))):
        return True     # (民国时期|青禾镇: a period jieba keeps whole, whatever its tag, says when)
    if ctx.lex.lookup(w) is None and w not in ctx.rules.name_internal and not numeral_street(ctx, w, tag):
        if tag[:1] in STOP_TAGS or tag in ("t", "m", "mq", "ad") or (
                tag[:1] == "v" and tag != "vn" and len(w) > 1):
            return not ((alnum(w) and tag in ("m", "eng", "")) or (tag == "m" and w.startswith("第")
                                                                    and not w.endswith(_ordinal_counts(ctx))))
    return _UNIT_AFTER if w.isdigit() else False


def _ordinal_counts(ctx: Context) -> tuple[str, ...]:
    """The counters that make an ordinal a count of things, no word of a name (亚洲|第一个|专业
    货运机场, 第三家|星澜门店): rules.toml [modifier] ordinal_counts; 第二条|总装线 stays."""
    return tuple(ctx.rules.data.get("modifier", {}).get("ordinal_counts", ""))


def numeral_street(ctx: Context, w: str, tag: str) -> bool:
    """True when ``w`` is a street named by a date the dictionary tags as a numeral (五一路)."""
    return tag == "m" and len(w) > 2 and w[-1] in ctx.rules.numeral_streets


def stops_plain(ctx: Context, t: Token, upto: int) -> bool:
    """`stops` without the table of words (tests/test_speed_paths.py compares them): the word's
    answer asked anew each time."""
    r = _word_stops(ctx, t.text)
    return counts_or_dates(ctx, t) if r == _UNIT_AFTER else r


def boundary_tail(ctx: Context, t: Token) -> bool:
    """True when jieba's HMM glued a character onto a boundary word of two characters or
    more into one unknown word (发展带|北接 -> 带北接; 园区|东至 -> 区东至): the name after
    it begins after the word, which is none of its own (星澜港|东至 stays a known name)."""
    w = t.text
    if len(w) < 3 or ctx.seg.tag(w) or ctx.lex.lookup(w) is not None:
        return False
    return any(w[i:] in ctx.rules.boundary for i in range(1, len(w) - 1))


def size_count_end(ctx: Context, t: Token) -> int | None:
    """Where the size a number ``t`` gives a farm or a base ends: the number, a multiplier and a
    counter of [modifier] size_counters after it (建设了3000|箱中蜂养殖基地, 3|万羽乌骨鸡养殖基地:
    hives, birds, heads), jieba's glue of the counter onto the next word or not; the name
    begins after it. None when no such counter follows, or a rate word comes before the number
    ([modifier] rate_words: 年出栏100万头生猪养殖基地 is named by its yearly output, whole)."""
    conf = ctx.rules.data.get("modifier", {})
    counters = conf.get("size_counters", "")
    text = ctx.text
    if not counters or not t.text.replace(".", "").isdigit():
        return None
    k = t.end + (text[t.end:t.end + 1] in ("万", "千", "百"))
    if text[k:k + 1] not in counters or k + 1 >= len(text) \
            or text.endswith(tuple(conf.get("rate_words", ())), 0, t.start):
        return None
    return k + 1


def counted(ctx: Context, name: str, start: int, at_start: bool = False) -> bool:
    """True when rules.toml [modifier] bad_pattern finds a count in ``name`` (at ``start`` in the
    sentence; ``at_start``: only one opening it): 四大商圈, 3个项目. Not a numeral and a counter
    inside a word the lexicon knows as a place or a place's short form (五家渠 of 五家渠市,
    云溪|五家渠|星澜材料有限公司): that is the place's name, no count."""
    pat = ctx.rules.modifier_bad_pattern
    if pat is None:
        return False
    for m in pat.finditer(name):
        if at_start and m.start():
            break
        t = _token_over(ctx, start + m.start(), start + m.end())
        if t is None or not _place_word(ctx, t.text):
            return True
    return False


def _token_over(ctx: Context, s: int, e: int) -> Token | None:
    """The token holding the characters [s, e) of the sentence, if one does."""
    for t in ctx.toks:
        if t.start <= s and e <= t.end:
            return t
    return None


def _place_word(ctx: Context, w: str) -> bool:
    """True when ``w`` is a place the lexicon knows, by name or short form."""
    return ctx.lex.lookup(w, "Place") is not None or bool(ctx.lex.by_short_form(w, "Place"))
