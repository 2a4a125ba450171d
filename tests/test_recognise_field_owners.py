"""kg/recognise/field_owners.py: the body or firm a card's owner field names, read whole where no
firm or body covers it; invented cards."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document

CARD = "平台名录\n\n1. 星澜检测公共服务平台\n{}\n所在地点：白露镇\n服务产业：墨川装备\n"


def _found(rec, text, line):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    index = next(s.index for s in doc.sentences if s.text == line)
    return {(m.surface, m.cls) for m in rec.document_mentions(doc) if m.sentence == index and m.role != "owner"}


@pytest.mark.parametrize("line, want, not_want", [
    # a body whose head the recogniser does not know, named whole; a note in brackets after it apart
    ("运营单位：墨川县油料质量检验站", {("墨川县油料质量检验站", "Institution")}, set()),
    ("运营单位：白露县检验检测中心（县局所属事业单位）", {("白露县检验检测中心", "Institution")}, set()),
    ("建设单位：星澜县禾川检测服务有限公司", {("星澜县禾川检测服务有限公司", "Enterprise")}, set()),
    # (near misses: two units joined; a field of no owner; a value ending on no body's or firm's word)
    ("运营单位：白露县政府和星澜检验站", set(), {("白露县政府和星澜检验站", "Institution")}),
    ("建设单位：星澜集团所属白露县粮油有限公司", set(), {("星澜集团所属白露县粮油有限公司", "Enterprise")}),
    ("检测领域：墨川油料检验站", set(), {("墨川油料检验站", "Institution")}),
    ("运营单位：白露县星澜车间", set(), {("白露县星澜车间", "Institution"), ("白露县星澜车间", "Enterprise")}),
])
def test_an_owner_field_names_its_unit(recogniser, line, want, not_want):
    got = _found(recogniser, CARD.format(line), line)
    assert want <= got and not (not_want & got), got
