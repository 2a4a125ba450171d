"""What every candidate source reads for one sentence, and the word-level
tests they share: may a token sit inside a name, is a span proper or only
generic words, is a word one of a short quotation's."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..matcher import word_automaton
from ..model import Token
from ..rules import Rules
from ..segment import Segmenter
from .candidate import Cand
from .text import CLOSE_QUOTES, LIST_SEP, NUMERAL_CHARS, OPEN_QUOTES, STOP_TAGS, alnum, han, is_punct, last_chars


class Tables:
    """What a recogniser derives once from its lexicon and rules, for every sentence."""

    def __init__(self, lexicon: Lexicon, rules: Rules):
        nouns = sorted(rules.enum_nouns, key=len, reverse=True)
        self.noun_re = re.compile("|".join(map(re.escape, nouns)))
        self.counter_re = re.compile(rules.enum_counter)
        self.counter_last = last_chars(rules.enum_counter)
        verbs = sorted(rules.frames, key=len, reverse=True)
        self.frame_re = re.compile("|".join(map(re.escape, verbs))) if verbs else None
        ss = rules.soe_short
        self.soe_re = re.compile("(?:%s)(?:%s)" % ("|".join(map(re.escape, ss.get("levels", ()))),
                                                   "|".join(map(re.escape, ss["words"])))) \
            if ss.get("words") else None
        self.frame_adverbs = sorted(rules.frame_adverbs, key=len, reverse=True)
        # every prefix of a lexicon surface: a token run that is none of them
        # cannot grow into a lexicon name, so the lookup stops there
        self.lex_prefixes = {w[:k] for w, _ in lexicon.surfaces() for k in range(1, len(w) + 1)}
        self.lex_surfaces = frozenset(w for w, _ in lexicon.surfaces())
        # the lexicon's surfaces found in a sentence at once (kg.recognise.known.runs)
        surfaces = sorted(self.lex_surfaces)
        self.lex_automaton = word_automaton(surfaces)
        # (the automaton's numbers of the surfaces of tracks: Context.track_starts)
        self.track_ids = frozenset(i for i, w in enumerate(surfaces)
                                   if lexicon.lookup(w, "IndustryTrack") is not None)
        # a head ends a token only if the token ends with the head's last character
        self.head_last = {h[-1] for h in rules.heads}
        # every head in a sentence at once (kg.recognise.heads.head_ends): most tokens end none
        self.head_automaton = word_automaton(rules.heads)
        self.long_heads = tuple(h for h in rules.heads if len(h) > 1)
        # (built here, not once per sentence: joining and escaping the forms is most of its cost)
        from .legal import bracket_pattern, legal_name_pattern
        self.legal_name_re = legal_name_pattern(rules.legal_name)
        self.bracket_re = bracket_pattern(rules.legal_name)
        self.zone_part_re = re.compile(rules.zone_part) if rules.zone_part else None
        from .lists import FrameOpenings, list_frame_patterns
        self.list_frame_patterns = list_frame_patterns(rules.list_frames)
        self.list_frame_openings = FrameOpenings(self.list_frame_patterns)
        # one search for any of a few words a source needs the sentence to hold
        self.locative_re = _any_word(rules.place_attributive.get("locatives", ()))
        self.track_suffix_re = _any_word(rules.track_suffixes)
        self.sector_word_re = _any_word(rules.track_sector_words)
        self.track_frames = [re.compile(f) for f in rules.track_tags.get("frames", ())]
        # (kg.recognise.aliases.document_name_cands)
        self.doc_track_suffix = re.compile(rules.document_names.get("track_suffix", "$^"))
        self.kind_frames = [re.compile(f) for f in rules.track_tags.get("kind_frames", ())]
        # (kg.recognise.kinds.kind_lists)
        self.kind_lists = [re.compile(f) for f in rules.track_tags.get("kind_lists", ())]
        self.kind_list_split = re.compile(rules.track_tags.get("kind_list_split") or "$^")
        # (kg.recognise.track_words.track_like: 外资, 侨资 name no track)
        self.track_capital = re.compile(rules.track_tags.get("capital") or "$^")
        peers = rules.track_tags.get("peers_after")
        self.track_peers_after = re.compile(peers) if peers else None
        tp = rules.track_products
        # (kg.recognise.track_words.product_or_policy)
        self.track_products = (tuple(tp.get("not_after", ())),
                               [re.compile(tp[k]) for k in ("list_noun", "policy", "thing") if tp.get(k)])
        self.firm_nouns = tuple(n for n, c in rules.enum_nouns.items() if c == "Enterprise")
        from .places import country_words
        self.countries = country_words(lexicon, rules)
        # (a sentence that holds none of them has no word after a country to find)
        self.country_re = _any_word(sorted(self.countries, key=len, reverse=True))
        forms = sorted(rules.legal_name.get("forms", {}), key=len, reverse=True)
        self.legal_form_re = re.compile("|".join(map(re.escape, forms))) if forms else None
        self.zone_tuple = tuple(rules.zone_words)
        self.generic = frozenset(rules.generic)
        self.generic_lens = sorted({len(g) for g in self.generic}, reverse=True)
        self.generic_tuple = tuple(rules.generic)
        # a span that begins with none of these characters begins with no generic word
        self.generic_first = frozenset(g[0] for g in self.generic if g)
        # the first two characters of the boundary words of two or more
        self.boundary_heads = frozenset(b[:2] for b in rules.boundary if len(b) >= 2)
        self.asides = [re.compile(a) for a in rules.alias_asides]
        # kg.recognise.context.stops of each word met so far (it hangs on the word, the
        # lexicon, the rules and the segmenter's tags, all fixed for a recogniser)
        self.stop_words: dict[str, bool | int] = {}
        # kg.recognise.context.proper of each span met so far (a span's tokens, the lexicon,
        # the rules and the tags: fixed for a recogniser); names recur, most spans are asked again
        self.proper_spans: dict[str, bool] = {}
        measure = rules.long_name.get("measure")
        self.long_measure = re.compile(measure) if measure else None
        # (the same read from its start: kg/recognise/firm_projects.py walks right)
        self.firm_measure = re.compile(measure.removesuffix("$")) if measure else None
        ln = rules.long_name
        self.described_item_opening = re.compile(ln["described_item_opening"]) \
            if ln.get("described_item_opening") else None
        self.described_firm_links = re.compile(ln["described_firm_links"]) if ln.get("described_firm_links") else None
        self.co_built_before = re.compile(ln["co_built_before"]) if ln.get("co_built_before") else None
        # (the same anywhere: the name of the thing built runs back to the words, kg/recognise/openings.py)
        self.co_built_words = re.compile(ln["co_built_before"].removesuffix("$")) if ln.get("co_built_before") else None
        self.built_between = re.compile(ln.get("built_between") or "$")
        # a firm's legal forms and firm words ([legal_name] forms, the Enterprise body_heads)
        self.firm_forms = (*rules.legal_name.get("forms", {}),
                           *(w for w, c in rules.legal_name.get("body_heads", {}).items() if c == "Enterprise"))
        # which sources a sentence may hold anything for (rules.toml [triggers]); drawn from
        # the file as read, so rules other than the file's (a copy with a key changed) get
        # none: every source runs on every sentence
        from ..rules import load_rules
        from .triggers import Triggers
        self.triggers = Triggers(rules.data if rules is load_rules() else {}, {
            "tracks": [w for i, w in enumerate(surfaces) if i in self.track_ids],
            "countries": self.countries,
            # the short forms a county-level unit goes by (kg.recognise.places.after_parent)
            "county_short_forms": {s for e in lexicon.entries if e.cls == "Place" and "county" in e.levels
                                   for s in e.short_forms}})


class cached_property:
    """``functools.cached_property`` without its lock: Python 3.11's takes an RLock on
    every first access, and a sentence's Context (read by one thread) makes seven of
    them; the value is kept in the instance's dict, where later reads find it first."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def _any_word(words) -> re.Pattern:
    """A pattern found where any of ``words`` is ("$^": none of no words)."""
    return re.compile("|".join(map(re.escape, words)) if words else "$^")


@dataclass
class Context:
    """One sentence as the candidate sources see it.

    ``cands`` holds what the sources that ran before proposed, so that a
    source may build on them (tracks written together, a head a list shares).
    """
    text: str
    toks: list[Token]
    gid: str                  # "doc#sentence": the group ids of the sentence's lists begin with it
    lex: Lexicon
    rules: Rules
    seg: Segmenter
    tables: Tables
    cands: list[Cand] = field(default_factory=list)
    # names the document's other sentences gave away by their context: surface -> (name, class)
    doc_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    # where tokens start and end: many tests of many sources ask, the tokens never change
    @cached_property
    def starts(self) -> set[int]:
        return {t.start for t in self.toks}

    @cached_property
    def ends(self) -> set[int]:
        return {t.end for t in self.toks}

    @cached_property
    def by_end(self) -> dict[int, Token]:
        return {t.end: t for t in self.toks}

    @cached_property
    def by_start(self) -> dict[int, Token]:
        return {t.start: t for t in self.toks}

    @cached_property
    def lex_hits(self) -> list[tuple[int, int, int]]:
        """(surface number, start, end) of every lexicon surface in the text, overlapping
        ones too: one pass of Tables.lex_automaton (which must be there)."""
        return self.tables.lex_automaton.find_matches_as_indexes(self.text, overlapping=True)

    @cached_property
    def track_starts(self) -> set[int]:
        """The offsets where a track the lexicon knows starts (without the automaton:
        every offset): a word no track starts at cannot begin one."""
        if self.tables.lex_automaton is None:
            return set(range(len(self.text)))
        tracks = self.tables.track_ids
        return {s for i, s, _ in self.lex_hits if i in tracks}

    @cached_property
    def quoted(self) -> bool:
        """True when the sentence holds an opening quotation mark (most hold none)."""
        return any(q in self.text for q in OPEN_QUOTES)


_UNIT_AFTER = 2     # Tables.stop_words: the word stops a name when a number unit follows it


def stops(ctx: Context, t: Token, upto: int) -> bool:
    """True when token ``t`` cannot be part of a name ending at ``upto``."""
    # the answer hangs on the word alone, but for a number before a unit: a
    # sentence asks of the same words again and again (every name's walk left)
    memo = ctx.tables.stop_words
    r = memo.get(t.text)
    if r is None:
        r = memo[t.text] = _word_stops(ctx, t.text)
    if r == _UNIT_AFTER:
        return counts_or_dates(ctx, t)
    return r


def counts_or_dates(ctx: Context, t: Token) -> bool:
    """True when the number ``t`` counts (a unit follows it: 3|个) or is a year dating the
    event a name the lexicon knows is the theme of (``year_before_name``): no word of a name."""
    text = ctx.text
    return (t.end < len(text) and text[t.end] in ctx.rules.number_units) or year_before_name(ctx, t)


def year_before_name(ctx: Context, t: Token) -> bool:
    """True when ``t`` is a year right before a name the lexicon knows (2023|青禾经开区
    招商推介会): the year dates the event, it is no word of the name."""
    if len(t.text) != 4 or t.text[:2] not in ("19", "20"):
        return False
    nxt = ctx.by_start.get(t.end)
    return nxt is not None and ctx.lex.lookup(nxt.text) is not None


def _word_stops(ctx: Context, w: str) -> bool | int:
    """`stops` of the word ``w``: True, False or _UNIT_AFTER."""
    tag = ctx.seg.tag(w)
    if w in ctx.rules.boundary or any(is_punct(ch) for ch in w):
        return True
    if ctx.lex.lookup(w) is None and w not in ctx.rules.name_internal and not numeral_street(ctx, w, tag):
        if tag[:1] in STOP_TAGS or tag in ("t", "m", "mq", "ad") or (
                tag[:1] == "v" and tag != "vn" and len(w) > 1):
            return not ((alnum(w) and tag in ("m", "eng", "")) or (tag == "m" and w.startswith("第")))
    return _UNIT_AFTER if w.isdigit() else False


def numeral_street(ctx: Context, w: str, tag: str) -> bool:
    """True when ``w`` is a street named by a date the dictionary tags as a numeral (五一路)."""
    return tag == "m" and len(w) > 2 and w[-1] in ctx.rules.numeral_streets


def stops_plain(ctx: Context, t: Token, upto: int) -> bool:
    """`stops` without the table of words (tests/test_speed_paths.py compares them)."""
    w, tag = t.text, ctx.seg.tag(t.text)
    if w in ctx.rules.boundary or any(is_punct(ch) for ch in w):
        return True
    if ctx.lex.lookup(w) is None and w not in ctx.rules.name_internal and not numeral_street(ctx, w, tag):
        if tag[:1] in STOP_TAGS or tag in ("t", "m", "mq", "ad") or (
                tag[:1] == "v" and tag != "vn" and len(w) > 1):
            return not ((alnum(w) and tag in ("m", "eng", "")) or (tag == "m" and w.startswith("第")))
    return w.isdigit() and counts_or_dates(ctx, t)


def strip_generic(ctx: Context, start: int, end: int) -> int:
    """Move ``start`` right past generic words (重点, 一批, 优质 …)."""
    text = ctx.text
    if text[start:start + 1] not in ctx.tables.generic_first:
        return start
    changed = True
    while changed and start < end:
        changed = False
        for n in ctx.tables.generic_lens:  # longest generic word first
            if text[start:start + n] in ctx.tables.generic and start + n < end and \
                    start + n in ctx.starts:
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
        prev_bound = tag.endswith("g")
    return False


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
