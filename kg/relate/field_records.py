"""A record set out as a heading and then one field a line, whose fields say who holds it, what
it is in and which project it brings (a result list's, a roster's or a call's records):

    榜单2：星澜薄膜连续涂布技术
    发榜单位：星澜薄膜有限公司
    揭榜单位：青禾理工大学
    技术领域：新材料（功能薄膜）
    实施项目：星澜功能薄膜中试线项目，选址白沙产业园。

The project a project-role field names (relations.toml [located] record_project_field: 实施项目,
配套项目) is owned by the record's holders (owner_field: 发榜单位, 竞得人, 建站单位) and partners
(partner_field: 揭榜单位) — ``owner-record``; a clause of it saying its site puts it there
(kg/relate/said_fields.py). The tracks a track field names ([table] track_labels: 技术领域) are
those of the heading's item, of the record's project and of its holders (not its partners', nor
the holders' of a project's own card, 一、关于X项目 / 申请企业：Z) (``track-record``); a track bracketed after another is a segment of it
(``track-record-bracketed``). The record ends at the next heading ([located] list_item,
record_heading) or at a paragraph of running text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..fieldlines import field_start
from ..trackfields import track_field
from .base import OWNERS, Collector, Item, rx
from .said_fields import said_fields


@dataclass
class FieldRecord:
    """The record a document is in the middle of."""
    open: bool = False
    item: str | None = None                                 # what the heading names, if anything
    project: str | None = None                              # the project a project field names
    holders: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    tracks: list[str] = field(default_factory=list)

    def read(self, c: Collector, doc_id: str, s, ms: list[Item], opening: bool, item: str | None) -> None:
        """Read one sentence (``opening``: the first of its paragraph; ``item``: what the list's
        item heading names, kg/relate/fields.py)."""
        from .fields import _field_owners
        loc = c.rules.get("located", {})
        at = field_start(loc, s.text)
        if at is None and self.open and (m := rx(loc.get("record_field", "$^")).match(s.text)):
            at = m.end()
        if opening and at is None:
            heading = rx(loc.get("list_item", "$^")).match(s.text) or rx(loc.get("record_heading", "$^")).match(s.text)
            self.__init__(open=bool(heading), item=item if heading else None)
            return
        if at is None or not self.open:
            return
        # (一、建设项目概况 / （一）项目名称：X: the item a field line of the record names is its own)
        self.item = self.item or item
        text = s.text
        inside = [x for x in ms if x.m.start >= at and x.m.role != "owner"]
        parents = tuple(loc.get("owner_field_parent", ()))
        label = text[at:]       # (the labels' patterns open on ^: matched on the field's own text)
        if (m := rx(loc.get("owner_field", "$^")).match(label)):
            self.holders += [k for k in _field_owners(text, inside, at + m.end(), parents) if k not in self.holders]
        elif (m := rx(loc.get("partner_field", "$^")).match(label)):
            self.partners += [k for k in _field_owners(text, inside, at + m.end(), parents) if k not in self.partners]
        elif (m := rx(loc.get("record_project_field", "$^")).match(label)):
            named = next((x for x in inside if x.m.start == at + m.end() and x.cls == "Project"), None)
            if named is None:
                return
            self.project = named.key
            end = next((i for i in range(named.m.end, len(text)) if text[i] in "。；;"), len(text))
            for a in [named.m.end] + [i + 1 for i in range(named.m.end, end) if text[i] in "，,"]:
                b = next((i for i in range(a, end) if text[i] in "，,"), end)
                said_fields(c, loc, self.project, doc_id, s.index, text, ms, a, b)
        else:
            conf = c.rules.get("table", {})
            units = track_field(conf, text[at:]) or []
            # (A产业中的B: the record is in the segment B, not in A: kg/relate/field_tracks.py)
            of = rx(conf.get("track_unit_of", "$^"))
            wholes = {p for a, _, p in units if p is not None and of.fullmatch(text[at:], units[p][1], a)}
            for i, (a, b, p) in enumerate(units):
                if i in wholes:
                    continue
                x = _track(ms, at + a, at + b)
                if x is None:
                    continue
                outer = _track(ms, at + units[p][0], at + units[p][1]) if p is not None else None
                if outer is not None:
                    c.add(x.key, "subTrackOf", outer.key, doc_id, s.index, "track-record-bracketed")
                # (合作领域：A，重点方向为B: the focus is a segment of A, the record is in A alone;
                # a bracketed segment, 技术领域：A（B）, is the record's own as well)
                if p is None or text[at + a - 1] in "（(、":
                    self.tracks.append(x.key)
        self._state(c, doc_id, s.index)

    def _state(self, c: Collector, doc_id: str, sentence: int) -> None:
        """The facts the record's fields read so far state (each once: the collector keeps the first)."""
        if self.project:
            for k in self.holders + self.partners:
                if k != self.project and c.ents[k].cls in OWNERS:
                    c.add(self.project, "ownedBy", k, doc_id, sentence, "owner-record")
        # (a project's own card, 一、关于X项目 / 申请企业：Z / 产业归属：T, gives the project's track, not
        # the applicant's; a call's or a station's record, the holder's own field)
        holders = self.holders if self.item is None or c.ents[self.item].cls != "Project" else []
        for t in self.tracks:
            for k in dict.fromkeys(x for x in (self.item, self.project, *holders) if x):
                c.add(k, "inTrack", t, doc_id, sentence, "track-record")


def _track(ms: list[Item], a: int, b: int) -> Item | None:
    """The track mention covering text[a:b], if any."""
    return next((x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"
                 and x.m.start <= a and b <= x.m.end), None)
