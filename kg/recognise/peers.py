"""Unknown words listed (、) among known tracks before a word that sums the list up as
fields or industries (涵盖高端装备、新能源汽车、青禾经济、集成电路等领域): tracks too.
Two of the list's items at least must be tracks the lexicon knows.

    >>> from kg.lexicon import default_lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(default_lexicon())
    >>> [m.name for m in r.sentence_mentions("d", 0, "涵盖集成电路、星澜焊接、新能源汽车等领域")]
    ['集成电路', '星澜焊接', '新能源汽车']
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .items import item
from .text import JOIN_CHARS, LIST_SEP


def track_peers(ctx: Context) -> list[Cand]:
    text = ctx.text
    after = ctx.tables.track_peers_after
    if after is None or LIST_SEP not in text:
        return []
    known = sorted((c for c in ctx.cands if c.cls == "IndustryTrack" and "lexicon" in c.rule),
                   key=lambda c: c.start)
    if len(known) < 2:
        return []
    out = []
    for m in after.finditer(text):
        # the 、-items of the clause before the summing word; the first item is taken only
        # when a known track fills it (what opens the clause is not cut off here)
        start = max((text.rfind(p, 0, m.start()) for p in "，,。；;：:！？!?"), default=-1) + 1
        spans, cur = [], start
        for j in range(start, m.start() + 1):
            if j == m.start() or text[j] == LIST_SEP:
                spans.append((cur, j))
                cur = j + 1
        if len(spans) < 2:
            continue
        first = next((c for c in known if c.end == spans[0][1] and c.start >= spans[0][0]), None)
        # (项目涵盖A、B、C等领域: the words after the clause's verb, which lists them, are
        # the first item, a known track at their end or not: 健康|医药)
        verb = max((t for t in ctx.toks if spans[0][0] <= t.start and t.end < spans[0][1]
                    and len(t.text) > 1 and ctx.seg.tag(t.text) == "v"), key=lambda t: t.end, default=None)
        if verb and (first is None or verb.end < first.start):
            first = Cand(verb.end, spans[0][1], "IndustryTrack", text[verb.end:spans[0][1]], "")
        spans = ([(first.start, first.end)] if first else []) + spans[1:]
        # (…、A和B等领域: a known track after a joining word is an item of its own)
        last = next((c for c in known if c.end == spans[-1][1] and c.start > spans[-1][0] + 1
                     and text[c.start - 1] in JOIN_CHARS), None)
        if last:
            spans[-1:] = [(spans[-1][0], last.start - 1), (last.start, last.end)]
        if len(spans) < 3:
            continue
        filled = {(c.start, c.end) for c in known}
        if sum(1 for sp in spans if sp in filled) < 2:
            continue
        # (a name the lexicon gives, or a track, stands; a guess from a head word does not:
        # 影视文化 is no firm named by 文化 here)
        taken = {i for c in ctx.cands if c.cls == "IndustryTrack" or "lexicon" in c.rule
                 for i in range(c.start, c.end)}
        # (… but a known track ending an item is a word of its name: 健康医药 over 医药)
        ends = {c.end: c.start for c in known}
        for s, e in spans:
            inside = range(s, ends[e]) if ends.get(e, s) > s else range(s, e)
            if (s, e) in filled or any(i in taken for i in inside) \
                    or not ctx.rules.track_min_unknown <= e - s <= ctx.rules.track_max_len:
                continue
            c = item(ctx, text[s:e], s, e, "IndustryTrack", f"{ctx.gid}/tp{m.start()}", "")
            if c and c.cls == "IndustryTrack":
                c.rule = "track-peer"
                out.append(c)
    return out
