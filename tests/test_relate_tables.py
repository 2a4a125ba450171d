"""kg/relate/tables.py: a printed table's row whose site cells stand side by side, coarse to
fine; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL = "Enterprise", "Place", "Platform"
THINGS = {"星澜精工有限公司": E, "云溪区": P, "白露镇": P, "青禾工业园": PL, "墨川开发区": PL}
RULES = ("located-table-sites", "part-table-sites")
HEAD = "序号｜企业名称｜所在地区｜所在园区（乡镇）｜主导产品\n"


@pytest.mark.parametrize("row, want", [
    # the later site cell's park lies in the earlier's place; a town is part of it; a park of a park
    ("1｜星澜精工有限公司｜云溪区｜青禾工业园｜轴承", {("青禾工业园", "locatedIn", "云溪区")}),
    ("1｜星澜精工有限公司｜云溪区｜白露镇｜轴承", {("白露镇", "partOf", "云溪区")}),
    ("1｜星澜精工有限公司｜墨川开发区｜青禾工业园｜轴承", {("青禾工业园", "partOf", "墨川开发区")}),
    # (near misses: one site cell blank; a town under a park is none of its parts)
    ("1｜星澜精工有限公司｜云溪区｜——｜轴承", set()),
    ("1｜星澜精工有限公司｜墨川开发区｜白露镇｜轴承", set()),
])
def test_site_cells_side_by_side(row, want):
    r = relate_on(THINGS, HEAD + row)
    assert {f[:3] for f in r.facts() if f[3] in RULES} == want, sorted(r.facts())
    # (the row's firm lies in both, as before)
    assert ("星澜精工有限公司", "locatedIn") in {f[:2] for f in r.facts() if f[3] == "located-table"}


HOLDERS = {"星澜石墨有限公司": E, "墨川控股集团有限公司": E, "墨川集团": E, "云溪区": P, "青禾产业园": PL}
HOLDERS_HEAD = "序号｜企业名称｜所在县（区）/园区｜所属赛道｜控股股东或主要股东｜拟上市板块\n"


@pytest.mark.parametrize("row, want", [
    # a list of firms with the county or park each is in and the firm holding it: the row's firm
    # lies in the site cell's place or park and is owned by the owner cell's firm, a word of holding
    # after it or none
    ("1｜星澜石墨有限公司｜云溪区｜石墨烯｜墨川控股集团有限公司｜北交所",
     {("星澜石墨有限公司", "locatedIn", "云溪区"), ("星澜石墨有限公司", "ownedBy", "墨川控股集团有限公司")}),
    ("2｜星澜石墨有限公司｜青禾产业园｜石墨烯｜墨川集团参股｜创业板",
     {("星澜石墨有限公司", "locatedIn", "青禾产业园"), ("星澜石墨有限公司", "ownedBy", "墨川集团")}),
    # (near miss: no firm named in the owner cell)
    ("3｜星澜石墨有限公司｜云溪区｜石墨烯｜自然人控股｜北交所", {("星澜石墨有限公司", "locatedIn", "云溪区")}),
])
def test_a_firm_row_names_its_site_and_holder(row, want):
    r = relate_on(HOLDERS, HOLDERS_HEAD + row)
    assert {f[:3] for f in r.facts() if f[3] in ("located-table", "owner-table")} == want, sorted(r.facts())


def test_a_holder_column_of_no_label_is_not_read():
    # (near miss: 股东人数 counts the holders, no holder's column)
    r = relate_on(HOLDERS, "序号｜企业名称｜所在县（区）/园区｜股东人数\n1｜星澜石墨有限公司｜云溪区｜墨川集团\n")
    assert not r.facts("ownedBy"), sorted(r.facts())


FUND = {"星澜光伏有限公司": E, "墨川硅片项目": "Project", "白露镇": P, "光伏电池": "IndustryTrack"}


@pytest.mark.parametrize("head, row, want", [
    # a table its firm's column leads lists firms: the field is the firm's, the project is the firm's
    # and lies at the site
    ("序号｜被投企业｜所属赛道｜投资金额｜投资项目｜项目所在地", "1｜星澜光伏有限公司｜光伏电池｜2亿元｜墨川硅片项目｜白露镇",
     {("星澜光伏有限公司", "inTrack", "光伏电池"), ("墨川硅片项目", "ownedBy", "星澜光伏有限公司"),
      ("墨川硅片项目", "locatedIn", "白露镇")}),
    # (near miss: the project's column leads: the field is the project's and its applicant's; 所在地
    # seats the firm too)
    ("序号｜项目名称｜企业名称｜产业领域｜所在地", "1｜墨川硅片项目｜星澜光伏有限公司｜光伏电池｜白露镇",
     {("星澜光伏有限公司", "inTrack", "光伏电池"), ("墨川硅片项目", "inTrack", "光伏电池"),
      ("星澜光伏有限公司", "locatedIn", "白露镇"),
      ("墨川硅片项目", "ownedBy", "星澜光伏有限公司"), ("墨川硅片项目", "locatedIn", "白露镇")}),
])
def test_a_firm_led_table_gives_the_field_to_the_firm(head, row, want):
    r = relate_on(FUND, head + "\n" + row)
    assert {f[:3] for f in r.facts() if "table" in f[3]} == want, sorted(r.facts())


DEAL = {"星澜精工有限公司": E, "墨川（云溪）材料有限公司": E, "青禾工业园区": PL, "白露镇": P,
        "高端装备": "IndustryTrack", "白沙光电研究院": "Institution"}
DEAL_RULES = ("located-table-seat", "party-track-table")


@pytest.mark.parametrize("head, row, want", [
    # the firms of a deal, each with its seat in brackets: each lies there and is in the row's track
    ("序号｜采购方（所在园区）｜供应方（所在园区）｜对接产品｜签约金额（万元）｜所属产业链",
     "1｜星澜精工有限公司（青禾工业园区）｜墨川（云溪）材料有限公司（白露镇）｜轴承钢｜2600｜高端装备",
     {("星澜精工有限公司", "locatedIn", "青禾工业园区"), ("星澜精工有限公司", "inTrack", "高端装备"),
      ("墨川（云溪）材料有限公司", "locatedIn", "白露镇"), ("墨川（云溪）材料有限公司", "inTrack", "高端装备")}),
    # ... no seat glossed: the track only, whatever brackets the cells hold
    ("序号｜需求方｜供给方｜对接产品｜所属产业链",
     "1｜星澜精工有限公司（青禾工业园区）｜墨川（云溪）材料有限公司｜轴承钢｜高端装备",
     {("星澜精工有限公司", "inTrack", "高端装备"), ("墨川（云溪）材料有限公司", "inTrack", "高端装备")}),
    # ... a firm's column glossed by its seat: the firm lies there, no party's track
    ("序号｜企业名称（所在园区）｜所属领域｜主导产品", "1｜星澜精工有限公司（青禾工业园区）｜高端装备｜轴承",
     {("星澜精工有限公司", "locatedIn", "青禾工业园区")}),
    # (near miss: a gloss naming no seat, 单位: the bracket is no seat)
    ("序号｜采购方（单位）｜供应方（单位）｜对接产品｜所属产业链",
     "1｜星澜精工有限公司（青禾工业园区）｜墨川（云溪）材料有限公司（白露镇）｜轴承钢｜高端装备",
     {("星澜精工有限公司", "inTrack", "高端装备"), ("墨川（云溪）材料有限公司", "inTrack", "高端装备")}),
])
def test_the_firms_of_a_deal_lie_at_their_seats(head, row, want):
    r = relate_on(DEAL, head + "\n" + row)
    assert {f[:3] for f in r.facts() if f[3] in DEAL_RULES} == want, sorted(r.facts())


def test_a_firm_taking_a_result_on_owns_the_project_and_is_in_its_field():
    # 承接企业: the firm taking a research result on carries its project out, in the row's field; the
    # unit providing the result (成果提供单位) owns nothing of the project, but works in the row's field
    # (the row lists it with the field, as the guidelines' inTrack reads a sentence listing a thing with a track)
    things = {**DEAL, "星澜轴承钢冶炼技术": "Project"}
    r = relate_on(things, "序号｜项目名称｜成果提供单位｜承接企业｜实施地点｜所属领域\n"
                          "1｜星澜轴承钢冶炼技术｜白沙光电研究院｜星澜精工有限公司｜青禾工业园区｜高端装备")
    got = {f[:3] for f in r.facts() if "table" in f[3]}
    assert {("星澜轴承钢冶炼技术", "ownedBy", "星澜精工有限公司"), ("星澜精工有限公司", "inTrack", "高端装备"),
            ("星澜轴承钢冶炼技术", "locatedIn", "青禾工业园区")} <= got, sorted(got)
    assert {f for f in got if f[0] == "白沙光电研究院" or f[2] == "白沙光电研究院"} == {("白沙光电研究院", "inTrack", "高端装备")}, \
        sorted(got)


def test_a_firm_row_names_its_group_park_and_track():
    # 企业 所属集团 所在园区 赛道: the firm is the group's, lies in the park, is in the track
    things = {**DEAL, "墨川控股集团有限公司": E}
    r = relate_on(things, "企业｜所属集团｜所在园区｜赛道｜主要产能\n"
                          "星澜精工有限公司｜墨川控股集团有限公司｜青禾工业园区｜高端装备｜轴承500万套/年\n"
                          "墨川（云溪）材料有限公司｜—｜青禾工业园区｜高端装备｜轴承钢8万吨/年")
    assert {f[:3] for f in r.facts() if f[3] in ("owner-table", "located-table", "track-table")} == {
        ("星澜精工有限公司", "ownedBy", "墨川控股集团有限公司"), ("星澜精工有限公司", "locatedIn", "青禾工业园区"),
        ("星澜精工有限公司", "inTrack", "高端装备"), ("墨川（云溪）材料有限公司", "locatedIn", "青禾工业园区"),
        ("墨川（云溪）材料有限公司", "inTrack", "高端装备")}, sorted(r.facts())


# A table's rows under a section heading naming a track (（一）食品饮料产业 / 1｜星澜食品有限公司｜X项目｜…):
# the firm of a firm's or applicant's cell ([table] track_owner_labels: 企业名称, 申报单位) is in the
# section's track as its project is; a builder's cell's (建设单位) is not (kg/relate/tables.py
# table_marks). Invented tables.
SECTION_THINGS = {"星澜食品有限公司": "Enterprise", "青禾饮品有限公司": "Enterprise", "冷链配送中心项目": "Project",
                  "果汁深加工项目": "Project", "白露食品产业园": "Platform", "食品饮料": "IndustryTrack",
                  "云溪芯片有限公司": "Enterprise", "封装测试项目": "Project", "墨川电子产业园": "Platform",
                  "电子信息": "IndustryTrack"}
SECTION_TABLE = """二、兑现明细
序号｜{label}｜项目名称｜所在园区｜兑现条款｜金额（万元）
（一）食品饮料产业
1｜星澜食品有限公司｜冷链配送中心项目｜白露食品产业园｜第三条｜265.00
2｜青禾饮品有限公司｜果汁深加工项目｜白露食品产业园｜第七条｜45.30

（二）电子信息产业
3｜云溪芯片有限公司｜封装测试项目｜墨川电子产业园｜第八条｜60.00"""

SECTION_ROWS = [
    ("企业名称", "星澜食品有限公司", "食品饮料", True),
    ("企业名称", "云溪芯片有限公司", "电子信息", True),
    ("申报单位", "青禾饮品有限公司", "食品饮料", True),
    # near misses: a builder's cell, and another section's track
    ("建设单位", "星澜食品有限公司", "食品饮料", False),
    ("企业名称", "云溪芯片有限公司", "食品饮料", False),
]


@pytest.mark.parametrize("label,firm,track,stated", SECTION_ROWS)
def test_firm_in_section_track(label, firm, track, stated):
    pairs = {f[:3] for f in relate_on(SECTION_THINGS, SECTION_TABLE.format(label=label)).facts()}
    assert ((firm, "inTrack", track) in pairs) == stated
    # (the project is in it either way)
    if stated:
        assert any(p == (x, "inTrack", track) for p in pairs for x in ("冷链配送中心项目", "果汁深加工项目", "封装测试项目"))


SLASH = {"星澜锗业有限公司": E, "云溪区": P, "白露镇": P, "青禾工业园区白石片区": PL, "青禾工业园区": PL, "墨川县": P,
         "墨川市": P}
# (the title names the city the document speaks for: no county of the row is its home)
SLASH_HEAD = "墨川市创新型企业认定名单\n序号｜企业名称｜所在县（区）/园区｜所属产业\n"


@pytest.mark.parametrize("cell, want", [
    # a site cell listing a place and a park or town in it by a slash: the row's firm lies in each,
    # the park in the place, the town part of it
    ("云溪区/青禾工业园区白石片区", {("星澜锗业有限公司", "locatedIn", "云溪区"),
                                    ("星澜锗业有限公司", "locatedIn", "青禾工业园区白石片区"),
                                    ("青禾工业园区白石片区", "locatedIn", "云溪区")}),
    ("墨川县／白露镇", {("星澜锗业有限公司", "locatedIn", "墨川县"), ("星澜锗业有限公司", "locatedIn", "白露镇"),
                      ("白露镇", "partOf", "墨川县")}),
    # (near misses: one site, no slash: the nearest of those glued side by side only; the same site twice)
    ("云溪区白露镇", {("星澜锗业有限公司", "locatedIn", "白露镇")}),
    ("青禾工业园区", {("星澜锗业有限公司", "locatedIn", "青禾工业园区")}),
    ("云溪区/云溪区", {("星澜锗业有限公司", "locatedIn", "云溪区")}),
])
def test_a_site_cell_parted_by_a_slash_names_two_sites(cell, want):
    r = relate_on(SLASH, SLASH_HEAD + f"1｜星澜锗业有限公司｜{cell}｜锗材料")
    got = {f[:3] for f in r.facts() if f[3] in ("located-table", "located-table-sites", "part-table-sites")}
    assert got == want, sorted(r.facts())


FIRM_PROJECT = {"星澜石墨有限公司": E, "墨川集团": E, "云溪区": P, "年产2万吨球形石墨项目": "Project",
                "石墨新材料": "IndustryTrack"}


@pytest.mark.parametrize("head, row, want", [
    # a firm's list naming a project of each firm: the firm owns it; the holder's column holds the firm,
    # not the project
    ("序号 | 企业名称 | 所在县（区）/园区 | 所属赛道 | 控股股东或母公司 | 拟募投项目",
     "1 | 星澜石墨有限公司 | 云溪区 | 石墨新材料 | 墨川集团 | 年产2万吨球形石墨项目",
     {("年产2万吨球形石墨项目", "ownedBy", "星澜石墨有限公司"), ("星澜石墨有限公司", "ownedBy", "墨川集团")}),
    # (near miss: a column of the firm's products, no project's)
    ("序号 | 企业名称 | 所在县（区）/园区 | 所属赛道 | 控股股东或母公司 | 主营产品",
     "1 | 星澜石墨有限公司 | 云溪区 | 石墨新材料 | 墨川集团 | 年产2万吨球形石墨项目",
     {("星澜石墨有限公司", "ownedBy", "墨川集团")}),
])
def test_a_firm_row_owns_its_project_cell(head, row, want):
    r = relate_on(FIRM_PROJECT, "墨川市上市后备企业名单\n" + head + "\n" + row)
    assert {f[:3] for f in r.facts("ownedBy")} == want, sorted(r.facts())


RESULTS = {"星澜碳谷科技有限公司": E, "墨川理工大学": "Institution", "青禾开发区": PL, "碳基新材料": "IndustryTrack",
           "星澜碳纤维制备技术": "Project"}


@pytest.mark.parametrize("head, want", [
    # a table of research results put to use: the unit a result comes from works in the row's field
    ("序号｜项目名称｜成果提供单位｜承接企业｜实施地点｜所属领域", {("墨川理工大学", "inTrack", "碳基新材料")}),
    # (near miss: a column of the unit that reviewed it, no source's)
    ("序号｜项目名称｜评审单位｜承接企业｜实施地点｜所属领域", set()),
])
def test_a_result_source_works_in_the_rows_field(head, want):
    r = relate_on(RESULTS, head + "\n1｜星澜碳纤维制备技术｜墨川理工大学｜星澜碳谷科技有限公司｜青禾开发区｜碳基新材料")
    assert {f[:3] for f in r.facts() if f[3] == "field-unit-table"} == want, sorted(r.facts())
    assert ("星澜碳纤维制备技术", "ownedBy", "墨川理工大学") not in {f[:3] for f in r.facts()}



def _rel(s, p, o, rule):
    from kg.model import Relation
    return Relation(s, p, o, "d", 0, rule)


NAMED = _rel("Platform/墨溪县星澜锡材园", "locatedIn", "Place/墨溪县", "located-name")
RESOLVE = {"name_site_rules": ["located-name"], "table_site_rules": ["located-table"]}


@pytest.mark.parametrize("others, stays", [
    # a place read off a name gives way to a table row's site that is part of it
    ([_rel("Platform/墨溪县星澜锡材园", "locatedIn", "Place/青湾镇", "located-table"),
      _rel("Place/青湾镇", "partOf", "Place/墨溪县", "part-adjacent")], False),
    # (near misses: the row's site is no part of the name's place; the nearer place is no table's)
    ([_rel("Platform/墨溪县星澜锡材园", "locatedIn", "Place/青湾镇", "located-table")], True),
    ([_rel("Platform/墨溪县星澜锡材园", "locatedIn", "Place/青湾镇", "located-verb"),
      _rel("Place/青湾镇", "partOf", "Place/墨溪县", "part-adjacent")], True),
])
def test_a_row_site_beats_the_county_of_a_name(others, stays):
    from kg.relate.tables import table_sites_win
    assert (NAMED in table_sites_win([NAMED, *others], RESOLVE)) == stays


FUNDED = {"星澜园区道路项目": "Project", "白露城投有限公司": E, "墨能材料": "IndustryTrack", "储能材料": "IndustryTrack"}
FUNDED_HEAD = "专项债券项目表\n序号｜项目名称｜项目单位｜所属领域｜主要建设内容\n"


@pytest.mark.parametrize("row, want", [
    # a row filed under a fund's category takes the tracks its content cell names
    ("1｜星澜园区道路项目｜白露城投有限公司｜产业园区基础设施｜新建园区道路3公里，承接墨能材料企业入驻",
     {("星澜园区道路项目", "inTrack", "墨能材料")}),
    # (near miss: a field cell naming an industry gives the row's track, not the content's)
    ("1｜星澜园区道路项目｜白露城投有限公司｜储能材料｜新建园区道路3公里，承接墨能材料企业入驻",
     {("星澜园区道路项目", "inTrack", "储能材料")}),
])
def test_a_category_row_takes_its_content_tracks(row, want):
    r = relate_on(FUNDED, FUNDED_HEAD + row + "\n")
    assert {f[:3] for f in r.facts() if f[0] == "星澜园区道路项目" and f[1] == "inTrack"} == want, sorted(r.facts())


PROSE = {"星澜储能电站": "Project", "墨川能源有限公司": E, "青禾电力股份有限公司": E, "白露镇": P,
         "电化学储能": "IndustryTrack", "新型储能": "IndustryTrack"}
PROSE_HEAD = ("说明：各项目按“序号｜项目名称｜建设单位（主要股东）｜建设地点｜建设规模及内容”列示。\n"
              "一、新型储能项目（1个）\n")


@pytest.mark.parametrize("row, want", [
    # a header in prose: the project is the builder's, the builder the bracketed holder's, the project
    # lies in the site and is in the track its content cell names (not the section's)
    ("1｜星澜储能电站｜墨川能源有限公司（青禾电力股份有限公司）｜白露镇｜电化学储能，电池舱20个",
     {("星澜储能电站", "ownedBy", "墨川能源有限公司"), ("墨川能源有限公司", "ownedBy", "青禾电力股份有限公司"),
      ("星澜储能电站", "locatedIn", "白露镇"), ("星澜储能电站", "inTrack", "电化学储能")}),
    # (near misses: a content cell whose track falls among what is built, not opening it: the section's
    # track stands; a content cell naming no track; either way the firms take no track of the section)
    ("1｜星澜储能电站｜墨川能源有限公司（青禾电力股份有限公司）｜白露镇｜新建电池舱，配建电化学储能20MW",
     {("星澜储能电站", "ownedBy", "墨川能源有限公司"), ("墨川能源有限公司", "ownedBy", "青禾电力股份有限公司"),
      ("星澜储能电站", "locatedIn", "白露镇"), ("星澜储能电站", "inTrack", "新型储能")}),
    ("1｜星澜储能电站｜墨川能源有限公司（青禾电力股份有限公司）｜白露镇｜电池舱20个",
     {("星澜储能电站", "ownedBy", "墨川能源有限公司"), ("墨川能源有限公司", "ownedBy", "青禾电力股份有限公司"),
      ("星澜储能电站", "locatedIn", "白露镇"), ("星澜储能电站", "inTrack", "新型储能")}),
])
def test_a_table_whose_header_is_given_in_prose(row, want):
    r = relate_on(PROSE, PROSE_HEAD + row + "\n")
    got = {f[:3] for f in r.facts()}
    assert {x for x in got if x[0] in ("星澜储能电站", "墨川能源有限公司", "青禾电力股份有限公司")
            and x[1] != "subTrackOf"} == want, sorted(r.facts())


BASES = {"星澜药材种植基地": "Platform", "白露镇": P, "墨川药业有限公司": E, "云溪核心区": "Platform",
         "青禾文旅有限公司": E, "白露城投有限公司": E}


@pytest.mark.parametrize("head, row, want", [
    # a base's name column: the base lies in the town cell and is the operator's
    ("基地名称｜所在乡镇｜主栽品种｜经营主体\n", "星澜药材种植基地｜白露镇｜当归｜墨川药业有限公司",
     {("星澜药材种植基地", "locatedIn", "白露镇"), ("星澜药材种植基地", "ownedBy", "墨川药业有限公司")}),
    # a zone's: the operator and each investor the cell lists own it
    ("片区｜运营主体｜主要投资方｜计划投资\n", "云溪核心区｜青禾文旅有限公司｜白露城投有限公司、墨川药业有限公司｜2亿元",
     {("云溪核心区", "ownedBy", "青禾文旅有限公司"), ("云溪核心区", "ownedBy", "白露城投有限公司"),
      ("云溪核心区", "ownedBy", "墨川药业有限公司")}),
])
def test_a_base_or_zone_row(head, row, want):
    r = relate_on(BASES, head + row + "\n")
    got = {(s, p, o) for s, p, o, _ in r.facts() if p in ("locatedIn", "ownedBy")}
    assert got == want, sorted(r.facts())
    # (the firms are in no place the row names)
    assert not {x for x in got if x[0] != row.split("｜")[0]}


STATIONS = {"青岩一级电站": "Project", "白石电站": "Project", "墨溪县青岩水电开发有限公司": E, "墨溪县白石电力有限公司": E,
            "青岩河": P, "青岩镇": P, "澜溪江": P, "白石沟": P, "白石乡": P}
STATIONS_HEAD = "序号｜电站名称｜业主单位｜所在河流｜所在乡镇｜装机容量（千瓦）\n"


@pytest.mark.parametrize("row, want", [
    # a station's row: its owner owns it; it lies on its river and in its town, neither part of the other
    ("1｜青岩一级电站｜墨溪县青岩水电开发有限公司｜青岩河｜青岩镇｜3200",
     {("青岩一级电站", "ownedBy", "墨溪县青岩水电开发有限公司"), ("青岩一级电站", "locatedIn", "青岩河"),
      ("青岩一级电站", "locatedIn", "青岩镇")}),
    # ... on the branch, not the larger water it flows into
    ("2｜白石电站｜墨溪县白石电力有限公司｜澜溪江支流白石沟｜白石乡｜1600",
     {("白石电站", "ownedBy", "墨溪县白石电力有限公司"), ("白石电站", "locatedIn", "白石沟"),
      ("白石电站", "locatedIn", "白石乡")}),
])
def test_a_station_row_names_its_owner_river_and_town(row, want):
    r = relate_on(STATIONS, STATIONS_HEAD + row)
    assert {f[:3] for f in r.facts()} == want, sorted(r.facts())


MEMBERS = {"墨溪星澜硅业有限公司": E, "墨溪经济技术开发区": PL, "墨溪青禾食品有限公司": E, "青禾食品产业园": PL,
           "甲醛释放量": "Project"}


@pytest.mark.parametrize("text, want", [
    # a market's members (会员名称: firms) lie in their parks
    ("序号｜会员名称｜所在园区｜主营业务\n1｜墨溪星澜硅业有限公司｜墨溪经济技术开发区｜工业硅",
     {("墨溪星澜硅业有限公司", "locatedIn", "墨溪经济技术开发区")}),
    # a firm at a door's number in a park lies in the park
    ("序号｜企业名称｜生产地址｜备案产品\n1｜墨溪青禾食品有限公司｜青禾食品产业园A区12号｜冻鱼片",
     {("墨溪青禾食品有限公司", "locatedIn", "青禾食品产业园")}),
    # (near miss: a failed test's item owns nothing, though read as a project)
    ("序号｜产品名称｜生产企业｜企业所在地｜不合格项目\n1｜松木拼板｜墨溪青禾食品有限公司｜青禾食品产业园｜甲醛释放量",
     {("墨溪青禾食品有限公司", "locatedIn", "青禾食品产业园")}),
])
def test_a_firm_list_named_by_its_kind(text, want):
    r = relate_on(MEMBERS, text)
    assert {f[:3] for f in r.facts()} == want, sorted(r.facts())
