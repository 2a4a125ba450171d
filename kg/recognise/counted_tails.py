"""A list whose text before its count ends on another count and its noun (A街道、B街道2个街道、
30个社区; A镇、B镇3个镇和2个街道): the second count numbers things the text does not name, its
"list" is the first list and the first count, no items of its own (the last of them would be
read as B街道2个街道)."""
from __future__ import annotations

from .context import Context
from .text import JOIN_CHARS, LIST_SEP


def ends_counted(ctx: Context, list_text: str) -> bool:
    """True when ``list_text`` (the text before a list's count) ends on a count and its noun of
    one to four characters (2个街道, 3个镇: not after 等, whose list it is), or of up to eight
    when it ends on a list's noun (A、B两家省级龙头企业和…: the noun's own modifier before it)."""
    rest = list_text.rstrip(LIST_SEP + JOIN_CHARS + " ")
    most = 9 if rest.endswith(tuple(ctx.rules.enum_nouns)) else 5
    for k in range(1, most):
        noun = rest[len(rest) - k:]
        if len(noun) < k or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
            return False
        c = ctx.tables.counter_re.search(rest, max(0, len(rest) - k - 8), len(rest) - k)
        if c is not None and not c.group("deng") and c.end() == len(rest) - k:
            return True
    return False


def whose_list(ctx: Context, list_text: str) -> bool:
    """True when ``list_text`` (the text before a list's count) ends in 的 right after a name's
    word (A园区、B开发区的|64家企业): the list says whose the counted things are, not which; after
    a verb (与A、B并列的|三大产业) the clause describes them and the list is its items."""
    if not list_text.endswith("的"):
        return False
    t = ctx.by_end.get(len(list_text) - 1)
    return t is not None and not ctx.seg.tag(t.text).startswith("v") and t.text not in ctx.rules.boundary
