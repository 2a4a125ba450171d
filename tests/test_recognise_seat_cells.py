"""kg/recognise/seat_cells.py: a printed table's cell of a firm and its seat in brackets, under a
label glossed by a seat's (采购方（所在园区）); invented names."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document
from kg.recognise.seat_cells import seat_parts
from kg.rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize("cell, want", [
    # the firm's name up to its last bracket, the seat inside it
    ("星澜精工有限公司（青禾工业园区）", [("星澜精工有限公司", "Enterprise"), ("青禾工业园区", "Platform")]),
    ("星澜精工有限公司（白露镇）", [("星澜精工有限公司", "Enterprise"), ("白露镇", "Place")]),
    # ... a bracket of the name's own stays in it
    ("墨川（云溪）材料有限公司（青禾产业园）", [("墨川（云溪）材料有限公司", "Enterprise"), ("青禾产业园", "Platform")]),
    # ... a body's, and a branch's
    ("白沙光电研究院（青禾高新区）", [("白沙光电研究院", "Institution"), ("青禾高新区", "Platform")]),
    ("墨川能源投资有限公司云溪分公司（白露区）", [("墨川能源投资有限公司云溪分公司", "Enterprise"), ("白露区", "Place")]),
    # (near misses: a bracket naming no place, a phase or a short name; no firm before it; no bracket)
    ("星澜精工有限公司（一期）", []),
    ("星澜精工有限公司（星澜精工）", []),
    ("青禾材料（青禾工业园区）", []),
    ("星澜精工有限公司", []),
])
def test_a_seated_cell_names_its_firm_and_seat(cell, want):
    assert [(cell[a:b], cls) for a, b, cls in seat_parts(RULES, cell, 0, [])] == want


def _row(rec, text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    last = doc.sentences[-1].index
    return {(m.name, m.cls) for m in rec.document_mentions(doc) if m.sentence == last and m.role != "owner"}


@pytest.mark.parametrize("head, row, want", [
    # the row's firms without their seats, and the seats
    ("序号｜采购方（所在园区）｜供应方（所在园区）｜对接产品｜所属产业链",
     "1｜星澜精工有限公司（青禾工业园区）｜墨川（云溪）材料有限公司（白露镇）｜轴承钢｜高端装备",
     {("星澜精工有限公司", "Enterprise"), ("青禾工业园区", "Platform"), ("墨川（云溪）材料有限公司", "Enterprise"),
      ("白露镇", "Place")}),
])
def test_a_seated_table_row_names_firms_and_seats(recogniser, head, row, want):
    assert want <= _row(recogniser, "对接成果清单\n" + head + "\n" + row + "\n")
