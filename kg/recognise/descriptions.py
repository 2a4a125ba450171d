"""Checks that a head-shaped span is no name but a description or a phrase: a
one-character verb taking the head as its object (建|园区), a lone word saying where
or when (区内|商圈), a counted category (旧改项目52个), a kind after 的 with no proper
word, an honour sought (创建…示范区), a programme in quotes (“X工程”), a head after a
head of its kind (步行街|街); and a service centre named by its level of government,
which is a public body.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [m.name for m in r.sentence_mentions("d", 0, "首个文创产业基地建成")]
    []
"""
from __future__ import annotations

import re

from ..rules import rx
from .context import Context
from .proper_words import cut_place, proper
from .modifier_words import admin, block_name
from .openings import co_built, national
from .text import CLOSE_QUOTES, OPEN_QUOTES


def verb_before(ctx: Context, at: int) -> bool:
    """True when the token right before the head at ``at`` is a one-character verb that
    takes a place as its object (rules.toml [modifier] object_verbs): only those, as
    names have one-character verbs before their heads too (云|汇|中心)."""
    t = ctx.by_end.get(at)
    return t is not None and t.text in ctx.rules.object_verbs


def lone_function_word(ctx: Context, start: int, mod_end: int) -> bool:
    """True when the modifier is one word that says where or when, or links words
    (建成|后|机场, 区内|商圈; rules.toml [modifier] lone_char_stop_tags, lone_words):
    the head is a common noun there.  Longer words of the same tags may be places
    (后海, 城北), so only one character is read by its tag."""
    t = ctx.by_start.get(start)
    if t is None or t.end != mod_end:
        return False
    return t.text in ctx.rules.lone_words or (
        len(t.text) == 1 and ctx.seg.tag(t.text) in ctx.rules.lone_char_stop_tags)


def level_body(ctx: Context, name: str, start: int) -> bool:
    """区家庭心理服务中心, 杭州市知识产权交易服务中心: a service centre named by the
    level of government it belongs to (a bare 区/市/省/县, or a city or
    district name) is a public body, not a project."""
    lb = ctx.rules.level_bodies
    if national(ctx, name):
        return True
    if not name.endswith(tuple(lb.get("heads", ()))):
        return False
    if name[:1] in lb.get("levels", ()) and not ctx.lex.lookup(name[:2], "Place"):
        return True
    first = ctx.by_start.get(start)
    if first is not None and first.end in ctx.by_start and cut_place(ctx, first.text, ctx.by_start[first.end].text):
        first = ctx.by_start[first.end]   # 青北|州|检验检测中心: a place jieba cut in two, its unit's character
        return first.text.endswith(tuple(lb.get("levels", ())))
    return bool(first and ctx.lex.lookup(first.text, "Place")
                and (first.text.endswith(tuple(lb.get("levels", ()))) or admin(ctx, first.text)))


def is_description(ctx: Context, start: int, end: int, mod: str, h) -> bool:
    """True when a head-shaped span is a description, not a name: a counted
    category (旧改项目52个), one of a kind after 首个/一批/…的 with no proper
    word (首个文创产业基地), or an honour sought or won (创建…示范区)."""
    text = ctx.text
    r = ctx.rules
    if r.counted_after and r.counted_after.match(text[end:]) \
            and not (h.cls == "Enterprise" and h.context and proper(ctx, mod)):
        return True   # (仅有扬州星芯电子|1家: a firm's brand before the count is a name, the count its own)
    before = text[:start]
    if before.endswith(r.describing) and not proper(ctx, mod) and not r.located_of.search(before) \
            and not block_name(ctx, mod, h) \
            and not national(ctx, text[start:end]) and not _registered(ctx, mod, h) and not co_built(ctx, start, h):
        return True  # (位于X的集成电路产业园: 的 says where the name lies, not what kind it is;
        # 建设的国家X检测中心: the state's name is as proper as a place's; A与B共建的X研究院: the thing built)
    if h.honour or any(w in text[start:end] for w in r.honour_title_words):
        clause = re.split(r"[，。；：,;:！？]", before)[-1]
        if any(v in clause for v in r.honour_verbs):
            return True
    return False


def _registered(ctx: Context, mod: str, h) -> bool:
    """True when the head is a registered company's form ([legal_name] registered_forms:
    有限公司 …) after a brand and a trade (控股的|宏图精工|有限公司): the form names one firm
    whatever the dictionary makes of its brand; a trade alone (新成立的|科技|有限公司) names none."""
    ln = ctx.rules.legal_name
    return h.word.endswith(tuple(ln.get("registered_forms", ()))) and len(mod) >= ln.get("registered_min", 99)


def stacked_head(ctx: Context, mod: str, h) -> bool:
    """True when ``mod`` is or ends in a head of two or more characters of ``h``'s kind
    (places and commercial districts being one kind)."""
    inner = ctx.rules.heads.get(mod) or ctx.rules.head_of(mod)
    if inner and inner.cls == "Place" and h.word in ctx.rules.road_heads and inner.word not in ctx.rules.road_heads:
        return False    # (机场|路, 北站|路: a road named after a place on it)
    return bool(inner and len(inner.word) > 1 and
                (inner.cls == h.cls or {inner.cls, h.cls} <= {"Place", "CommercialDistrict"}))


def programme(ctx: Context, start: int, end: int, h) -> bool:
    """True when a name with a programme head fills a quotation: “西湖明珠工程” is a
    programme (GUIDELINES.md: not an entity), not a construction project."""
    text = ctx.text
    return (h.word in ctx.rules.long_name.get("programme_heads", ())
            and text[start - 1:start] in OPEN_QUOTES and text[end:end + 1] in CLOSE_QUOTES)


def kinds_out(mod: str, words: tuple[str, ...]) -> str:
    """``mod`` without the words that say what kind of thing a head names (人才科创|基金: [[head]]
    kind_words), for the check that a proper word is left."""
    for w in sorted(words, key=len, reverse=True):
        mod = mod.replace(w, "")
    return mod


def measure(ctx: Context, start: int, h) -> bool:
    """True when a fund is named right after a district's act setting it up with its scale
    (设立规模10亿元的|云溪区产业发展基金: [long_name] measure_heads, measure_set_up): a policy's
    instrument, not a body (GUIDELINES.md: a fund its sponsors set up, or one that invests, is a firm)."""
    conf = ctx.rules.long_name
    return h.word in conf.get("measure_heads", ()) and rx(conf.get("measure_set_up", "$^")).search(
        ctx.text, max(0, start - 30), start) is not None


def numbered_item(ctx: Context, mod: str, h) -> bool:
    """True when a word for projects follows a list item's number alone (第2号|项目): the text
    points back to an item of its list, names no project ([long_name] item_number)."""
    conf = ctx.rules.long_name
    return h.word in conf.get("item_number_heads", ()) and rx(conf.get("item_number", "$^")).match(mod) is not None


def zone_works(ctx: Context, found: list, start: int, mod_end: int, h) -> bool:
    """True when a word for projects follows a zone's name alone (星澜开发区|项目, 《青禾工业区|
    项目准入办法》: [long_name] zone_works_heads): the zone's projects in general, no name."""
    if h.word not in ctx.rules.long_name.get("zone_works_heads", ()):
        return False
    zones = ctx.tables.zone_tuple
    return any(c.start == start and c.end == mod_end and c.cls == "Platform" and c.role == "name"
               and ctx.text[c.start:c.end].endswith(zones) for c in (*ctx.cands, *found))


def park_in_brand(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when a firm's trade word (星澜|能源: a brand and a trade, [[head]] noun) follows words
    holding a park's head (青禾产业园|新|能源装备产业区): the park and what it gathers, no brand."""
    if h.cls != "Enterprise" or not h.noun:
        return False
    heads = ctx.rules.zone_park_heads
    return any(t.text in heads for t in ctx.toks if start <= t.start and t.end < mod_end)
