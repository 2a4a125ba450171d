"""Firms named by their city, a coined brand and their trade (扬州|星芯|电子, 湖州|博瑞|自动化).

A trade head (rules.toml [[head]] with `context`) needs a word around it that introduces
firms, for a bare "X电子" in running text is too often a common word; and its modifier
stops at a place before it, so 拱墅区|星澜科技 is a district and a firm. A city's or a
province's short name glued to a brand no dictionary knows is another shape: firms are
registered that way (扬州…电子有限公司 shortened to the city, the brand and the trade), and
the three together are no common word. The name then keeps the city, and needs no context.
"""
from __future__ import annotations

from .context import Context
from .proper_words import proper


def city_opening(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when a trade head's modifier ``text[start:mod_end]`` is a city's or province's
    short name and a coined brand after it (扬州|星芯 before 电子)."""
    if h.cls != "Enterprise" or not h.context:
        return False
    if ctx.text.startswith(ctx.rules.context_after, mod_end):
        return False   # (新余|钢铁集团|控股的X: the head word opens what says the name before holds X)
    t = ctx.by_start.get(start)
    if t is None or t.end >= mod_end:
        return False
    word = t.text
    units = tuple(ctx.rules.brand.get("city_firm_not_after", ()))
    if len(word) < 2 or (units and word.endswith(units)):
        return False   # (拱墅区|星澜科技: a district with its unit is a place of its own)
    e = ctx.lex.lookup(word, "Place")
    if not (e and (e.levels or any(s.startswith("cn-admin") for s in e.sources))) \
            and not _county_short(ctx, word):
        return False
    rest = ctx.text[t.end:mod_end]
    # (湖州|生物医药: a track after a city is no brand; nor a place or a part of town: 杭州|拱墅,
    # 杭州|城西, words jieba tags for places and where: [brand] city_firm_not_brand_tags)
    tags = tuple(ctx.rules.brand.get("city_firm_not_brand_tags", ()))
    return proper(ctx, rest) and not any(ctx.lex.lookup(w.text, "Place") or ctx.seg.tag(w.text) in tags
                                         for w in ctx.seg.tokens(rest))


def _county_short(ctx: Context, word: str) -> bool:
    """True when ``word`` is the short form of a county or a county-level city the lexicon
    knows ([brand] city_firm_short_units: 建瓯 of 建瓯市, 光泽 of 光泽县)."""
    units = tuple(ctx.rules.brand.get("city_firm_short_units", ()))
    return bool(units) and any(p.name.endswith(units) for p in ctx.lex.by_short_form(word, "Place"))


def group_branch(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when a trade head's modifier ``text[start:mod_end]`` opens with a national group's
    short form ([context] group_shorts: 国网) and a place right after it (the lexicon's, or a word
    jieba tags a place): the group's branch there (国网|云溪|供电公司), a firm wherever it stands."""
    if h.cls != "Enterprise" or not h.context:
        return False
    t = ctx.by_start.get(start)
    if t is None or t.text not in ctx.rules.data.get("context", {}).get("group_shorts", ()):
        return False
    p = ctx.by_start.get(t.end)
    return p is not None and p.end < mod_end and (ctx.lex.lookup(p.text, "Place") is not None
                                                  or ctx.seg.tag(p.text) == "ns")   # (黑河: a city and a river)
