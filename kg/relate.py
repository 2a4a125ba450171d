"""Relations between entities, each with the sentence that states it.

Rules (names recorded on the evidence; trigger words in kg/data/relations.toml):

- ``owner-prefix``: a project named after its owner (美团杭州总部 -> 美团);
  ``owner-name``: the same across documents; ``owner-frame``: 控股企业.
- ``enumeration-track``: the items of ``A、B等数字经济领军企业`` are in 数字经济;
  ``sentence-track``: things in a sentence about a track are in it;
  ``paragraph-track``: a paragraph that opens on a track (生命健康产业蓬勃发展，…)
  governs the sentences after it.
- ``track-list-sub`` / ``head-sub``: tracks listed as 细分赛道 of a track, or named
  under a head track, are its sub-tracks.
- ``located-verb`` (X落地Y, X位于Y), ``located-after`` (Y落有X),
  ``located-adjacent`` (西湖文化广场环球中心), ``located-of``
  (大城北的杭州中心, 大武林商圈的恒隆广场), ``located-phase`` (武林路二期 locatedIn
  武林路, read off the name), ``district-act``: what the district the document
  speaks for lands, builds or opens.
- ``part-segment`` (大运河拱墅段 partOf 大运河), ``part-adjacent`` (祥符街道吉如社区),
  ``part-platform`` (以A和B为平台,打造C).

    >>> # see tests/test_relate.py for worked examples
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .model import Document, Entity, Mention, Relation
from .rules import load_rules

TRACK_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution"}
LOCATED_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict", "Place"}
LOCATIONS = {"Place", "CommercialDistrict", "Platform"}
OWNED = {"Project", "Platform", "Enterprise"}
OWNERS = {"Enterprise", "Institution"}
CLAUSE = re.compile(r"[，,；;：:]")


@dataclass
class _M:
    """A mention with the key of its entity."""
    m: Mention
    key: str
    cls: str


def _clause_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for mt in CLAUSE.finditer(text):
        spans.append((start, mt.start()))
        start = mt.end()
    spans.append((start, len(text)))
    return spans


class Relater:
    def __init__(self, entities: dict[str, Entity], key_of: dict[int, str]):
        self.ents = entities
        self.key_of = key_of
        self.rules = load_rules().relations
        self.conf = self.rules.get("confidence", {})
        self.out: dict[tuple, Relation] = {}

    def add(self, s: str, p: str, o: str, doc: str, sent: int, rule: str) -> None:
        if s == o:
            return
        k = (s, p, o, doc)
        if k not in self.out:
            self.out[k] = Relation(s, p, o, doc, sent, rule, self.conf.get(rule, 0.6))

    def cls(self, key: str) -> set[str]:
        e = self.ents[key]
        return {e.cls, *e.extra_classes}

    # -- per document ---------------------------------------------------------
    def document(self, doc: Document, mentions: list[Mention]) -> None:
        by_sent: dict[int, list[_M]] = defaultdict(list)
        for m in mentions:
            k = self.key_of.get(id(m))
            if k:
                by_sent[m.sentence].append(_M(m, k, self.ents[k].cls))
        district = self._district(mentions)
        head: str | None = None
        para = -1
        for s in doc.sentences:
            ms = sorted(by_sent.get(s.index, []), key=lambda x: x.m.start)
            if s.paragraph != para:
                head, para = None, s.paragraph
            new_head = self._head_track(s.text, ms)
            if new_head:
                head = new_head
            self._owners(doc, s, ms)
            self._tracks(doc, s, ms, head if not new_head else None, new_head)
            self._located(doc, s, ms, district)
            self._parts(doc, s, ms)

    def _district(self, mentions: list[Mention]) -> str | None:
        """The district a document speaks for: its most named district-level place."""
        sufs = tuple(self.rules.get("district", {}).get("suffixes", ("区",)))
        c = Counter()
        for m in mentions:
            k = self.key_of.get(id(m))
            if k and self.ents[k].cls == "Place" and self.ents[k].name.endswith(sufs):
                c[k] += 1
        return c.most_common(1)[0][0] if c else None

    def _head_track(self, text: str, ms: list[_M]) -> str | None:
        win = self.rules.get("track", {}).get("head_window", 8)
        first = next((x for x in ms if x.m.role != "owner"), None)
        if first and first.cls == "IndustryTrack" and first.m.start <= win and first.m.role != "item":
            return first.key
        return None

    def _owners(self, doc, s, ms: list[_M]) -> None:
        for x in ms:
            if x.m.role == "owner":
                parent = next((p for p in ms if p.m.start == x.m.start and p.m.end > x.m.end
                               and p.m.role != "owner"), None)
                if parent and self.cls(parent.key) & OWNED and self.cls(x.key) & OWNERS:
                    self.add(parent.key, "ownedBy", x.key, doc.doc_id, s.index, "owner-prefix")
        for pat in self.rules.get("owner", {}).get("frames", ()):
            for mt in re.finditer(pat, s.text):
                owner = next((x for x in ms if x.m.end == mt.start("owner") + len(mt.group("owner"))
                              and self.cls(x.key) & OWNERS), None)
                owned = next((x for x in ms if x.m.start == mt.start("owned")), None)
                if owner and owned and self.cls(owned.key) & OWNED:
                    self.add(owned.key, "ownedBy", owner.key, doc.doc_id, s.index, "owner-frame")

    def _tracks(self, doc, s, ms: list[_M], governing: str | None, own_head: str | None) -> None:
        tracks = [x for x in ms if x.cls == "IndustryTrack"]
        groups: dict[str, list[_M]] = defaultdict(list)
        for x in ms:
            if x.m.group:
                groups[x.m.group].append(x)
        grouped_track_items = set()
        for g in groups.values():
            heads = [x for x in g if x.m.role == "head-track"]
            items = [x for x in g if x.m.role == "item"]
            for h in heads:
                for it in items:
                    if it.cls == "IndustryTrack":
                        self.add(it.key, "subTrackOf", h.key, doc.doc_id, s.index, "track-list-sub")
                    elif self.cls(it.key) & TRACK_SUBJECTS:
                        self.add(it.key, "inTrack", h.key, doc.doc_id, s.index, "enumeration-track")
            # a list of tracks named 细分赛道 of a track named elsewhere in the sentence
            track_items = [it for it in items if it.cls == "IndustryTrack"]
            if track_items and not heads:
                grouped_track_items |= {id(it) for it in track_items}
                after = s.text[track_items[-1].m.end:track_items[-1].m.end + 8]
                noun_is_sub = any(w in after for w in self.rules.get("track", {}).get("sub_list_nouns", ()))
                others = [t for t in tracks if t.m.group != track_items[0].m.group and t.m.role != "item"]
                if noun_is_sub and others:
                    for it in track_items:
                        self.add(it.key, "subTrackOf", others[0].key, doc.doc_id, s.index, "track-list-sub")
        topic = own_head or (tracks[0].key if tracks else None)
        rule = "sentence-track" if tracks else "paragraph-track"
        topic = topic or governing
        if own_head or governing:
            head = own_head or governing
            peers = {x.m.group for x in tracks if x.key == head and x.m.group}
            for t in tracks:
                if t.key != head and id(t) not in grouped_track_items and not (t.m.group and t.m.group in peers):
                    self.add(t.key, "subTrackOf", head, doc.doc_id, s.index, "head-sub")
        if topic:
            for x in ms:
                if x.cls != "IndustryTrack" and self.cls(x.key) & TRACK_SUBJECTS and not (
                        x.m.group and any(g.m.role == "head-track" for g in groups[x.m.group])):
                    self.add(x.key, "inTrack", topic, doc.doc_id, s.index, rule)

    def _located(self, doc, s, ms: list[_M], district: str | None) -> None:
        text = s.text
        ents = [x for x in ms if x.m.role != "owner"]
        verbs = self.rules.get("located", {}).get("verbs", ())
        after = self.rules.get("located", {}).get("after_verbs", ())
        for a, b in zip(ents, ents[1:]):
            between = text[a.m.end:b.m.start]
            if between in verbs and b.cls in LOCATIONS and a.cls in LOCATED_SUBJECTS:
                self.add(a.key, "locatedIn", b.key, doc.doc_id, s.index, "located-verb")
            elif between == "" and a.cls in LOCATIONS and b.cls in {"Place", "Institution", "Project"}:
                if a.cls == "Place" and b.cls == "Place":
                    continue  # handled as partOf
                self.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-adjacent")
            elif between == "的" and a.cls in LOCATIONS and b.cls in {"Project", "Platform", "Institution"}:
                self.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-of")
        for v in after:
            for mt in re.finditer(re.escape(v), text):
                loc = [x for x in ents if x.m.end <= mt.start() and x.cls in LOCATIONS
                       and not CLAUSE.search(text[x.m.end:mt.start()].rstrip("，,"))]
                if not loc:
                    continue
                clause_end = next((c.start() for c in CLAUSE.finditer(text, mt.end())), len(text))
                for x in ents:
                    if mt.end() <= x.m.start < clause_end and x.cls in LOCATED_SUBJECTS:
                        self.add(x.key, "locatedIn", loc[-1].key, doc.doc_id, s.index, "located-after")
        if district is None:
            return
        acts = sorted(self.rules.get("district", {}).get("acts", ()), key=len, reverse=True)
        act_re = re.compile("|".join(map(re.escape, acts)))
        clauses = _clause_spans(text)
        acted = set()
        for cs, ce in clauses:
            if act_re.search(text, cs, ce):
                acted.add((cs, ce))
        groups_acted = set()
        for x in ents:
            for cs, ce in acted:
                if cs <= x.m.start < ce and x.m.group:
                    groups_acted.add(x.m.group)
        for x in ents:
            if x.cls not in {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict"}:
                continue
            in_act = any(cs <= x.m.start < ce for cs, ce in acted) or (x.m.group in groups_acted)
            if in_act:
                self.add(x.key, "locatedIn", district, doc.doc_id, s.index, "district-act")

    def _parts(self, doc, s, ms: list[_M]) -> None:
        ents = [x for x in ms if x.m.role != "owner"]
        for a, b in zip(ents, ents[1:]):
            if s.text[a.m.end:b.m.start] == "" and a.cls == "Place" and b.cls == "Place":
                self.add(b.key, "partOf", a.key, doc.doc_id, s.index, "part-adjacent")
        pat = self.rules.get("part", {}).get("platform_frame")
        if pat:
            for mt in re.finditer(pat, s.text):
                target = next((x for x in ents if x.m.start >= mt.end() and x.cls == "Platform"), None)
                parts = [x for x in ents if mt.start("parts") <= x.m.start < mt.end("parts")
                         and x.cls == "Platform"]
                for p in parts:
                    if target:
                        self.add(p.key, "partOf", target.key, doc.doc_id, s.index, "part-platform")

    # -- across documents -------------------------------------------------------
    def corpus(self) -> None:
        """Facts read off names: owners named at the start, segments of a whole,
        phases of a development."""
        owners = sorted(((a, k) for k, e in self.ents.items() if self.cls(k) & OWNERS
                         for a in {e.name, *e.aliases} if len(a) >= 2),
                        key=lambda x: -len(x[0]))
        by_name = {}
        for k, e in self.ents.items():
            for n in {e.name, *e.aliases}:
                by_name.setdefault(n, k)
        seg = self.rules.get("part", {}).get("segment")
        phase = self.rules.get("located", {}).get("phase")
        for k, e in self.ents.items():
            if not e.mentions:
                continue
            m0 = e.mentions[0]
            if phase and e.cls in ("Project", "Platform", "CommercialDistrict"):
                mt = re.match(phase, e.name)
                base = by_name.get(mt.group("base")) if mt else None
                if base and base != k and self.ents[base].cls in LOCATIONS:
                    self.add(k, "locatedIn", base, m0.doc_id, m0.sentence, "located-phase")
            if e.cls in ("Project", "Platform"):
                for alias, ok in owners:
                    if ok != k and e.name.startswith(alias) and len(e.name) > len(alias) + 1:
                        self.add(k, "ownedBy", ok, m0.doc_id, m0.sentence, "owner-name")
                        break
            if seg and e.cls in ("Place", "Platform", "CommercialDistrict"):
                mt = re.match(seg, e.name)
                if mt:
                    parent = by_name.get(mt.group("a") + mt.group("b"))
                    if parent and parent != k and self.ents[parent].cls in ("Place", "Platform"):
                        self.add(k, "partOf", parent, m0.doc_id, m0.sentence, "part-segment")

    def relations(self) -> list[Relation]:
        return sorted(self.out.values(), key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))


def relate(documents: list[Document], mentions_by_doc: dict[str, list[Mention]],
           entities: dict[str, Entity], key_of: dict[int, str]) -> list[Relation]:
    """All relations of a corpus (see the module docstring for the rules)."""
    r = Relater(entities, key_of)
    for doc in documents:
        r.document(doc, mentions_by_doc.get(doc.doc_id, []))
    r.corpus()
    return r.relations()
