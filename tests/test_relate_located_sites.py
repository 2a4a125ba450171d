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
    # the project said in a clause, and then 项目由…，落户Y: the bare 项目 is the last project named
    # (relations.toml located-project-word-sited); a heading naming two gives the nearer alone
    (SCRIPT, "第一个签约项目是星澜储能电池项目。项目由墨川储能科技有限公司投资建设，落户青禾经济开发区白露工业区。",
     {("星澜储能电池项目", LOC, "白露工业区")}, set()),
    ({**SCRIPT, "墨川数据中心": P},
     "第一个签约项目：星澜储能电池项目和墨川数据中心。项目由墨川储能科技有限公司投资建设，落户白露工业区。",
     {("墨川数据中心", LOC, "白露工业区")}, {("星澜储能电池项目", LOC, "白露工业区")}),
    # a firm's own clause: 企业位于Y after the visit or the fair that named it
    ({"墨川精密有限公司": E, "星澜产业园": PL, "白露镇": L, "云溪县": L},
     "云溪县组织墨川精密有限公司展出精密轴承，该企业位于白露镇，属装备制造产业。",
     {("墨川精密有限公司", LOC, "白露镇")}, set()),
    ({"墨川精密有限公司": E, "星澜产业园": PL},
     "下午走访墨川精密有限公司（以下简称“墨川精密”），企业位于星澜产业园，主营精密轴承。",
     {("墨川精密有限公司", LOC, "星澜产业园")}, set()),
    ({"墨川精密有限公司": E, "星澜产业园": PL},
     "下午走访墨川精密有限公司，企业位于星澜产业园的供应商有12家。",
     set(), {("墨川精密有限公司", LOC, "星澜产业园")}),
    # the place the project is in, said of the bare 项目
    ({"墨川数据中心一期项目": P, "星澜大数据产业园": PL, "青禾区": L},
     "在青禾区，墨川数据中心一期项目在10月正式上线。项目所在的星澜大数据产业园现有入驻企业20家。",
     {("墨川数据中心一期项目", LOC, "星澜大数据产业园")}, set()),
    ({"墨川数据中心一期项目": P, "星澜大数据产业园": PL},
     "墨川数据中心一期项目在10月正式上线。项目所在地星澜大数据产业园现有入驻企业20家。",
     set(), {("墨川数据中心一期项目", LOC, "星澜大数据产业园")}),
    # a clause opening inside a park its town or county holds
    ({"白露镇": L, "星澜经济开发区": PL, "青禾食品有限公司": E, "青禾食品有限公司年产5万吨大豆蛋白项目": P},
     "白露镇的星澜经济开发区内，青禾食品有限公司年产5万吨大豆蛋白项目已投产满两年。",
     {("青禾食品有限公司年产5万吨大豆蛋白项目", LOC, "星澜经济开发区")}, set()),
    ({"白露镇": L, "星澜经济开发区": PL, "墨川蓝莓深加工项目": P},
     "白露镇的星澜经济开发区以外，墨川蓝莓深加工项目10月底试产成功。",
     set(), {("墨川蓝莓深加工项目", LOC, "星澜经济开发区")}),
    # a park said to lie by a landmark's side is not in it (a road's side is on the road)
    ({"星澜木材加工园区": PL, "青禾综合保税区": PL},
     "星澜木材加工园区位于青禾综合保税区北侧，已入驻企业40余家。", set(), {("星澜木材加工园区", LOC, "青禾综合保税区")}),
    ({"星澜木材加工园区": PL, "青禾综合保税区": PL},
     "星澜木材加工园区位于青禾综合保税区，已入驻企业40余家。", {("星澜木材加工园区", LOC, "青禾综合保税区")}, set()),
    ({"墨川科技": E, "白露路": L}, "墨川科技位于白露路东侧，主营传感器。", {("墨川科技", LOC, "白露路")}, set()),
]


@pytest.mark.parametrize("things,text,made,not_made", ROWS)
def test_located_sites(things, text, made, not_made):
    pairs = relate_on(things, text).pairs()
    assert made <= pairs
    assert not (not_made & pairs)
