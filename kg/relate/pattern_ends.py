"""The ends of a sequence pattern that are not slots (kg/relate/patterns.py runs the patterns;
relations.toml [[pattern]] subject and object). An end may be:

- ``@home``: the district or zone the document speaks for (kg.relate.home);
- ``@topic``: the thing that opens the clause chain the match is in (the last
  thing before the match that starts a clause: 星澜路商圈西起…，汇集了A、B; or that
  follows only its builder there: 由X投资建设的A…，选址Y; or only a thing that holds or owns
  it: 云溪县新开业的A…，位于Y; else, in the paragraph under
  an item's heading (（一）A项目。), the thing the heading names);
  ``@topic:<Class>|<Class>``: only when it is of one of these classes;
- ``@previous:<Class>`` (or ``<Class>|<Class>``): the nearest thing of one of
  these classes before the match in the sentence (…青禾存储二期项目…开工建设，
  项目位于白露片区), else the last one named earlier in the paragraph; for a
  sub-track, not a track the sentence made a part already (形成了以A为核心，覆盖
  B、C的完整产业链: B and C are parts of A's whole, not of A);
- ``@previous-list:<Class>``: the same, with the things listed with it
  (A、B同步开工，两个项目均落户Y);
- ``@first-headed:<Class>``: the first thing of these classes whose name ends with the head word the
  match opens on, in the sentence before the match, else in the nearest earlier sentence of the
  paragraph that names one (…星澜精密有限公司完成B轮融资，由墨川有限公司领投。公司总部位于Y: the firm
  the sentence is about, not an investor named after it);
- ``@counted:<Class>``: the last N distinct things of these classes named before the
  match in the paragraph, N the count the match states (…一是A…；二是B…；三是C…。
  这三个项目都将落户Y: A, B and C), else nothing;
- ``@previous-headed:<Class>``: what ``@previous:<Class>`` names, only when its name ends
  with the head word the match opens on (…签约共建X创新中心，中心落户Y: the centre);
- ``@previous-park:<Class>``: the last thing of these classes named before the match in the
  sentence or its paragraph whose name ends as no zone's does ([home] zone_ends), else what
  ``@previous:<Class>`` names (…产业园位于Y高新区…。A已在园区设立研发中心: the park, not the zone);
- ``@antecedent:<Class>``: what ``@topic:<Class>`` names (not counting the home), or the
  thing it holds (Y内的A), else what ``@previous:<Class>`` names (A…，紧邻B，…，项目由Y
  投资建设: A, not B; Y内的A是…，新区在此建设了X: A); where the sentence opens on a
  demonstrative and a head word (该产业园, 该工程), the last thing that head word names in
  the paragraph or the one before;
- ``@entry:<Class>``: the directory entry the line is of (a heading line holding only its name,
  or 3.X：… opening the line; kg/relate/entries.py), where no other thing opens the clause chain
  before the match (or one that only says what the entry is: 青禾集团全资子公司，落户Y);
- ``@clause-topic:<Class>``: the thing of these classes opening the clause right before the
  match's, back over clauses with no subject of their own (X为Y全资子公司，在P建成Z: X), else nothing;
- ``@clause-end:<Class>``: the thing of these classes the clause right before the match ends
  on, only a clause mark between (规划建设X产业园，下设A、B: the park), else nothing;
- ``@sole:<Class>``: the one thing of these classes named before the match in the sentence or
  earlier in the paragraph (not the home), else nothing: what a bare kind word stands for
  (X公司是…。今年，企业新上的Y: X; two firms named, the word stands for neither);
- ``@described:<Class>``: the thing of these classes the paragraph's opening item heading
  names ((二)星澜科技有限公司（星澜）。全国领先的…，总部落户Y: the firm; topics.item_heading);
- ``@heading:<Class>``: the thing of these classes the numbered item heading over the paragraph
  names ((二)星澜路夜市（示范街区）, a paragraph of its own or the paragraph's opening: the
  paragraph's merchants are the street's, though its clauses open on a mall), else nothing;
- ``@sentence:<Class>``: the nearest thing of these classes before the match in
  its sentence that is not the home (X产业园…，重点发展A、B), else nothing; for a
  track, not a park the clause relies on (依托X，重点发展A: track.relied_on_before);
- ``@track``: the track the sentence or its paragraph is about (its head
  track, kg.relate.tracks), not one the match itself names;
- ``@home:<Class>``: the home, only when it is of one of these classes (a zone's bare
  园区 is the zone; a district's is no park);
- ``<end>|else|<end>``: the first end that names something (@track|else|@previous:
  IndustryTrack: the track the sentence is about, else the one named last).

What opens a clause (@topic, @clause-topic, @entry) is read in kg/relate/clause_openings.py, a bare
head word standing for a thing in head_words.py, the ends that name as many things as the text
counts or lists (@counted, @previous-list, @sole) in counted_ends.py.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..matcher import CLAUSE_PUNCT, Match
from .base import HOME_ROLE, Collector, Item, rx
from .clause_openings import CLAUSE_MARKS, after_builder, after_holder, after_opener, clause_topic, entry_end
from .counted_ends import counted, run_ending, sole
from .focus_grounds import focus_holders
from .head_words import DEMONSTRATIVE, demonstrated, ends_with_head
from .park_words import park_word_opens

if TYPE_CHECKING:
    from .patterns import Context


# between a place and the thing it holds (Y园区内的X): the thing is what the clause is about
ANTECEDENT_MODIFIER = re.compile("(?:内|里|中)?的")


def resolve_ends(c: Collector, mt: Match, end: str | list[str], items: list[Item], text: str, ctx: Context) -> list[str]:
    """The entity keys a pattern's subject or object (a slot, an @-end or a list of them) names in a match."""
    return [k for e in mt.pattern.ends(end) for k in _end(c, mt, e, items, text, ctx)]


def _unsited(c: Collector, mt: Match, classes: set[str], own: list[Item], text: str) -> list[str] | None:
    """For an owner: the nearest thing of ``classes`` before the match in the sentence that is no
    site (在青禾高新区启动X项目，由Y负责建设: the project, not the zone; relations.toml [owner]
    antecedent_site), nothing where only sites stand there; None where the nearest is no site."""
    site = c.rules.get("owner", {}).get("antecedent_site")
    if not site or mt.pattern.relation != "ownedBy":
        return None
    before = [x for x in own if x.m.end <= mt.start and c.cls(x.key) & classes]
    if not before or not rx(site).search(text[:before[-1].m.start]):
        return None
    rest = [x for x in before if not rx(site).search(text[:x.m.start])]
    return [rest[-1].key] if rest else []


def _end(c: Collector, mt: Match, end: str, items: list[Item], text: str, ctx: Context) -> list[str]:
    if "|else|" in end:
        first, rest = end.split("|else|", 1)
        return _end(c, mt, first, items, text, ctx) or _end(c, mt, rest, items, text, ctx)
    if end == "@home":
        return [ctx.home] if ctx.home else []
    if end.startswith("@home:"):
        # (the home only when it is of these classes: a zone's 园区, not a district's)
        return [ctx.home] if ctx.home and c.cls(ctx.home) & set(end[6:].split("|")) else []
    if end == "@track":
        # a head track that is one of the match's own things (其中A和B是…两个环节: A opens
        # the sentence) is no end of it: the paragraph's track is
        own = {items[i].key for slot in mt.slots.values() for i in slot}
        return next(([t] for t in (ctx.track, ctx.outer) if t and t not in own), [])
    if end.startswith("@previous-headed:"):
        got = _end(c, mt, "@previous:" + end.split(":", 1)[1], items, text, ctx)
        opening = DEMONSTRATIVE.sub("", text[mt.start:mt.end])

        def headed(k: str) -> bool:
            return ends_with_head(c, k, opening)
        if got and not headed(got[0]):
            # the nearest of the classes is of another kind (…商圈内的A夜市…。同在该商圈的B: the
            # 商圈, named before the 夜市): the nearest that the head word names, in the
            # sentence or earlier in the paragraph
            classes = set(end.split(":", 1)[1].split("|"))
            before = [x.key for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE]
            got = next(([k] for k in reversed(ctx.named + before)
                        if k != ctx.home and c.cls(k) & classes and headed(k)), [])
        return [k for k in got if headed(k)]
    if end.startswith("@first-headed:"):
        # (…A有限公司完成B轮融资，由Z领投。公司总部位于Y: the first thing the head word names in the
        # sentence before the match, else in the nearest sentence of the paragraph naming one)
        classes = set(end.split(":", 1)[1].split("|"))
        opening = DEMONSTRATIVE.sub("", text[mt.start:mt.end])
        # (the firm opening a project's name counts: X公司Y项目，新增产能…，该公司由Z控股: X)
        before = [x.key for x in sorted([*items, *ctx.nested], key=lambda x: x.m.start)
                  if x.m.end <= mt.start and x.m.role != HOME_ROLE]
        for keys in (before, *reversed(ctx.sentences)):
            got = next((k for k in keys if k != ctx.home and c.cls(k) & classes and ends_with_head(c, k, opening)), None)
            if got is not None:
                return [got]
        return []
    if end.startswith("@counted:"):
        return counted(c, mt, end.split(":", 1)[1], items, text, ctx)
    if end.startswith("@antecedent:"):
        # the clause chain's opening thing when it is of these classes (or the thing it
        # modifies: Y园区内的X建成投用，该项目由…: X), else the nearest one
        # (not the home: 新区在此建设了X — the home acts, "here" is the place before)
        names = end.split(":", 1)[1]
        classes = set(names.split("|"))
        if park_word_opens(c, mt, classes, items, text, ctx):
            return [ctx.home]
        own = [x for x in items if x.m.role != HOME_ROLE and x.key != ctx.home]
        # (2. X是…孵化器，由Y运营; 其中，X…，由Y建设: a list's number or an opener before it, X still opens it)
        opener = rx(c.rules.get("located", {}).get("topic_opener", "$^"))
        starts = [i for i, x in enumerate(own) if x.m.end <= mt.start
                  and (x.m.start == 0 or text[x.m.start - 1] in CLAUSE_PUNCT or after_opener(text, x.m.start, opener))]
        if not starts or not c.cls(own[starts[-1]].key) & classes:
            # (该产业园位于…，由Y投资建设: the chain opens on a demonstrative, the thing it
            # points back to is the last one its head word names, not the nearest)
            got = demonstrated(c, mt, classes, items, text, ctx)
            unsited = None if got else _unsited(c, mt, classes, own, text)
            if unsited == [] and ctx.heading and c.cls(ctx.heading) & classes:
                unsited = [ctx.heading]     # (（三）X项目。项目位于Y园，由Z建设: only a site before, the heading's)
            if not got and unsited is None and "Project" in classes \
                    and rx(c.rules.get("owner", {}).get("project_demonstrative", "$^")).match(text.lstrip()):
                names = "Project"   # (该项目由Y…, the project's name unread: no zone or park named nearer)
            got = got or (unsited if unsited is not None else _end(c, mt, f"@previous:{names}", items, text, ctx))
            # (4．X数据中心 ⏎ 由Y（简称“甲”）负责建设，…: a paragraph naming nothing before it, under a
            # heading of its own, speaks of the heading's thing; not where the act goes on to name what it
            # builds, 由A与B共建实验室)
            if (not got and ctx.heading and c.cls(ctx.heading) & classes
                    and (mt.end == len(text) or text[mt.end] in CLAUSE_PUNCT)):
                got = [ctx.heading]
            return got
        at = starts[-1]
        items = own
        head = items[at]
        for x in items[at + 1:]:
            if x.m.end > mt.start or not ANTECEDENT_MODIFIER.fullmatch(text[head.m.end:x.m.start]):
                break
            if c.cls(x.key) & classes:
                head = x
        return [head.key]
    if end.startswith("@topic"):
        opener = rx(c.rules.get("located", {}).get("topic_opener", "$^"))
        builder = rx(c.rules.get("located", {}).get("topic_builder", "$^"))
        holder = rx(c.rules.get("located", {}).get("topic_holder_modifier", "$^"))
        starts = [x for x in items if x.m.end <= mt.start
                  and (x.m.start == 0 or text[x.m.start - 1] in CLAUSE_PUNCT or after_opener(text, x.m.start, opener)
                       or after_builder(text, x.m.start, builder) or after_holder(text, x, items, holder))]
        classes = set(end.split(":", 1)[1].split("|")) if ":" in end else None
        if not starts:
            # (（一）X项目。/ 由Y投资，…，落户Z: the thing the item's heading names)
            h = ctx.heading
            return [h] if h and (classes is None or c.cls(h) & classes) else []
        return [starts[-1].key] if classes is None or c.cls(starts[-1].key) & classes else []
    if end.startswith("@clause-topic:"):
        return clause_topic(c, mt, set(end.split(":", 1)[1].split("|")), items, text, ctx)
    if end.startswith("@clause-end:"):
        # (规划建设X产业园，下设A、B: the thing the clause before ends on, right before its mark)
        classes = set(end.split(":", 1)[1].split("|"))
        last = next((x for x in reversed(items) if x.m.end < mt.start and x.m.role != HOME_ROLE), None)
        fits = last is not None and c.cls(last.key) & classes and text[last.m.end:mt.start] in CLAUSE_MARKS
        return [last.key] if fits else []
    if end.startswith("@sole:"):
        return sole(c, mt, set(end.split(":", 1)[1].split("|")), items, ctx)
    if end.startswith("@entry:"):
        return entry_end(c, mt, set(end.split(":", 1)[1].split("|")), items, text, ctx)
    if end.startswith("@described:"):
        # (（二）星澜科技有限公司（星澜）。全国领先的…，总部落户Y: the firm the paragraph's item heading names)
        h = ctx.described
        return [h] if h and c.cls(h) & set(end.split(":", 1)[1].split("|")) else []
    if end.startswith("@heading:"):
        h = ctx.heading
        return [h] if h and c.cls(h) & set(end.split(":", 1)[1].split("|")) else []
    if end.startswith("@sentence:"):
        classes = set(end.split(":", 1)[1].split("|"))
        before = [x for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE
                  and x.key != ctx.home and c.cls(x.key) & classes]
        if mt.pattern.relation == "inTrack":   # (not a park relied on, nor the whole of the sentence's park)
            before = focus_holders(c, text, before)
        return [before[-1].key] if before else []
    if end.startswith("@previous-park:"):
        # (…产业园位于青禾高新区…。A、B已在园区设立研发中心: the bare park word stands for the park the
        # paragraph named last, not for a zone named after it only to say where the park lies)
        zones = tuple(c.rules.get("home", {}).get("zone_ends", ()))
        classes = set(end.split(":", 1)[1].split("|"))
        before = [k for k in ctx.named + [x.key for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE]
                  if k != ctx.home and c.cls(k) & classes]
        parks = [k for k in before if not c.ents[k].name.endswith(zones)]
        return parks[-1:] if parks else _end(c, mt, "@previous:" + end.split(":", 1)[1], items, text, ctx)
    if end.startswith(("@previous:", "@previous-list:")):
        kind, names = end.split(":", 1)
        classes = set(names.split("|"))
        before = [x for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE and c.cls(x.key) & classes
                  and not (mt.pattern.relation == "subTrackOf" and ctx.sentence
                           and c.wholes.get((*ctx.sentence, x.key)))]
        if before:
            if kind == "@previous-list":
                return [x.key for x in run_ending(before, text)]
            return [before[-1].key]
        # the most recently named of the classes (ctx.recent is kept in naming order)
        recent = [key for cls, key in ctx.recent.items() if cls in classes]
        return recent[-1:]
    return [items[i].key for i in mt.slots.get(end, [])]
