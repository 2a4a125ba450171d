"""An encyclopedia entry's or a profile's infobox: a block of lines, each a label, a colon
and a value, about one thing the block names:

    基本信息
    中文名：星澜经济技术开发区
    所属地区：云溪省墨川市白露区
    主导产业：智能装备、新材料、现代物流
    下辖片区：青禾片区、白沙片区
    管理机构：星澜经开区管理委员会

The block's name line (中文名：) names its thing; a block with none is about the thing a heading
line just above it names alone (【星澜经济开发区】, 2.青禾智造集聚区, 【A区】青禾产业园（浅橙色，北部）:
relations.toml [infobox] heading); the other lines state its relations by their label: where it
lies (the last place side by side after the label, not one a side follows, 星澜路以南:
``located-infobox``), its tracks (each track the value's first clause names, 主导产业：A，细分为B、C:
``track-infobox``), its parts (each park or place the value lists, ``part-infobox``) and who runs
it (each body or firm, ``owner-infobox``). A block is a run of such lines, one a paragraph; a line
of another shape ends it. The data keys are relations.toml [infobox] line, name_labels,
place_labels, track_labels, part_labels, owner_labels and label_ahead.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .base import OWNERS, Collector, Item, rx
from .fields import field_place_run

# what an infobox may be about
SUBJECTS = ("Platform", "Project", "Enterprise", "Institution", "CommercialDistrict")
# the kinds of field, each with its labels in the data (name_labels, place_labels, …)
KINDS = ("name", "place", "track", "part", "owner")


def infobox_relations(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """Add the relations every infobox block of a document states (one pass over its sentences).

    A block with no name line, or whose name line names no thing, states nothing: the lines of
    a project card or a contact list have labels too, and the thing they are about is read by
    other stages (kg/relate/fields.py, entries.py). Lines the normaliser joined (a hard wrap
    has no end mark either: 中文名：X简称：Y所属地区：Z) are read field by field."""
    conf = c.rules.get("infobox", {})
    kind_of = {label: kind for kind in KINDS for label in conf.get(f"{kind}_labels", ())}
    if not kind_of:
        return
    line = rx(conf.get("line", "$^"))
    field = _field_pattern(tuple(kind_of))
    ends = rx(conf.get("label_ahead", "$^"))
    heading = rx(conf.get("heading", "$^"))
    block: list = []
    at = -2                                          # the paragraph of the block's last line
    head = None                                      # the thing the line before the block heads
    last = None                                      # the sentence before the current one
    for s in sentences:
        opens = line.match(s.text) is not None
        if opens and (not block or s.paragraph in (at, at + 1)):
            if not block:
                head = _heading(last, s, heading, by_sent)
            block.append(s)
            at = s.paragraph
            last = s
            continue
        if block and s.paragraph == at:
            last = s
            continue        # (the rest of a line of the block, its value's sentences)
        _block(c, doc_id, _fields(block, field, ends, kind_of), by_sent, head)
        head = _heading(last, s, heading, by_sent) if opens else None
        block, at = ([s], s.paragraph) if opens else ([], -2)
        last = s
    _block(c, doc_id, _fields(block, field, ends, kind_of), by_sent, head)


def _heading(prev, s, heading: re.Pattern, by_sent: dict[int, list[Item]]) -> str | None:
    """The thing a heading line right above a block's first line names, the whole line but its
    marks (【星澜经济开发区】, 2.青禾智造集聚区), or None."""
    if prev is None or prev.paragraph != s.paragraph - 1:
        return None
    mt = heading.fullmatch(prev.text)
    if mt is None:
        return None
    a, b = mt.span("name")
    # (a name that ends in a bracket, 青禾科技（集团）, is no name and a note)
    ends = {b, mt.end("note")} if mt.group("note") else {b}
    for x in by_sent.get(prev.index, []):
        if x.m.start == a and x.m.end in ends and x.cls in SUBJECTS:
            return x.key
    return None


@lru_cache(maxsize=4)
def _field_pattern(labels: tuple[str, ...]) -> re.Pattern:
    """Any known label and its colon (the longest first: 所属地区 before 地区)."""
    return re.compile("(?P<label>" + "|".join(sorted(map(re.escape, labels), key=len, reverse=True)) + r")\s*[：:]\s*")


def _fields(block: list, field: re.Pattern, ends: re.Pattern, kind_of: dict[str, str]) -> list:
    """(sentence, kind, value start, value end) of each known field of a block's lines."""
    out = []
    for s in block:
        found = list(field.finditer(s.text))
        for i, mt in enumerate(found):
            stop = found[i + 1].start() if i + 1 < len(found) else len(s.text)
            other = ends.search(s.text, mt.end(), stop)      # (an unknown label: 批准时间：…)
            out.append((s, kind_of["".join(mt.group("label").split())], mt.end(),
                        other.start() if other else stop))
    return out


def _block(c: Collector, doc_id: str, fields: list, by_sent: dict[int, list[Item]],
           head: str | None = None) -> None:
    def things(s, a: int, b: int) -> list[Item]:
        # (starting in the value: a label ahead found in glued text may cut a long name short)
        return sorted((x for x in by_sent.get(s.index, []) if a <= x.m.start < b
                       and x.m.role != "owner"), key=lambda x: (x.m.start, -x.m.end))
    subject = None
    for s, kind, a, b in fields:     # (the first name line that names a thing, right after its label)
        ts = things(s, a, b) if kind == "name" else []
        if ts and ts[0].m.start == a and ts[0].cls in SUBJECTS:
            subject = ts[0].key
            break
    if subject is None and not any(kind == "name" for _, kind, _, _ in fields):
        subject = head              # (no name line: the thing the heading above names)
    if subject is None:
        return
    side = rx(c.rules.get("located", {}).get("crossing_side", "$^"))
    clause = re.compile("[，,。；;]")
    for s, kind, a, b in fields:
        if kind == "track" and (cut := clause.search(s.text, a, b)):
            b = cut.start()     # (主导产业：A，细分为B、C: B and C are A's segments, not the thing's tracks)
        ms = [x for x in things(s, a, b) if x.key != subject]
        if kind == "place":
            run = field_place_run(s.text, ms, a)
            # (区位：星澜路以南: beside the road, not in it)
            if run and not side.match(s.text, run[-1].m.end):
                c.add(subject, "locatedIn", run[-1].key, doc_id, s.index, "located-infobox")
            continue
        for x in ms:
            if kind == "track" and x.cls == "IndustryTrack":
                c.add(subject, "inTrack", x.key, doc_id, s.index, "track-infobox")
            elif kind == "part" and x.cls in ("Platform", "Place"):
                c.add(x.key, "partOf", subject, doc_id, s.index, "part-infobox")
            elif kind == "owner" and x.cls in OWNERS:
                c.add(subject, "ownedBy", x.key, doc_id, s.index, "owner-infobox")
