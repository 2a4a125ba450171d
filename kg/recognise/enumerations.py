"""Lists that a counted noun types: ``A、B、C等N个<modifier><noun>`` (龙头企业 ->
Enterprise, the modifier maybe naming their track), and the items of common
words that stand where named peers stand (enumeration peers). Lists a noun
types from elsewhere are typed_lists.py's; bare words that share an area's
head, shared_heads.py's."""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context
from .proper_words import generic_only, strip_generic
from .counted_tails import ends_counted, whose_list
from .item_spans import count_of, joined, last_two, split_items
from .items import item
from .text import CLOSE_QUOTES, JOIN_CHARS, LIST_SEP, OPEN_QUOTES, is_punct

# How far back from a list's noun its counter may start (等12个, 等一大批): far more than any has.
COUNTER_REACH = 24
_QUOTES = OPEN_QUOTES + CLOSE_QUOTES
_MOD_STOPS = "的" + JOIN_CHARS       # no word of an enumeration's modifier
_ASPECT = ("了", "过")               # particles after a verb, before its counted object


def enumerations(ctx: Context) -> list[Cand]:
    """``A、B、C等N个<modifier><noun>``: the noun types the items, the modifier may name their track."""
    text, gid = ctx.text, ctx.gid
    out = []
    counter = ctx.tables.counter_re
    last = ctx.tables.counter_last      # a counter ends with one of these (or there is none)
    for k, m in enumerate(ctx.tables.noun_re.finditer(text)):
        noun = m.group()
        cls = ctx.rules.enum_nouns[noun]
        if cls == "IndustryTrack" and rx(ctx.rules.data.get("enum", {}).get("track_noun_glued", "$^")).match(text, m.end()):
            continue    # A、B两大产业带: the noun is a word of a longer one (belts, rings, bases), no trade
        end = m.start()             # the text before the noun: text[:end]
        parsed = None
        # a joining word inside a track the modifier names is a word of it (等软件和信息服务企业)
        in_track = None     # (made when a joining word asks)
        for mod_len in range(0, 13):
            if mod_len > end:
                break
            at = end - mod_len      # the modifier is text[at:end], the rest text[:at]
            # the modifier grows by one character at its left: the characters
            # after it passed this test already
            if mod_len:
                ch = text[at]
                if is_punct(ch) and ch not in _QUOTES:
                    break
                if ch in _MOD_STOPS:
                    if in_track is None:
                        in_track = {i for c in ctx.cands if c.cls == "IndustryTrack" and c.end == end
                                    for i in range(c.start, c.end)}
                    if at not in in_track and not _joined_modifier(ctx, text, at, end):
                        break
            # the counter ends the text before the modifier ($ at endpos, as at the
            # end of text[:at]): searching only its tail keeps a long line without
            # punctuation linear
            c = counter.search(text, max(0, at - COUNTER_REACH), at) \
                if last is None or text[at - 1:at] in last else None
            if not c and not mod_len and text[at - 1:at] in CLOSE_QUOTES and cls == "IndustryTrack":
                rest = text[:at]
                if LIST_SEP in rest[max(rest.rfind(q) for q in OPEN_QUOTES):]:
                    # 主攻“智能网联、合成材料”主导产业: a quoted list needs no counter
                    parsed = (rest, "", True)
                    break
            if c:
                parsed = (text[:c.start()], text[at:end].strip(OPEN_QUOTES + CLOSE_QUOTES), bool(c.group("deng")))
                break
        if not parsed:
            continue
        list_text, mod, deng = parsed
        if cls == "Enterprise" and mod in ctx.rules.track_products.get("maker_modifiers", ()):
            continue  # 滑板、雪橇等生产企业: the items are what the firms make
        if cls != "IndustryTrack" and rx(ctx.rules.data.get("enum", {}).get("kind_counter", "$^")).search(
                text, len(list_text), m.start() - len(mod)):
            continue  # A、B和C三类企业: kinds of firms, no firms
        if cls != "IndustryTrack" and rx(ctx.rules.data.get("enum", {}).get("kind_modifier", "$^")).search(mod):
            continue  # A、B等细分门类企业: the firms' segments of a trade, no firms
        if list_text.rstrip()[-1:] in JOIN_CHARS and "等" in list_text or ends_counted(ctx, list_text) or whose_list(ctx, list_text):
            continue  # A、B等22家企业和3个产业园区: the count after 和 counts things it does not name
            #           (A、B2个街道、30个社区 too: kg/recognise/counted_tails.py; A、B的64家企业: whose, not which)
        tail = next((t for t in reversed(ctx.toks) if t.end <= len(list_text)), None)
        tail_end = len(list_text)
        if tail is not None and tail.end == tail_end and tail.text in _ASPECT:
            tail_end = tail.start   # A与B共建了8个实验室: the verb stands before 了
            tail = next((t for t in reversed(ctx.toks) if t.end <= tail_end), None)
        if tail is not None and tail.end == tail_end and len(tail.text) > 1 \
                and tail.text in ctx.rules.boundary and tail.text not in ctx.rules.name_internal:
            continue  # 在A、B布局一批平台: a verb before the count; the list is where, not what
        items = split_items(ctx, list_text)
        # a bare counter ("三个场馆") lists nothing unless the items are spelled out (A和B两个
        #细分领域: two tracks joined, as the count says, spell them out)
        pair = _pair_counted(ctx, cls, items, text[len(list_text):m.start()]) \
            if len(items) == 1 and not deng else None
        items = pair or items
        if not items or (len(items) < 2 and not deng and "等" not in text[m.start() - len(mod) - 3:m.start()]):
            continue
        group = f"{gid}/{k}"
        track = _track_in(ctx, mod)
        spans = [part for span in items for part in joined(ctx, *span, cls)]
        if cls == "IndustryTrack" and count_of(text[len(list_text):m.start()]) == len(items) + 1:
            spans = spans[:-1] + last_two(ctx, *spans[-1])   # A、B和C三大领域: the count says C is one
        elif len(spans) == len(items) >= 2 and _joined_peer(ctx, spans, count_of(text[len(list_text):m.start()])) \
                or cls == "IndustryTrack" and spans and _work_pair(ctx, *spans[-1]):
            # A新城、B新城和C等片区, A、B、C和D四大园区: the last item is two, as its count or
            # its first half's shape (the ending its peers share) says
            spans = spans[:-1] + last_two(ctx, *spans[-1])
        found = [item(ctx, text[s:e], s, e, cls, group, noun) for s, e in spans]
        if cls in ("Enterprise", "Institution"):
            spans, found = _whole_first(ctx, list_text, spans, found, cls, group, noun)
        out.extend(c for c in found if c)
        if cls != "IndustryTrack" and cls not in ctx.rules.enum_no_peers \
                and 2 * sum(1 for c in found if c) >= len(spans):
            # 国盾量子、本源量子、国仪量子等一批量子企业: an item of common words stands where
            # its peers stand, when most of them are names
            out.extend(_peer(ctx, s, e, cls, group) for (s, e), c in zip(spans, found)
                       if c is None and _peer(ctx, s, e, cls, group))
        if track:
            ms = m.start() - len(mod)
            out.append(Cand(ms + track[0], ms + track[1], "IndustryTrack", track[2],
                            "enumeration-modifier", prio=3, group=group, role="head-track"))
    return out


def _pair_counted(ctx: Context, cls: str, items: list, counter: str) -> list | None:
    """The two tracks joined by 和/及/与 that open a clause and a count of two vouches for
    (，星澜材料和青禾电池两个细分领域): the item the list's walk found and the words before
    its joining word back to the clause's start; None for any other list."""
    s, e = items[0]
    text = ctx.text
    if cls != "IndustryTrack" or count_of(counter) != 2 or s < 3 or text[s - 1] not in JOIN_CHARS:
        return None
    a = s - 1
    while a > 0 and not is_punct(text[a - 1]):
        a -= 1
    if not 2 <= s - 1 - a <= 12 or any(j in text[a:s - 1] for j in JOIN_CHARS):
        return None     # (A和B及C两大产业: which join parts the two the count says, unknown)
    # (高新区围绕A和B两大…: the words before the joining word are a clause, not a name)
    if any(a <= t.start and t.end <= s - 1 and ctx.seg.tag(t.text)[:1] == "v" for t in ctx.toks):
        return None
    return [(a, s - 1), (s, e)]


def _whole_first(ctx: Context, list_text: str, spans: list, found: list, cls: str, group: str,
                 noun: str) -> tuple[list, list]:
    """The first item of a list of firms or bodies, whole, where the walk left from its end
    cut its name: a clause's first words before 、 are all the
    item (，禾州远航动力、X等企业: not 动力), or those after the verb that opens the clause
    (推动星普、X等龙头企业, 集聚了星晶信息显示材料、X等企业: the object starts after the verb
    and its particle, whatever verb stands inside the name). Only when the walk's item is no
    name (rejected, or too short to be kept)."""
    text = ctx.text
    end = len(list_text)
    r = end
    while r > 0 and not (is_punct(text[r - 1]) and text[r - 1] not in LIST_SEP + _QUOTES):
        r -= 1
    sep = text.find(LIST_SEP, r, end)
    if sep < 0 or sep - r < 2:
        return spans, found
    k = next((i for i, (s, e) in enumerate(spans) if e == sep), None)
    if k is not None and found[k] is not None:
        return spans, found
    if k is None and spans and (spans[0][1] < sep or text[spans[0][0] - 1] not in LIST_SEP):
        return spans, found     # (the items the list holds start after this one, or after a verb:
        #                          依托A、B优势|对接|C等企业, kg/recognise/item_spans.py _after_verb)
    start = r
    toks = [t for t in ctx.toks if r <= t.start and t.end <= sep]
    for i, t in enumerate(toks):
        # (a verb, or a boundary word no dictionary knows, which is no noun of a name: 另有|X、Y等)
        if len(t.text) >= 2 and t.text in ctx.rules.boundary and ctx.seg.tag(t.text)[:1] in ("v", ""):
            start = t.end
            for u in toks[i + 1:]:
                if u.text not in _ASPECT or u.start != start:
                    break
                start = u.end
            break
    name = text[start:sep]
    if not (2 <= len(name) <= ctx.rules.lengths["bare_name"]) or any(is_punct(ch) for ch in name):
        return spans, found
    c = item(ctx, name, start, sep, cls, group, noun)
    if c is None:
        words = ctx.seg.tokens(name)
        if len(name) <= 3 and len(words) == len(name) and not ctx.lex.is_not_entity(name):
            # 邦|普: characters jieba could not join into a word are a coined name
            c = Cand(start, sep, cls, name, "enumeration", prio=5, group=group, role="item")
    if c is None:
        return spans, found
    if k is None:
        return [(start, sep)] + spans, [c] + found
    return spans[:k] + [(start, sep)] + spans[k + 1:], found[:k] + [c] + found[k + 1:]


def _joined_modifier(ctx: Context, text: str, at: int, end: int) -> bool:
    """True when the joining word at ``at`` joins two fields of a modifier that 等 opens
    (A、B等整车及关键零部件企业): words of two characters or more on each side, no noun of
    a list among them (not 等企业和机构: two nouns, each its own list's)."""
    if text[at] not in JOIN_CHARS or end - at < 3:
        return False
    k = at - 1
    while k >= 0 and not is_punct(text[k]) and text[k] != "等" and at - k <= 10:
        k -= 1
    if k < 0 or text[k] != "等" or at - k - 1 < 2:
        return False
    mod = text[k + 1:end]
    # (tracks joined in the modifier are read as tracks: 等互联网和数字经济企业)
    return not any(n in mod for n in ctx.rules.enum_nouns) and not any(
        c.cls == "IndustryTrack" and k < c.start and c.end <= end for c in ctx.cands)


def _joined_peer(ctx: Context, spans: list[tuple[int, int]], count: int | None) -> bool:
    """True when the last of a list's items holds two joined by 和/及/与: the count
    after the list is one more than its items, or the words before the join end as
    the item before it does (水土新城和礼嘉 after 鱼复新城)."""
    s, e = spans[-1]
    two = last_two(ctx, s, e)
    if len(two) < 2:
        return False
    if count == len(spans) + 1:
        return True
    (a, b), (ps, pe) = two[0], spans[-2]
    # (茶叶、蔗糖、坚果和咖啡: two-character nouns each, as every item before them is)
    return b - a >= 3 and pe - ps >= 3 and ctx.text[b - 2:b] == ctx.text[pe - 2:pe] \
        or all(_one_noun(ctx, x, y) for x, y in (*spans[:-1], *two))


def _work_pair(ctx: Context, s: int, e: int) -> bool:
    """True when s..e holds two lines of farm or forest work joined by 和/及/与 (B种植和C加工, in a
    list A采集、B种植和C加工等林下产业): each half ends on a word of work ([enum] activity_ends)."""
    two, ends = last_two(ctx, s, e), ctx.rules.enum_activity_ends
    return len(two) == 2 and bool(ends) and all(y - x >= 3 and ctx.text[x:y].endswith(ends) for x, y in two)


def _one_noun(ctx: Context, s: int, e: int) -> bool:
    """True when s..e is one two-character word the dictionary tags a noun (茶叶, 咖啡)."""
    return e - s == 2 and ctx.seg.tag(ctx.text[s:e]) == "n" and s in ctx.by_start \
        and ctx.by_start[s].end == e


def _track_in(ctx: Context, mod: str):
    """A track named in an enumeration's modifier (数字经济总部 -> 数字经济)."""
    for n in range(len(mod), 1, -1):
        for i in range(0, len(mod) - n + 1):
            e = ctx.lex.lookup(mod[i:i + n], "IndustryTrack")
            if e:
                return i, i + n, e.name
    return None


def _peer(ctx: Context, s: int, e: int, cls: str, group: str) -> Cand | None:
    """An item made of nouns alone, none of them generic, no name of another class, not a
    name's head alone (动力, 科技: what is left of an item whose brand the walk cut off)."""
    name = ctx.text[s:e]
    if not (2 <= len(name) <= ctx.rules.lengths["bare_name"]) or ctx.lex.is_not_entity(name) \
            or generic_only(ctx, name) or name in ctx.rules.heads \
            or strip_generic(ctx, s, e) != s:
        return None
    known = ctx.lex.lookup(name)
    if known and known.cls != cls:
        return None
    for t in ctx.seg.tokens(name):
        if cls == "Place" and t.end == len(name) and t.text in ctx.rules.road_heads:
            continue    # 百合|道 (a measure word to the dictionary) listed with roads: a road's head
        if ctx.seg.tag(t.text) not in ("n", "nz", "vn", "j", "eng", "nr", "nt", "zg", "") or (
                ctx.lex.lookup(t.text) and ctx.lex.lookup(t.text).cls not in (cls, "IndustryTrack")):
            return None
    return Cand(s, e, cls, known.name if known else name, "enumeration-peer", prio=4, group=group, role="item")
