"""Where a thing lies, said by the sites of a text's prose: a ceremony's script reading its
projects out in turn (第一个签约项目：X。项目由A投资，落户Y), a unit in brackets after a park or
firm (X产业园（云溪区）). Invented names, on given mentions (tests/relate_helpers.py)."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, L, PL, T = "Enterprise", "Project", "Place", "Platform", "IndustryTrack"
LOC = "locatedIn"

SCRIPT = {"星澜储能电池项目": P, "墨川储能科技有限公司": E, "青禾经济开发区": PL, "白露工业区": PL,
          "云溪街道": L, "储能": T}

ROWS = [
    # a ceremony's script: 第N个签约项目：X。 heads the paragraph, its bare 项目 is X
    (SCRIPT, "第一个签约项目：星澜储能电池项目。项目由墨川储能科技有限公司投资建设，落户青禾经济开发区白露工业区，总投资12亿元。",
     {("星澜储能电池项目", LOC, "白露工业区")}, set()),
    (SCRIPT, "第3个重点项目：星澜储能电池项目。项目由墨川储能科技有限公司投资，位于云溪街道，总投资5亿元。",
     {("星澜储能电池项目", LOC, "云溪街道")}, set()),
    (SCRIPT, "第二个签约项目：星澜储能电池项目。项目由墨川储能科技有限公司投资，属储能产业。",
     {("星澜储能电池项目", "inTrack", "储能")}, set()),
    # (near misses: the project said in a clause, not a heading of its own; a heading naming two)
    (SCRIPT, "第一个签约项目是星澜储能电池项目。项目由墨川储能科技有限公司投资建设，落户青禾经济开发区白露工业区。",
     set(), {("星澜储能电池项目", LOC, "白露工业区")}),
    ({**SCRIPT, "墨川数据中心": P},
     "第一个签约项目：星澜储能电池项目和墨川数据中心。项目由墨川储能科技有限公司投资建设，落户白露工业区。",
     set(), {("星澜储能电池项目", LOC, "白露工业区"), ("墨川数据中心", LOC, "白露工业区")}),
]


@pytest.mark.parametrize("things,text,made,not_made", ROWS)
def test_located_sites(things, text, made, not_made):
    pairs = relate_on(things, text).pairs()
    assert made <= pairs
    assert not (not_made & pairs)
