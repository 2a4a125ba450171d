"""Names jieba keeps in one word with their one-character head inside (石祥路,
中山北路, 新港路, 洞庭湖): when such a word is a name, how much of it, and when a
river's or a lake's word is a place of its own rather than the opening of a
longer name (rules.toml [head_inside_word])."""
from __future__ import annotations

from ..model import Token
from .context import Context
from .proper_words import proper
from .text import alnum


def glued_name(ctx: Context, t: Token) -> bool:
    """A token that is a name with its one-character head inside: a word jieba
    made up (石祥路), a place word of its dictionary (中山北路, 西路) or a proper name
    it lists under another tag (新港路/nz, 白浪河/nr); not a common word ending so
    (印制电路, 护城河) nor a phrase jieba glued to a preposition (于|长江)."""
    iw = ctx.rules.inside_word
    w = t.text
    if ctx.lex.lookup(w) is not None or w in ctx.rules.boundary:
        return False     # (开街: a verb jieba made up, no street)
    return (not ctx.seg.knows(w) or ctx.seg.tag(w) in iw.get("tags", ("ns", "j"))) \
        and w[-1] in ctx.rules.heads_inside_word and w[0] not in iw.get("not_first", "") \
        and not w.endswith(tuple(iw.get("not_ends", ())))


def place_word(ctx: Context, t: Token, end: int) -> bool:
    """True when the token ``t`` ends at ``end`` and is a word the dictionary tags a place
    ([head_inside_word] short_tags) and the lexicon does not list (长白山区/ns: a mountain area;
    not 桃山区, a district the lexicon names)."""
    return t.end == end and ctx.seg.tag(t.text) in ctx.rules.inside_word.get("short_tags", ()) \
        and ctx.lex.lookup(t.text) is None


def whole_word(ctx: Context, t: Token, start: int) -> bool:
    """True when a place's name is the whole of the dictionary's word ``t`` (three
    characters or more, or a river's of two; its head inside) and the words before it are common ones
    (夜游|洞庭湖: not 夜游洞庭湖; but 上塘|古运河, a proper word before, is one name)."""
    return (len(t.text) >= 3 or _short(ctx, t)) and ctx.seg.knows(t.text) and start < t.start \
        and glued_name(ctx, t) and not proper(ctx, ctx.text[start:t.start]) and not water_opening(ctx, t, start)


def water_opening(ctx: Context, t: Token, start: int) -> bool:
    """True when the one character from ``start`` right before a river's word of two characters
    ``t`` (前|溪河, 立|曲河; a river's, [head_inside_word] water_open_heads) is the first of the
    water's name: it stands alone, no function word, where a name opens (a table's cell, a list's
    item, after 支流 or 位于: water_open_marks, water_open_after)."""
    iw = ctx.rules.inside_word
    if start != t.start - 1 or not _short(ctx, t) or t.text[-1] not in iw.get("water_open_heads", ""):
        return False
    one = ctx.by_end.get(t.start)
    if one is None or one.start != start or one.text in ctx.rules.boundary \
            or one.text in ctx.rules.glued_boundary or one.text in iw.get("not_first", "") \
            or ctx.seg.tag(one.text)[:1] in iw.get("water_open_not_tags", ()):
        return False
    if start == 0 or ctx.text[start - 1] in iw.get("water_open_marks", ""):
        return True
    before = ctx.by_end.get(start)
    return before is not None and before.text in iw.get("water_open_after", ())


def short_water(ctx: Context, t: Token, start: int, end: int) -> bool:
    """True when start..end is the whole of a two-character place word of the
    dictionary ending in a river's or a lake's head (湘江, 淮河, 巢湖): one character
    names a water there (two-character streets, 北街, 西路, end longer names)."""
    return t.start == start and t.end == end and _short(ctx, t) and glued_name(ctx, t)


def _short(ctx: Context, t: Token) -> bool:
    iw = ctx.rules.inside_word
    return len(t.text) == 2 and t.text[-1] in iw.get("short_heads", "") \
        and ctx.seg.tag(t.text) in iw.get("short_tags", ())


def opens_name(ctx: Context, t: Token, end: int) -> bool:
    """True when a river's or a lake's word ``t`` (ending at ``end``), a name by itself,
    is followed by a noun it qualifies (湘江|风光带, 南湖|大道, 金沙江|路, 大纵湖|旅游度假区): it opens a
    longer name or phrase then, it is not a place of its own; unless a word of going
    along or lying by it stands before it (沿|嘉陵江|建设滨江步道)."""
    iw = ctx.rules.inside_word
    if ctx.text[end - 1:end] not in iw.get("short_heads", "") or t.end != end:
        return False
    nxt = ctx.by_start.get(end)
    if nxt is None:
        return False
    before = ctx.by_end.get(t.start)
    if before is not None and before.text in iw.get("water_cues", ()):
        return False
    if nxt.text in iw.get("water_parts", ()):
        return False     # (长江|支流: a part of the water, which is named)
    # (a head, a street's character or a number after it opens a name: 汴河|街上, 南湖|1958文创街区)
    return ctx.seg.tag(nxt.text).startswith(tuple(iw.get("water_not_before_tags", ()))) \
        or nxt.text in ctx.rules.heads or nxt.text[0] in ctx.rules.heads_inside_word or alnum(nxt.text)
