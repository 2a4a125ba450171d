"""The kinds of firms a park or a plan takes in, listed before 企业 (引进青禾工具、星澜配件
企业50家; 已有12家青禾模具、星澜制品企业签约入驻; 招引青禾膜、星澜基板等配套企业): each
item names a track, when its words are a track's (rules.toml [track] kind_lists).

A list of firms' names (引进星澜科技、青禾集团等企业) is none: its items are names the
recogniser found already, or it sums them up with 等 right before 企业.

    >>> from kg.lexicon import default_lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(default_lexicon())
    >>> sorted(m.name for m in r.sentence_mentions("d", 0, "计划引进青禾工具、星澜配件企业50家")
    ...        if m.cls == "IndustryTrack")
    ['星澜配件', '青禾工具']
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .proper_words import generic_only, strip_generic
from .text import JOIN_CHARS
from .track_words import holds_field_word, opens_on_qualifier, track_like

_GUESSES = ("enumeration", "enumeration-peer")


def kind_lists(ctx: Context) -> list[Cand]:
    text = ctx.text
    if "、" not in text and not any(j in text for j in JOIN_CHARS):
        return []
    # (a headless item an enumeration took for a firm, 引进青禾膜、星澜基板等配套企业, is a kind when
    # its words are a track's: the firm nouns after 等 name what the firms make)
    guessed = {(c.start, c.end) for c in ctx.cands if c.cls == "Enterprise" and c.rule in _GUESSES
               and ctx.rules.head_of(c.name) is None and _opens_on_word(ctx, c.name)}
    known = {(c.start, c.end) for c in ctx.cands if c.cls == "IndustryTrack"}
    # (… and a firm a trade head guessed, 跨境|医疗, listed beside a track the lexicon knows, 引进跨境
    # 医疗、生物医药企业: a kind as its peer is; not 星澜|医疗, a brand opening it)
    headed = {(c.start, c.end) for c in ctx.cands if c.cls == "Enterprise" and c.rule.startswith("head:")
              and (h := ctx.rules.head_of(c.name)) is not None and h.context and not h.proper
              and len(c.name) > len(h.word) and _opens_on_word(ctx, c.name[:-len(h.word)])}
    guessed |= headed
    # (nor a firm a head guessed over a track the lexicon knows, 新|能源, 光|通信: the item's first
    # word, 新能源电池, 光通信器件)
    others = {i for c in ctx.cands if c.cls != "IndustryTrack" and (c.start, c.end) not in guessed
              and not (c.rule.startswith("head:") and (c.start, c.end) in known)
              for i in range(c.start, c.end)}
    out = []
    split = ctx.tables.kind_list_split
    for rx in ctx.tables.kind_lists:
        for m in rx.finditer(text):
            start, parts = m.start("l"), []
            # (a kind of projects of two characters is a product's word, 引进耗材、芯片等配套项目:
            # the items of a list of projects are held to the length of unknown tracks, and name no works)
            projects = m.group().endswith("项目")
            shortest = ctx.rules.track_min_unknown if projects else 2
            for piece in split.split(m.group("l")):
                parts.append((start, start + len(piece)))
                start += len(piece) + 1
            if len(parts) < 2 or any(p in headed for p in parts) and not any(p in known for p in parts):
                continue
            found = []
            bare = ctx.rules.track_tags.get("bare_kinds", ())
            for a, b in parts:
                a = strip_generic(ctx, a, b)
                name = text[a:b]
                if (a, b) in known or name in bare:
                    continue    # (整机与零部件企业: a bare stage names no track)
                if (not shortest <= len(name) <= ctx.rules.track_max_len or any(i in others for i in range(a, b))
                        or ctx.lex.lookup(name) or ctx.lex.is_not_entity(name) or generic_only(ctx, name)
                        or name.endswith(ctx.rules.track_not_final) or opens_on_qualifier(ctx, name)
                        or holds_field_word(ctx, name) or projects and _works(ctx, name)
                        or not track_like(ctx, name, lenient=True, **_work_line(ctx, name))):
                    found = None
                    break   # (one item no track's words: not a list of kinds)
                # (over the enumeration's firm of the same span)
                found.append(Cand(a, b, "IndustryTrack", name, "track:kind-list", prio=6 if (a, b) in guessed else 3))
            out.extend(found or ())
    return out


def _work_line(ctx: Context, name: str) -> dict[str, bool]:
    """The leave a line of farm or forest work gets as a track: its name ending on a word of work
    ([enum] activity_ends) after a word of its own (黑木耳|种植, 蓝莓|采集), the verb and a word
    jieba takes for a person's name pass, as in a frame that vouches for its items."""
    ends = ctx.rules.enum_activity_ends
    work = bool(ends) and name.endswith(ends) and len(name) >= 4
    return {"framed": work, "vouched": work}


def _opens_on_word(ctx: Context, name: str) -> bool:
    """True when ``name`` opens on a word the dictionary knows that names no person, place or
    body (光学|膜, 驱动|IC): no brand opens it, as one opens a firm's short name (星澜|光学)."""
    toks = ctx.seg.tokens(name)
    tag = ctx.seg.tag(toks[0].text) if toks else ""
    return bool(tag) and not tag.startswith(("nr", "ns", "nt"))


def _works(ctx: Context, name: str) -> bool:
    """True when ``name`` ends on a verb or a verbal noun: a kind of works a list of projects
    names (引进青禾酿造和原浆储存项目), not a trade."""
    toks = ctx.seg.tokens(name)
    return bool(toks) and ctx.seg.tag(toks[-1].text).startswith("v")
