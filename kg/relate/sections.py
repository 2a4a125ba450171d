"""A section headed by a place: what the section lists lies there.

A notice, a bulletin or a roll of firms may set its items out under headings that each name
a place or a park alone, after a section's mark (一、青禾高新区（星澜园、墨川园） / （二）白沙县 /
■云溪区 / 【A区】星澜产业园（深红色，图幅南部）; of places side by side, 三、白沙县墨川园, the
last), and list under each the firms, projects and bodies of that place, often with no verb
that lands them (A类（8家）：星澜精工有限公司、墨川材料有限公司). Each such thing named in the
section that no rule other than a home rule has placed (under a park's heading: placed in a park or
zone; one placed only in an area lies in the park too) lies in the heading's place
(``section-place``; a park listed with them too where the words point back to the heading's
park, A产业园、B项目均坐落园内). The heading is a line of its own, or its item's first sentence
with nothing after the place but a short form (（四）星澜产业园。2024年…); the section runs to the
next heading of the same or a higher mark (第X条 over 一、 over （一） over 1. over ■). Not the home
itself (what the home holds is the home rules'), not a park or area (a section of a plan names
its areas' parts, not what they lie in), nothing a sentence naming another place names (it lies
there, or the sentence speaks of elsewhere), not an owner a frame or an owner's label names
(投资方：A与B) nor a firm beside a project (a builder may be anywhere). A track a rule gives the
home in a section headed by a park is the park's (its lead, or the lead's segments): it goes.
The heading's marks are relations.toml [located] section_mark (one group per rank, highest
first), section_heading_rest, section_inside and section_owner_tail.
"""
from __future__ import annotations

import re

from ..model import Document, Mention
from ..notions import JOIN_CHARS, LIST_SEP
from .base import LOCATIONS, Collector, rx

KINDS = ("Enterprise", "Project", "Institution")
PLACES = ("Place", "Platform")


def _rank(marks: list[re.Pattern], text: str) -> tuple[int, int] | None:
    """(rank of the section mark ``text`` opens on, the mark's end), else None."""
    for i, mark in enumerate(marks):
        if (m := mark.match(text)):
            return i, m.end()
    return None


def section_places(c: Collector, doc: Document, mentions: list[Mention], home: str | None) -> None:
    """Place in each place-headed section's place what it names and no rule has placed."""
    loc = c.rules.get("located", {})
    marks = [rx(p) for p in loc.get("section_mark", ())]
    rest = rx(loc.get("section_heading_rest", "$^"))
    inner = rx(loc.get("section_inside", "$^"))
    # (an item's first sentence heads it with nothing after the place but a short form, [located]
    # numbered_aside, as kg/relate/settings.numbered_item reads it)
    aside = rx(r"\s*[。．.]?\s*|" + loc.get("numbered_aside", "$^"))
    # (投资方：A与B: the park's builders, not what it holds)
    labels = c.rules.get("table", {}).get("owner_labels", ())
    owner = rx("(?:" + "|".join(map(re.escape, labels)) + ")" + loc.get("section_owner_tail", "$^") if labels else "$^")
    if not marks:
        return
    home_rules = set(c.rules.get("resolve", {}).get("home_rules", ()))
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.key:
            by_sent.setdefault(m.sentence, []).append(m)
    paragraphs: dict[int, list] = {}
    for s in doc.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = sorted(paragraphs)
    sections: list[tuple[str, int, list]] = []       # (place, rank, paragraphs of the section)
    open_: tuple[str, int, list] | None = None
    for p in order:
        first = paragraphs[p][0]
        got = _rank(marks, first.text)
        if got is not None and open_ is not None and got[0] <= open_[1]:
            open_ = None                              # (a heading of the same or a higher rank)
        if got is not None:
            # (a heading a line of its own, or the first sentence of its item: （四）星澜产业园。2024年…)
            rank, end = got
            place = _heading_place(c, by_sent.get(first.index, []), first.text, end,
                                   rest if len(paragraphs[p]) == 1 else aside)
            if place is not None and place.key != home:
                open_ = (place.key, rank, [paragraphs[p][1:]])
                sections.append(open_)
                continue
        if open_ is not None:
            open_[2].append(paragraphs[p])
    if not sections:
        return
    sections = [(place, rank, [s for para in _list_end(marks, rank, paras) for s in para])
                for place, rank, paras in sections]
    # (a track a sentence gives the home in a park's section is the park's lead or its segments:
    # 【B区】星澜产业园 / 主导产业：A，重点发展B、C三条产业链 says nothing of the home)
    parks = {s.index for place, _, sents in sections if c.ents[place].cls == "Platform" for s in sents}
    for k in [k for k, r in c.out.items() if r.doc_id == doc.doc_id and r.subject == home
              and r.predicate == "inTrack" and r.sentence in parks]:
        del c.out[k]
    # (a thing a sentence places only in an area, 星澜医疗在白沙县…, still lies in the park of the
    # section that lists it, the park in the area; not in an area a section heads)
    placed = {r.subject: r.object for r in c.out.values() if r.doc_id == doc.doc_id
              and r.predicate in ("locatedIn", "partOf") and r.rule not in home_rules}
    in_park = {r.subject for r in c.out.values() if r.doc_id == doc.doc_id and c.ents[r.object].cls != "Place"
               and r.predicate in ("locatedIn", "partOf") and r.rule not in home_rules}
    for place, _, sents in sections:
        done = set()
        kept = in_park if c.ents[place].cls == "Platform" else placed
        for s in sents:
            ms = by_sent.get(s.index, [])
            # (…均坐落园内 / 组团内已落地A、B: what the sentence lists is in the section's park, a park
            # among them too, one listed with them: not 甲园属于乙区，A、B均在园内, 甲园's own)
            inside = c.ents[place].cls == "Platform" and inner.search(s.text) is not None
            listed = {m.key for m in ms if inside and _listed(c, s.text, m, ms)}
            # (a sentence naming another place places its things there, or means another's; a firm
            # beside a project is its builder, not listed for its own sake)
            # (not a place inside a thing's name, 白沙县星澜精工有限公司: the name says whose it is)
            if any(c.ents[m.key].cls in LOCATIONS and m.key not in (place, *listed) and not _inside_name(c, m, ms)
                   for m in ms):
                continue
            projects = any(c.ents[m.key].cls == "Project" for m in ms)
            for m in ms:
                k = m.key
                e = c.ents[k]
                if k in done or k in kept or k in (place, home) or m.role == "owner" \
                        or (e.cls not in KINDS and k not in listed) or owner.search(s.text[:m.start]) \
                        or (doc.doc_id, s.index, m.start) in c.frame_owners or (projects and e.cls not in ("Project", "Platform")):
                    continue
                done.add(k)
                c.add(k, "locatedIn", place, doc.doc_id, s.index, "section-place")


def _list_end(marks: list[re.Pattern], rank: int, paras: list[list]) -> list[list]:
    """The paragraphs of a section of ``rank`` up to the end of its list: where its items (marks
    of a lower rank, 1. 2. 3.) are one paragraph each, a paragraph with no mark after the last
    closes the list (从行业分布看，… after the last county's firms speaks of the whole roll); items
    with lines of their own between them (所在地点：…) keep the section to the next heading."""
    items = [i for i, para in enumerate(paras)
             if para and (got := _rank(marks, para[0].text)) is not None and got[0] > rank]
    if len(items) < 2 or items != list(range(items[0], items[-1] + 1)):
        return paras
    return paras[:items[-1] + 1]


def _heading_place(c: Collector, ms: list[Mention], text: str, end: int, rest: re.Pattern) -> Mention | None:
    """The place a heading names right after its mark (at ``end``) and nothing after it but
    ``rest``: of places side by side (滑县白露经济开发区), the last."""
    # (not a card's heading: a park a card names heads the works' fields, not things it hosts)
    place = next((m for m in ms if m.start == end and c.ents[m.key].cls in PLACES and m.rule != "card-heading"), None)
    while place is not None and not rest.fullmatch(text, place.end):
        place = next((m for m in ms if m.start == place.end and c.ents[m.key].cls in PLACES), None)
    return place


def _listed(c: Collector, text: str, m: Mention, ms: list[Mention]) -> bool:
    """Is park ``m`` listed with a thing of the kinds a section places (A产业园、B基地均坐落园内)?"""
    if c.ents[m.key].cls != "Platform":
        return False
    return any(c.ents[o.key].cls in KINDS and o.role != "owner"
               and text[min(m.end, o.end):max(m.start, o.start)] in (LIST_SEP, *JOIN_CHARS) for o in ms)


def _inside_name(c: Collector, m: Mention, ms: list[Mention]) -> bool:
    """Is place ``m`` part of the name of a firm or project the sentence names (白沙县 in 白沙县星澜精工
    有限公司)? Not of a body's (白沙县农业农村局 is the county's, and signs a notice off after its sections)."""
    return any(o is not m and c.ents[o.key].cls in ("Enterprise", "Project") and o.start <= m.start and m.end <= o.end
               and o.end - o.start > m.end - m.start for o in ms)
