"""Where a name's modifier begins: walking left from its head over the
sentence's tokens until a word that cannot sit inside a name."""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from ..model import Token
from .appositions import kind_before_name
from .context import Context
from .edge_chars import edge_char
from .kept_words import brand_here, brand_of_words, coined_pair, lone_stem_after, measure_word_cut, opens_item, place_stem
from .name_stops import boundary_tail, size_count_end, stops
from .proper_words import county_short
from .county_names import county_unit
from .modifier_words import known_firm_at, other_firm_before, verb_before_place
from .stems import numeral_opening, numeral_stem_before, time_stem
from .text import ADMIN_UNITS, GOVERNMENT_LEVELS, alnum
from ..notions import KNOWN_ADMIN_UNITS

END = attrgetter("end")


def left_modifier(ctx: Context, upto: int, max_len: int | None = None,
                  stop_admin: bool = False, item_end: bool = False, brand_ok: bool = False,
                  has_content: bool = False, zone_ok: bool = False) -> int:
    """Where a name whose modifier ends at char ``upto`` starts (char offset).

    ``stop_admin``: a place's name stops at an administrative unit before it
    (祥符街道|吉如社区), which locates it rather than names it.
    ``item_end``: ``upto`` ends a list item, so a verb that may sit inside
    names (服务, 运营) is no boundary there: a verb before its object never
    ends the item (浙江通信产业服务、顺丰速运等头部企业).
    ``brand_ok``: the name is a body's (养护院), which the verb 招商 does not take
    as its object, so 招商 before it may be a group's brand.
    ``has_content``: the name already has words right of ``upto`` (jieba kept them in
    the head's token: 天津市|滨海新区), so a place before ``upto`` is where it lies.
    ``zone_ok``: the zone before the head is the body's own (青禾新区|管委会), not where it lies.
    """
    text, toks = ctx.text, ctx.toks
    max_len = max_len or ctx.rules.lengths["modifier"]
    start = upto
    before = toks[:bisect_right(toks, upto, key=END)]   # the tokens end in order
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if upto - t.start > max_len:
            break
        if t.text in DASH and start < upto and joins_names(ctx, before, k):
            if len(before[k - 1].text) == 1:
                start = before[k - 2].start     # 青禾|路|—|星湾路街区: the street's name before, no more
                break
            if _street_head(ctx, before[k - 1].text[-1]):
                start = before[k - 1].start     # 青禾路|—|星湾路街区: the same, kept whole by jieba
                break
            start = t.start  # 五马|—|解放街商圈, 中国|—|东盟信息港: a dash joins two places in one name
            continue         # (and a middle dot: 云溪·星澜创新中心)
        if start < upto and t.end == start and kind_before_place(ctx, start) and firm_head_at(ctx, upto):
            break    # 新材料龙头|浙江星澜科技|有限公司: the firm's kind before its place-led name
        if start < upto and t.end == start and other_firm_before(ctx, t, upto):
            break    # 文旅科技公司|星澜影视文化|有限公司: another firm, or the firm's kind
        if start < upto and t.text in ctx.rules.before_firm_head and firm_head_at(ctx, upto):
            break    # 星澜食品有限公司|属|青禾集团, 下游客户|青禾集团: another name ends, or a role
        if start < upto and t.text in ctx.rules.before_firm and (known_firm_at(ctx, t.end) or (item_end and ctx.rules.head_of(text[t.end:upto]) is None)):
            break    # 产品|配套|星澜汽车, 供应|墨川、…: the firm supplied (known, or a headless item) begins the name
        # (both tests read one-character words only: most words are longer)
        if start < upto and len(t.text) == 1 and coined_pair(ctx, before, k, start):
            start = t.start  # 常州|吾|悦|国际广场: two characters jieba could not join are a coined word
            continue
        if start < upto and edge_char(ctx, before, k, start):
            start = t.start  # 是|万|峰林|街道, 阿克|依|布拉克|村: the name's character, no function word
            continue
        if start < upto and numeral_opening(ctx, before, k, start):
            start = t.start  # ；三|一重|能…产业园, 与|九三|粮油…集团: a brand of numerals
            break
        if start < upto and len(t.text) == 1 and measure_word_cut(ctx, before, k, start):
            start = t.start  # 培育|天|河北|商圈: no number counts by 天, jieba cut it off the name
            continue
        if start < upto and t.end == start and (cut := size_count_end(ctx, t)) is not None and cut < upto:
            start = cut      # 建设了3000|箱中蜂…养殖基地: the base's size, no word of its name
            break
        if time_stem(ctx, before, k, start):
            start = t.start  # 湖北|隆中|实验室: a place's stem jieba took for a time
            continue
        if stops(ctx, t, upto) and numeral_stem_before(ctx, before, k, start, upto):
            start = t.start  # 八角|街道, 八角|湾|中央创新区: a place's stem jieba took for a sum
            continue
        if stops(ctx, t, upto):
            if t.text in ctx.rules.name_internal and t.end == upto and (
                    item_end or (k > 0 and before[k - 1].end == t.start and not stops(ctx, before[k - 1], upto))):
                start = t.start  # 南京类脑智能|未来|产业园: a name-internal word right before the head
                continue
            lvl = before[k - 1] if k > 0 else None
            if (t.text in ctx.rules.name_internal and start < upto and lvl is not None
                    and lvl.end == t.start and lvl.text in GOVERNMENT_LEVELS
                    and (k < 2 or stops(ctx, before[k - 2], upto))):
                start = lvl.start  # 提速|省|未来船舶…产业园: a level, then a name-internal word
            elif brand_ok and t.text in ctx.rules.brand_boundary and start < upto \
                    and brand_here(ctx, before, k, start):
                start = t.start  # 半山街道|招商|观颐|养护院: the group's brand
            elif start < upto and opens_item(ctx, t):
                start = t.start  # 、|对|山路|夜市: the item's first character, no preposition
            elif start < upto and brand_of_words(ctx, before, k, start, upto):
                start = t.start  # 纵横|新材|碳纤维项目: a brand of dictionary words, then its trade
            elif start < upto and lone_stem_after(ctx, before, k, start, upto):
                start = t.start  # 和|瑞中心, 向|山镇: a character that opens names, before a stem of one
                break
            elif start < upto and place_stem(ctx, before, k, start):
                start = t.start  # 明月|湖科创|产业园: the lake's name, its head glued to the next word
            elif (county := _county_before_zone(ctx, before, k, upto)) is not None:
                start = county   # 落户|介休|经开区, 落户|于|都|经开区: a county's short form jieba took
                                 # for a verb, or cut in two
            break
        if stop_admin and (start < upto or has_content) and t.text.endswith(KNOWN_ADMIN_UNITS) \
                and ctx.lex.lookup(t.text, "Place"):
            break  # 额济纳旗|策克口岸: a banner the lexicon knows (not 红旗|…)
        if stop_admin and (start < upto or has_content) and t.text.endswith(ADMIN_UNITS) and (
                ctx.lex.lookup(t.text, "Place") or len(t.text) >= 4 or t.text in ADMIN_UNITS
                or (len(t.text) in (2, 3) and not ctx.seg.knows(t.text))
                or _known_area_ends(ctx, before, k)
                or county_unit(ctx.lex, ctx.rules.data.get("county_name", {}), t.text) is not None):
            break  # 吉泰|街道|吉如社区: jieba cut the unit off an unknown street's name
            # (云溪镇|平村: a town's word jieba made up is the town, as a known one is;
            # 星|湖区|青禾街道: a known district jieba cut in two is one too; 息县|云溪镇: a
            # county of two characters is one, kg/recognise/county_names.py)
        if _another_head(ctx, t, upto, start < upto) or kind_before_name(ctx, t, start, upto) or verb_before_place(ctx, t, start, upto):
            break  # 洽谈会|开发区专场, 科技产业园|青禾工业园, 孵化器|星澜创业服务中心: another name's head ends this one's words (展示|云溪港…: a verb)
        if not zone_ok and (t.text in ctx.rules.zone_words or (
                t.text.endswith(ctx.tables.zone_tuple) and ctx.lex.lookup(t.text, "Platform"))):
            break  # (合肥)高新区|柏堰科技园: the zone it lies in
        glued = glued_boundary(ctx, t)
        if glued:  # jieba glued a preposition to an unknown name (以青禾, 由云栖, 下大)
            start = t.start + glued
            break
        # (a boundary word of two or more characters begins with two of them)
        cut = next((k for k in range(t.start + 2, min(t.start + 5, upto) + 1)
                    if text[t.start:k] in ctx.rules.boundary and k in ctx.ends), None) \
            if text[t.start:t.start + 2] in ctx.tables.boundary_heads else None
        if cut is not None and cut > t.end:
            start = cut  # a boundary word jieba cut in two (做|强 招商蛇口)
            break
        if boundary_tail(ctx, t):
            break    # 带北接|成都…临空经济区: a boundary word jieba glued a character onto
        start = t.start
    return start


DASH = ("—", "·")


def _another_head(ctx: Context, t: Token, upto: int, inner: bool) -> bool:
    """True when the word ``t`` before a park's or a zone's modifier (``inner``: with words of
    the modifier after it) is the head of another name: an event's (rules.toml [event] nouns:
    第四届青禾招商洽谈会|开发区专场), or a park's (科技产业园|青禾工业园, 孵化器|星澜经开区: the
    first is where the second lies, or a label before it). Not before a branch's head, which
    the whole park before it names (星澜科技园|云溪分园), nor one a zone names from inside
    (星澜软件园|孵化器)."""
    h = ctx.by_start.get(upto)
    head = ctx.rules.heads.get(h.text) if h is not None else None
    if head is None or head.cls != "Platform":
        return False
    if t.text in ctx.rules.event_nouns:
        return True
    place = ctx.rules.data.get("place", {})
    if not inner or h.text in ctx.rules.zone_in_zone_heads or h.text in place.get("branch_heads", ()) \
            or h.text in place.get("zone_branch_heads", ()):
        return False
    other = ctx.rules.heads.get(t.text)
    return other is not None and other.cls == "Platform"


def _county_before_zone(ctx: Context, before: list[Token], k: int, upto: int) -> int | None:
    """Where a county's short form ends right before a zone's head at ``upto`` starts: the
    token ``before[k]`` on its own, or with the token before it (于|都), else None."""
    head = ctx.by_start.get(upto)
    if head is None or not head.text.endswith(ctx.tables.zone_tuple):
        return None
    starts = (before[k].start, before[k - 1].start) if k > 0 else (before[k].start,)
    return next((a for a in starts if county_short(ctx, ctx.text[a:upto])), None)


def kind_before_place(ctx: Context, at: int) -> bool:
    """True when a noun of a firm's kind ([boundary] item_firm_nouns: 企业, 龙头) ends at
    ``at`` and a province or city the lexicon knows begins there (青禾材料企业|浙江…)."""
    nouns = ctx.rules.item_firm_nouns
    if not nouns or not ctx.text.endswith(nouns, 0, at):
        return False
    t = ctx.by_start.get(at)
    place = ctx.lex.lookup(t.text, "Place") if t is not None else None
    return place is not None and bool(place.levels)


def firm_head_at(ctx: Context, at: int) -> bool:
    """True when the word at ``at`` is a firm's head (有限公司, 集团), after the trade words
    its name may register before it ([legal_name] trade_words: 发展|有限公司)."""
    t = ctx.by_start.get(at)
    trades = ctx.rules.legal_name.get("trade_words", ())
    for _ in range(3):
        if t is None or t.text not in trades:
            break
        t = ctx.by_start.get(t.end)
    h = ctx.rules.heads.get(t.text) if t is not None else None
    return h is not None and h.cls == "Enterprise"


def _known_area_ends(ctx: Context, before: list, k: int) -> bool:
    """True when the words before[j..k] (up to two before the k-th) make a place the
    lexicon knows: a district's name jieba cut in two (星|湖区) ends at before[k]."""
    t = before[k]
    for j in range(k - 1, max(k - 3, -1), -1):
        if before[j].end != before[j + 1].start:
            return False
        if ctx.lex.lookup(ctx.text[before[j].start:t.end], "Place"):
            return True
    return False


def joins_names(ctx: Context, before: list[Token], k: int) -> bool:
    """True when the dash ``before[k]`` joins two places in a name (五马—解放街, 中国—东盟); not ——, 一—二, nor 泾县·泾县经开区."""
    if k == 0 or before[k - 1].end != before[k].start or before[k + 1].start != before[k].end:
        return False
    left, right = before[k - 1], before[k + 1]
    if k >= 2 and len(left.text) == 1 and before[k - 2].end == left.start and _street_head(ctx, left.text):
        # 青禾|路|—|星湾路街区: jieba cut a street's one-character head off its name
        left = Token(before[k - 2].text + left.text, before[k - 2].start, left.end, "ns")
    if stops(ctx, left, right.end) or stops(ctx, right, right.end) or len(left.text) < 2 or len(right.text) < 2 \
            or left.text[:2] == right.text[:2]:
        return False
    place = [t.pos == "ns" or ctx.seg.tag(t.text) == "ns" or ctx.lex.lookup(t.text, "Place") is not None
             for t in (left, right)]
    # one of them a place; the other a place, a word no dictionary knows or a noun
    return any(place) and all(p or ctx.seg.tag(t.text) in ("", "n", "nz") for p, t in zip(place, (left, right)))


def _street_head(ctx: Context, word: str) -> bool:
    h = ctx.rules.heads.get(word)
    return h is not None and h.cls in ("Place", "CommercialDistrict")


def glued_boundary(ctx: Context, t: Token) -> int:
    """Length of the one-character boundary words jieba glued onto the unknown word ``t``
    (以青禾: 1; 即以常德…: 2, the whole word when it is made of them alone; a joiner, 和, only
    right after a name's head, [boundary] joiner_glued)."""
    w = t.text
    prev = ctx.by_end.get(t.start)
    if len(w) >= 3 and prev is not None and not ctx.seg.knows(w) and ctx.lex.lookup(w) is None and (
            (w[0] in ctx.rules.party_glued and prev.text in ctx.rules.party_words)
            or (w[0] in ctx.rules.inside_glued and prev.text.endswith(ctx.rules.inside_after))):
        return 1    # 运营|方青禾…: the operator, a party; 园区|内星澜…: inside the park
    if len(w) >= 2 and prev is not None and w[0] in ctx.rules.data["boundary"].get("joiner_glued", "") \
            and prev.text in ctx.rules.heads and not ctx.seg.knows(w) and ctx.lex.lookup(w) is None:
        return 1    # 冰雪小镇|和阳|日镇…基地: a joiner after a name's head, the next name after it
    if len(w) >= 2 and w[0] in ctx.rules.glued_boundary and not ctx.seg.knows(w) \
            and ctx.lex.lookup(w) is None and not alnum(w) \
            and not any(ctx.lex.lookup(w + u, "Place") for u in ctx.rules.data["boundary"].get("glued_stem_units", ())):
        n = 1   # (not a county's stem that opens with one: 沿滩 of 沿滩区, 于都 of 于都县)
        while n < len(w) and w[n] in ctx.rules.glued_boundary:
            n += 1
        return n
    return 1 if w in ctx.rules.glued_words else 0
