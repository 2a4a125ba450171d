"""kg/recognise/field_sites.py: the park a card's place field names, read as a table's site cell
is; invented cards."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document

CARD = "重点项目\n\n●星澜冷链物流中心\n建设单位：青禾物流有限公司\n{}\n总投资：5亿元\n"


def _found(rec, text, line):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    index = next(s.index for s in doc.sentences if s.text == line)
    return {(m.surface, m.cls) for m in rec.document_mentions(doc) if m.sentence == index and m.role != "owner"}


@pytest.mark.parametrize("line, want, not_want", [
    # a park the recogniser reads as a place and a track (墨川|精细化工), named whole
    ("建设地点：墨川精细化工园", {("墨川精细化工园", "Platform")}, set()),
    # ... 内 after it passed over; a town glued before it is no part of its name
    ("建设地点：墨川精细化工园内", {("墨川精细化工园", "Platform")}, set()),
    ("建设地点：白露镇星澜精细化工园", {("星澜精细化工园", "Platform")}, {("白露镇星澜精细化工园", "Platform")}),
    # (near misses: a field of no place; a place field naming a town alone)
    ("建设内容：新建精细化工园配套管廊", set(), {("新建精细化工园配套管廊", "Platform")}),
    ("建设地点：白露镇", set(), {("白露镇", "Platform")}),
])
def test_a_place_field_names_its_park(recogniser, line, want, not_want):
    got = _found(recogniser, CARD.format(line), line)
    assert want <= got and not (not_want & got), got
