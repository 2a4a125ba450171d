"""Works a firm sets up somewhere, named after the frame that says so: a firm the
sentence names, 在 a place (or the amount it puts in, or 投资建设 itself), a verb of setting
up or building ([sited_works] frame), then the works' name up to a head of a firm's works
(星澜能源在高新区设立|华北储能系统装配|基地).
Such a name need hold no proper word (what it makes, where it serves, a head): the frame
tells it from a common noun phrase. A bare head (…设立研发中心) names no works; a head
the frame alone makes one of a works' ([sited_works] heads: 中心, 码头) names a project."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .text import is_punct


@lru_cache(maxsize=4)
def _frame(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def sited_works(ctx: Context) -> list[Cand]:
    """A candidate for each works named right after a firm's site frame; of the class of its
    head (a project, a park a firm owns). Not after a body's (a university's 技术转移基地 is a
    kind of unit), nor one of generic words only (大型|生产基地)."""
    conf = ctx.rules.data.get("sited_works", {})
    if not conf.get("frame"):
        return []
    frame, text = _frame(conf["frame"]), ctx.text
    places = {c.start: c.end for c in ctx.cands if c.cls == "Place" and c.role != "owner"}
    firms = {c.start for c in ctx.cands if c.cls in ("Enterprise", "Institution") and c.role != "owner"}
    out, seen = [], set()
    for f in ctx.cands:
        if f.cls != "Enterprise" or f.role == "owner":
            continue
        m = frame.match(text, f.end)
        if m is None or m.end() not in ctx.starts or m.end() in seen:
            continue
        start = m.end()
        found = _name_end(ctx, conf, start, places, firms)
        if found is None:
            continue
        seen.add(start)
        end, cls, owned, head_at = found
        if generic_only(ctx, text[start:head_at]) or ctx.lex.is_not_entity(text[start:end]):
            continue    # (…建设|大型|生产基地, …实施的|技术改造项目: a kind of works, not one named)
        out.append(Cand(start, end, cls, text[start:end], "sited-works", prio=2,
                        extra=(owned,) if owned else ()))
    return out


def _name_end(ctx: Context, conf: dict, pos: int, places: dict, firms: set):
    """(end, class, owned class) of the works' name from ``pos``, or None: words of a name
    (no particle, preposition, conjunction, adverb or pronoun, no punctuation, no other
    firm, no verb first) up to a head; a place and a quantity may stand among them; a verb
    after a word names what the works do there (华南区域|交付|中心)."""
    text, heads = ctx.text, ctx.rules.heads
    limit = pos + conf.get("max_len", 20)
    frame_heads = set(conf.get("heads", ()))
    stop_tags = tuple(conf.get("stop_tags", ()))
    not_heads = set(conf.get("not_heads", ()))
    joiners = set(ctx.rules.long_name.get("joiners", ()))
    phase = ctx.rules.firm_project.get("phase")
    measure = ctx.tables.firm_measure
    words, content = 0, False
    while pos < limit:
        if pos in places and places[pos] > pos:
            pos, words, content = places[pos], words + 1, True
            continue
        if pos in firms:
            return None
        q = measure.match(text, pos) if measure else None
        if q and q.end() in ctx.starts and q.end() > pos:
            pos, words, content = q.end(), words + 1, True
            continue
        t = ctx.by_start.get(pos)
        if t is None or t.end > limit:
            return None
        h = heads.get(t.text)
        if (h is not None and (h.cls == "Project" and h.owner or h.owned)) or t.text in frame_heads:
            if not words:
                return None
            end = t.end
            nxt = ctx.by_start.get(end)
            while phase and nxt is not None and re.fullmatch(phase, nxt.text) and nxt.end <= limit:
                end = nxt.end
                nxt = ctx.by_start.get(end)
            if t.text in not_heads:
                return None
            if nxt is not None and nxt.text in conf.get("then", ()) and nxt.end <= limit + 2:
                end = nxt.end   # (…物流中心|项目: the project of the works)
            if h is None or h.cls == "Project" or t.text in frame_heads:
                return end, "Project", "", t.start
            return end, h.cls, h.owned, t.start
        if h is not None and h.cls != "Enterprise":
            return None     # (a firm's trade word is a word of what the works make: 精密|轴承)
        if t.text in joiners and content:
            pos, content = t.end, False
            continue
        tag = ctx.seg.tag(t.text)
        if any(is_punct(ch) for ch in t.text) or t.text in ctx.rules.boundary \
                or (tag[:1] == "v" and not words) or tag.startswith(stop_tags):
            return None
        pos, words, content = t.end, words + 1, True
    return None
