"""Where a list of names splits into its items: 、 and quotation marks, 以及, a last pair
joined by 和/与/及, the count after a list (等三大方向) and what ends an item before the
list's noun or verb. What an item names is ``kg/recognise/items.py``'s."""
from __future__ import annotations

import re

from ..facts.numbers import parse_number
from ..notions import NUMERAL
from ..rules import rx
from .context import Context
from .proper_words import proper, strip_generic
from .modifier import left_modifier
from .name_stops import stops
from .text import CLOSE_QUOTES, JOIN_CHARS, LIST_SEP, OPEN_QUOTES, is_punct
from .trade_parks import trade_park
from .tracks import COUNTED as _COUNTED
from .track_words import derived_pair


LIST_AND = "以及"
_JOINING_DASHES = "·—"


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def split_items(ctx: Context, list_text: str) -> list[tuple[int, int]]:
    """Spans of the items of a list that ends at len(list_text).

    ``“A”“B”`` and ``A、B、C`` lists; a list that ends with a closing quote
    is the quoted run (主攻“数字经济、生命健康”主导产业).
    """
    text, toks = ctx.text, ctx.toks
    end = len(list_text)
    # a place in brackets inside a name is a word of it (火炬(翔安)产业区), not a break
    inside = {i for m in ctx.tables.bracket_re.finditer(text, 0, end) for i in (m.start(), m.end() - 1)} \
        if "(" in text or "（" in text else set()
    # ... and so is a middle dot or a single dash between two characters (保定·中关村创新中心,
    # 中国—东盟信息港): it joins two names in one, the walk left over the item crosses it
    if any(d in text for d in _JOINING_DASHES):
        inside |= {i for i in range(1, end - 1) if text[i] in _JOINING_DASHES
                   and _cjk(text[i - 1]) and _cjk(text[i + 1])}
    if end and text[end - 1] in CLOSE_QUOTES:
        i = end
        while i > 0 and (text[i - 1] in CLOSE_QUOTES or text[i - 1] in LIST_SEP):
            j = i - 1
            while j > 0 and text[j - 1] not in OPEN_QUOTES and not (
                    is_punct(text[j - 1]) and text[j - 1] not in LIST_SEP):
                j -= 1
            if j == 0 or text[j - 1] not in OPEN_QUOTES:
                break
            i = j - 1
        region_start = i
    else:
        i = end
        while i > 0 and not (is_punct(text[i - 1]) and text[i - 1] not in LIST_SEP + OPEN_QUOTES + CLOSE_QUOTES
                             and i - 1 not in inside):
            i -= 1
        # (a report's numbered point opening the sentence, 二、…: [boundary] list_point)
        point = rx(ctx.rules.data.get("boundary", {}).get("list_point", "$^")).match(text, i) if i == 0 else None
        region_start = point.end() if point is not None and point.end() < end else i
    parts, cur = [], region_start
    for j in range(region_start, end + 1):
        if j == end or text[j] in LIST_SEP or (text[j] in OPEN_QUOTES and j > region_start
                                                and text[j - 1] in CLOSE_QUOTES):
            parts.append((cur, j))
            cur = j + (1 if j < end and text[j] in LIST_SEP else 0)
        elif text.startswith(LIST_AND, j) and j > cur:
            parts.append((cur, j))   # 以及 never stands inside a name: IBM以及云从科技
            cur = j + len(LIST_AND)
    for n in range(len(parts) - 1, -1, -1):
        after = _after_adverb_and_joiner(ctx, *parts[n])
        if after is None:
            after = _after_closed_list(ctx, *parts[n])
        if after is None and n > 0:
            after = _after_verb(ctx, *parts[n])
        if after is not None:   # A、B将与C、D等企业: the list is C、D; A、B are the clause's subject
            parts = [(after, parts[n][1])] + parts[n + 1:]
            break
    out = []
    for n, (s, e) in enumerate(parts):
        start = s
        # (a quotation that opens before the first item and runs past it quotes a whole
        # phrase: “海门正在打造A、B…” — its first item still starts after the verb)
        quoted = s < e and text[s] in OPEN_QUOTES and (len(parts) == 1 or text[e - 1] in CLOSE_QUOTES)
        if n == 0 and not quoted:  # the first item starts after the verb that introduces the list
            s = max(s, left_modifier(ctx, e, max_len=ctx.rules.lengths["list_item"], item_end=True))
            # (涵盖钛及钛合金、…: the walk stops at 及, but a material before it is the item's)
            s = next((s - 1 - k for k in (2, 1) if s - 1 - k >= start and text[s - 1:s] in JOIN_CHARS
                      and derived_pair(ctx.rules, text[s - 1 - k:e])), s)
        while s < e and (text[s] in OPEN_QUOTES + CLOSE_QUOTES or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in OPEN_QUOTES + CLOSE_QUOTES or text[e - 1].isspace()):
            e -= 1
        if n == 0:
            for t in toks:
                if (s <= t.start and t.end < e and t.text in ctx.rules.enum_nouns
                        and ctx.rules.enum_nouns[t.text] != "IndustryTrack"):
                    s = t.end
            s = strip_generic(ctx, s, e)
            # (现代家居: a word that opens track names stays before a short noun, as in tracks.tracks)
            w = next((w for w in ctx.rules.track_tags.get("opening_words", ())
                      if text.startswith(w, s - len(w)) and s - len(w) >= start), None)
            if w and 2 <= e - s < ctx.rules.track_min_unknown and not ctx.lex.lookup(text[s:e]):
                s -= len(w)
        if n == len(parts) - 1:
            e = _before_verb_at_end(ctx, s, e)
        if 2 <= e - s <= ctx.rules.lengths["list_item"] and not any(
                is_punct(text[k]) and k not in inside for k in range(s, e)):
            out.append((s, e))
    return out


def _before_verb_at_end(ctx: Context, s: int, e: int) -> int:
    """The end of a list's last item without the boundary word that ends it: the
    clause's verb stands between a list and its counter (A、B街道|布局|一批平台)."""
    t = ctx.by_end.get(e)
    if t is not None and t.start > s and len(t.text) > 1 and t.text in ctx.rules.boundary \
            and t.text not in ctx.rules.name_internal:
        return t.start
    return e


def _after_adverb_and_joiner(ctx: Context, s: int, e: int) -> int | None:
    """Where a list begins again inside the item s..e: after a joining word that an
    adverb stands before (将与, 已和, 也与), which makes it the preposition "with"."""
    prev = None
    for t in ctx.toks:
        if t.start >= e:
            break
        if t.start > s and t.text in JOIN_CHARS and prev is not None and prev.end == t.start \
                and prev.start > s and ctx.seg.tag(prev.text)[:1] == "d":
            return t.end
        prev = t
    return None


def _after_verb(ctx: Context, s: int, e: int) -> int | None:
    """Where a list begins again inside the item s..e after the first: after a verb of
    [boundary] words inside it (会同A局、B委|做好|C、D等项目的服务, 依托A、B优势|对接|C等企业):
    the items before it are the clause's subjects or objects, the list is the verb's. The
    words after it (but 了) must be a name's: none a function word or a mark (not A、B主办|的…在C).
    Not a word of works ([long_name] inside: A|改造|工程)."""
    inside = ctx.rules.long_name.get("inside", ())
    toks = [t for t in ctx.toks if s <= t.start and t.end <= e]
    for i, t in enumerate(toks):
        if s < t.start and t.end < e and len(t.text) > 1 and t.text in ctx.rules.boundary \
                and t.text not in ctx.rules.name_internal and t.text not in inside and ctx.seg.tag(t.text) == "v":
            rest = toks[i + 1:]
            while rest and rest[0].text == "了":
                rest = rest[1:]
            if rest and all(u.text in JOIN_CHARS or not (stops(ctx, u, e) or is_punct(u.text[0])) for u in rest):
                return rest[0].start
            return None
    return None


def _after_closed_list(ctx: Context, s: int, e: int) -> int | None:
    """Where a list begins again inside the item s..e: after the joining word that
    follows a list closed by 等 or a count and its own noun (A、B等上市公司|和|C、D等配套
    企业, A、B两大主导产业|和|C、D两个特色产业): the items before it are that noun's."""
    text = ctx.text
    k = text.find("等", s + 1, e)
    if k < 0:
        # (A、B两大主导产业和C、D两个特色产业: a list closed by its count and noun)
        m = _COUNTED.search(text, s + 1, e)
        k = m.start() - 1 if m else -1
    if k < 0:
        return None
    for t in ctx.toks:
        if k < t.start < e and t.text in JOIN_CHARS:
            words = text[k + 1:t.start]
            return t.end if words and words.endswith(tuple(ctx.rules.enum_nouns)) else None
    return None


def joined(ctx: Context, s: int, e: int, cls: str) -> list[tuple[int, int]]:
    """The item s..e, or its two names when a list's last two are joined by 和/与/及
    (星澜科技和墨川网络等企业); tracks stay whole (高端软件和人工智能 is one track)."""
    text = ctx.text
    if cls == "IndustryTrack":
        return [(s, e)]
    for k in range(s + 2, e - 1):
        if text[k] in JOIN_CHARS and proper(ctx, text[s:k]) and proper(ctx, text[k + 1:e]):
            return [(s, k), (k + 1, e)]
    if cls in ("Place", "Platform"):
        # (装备制造产业园和星澜加工区, 云溪片区和上林片区: areas, each ending on an area's head or
        # named by a proper word, the joining word a word of its own)
        for k in range(s + 2, e - 1):
            t = ctx.by_start.get(k)
            if t is not None and t.text == text[k] and text[k] in ctx.rules.area_joiners \
                    and _area(ctx, text[s:k]) and _area(ctx, text[k + 1:e]):
                return [(s, k), (k + 1, e)]
    return [(s, e)]


def _area(ctx: Context, name: str) -> bool:
    """True when ``name`` ends on the head of an area (a place's or a park's) or is proper."""
    h = ctx.rules.head_of(name)
    return (h is not None and h.cls in ("Place", "Platform") and len(name) > len(h.word)) or proper(ctx, name) \
        or trade_park(ctx, name)   # (精密机械园和冷链物流园: a trade's park beside a park)


def count_of(after: str) -> int | None:
    """The count a list is followed by (等三大方向 -> 3, 四个领域 -> 4), if any: when it is
    the number of the list's 、-items, 与 joins words of one item (抗体药物、细胞与基因
    治疗、高端医疗器械三个方向); when it is one more, 和 joins the last two."""
    m = re.match(f"(?:等)?(?:首批)?({NUMERAL}+)[个大条项类家]", after)
    if not m:
        return None
    n = parse_number(m.group(1))
    return int(n) if n is not None else None


def last_two(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """The last item of a list of tracks, split at its last 和/及/与 (化学药、生物药和现代中药)."""
    text = ctx.text
    k = max((text.rfind(j, s, e) for j in JOIN_CHARS), default=-1)
    # (绿色钢铁和钛及钛合金: a material joined to its own form is one item, split before it)
    if k > s and derived_pair(ctx.rules, text[s:e]):
        return [(s, e)]
    k0 = max((text.rfind(j, s, k) for j in JOIN_CHARS), default=-1) if k > s else -1
    if k0 > s + 1 and derived_pair(ctx.rules, text[k0 + 1:e]):
        k = k0
    if k > s + 1 and e - k > 2:
        return [(s, k), (k + 1, e)]
    return [(s, e)]
