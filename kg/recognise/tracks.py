"""Industry tracks named before 产业/赛道 (<T>产业), by a qualified sector word
(先进制造业), or by known tracks written together (新材料新能源); and what tells
a track word from a product, a policy or an event (the lexicon's tracks and
listed tracks are held to it too: kg/recognise/track_words.py); tracks a frame names
(在X领域, 上游：X) are framed_tracks.py's."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import generic_only, strip_generic
from .modifier import left_modifier
from .text import ADMIN_UNITS, JOIN_CHARS
from .track_words import event_after, opens_on_qualifier, product_or_policy, track_like, unsummed_class
from ..notions import NUMERAL


COUNTED = re.compile(NUMERAL + r"+[大个项类条]")


def _after_park_head(ctx: Context, start: int, upto: int) -> int:
    """Where a track's words begin after the head of a park or a zone among them (落户星澜
    产业园|铝产业片区: the park the track's area lies in ends before the track's word)."""
    for t in ctx.toks:
        if start <= t.start and t.end <= upto and (h := ctx.rules.heads.get(t.text)) is not None \
                and h.cls == "Platform":
            start = t.end
    return start


def short_framed(ctx: Context, start: int, name: str, suf: str) -> bool:
    """True when ``name``, two characters before 产业, is a plain noun what is before it frames as
    a trade's (青禾镇|板材产业, 发展|柿饼产业, 。茶叶产业; rules.toml [track] short_noun_tags,
    short_fronts, short_marks): not a generic word (重点产业), nor a word of no tag (星澜产业, a
    brand's); 产业 alone (not 绘制|产业链图谱, a verb jieba tags as a noun before a chain)."""
    tt = ctx.rules.track_tags
    if suf != "产业" or len(name) != 2 or ctx.seg.tag(name) not in tt.get("short_noun_tags", ()) \
            or generic_only(ctx, name) or ctx.lex.lookup(name) is not None:
        return False
    before = ctx.text[:start]
    if ctx.text[start + len(name) + len(suf):][:1] in ("：", ":"):
        return False   # (代理产业：A, 所属产业：B: a field's label, the track after it)
    # (a sentence's start, a clause's or a heading's mark, not a quote's: “当家产业”, “头号产业” rank
    # a track, name none)
    return not before.strip() or before.endswith(tuple(tt.get("short_marks", ""))) or before.endswith(tuple(JOIN_CHARS)) \
        or before.endswith(ADMIN_UNITS) or before.endswith(tuple(tt.get("short_fronts", ())))


def tracks(ctx: Context) -> list[Cand]:
    """<T>产业 / <T>赛道: T is a track name."""
    text, toks = ctx.text, ctx.toks
    out = []
    suffixes = tuple(ctx.rules.track_suffixes)
    # (most sentences hold no suffix: then no token ends with one)
    for t in toks if ctx.tables.track_suffix_re.search(text) else ():
        if not t.text.endswith(suffixes):
            continue
        for suf in ctx.rules.track_suffixes:
            if not t.text.endswith(suf):
                continue
            cut = t.end - len(suf)
            start = left_modifier(ctx, t.start, ctx.rules.track_max_len, stop_admin=True,
                                  has_content=cut > t.start)   # (百色市|生态铝产业: no place opens a track)
            start = min(start, t.start) if cut > t.start else start
            start = _after_park_head(ctx, start, t.start)   # (星澜产业园|铝产业片区)
            first = start
            start = strip_generic(ctx, start, cut)
            # 特色食品产业, 现代家居产业: a word that opens track names stays before a short noun
            # the lexicon does not know (not 重点产业: nothing is left after 重点)
            if text[first:start] in ctx.rules.track_tags.get("opening_words", ()) and 2 <= cut - start \
                    < ctx.rules.track_min_unknown and not ctx.lex.lookup(text[start:cut], "IndustryTrack"):
                start = first
            counted = COUNTED.match(text, start, cut)
            if counted:
                start = counted.end()   # “三大先导产业”: a count of tracks, not a track's word
            name = text[start:cut]
            while name and name.endswith(ctx.rules.track_not_final):
                name = next(name[:-len(w)] for w in ctx.rules.track_not_final if name.endswith(w))
            # (青年产业园|铝产业片区: a park's head word ends the words before the track, no word of it)
            cut_at = max((name.rfind(w) + len(w) for w in ctx.rules.track_tags.get("park_words", ()) if w in name), default=0)
            start, name = start + cut_at, name[cut_at:]
            # (铝产业链: a one-character metal the trade is named by, [track] single_materials)
            if (len(name) < 2 and name not in ctx.rules.track_tags.get("single_materials", ()) or ctx.lex.is_not_entity(name) or ctx.lex.is_not_entity(name + suf)
                    or event_after(ctx, t.end) or any(w in name for w in ctx.rules.zone_park_heads)  # (X产业园|铝|产业片区)
                    or any(name.endswith(n) for n, c in ctx.rules.enum_nouns.items() if c != "IndustryTrack")):
                # (电竞文娱龙头企业产业链: the chain of the firms, not a track named so)
                break
            entry = ctx.lex.lookup(name, "IndustryTrack") or ctx.lex.lookup(name + suf, "IndustryTrack")
            head = ctx.rules.head_of(name)
            # (A、B等硬科技赛道: a name summing up a list of tracks is read as one in a list)
            summing = text[start - 1:start] == "等"
            # (a two-character material the trade is named by, 石墨产业, 陶瓷产业: [track] material_words)
            short = len(name) < ctx.rules.track_min_unknown and name not in ctx.rules.track_tags.get("material_words", ()) \
                and name not in ctx.rules.track_tags.get("single_materials", ()) and not short_framed(ctx, start, name, suf)
            if entry is None and (short or (head and not head.context)
                                  or generic_only(ctx, name) or not track_like(ctx, name, lenient=summing)):
                break
            # (纸浆|新材料产业 where the lexicon knows 新材料产业 as the token: a noun word before it
            # that names what the track is of makes a longer track, whose span holds the suffix
            # as the lexicon's does, which it beats; not a place or generic word, nor a name)
            end = start + len(name)
            if entry is None and start < t.start and t.end - t.start > len(suf) \
                    and ctx.lex.lookup(t.text, "IndustryTrack") is not None \
                    and ctx.by_end.get(t.start) is not None and ctx.by_end[t.start].start == start \
                    and ctx.seg.tag(text[start:t.start]) == "n" and not ctx.lex.lookup(text[start:t.start]) \
                    and not generic_only(ctx, text[start:t.start]) and not text[start:t.start].endswith(ADMIN_UNITS):
                end = t.end
            out.append(Cand(start, end, "IndustryTrack",
                            entry.name if entry else name, f"track:{suf}", prio=3))
            break
    # a qualified sector word names a track (新制造业, 先进制造业); the bare word does not
    sector_words = ctx.rules.track_sector_words
    for p, t in zip(toks, toks[1:]) if ctx.tables.sector_word_re.search(text) else ():
        if (t.text in sector_words and p.end == t.start and len(p.text) <= 3
                and ctx.seg.tag(p.text)[:1] in ("a", "b") and p.text not in ctx.tables.generic
                and not ctx.lex.is_not_entity(p.text + t.text)
                and not product_or_policy(ctx, p.start, t.end) and not unsummed_class(ctx, p.text + t.text, p.start)):
            e = ctx.lex.lookup(p.text + t.text, "IndustryTrack")
            out.append(Cand(p.start, t.end, "IndustryTrack", e.name if e else p.text + t.text,
                            "track:sector", prio=3))
    return out


def joined_tracks(ctx: Context) -> list[Cand]:
    """Tracks written together name one track: 新材料新能源, 云计算大数据, 光伏储能."""
    cands = ctx.cands
    known = sorted((c for c in cands if c.cls == "IndustryTrack" and c.rule == "lexicon"),
                   key=lambda c: c.start)
    out = []
    for a, b in zip(known, known[1:]):
        if a.end == b.start:
            end = b.end
            for suf in ctx.rules.track_suffixes:  # 电竞|文旅产业 -> 电竞文旅
                if ctx.text[a.start:end].endswith(suf) and end - len(suf) > b.start:
                    end -= len(suf)
                    break
            name = ctx.text[a.start:end]
            e = ctx.lex.lookup(name, "IndustryTrack")
            out.append(Cand(a.start, end, "IndustryTrack", e.name if e else name, "lexicon+joined", prio=4))
    return out


def joined_unknown(ctx: Context) -> list[Cand]:
    """A track joined by 及/和/与 to a word the lexicon does not know as one, before the
    suffix (计算机与通讯设备产业, 航空航天及装备制造业): one track named by both; two known
    tracks so joined are two (高端装备和新材料产业)."""
    text, toks, out = ctx.text, ctx.toks, []
    known = {c.end: c for c in ctx.cands if c.cls == "IndustryTrack"}
    if not known:
        return out
    sector = ctx.rules.track_sector_words
    for k, j in enumerate(toks):
        a = known.get(j.start) if j.text in _JOINERS else None
        if a is None or ctx.text[a.start:a.end].endswith(ctx.rules.track_suffixes):
            continue
        b, end = "", None
        for t in toks[k + 1:k + 4]:
            suf = next((x for x in ctx.rules.track_suffixes if t.text.endswith(x)), None)
            if suf or t.text in sector:
                # (装备|制造业: the sector word's first part is a word of the name)
                b += t.text[:-len(suf)] if suf else t.text[:-1]
                end = t.start + len(t.text) - (len(suf) if suf else 1)
                break
            b += t.text
        # (A和B两大产业: a count says they are two)
        if end is None or not 2 <= len(b) <= 6 or COUNTED.search(b) or ctx.lex.lookup(b) \
                or ctx.lex.is_not_entity(b) or generic_only(ctx, b) or not track_like(ctx, b):
            continue
        name = text[a.start:end]
        e = ctx.lex.lookup(name, "IndustryTrack")
        out.append(Cand(a.start, end, "IndustryTrack", e.name if e else name, "track:joined", prio=4))
    return out


def with_parts(ctx: Context) -> list[Cand]:
    """A known track joined to the word for its parts (汽车及零部件, 摩托车及零部件: rules.toml
    [track] parts_words): one track, the industry of the thing and its parts, not the
    thing and a bare 零部件 beside it."""
    words = tuple(ctx.rules.track_tags.get("parts_words", ()))
    text, out = ctx.text, []
    if not words or not any(w in text for w in words):
        return out
    for c in ctx.cands:
        if c.cls != "IndustryTrack" or "lexicon" not in c.rule or text[c.end:c.end + 1] not in JOIN_CHARS:
            continue
        w = next((w for w in words if text.startswith(w, c.end + 1)), None)
        if w:
            end = c.end + 1 + len(w)
            e = ctx.lex.lookup(text[c.start:end], "IndustryTrack")
            out.append(Cand(c.start, end, "IndustryTrack", e.name if e else text[c.start:end], "track:parts", prio=4))
    return out


_JOINERS = tuple(JOIN_CHARS)      # one-character joiners: a token of its own between two tracks


def _unsuffixed(ctx: Context, word: str) -> str:
    """A token without the track suffix it ends with (电子信息产业 -> 电子信息), if two
    characters or more are left."""
    for suf in ctx.rules.track_suffixes:
        if word.endswith(suf) and len(word) > len(suf) + 1:
            return word[:-len(suf)]
    return word


def prefixed_tracks(ctx: Context) -> list[Cand]:
    """A known track after a one-character word that belongs to its name: a prefix of
    track names (rules.toml [track] prefixes: 泛|半导体产业), or a character the
    dictionary reads as one word with the track's start (光|电子信息产业: 光电子)."""
    out = []
    prefixes = tuple(ctx.rules.track_tags.get("prefixes", ()))
    by_start, by_end = ctx.by_start, ctx.by_end
    # (the track begins the token after the character: only where a track begins)
    for at in sorted(ctx.track_starts):
        t, prev = by_start.get(at), by_end.get(at)
        if t is None or prev is None or len(prev.text) != 1 \
                or prev.text in ctx.rules.track_not_final and prev.text not in prefixes:
            continue    # (新 qualifies a track as a word of its own, but opens 新医药 as a prefix)
        name = _unsuffixed(ctx, t.text)
        if ctx.lex.lookup(name, "IndustryTrack") is None:
            continue
        if prev.text in prefixes or any(ctx.seg.tag(prev.text + name[:k]) for k in (2, 3) if k < len(name)):
            e = ctx.lex.lookup(prev.text + name, "IndustryTrack")
            # (the span holds the suffix as the lexicon's 电子信息产业 does, which it beats)
            out.append(Cand(prev.start, t.end, "IndustryTrack", e.name if e else prev.text + name,
                            "track:prefixed", prio=4))
    out.extend(_word_prefixed(ctx))
    return out


def _word_prefixed(ctx: Context) -> list[Cand]:
    """The same, where jieba joined the character to the track's first word and cut the
    track there (光电子|信息: 光 and 电子信息): the dictionary's word is the character and the
    track's first word, the track ends with the next token (before its suffix)."""
    out = []
    by_start = ctx.by_start
    # (the track begins one character into the word: only where a track begins)
    for at in sorted(ctx.track_starts):
        prev = by_start.get(at - 1)
        t = by_start.get(prev.end) if prev is not None else None
        if t is None:
            continue
        w = prev.text
        if len(w) < 3 or w[0] in ctx.rules.track_not_final or not ctx.seg.tag(w):
            continue
        name = _unsuffixed(ctx, t.text)
        track = w[1:] + name
        if ctx.lex.lookup(w, "IndustryTrack") is None and ctx.lex.lookup(track, "IndustryTrack") is not None:
            e = ctx.lex.lookup(w + name, "IndustryTrack")
            out.append(Cand(prev.start, prev.end + len(name), "IndustryTrack", e.name if e else w + name,
                            "track:prefixed", prio=4))
    return out


def kind_tracks(ctx: Context) -> list[Cand]:
    """The kind a list of firms is named by (A、B等青禾海工龙头企业, 集聚星澜装备企业80家): a
    track, when its words are a track's (rules.toml [track] kind_frames, group ``t``) and
    as long as an unknown track must be; a generic word (本地, 外资, 配套) is none."""
    text = ctx.text
    out = []
    for rx in ctx.tables.kind_frames:
        for m in rx.finditer(text):
            s = strip_generic(ctx, m.start("t"), m.end("t"))    # (等一批优质医药企业: 医药)
            # (等青禾镇茶叶企业: a place before the kind says where the firms are, no word of their track)
            place = max((c.end for c in ctx.cands if c.cls == "Place" and c.start == s and c.end < m.end("t")),
                        default=None)
            if place is not None:
                s = strip_generic(ctx, place, m.end("t"))
            name = text[s:m.end("t")]
            if (len(name) < ctx.rules.track_min_unknown or ctx.lex.is_not_entity(name) or ctx.lex.lookup(name)
                    or name.endswith(ctx.rules.track_not_final) or opens_on_qualifier(ctx, name)
                    or generic_only(ctx, name) or _named_head(ctx, name) or not track_like(ctx, name)):
                continue
            out.append(Cand(s, s + len(name), "IndustryTrack", name, "track:kind", prio=3))
    return out


def _named_head(ctx: Context, name: str) -> bool:
    """True when ``name`` ends in a name's head that is no trade word (产业园, 中心 …)."""
    head = ctx.rules.head_of(name)
    return bool(head and not head.context)
