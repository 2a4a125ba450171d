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
- ``part-segment`` (大运河拱墅段 partOf 大运河), ``part-adjacent`` (祥符街道吉如社区, an
  area unit only), ``part-platform`` (以A和B为平台,打造C).
- ``track-name`` (青禾金融集聚区 in 金融, a track its document names), ``appositive-track``
  (会展行业头部企业X), ``track-lead-sub`` (以A为引领的B产业体系); ``district-local``
  (本土企业X), ``paragraph-area`` (a heading 做强大城北核心功能 locates what its paragraph
  builds), ``located-landmark`` (大运河南端标志拱宸桥), ``located-here`` (…地块位于Y。今后
  这里建成X). Things named in passing (登陆上交所, X背景的Y, 联通X) take no track or act.

    >>> # see tests/test_relate.py for worked examples
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .model import Document, Entity, Mention, Relation
from .rules import load_rules

TRACK_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution"}
LOCATED_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict", "Place"}
LOCATIONS = {"Place", "CommercialDistrict", "Platform"}
OWNED = {"Project", "Platform", "Enterprise"}
OWNERS = {"Enterprise", "Institution"}
CLAUSE = re.compile(r"[，,；;：:]")
QUOTES = "“”\"‘’「」"


@dataclass
class _M:
    """A mention with the key of its entity."""
    m: Mention
    key: str
    cls: str



@lru_cache(maxsize=None)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    """A pattern matching any of ``words``, longest first (compiled once per list)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))

def _clause_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for mt in CLAUSE.finditer(text):
        spans.append((start, mt.start()))
        start = mt.end()
    spans.append((start, len(text)))
    return spans


def _segments(name: str, longest: int):
    """(whole, segment) readings of a segment name, longest segment first:
    大运河拱墅段 -> (大运河, 拱墅), 大运河(拱墅段)国家文化公园 -> (大运河国家文化公园, 拱墅)."""
    for i, ch in enumerate(name):
        if ch != "段":
            continue
        head, tail = name[:i], name[i + 1:]
        for n in range(min(longest, len(head) - 1), 0, -1):
            whole, part = head[:-n], head[-n:]
            if re.fullmatch(r"[\u4e00-\u9fff]+", part):
                yield whole.rstrip("（(") + tail.lstrip("）)"), part


class Relater:
    def __init__(self, entities: dict[str, Entity]):
        self.ents = entities
        self.rules = load_rules().relations
        self.conf = self.rules.get("confidence", {})
        self.signature = {p: (set(sc), set(oc)) for p, (sc, oc) in self.rules.get("signature", {}).items()}
        self.out: dict[tuple, Relation] = {}
        self._frame_owners: set[tuple] = set()  # (doc, sentence, start) of owners named by a frame

    def add(self, s: str, p: str, o: str, doc: str, sent: int, rule: str) -> None:
        if s == o:
            return
        allowed = self.signature.get(p)
        if allowed and not (self.cls(s) & allowed[0] and self.cls(o) & allowed[1]):
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
            k = m.key
            if k:
                by_sent[m.sentence].append(_M(m, k, self.ents[k].cls))
        district = self._district(mentions)
        # the places the document names, longest first (a heading may name one the
        # recogniser missed there: 做强大城北核心功能)
        places = sorted({(m.surface, m.key) for m in mentions
                         if m.key and self.ents[m.key].cls == "Place" and len(m.surface) >= 3},
                        key=lambda p: -len(p[0]))
        governing: str | None = None     # the track a paragraph opens on
        platform: str | None = None
        recent: str | None = None        # the last track named in the paragraph
        area: str | None = None          # the area a paragraph's heading names
        site: str | None = None          # where the paragraph's last "…位于Y" puts something
        para = -1
        for s in doc.sentences:
            ms = sorted(by_sent.get(s.index, []), key=lambda x: x.m.start)
            if s.paragraph != para:
                governing, recent, para = None, None, s.paragraph
                platform = None          # the last platform named in the paragraph
                area = self._heading_area(s, ms, district, places)
                site = None
            head, topic = self._head_track(s.text, ms)
            if head:
                governing = head if topic else None
            self._owners(doc, s, ms)
            self._tracks(doc, s, ms, head, topic, None if head else governing, recent)
            self._located(doc, s, ms, district, area, site)
            site = self._site(s.text, ms) or site
            self._parts(doc, s, ms, platform)
            last = [x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
            recent = last[-1] if last else recent
            plats = [x.key for x in ms if x.cls == "Platform" and x.m.role != "owner"]
            platform = plats[-1] if plats else platform

    def _district(self, mentions: list[Mention]) -> str | None:
        """The district a document speaks for: its most named district-level place."""
        sufs = tuple(self.rules.get("district", {}).get("suffixes", ("区",)))
        not_sufs = tuple(self.rules.get("district", {}).get("not_suffixes", ()))
        c = Counter()
        for m in mentions:
            k = m.key
            name = self.ents[k].name if k else ""
            if k and self.ents[k].cls == "Place" and name.endswith(sufs) and not name.endswith(not_sufs):
                c[k] += 1
        return c.most_common(1)[0][0] if c else None

    def _head_track(self, text: str, ms: list[_M]) -> tuple[str | None, bool]:
        """The track a sentence opens on, and whether it is the sentence's topic
        (named first thing: 生命健康产业蓬勃发展，…), which then governs the paragraph."""
        tr = self.rules.get("track", {})
        first = next((x for x in ms if x.m.role != "owner"), None)
        if first and first.cls == "IndustryTrack" and first.m.start <= tr.get("head_window", 8) \
                and first.m.role != "item":
            pre = re.match(tr.get("topic_prefix", ""), text)
            return first.key, first.m.start <= (pre.end() if pre else 0)
        return None, False

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
                owned = next((x for x in ms if x.m.start == mt.start("owned") and x.m.role != "owner"), None)
                # the 控股企业 is a firm: in 青禾集团控股企业—星澜电竞全国教育总部 it is 星澜电竞,
                # the firm the project is named after, not the project
                firm = next((x for x in ms if owned and x.m.start == owned.m.start and x.m.role == "owner"
                             and x.cls == "Enterprise"), None)
                owned = firm or owned
                if owner and owned and self.cls(owned.key) & OWNED:
                    self.add(owned.key, "ownedBy", owner.key, doc.doc_id, s.index, "owner-frame")
                if owner:
                    self._frame_owners.add((doc.doc_id, s.index, owner.m.start))

    def _lists(self, text: str, ms: list[_M]) -> list[list[_M]]:
        """Enumerations: runs of mentions of one kind (tracks, or things) joined only by
        、/和/及 or by quotation marks (“浙江云”“杭钢云”); the recogniser's groups too."""
        joiners = set(self.rules.get("track", {}).get("list_joiners", ("、",)))
        runs: list[list[_M]] = []
        for x in (x for x in ms if x.m.role != "owner"):
            if runs:
                a = runs[-1][-1]
                between = text[a.m.end:x.m.start]
                bare = between.strip(QUOTES)
                same_kind = (a.cls == "IndustryTrack") == (x.cls == "IndustryTrack")
                grouped = a.m.group and a.m.group == x.m.group
                if x.m.start >= a.m.end and same_kind and (
                        grouped or bare in joiners or (between and not bare)):
                    runs[-1].append(x)
                    continue
            runs.append([x])
        return runs

    def _list_head(self, text: str, run: list[_M], ms: list[_M]) -> list[_M] | None:
        """The track(s) an enumeration is a list of: 腾讯、网易等电竞文娱龙头企业,
        低空经济、人工智能等未来产业赛道 (a track right after the list, before a noun
        such as 企业/项目/赛道)."""
        tr = self.rules.get("track", {})
        groups = {x.m.group for x in run if x.m.group}
        heads = [x for x in ms if x.m.role == "head-track" and x.m.group in groups]
        if heads:
            return heads
        last = run[-1]
        after = [x for x in ms if x.m.start >= last.m.end and x.m.role != "owner"]
        if not after or after[0].cls != "IndustryTrack":
            return None
        between = text[last.m.end:after[0].m.start]
        if not re.match(tr.get("list_head_gap", "$^"), between) or (len(run) == 1 and "等" not in between):
            return None
        heads = [after[0]]
        joiners = set(tr.get("list_joiners", ("、",)))
        for x in after[1:]:
            if x.cls != "IndustryTrack" or text[heads[-1].m.end:x.m.start] not in joiners:
                break
            heads.append(x)
        return heads if self._modifies(text, heads[-1]) else None

    def _modifies(self, text: str, t: _M) -> bool:
        """A track naming the kind of the noun after it: 医药企业, 电竞产业三巨头, 未来产业赛道."""
        return bool(re.match(self.rules.get("track", {}).get("modifier", "$^"), text[t.m.end:]))

    def _tracks(self, doc, s, ms: list[_M], head: str | None, topic: bool,
                governing: str | None, recent: str | None) -> None:
        """inTrack and subTrackOf of one sentence.

        A thing listed under a track (A、B等<track>企业) is in that track; a thing in a
        clause that names a track is in it; otherwise the sentence's head track, the
        paragraph's governing track, or the track of the nearest clause that names one.
        A clause or semicolon boundary ends the scope of a track only where another
        clause names another track."""
        text, doc_id = s.text, doc.doc_id
        tr = self.rules.get("track", {})
        tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
        runs = self._lists(text, ms)
        run_of = {id(x): r for r in runs for x in r}
        listed: dict[int, list[_M]] = {}        # thing -> tracks of its list's head
        blocked: set[int] = set()               # things listed under a sector we do not know
        heads_used: set[int] = set()
        sublisted: set[int] = set()            # tracks listed as segments of a parent
        for r in runs:
            hs = self._list_head(text, r, ms)
            if hs:
                heads_used |= {id(h) for h in hs}
                for x in r:
                    if x.cls == "IndustryTrack":
                        for h in hs:
                            self.add(x.key, "subTrackOf", h.key, doc_id, s.index, "track-list-sub")
                    else:
                        listed[id(x)] = hs
            elif r[0].cls != "IndustryTrack" and re.match(tr.get("sector_head", "$^"), text[r[-1].m.end:]):
                blocked |= {id(x) for x in r}
            elif r[0].cls == "IndustryTrack":
                after = text[r[-1].m.end:r[-1].m.end + 8]
                if any(w in after for w in tr.get("sub_list_nouns", ())):
                    # 紧盯A、B、C三大细分赛道，加快构建数字经济产业链: the track named outside
                    # the list, else the paragraph's last track
                    inside = {id(x) for x in r}
                    parent = next((t.key for t in tracks if id(t) not in inside and t.m.role != "item"),
                                  None) or governing or recent
                    if parent:
                        for x in r:
                            self.add(x.key, "subTrackOf", parent, doc_id, s.index, "track-list-sub")
                        sublisted |= inside
        # 构建以数字内容为引领的文创产业体系: the leading track is a segment of the other
        for mt in re.finditer(tr.get("lead_frame", "$^"), text):
            subs = [t for t in tracks if mt.start("sub") <= t.m.start < mt.end("sub")]
            parent = next((t for t in tracks if t.m.start == mt.end()), None)
            for t in subs:
                if parent:
                    self.add(t.key, "subTrackOf", parent.key, doc_id, s.index, "track-lead-sub")
        # tracks named as the subject matter of a clause (not a list's head, not a sub-track,
        # not one item of a list of plain words: 举办乒乓球、曲棍球、电子竞技、霹雳舞等赛事)
        covered = {i for x in ms for i in range(x.m.start, x.m.end)}

        def stray(t: _M) -> bool:
            a, b = t.m.start, t.m.end
            return (text[a - 1:a] == "、" and a - 2 >= 0 and a - 2 not in covered
                    and text[b:b + 1] == "、" and b + 1 < len(text) and b + 1 not in covered)

        free = [t for t in tracks if id(t) not in heads_used and not stray(t)]
        # the sentence's or paragraph's track adopts tracks named as kinds of things in its
        # sentence (放大龙头医药企业), and, when it opens the sentence, every other track
        top = head or governing
        if top:
            peers = run_of.get(next((id(t) for t in tracks if t.key == top), None), [])
            for t in tracks:
                if t.key == top or t in peers or id(t) in sublisted or (
                        t.m.role == "item" and id(t) not in heads_used):
                    continue
                # under a head that does not open the sentence (围绕数字经济，集聚A、B等生命
                # 健康企业), or under the paragraph's track (…抢占A、B等未来产业赛道), a list's
                # own track is not a segment of the head
                if (head and topic) or self._modifies(text, t) and id(t) not in heads_used:
                    self.add(t.key, "subTrackOf", top, doc_id, s.index, "head-sub")
        spans = _clause_spans(text)

        def clause(pos: int) -> int:
            return next(i for i, (a, b) in enumerate(spans) if pos <= b)

        # 会展行业头部企业思库传播: a track naming the kind of the one firm right after it is
        # that firm's, not the rest of the clause's
        appos = re.compile(tr.get("appositive", "$^"))
        bound: dict[int, _M] = {}
        for t in free:
            mt = appos.match(text, t.m.end)
            firm = next((x for x in ms if mt and x.m.start == mt.end() and x.cls != "IndustryTrack"), None)
            if firm and id(t) not in heads_used:
                bound[id(t)] = firm
                self.add(firm.key, "inTrack", t.key, doc_id, s.index, "appositive-track")
        by_clause: dict[int, list[_M]] = defaultdict(list)
        for t in free:
            if id(t) not in bound:
                by_clause[clause(t.m.start)].append(t)

        def near(ts: list[_M], pos: int) -> list[_M]:
            """The track of ``ts`` nearest to ``pos`` (the earlier on a tie), with the
            tracks listed beside it (重点发展数字经济、智能制造)."""
            t = min(ts, key=lambda t: (abs(t.m.start - pos), t.m.start > pos))
            return [u for u in run_of.get(id(t), [t]) if u.cls == "IndustryTrack"]

        for x in ms:
            if x.cls == "IndustryTrack" or not self.cls(x.key) & TRACK_SUBJECTS:
                continue
            if (doc_id, s.index, x.m.start) in self._frame_owners:
                continue  # 青禾集团控股企业—…: the holder is not in the track of what it holds
            owner = x.m.role == "owner"
            if owner and x.cls != "Enterprise":
                continue  # the institution behind a project is not in the project's industry
            if id(x) in listed:
                for h in listed[id(x)]:
                    self.add(x.key, "inTrack", h.key, doc_id, s.index, "enumeration-track")
                if head and topic:
                    self.add(x.key, "inTrack", head, doc_id, s.index, "sentence-track")
                elif governing and not owner:
                    self.add(x.key, "inTrack", governing, doc_id, s.index, "paragraph-track")
                continue
            if id(x) in blocked:
                continue
            if self._aside(text, x, ms):
                continue
            ci = clause(x.m.start)
            if head:
                self.add(x.key, "inTrack", head, doc_id, s.index, "sentence-track")
            elif by_clause.get(ci):
                for t in near(by_clause[ci], x.m.start):
                    self.add(x.key, "inTrack", t.key, doc_id, s.index, "clause-track")
            elif governing:
                # an owner named in passing (美团小象超市) is not placed by the paragraph
                if not owner:
                    self.add(x.key, "inTrack", governing, doc_id, s.index, "paragraph-track")
            elif by_clause:
                # the nearest clause naming a track (the earlier one on a tie), not beyond
                # an ellipsis (……), which ends a thought the sentence splitter may have kept
                reach = [j for j in by_clause if not re.search(
                    tr.get("scope_break", "$^"), text[min(spans[j][0], spans[ci][0]):max(spans[j][1], spans[ci][1])])
                    and abs(j - ci) <= tr.get("clause_reach", 99)]
                if not reach:
                    continue
                cj = min(reach, key=lambda j: (abs(j - ci), j > ci))
                for t in near(by_clause[cj], x.m.start):
                    self.add(x.key, "inTrack", t.key, doc_id, s.index, "sentence-track")

    def _aside(self, text: str, x: _M, ms: list[_M]) -> bool:
        """A thing named in passing, not as a member of the sentence's track: the market a
        firm lists on (登陆上交所科创板), the backer that describes the next thing
        (中芯国际背景的芯空项目)."""
        tr = self.rules.get("track", {})
        before, after = text[:x.m.start], text[x.m.end:]
        if re.search(self.rules.get("located", {}).get("passing_before", "$^"), before):
            return True
        if re.search(tr.get("listing_before", "$^"), before) or re.match(tr.get("listing_after", "$^"), after):
            return True
        nxt = next((y for y in ms if y.m.start >= x.m.end and y.m.role != "owner"), None)
        modifier = self.rules.get("district", {}).get("modifier_of_next", "$^")
        return bool(nxt and re.match(modifier, text[x.m.end:nxt.m.start]))

    def _heading_area(self, s, ms: list[_M], district: str | None,
                      doc_places: list[tuple[str, str]]) -> str | None:
        """The one area (not the district) a short paragraph heading names: 做强大城北核心功能。"""
        if len(s.text) > self.rules.get("district", {}).get("heading_max", 0):
            return None
        places = {x.key for x in ms if x.cls == "Place" and x.key != district and x.m.role != "owner"}
        if not ms:
            places = {k for name, k in doc_places if name in s.text and k != district}
        units = tuple(self.rules.get("part", {}).get("adjacent_units", ()))
        if len(places) == 1:
            k = next(iter(places))
            return None if self.ents[k].name.endswith(units) and not self.ents[k].name.endswith("区块") else k
        return None

    def _site(self, text: str, ms: list[_M]) -> str | None:
        """Where a sentence says something lies (…地块位于青禾小镇): the place after 位于."""
        for mt in re.finditer(self.rules.get("located", {}).get("site_verb", "$^"), text):
            x = next((x for x in ms if x.m.start == mt.end() and x.cls in LOCATIONS), None)
            if x:
                return x.key
        return None

    def _located(self, doc, s, ms: list[_M], district: str | None, area: str | None = None,
                 site: str | None = None) -> None:
        text = s.text
        ents = [x for x in ms if x.m.role != "owner"]
        verbs = self.rules.get("located", {}).get("verbs", ())
        after = self.rules.get("located", {}).get("after_verbs", ())
        run_of = {id(x): r for r in self._lists(text, ms) for x in r}
        landmark = self.rules.get("located", {}).get("landmark_between", "$^")
        for a, b in zip(ents, ents[1:]):
            between = text[a.m.end:b.m.start]
            if between in verbs and b.cls in LOCATIONS and a.cls in LOCATED_SUBJECTS:
                self.add(a.key, "locatedIn", b.key, doc.doc_id, s.index, "located-verb")
            elif between == "" and a.cls in LOCATIONS and b.cls in {"Place", "Institution", "Project"}:
                if a.cls == "Place" and b.cls == "Place":
                    continue  # handled as partOf
                self.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-adjacent")
            elif a.cls in LOCATIONS and b.cls in LOCATED_SUBJECTS and re.fullmatch(landmark, between):
                # 青禾运河南端标志星澜桥: the landmark at one end of a place lies in it
                self.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-landmark")
            elif between == "的" and a.cls in LOCATIONS and b.cls in {"Project", "Platform", "Institution"}:
                # 大城北的杭州中心、恒隆广场等项目: every item of the list after 的
                for x in run_of.get(id(b), [b]):
                    if x.cls in {"Project", "Platform", "Institution"}:
                        self.add(x.key, "locatedIn", a.key, doc.doc_id, s.index, "located-of")
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
        dist = self.rules.get("district", {})
        # acts are looked for outside names (武林金融集聚区 does not 集聚 anything)
        masked = list(text)
        for x in ms:
            masked[x.m.start:x.m.end] = "＿" * (x.m.end - x.m.start)
        masked = "".join(masked)
        act_re = _alternation(tuple(dist.get("acts", ())))
        # progress words that place only a project (武田制药项目加快推进), not a firm that
        # speeds up its own work (…等制造业企业加快推进数字化改造)
        proj_re = re.compile("|".join(dist.get("project_acts", ())) or "$^")
        acted, proj_acted = set(), set()
        for cs, ce in _clause_spans(text):
            if act_re.search(masked, cs, ce):
                acted.add((cs, ce))
            elif proj_re.search(masked, cs, ce):
                proj_acted.add((cs, ce))
        groups_acted: dict[str, bool] = {}
        for x in ents:
            for cs, ce in acted | proj_acted:
                if cs <= x.m.start < ce and x.m.group:
                    groups_acted[x.m.group] = groups_acted.get(x.m.group, False) or (cs, ce) in acted
        modifier = re.compile(dist.get("modifier_of_next", "$^"))
        passing = re.compile(self.rules.get("located", {}).get("passing_before", "$^"))
        # 本土企业A、B: firms the text calls the district's own
        local = re.compile(dist.get("local_before", "$^"))
        for r in self._lists(text, ms):
            if local.search(text[:r[0].m.start]):
                for x in r:
                    if x.cls in ("Enterprise", "Institution"):
                        self.add(x.key, "locatedIn", district, doc.doc_id, s.index, "district-local")
        for i, x in enumerate(ents):
            if x.cls not in {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict"}:
                continue
            if (doc.doc_id, s.index, x.m.start) in self._frame_owners:
                continue  # 引进中国奥委会控股企业一华体电竞: the owner is not introduced
            if passing.search(text, 0, x.m.start):
                continue  # 打造联通城西科创大走廊的增长极: what is connected to is not built
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt and modifier.match(text[x.m.end:nxt.m.start]):
                continue  # 中芯国际背景的芯空项目: a modifier of the thing that lands
            spans = [c for c in acted if c[0] <= x.m.start < c[1]]
            pspans = [c for c in proj_acted if c[0] <= x.m.start < c[1]]
            g = groups_acted.get(x.m.group) if x.m.group else None
            if spans or g is True or ((pspans or g is False) and x.cls in ("Project", "Platform")):
                self.add(x.key, "locatedIn", district, doc.doc_id, s.index, "district-act")
                if area:
                    self.add(x.key, "locatedIn", area, doc.doc_id, s.index, "paragraph-area")
                # 今后这里将…建成X: "here" is where the sentence before put its subject
                if site and re.match(dist.get("deictic", "$^"), text):
                    self.add(x.key, "locatedIn", site, doc.doc_id, s.index, "located-here")
        # under a heading naming an area, the places the paragraph builds or develops
        # (实施A路、B路等道路建设; 毛竹山开发建设) lie in it; not a place that only
        # qualifies a name (打造320国道沿线…示范区)
        if area:
            object_of = re.compile(dist.get("place_object_after", "$^"))
            for x in ents:
                if x.cls == "Place" and x.key not in (area, district) \
                        and any(c[0] <= x.m.start < c[1] for c in acted) and object_of.match(masked, x.m.end):
                    self.add(x.key, "locatedIn", area, doc.doc_id, s.index, "paragraph-area")

    def _parts(self, doc, s, ms: list[_M], platform: str | None) -> None:
        text, doc_id = s.text, doc.doc_id
        part = self.rules.get("part", {})
        ents = [x for x in ms if x.m.role != "owner"]
        areas = {"Place", "Platform", "CommercialDistrict"}
        # 祥符街道吉如社区: an area unit right after the place it belongs to (not a river or
        # landmark after a province: 浙江省大运河文化 does not make the canal part of the province)
        units = tuple(part.get("adjacent_units", ()))
        for a, b in zip(ents, ents[1:]):
            if text[a.m.end:b.m.start] == "" and a.cls == "Place" and b.cls == "Place" \
                    and self.ents[b.key].name.endswith(units):
                self.add(b.key, "partOf", a.key, doc_id, s.index, "part-adjacent")
        pat = part.get("platform_frame")
        if pat:
            for mt in re.finditer(pat, text):
                target = next((x for x in ents if x.m.start >= mt.end() and x.cls == "Platform"), None)
                parts = [x for x in ents if mt.start("parts") <= x.m.start < mt.end("parts")
                         and x.cls == "Platform"]
                for p in parts:
                    if target:
                        self.add(p.key, "partOf", target.key, doc_id, s.index, "part-platform")
        # "X包括A、B、C": the areas listed after X's 包括 are its parts
        pat = part.get("include_frame")
        if pat:
            for mt in re.finditer(pat, text):
                whole = next((x for x in reversed(ents) if x.m.end <= mt.start()), None)
                if not whole or whole.cls not in ("Platform", "Place") or text[whole.m.end:mt.start()].strip():
                    continue
                end = next((c.start() for c in re.finditer(r"[，,；;。]", text[mt.end():])), len(text))
                for x in ents:
                    if mt.end() <= x.m.start < mt.end() + end and self.cls(x.key) & areas:
                        self.add(x.key, "partOf", whole.key, doc_id, s.index, "part-include")
        # "推动A、B、C等四大片区协同发展": areas listed as the N zones of the platform the
        # sentence or paragraph is about (the platform named before the list)
        pat = part.get("area_list")
        if pat:
            for r in self._lists(text, ms):
                if len(r) < 2 or not re.match(pat, text[r[-1].m.end:]):
                    continue
                inside = {id(x) for x in r}
                before = [x for x in ents if x.m.end <= r[0].m.start and x.cls == "Platform"]
                whole = before[-1].key if before else platform
                if not whole or any(x.key == whole for x in r):
                    continue
                for x in r:
                    if id(x) in inside and self.cls(x.key) & areas:
                        self.add(x.key, "partOf", whole, doc_id, s.index, "part-area-list")

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
        seg = self.rules.get("part", {}).get("segment_chars", 0)
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
                    # 杭钢云 is 杭钢's; a one-character tail needs an owner of two characters or
                    # more that is a firm (not 浙江 in 浙江云)
                    if ok != k and e.name.startswith(alias) and len(e.name) > len(alias):
                        self.add(k, "ownedBy", ok, m0.doc_id, m0.sentence, "owner-name")
                        break
            if seg and e.cls in ("Place", "Platform", "CommercialDistrict"):
                for whole, part in _segments(e.name, seg):
                    parent = by_name.get(whole)
                    if parent and parent != k and self.cls(parent) & {"Place", "Platform", "Project"}:
                        self.add(k, "partOf", parent, m0.doc_id, m0.sentence, "part-segment")
                        # the segment named after a place lies in it (大运河拱墅段 -> 拱墅)
                        where = by_name.get(part)
                        if where and where not in (k, parent) and self.ents[where].cls == "Place":
                            self.add(k, "locatedIn", where, m0.doc_id, m0.sentence, "located-segment")
                        break

    def named_tracks(self, doc: Document, mentions: list[Mention]) -> None:
        """A platform named after its industry is in it: 青禾金融集聚区 in 金融, 星澜医药产业园
        in 医药 — when the document names that track (the longest one the name holds, not
        inside an owner's name at its start: 华东医药生命科学产业园 is not read as 医药)."""
        keys = [m.key for m in mentions]
        tracks = {n: k for k in keys if k and self.ents[k].cls == "IndustryTrack"
                  for n in {self.ents[k].name, *self.ents[k].aliases} if len(n) >= 2}
        owners = [a for k in keys if k and self.cls(k) & OWNERS
                  for a in {self.ents[k].name, *self.ents[k].aliases} if len(a) >= 2]
        for m, k in zip(mentions, keys):
            if not k or self.ents[k].cls != "Platform" or m.role == "owner":
                continue
            name = self.ents[k].name
            skip = max((len(a) for a in owners if name.startswith(a)), default=0)
            hits = [(n, t) for n, t in tracks.items() if n != name and n in name[skip:]]
            if hits:
                n, t = max(hits, key=lambda h: len(h[0]))
                self.add(k, "inTrack", t, doc.doc_id, m.sentence, "track-name")

    def relations(self) -> list[Relation]:
        return sorted(self.out.values(), key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))


def relate(documents: list[Document], mentions_by_doc: dict[str, list[Mention]],
           entities: dict[str, Entity]) -> list[Relation]:
    """All relations of a corpus (see the module docstring for the rules)."""
    r = Relater(entities)
    for doc in documents:
        r.document(doc, mentions_by_doc.get(doc.doc_id, []))
        r.named_tracks(doc, mentions_by_doc.get(doc.doc_id, []))
    r.corpus()
    return r.relations()
