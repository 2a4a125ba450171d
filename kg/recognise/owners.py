"""Owners named at the start of a project's or platform's name (美团杭州总部 ->
美团), kept as mentions nested in the name."""
from __future__ import annotations

import re

from .brands import brand_and_trade, brand_before_place, brand_owner, describes, no_brand, place_head
from .candidate import Cand
from .context import Context
from .proper_words import proper
from .known import sibling_word
from .places import place_prefix
from .stem_words import glued
from .text import GOVERNMENT_LEVELS, alnum, is_punct


def owner(ctx: Context, start: int, head_start: int, shaped: bool = True) -> list[Cand]:
    """The owner named at the start of a project's modifier, if any; ``shaped``:
    also one the lexicon does not know, by the shape of its name (X科技). Not words no
    list holds right before [brand] owner_not_before (墨川轴承|产业园: the park's industry,
    not a firm)."""
    bare = tuple(ctx.rules.brand.get("owner_not_before", ()))
    return [o for o in _owner(ctx, start, head_start, shaped)
            if not (bare and o.rule != "owner-prefix:lexicon" and ctx.text.startswith(bare, o.end))]


def _owner(ctx: Context, start: int, head_start: int, shaped: bool = True) -> list[Cand]:
    text, toks = ctx.text, ctx.toks
    legal = _legal_owner(ctx, start, head_start)
    if legal:
        return [legal]
    body = _body(ctx, start, head_start)
    if body:
        return [body]
    # the words of the modifier (the first one clipped where a glued word was cut: 一|华体)
    inner = [text[max(t.start, start):t.end] for t in toks if start < t.end <= head_start]
    best = None
    # a lexicon organisation that begins the name (美团杭州总部 -> 美团)
    s = ""
    for w in inner:
        s += w
        e = ctx.lex.lookup(s, "Enterprise") or ctx.lex.lookup(s, "Institution")
        if e and start + len(s) <= head_start:  # (武田制药|项目: the firm's project)
            best = Cand(start, start + len(s), e.cls, e.name, "owner-prefix:lexicon", prio=4, role="owner")
            sib = sibling_word(ctx, s, e, start + len(s), head_start)
            if sib and start + len(s) + len(sib) <= head_start:   # 青禾|集成|二期电池片项目
                best = Cand(start, start + len(s) + len(sib), "Enterprise", s + sib,
                            "owner-prefix:sibling", prio=4, role="owner")
            elif e.cls == "Enterprise":
                # a group's name or short form and more words before a city (青禾|骨科|云溪|基地,
                # 青禾|商用车|云溪|基地): the words up to the city name another firm of the group,
                # the site's owner
                longer = brand_before_place(ctx, start, head_start, known_end=start + len(s))
                if longer is not None and longer.end > best.end and longer.cls == "Enterprise":
                    best = longer
    if best is None:
        best = brand_before_place(ctx, start, head_start) or _dictionary_org(ctx, start, head_start)
    own = ctx.rules.head_of(text[best.start:best.end]) if best else None
    if best and best.cls == "Enterprise" and not (own and own.cls == "Enterprise"):
        # (华东医药|生物创新智造中心: a firm whose name has its trade takes no second one)
        nxt = next((w for w in inner if start + len(text[start:best.end]) <= head_start
                    and text.startswith(w, best.end)), None)
        h = ctx.rules.heads.get(nxt) if nxt else None
        if h and h.cls == "Enterprise" and best.end + len(nxt) < head_start \
                and not (nxt in ctx.rules.brand.get("trade_adjectives", ())
                         and _content_follows(ctx, best.end + len(nxt), head_start)):
            # 小米|汽车|二期工厂项目: the group's firm of that trade owns it
            best = Cand(best.start, best.end + len(nxt), "Enterprise", text[best.start:best.end + len(nxt)],
                        "owner-prefix:lexicon+head", prio=4, role="owner")
    if best and best.cls == "Enterprise":
        best = _branch(ctx, best, head_start)
    if best:
        # a unit of a known academy or institution named before the project
        # (中科院|空间应用中心|大科学装置): the unit is the owner
        rest = text[best.end:head_start]
        if best.cls == "Institution" and 2 < len(rest) <= 8 and rest.endswith(ctx.rules.owner_units) \
                and not any(is_punct(ch) for ch in rest):
            best = Cand(best.start, head_start, "Institution", text[best.start:head_start],
                        "owner-prefix:unit", prio=4, role="owner")
        return [best]
    if not shaped:
        return []
    # (…布局的|超导线材项目: after a clause the words say what is built, and only a name with a
    # firm's own head names its owner there: 园区内的|星澜牛肉集团|肉制品加工项目)
    described = bool(start) and ctx.text[start - 1] in ctx.rules.brand.get("described_after", ())
    # an organisation-shaped prefix (烯谷科技锂电池产研基地 -> 烯谷科技), after
    # the district it may begin with (拱墅区星澜科技华东总部 -> 星澜科技)
    skip = place_prefix(ctx, start, head_start) - start
    if skip:
        start, inner = start + skip, inner[1:]
    s = ""
    trades = ctx.rules.brand.get("owner_trades", ())
    adjectives = ctx.rules.brand.get("trade_adjectives", ())
    joiners = ctx.rules.long_name.get("joiners", ())
    # (a capacity opens what the project makes: 星川|年产5万吨冷轧精密板带项目 has no firm
    # 星川年产5万吨冷轧精密; the brand before it is _before_capacity's)
    cap = re.compile(ctx.rules.brand.get("capacity_opens", "$^")).search(text, start, head_start)
    # (a firm's name and a phase alone, 星澜磁材|二期: the phase is the firm's, its name may end there)
    phased = ctx.text.startswith(tuple(ctx.rules.brand.get("owner_phases", ())), head_start)
    for w in inner if phased else inner[:-1]:
        if w in joiners or (cap is not None and start + len(s) + len(w) > cap.start()):
            break   # (星澜电动车整车|及|电驱系统生产线: the words join two products, no firm's name)
        s += w
        h = ctx.rules.head_of(s)
        word = h.word if h and h.cls in ("Enterprise", "Institution") else next(
            (t for t in trades if s.endswith(t)), "")
        cls = h.cls if h and h.cls in ("Enterprise", "Institution") else "Enterprise"
        trade = bool(word) and not (h and h.cls in ("Enterprise", "Institution"))   # (a word of owner_trades)
        brand = s[:-len(word)] if word else ""
        named = bool(h) and h.cls in ("Enterprise", "Institution")
        if described and not (named and 2 <= len(_bare(ctx, s, brand)) <= 4 and not _describing(ctx, brand)
                              and (proper(ctx, brand) or word in ctx.rules.legal_name.get("forms", {}))):
            continue
        if word in adjectives and _content_follows(ctx, start + len(s), head_start) and len(brand) >= 2 \
                and proper(ctx, brand) and not describes(ctx, brand) and not no_brand(ctx, brand) \
                and not ctx.lex.lookup(brand, "Place") and ctx.seg.tag(brand) != "ns":
            # 星澜|智能焊接机器人项目: the adjective begins what the project is, the brand is the firm
            return [Cand(start, start + len(brand), cls, brand, "owner-prefix:brand", prio=2, role="owner")]
        if (word and len(brand) >= 2 and not ctx.lex.lookup(s, "IndustryTrack") and not glued(ctx, w, word)
                and not ctx.lex.lookup(brand, "Place") and ctx.seg.tag(brand) != "ns"
                and (proper(ctx, brand) or (start + len(s) < head_start and not trade)
                     or (phased and start + len(s) == head_start
                         and ctx.seg.tag(brand) in ("", "nr", "nz", "nt", "j")))
                and not describes(ctx, brand)
                and not no_brand(ctx, brand)):
            # (天域半导体|碳化硅外延片项目: a firm-shaped word followed by what the project makes)
            return [Cand(start, start + len(s), cls, s, f"owner-prefix:{word}", prio=2, role="owner")]
    if described:
        return []
    # (a coined brand and its track before the capacity is the firm whole, 星澜光伏|年产…, before
    # _brand takes the coinage alone)
    bare = brand_owner(ctx, start, head_start)
    if skip and bare and len(bare[0].name) <= ctx.rules.brand.get("town_after_place_max", 0) \
            and ctx.text[start - skip:start].endswith(tuple(ctx.rules.brand.get("city_firm_short_units", ()))):
        bare = []   # (云溪市|青岗|抽水蓄能电站: a short word no list holds after a county names a town in it)
    return _before_capacity(ctx, start, head_start, traded=True) or bare \
        or _before_capacity(ctx, start, head_start) or _store_brand(ctx, start, head_start)


def _store_brand(ctx: Context, start: int, head_start: int) -> list[Cand]:
    """A brand no list holds, all the words before a store's head ([brand] store_heads:
    星澜堂大药房|旗舰店): the store is the brand's, when the words hold one no dictionary
    knows and name no place, track or zone."""
    brand = ctx.text[start:head_start]
    if not ctx.text.startswith(tuple(ctx.rules.brand.get("store_heads", ())), head_start) \
            or not (2 <= len(brand) <= ctx.rules.lengths["brand"]) or any(is_punct(ch) for ch in brand) \
            or brand.endswith(tuple(ctx.rules.brand.get("store_not_brands", ()))):
        return []   # (国际轻奢品牌|旗舰店: a kind of brand, not one)
    words = ctx.seg.tokens(brand)
    if any(not ctx.seg.knows(w.text) and not alnum(w.text) for w in words) and not describes(ctx, brand) \
            and not any(ctx.lex.lookup(w.text, "Place") or ctx.seg.tag(w.text) == "ns" for w in words) \
            and not brand.endswith(GOVERNMENT_LEVELS) and not place_head(ctx, brand):
        return [Cand(start, head_start, "Enterprise", brand, "owner-prefix:store", prio=2, role="owner")]
    return []


def _before_capacity(ctx: Context, start: int, head_start: int, traded: bool = False) -> list[Cand]:
    """A name no list holds before the capacity or size that begins what the project makes
    (墨鑫硅业|年产5万吨多晶硅项目, 星晶硅材料|12英寸硅片项目; [brand] capacity_opens): the
    firm that makes it, when it holds a word no dictionary knows, has three characters or
    more, and names no place, track or zone; ``traded``: only a coined brand and the one
    track it trades in (星澜光伏|年产5GW电池片项目), which a track alone would not pass."""
    text = ctx.text
    at = re.compile(ctx.rules.brand.get("capacity_opens", "$^")).search(text, start, head_start)
    if at is None or at.start() not in ctx.starts:
        return []
    brand = text[start:at.start()]
    # (three characters at least: a bare coinage of two, 墨川|年产…, may be the project's own word)
    if not (3 <= len(brand) <= ctx.rules.lengths["brand"]) or any(is_punct(ch) for ch in brand):
        return []
    words = ctx.seg.tokens(brand)
    if traded and not brand_and_trade(ctx, words):
        return []
    if any(not ctx.seg.knows(w.text) and not alnum(w.text) for w in words) \
            and (traded or not describes(ctx, brand)) \
            and not any(ctx.lex.lookup(w.text, "Place") for w in words) \
            and not brand.endswith(GOVERNMENT_LEVELS) and not place_head(ctx, brand):
        return [Cand(start, at.start(), "Enterprise", brand, "owner-prefix:capacity", prio=2, role="owner")]
    return []


def _body(ctx: Context, start: int, head_start: int) -> Cand | None:
    """A hospital, university or school whose name opens the modifier, with words of the
    site's own after it (青禾市中心医院|南湖院区, 江南医学院附属医院|北湖院区, 青禾大学星澜学院|
    实训大楼): the body owns the site (not 青禾市中心, a brand's shape). Its name ends a word
    of the text with a word of [brand] owner_bodies, or goes on to the last of its units
    after it (owner_body_units)."""
    bodies = tuple(ctx.rules.brand.get("owner_bodies", ()))
    units = tuple(ctx.rules.brand.get("owner_body_units", ()))
    ends = [t.end for t in ctx.toks if start + 4 <= t.end <= head_start and ctx.text[start:t.end].endswith(bodies)]
    if not ends:
        return None
    end = next((e for e in reversed(ends) if ctx.text[start:e].endswith(units)), ends[0]) \
        if len(ends) > 1 else ends[0]
    if any(is_punct(ch) for ch in ctx.text[start:end]):
        return None
    name = ctx.text[start:end]
    first = next((t for t in ctx.toks if t.start == start and t.end < end), None)
    if first is not None and (ctx.lex.lookup(first.text, "Enterprise")
                              or (ctx.lex.lookup(first.text, "Place") and ctx.lex.lookup(name[len(first.text):], "Institution"))):
        return None     # (a firm's institute, 星澜化学|研究院; a site of a known body in a city, 云溪|青禾大学|X研究院)
    known = ctx.lex.lookup(name, "Institution") or ctx.lex.lookup(name, "Enterprise")
    return Cand(start, end, known.cls if known else "Institution", known.name if known else name,
                "owner-prefix:body", prio=4, role="owner")


def _branch(ctx: Context, best: Cand, head_start: int) -> Cand:
    """A known firm's branch named before the project (中国电信|甘肃|公司|丝路云数据中心):
    the branch, a province or city and a branch word ([brand] branch_words) after the firm,
    is the owner."""
    text = ctx.text
    for word in ctx.rules.brand.get("branch_words", ()):
        for n in (2, 3):
            end = best.end + n + len(word)
            place = text[best.end:best.end + n]
            if end < head_start and text.startswith(word, best.end + n) \
                    and (ctx.lex.lookup(place, "Place") or ctx.seg.tag(place) == "ns"):
                return Cand(best.start, end, "Enterprise", text[best.start:end], "owner-prefix:branch",
                            prio=4, role="owner")
    return best


def _dictionary_org(ctx: Context, start: int, head_start: int) -> Cand | None:
    """An organisation jieba's dictionary names (tag nt) opening the modifier, with
    words of the project's own after it (中国银联|长三角创新中心, 通威|全球研发中心):
    the owner, a body when its name ends as bodies' do (大学, 研究院 …), else a firm."""
    t = ctx.by_start.get(start)
    if t is None or t.pos != "nt" or len(t.text) < 2 or t.end >= head_start \
            or ctx.lex.lookup(t.text) is not None or ctx.lex.is_not_entity(t.text):
        return None
    h = ctx.rules.head_of(t.text)
    cls = "Institution" if h is not None and h.cls == "Institution" else "Enterprise"
    return Cand(t.start, t.end, cls, t.text, "owner-prefix:dictionary", prio=3, role="owner")


def _content_follows(ctx: Context, pos: int, head_start: int) -> bool:
    """True when a word of the project's own, not a phase or a head, follows ``pos``
    before its head (智能|网联重卡项目, not 汽车|二期工厂项目)."""
    return pos < head_start and not ctx.text.startswith(ctx.tables.long_heads, pos)


def _legal_owner(ctx: Context, start: int, head_start: int) -> Cand | None:
    """A registered name with its legal form opening the modifier: it is the owner,
    whole (星澜科技(云溪)有限公司|年产5万台工业机器人项目), not its first words."""
    m = ctx.tables.legal_form_re.search(ctx.text, start, head_start) if ctx.tables.legal_form_re else None
    if m is None or m.start() - start < 2 or m.end() >= head_start:
        return None
    name = ctx.text[start:m.end()]
    if any(is_punct(ch) and ch not in "()（）" for ch in name) or not proper(ctx, name[:m.start() - start]):
        return None
    cls = ctx.rules.legal_name.get("forms", {})[m.group()]
    return Cand(start, m.end(), cls, name, f"owner-prefix:legal:{m.group()}", prio=4, role="owner")


def _bare(ctx: Context, name: str, brand: str) -> str:
    """``brand`` without the rest of a longer trade word that ends ``name`` ([brand] sibling_words:
    青海星澜|新能源, whose head is 能源): the brand's own characters."""
    word = max((w for w in ctx.rules.brand.get("sibling_words", ()) if name.endswith(w)), key=len, default="")
    return name[:-len(word)] if len(word) > len(name) - len(brand) else brand


def _describing(ctx: Context, brand: str) -> bool:
    """True when ``brand`` holds a word saying what a site is like (智慧, 绿色 …: [brand]
    city_brand_not_words) or ends as a descriptor does (智能化, 万卡级: descriptor_ends, 化):
    after a clause (…的|智能化饮品|生产基地) the words describe the project, no firm. (Nor
    has a brand there more than four characters: 布局的|钕铁硼永磁|电机材料项目 names a product.)"""
    words = ctx.rules.brand.get("city_brand_not_words", ())
    return any(w in brand for w in words) or brand.endswith((*ctx.rules.brand.get("descriptor_ends", ()), "化"))
