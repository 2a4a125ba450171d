"""Whether words are a proper name or only generic ones: a span that holds a
proper word (an unknown word, a place, a brand), generic words stripped off a
span's start (重点, 一批, 优质 …), a county's short form, a numeral that is a
place's stem (八角), a word of a short quotation (a slogan's or an award's).
The candidate sources ask them before they take a span as a name; apart from
kg/recognise/context.py, which holds the sentence the tests read."""
from __future__ import annotations

from .context import Context
from .name_stops import numeral_street
from .text import CLOSE_QUOTES, LIST_SEP, NUMERAL_CHARS, OPEN_QUOTES, alnum, han

def strip_generic(ctx: Context, start: int, end: int) -> int:
    """Move ``start`` right past generic words (重点, 一批, 优质 …)."""
    text = ctx.text
    if text[start:start + 1] not in ctx.tables.generic_first:
        return start
    kept = tuple(ctx.rules.data.get("generic", {}).get("kept_before", ()))
    changed = True
    while changed and start < end:
        changed = False
        for n in ctx.tables.generic_lens:  # longest generic word first
            if text[start:start + n] in ctx.tables.generic and start + n < end and \
                    start + n in ctx.starts and not (kept and text.startswith(kept, start + n)):
                start += n
                changed = True
                break
    return start


def generic_only(ctx: Context, mod: str) -> bool:
    """True when ``mod`` is nothing but generic words (重点, 一批, 优质 …)."""
    rest = mod
    if rest[:1] not in ctx.tables.generic_first:
        return not rest
    while rest:
        for n in ctx.tables.generic_lens:  # longest generic word first
            if rest[:n] in ctx.tables.generic:
                rest = rest[n:]
                break
        else:
            return False
    return True


def bare_head(ctx: Context, name: str) -> bool:
    """True when ``name`` is generic words before a bare head (特色历史街区, 重点产业园)."""
    for n in ctx.tables.generic_lens:
        if len(name) > n and name[:n] in ctx.tables.generic:
            return name[n:] in ctx.rules.heads or bare_head(ctx, name[n:])
    return False


_PROPER_SPANS_MAX = 100_000      # Tables.proper_spans is emptied when it holds more


def proper(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a proper word: an unknown word, a place, a brand."""
    memo = ctx.tables.proper_spans
    got = memo.get(span)
    if got is None:
        if len(memo) >= _PROPER_SPANS_MAX:
            memo.clear()
        got = memo[span] = proper_plain(ctx, span)
    return got


def proper_plain(ctx: Context, span: str) -> bool:
    """`proper` without the table of spans (tests/test_speed_paths.py compares them)."""
    prev_bound = False
    toks = ctx.seg.tokens(span)
    for i, t in enumerate(toks):
        if t.text in ctx.rules.not_proper:
            continue
        h = ctx.rules.heads.get(t.text)
        if h is not None and h.chain:
            return True     # a chain's brand (X万达广场|二期商业综合体)
        e = ctx.lex.lookup(t.text)
        if e is not None:
            if e.cls != "IndustryTrack":
                return True
            continue
        if i == 0 and long_short_form(ctx, t.text):
            return True     # 星澜架|文旅: a county's long short form opening the span names it
        if i + 1 < len(toks) and cut_place(ctx, t.text, toks[i + 1].text):
            return True     # 青北|州: a place of a loose source jieba cut in two
        tag = ctx.seg.tag(t.text)
        if tag in ("nr", "nrt", "nrfg", "ns", "nt", "nz", "eng", "j", "x", "") or alnum(t.text):
            return True
        if numeral_street(ctx, t.text, tag):
            return True     # a street named by a date the dictionary holds as a numeral (五一路)
        if numeral_stem(ctx, t.text) and (len(toks) == 1 or (
                i + 1 < len(toks) and (ctx.seg.tag(toks[i + 1].text).endswith("g") or (
                    len(toks[i + 1].text) == 1 and han(toks[i + 1].text)
                    and ctx.seg.tag(toks[i + 1].text) not in ctx.rules.lone_char_stop_tags)))):
            return True     # 八角(|湾), 三眼|桥: a place's stem jieba took for a sum, alone or before a character
        if tag.endswith("g") and prev_bound:
            return True     # 湾|辰: two bound morphemes side by side, a word jieba could not make
        if i > 0 and len(t.text) == 1 and t.text in ctx.rules.place_morphemes and len(toks[i - 1].text) == 2 \
                and han(toks[i - 1].text):
            return True     # 青石|湾: a feature of land or water closing a dictionary word is a place's name
        if shop_morpheme(ctx, toks, i):
            return True     # 仁济|堂: a shop's word closing a dictionary word is a shop's name
        prev_bound = tag.endswith("g")
    return False


def cut_place(ctx: Context, w: str, nxt: str) -> bool:
    """True when the words ``w`` and ``nxt`` are one place of the lexicon jieba cut in two (青北|州: the
    county names of [segmenter] loose_sources are not forced whole), of a unit's last character."""
    return len(nxt) == 1 and len(w) >= 2 and ctx.lex.lookup(w + nxt, "Place") is not None


def long_short_form(ctx: Context, w: str) -> bool:
    """True when ``w`` is a county's short form long enough to be read as its name anywhere
    (rules.toml [generic.not_proper] short_form_min, short_form_not_ends)."""
    conf = ctx.rules.data["generic"]["not_proper"]
    return len(w) >= conf.get("short_form_min", 99) and not w.endswith(tuple(conf.get("short_form_not_ends", ()))) \
        and bool(ctx.lex.by_short_form(w, "Place"))


def county_short(ctx: Context, w: str) -> bool:
    """True when ``w`` is a county's or city's short form (云溪 for 云溪区: the lexicon's column
    ``short``, kept out of its names as ambiguous), read as one only before a zone's head."""
    return len(w) >= 2 and w not in ctx.rules.boundary and bool(ctx.lex.by_short_form(w, "Place"))


def numeral_stem(ctx: Context, w: str) -> bool:
    """True when ``w`` is a two-character word jieba tags a numeral that is a numeral and a
    character that makes no count (rules.toml [modifier] numeral_stem_counters): 八角 may be
    a place's stem, 三个 and 一批 are counts."""
    return len(w) == 2 and w[0] in NUMERAL_CHARS and w[1] not in NUMERAL_CHARS \
        and w[1] not in ctx.rules.numeral_stem_counters and w not in ctx.rules.boundary \
        and ctx.seg.tag(w) == "m"


def in_title(ctx: Context, start: int, end: int) -> bool:
    """True when start..end is a word of a short quotation it does not fill
    (“中国最具幸福感城区”, “老有康养”): a slogan, award or programme name.
    An item of a quoted list fills its place (“数字经济、生命健康”)."""
    text = ctx.text
    if not ctx.quoted:
        return False
    o = max(text.rfind(q, 0, start) for q in OPEN_QUOTES)
    if o < 0 or max(text.rfind(q, o, start) for q in CLOSE_QUOTES) >= 0:
        return False
    close = min((i for i in (text.find(q, end) for q in CLOSE_QUOTES) if i >= 0), default=-1)
    inside = text[o + 1:close] if close >= 0 else ""
    fills = text[start - 1] in OPEN_QUOTES + LIST_SEP and text[end:end + 1] in CLOSE_QUOTES + LIST_SEP
    return bool(inside) and len(inside) <= ctx.rules.title_max_len and not fills \
        and not any(ch in "，。；：！？,;:!?" for ch in inside)


def shop_morpheme(ctx: Context, toks: list, i: int) -> bool:
    """True when the token ``toks[i]`` is one character that closes an old shop's name
    (rules.toml [modifier] shop_morphemes: 仁济|堂, 平和|堂) right after a word of two
    characters: a brand jieba read as a noun and a measure word."""
    t = toks[i]
    return i > 0 and len(t.text) == 1 and t.text in ctx.rules.data.get("modifier", {}).get("shop_morphemes", "") \
        and len(toks[i - 1].text) == 2 and toks[i - 1].end == t.start and han(toks[i - 1].text)
