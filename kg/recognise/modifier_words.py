"""What the words of a name's modifier are (kg.recognise.heads): a word no
dictionary knows (a coined brand), a place's, an organisation's or a brand's
word, a locality ending it, a word of the head's own kind — the tests a head's
modifier walk asks before it takes a span as a name."""
from __future__ import annotations

from .context import Context
from .proper_words import proper, shop_morpheme
from .text import HIGHER_LEVELS, alnum


def block_name(ctx: Context, mod: str, h) -> bool:
    """True when a commercial district's modifier is a block's name of two characters or
    more and a word such names end in (rules.toml [place] block_name_ends: 海韵|里, 潭畔|里):
    the dictionary's words make a name there."""
    return h.cls == "CommercialDistrict" and len(mod) >= 3 and mod.endswith(ctx.rules.block_name_ends)


def verb_only(ctx: Context, mod: str) -> bool:
    """True when ``mod`` is one verb (生产|电子, 制造|汽车): what firms do and the product,
    not a brand and its trade."""
    toks = ctx.seg.tokens(mod)
    return len(toks) == 1 and ctx.seg.tag(mod)[:1] == "v" and ctx.lex.lookup(mod) is None


def own_word_in(ctx: Context, mod: str) -> bool:
    """True when a legal name's modifier holds a word that is no track, trade or
    generic word (特来电新能源|股份有限公司; not 新能源科技|有限公司): the firm's own."""
    toks = ctx.seg.tokens(mod)
    return len(toks) > 1 and any(
        not ctx.lex.lookup(t.text, "IndustryTrack") and t.text not in ctx.rules.heads
        and t.text not in ctx.tables.generic and not alnum(t.text) for t in toks)


def places_only(ctx: Context, mod: str) -> bool:
    """True when ``mod`` is made of places the lexicon lists and nothing else (云溪县, 青禾省云溪县):
    it says where, and names no one thing there."""
    toks = ctx.seg.tokens(mod)
    return bool(toks) and all(ctx.lex.lookup(t.text, "Place") for t in toks)


def topic_end(ctx: Context, mod: str, h) -> bool:
    """True when a body named by what it studies (rules.toml [modifier] topic_heads) has a
    modifier ending in a topic word of [modifier] topic_ends after a word of its field
    (汽车|轻量化|联合实验室): the topic, not a kind (数字化|车间)."""
    if h.word not in ctx.rules.topic_heads or not mod.endswith(ctx.rules.topic_ends):
        return False
    toks = ctx.seg.tokens(mod)
    return len(toks) > 1 and len(toks[-1].text) >= 3 and toks[-1].text.endswith(ctx.rules.topic_ends)


def inside_end(ctx: Context, mod: str) -> bool:
    """True when ``mod`` ends in a word [long_name] lets inside a long name (产业化)."""
    return mod.endswith(tuple(ctx.rules.long_name.get("inside", ())))


def unknown_word_in(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a word of two or more characters that neither
    jieba's dictionary nor the lexicon knows: a coined name (青禾, 云栖)."""
    return any(len(t.text) > 1 and not ctx.seg.knows(t.text) and not alnum(t.text)
               and t.text not in ctx.rules.not_proper for t in ctx.seg.tokens(span))


def org_word_in(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a firm or body the lexicon knows (推进星澜集团|研发中心项目|建设):
    the thing is that one's, named as a coined word would name it."""
    return any(ctx.lex.lookup(t.text, "Enterprise") or ctx.lex.lookup(t.text, "Institution")
               for t in ctx.seg.tokens(span))


def brand_in(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a proper word that is no place: a firm's brand
    (星澜|云溪基地), not only where the thing lies (云溪|基地, 华东|首店)."""
    toks = ctx.seg.tokens(span)
    for i, t in enumerate(toks):
        if t.text in ctx.rules.not_proper:
            continue
        if shop_morpheme(ctx, toks, i):
            return True     # 仁济|堂|人民路店: an old shop's name
        e = ctx.lex.lookup(t.text)
        if e is not None:
            if e.cls not in ("IndustryTrack", "Place"):
                return True
            continue
        if ctx.seg.tag(t.text) == "ns":
            continue
        # (not "j": the dictionary's abbreviations are trade words too: 仓储)
        if ctx.seg.tag(t.text) in ("nr", "nrt", "nrfg", "nt", "nz", "eng", "x", "") or alnum(t.text):
            return True
    return False


def locality_last(ctx: Context, mod: str) -> bool:
    """True when ``mod`` ends in a place word no list holds (X钢铁|半山|基地): a site named
    after its locality, the works' old ground, is a place; after a city the lexicon knows
    it is the firm's site there (星澜|云州|基地)."""
    toks = ctx.seg.tokens(mod)
    return len(toks) > 1 and ctx.seg.tag(toks[-1].text) == "ns" and ctx.lex.lookup(toks[-1].text) is None


def place_word_in(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a place word no list holds (南岗 in 蜀山区南岗片区建设): a
    local name, as a coined word is."""
    return any(len(t.text) > 1 and ctx.seg.tag(t.text) == "ns" and not ctx.lex.lookup(t.text)
               for t in ctx.seg.tokens(span))


def place_ends(ctx: Context, start: int, mod_end: int) -> bool:
    """True when a place the lexicon knows ends the modifier start..mod_end as one token: a
    generic word its name ends in (盐城市, 宣城市: 城市) is no word of the modifier."""
    t = ctx.by_end.get(mod_end)
    return t is not None and t.start >= start and ctx.lex.lookup(t.text, "Place") is not None


def local_name_in(ctx: Context, mod: str, h=None) -> bool:
    """True when ``mod`` ends in a generic word that names can carry (智慧, 未来;
    rules.toml [generic.name_part]; before a commercial district's head also 中心,
    核心) after a proper word: a coined word, a place (望江智慧产业园,
    南京类脑智能未来产业园, 云溪中心商圈): then it is part of the name."""
    toks = ctx.seg.tokens(mod)
    words = ctx.rules.name_part
    if h is not None and h.cls == "CommercialDistrict":
        words = words | ctx.rules.district_name_part
    if len(toks) < 2 or toks[-1].text not in words:
        return False
    return ("等" not in mod           # 恒隆广场等市重点项目: the end of a list, not a name
            and proper(ctx, mod[:toks[-1].start]))


def admin(ctx: Context, word: str) -> bool:
    """True when ``word`` names a province, a city or a county (南京 for 南京市)."""
    e = ctx.lex.lookup(word, "Place")
    return bool(e and (e.levels or any(s.startswith("cn-admin") for s in e.sources)))


def admin_prefix(ctx: Context, word: str) -> int:
    """Length of a province or city (a known place ending in 省/市/自治区) that begins
    ``word`` and leaves a name after it: jieba keeps 上海市浦东新区 in one token."""
    for n in range(len(word) - 2, 1, -1):
        if word[:n].endswith(HIGHER_LEVELS) and ctx.lex.lookup(word[:n], "Place"):
            return n
    return 0


def kind_only(ctx: Context, mod: str) -> bool:
    """True when every word of ``mod`` says only a kind: a track (大数据), a head (总部)
    or a generic word."""
    return all(ctx.lex.lookup(t.text, "IndustryTrack") or t.text in ctx.rules.heads
               or t.text in ctx.tables.generic for t in ctx.seg.tokens(mod))


def known_firm_at(ctx: Context, at: int) -> bool:
    """True when the token at char ``at`` is a firm the lexicon knows (产品配套|X汽车)."""
    t = ctx.by_start.get(at)
    return t is not None and ctx.lex.lookup(t.text, "Enterprise") is not None


def bad_end(ctx: Context, mod: str, h) -> bool:
    """True when ``mod`` ends in a word no name's modifier ends in (rules.toml [modifier] bad_end:
    数字化, 新型, 的); an end of [modifier] suffix_ends counts only as a suffix after a root of two
    characters or more (数字化), not closing a two-character word (文化, 石化: a field's noun),
    before any head but a place's (X文化公园 is read as the project it is elsewhere: one name
    read as two classes makes two entities); nor closing a word jieba knows as a place's name
    (大庆石化: a plant's, named by its city and its field: 星澜|大庆石化|分公司)."""
    if not mod.endswith(ctx.rules.modifier_bad_end):
        return False
    if not mod.endswith(ctx.rules.modifier_suffix_ends) or h.cls == "Place":
        return True
    toks = ctx.seg.tokens(mod)
    return not toks or (len(toks[-1].text) != 2 and ctx.seg.tag(toks[-1].text) != "ns")


def verb_before_place(ctx: Context, t, start: int, upto: int | None = None) -> bool:
    """True when the word ``t`` is a verb (jieba's ``v``, two characters or more, no name the
    lexicon knows) right before a province, city or county ([long_name] place_led_levels) that
    opens the name at ``start``: the clause's verb and its object (组织|广西星澜…有限公司参展,
    展示|云溪港核电站), no word of the name, which its place opens. A verbal noun too when a
    full legal form closes the name at ``upto`` (定向|供应|云岭星澜…有限公司; not 京|运通|云岭基地
    项目, a brand jieba cut)."""
    tag = ctx.seg.tag(t.text)
    verb = tag == "v" or (tag in ctx.rules.long_name.get("verb_before_firm_tags", ()) and upto is not None
                          and legal_form_at(ctx, upto))
    if t.end != start or len(t.text) < 2 or not verb or ctx.lex.lookup(t.text) is not None:
        return False
    p = ctx.by_start.get(start)
    e = ctx.lex.lookup(p.text, "Place") if p is not None else None
    return e is not None and bool(set(e.levels) & set(ctx.rules.long_name.get("place_led_levels", ())))


def other_firm_before(ctx: Context, t, upto: int) -> bool:
    """True when the word ``t`` ends with a word for a firm ([long_name] other_firm_words: 公司)
    and a full legal form starts at ``upto`` (legal_form_at): another firm, or the kind of the firm
    named after it (文旅科技公司|星澜云游科技有限公司). Not before a branch's or a unit's head (星澜
    保险公司|云溪分公司, 星澜股份有限公司|云溪分行: named after the firm whose word it holds)."""
    ln = ctx.rules.long_name
    words = tuple(ln.get("other_firm_words", ()))
    if not words or not t.text.endswith(words):
        return False
    return legal_form_at(ctx, upto)


def legal_form_at(ctx: Context, upto: int) -> bool:
    """True when a full legal form ([long_name] other_firm_heads) starts at ``upto``, maybe after
    the trade words or heads the firm's name registers (星澜影视|文化|有限公司)."""
    ln = ctx.rules.long_name
    trades = ctx.rules.legal_name.get("trade_words", ())
    h = ctx.by_start.get(upto)
    for _ in range(3):
        head = ctx.rules.heads.get(h.text) if h is not None else None
        if h is None or h.text in ln.get("other_firm_heads", ()) or not (
                h.text in trades or (head is not None and head.cls == "Enterprise")):
            break   # (星澜影视|文化|有限公司: a trade head the legal form closes)
        h = ctx.by_start.get(h.end)
    return h is not None and h.text in ln.get("other_firm_heads", ())
