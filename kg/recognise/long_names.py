"""The long walk left from a long name's head (项目, 工程, 有限公司 …: [[head]] long):
over verbs inside the name, quantities (年产5万台, 第6代), words joining two products (及),
names found before and a dash between two nouns of one name; it stops at punctuation,
boundary and function words, counts and a verb that governs the name. The short walk
(left_modifier) and the helpers both walks use are in modifier.py (the words it keeps where it
would stop, kept_words.py); which words stand inside a long name, long_words.py; where a firm's
registered name led by its place starts, registered_places.py."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Token
from ..rules import rx
from .context import Context
from .coordinated_places import coordinated_start
from .cut_stems import date_street_before, name_end_before
from .edge_chars import edge_char
from .long_words import content, ends_name, long_stop
from .name_stops import stops
from .proper_words import proper
from .quoted_parts import opens_part, quoted_part, title_before
from .modifier_words import other_firm_before, verb_before_place
from .kept_words import brand_of_words, coined_pair, place_stem
from .modifier import DASH, END, firm_head_at, glued_boundary, joins_names, kind_before_place
from .registered_places import item_registered, place_registered, short_place_at
from .stems import numeral_opening, numeral_stem_before, registered_numeral
from .text import alnum, han, is_punct


def long_modifier(ctx: Context, upto: int) -> int:
    """Where a long project name whose modifier ends at ``upto`` starts: the walk
    left crosses verbs inside the name, quantities (年产5万台, 第6代, 12英寸), words
    joining two products (及) and names found before (台积电(南京)有限公司), and
    stops at punctuation, boundary words, function words, counts (35个项目) and a
    verb that governs the name (承接游泳项目), or after rules.toml [long_name]
    max_len characters."""
    toks = ctx.toks
    ln = ctx.rules.long_name
    inside, keep = set(ln.get("inside", ())), set(ln.get("keep", ()))
    stop_tags = tuple(ln.get("stop_tags", ()))
    after_name_tags = frozenset(ln.get("after_name_tags", ()))
    max_len = ln.get("max_len", 30)
    trades = set(ctx.rules.legal_name.get("trade_words", ()))
    measure = ctx.tables.long_measure
    joiners = set(ln.get("joiners", ()))
    verbal_joiners = set(ln.get("verbal_joiners", ()))
    names = {c.end: c.start for c in ctx.cands if c.cls in ("Enterprise", "Institution", "Place")}
    starts = ctx.starts
    # 杭州游泳馆|承接游泳项目: a verb after a name governs it (not after a track: 汽车|滚装码头)
    named_ends = {c.end for c in ctx.cands if c.cls != "IndustryTrack"}
    named_starts = {c.start for c in ctx.cands if c.cls in ("Enterprise", "Institution")}
    start = upto
    before = toks[:bisect_right(toks, upto, key=END)]   # the tokens end in order
    # the name's own head word met again on the way is another name's end (以上项目|有
    # 青禾材料项目: the words before it are the clause's, not this project's)
    head = ctx.by_start.get(upto)
    own_head = head.text if head is not None and head.text in ctx.rules.heads else None
    k = len(before) - 1
    # (where a quoted part or a process the walk crossed opens, where the walk stood before it:
    # words of the name must stand before either, or the walk goes back)
    quoted = crossed = None
    while k >= 0:
        t = before[k]
        if t.end != start and start != upto:
            break
        q_at = quoted_part(ctx, start) if quoted is None else None
        if q_at is not None and upto - q_at <= max_len and opens_part(ctx, q_at):
            quoted, start = (q_at, start), q_at      # 青禾20兆瓦|“光伏＋治沙”|示范项目
            while k >= 0 and before[k].end > start:
                k -= 1
            continue
        if t.text == own_head and start < upto:
            break
        if start < upto and other_firm_before(ctx, t, upto):
            break   # 文旅科技公司|星澜云游网络科技有限公司: another firm, or the firm's kind, before its name
        if start < upto and t.text in ln.get("acquire_verbs", ()) and firm_head_at(ctx, upto):
            break   # 拟收购|星澜化工有限公司: the firm the act takes over, no word of its name
        if start < upto and kind_before_place(ctx, start) and firm_head_at(ctx, upto):
            break   # 新材料龙头|浙江星澜科技股份有限公司: the firm's kind before its place-led name
        if start in names and names[start] < start:      # a name inside the name
            start = names[start]
            while k >= 0 and before[k].end > start:
                k -= 1
            continue
        q = measure.search(ctx.text, max(0, start - 24), start) if measure else None
        if q and q.start() in starts and upto - q.start() <= max_len:
            start = q.start()                               # 年产5万台, 第8.6代
            while k >= 0 and before[k].end > start:
                k -= 1
            continue
        if t.text in DASH and start < upto and k > 0 and (
                joins_names(ctx, before, k) or _joins_words(ctx, before, k, upto)):
            start = t.start     # 中国—东盟(南宁)产业园, X产业链一体化—乙烯二期项目: one name across a dash
            k -= 1
            continue
        prev = before[k - 1] if k > 0 and before[k - 1].end == t.start else None
        # a word before that ends a name (杭州游泳馆|承接游泳项目, A项目|及B项目) is not inside
        content_before = (prev is not None and prev.end not in named_ends and content(ctx, prev, upto)
                          and not ends_name(ctx, prev.text))
        if t.text in joiners and start == upto and prev is not None and han(prev.text) \
                and (len(prev.text) == 1 or not prev.pos) and firm_head_at(ctx, upto):
            start = t.start     # 众|和|股份有限公司: no name follows the joiner, a brand's character after one
            # or after a guess of jieba's (星澜青|和|有限公司), not after a word it knows (研发|和)
            k -= 1
            continue
        if t.text in joiners and start < upto and _name_after(ctx, t, start, ln):
            break   # 星澜团队和|青禾动漫科技有限公司: a joiner before a proper word joins two names
        if t.text in joiners and start < upto and (content_before or (
                t.text in verbal_joiners and prev is not None and prev.end not in named_ends
                and ctx.seg.tag(prev.text) == "vn" and not stops(ctx, prev, upto))):
            # (酱酒酿造及储酒中心: a verbal noun, the first product; not 酿造和储存项目, a kind of works)
            start = t.start                                 # 工业机器人及核心零部件
            k -= 1
            continue
        if t.text in verbal_joiners and start < upto and prev is not None and prev.end not in named_ends \
                and k > 1 and _object_verb(ctx, before, k - 1, upto):
            crossed = (before[k - 2].start, start)
            start = before[k - 2].start     # 焦煤|洗选|及|煤焦油…: a process named by what it works on
            k -= 3
            continue
        if not content_before and k > 1 and _coined_chars(ctx, before, k - 1, upto):
            content_before = True   # 星|酝|包装科技有限公司: a brand jieba cut into characters, then a trade
        if not content_before and prev is not None and prev.text in joiners and k > 1:
            # 单晶硅棒及|切片, 酱酒酿造及|储酒: the second of two products a joiner puts side by
            # side is a word of the name, whatever jieba takes it for
            first = before[k - 2]
            content_before = first.end == prev.start and first.end not in named_ends \
                and content(ctx, first, upto) and not ends_name(ctx, first.text)
        if start < upto and t.end == start and t.text in trades and upto - t.start <= max_len \
                and firm_head_at(ctx, t.end) and firm_head_at(ctx, upto):
            start = t.start     # 青禾宏基|建设|集团|丹东分公司: the group's registered trade, inside the branch's name
            k -= 1
            continue
        short = short_place_at(ctx, before, k, start, upto) if upto - t.start <= max_len else 0
        if short:   # 引进了|大同|星澜信息技术有限公司: a county's short form jieba took for an adverb or a verb
            start = before[k - short + 1].start
            k -= short
            continue
        if prev is not None and ends_name(ctx, prev.text) and (
                t.text in ln.get("between_names", ()) or not content(ctx, t, upto) and t.text not in inside
                and ctx.seg.tag(t.text) not in after_name_tags):
            break   # 中国船舶集团有限公司|所属|中船发动机有限公司: a word after a name is no word of this one
            # (nor a verb of one party acting for or with another: 星澜市财政局|委托|星澜集团有限公司)
            # (but a trade's fixed phrase or adjective is: 星澜集团|耐火材料|有限公司, a group's subsidiary)
        if upto - t.start <= max_len and start < upto and coined_pair(ctx, before, k, start):
            start = t.start     # 邦|普|一体化…产业园一期: a coined word cut into characters
            k -= 1
            continue
        if upto - t.start <= max_len and start < upto and edge_char(ctx, before, k, start):
            start = t.start     # 青禾|万|石林|旅游集团有限公司: the name's character, no count
            k -= 1
            continue
        if t.text == " " and prev is not None and alnum(prev.text) and k + 1 < len(before) and alnum(before[k + 1].text) \
                and start < upto and upto - prev.start <= max_len:
            start = prev.start  # X|Mini| |LED|背光模组项目: a space between two Latin words of a product
            k -= 2
            continue
        if start < upto and t.end == start and start in named_starts and _glued_after(ctx, t):
            break   # 针状焦由|中国石油…分公司: a preposition jieba glued to the word before a name
        if start < upto and t.end == start and k > 0 and ctx.seg.tag(t.text) == "m" \
                and numeral_opening(ctx, before, k - 1, t.start):
            start = before[k - 1].start     # ；三|一重|能（云溪）有限公司: a brand of numerals
            break
        if start < upto and upto - t.start <= max_len and registered_numeral(ctx, before, k, start) \
                and firm_head_at(ctx, upto):
            start = t.start     # 青岚|十八|湾旅游开发有限公司: a numeral of the brand, no count
            k -= 1
            continue
        if start < upto and numeral_stem_before(ctx, before, k, start, upto):
            start = t.start     # 十里|长街…二期改造: a place's stem jieba took for a sum
            k -= 1
            continue
        if start < upto and name_end_before(ctx, before, k, start, upto):
            start = before[k - 1].start     # 乌斯|太|厂区…项目: a transliterated place's last character
            k -= 2
            continue
        if start < upto and date_street_before(ctx, before, k, start):
            start = t.start     # 五一|北路…工程: a street named by a date, no count
            k -= 1
            continue
        if start < upto and verb_before_place(ctx, t, start, upto):
            break   # 青禾县|组织|广西星澜…有限公司: the clause's verb before the firm's place-led name
        if upto - t.start > max_len or long_stop(ctx, t, inside, keep, stop_tags, content_before):
            if upto - t.start <= max_len and start < upto and (
                    brand_of_words(ctx, before, k, start, upto) or place_stem(ctx, before, k, start)):
                start = t.start     # 纵横|新材|碳纤维项目: a brand of dictionary words, then its trade
            elif upto - t.start <= max_len and start < upto and place_registered(ctx, before, k, start, upto):
                start = before[k - 1].start     # 云岭|延长|星澜化工有限公司: the firm's registered place
            else:
                start = item_registered(ctx, before, k, start, upto)   # 、福建|星锐|精密|铸造|有限公司、
            break
        glued = glued_boundary(ctx, t)
        if glued:
            start = t.start + glued
            break
        start = t.start
        k -= 1
    # (实施|“光伏＋治沙”项目: no word of the name before the quotes, they are the slogan's; 政府|采购|及|
    # 工程建设项目: no brand, place or capacity before the process, a kind of works)
    if crossed is not None and not proper(ctx, ctx.text[start:crossed[0]]):
        start = crossed[1]
    if quoted is not None and start == quoted[0]:
        start = quoted[1]
    start = coordinated_start(ctx, start, upto)  # 云溪镇、|墨川乡二期碳汇项目: one project of both towns
    title = title_before(ctx, start, upto)     # 《星河传说》|沉浸式夜游项目
    return start if title is None else title


def _object_verb(ctx: Context, before: list[Token], j: int, upto: int) -> bool:
    """True when ``before[j]`` is a verb of two characters right after the noun it takes
    (焦煤|洗选, 原油|炼制), both words free: a process named by what it works on, the first of
    two products a joiner puts side by side (not 推进|及, a verb alone)."""
    w, obj = before[j], before[j - 1]
    return ctx.seg.tag(w.text) == "v" and len(w.text) == 2 and obj.end == w.start and len(obj.text) >= 2 \
        and ctx.seg.tag(obj.text)[:1] == "n" and ctx.lex.lookup(w.text) is None and content(ctx, obj, upto)


def _glued_after(ctx: Context, t: Token) -> bool:
    """True when the word ``t`` no dictionary knows ends in a one-character boundary word jieba
    glued onto it (焦由, [boundary] glued): the name after it begins after the preposition."""
    w = t.text
    return len(w) >= 2 and w[-1] in ctx.rules.glued_boundary and not ctx.seg.knows(w) and ctx.lex.lookup(w) is None


def _joins_words(ctx: Context, before: list[Token], k: int, upto: int) -> bool:
    """True when the single dash ``before[k]`` inside a long name stands between two nouns
    of it (产业链一体化—乙烯): the words of one project, not two names (A项目—B项目) nor a
    range of numbers."""
    if before[k - 1].end != before[k].start or before[k + 1].start != before[k].end:
        return False
    left, right = before[k - 1], before[k + 1]
    return all(len(w.text) >= 2 and not stops(ctx, w, upto) and han(w.text)
               and ctx.seg.tag(w.text)[:1] in ("n", "l", "j", "") for w in (left, right)) \
        and not ends_name(ctx, left.text)


def _coined_chars(ctx: Context, before: list[Token], j: int, upto: int) -> bool:
    """True when ``before[j]`` and the token before it are characters jieba left alone,
    each of which may stand in a name (星|酝): a coined word cut into characters."""
    a, b = before[j - 1], before[j]
    if not (a.end == b.start and all(len(x.text) == 1 and han(x.text) and not stops(ctx, x, upto)
                                     and x.text not in ctx.rules.boundary for x in (a, b))):
        return False
    # (where a name opens: the sentence's or a clause's start, or right after a place, 四川|星|酝;
    # not after a word, 他|说|要: a clause's own characters)
    w = before[j - 2] if j > 1 and before[j - 2].end == a.start else None
    return w is None or is_punct(w.text[-1]) or ctx.seg.tag(w.text) == "ns"


def ends_in_head(ctx: Context, mod: str) -> bool:
    """True when ``mod`` ends in a head of two or more characters (X研发中心|项目,
    X生产基地|二期): the project of building that named thing."""
    h = ctx.rules.head_of(mod)
    return bool(h and len(h.word) > 1)


def _name_after(ctx: Context, t: Token, start: int, ln: dict) -> bool:
    """True when the joiner ``t`` is one that joins names ([long_name] name_joiners: 和, 与),
    a word of two characters or more before it, and the word right after it opens a name: a place the lexicon knows, or a word of two
    characters or more jieba does not know or tags a proper noun (name_tags). Two products
    are joined by everyday words (机器人与|核心零部件)."""
    if t.text not in ln.get("name_joiners", ()) or t.end != start:
        return False
    prev = ctx.by_end.get(t.start)
    if prev is None or len(prev.text) < 2:
        return False    # (浙江星|和|新能源科技…: a brand's character before it)
    nxt = ctx.by_start.get(start)
    if nxt is None or len(nxt.text) < 2 or not han(nxt.text) or nxt.text in ctx.rules.boundary:
        return False
    return ctx.seg.tag(nxt.text) in ln.get("name_tags", ()) or ctx.lex.lookup(nxt.text, "Place") is not None


def phased(ctx: Context, mod: str) -> bool:
    """True when a long name's words end in a numbered phase ([long_name] specific: X人才公寓二期|项目):
    the works of one phase of a thing are named, before 建设 as anywhere (X二期项目建设)."""
    found = rx(ctx.rules.long_name.get("specific", "$^")).search(mod)
    return found is not None and found.start() >= 2    # (not 二期|项目建设 alone: the phase of what?)
