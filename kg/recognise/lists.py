"""Lists that words on both sides give away (rules.toml [[list_frame]]): 以A、B为代表的企业
lists firms, 涵盖A、B的全产业链 lists tracks, 聚焦A、B、C等领域 lists fields, whatever the
items' own words. The frame types its items; names listed beside known ones, typed by
their neighbour and not by a frame, are list_peers.py's.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> sorted((m.name, m.cls, m.rule) for m in r.sentence_mentions("d", 0, "形成以星澜科技、墨川网络为代表的企业集群"))
    [('墨川网络', 'Enterprise', 'list-frame'), ('星澜科技', 'Enterprise', 'list-frame')]
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..matcher import word_automaton
from .candidate import Cand
from .context import Context
from .name_stops import stops
from .proper_words import proper
from .item_spans import count_of, joined, last_two
from .items import item
from .tracks import COUNTED
from .text import CLOSE_QUOTES, JOIN_CHARS, LIST_SEP, OPEN_QUOTES

# the marks that end a clause (a list framed by no words opens right after one)
CLAUSE_ENDS = "，,。；;：:！？!?"


class Frame(NamedTuple):
    """A rules.toml [[list_frame]] as list_frames reads it (see there for its keys)."""
    pattern: re.Pattern         # opening words, the list, the closing words
    cls: str
    whole: bool                 # counted_whole
    closing: re.Pattern
    least: int                  # min_items
    segments: bool
    short_tags: tuple
    after_class: str | None
    tails: tuple
    proper: bool
    word_tags: set
    opens_clause: bool
    opens_sentence: bool
    common: bool
    opening: tuple              # its opening words; () when it has an empty one (it opens anywhere)
    clean: bool                 # no item a non-entity or a broad sector (首发经济, 现代服务业)
    refuse: re.Pattern | None   # a list holding this is not the frame's (从A到B: a range, no list)
    unnamed: bool               # no item a name of another class, found or headed (星澜集团, 青禾镇)
    vouch: bool                 # the frame vouches for each item as its count would (以A、B为主要品种)
    starts_clause: bool         # the list opens its clause, whatever its first item


def list_frame_patterns(list_frames: tuple[dict, ...]) -> list[Frame]:
    """Each rules.toml [[list_frame]], its patterns compiled and its keys read once."""
    out = []
    for f in list_frames:
        before = sorted(f["before"], key=len, reverse=True)
        lead = "|".join(map(re.escape, before))
        # (the list opens after the last of its opening words: 形成涵盖A、B的完整产业链 lists A, not 涵盖A)
        words = "|".join(map(re.escape, (w for w in before if w)))
        again = f"(?!{words})" if words else ""
        out.append(Frame(re.compile(f"(?:{lead}){again}(?P<list>[^，。；：,;:！？!?]{{2,80}}?)(?={f['after']})"),
                         f["class"], f.get("counted_whole", False), re.compile(f["after"]),
                         f.get("min_items", 1), f.get("segments", False), tuple(f.get("short_tags", ())),
                         f.get("after_class"), ("", *f.get("after_tails", ())), f.get("proper", False),
                         set(f.get("word_tags", ())), f.get("opens_clause", False),
                         f.get("opens_sentence", False), f.get("common", False),
                         () if "" in before else tuple(before), f.get("clean", False),
                         re.compile(f["refuse"]) if f.get("refuse") else None, f.get("unnamed", False),
                         f.get("vouch", False), f.get("starts_clause", False)))
    return out


class FrameOpenings:
    """Which list frames' opening words a sentence holds, in one pass of an automaton
    over it: a frame whose words are absent matches nothing, and most frames' words
    are absent from most sentences."""

    def __init__(self, frames: list[Frame]):
        self.anywhere = 0           # frames with an empty opening word
        words: dict[str, int] = {}
        for k, f in enumerate(frames):
            if not f.opening:
                self.anywhere |= 1 << k
            for w in f.opening:
                words[w] = words.get(w, 0) | 1 << k
        self.words, self.bits = list(words), list(words.values())
        self.automaton = word_automaton(self.words)
        self.everything = (1 << len(frames)) - 1

    def met(self, text: str) -> int:
        """A bit set of the frames that may open in ``text``."""
        if self.automaton is None:
            return self.everything
        met = self.anywhere
        for i, _, _ in self.automaton.find_matches_as_indexes(text, overlapping=True):
            met |= self.bits[i]
        return met


def list_frames(ctx: Context) -> list[Cand]:
    """The items of a list between a frame's words: its class, whatever their own words."""
    text = ctx.text
    out = []
    met = ctx.tables.list_frame_openings.met(text)
    for k, f in enumerate(ctx.tables.list_frame_patterns):
        # A frame's list ends where its closing words stand: without them (or its opening
        # words) in the sentence there is nothing to find, and the frame pattern (tried at
        # every position the opening words match, or at every position where they are
        # empty) need not run.
        if not (met >> k) & 1 or not f.closing.search(text):
            continue
        pat, cls, whole, least = f.pattern, f.cls, f.whole, f.least
        # a frame that calls its items segments takes words a track name rarely opens with
        framed = f.segments
        # ... and one that names them segments outright takes a short noun too (中药, 电机)
        short_tags = f.short_tags
        # ... and one that opens right after a thing of a class only there (青禾部件（A、B）)
        after_class = f.after_class
        # (the words that may stand between that thing and the frame: 青禾部件产业（A、B）)
        tails = f.tails
        named = f.proper   # its items must hold a proper word
        one_word = f.word_tags   # ... or be one word so tagged
        # (a list with no words before it opens its clause on a track the lexicon knows)
        opens = f.opens_clause
        # (a frame whose words open the sentence: the subject is the sentence before's)
        first = f.opens_sentence
        common = f.common     # no item holds a proper word
        for m in pat.finditer(text):
            if f.refuse is not None and f.refuse.search(m.group("list")):
                continue
            # (the thing may be an item of an earlier frame: 上游：青禾部件（A、B）、C)
            if after_class and not any(c.cls == after_class and text[c.end:m.start()] in tails
                                       for c in (*ctx.cands, *out) if c.end <= m.start()):
                continue
            spans = [_before_aside(ctx, s, e) for s, e in _items(text, m.start("list"), m.end("list"))]
            if first and m.start() > 0:
                continue
            if common and any(proper(ctx, text[s:e]) for s, e in spans):
                continue    # 主要包括星澜科技、青禾集团和墨川股份: firms, named by words of their own
            if (opens or f.starts_clause) and not (spans and (m.start() == 0 or text[m.start() - 1] in CLAUSE_ENDS)):
                continue
            if f.starts_clause and spans and _verb_opens(ctx, *spans[0]):
                continue    # (全区初步建成|光伏、储能…三条细分链条: a verb before the list opens the clause)
            if spans and cls != "IndustryTrack":
                spans[0] = _after_noun(ctx, *spans[0])
            if cls == "IndustryTrack":      # 青禾部件（A、B）: the track; its members are framed apart
                spans = [p for s, e in spans for p in _unbracketed(text, s, e)]
            if f.unnamed and any(_named(ctx, s, e) for s, e in spans):
                continue    # 上游：星澜集团、青禾股份: a stage's firms, no segments
            if len(spans) + (len(spans) == 1 and _joins(text, *spans[0])) < least:
                continue
            if not whole and COUNTED.search(m.group("list")):
                continue    # 重点发展A和B三大领域: a counted list, the counted frame's
            if spans and text[spans[-1][1] - 1] == "等":      # …和核心零部件等。
                spans[-1] = (spans[-1][0], spans[-1][1] - 1)
            if spans and cls == "IndustryTrack":                # 聚焦A和B|开展攻关
                spans[-1] = _before_verb(ctx, *spans[-1])
                # (聚焦A、B方向；: the list's own field word glued to its last item, no word of it)
                ls, le = spans[-1]
                w = next((w for w in ctx.rules.track_tags.get("field_words", ())
                          if text.endswith(w, ls, le) and le - ls - len(w) >= 2), None)
                spans[-1] = (ls, le - len(w)) if w else spans[-1]
                if len(spans) > 1:
                    spans[-1] = _before_field(ctx, *spans[-1])
            n = count_of(text[m.end("list"):]) if whole else None
            counted = n == len(spans)
            # (A、B、C和D四个环节: one more than the 、-items, 和 joins the last two)
            pair = last_two(ctx, *spans[-1]) if spans and n == len(spans) + 1 else []
            pair = pair if len(pair) == 2 and text[pair[1][0] - 1] in "和及" else []
            if f.starts_clause and n is not None and not counted and not pair:
                continue    # (A和B三个细分领域: a count the items do not fill, no list of segments)
            group = f"{ctx.gid}/lf{k}.{m.start()}"
            parts = spans if counted else [p for span in spans for p in joined(ctx, *span, cls)]
            if cls == "IndustryTrack" and not counted and spans:
                last = last_two(ctx, *spans[-1])
                if len(last) == 2 and not _bare(ctx, *last[0], short_tags, len(pair) == 2) \
                        and _bare(ctx, *last[1], short_tags, len(pair) == 2) \
                        and ctx.seg.tag(text[slice(*last[1])])[:1] == "v":
                    # 青禾运营与培训: 与 joins an activity to the words of one segment's name
                    last = [spans[-1]]
                parts = spans[:-1] + last
            if opens and not (parts and ctx.lex.lookup(text[slice(*parts[0])], cls)):
                continue
            if f.clean and any(_not_a_track(ctx, text[s:e]) for s, e in spans + parts):
                continue    # 大力发展首发经济、青禾经济，…: consumption modes, not tracks
            # a list its count vouches for item by item (硅片、电池片和组件三个环节) takes
            # a two-character noun as a segment too
            vouched = counted or len(pair) == 2 or f.vouch
            for s, e in parts:
                if cls == "IndustryTrack" and _bare(ctx, s, e, short_tags, vouched):
                    continue    # 涵盖设计、制造…的全产业链: a bare activity is no track
                if named and not proper(ctx, text[s:e]):
                    continue    # 东至规划道路: a frame of places also bounds by common things
                if one_word and not any(t.start == s and t.end == e and ctx.seg.tag(t.text) in one_word
                                        for t in ctx.toks):
                    continue    # 北至余杭区界: a parcel's bounds are lines, not places
                c = item(ctx, text[s:e], s, e, cls, group, "", framed=framed, vouched=framed and vouched)
                if c:
                    c.rule = c.rule.replace("enumeration", "list-frame")
                    out.append(c)
    return out


def _named(ctx: Context, s: int, e: int) -> bool:
    """True when s..e is a name of a class other than a track another source found (the
    lexicon's firm), or ends on the head of one (星澜集团, 青禾镇)."""
    h = ctx.rules.head_of(ctx.text[s:e])
    return (h is not None and h.cls != "IndustryTrack" and not h.weak) or any(
        c.cls != "IndustryTrack" and c.start <= s and e <= c.end for c in ctx.cands)


def _bare(ctx: Context, s: int, e: int, short_tags: tuple, vouched: bool) -> bool:
    """True when s..e is too short a word for a track its list names: unknown to the
    lexicon and no noun the frame (``short_tags``) or the list's count (``vouched``)
    takes at two characters (设计, 制造: a bare activity; a count vouches for a noun or two
    characters the dictionary holds as no word, 林菌, 林药 in 涵盖A、B、C三大板块)."""
    text = ctx.text
    return e - s < ctx.rules.track_min_unknown and not ctx.lex.lookup(text[s:e], "IndustryTrack") \
        and not (e - s >= 2 and ctx.seg.tag(text[s:e]) in short_tags) \
        and not (vouched and e - s >= 2 and ctx.seg.tag(text[s:e]) in ctx.rules.track_tags.get("vouched_short_tags", ("n",)))


def _not_a_track(ctx: Context, item: str) -> bool:
    """True when a list's item is a word the lexicon marks as no entity (a consumption
    mode) or a broad sector (现代服务业): its list is one of kinds, not of tracks."""
    return ctx.lex.is_not_entity(item) or item.endswith(tuple(ctx.rules.track_sector_words))


def _after_noun(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """The first item of a list that opens its clause, after a list's noun inside it
    (本地企业|星澜精密、青禾科技分别…: the noun says what the items are, it is none) and
    the words that cannot be a name's opening it (其中)."""
    for t in ctx.toks:
        if s <= t.start and t.end < e and t.text in ctx.rules.enum_nouns \
                and ctx.rules.enum_nouns[t.text] != "IndustryTrack":
            s = t.end
    t = ctx.by_start.get(s)
    while t is not None and t.end < e and stops(ctx, t, e) and not _stem_cut(ctx, t.end, e):
        s = t.end       # 其中|A、B分别…: the words that open the clause are none of the list's
        t = ctx.by_start.get(s)
    return s, e


def _stem_cut(ctx: Context, s: int, e: int) -> bool:
    """True when s..e is a head and one character (五十|铺镇): the word before is the
    stem's opening, jieba took it for a numeral or a word of its own, no word opening a list."""
    h = ctx.rules.head_of(ctx.text[s:e])
    return h is not None and e - s - len(h.word) < 2


def _before_verb(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """The last item of a list of tracks up to the clause's own verb: a frame that
    runs to the clause's end (聚焦A和B开展攻关。) takes the predicate too.  The verb is
    a boundary word the dictionary tags as a verb (开展, 实现, 形成 …), not the item's
    first word."""
    for t in ctx.toks:
        if s < t.start < e and t.text in ctx.rules.boundary and ctx.seg.tag(t.text)[:1] == "v" \
                and ctx.seg.tag(t.text) != "vn":
            return s, t.start
    return s, e


def _before_field(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """The last item of a list of two or more up to the field word the list shares, when
    words of what is done in the fields follow it (聚焦文旅、康养|领域|人才培训: the fields are
    文旅 and 康养; [track] field_words, a word of its own, two characters or more before it)."""
    fields = ctx.rules.track_tags.get("field_words", ())
    for t in ctx.toks:
        if s + 2 <= t.start and t.end < e and t.text in fields:
            return s, t.start
    return s, e


def _unbracketed(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """An item with the bracketed list after its name left out: 青禾部件（A、B）和C ->
    青禾部件, C (a joining word after the brackets opens the next item)."""
    a = text.find("（", s, e)
    b = text.find("）", a, e) if a >= 0 else -1
    if a < 0 or b < 0:
        return [(s, e)]
    rest = b + 1
    while rest < e and text[rest] in JOIN_CHARS:
        rest += 1
    return [p for p in ((s, a), (rest, e)) if p[1] - p[0] >= 2]


def _before_aside(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """An item up to the short form it declares: A（以下简称“甲”） -> A."""
    for rx in ctx.tables.asides:
        m = rx.search(ctx.text, s, e)
        if m and m.start() > s:
            e = m.start()
    return s, e


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-items of start..end, quoted items side by side (“A”“B”) split too; an item
    with a quotation mark inside (A”主导产业) is no name; a 、 in brackets splits none
    (青禾部件（A、B）和C: two items)."""
    spans, cur = [], start
    quotes = OPEN_QUOTES + CLOSE_QUOTES
    depth = 0
    for j in range(start, end + 1):
        if j < end and text[j] in "（）":
            depth = max(0, depth + (1 if text[j] == "（" else -1))
        side_by_side = j < end and text[j] in OPEN_QUOTES and j > cur and text[j - 1] in CLOSE_QUOTES
        if j == end or (text[j] in LIST_SEP and not depth) or side_by_side:
            s, e = cur, j
            while s < e and text[s] in quotes:
                s += 1
            while e > s and text[e - 1] in quotes:
                e -= 1
            if e - s >= 2 and not any(ch in quotes for ch in text[s:e]):
                spans.append((s, e))
            cur = j if side_by_side else j + 1
    return spans


def _joins(text: str, s: int, e: int) -> bool:
    return any(j in text[s:e] for j in ("和", "及", "与"))


def _verb_opens(ctx, s: int, e: int) -> bool:
    """True when a verb inside the span ``s:e`` comes before a track the lexicon knows, so
    the span is a clause's opening words and a track (建成|光伏), not the first item of a list."""
    return any(s <= t.start and t.end < e and ctx.seg.tag(t.text)[:1] == "v"
               and ctx.lex.lookup(ctx.text[t.end:e], "IndustryTrack") for t in ctx.toks)
