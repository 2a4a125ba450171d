"""The items of a list: what an item is, given the class the list's noun or verb gives it
(where the list splits into items is ``kg/recognise/item_spans.py``'s)."""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from .candidate import Cand
from .name_stops import counted
from .context import Context
from .proper_words import bare_head, generic_only, proper
from .descriptions import kinds_out
from .modifier import kind_before_place
from .owners import owner
from .places import country_prefix, place_prefix
from .text import GOVERNMENT_LEVELS, JOIN_CHARS, alnum
from .trade_parks import trade_park
from .track_words import derived_pair, track_like, trade_compound


_START = attrgetter("start")


def _after_attributive(ctx: Context, s: int, e: int) -> int:
    """The start of an item without the phrase that describes it (A和新开业的B等): an
    attributive particle ([boundary] item_attributive) ends the phrase, no name holds one.
    (The first item's walk left stops at it already; a later item has no walk.)"""
    cut = s
    for t in ctx.toks:
        if t.start >= e:
            break
        if s < t.start and t.end < e and t.text in ctx.rules.item_attributive:
            cut = t.end
    return cut


def _after_firm_noun(ctx: Context, s: int, e: int) -> int:
    """The start of an item without the noun of its firm's kind before it (青禾材料企业|
    浙江星澜科技有限公司): a noun of [boundary] item_firm_nouns right before a province or
    city the lexicon knows, which opens a name with a firm's head; else s."""
    if not ctx.rules.item_firm_nouns:
        return s
    cut = s
    for t in ctx.toks[bisect_right(ctx.toks, s, key=_START):]:    # (the item's tokens only)
        if t.start >= e - 3:
            break
        if kind_before_place(ctx, t.start):
            head = ctx.rules.head_of(ctx.text[t.start:e])
            if head is not None and head.cls == "Enterprise":
                cut = t.start
    return cut


def item(ctx: Context, name: str, s: int, e: int, cls: str, group: str, noun: str,
         framed: bool = False, vouched: bool = False) -> Cand | None:
    """The candidate for one list item that its list would make a ``cls`` (None if none),
    with the owner its name begins with; ``noun`` is the list's noun ("" for a verb's list);
    ``framed``: words on both sides of the list say what its items are (kg.recognise.lists);
    ``vouched``: ... and its count, item by item (A、B和C三个细分方向)."""
    # (a track's phrase is no name: 纳米技术与医疗器械的交叉应用 is read as a whole or not at all)
    cut = max(_after_attributive(ctx, s, e), _after_firm_noun(ctx, s, e)) if cls != "IndustryTrack" else s
    if cut > s:
        s, name = cut, ctx.text[cut:e]
        if e - s < 2:
            return None
    if cls == "Enterprise" and not ctx.lex.lookup(name):
        h = ctx.rules.head_of(name)
        if h is None or h.stop_at_place:
            s = place_prefix(ctx, s, e)
            name = ctx.text[s:e]
        if h is None and not ctx.lex.lookup(name):
            s = country_prefix(ctx, s, e)
            name = ctx.text[s:e]
    c = _item_cand(ctx, name, s, e, cls, group, noun, framed, vouched)
    if c and c.cls in ("Project", "Platform") and c.rule != "enumeration+lexicon":
        h = ctx.rules.head_of(name)
        if h and h.owner:
            c.nested = owner(ctx, s, e - len(h.word))
    if c and "Project" in (c.cls, *c.extra) and not c.nested \
            and not c.rule.startswith("enumeration+lexicon") and not name.endswith(ctx.rules.clause_start_heads):
        # a listed project whose name begins with a known firm is that firm's
        # (银泰深象智能等项目 -> 银泰), whatever word ends it; a company named
        # after its parent (X浙江公司) is a firm of its own; so is one whose name begins
        # with a hospital's or a school's (青禾职业技术学院|产教融合实训中心)
        # ... or a brand before the city or county the site is in (星澜|云溪市|工厂), not before
        # a lake's or a region's name, which may end a longer place (星澜南|太湖…: 南太湖)
        c.nested = [o for o in owner(ctx, s, e) if o.rule in ("owner-prefix:lexicon", "owner-prefix:body")
                    or o.rule == "owner-prefix:before-place" and _city_at(ctx, o.end)]
    return c


def _city_at(ctx: Context, at: int) -> bool:
    """True when the token at ``at`` names an administrative place the lexicon knows
    (a city, a county: it has a level)."""
    t = ctx.by_start.get(at)
    e = ctx.lex.lookup(t.text, "Place") if t else None
    return bool(e and getattr(e, "levels", ()))


def _item_cand(ctx: Context, name: str, s: int, e: int, cls: str, group: str, noun: str,
               framed: bool = False, vouched: bool = False) -> Cand | None:
    c = _named_item(ctx, name, s, e, cls, group, noun, framed, vouched)
    if c is None and cls in ("Platform", "Place") and trade_park(ctx, name) and ctx.lex.lookup(name) is None:
        # a trade's park in a list of areas (A产业园、精密机械园和冷链物流园四个园区): a park
        return Cand(s, e, "Platform", name, "enumeration+trade-park", prio=5, group=group, role="item")
    return c


def _named_item(ctx: Context, name: str, s: int, e: int, cls: str, group: str, noun: str,
                framed: bool = False, vouched: bool = False) -> Cand | None:
    if ctx.lex.is_not_entity(name) or generic_only(ctx, name) or name[0].isdigit() and not alnum(name):
        return None
    if noun in ctx.rules.enum_min_item and (len(name) < ctx.rules.enum_min_item[noun] or _place_and_word(ctx, name)):
        return None  # 米粉、擂茶等老字号, 青禾米粉: a dish, a kind of shop, a place's speciality
    if cls != "IndustryTrack" and counted(ctx, name, s, at_start=True):
        return None  # “三大商圈、两条步行街”: an item that opens with a count counts things, names none
    if bare_head(ctx, name):
        return None  # 特色历史街区: generic words and a head, no name
    suffix, when = ctx.rules.enum_name_suffix.get(noun, (None, None))
    entry = ctx.lex.lookup(name)
    if suffix and _admin_area(ctx, name, entry):
        return None  # 青禾区、星澜区两大商圈: the districts' 商圈 are counted, the districts named
    if suffix and not name.endswith(suffix) and (
            when == "always" or (entry is not None and entry.cls != cls)):
        # 大运河 in a list of 商圈 is 大运河商圈, not the canal
        alias = (name,) if entry is None or entry.cls == cls else ()
        return Cand(s, e, cls, name + suffix, "enumeration+suffix", prio=5,
                    aliases=alias, group=group, role="item")
    if cls == "IndustryTrack":
        for suf in ctx.rules.track_suffixes[:1]:
            if name.endswith(suf) and len(name) > len(suf) + 1:
                name, e = name[:-len(suf)], e - len(suf)
        entry = ctx.lex.lookup(name, "IndustryTrack") or entry
        if entry is None and not track_like(ctx, name, lenient=True, framed=framed, vouched=vouched) and not _joined_item(ctx, name):
            return None
    if entry:
        return Cand(s, e, entry.cls, entry.name, "enumeration+lexicon", prio=5,
                    extra=_extra(entry.cls, cls), group=group, role="item")
    head = ctx.rules.head_of(name)
    if head is not None and len(head.word) == 1 and name in ctx.rules.heads:
        head = None   # (污水处理厂 in a list: a head word alone is its kind, no name a one-character head, 厂, ends)
    # an area's head the list's noun counts as one of its zones (高新南区 in 四大园区)
    zone = head is not None and head.word in ctx.rules.enum_item_heads.get(noun, ())
    if head and head.kind_words and entry is None \
            and not proper(ctx, kinds_out(name[:-len(head.word)], head.kind_words)):
        return None  # 园区运营和产业基金: a fund's kind, whatever list it stands in
    if head and head.proper and entry is None and len(name) <= 4 and not proper(ctx, name[:-len(head.word)]):
        # 绿地公园, 历史街区: a short common compound is a generic noun; in a list
        # of areas it still names one (运河新城等重点片区, 高新西区等园区)
        if cls not in ("Place", "CommercialDistrict") and not zone and not _everyday_name(ctx, name, noun):
            return None
        return Cand(s, e, cls, name, "enumeration", prio=5, group=group, role="item")
    # (a list of malls names malls, whatever street word ends one: 龙湖天街、X汇等商业综合体)
    mall = noun in ctx.rules.enum_everyday and head is not None and head.cls == "Place"
    if head and head.cls != cls and cls != "IndustryTrack" and not head.weak and not zone and not mall:
        return Cand(s, e, head.cls, name, f"enumeration+head:{head.word}", prio=5,
                    extra=_extra(head.cls, cls), group=group, role="item")
    if cls != "IndustryTrack" and head is None and not proper(ctx, name) \
            and not (cls == "Enterprise" and _numeral_brand(ctx, name)) and not _everyday_name(ctx, name, noun) \
            and not _place_word_item(ctx, name, cls):
        return None
    if cls == "Enterprise" and trade_compound(ctx, name):
        # (物联网装备、氢能传动等配套企业: what the firms make, a track's words before a trade head)
        return Cand(s, e, "IndustryTrack", name, "enumeration+track-head", prio=5, group=group, role="item")
    return Cand(s, e, cls, name, "enumeration", prio=5, group=group, role="item")


def _place_and_word(ctx: Context, name: str) -> bool:
    """True when ``name`` is a place the lexicon knows and one dictionary word (青禾|米粉): the
    place's speciality, a dish or a craft, not a shop's name."""
    toks = ctx.seg.tokens(name)
    return len(toks) == 2 and ctx.lex.lookup(toks[0].text, "Place") is not None and ctx.seg.knows(toks[1].text)


def _place_word_item(ctx: Context, name: str, cls: str) -> bool:
    """True when an item of a list of places (城东、城中、城北3个街道) is one word jieba knows as
    a place word (tag s: 城中, 城北, 江北): a place's name there, as an unknown word is; not
    a word that says where in general (区内, 周边: [modifier] lone_words)."""
    return cls == "Place" and len(name) >= 2 and name not in ctx.rules.lone_words \
        and ctx.seg.knows(name) and ctx.seg.tag(name) == "s"


def _everyday_name(ctx: Context, name: str, noun: str) -> bool:
    """True when the list's noun names things that take everyday words as names (rules.toml
    [[enum_head]] everyday_names: 星河天地、海岸城等商业综合体) and the item is two words or
    more: one dictionary word (商场, 超市) is a kind of place there, not a name."""
    return noun in ctx.rules.enum_everyday and len(ctx.seg.tokens(name)) > 1


def _numeral_brand(ctx: Context, name: str) -> bool:
    """A firm's coined name of everyday words that opens with a numeral (第七维度, 三维碳谷):
    a numeral opens no common noun for firms, unless it counts (三家, 一批, 多个)."""
    toks = ctx.seg.tokens(name)
    if len(toks) < 2 or ctx.seg.tag(toks[0].text) != "m" or len(toks[0].text) < 2:
        return False
    first = toks[0].text
    return not ctx.tables.counter_re.search(first) and first not in ctx.tables.generic \
        and ctx.seg.tag(toks[1].text)[:1] == "n"


def _joined_item(ctx: Context, name: str) -> bool:
    """高端软件和人工智能 as one item of a list of tracks: two tracks joined by
    和/与 inside one 、-delimited item are named together."""
    if derived_pair(ctx.rules, name):
        return True     # (钛及钛合金: a material and its own form, the first part one character)
    parts = re.split(f"[{JOIN_CHARS}]", name)
    return len(parts) == 2 and all(len(p) >= 2 and (ctx.lex.lookup(p, "IndustryTrack")
                                                     or track_like(ctx, p, lenient=True)) for p in parts)


def _admin_area(ctx: Context, name: str, entry) -> bool:
    """True when ``name`` is a district, county or city (a known one, or a name ending in
    a level of government the lexicon knows at the end: 衡州市|青禾区)."""
    if entry is not None:
        return entry.cls == "Place" and bool(entry.levels)
    known = ctx.lex.lookup(name[-3:], "Place") or ctx.lex.lookup(name[-4:], "Place")
    return name.endswith(GOVERNMENT_LEVELS) and bool(known and known.levels)


def _extra(own: str, listed: str) -> tuple[str, ...]:
    # a firm or a park listed among projects is that project too (竣工投用天丰电源等项目), and
    # a centre a project's head names, listed among platforms, is a platform too (建成X创新中心、
    # Y产业园两个平台: one that hosts firms)
    if listed == "Project" and own in ("Enterprise", "Platform"):
        return (listed,)
    return (listed,) if listed == "Platform" and own == "Project" else ()
