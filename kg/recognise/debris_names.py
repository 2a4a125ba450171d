"""Spans a walk read across a clause: no name at all (GUIDELINES: generic mentions,
people, slogans are no entities).

A head's walk left from 项目, 大道, 新城 … stops at punctuation, a number or a boundary
word; where none comes it runs over a clause and the span reads as a name: a person
and what they do (市委书记X到Y开发区, X介绍项目), a clause's verbs (项目所需X由园区,
春节前要让三期厂房全部), a demonstrative (这座大楼), a count of buildings (标准化厂房8栋),
a host (X商务局主办), a span of time (平均100天内), an exit of town (市区东出口) or a kind
of record (投资项目备案信息). A mention whose name one of [debris_name] ``patterns``
finds is dropped; the lexicon's names are kept (a listed name is a name).

Words before a name (a direction of town before a road: 城南|迎宾大道; a place and 的:
X街道的|Y不夜城; 至|X镇) are cut off its front by [debris_name] ``cuts``: the name after
them is kept, and a town a cut's group ``place`` marks (星澜镇|青禾山景区) a place of its own. Not a list's count glued to its last item (X村等11个村): that span holds
its list together for the relations of the items after it, and is left as it is.

The cut with a group ``place`` runs after kg/recognise/glued_places.py (road_ends) and
kg/recognise/town_glued.py, which read a head's walk only: it alone cuts the town off a name
another rule read (a frame's 白露镇|青禾溪生态公园开园: rule frame, not head:公园).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from ..rules_model import rx


def _front_cut(m: Mention, cuts) -> tuple[Mention, Mention | None]:
    """``m`` without the front the first of ``cuts`` finds (a mention whose name is its surface),
    and the front as a place of its own where the cut's group ``place`` marks it (星澜镇|青禾山景区:
    the town the text names there), else None."""
    if m.name != m.surface:
        return m, None
    for c in cuts:
        hit = c.match(m.surface)
        if hit and hit.end():
            kept = m.surface[hit.end():]
            place = hit.groupdict().get("place")
            front = replace(m, end=m.start + len(place), surface=place, name=place, cls="Place", extra=(),
                            aliases=(), group="", role="", rule=f"{m.rule}+front") if place else None
            return replace(m, start=m.start + hit.end(), surface=kept, name=kept), front
    return m, None


def debris_names(rules, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those whose name is a clause's debris, and cut of the
    words before a name ([debris_name])."""
    conf = rules.data.get("debris_name", {})
    pats = conf.get("patterns", ())
    debris = rx("|".join(f"(?:{p})" for p in pats)) if pats else None     # (compiled once, not per document)
    cuts = [rx(c) for c in conf.get("cuts", ())]
    out, spans = [], {(m.sentence, m.start, m.end, m.name) for m in mentions}
    for m in mentions:
        if m.rule != "lexicon":
            if debris is not None and debris.search(m.name):
                continue
            cut, front = _front_cut(m, cuts)
            if front is not None and (front.sentence, front.start, front.end, front.name) not in spans:
                spans.add((front.sentence, front.start, front.end, front.name))
                out.append(front)
            if cut is not m:
                if (cut.sentence, cut.start, cut.end, cut.name) in spans:
                    continue        # (the name after the words is found already)
                spans.add((cut.sentence, cut.start, cut.end, cut.name))
                m = cut
        out.append(m)
    return out
