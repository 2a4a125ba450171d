"""Known tracks written beside other words that make one track with them: a word joined
by 及 before a track named before its suffix (扫描仪及办公耗材产业), two known tracks run
together over a shared word (动力|电池回收), a product's last character after a known
track (智能传感|器), a product's head word after one in a list (储能|电池、光伏|玻璃).
kg/recognise/tracks.py has the other track sources."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import generic_only, strip_generic
from .modifier import left_modifier
from .track_words import track_like
from .tracks import COUNTED, _named_head, _unsuffixed


def joined_before(ctx: Context) -> list[Cand]:
    """A track named before its suffix, joined by a word of rules.toml [track]
    whole_joiners (及) to a word before it that the lexicon does not know
    (扫描仪及办公耗材产业集群): one track named by both, as joined_unknown reads a known
    track joined to an unknown word after it; two known tracks so joined stay two
    (高端装备及新材料产业)."""
    text, out = ctx.text, []
    joiners = tuple(ctx.rules.track_tags.get("whole_joiners", ()))
    if not joiners or not any(j in text for j in joiners):
        return out
    # (a track the lexicon knows or one named before its suffix; not a qualified sector word)
    suffixed = {"lexicon", *(f"track:{suf}" for suf in ctx.rules.track_suffixes)}
    for c in ctx.cands:
        j = next((j for j in joiners if text[:c.start].endswith(j)), None) \
            if c.cls == "IndustryTrack" and c.rule in suffixed else None
        start = _word_before(ctx, c.start - len(j)) if j else None
        if start is None:
            continue
        end = c.end
        for suf in ctx.rules.track_suffixes:    # (the lexicon's 医药产业 holds its suffix)
            if text[c.start:end].endswith(suf) and end - len(suf) > c.start:
                end -= len(suf)
                break
        e = ctx.lex.lookup(text[start:end], "IndustryTrack")
        out.append(Cand(start, end, "IndustryTrack", e.name if e else text[start:end], "track:joined", prio=4))
    return out


def _word_before(ctx: Context, upto: int) -> int | None:
    """Where the longest word ending at ``upto`` that could name an unknown track starts
    (as long as one must be: not 平台|及现代服务业项目), the modifier before a name
    (left_modifier) at most; None for none. A name of another class, or a word
    ending as a place's name does (rules.toml [brand] place_stem_ends: 星区|扫描仪,
    declared later), is no word of it: it says where the track is."""
    text = ctx.text
    first = strip_generic(ctx, left_modifier(ctx, upto, ctx.rules.track_max_len, stop_admin=True), upto)
    first = max([first] + [o.end for o in ctx.cands if o.cls != "IndustryTrack" and first < o.end <= upto
                           and o.start <= first])
    places = tuple(ctx.rules.brand.get("place_stem_ends", ()))
    for t in ctx.toks:
        if t.start < first or t.start >= upto:
            continue
        if len(t.text) > 1 and t.text.endswith(places):
            first = t.end
            continue
        word = text[t.start:upto]
        if (ctx.rules.track_min_unknown <= len(word) <= ctx.rules.track_max_len and ctx.lex.lookup(word) is None
                and not ctx.lex.is_not_entity(word) and not COUNTED.search(word) and not generic_only(ctx, word)
                and not word.startswith(ctx.rules.track_not_final) and not _named_head(ctx, word)
                and track_like(ctx, word)):
            return t.start
    return None


def overlapped_tracks(ctx: Context) -> list[Cand]:
    """A known track whose first characters end another known track begun by the word
    before it (动力|电池回收: 动力电池 and 电池回收): one track, the two run together
    (动力电池回收), not the second alone, its first word cut off."""
    out, by_end = [], ctx.by_end
    for c in ctx.cands:
        prev = by_end.get(c.start) if c.cls == "IndustryTrack" and c.rule == "lexicon" else None
        if prev is None or len(prev.text) < 2 or ctx.lex.lookup(prev.text) is not None:
            continue
        name = _unsuffixed(ctx, ctx.text[c.start:c.end])
        if any(ctx.lex.lookup(prev.text + name[:k], "IndustryTrack") for k in range(1, len(name))):
            whole = prev.text + name
            e = ctx.lex.lookup(whole, "IndustryTrack")
            out.append(Cand(prev.start, c.start + len(name), "IndustryTrack", e.name if e else whole,
                            "track:overlapped", prio=4))
    return out


def suffixed_tracks(ctx: Context) -> list[Cand]:
    """A known track before a character that ends the names of products (rules.toml
    [track] product_ends) and that the dictionary reads as one word with the track's last
    characters (智能传感|器: 传感器): the longer track (智能传感器), not the known one with
    that word cut in two (not 云服务|商, a firm; nor 数字经济产业|链)."""
    ends = tuple(ctx.rules.track_tags.get("product_ends", ()))
    out, by_start = [], ctx.by_start
    for c in ctx.cands if ends else ():
        nxt = by_start.get(c.end) if c.cls == "IndustryTrack" and c.rule == "lexicon" else None
        if nxt is None or nxt.text not in ends:
            continue
        name = ctx.text[c.start:c.end]
        if any(ctx.seg.tag(name[-k:] + nxt.text) for k in (2, 3) if k < len(name)):
            e = ctx.lex.lookup(name + nxt.text, "IndustryTrack")
            out.append(Cand(c.start, nxt.end, "IndustryTrack", e.name if e else name + nxt.text,
                            "track:suffixed", prio=4))
    return out


def headed_tracks(ctx: Context) -> list[Cand]:
    """A known track right before a word that heads the names of products (rules.toml [track]
    product_heads), the two followed by what ends an item of a list or names the kind of firms
    (product_head_after): the longer track, the product line (储能|电池、光伏|玻璃等: 储能电池,
    光伏玻璃), not the known track with the product cut off. Not before a project's or a
    firm's own words (储能电池项目, 新能源材料有限公司): there the words name the thing, whose
    rules decide."""
    heads = sorted(ctx.rules.track_tags.get("product_heads", ()), key=len, reverse=True)
    after = ctx.rules.track_tags.get("product_head_after") or ""
    if not heads or not after:
        return []
    after_rx = re.compile(after)
    text, out = ctx.text, []
    # (a short known track the lexicon's rule holds to the words after it is a word of its own
    # too: 储能|电池 where 储能 alone is found only before 产业, 、 …)
    spans = {(c.start, c.end) for c in ctx.cands if c.cls == "IndustryTrack" and c.rule == "lexicon"
             and c.start in ctx.starts}
    tracks = ctx.tables.track_surfaces      # (a set test a token, not a lexicon lookup: asked of every token)
    spans |= {(t.start, t.end) for t in ctx.toks if len(t.text) > 1 and t.text in tracks}
    for start, stop in sorted(spans):
        h = next((h for h in heads if text.startswith(h, stop)), None)
        end = stop + len(h) if h else 0
        # (the head a word of its own: not 新能源|材料学, 储能|电池组)
        if h is None or end not in ctx.ends or not after_rx.match(text, end):
            continue
        name = text[start:stop] + h
        e = ctx.lex.lookup(name, "IndustryTrack")
        out.append(Cand(start, end, "IndustryTrack", e.name if e else name, "track:headed", prio=4))
    return out
