"""kg/cell_roles.py (through kg/tablerows.py ``header``): a column whose label says nothing of its role
(编号, 备注, 单位, a label no list names) reads by what most of its cells hold, a registered firm's name,
a park's or a place's; on INVENTED names and rows."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

from kg.rules import load_rules
from kg.tablerows import header

CONF = load_rules().relations["table"]
E, P, PL, PR = "Enterprise", "Place", "Platform", "Project"

PROJECT_ROWS = ["1 墨川轴承项目 星澜精工有限公司 青禾产业园", "2 白露冷链项目 云溪物流有限公司 墨川经济开发区",
                "3 青禾光伏项目 墨川新能源股份有限公司 云溪县"]
FIRM_ROWS = ["1 星澜精工有限公司 云溪物流有限公司 青禾产业园", "2 墨川新能源股份有限公司 白露贸易有限公司 云溪县"]


@pytest.mark.parametrize("head, rows, owners, places, name", [
    # a firm's column under 单位 owns the row's project; a park's or a place's under 备注 is its site
    ("序号 项目名称 单位 备注", PROJECT_ROWS, (2,), (3,), 1),
    ("序号 项目名称 承建方 情况", PROJECT_ROWS, (2,), (3,), 1),
    # no name column: the firm's column stands for the row, the site's is its seat
    ("编号 单位 区域情况 岗位数", ["1 星澜精工有限公司 青禾产业园 12", "2 云溪物流有限公司 白露镇 8"], (), (2,), 1),
    # (near misses: a duty's or a supplier's label takes no role from its cells; a firm's column beside a
    # firm's name says nothing of the row; one row is too few to tell; figures are no firms)
    ("序号 项目名称 牵头单位 备注", PROJECT_ROWS, (), (3,), 1),
    ("序号 项目名称 设备供应商 备注", PROJECT_ROWS, (), (3,), 1),
    ("序号 企业名称 孵化载体 毕业去向", ["1 星澜精工有限公司 青禾孵化器 白露产业园", "2 云溪物流有限公司 青禾孵化器 云溪产业园"],
     None, None, None),
    ("序号 企业名称 单位 备注", FIRM_ROWS, (), (3,), 1),
    ("序号 项目名称 单位 备注", PROJECT_ROWS[:1], None, None, None),
    ("序号 项目名称 单位 备注", ["1 墨川轴承项目 万元 18.6", "2 白露冷链项目 万元 6.2"], None, None, None),
    # (a row above rows is no header: its "labels" are a firm's and a park's names)
    ("星澜精工有限公司 梅花精工 青禾产业园 星材", ["云溪物流有限公司 云溪物流 白露产业园 墨能",
                                        "墨川新能源股份有限公司 墨川新能 云溪产业园 星材"], None, None, None),
])
def test_a_column_reads_by_its_cells(head, rows, owners, places, name):
    h = header(CONF, head, rows)
    if owners is None:
        assert h is None
        return
    assert (h.owners, h.places, h.name) == (owners, places, name)


def test_a_header_without_its_rows_reads_by_labels_alone():
    assert header(CONF, "序号 项目名称 单位 备注") is None


THINGS = {"星澜精工有限公司": E, "云溪物流有限公司": E, "墨川轴承项目": PR, "白露冷链项目": PR, "青禾产业园": PL,
          "白露镇": P}


@pytest.mark.parametrize("text, want, gone", [
    ("序号｜项目名称｜单位｜备注\n1｜墨川轴承项目｜星澜精工有限公司｜青禾产业园\n2｜白露冷链项目｜云溪物流有限公司｜白露镇",
     {("墨川轴承项目", "ownedBy", "星澜精工有限公司"), ("墨川轴承项目", "locatedIn", "青禾产业园"),
      ("白露冷链项目", "ownedBy", "云溪物流有限公司"), ("白露冷链项目", "locatedIn", "白露镇")}, set()),
    # (near miss: a duty's table names no holder)
    ("序号｜重点项目｜牵头单位｜配合单位\n1｜墨川轴承项目｜星澜精工有限公司｜云溪物流有限公司\n"
     "2｜白露冷链项目｜云溪物流有限公司｜星澜精工有限公司", set(),
     {("墨川轴承项目", "ownedBy", "星澜精工有限公司"), ("白露冷链项目", "ownedBy", "云溪物流有限公司"),
      ("墨川轴承项目", "ownedBy", "云溪物流有限公司")}),
])
def test_rows_of_columns_told_by_cells(text, want, gone):
    facts = {f[:3] for f in relate_on(THINGS, text).facts()}
    assert want <= facts and not gone & facts, sorted(facts)
