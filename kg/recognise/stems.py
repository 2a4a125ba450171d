"""Names whose first words jieba tagged as something else: a place's stem read as a time
(湖北|隆中) or a sum (八角|湾), a brand of numerals cut after its first character (三|一重|能).
The walks left over a name's modifier (modifier.py) ask these where they would stop."""
from __future__ import annotations

from ..model import Token
from .context import Context
from .proper_words import numeral_stem
from .text import COUNT_WORDS, NUMERAL_CHARS, han, is_punct


def time_stem(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the word ``before[k]``, right before the name so far, is a word jieba tags a
    time that holds no character of times ([modifier] time_chars) and comes right after a
    place the lexicon knows: the stem of a name (湖北|隆中|实验室), not when (今年)."""
    t = before[k]
    if t.end != start or k == 0 or len(t.text) < 2 or not han(t.text) or ctx.seg.tag(t.text) != "t" \
            or any(ch in ctx.rules.time_chars for ch in t.text) or t.text in ctx.rules.boundary:
        return False
    prev = before[k - 1]
    return prev.end == t.start and ctx.lex.lookup(prev.text, "Place") is not None


def numeral_stem_before(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> bool:
    """True when the word ``before[k]`` the walk stopped at is a two-character word jieba tags
    a numeral, a numeral and a character that makes no count ([modifier]
    numeral_stem_counters), right before a place's unit (the head, nothing between) or a
    character jieba left alone that opens the name so far: a place's stem (八角|街道); or a
    numeral of one character that, with the whole words after it, spells a place the lexicon
    knows or a county's short form (八|公山|豆腐: `numeral_place`)."""
    t = before[k]
    if numeral_place(ctx, before, k, start, upto):
        return True
    if t.end != start or not numeral_stem(ctx, t.text):
        return False
    if start == upto:
        head = ctx.by_start.get(upto)
        h = ctx.rules.heads.get(head.text) if head is not None else None
        return h is not None and h.cls == "Place" and len(h.word) > 1
    nxt = before[k + 1]
    if ctx.seg.tag(nxt.text) == "ns" and len(nxt.text) > 1:
        return True   # 十里|长街: the rest of the stem is a place word of its own
    # (八里|湖|新区, 三眼|桥|街道: the character may stand right before the head)
    return len(nxt.text) == 1 and nxt.end <= upto and han(nxt.text) \
        and ctx.seg.tag(nxt.text) not in ctx.rules.lone_char_stop_tags and nxt.text not in ctx.rules.boundary


def numeral_opening(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the one-character numeral ``before[k]`` opens its clause and the name so far
    opens with a word jieba tags a numeral that is no count (三|一重|能: a brand of numerals,
    cut after its first character); a number that counts the name (三|个…) is no part of it."""
    t = before[k]
    if len(t.text) > 1:
        return numeral_brand(ctx, before, k, start)
    prev = before[k - 1] if k > 0 and before[k - 1].end == t.start else None
    if t.text not in NUMERAL_CHARS or t.end != start or k + 1 >= len(before) \
            or (t.start > 0 and not is_punct(ctx.text[t.start - 1])
                and (prev is None or prev.text not in ctx.rules.boundary)):
        return False   # (it opens its clause, or follows a boundary word: 隶属于|三|一重|能…)
    nxt = before[k + 1]
    return ctx.seg.tag(nxt.text) == "m" and nxt.text[0] in NUMERAL_CHARS and len(nxt.text) >= 2 \
        and not any(ch in ctx.rules.numeral_stem_counters or ch in COUNT_WORDS for ch in nxt.text[1:]) \
        and nxt.text not in ctx.rules.boundary


def numeral_brand(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the word ``before[k]`` is a numeral of digits' characters alone (九三, 十八: no
    百, 万 or 两 of sums) that jieba tags a numeral, right before the name so far and after
    punctuation or a word that ends a name, and the name so far opens with a word no counter
    begins: no number counts a noun without a counter, so the numeral is a brand's
    (与|九三|粮油工业集团, 推进|十八|子刀剪产业基地); a count (三|个, 十|家) or a sum is none."""
    t, text = before[k], ctx.text
    if t.end != start or k + 1 >= len(before) or ctx.seg.tag(t.text) != "m" or t.text in ctx.rules.boundary \
            or any(ch not in ctx.rules.numeral_brand_chars for ch in t.text):
        return False
    nxt = before[k + 1]
    if nxt.text[0] in ctx.rules.numeral_stem_counters or nxt.text[0] in COUNT_WORDS + NUMERAL_CHARS \
            or ctx.seg.tag(nxt.text)[:1] in ("m", "q", "t") or nxt.text in ctx.rules.boundary:
        return False
    prev = before[k - 1] if k > 0 else None
    return t.start == 0 or is_punct(text[t.start - 1]) or (
        prev is not None and prev.end == t.start and prev.text in ctx.rules.boundary)


def registered_numeral(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the word ``before[k]``, right before the words of a registered name (the
    caller knows a legal form closes it), is a numeral of digits' characters alone that
    counts nothing: the words after it open with no counter, numeral or measure (青岚|十八|
    湾旅游开发有限公司, 墨山|三七|产业投资有限公司, 了|五|福来面业集团分公司). No count
    stands inside a firm's registered name; a count before one (三|家|科技有限公司) is the
    clause's."""
    t = before[k]
    if t.end != start or k + 1 >= len(before) or ctx.seg.tag(t.text) != "m" or t.text in ctx.rules.boundary \
            or any(ch not in ctx.rules.numeral_brand_chars for ch in t.text):
        return False
    nxt = before[k + 1]
    return han(nxt.text) and nxt.text[0] not in ctx.rules.numeral_stem_counters \
        and nxt.text[0] not in COUNT_WORDS + NUMERAL_CHARS \
        and ctx.seg.tag(nxt.text)[:1] not in ("m", "q", "t") and nxt.text not in ctx.rules.boundary


def numeral_place(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> bool:
    """True when the one-character numeral ``before[k]``, right before the name so far, and
    the whole words after it (up to ``upto``) spell a place the lexicon knows or a county's
    short form: jieba cut a place's first character off as a number (八|公山 of 八公山区); a
    count (八|家, 三|个) spells none."""
    t = before[k]
    if t.end != start or len(t.text) != 1 or t.text not in NUMERAL_CHARS:
        return False
    for nxt in before[k + 1:]:
        if nxt.end > upto or nxt.end - t.start > 4:
            break
        w = ctx.text[t.start:nxt.end]
        if ctx.lex.lookup(w, "Place") is not None or ctx.lex.by_short_form(w, "Place"):
            return True
    return False
