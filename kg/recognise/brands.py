"""Brands opening a project's or a site's name: the words before the name's own that name the
firm owning it, though no list holds them (a brand, then a city, then what the site is:
李宁|温州|旗舰店; a brand no dictionary knows, then a track or a head: 欧菲光|研发中心项目), and
the tests that tell such words from words describing the project (a track, a zone word, a
quantity, a place's name). Used by owners.py, which reads the owner a name opens with."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import proper
from .park_joins import trades_joined
from .stem_words import places_only
from .text import GOVERNMENT_LEVELS, NUMERAL_CHARS, alnum, is_punct


def brand_before_place(ctx: Context, start: int, head_start: int, known_end: int | None = None) -> Cand | None:
    """A brand, then the city or region the site is in or serves, then what the site is
    (李宁|温州|旗舰店, 中电海康|嘉兴|物联网产业园, 科沃斯|常州|基地): the brand owns it.
    The brand is the words before the first place the lexicon knows (or a county's or
    city's short form, 阳原 for 阳原县, maybe in brackets: 星澜重工|（云溪）|基地), two
    characters or more, with a word of a name among them (one no dictionary knows, or one
    it tags as an organisation's or a person's, or a coinage it cuts into common words:
    四季|能), and no place, track or zone word."""
    text = ctx.text
    place = next((t for t in ctx.toks if start + 2 <= t.start and t.end <= head_start
                  and (ctx.lex.lookup(t.text, "Place") is not None
                       or (known_end is None and _city_short(ctx, t, head_start)))), None)
    if place is None:
        return None
    # (a city in brackets after the brand: 星澜重工|（云溪）|装备制造基地)
    at = place.start - 1 if text[place.start - 1] in "（(" and text[place.end:place.end + 1] in "）)" else place.start
    brand = text[start:at]
    if re.match(ctx.rules.brand.get("quantity", "$^"), brand):
        return None     # (110千伏|星澜|输变电工程: a voltage, a quantity, names no firm)
    words = [t for t in ctx.toks if start <= t.start and t.end <= at]
    if ctx.lex.lookup(place.text, "Place") is None and has_unit(ctx, brand):
        return None     # (星澜港区|大…: a short form may be cut out of a longer place's name)
    if names_no_owner(ctx, brand):
        return None     # (110千伏|云溪|输变电工程, G215国道|云溪|改建工程: a voltage, a road)
    if ctx.lex.by_short_form(brand, "Place"):
        return None     # (云溪|星澜省|工业园: a county's short form, then the province that built the park, names no firm)
    if len(brand) > ctx.rules.lengths["brand"] or not words or words[0].start != start \
            or any(is_punct(ch) for ch in brand) or (describes(ctx, brand) and not brand_and_trade(ctx, words)) \
            or any((ctx.lex.lookup(w.text, "Place") and not (i == 0 and _bare_city(ctx, w.text, words)))
                   or w.text in ctx.rules.boundary for i, w in enumerate(words)) \
            or not (any((w.pos in ("nt", "nr", "nz", "") and not w.text.isdigit()) or w.end == known_end
                        for w in words)   # (a known firm's word, whatever jieba tags it: 青禾|商用车)
                    or _coined(ctx, brand, words)):
        return None
    rest = text[known_end:at] if known_end is not None else ""
    if rest and ctx.lex.by_short_form(rest, "Place"):
        return None     # (青禾|云溪|湛江|基地: a county's short form after the known firm says where the site is)
    if rest and not (2 <= len(rest) <= 3 and not any(ch in NUMERAL_CHARS for ch in rest)
                     and ctx.seg.tag(rest) != "nt"):
        # (a known firm and a numbered site's name, 青禾|亚洲一号|云溪物流园, or a brand of its
        # own that the dictionary knows, are the group's: it owns the site)
        return None
    known = ctx.lex.lookup(brand, "Enterprise") or ctx.lex.lookup(brand, "Institution")
    h = ctx.rules.head_of(brand)
    cls = known.cls if known else ("Institution" if h is not None and h.cls == "Institution" else "Enterprise")
    return Cand(start, at, cls, known.name if known else brand, "owner-prefix:before-place",
                prio=3, role="owner")


def _bare_city(ctx: Context, word: str, words: list) -> bool:
    """True when ``word``, opening a brand, is a city's name without its unit (墨州 of 墨州市,
    not 云溪区) and a brand follows it with no head word in it (墨州|四季能): a firm named with
    its home city (not 墨州|星澜科技, the firm 星澜科技 in that city; not 墨州|科技)."""
    rest = "".join(w.text for w in words[1:])
    h = ctx.rules.head_of(rest)
    plain = set(ctx.rules.brand.get("city_brand_not_words", ()))
    return len(word) >= 2 and not has_unit(ctx, word) and len(rest) >= 2 \
        and not (h and h.cls in ("Enterprise", "Institution")) and not any(w.text in plain for w in words[1:]) \
        and not any(ctx.rules.heads.get(w.text) is not None for w in words[1:]) \
        and not any(ctx.lex.lookup(w.text, "Place") for w in words[1:])


def _city_short(ctx: Context, t, head_start: int) -> bool:
    """True when the word ``t`` is the short form of a city or county no list holds as a
    surface (云溪 for 云溪市: [lexicon] short), with the site's own words after it."""
    return len(t.text) >= 2 and t.end < head_start and bool(ctx.lex.by_short_form(t.text, "Place"))


def _coined(ctx: Context, brand: str, words: list) -> bool:
    """True when ``brand`` is a coinage of three characters or more the dictionary does not
    hold whole, cut into words none of which is a name (四季|能 is read as two words), with
    no place's unit in it ([brand] place_stem_ends: 青禾镇|…, 星澜港区|… name places)."""
    return len(brand) >= 3 and len(words) >= 2 and not ctx.seg.knows(brand) and not has_unit(ctx, brand) \
        and not places_only(words)


def has_unit(ctx: Context, brand: str) -> bool:
    """True when words of ``brand`` end with a place's unit ([brand] place_stem_ends)."""
    units = tuple(ctx.rules.brand.get("place_stem_ends", ()))
    return any(brand[:p].endswith(units) for p in range(2, len(brand) + 1))


def brand_and_trade(ctx: Context, words: list) -> bool:
    """True when ``words`` are a coined brand and the track it trades in (星澜|储能 before
    a city: 星澜储能|云溪|电池产业园): a firm's name, not words describing the project.
    The brand is one word of two characters or more that names no place or track."""
    if len(words) != 2:
        return False
    brand, trade = words
    h = ctx.rules.heads.get(trade.text)
    if h is not None and h.cls == "Enterprise":
        return False    # (锦程|医药: a trade word that shapes a firm's name; the shaped owner takes it)
    return len(brand.text) >= 2 and ctx.lex.lookup(trade.text, "IndustryTrack") is not None \
        and ctx.lex.lookup(brand.text) is None and brand.text not in ctx.rules.zone_words \
        and ctx.seg.tag(brand.text) in ("", "ns", "nz", "nt", "nr", "j")


def brand_owner(ctx: Context, start: int, head_start: int) -> list[Cand]:
    """A brand no list holds, then what the project is: 诺诚健华|创新药生产基地项目,
    欧菲光|研发中心项目 — the name's opening words, up to a track or a head, when they
    hold a word no dictionary knows and name no place."""
    text = ctx.text
    ends = sorted({t.start for t in ctx.toks if start < t.start < head_start})
    for p in ends:
        brand, rest = text[start:p], text[p:head_start]
        if not (2 <= len(brand) <= ctx.rules.lengths["brand"]) or len(rest) < 3:
            continue    # (云创|智算|项目: too little after the word to tell a brand from a coinage)
        if not (_track_at(ctx, rest) or rest.startswith(ctx.tables.long_heads)):
            continue
        if rest.startswith(tuple(ctx.rules.project_place_heads)) \
                or rest.startswith(tuple(ctx.rules.brand.get("road_after", ()))) or names_no_owner(ctx, brand):
            return []   # (青禾|街道冷链物流园, 星澜|大道科创大厦: the words name the street the park is on)
        words = ctx.seg.tokens(brand)
        if any(not ctx.seg.knows(w.text) and not alnum(w.text) for w in words) and not describes(ctx, brand) \
                and not any(ctx.lex.lookup(w.text, "Place") for w in words) \
                and not brand.endswith(GOVERNMENT_LEVELS) and not place_head(ctx, brand) \
                and not brand.endswith(tuple(ctx.rules.brand.get("descriptor_ends", ()))) \
                and not _place_word(ctx, brand) and not trades_joined(ctx, brand) \
                and not no_brand(ctx, brand):   # (临川县|冷链|配送中心项目: a county and a common word)
            # (云溪市|人工智能计算中心, 南屏街|商圈品质提升工程: a city's, a street's; 医药及精细化工|…产业园: trades)
            return [Cand(start, p, "Enterprise", brand, "owner-prefix:brand", prio=2, role="owner")]
        return []
    return []


def names_no_owner(ctx: Context, brand: str) -> bool:
    """True when a would-be brand is a voltage or a road ([brand] not_owner): no firm."""
    pattern = ctx.rules.brand.get("not_owner")
    return bool(pattern) and re.search(pattern, brand) is not None


def place_head(ctx: Context, brand: str) -> bool:
    """True when ``brand`` ends with a place's head (街, 路, 河 …): a place's name."""
    h = ctx.rules.head_of(brand)
    return bool(h and h.cls in ("Place", "CommercialDistrict"))


def _track_at(ctx: Context, text: str) -> bool:
    return any(ctx.lex.lookup(text[:n], "IndustryTrack") for n in range(2, len(text) + 1))


def no_brand(ctx: Context, brand: str) -> bool:
    """True when a would-be brand is a quantity (年产10万吨|电子级化学品项目) or a
    place and common words (沈阳人工|智能计算中心): the project's name, not its owner's."""
    measure = ctx.tables.long_measure
    if measure and measure.search(brand) or _place_word(ctx, brand) \
            or brand.endswith(tuple(ctx.rules.brand.get("descriptor_ends", ()))):
        return True     # (… or what class of thing it is: 万卡级|智能算力集群项目)
    for t in ctx.seg.tokens(brand)[:2]:
        place = brand[:t.end]
        if t.end < len(brand) and (ctx.lex.lookup(place, "Place") or ctx.seg.tag(place) == "ns"
                                   or (len(place) > 2 and place.endswith(GOVERNMENT_LEVELS))):
            return not proper(ctx, brand[t.end:])
    return False


def _place_word(ctx: Context, brand: str) -> bool:
    """True when a would-be brand opens on a place's name no list holds, by its end
    (rules.toml [brand] place_word_ends: 青禾港|化工…, 星澜湾|数字经济产业园, 白云湖|科创…):
    a port, a bay, a lake or a township the project or park is named after, not its owner.
    The place's name has three characters at least (two may be a firm's: 上港)."""
    ends = tuple(ctx.rules.brand.get("place_word_ends", ()))
    if not ends:
        return False
    # (by characters: jieba may glue the end to the next word, 白云|湖科创)
    return any(brand[:p].endswith(ends) for p in range(3, len(brand) + 1))


def describes(ctx: Context, brand: str) -> bool:
    """True when a would-be brand holds a track or a zone word: 江北新区集成电路|设计
    describes what a project is, it names no firm."""
    return any(z in brand for z in ctx.rules.zone_words) or any(
        ctx.lex.lookup(brand[i:j], "IndustryTrack") for i in range(len(brand)) for j in range(i + 2, len(brand) + 1))
