"""Printed tables' rows (kg/tablerows.py) read whole and by their header's roles: a row running on
past a ； in its last cell; a header repeated by a second table; parents' columns (上级（控股）单位,
产权单位股东), a project column with its own owner (首台（套）首用项目 项目业主), free-text project
cells (建成X项目，…), brand columns (使用品牌); site cells listing two sites (、 ·) or closing on a
clause (，系…); on INVENTED names (kg/relate/row_holders.py, kg/relate/tables.py,
kg/recognise/table_cells.py, project_clauses.py, split_sites.py)."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

from kg.model import RawDocument
from kg.normalise import to_document
from kg.rules import load_rules
from kg.tablerows import header, table_rows

CONF = load_rules().relations["table"]
E, P, PL, PR, T = "Enterprise", "Place", "Platform", "Project", "IndustryTrack"


def _doc(text):
    return to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))


@pytest.mark.parametrize("text, want", [
    # (name, owners, parents, places, projects, project owners, brands)
    ("序号｜企业名称｜所在县区/园区｜上级（控股）单位｜所属行业｜主要措施及支撑项目",
     (1, (), (3,), (2,), (5,), (), ())),
    ("序号｜项目名称｜实施企业｜上级单位｜所在县（市、区）/园区｜所属产业", (1, (2,), (3,), (4,), (), (), ())),
    ("地块｜厂房名称｜产权单位｜产权单位股东｜可租面积", (1, (2,), (3,), (), (), (), ())),
    ("序号｜企业名称｜控股股东/所属集团｜所在县市区·园区｜所属领域｜首台（套）首用项目｜项目业主",
     (1, (), (2,), (3,), (5,), (6,), ())),
    ("序号｜企业名称｜所在县区、乡镇（街道）｜所在园区｜使用品牌｜生产基地项目",
     (1, (), (), (2, 3), (5,), (), (4,))),
    # (near misses: an owner column before the project column is the row's firm's owner, no project's;
    # a project's name column is no firm's project column; a count of projects is no project)
    ("序号｜企业名称｜项目业主｜在建项目", (1, (2,), (), (), (3,), (), ())),
    ("序号｜项目名称｜建设单位｜建设地点", (1, (2,), (), (3,), (), (), ())),
    ("序号｜企业名称｜所在园区｜项目个数", (1, (), (), (2,), (), (), ())),
])
def test_a_header_names_its_roles(text, want):
    h = header(CONF, text)
    assert (h.name, h.owners, h.parents, h.places, h.projects, h.project_owners, h.brands) == want


def test_a_row_running_on_past_a_semicolon_is_read():
    text = ("序号｜企业名称｜所在园区｜主要措施及支撑项目\n"
            "1｜星澜材料有限公司｜青禾产业园｜建成墨川余热利用项目，年节约标煤1万吨；投产墨禾智能产线项目\n"
            "2｜云溪精工有限公司｜白露；青禾产业园｜建成墨川焊装车间改造项目\n"
            "3｜墨川食品有限公司｜青禾产业园｜建成白露冷链中心项目\n")
    rows = [s.text.split("｜")[1] for s, _, _ in table_rows(CONF, _doc(text).sentences)]
    # (the second row's ； falls in an earlier cell: passed over, the table goes on)
    assert rows == ["星澜材料有限公司", "墨川食品有限公司"]


def test_a_header_a_second_table_repeats_is_kept():
    head = "序号｜企业名称｜所在园区｜所属行业\n"
    text = head + "1｜星澜材料有限公司｜青禾产业园｜新材料\n以上企业均已通过现场评审，现予以公示。\n" + head + \
        "1｜云溪精工有限公司｜白露产业园｜装备\n"
    rows = [s.text.split("｜")[1] for s, _, _ in table_rows(CONF, _doc(text).sentences)]
    assert rows == ["星澜材料有限公司", "云溪精工有限公司"]


FIRMS = {"星澜材料有限公司": E, "青禾控股集团有限公司": E, "墨川投资有限公司": E, "云溪区": P, "白露镇": P,
         "青禾产业园": PL, "墨川余热利用项目": PR, "墨禾智能产线项目": PR, "白露": E, "星禾": E,
         "云溪电力有限公司": E, "墨岭风电场项目": PR}
HEAD = "序号｜企业名称｜所在县区/园区｜上级（控股）单位｜使用品牌｜主要措施及支撑项目\n"


@pytest.mark.parametrize("row, want", [
    # the parent's cell holds the row's firm; the brands are the firm's; the projects its free-text cell
    # names (past a ； too) are the firm's
    ("1｜星澜材料有限公司｜青禾产业园｜青禾控股集团有限公司｜白露、星禾｜建成墨川余热利用项目，年节约1万吨；投产墨禾智能产线项目",
     {("星澜材料有限公司", "ownedBy", "青禾控股集团有限公司"), ("白露", "ownedBy", "星澜材料有限公司"),
      ("星禾", "ownedBy", "星澜材料有限公司"), ("墨川余热利用项目", "ownedBy", "星澜材料有限公司"),
      ("墨禾智能产线项目", "ownedBy", "星澜材料有限公司")}),
    # (near misses: a parent's cell of 同上 or —, a brand cell of 无 give nothing)
    ("2｜星澜材料有限公司｜青禾产业园｜同上｜无｜—", set()),
])
def test_a_firm_row_names_its_parent_brands_and_projects(row, want):
    r = relate_on(FIRMS, HEAD + row)
    assert {f[:3] for f in r.facts() if f[1] == "ownedBy"} == want, sorted(r.facts())


@pytest.mark.parametrize("head, row, want", [
    # a project column with its own owner column: the project is the owner's, not the row firm's
    ("序号｜企业名称｜所在园区｜首台（套）首用项目｜项目业主\n", "1｜星澜材料有限公司｜青禾产业园｜墨岭风电场项目｜云溪电力有限公司",
     {("墨岭风电场项目", "ownedBy", "云溪电力有限公司")}),
    # (near miss: the same with no owner column: the row's firm's)
    ("序号｜企业名称｜所在园区｜生产基地项目\n", "1｜星澜材料有限公司｜青禾产业园｜墨岭风电场项目",
     {("墨岭风电场项目", "ownedBy", "星澜材料有限公司")}),
    # (a project column's owner cell left blank: nobody's)
    ("序号｜企业名称｜所在园区｜首台（套）首用项目｜项目业主\n", "1｜星澜材料有限公司｜青禾产业园｜墨岭风电场项目｜—", set()),
])
def test_a_project_column_with_its_own_owner(head, row, want):
    r = relate_on(FIRMS, head + row)
    assert {f[:3] for f in r.facts() if f[1] == "ownedBy"} == want, sorted(r.facts())


def test_a_park_row_places_its_projects_in_it():
    things = {"青禾化工园": PL, "墨川投资有限公司": E, "云溪区": P, "白露管网改造项目": PR}
    r = relate_on(things, "序号｜园区名称｜所在县区｜运营主体｜主要措施及支撑项目\n"
                          "1｜青禾化工园｜云溪区｜墨川投资有限公司｜建成白露管网改造项目")
    facts = {f[:3] for f in r.facts()}
    assert ("白露管网改造项目", "locatedIn", "青禾化工园") in facts
    assert {f[:3] for f in r.facts("ownedBy")} == {("青禾化工园", "ownedBy", "墨川投资有限公司")}, sorted(r.facts())


BUILDINGS = {"星澜标准化厂房一期": PR, "墨川投资有限公司": E, "青禾建设开发有限公司": E, "云溪城投有限公司": E,
             "白露建工集团有限公司": E}


@pytest.mark.parametrize("row, want", [
    # the title holder owns the building; the holder's shareholders (持股 N%) hold the holder
    ("B区｜星澜标准化厂房一期1#—4#厂房｜青禾建设开发有限公司｜云溪城投有限公司持股51%、白露建工集团有限公司持股49%｜2万平方米",
     {("星澜标准化厂房一期", "ownedBy", "青禾建设开发有限公司"), ("青禾建设开发有限公司", "ownedBy", "云溪城投有限公司"),
      ("青禾建设开发有限公司", "ownedBy", "白露建工集团有限公司")}),
    # (near miss: 同上, nothing)
    ("A区｜星澜标准化厂房一期｜墨川投资有限公司｜同上｜2万平方米", {("星澜标准化厂房一期", "ownedBy", "墨川投资有限公司")}),
])
def test_a_building_row_names_its_holder_and_the_holders_shareholders(row, want):
    r = relate_on(BUILDINGS, "地块｜厂房名称｜产权单位｜产权单位股东｜可租面积\n" + row)
    assert {f[:3] for f in r.facts() if f[1] == "ownedBy"} == want, sorted(r.facts())


WORKS = {"墨川改造项目": PR, "星澜水泥有限公司": E, "青禾建材集团有限公司": E, "云溪区": P, "青禾产业园": PL}


@pytest.mark.parametrize("head, want", [
    # a firm renovating its own works (实施企业) lies where the project does; its parent holds it
    # (a place holding the park the thing lies in is left to the park: kg/relate's finer site wins)
    ("序号｜项目名称｜实施企业｜上级单位｜所在县（市、区）/园区\n",
     {("墨川改造项目", "ownedBy", "星澜水泥有限公司"), ("星澜水泥有限公司", "ownedBy", "青禾建材集团有限公司"),
      ("墨川改造项目", "locatedIn", "青禾产业园"), ("星澜水泥有限公司", "locatedIn", "青禾产业园"),
      ("青禾产业园", "locatedIn", "云溪区")}),
    # (near miss: a builder, 建设单位, may sit far from its project; its holder holds it all the same)
    ("序号｜项目名称｜建设单位｜上级单位｜所在县（市、区）/园区\n",
     {("墨川改造项目", "ownedBy", "星澜水泥有限公司"), ("星澜水泥有限公司", "ownedBy", "青禾建材集团有限公司"),
      ("墨川改造项目", "locatedIn", "青禾产业园"), ("青禾产业园", "locatedIn", "云溪区")}),
])
def test_a_renovating_firm_lies_at_its_works(head, want):
    r = relate_on(WORKS, head + "1｜墨川改造项目｜星澜水泥有限公司｜青禾建材集团有限公司｜云溪区、青禾产业园")
    assert {f[:3] for f in r.facts() if "table" in f[3]} == want, sorted(r.facts())


SITES = {"星澜材料有限公司": E, "云溪区": P, "白露镇": P, "青禾镇": P, "青禾经济开发区": PL, "墨川产业园": PL}
SITE_HEAD = "序号｜企业名称｜所在县市区·园区｜所属领域\n"


@pytest.mark.parametrize("cell, want", [
    # two sites joined by · or 、: the firm lies in each, the park in the place (the place left to the park)
    ("云溪区·青禾经济开发区", {("星澜材料有限公司", "locatedIn", "青禾经济开发区"), ("青禾经济开发区", "locatedIn", "云溪区")}),
    ("云溪区、青禾经济开发区", {("星澜材料有限公司", "locatedIn", "青禾经济开发区"), ("青禾经济开发区", "locatedIn", "云溪区")}),
    # (near misses: towns listed by 、 are peers, neither part of the other; a park after a town is not in it)
    ("白露镇、青禾镇", {("星澜材料有限公司", "locatedIn", "白露镇"), ("星澜材料有限公司", "locatedIn", "青禾镇")}),
    ("白露镇、墨川产业园", {("星澜材料有限公司", "locatedIn", "白露镇"), ("星澜材料有限公司", "locatedIn", "墨川产业园")}),
    # (a clause glossing the site is no site of the row's)
    ("白露镇，系青禾经济开发区的组成园区", {("星澜材料有限公司", "locatedIn", "白露镇")}),
])
def test_a_site_cell_listing_two_sites(cell, want):
    r = relate_on(SITES, SITE_HEAD + f"1｜星澜材料有限公司｜{cell}｜新材料")
    assert {f[:3] for f in r.facts() if "table" in f[3]} == want, sorted(r.facts())


def _cells(rec, text):
    """The things named in the document's last paragraph (the row, all its sentences)."""
    doc = _doc(text)
    last = {s.index for s in doc.sentences if s.paragraph == doc.sentences[-1].paragraph}
    return {(m.name, m.cls) for m in rec.document_mentions(doc) if m.sentence in last and m.role != "owner"}


@pytest.mark.parametrize("row, want, gone", [
    # a brand cell's units are brands, firms; a project cell's size in brackets is no part of its name
    ("1｜星澜豆制品有限公司｜青禾产业园｜白露、墨禾坊｜星澜豆干生产基地项目（年产3万吨）",
     {("白露", E), ("墨禾坊", E), ("星澜豆干生产基地项目", PR)}, {("星澜豆干生产基地项目（年产3万吨）", PR)}),
    # (near miss: a blank brand cell names nothing)
    ("2｜星澜豆制品有限公司｜青禾产业园｜无｜星澜豆干生产基地项目", {("星澜豆干生产基地项目", PR)}, {("无", E)}),
])
def test_brand_and_project_cells(recogniser, row, want, gone):
    found = _cells(recogniser, "序号｜企业名称｜所在园区｜使用品牌｜生产基地项目\n" + row + "\n")
    assert want <= found and not gone & found, found


@pytest.mark.parametrize("row, want", [
    # a free-text project cell's clauses after a verb of building name projects, each of a list
    ("1｜星澜材料有限公司｜青禾产业园｜建成墨川余热回收利用项目，年节约标煤1万吨；配套建设10兆瓦时储能站",
     {("墨川余热回收利用项目", PR)}),
    ("1｜星澜材料有限公司｜青禾产业园｜建成白露管网改造项目、墨川危废处置中心和青禾固废综合利用工程",
     {("白露管网改造项目", PR), ("墨川危废处置中心", PR), ("青禾固废综合利用工程", PR)}),
    # (near miss: no verb of building before it)
    ("1｜星澜材料有限公司｜青禾产业园｜厂区储能站稳定运行，年节约标煤1万吨", set()),
])
def test_a_free_text_project_cell(recogniser, row, want):
    found = _cells(recogniser, "序号｜企业名称｜所在园区｜主要措施及支撑项目\n" + row + "\n")
    assert {x for x in found if x[1] == PR} >= want and (want or not {x for x in found if x[1] == PR}), found


@pytest.mark.parametrize("row, want", [
    # a site cell's two sites joined by a dot are two, though read as one name; a park's first
    # character no mention holds stays its own
    ("1｜星澜材料有限公司｜云溪区·云溪高新技术产业开发区｜新材料", {("云溪区", P), ("云溪高新技术产业开发区", PL)}),
    ("1｜星澜材料有限公司｜九公山豆制品产业园｜新材料", {("九公山豆制品产业园", PL)}),
])
def test_site_cells_read_whole(recogniser, row, want):
    found = _cells(recogniser, "序号｜企业名称｜所在县市区·园区｜所属领域\n" + row + "\n")
    assert want <= found and not {x for x in found if "·" in x[0] or x[0] == "公山豆制品产业园"}, found


def test_a_dot_outside_a_table_joins_one_name(recogniser):
    # (near miss: in a sentence a dot between two different places joins one name, as the
    # recogniser reads it; the same place on both sides, 云溪区·云溪高新区, is two names there too:
    # kg/recognise/modifier.py's dot rule, not the table's site cells)
    doc = _doc("星澜材料有限公司入驻衡水·星澜科创中心。")
    names = {m.name for m in recogniser.document_mentions(doc)}
    assert "衡水·星澜科创中心" in names and "衡水" not in names


@pytest.mark.parametrize("line, kept", [
    # a header of short labels a second table repeats is kept
    ("序号｜企业名称｜所在园区｜所属行业", True),
    # (near miss: a repeated line of long cells, no header's labels, is a repeat)
    ("星澜材料有限公司年度报告全文｜青禾产业园管理委员会办公室｜2026年12月31日发布", False),
])
def test_a_repeated_header_line(line, kept):
    from kg.repeats import drop_repeats
    out = drop_repeats(f"{line}\n第一张表的一行文字。\n{line}")
    assert (out.count(line) == 2) is kept, out
