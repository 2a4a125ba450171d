"""Common words listed before 等 and a track that sums them up (引进青禾涂层、星澜膜材等功能材料
企业; A、B等重型装备): the kinds of that track, tracks too, where no other word types them.
A list holding a name (a firm, a place, a park the recogniser found) is a list of those
things, summed up by their track (星澜科技、墨川网络等新能源企业): none is taken.

    >>> from kg.lexicon import default_lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(default_lexicon())
    >>> sorted(m.name for m in r.sentence_mentions("d", 0, "围绕偏光膜材、精密涂层等新材料开展配套")
    ...        if m.cls == "IndustryTrack")
    ['偏光膜材', '新材料', '精密涂层']
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .items import item
from .text import JOIN_CHARS, LIST_SEP
from .track_words import event_after

_NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nt", "j", "eng")
_CLAUSE_ENDS = "，,。；;：:！？!?（(）)"


def summed_tracks(ctx: Context) -> list[Cand]:
    text = ctx.text
    if LIST_SEP not in text or "等" not in text:
        return []
    summing = [c for c in ctx.cands if c.cls == "IndustryTrack" and text[c.start - 1:c.start] == "等"
               and c.start > 1]
    tr = ctx.rules.track_tags
    out = []
    for t in summing:
        # (等新能源企业50家 and 等新能源赛事: what follows the track says what the list is)
        if event_after(ctx, t.end) or ctx.tables.summed_refuse.match(text, t.end):
            continue
        # (等T业态 / 等T开展配套: a noun of kinds or a verb after the track; not 等新能源|装备, where
        # the track is a word of a longer noun, nor 等T的生产, 等T，: the list may be of goods)
        nxt = ctx.by_start.get(t.end)
        if not any(text.startswith(w, t.end) for w in tr.get("summed_tails", ())) \
                and not (nxt is not None and ctx.seg.tag(nxt.text)[:1] == "v"):
            continue
        end = t.start - 1
        start = max(text.rfind(p, 0, end) for p in _CLAUSE_ENDS) + 1
        spans = _spans(text, start, end)
        if len(spans) < 2:
            continue
        # (围绕A、B等T: the clause's verb opens the list, its words no item's)
        s0, e0 = spans[0]
        verb = max((k.end for k in ctx.toks if s0 <= k.start and k.end < e0
                    and ctx.seg.tag(k.text)[:1] in ("v", "p", "c")), default=None)
        # (前瞻布局低空经济、A等T: a track found at the first item's end is that item)
        known = min((c.start for c in ctx.cands if c.cls == "IndustryTrack" and c.end == e0
                     and s0 <= c.start), default=None)
        spans[0] = (max(x for x in (verb, known, s0) if x is not None), e0)
        if any(not ctx.rules.track_min_unknown <= e - s <= ctx.rules.track_max_len for s, e in spans):
            continue    # (a phrase, not a kind's name: the list is read as none)
        # (a name found in the list makes it a list of such names, whatever its other items)
        # (an item an enumeration only guessed a firm from the noun after the track, 企业, is not)
        if any(c.cls != "IndustryTrack" and c.start < end and c.end > spans[0][0]
               and c.rule != "enumeration-peer" for c in ctx.cands):
            continue
        if any(_named_word(ctx, text[s:e]) for s, e in spans):
            continue    # (星澜、墨川等新能源企业: brands, a name's word each)
        group = f"{ctx.gid}/st{t.start}"
        for s, e in spans:
            if ctx.lex.lookup(text[s:e], "IndustryTrack"):
                continue    # (the lexicon's source gives it)
            c = item(ctx, text[s:e], s, e, "IndustryTrack", group, "", framed=True)
            if c is not None and c.cls == "IndustryTrack":
                c.rule = "track-summed"
                out.append(c)
    return out


def _named_word(ctx: Context, span: str) -> bool:
    """True when ``span`` holds a word of a name: a person's, a place's, a body's, or a
    thing of another class the lexicon knows (a trade's words may be unknown: 膜材)."""
    for k in ctx.seg.tokens(span):
        e = ctx.lex.lookup(k.text)
        if e is not None and e.cls != "IndustryTrack" or ctx.seg.tag(k.text) in _NAME_TAGS:
            return True
    return False


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-items between ``start`` and ``end``, the last split once at a joining word
    (A、B和C)."""
    spans, cur = [], start
    for j in range(start, end + 1):
        if j == end or text[j] == LIST_SEP:
            spans.append((cur, j))
            cur = j + 1
    if spans:
        s, e = spans[-1]
        j = next((k for k in range(s + 2, e - 1) if text[k] in JOIN_CHARS), None)
        if j is not None:
            spans[-1:] = [(s, j), (j + 1, e)]
    return spans
