"""kg/tablerows.py: a table printed as text, its header and its rows."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document
from kg.rules import load_rules
from kg.bar_runs import bar_columns, bar_runs
from kg.tablerows import header, table_rows

CONF = load_rules().relations["table"]


@pytest.mark.parametrize("text, columns", [
    # (name column, owner columns, site columns)
    ("序号 项目名称 建设单位 总投资（亿元） 建设地点", (1, (2,), (4,))),
    ("项目名称 责任主体 建设单位 年度计划", (0, (2,), ())),
    ("企业名称 所在园区 主营业务", (0, (), (1,))),
    # (a field column: 所属领域)
    ("序号 企业名称 所在园区 所属领域", (1, (), (2,))),
    ("企业名称 所属赛道 主营", (0, (), ())),
    # (a firm's column beside a project's: the project names the row's thing, the firm owns it)
    ("序号 企业名称 项目名称 融资需求 对接银行", (2, (1,), ())),
    # (near miss: a firm's column beside a park's names the firm's own row, no owner)
    ("园区名称 企业名称 所属领域", (0, (), ())),
    # (a ranking's county column: 所在县市区, 县（市、区）)
    ("排名 企业名称 所在县市区 营收（万元） 主营产品", (1, (), (2,))),
    ("序号 企业名称 县（市、区） 主营产品", (1, (), (2,))),
    # (a label glossed in brackets reads as the label: 所属区域（县区/园区）)
    ("序号 企业名称 所属区域（县区/园区） 主营产品", (1, (), (2,))),
    ("序号 企业名称 所属区域 主营产品", (1, (), (2,))),
    # (near miss: a gloss on a label that is no site's)
    ("序号 企业名称 备注（园区） 主营产品", None),
    # (near miss: a ranking read by its field column only, no site)
    ("排名 企业名称 营收（万元） 所属领域", (1, (), ())),
    # (two labels of one column joined by a slash read as either: 项目业主/运营主体)
    ("序号 项目名称 项目业主/运营主体 建设地点", (1, (2,), (3,))),
    # (a site label glossed inside and joined to a park's by a slash, 所在县（区）/园区; an owner's
    # label of two joined by 或, 控股股东或主要股东: a list of firms and the firms holding them)
    ("序号｜企业名称｜所在县（区）/园区｜所属赛道｜控股股东或主要股东", (1, (4,), (2,))),
    ("序号 企业名称 园区 主要股东 主营产品", (1, (3,), (2,))),
    # (a fund's investments: the firm it invests in owns the project the row names, built at the site)
    ("序号｜被投企业｜所属赛道｜投资金额｜投资项目｜项目所在地", (4, (1,), (5,))),
    # (near miss: an amount's column, no project's)
    ("序号｜被投企业｜所属赛道｜投资金额", None),
    # (near misses: 或 joins labels of no owner; a holder's count, no holder)
    ("序号 企业名称 所在园区 电话或邮箱", (1, (), (2,))),
    ("序号 企业名称 所在园区 股东人数", (1, (), (2,))),
    # (near miss: a slash between labels of no owner)
    ("序号 项目名称 备注/说明 建设地点", (1, (), (3,))),
    # (a list of firms, the group each belongs to, its park and its track: 企业 所属集团 所在园区 赛道)
    ("企业｜所属集团｜所在园区｜赛道｜主要产能", (0, (1,), (2,))),
    # (near miss: the firms' column and nothing read beside it)
    ("企业｜主要产能｜备注", None),
    # (near misses: no name column; no owner or site column; a card's field; a sentence)
    ("序号 建设单位 总投资 建设地点", None),
    ("项目名称 总投资 进度", None),
    ("企业名称 主营产品 注册资本", None),
    ("项目名称：星澜轴承项目", None),
    # a table set with bars between its cells; a label of two joined by a slash is read by either
    ("序号｜项目名称｜实施地点｜项目业主/运营主体｜投资（万元）", (1, (3,), (2,))),
    ("序号|项目名称|建设单位|建设地点", (1, (2,), (3,))),
    ("序号｜项目名称｜申报单位｜产业领域｜所在地", (1, (2,), (4,))),
    # (near misses: a slash joins no owner's label; a title cut by a bar)
    ("序号｜项目名称｜投资/补助（万元）｜建设内容", None),
    ("一图读懂｜星澜区政府工作报告｜2026", None),
    ("星澜轴承项目 墨川精工有限公司 12亿元", None),
    ("今年 项目名称 建设单位 都已 公示。", None),
])
def test_a_header_names_its_columns(text, columns):
    h = header(CONF, text)
    # (an owner's column, or a parent's: the firm holding the row's firm, 控股股东)
    assert (None if h is None else (h.name, tuple(sorted(h.owners + h.parents)), h.places)) == columns


@pytest.mark.parametrize("text, tracks", [
    ("序号 企业名称 所在园区 所属领域", (3,)),
    ("序号 企业名称 所属区域（县区/园区） 主营领域", (3,)),
    ("企业名称 所属赛道 主营", (1,)),
    # (主营领域: the field a firm works in; not 主营业务 nor 主营产品, what it does or makes)
    ("序号 企业名称 所在园区 主营领域", (3,)),
    ("序号 企业名称 所在园区 主营业务", ()),
    ("序号 企业名称 所在园区 主营产品", ()),
    ("企业｜所属集团｜所在园区｜赛道｜主要产能", (3,)),
    ("序号 项目名称 建设单位 总投资 建设地点", ()),
])
def test_a_header_names_its_field_column(text, tracks):
    assert header(CONF, text).tracks == tracks


@pytest.mark.parametrize("text, kinds", [
    # an annual report's table of its firms: what each is to the firm reporting
    ("公司名称 公司类型 主营产品 注册资本 营业收入", (1,)),
    # (near miss: no kind column, no other column read: no table)
    ("公司名称 主营产品 注册资本 营业收入", None),
])
def test_a_header_names_its_kind_column(text, kinds):
    h = header(CONF, text)
    assert (None if h is None else h.kinds) == kinds


@pytest.mark.parametrize("text, parties, seated, name", [
    # the firms of a deal, a column each, no name column: the first stands for the row; a gloss
    # naming a seat says each cell's bracket is its firm's (采购方（所在园区）)
    ("序号｜采购方（所在园区）｜供应方（所在园区）｜对接产品｜签约金额（万元）｜所属产业链", (1, 2), (1, 2), 1),
    ("序号 需求方 供给方 对接产品 所属产业链", (1, 2), (), 1),
    ("序号｜甲方（所在县区）｜乙方（所在县区）｜合作内容｜所属领域", (1, 2), (1, 2), 1),
    # ... a firm's column glossed by its seat beside a track's: the firm's cells close on the seat
    ("序号｜企业名称（所在地）｜所属领域｜主导产品", (), (1,), 1),
    # (near misses: a gloss naming no seat, 签约金额（万元）, 采购方（单位）; a header of no party)
    ("序号｜采购方（单位）｜供应方（单位）｜对接产品｜所属产业链", (1, 2), (), 1),
    ("序号｜对接产品｜签约金额（万元）｜备注", None, None, None),
])
def test_a_header_names_its_parties(text, parties, seated, name):
    h = header(CONF, text)
    assert (None if h is None else (h.parties or None, h.seated or None, h.name)) \
        == (None if name is None else (parties or None, seated or None, name))


def _rows(text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return [s.text for s, _h, _spans in table_rows(CONF, doc.sentences)]


@pytest.mark.parametrize("text, rows", [
    # rows as many cells as the header; a section line passed over
    ("附表\n序号\t项目名称\t建设单位\t建设地点\n一、先进制造业项目\n1\t星澜轴承项目\t墨川精工有限公司\t青禾镇\n"
     "二、现代服务业项目\n2\t青禾冷链中心\t星澜物流集团\t白沙街道\n",
     ["1 星澜轴承项目 墨川精工有限公司 青禾镇", "2 青禾冷链中心 星澜物流集团 白沙街道"]),
    # ... a long one too: the title of a second list under the same header (二、2026年度新认定X企业名单（6家）;
    # the reader drops the repeated header)
    ("序号\t企业名称\t所在园区\t所属领域\n1\t星澜精工有限公司\t白沙产业园\t精密轴承\n"
     "二、2026年度新认定云溪市专精特新中小企业名单（6家）\n2\t墨川电缆有限公司\t青禾街道\t特种电缆\n",
     ["1 星澜精工有限公司 白沙产业园 精密轴承", "2 墨川电缆有限公司 青禾街道 特种电缆"]),
    # a row missing a cell is no row (its cells would be read under the wrong labels)
    ("项目名称\t建设单位\t建设地点\n星澜轴承项目\t墨川精工有限公司\t青禾镇\n青禾冷链中心\t白沙街道\n",
     ["星澜轴承项目 墨川精工有限公司 青禾镇"]),
    # running text ends the table
    ("项目名称\t建设单位\t建设地点\n星澜轴承项目\t墨川精工有限公司\t青禾镇\n"
     "全年完成投资 12亿元，新开工 项目 8个。\n青禾冷链中心 星澜物流集团 白沙街道\n",
     ["星澜轴承项目 墨川精工有限公司 青禾镇"]),
    # (near miss: no header, no table)
    ("星澜轴承项目\t墨川精工有限公司\t青禾镇\n", []),
    # a thousands mark in a figure's cell; the row before a blank line ends the table
    ("公司名称　　公司类型　　主营产品　　注册资本\n青禾电机有限公司　　子公司　　微型电机　　15,000\n"
     "白露磁材有限公司　　参股公司　　钕铁硼　　3,500\n\n本年度，公司经营稳定",
     ["青禾电机有限公司 子公司 微型电机 15,000", "白露磁材有限公司 参股公司 钕铁硼 3,500"]),
    # a list's heading between two tables of one header (the second header dropped as a repeat)
    # is a section line however long
    ("序号\t企业名称\t所在园区\n1\t星澜电机有限公司\t青禾产业园\n二、2026年度新认定云溪市创新型中小企业名单（4家）\n"
     "2\t白露磁材有限公司\t墨川产业园\n",
     ["1 星澜电机有限公司 青禾产业园", "2 白露磁材有限公司 墨川产业园"]),
    # cells parted by bars: a cell may hold spaces and commas
    ("序号｜项目名称｜建设单位｜所属领域｜建设内容\n1｜Micro LED星澜检测项目｜墨川光电有限公司｜新型显示｜新建厂房，购置设备\n"
     "2｜青禾冷链中心｜白露物流有限公司｜冷链物流｜新建冷库2万立方米\n",
     ["1｜Micro LED星澜检测项目｜墨川光电有限公司｜新型显示｜新建厂房，购置设备",
      "2｜青禾冷链中心｜白露物流有限公司｜冷链物流｜新建冷库2万立方米"]),
    ("序号 | 企业名称 | 所在园区\n1 | 星澜电机有限公司 | 青禾产业园\n", ["1 | 星澜电机有限公司 | 青禾产业园"]),
    # (near miss: a line of slogans parted by bars, no header)
    ("绿色发展｜产业提质｜项目攻坚\n星澜电机有限公司｜青禾产业园｜白沙街道\n", []),
    # a table set with bars: a cell may hold a clause's comma and spaces; the rows are paragraphs
    # of their own however each ends
    ("序号｜项目名称｜建设单位｜建设内容\n1｜星澜茶园提质项目｜青禾茶叶专业合作社｜改造茶园800亩，新建道路2公里\n"
     "2｜墨川冷库项目｜白露果业有限公司｜新建冷库 1500立方米\n",
     ["1｜星澜茶园提质项目｜青禾茶叶专业合作社｜改造茶园800亩，新建道路2公里",
      "2｜墨川冷库项目｜白露果业有限公司｜新建冷库 1500立方米"]),
    # (near miss: a row of bars a cell short)
    ("序号｜项目名称｜建设单位｜建设内容\n1｜星澜茶园提质项目｜青禾茶叶专业合作社\n", []),
    # (near miss: a sentence of running text ends the table)
    ("序号\t企业名称\t所在园区\n1\t星澜电机有限公司\t青禾产业园\n今年全区新认定创新型中小企业共计十二家，同比增长一倍。\n"
     "2\t白露磁材有限公司\t墨川产业园\n",
     ["1 星澜电机有限公司 青禾产业园"]),    # a row summing those above it (合计, 小计) names nothing, and the table goes on past it
    ("序号｜项目名称｜项目单位｜债券额度\n1｜云溪港区堆场项目｜白露港务有限公司｜3000\n小计｜1个项目｜—｜3000\n"
     "2｜墨川供水管网项目｜青禾水务有限公司｜2500\n合计｜2个项目｜—｜5500\n",
     ["1｜云溪港区堆场项目｜白露港务有限公司｜3000", "2｜墨川供水管网项目｜青禾水务有限公司｜2500"]),
    ("序号  园区名称  所在地  入园企业\n1  星澜小微企业园  白露镇  12\n总计  1个  —  12\n",
     ["1 星澜小微企业园 白露镇 12"]),
    # (near miss: a name that opens on the word of a sum is still a row)
    ("序号｜项目名称｜项目单位｜债券额度\n1｜合计划片区改造项目｜白露城投有限公司｜3000\n",
     ["1｜合计划片区改造项目｜白露城投有限公司｜3000"]),
])
def test_the_rows_of_a_table(text, rows):
    assert _rows(text) == rows


def _cells_of(text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return [[s.text[a:b] for a, b in spans] for s, _h, spans in table_rows(CONF, doc.sentences)]


@pytest.mark.parametrize("text, rows", [
    # a table whose cells vertical bars part: each line a row, though no line ends in a mark
    ("序号｜项目名称｜申报单位｜所在地\n1｜星澜电芯封装工艺攻关项目｜青禾新能源有限公司｜云溪镇\n"
     "2｜Micro LED墨川检测装备研发项目｜白露光电有限公司｜墨川街道\n",
     [["1", "星澜电芯封装工艺攻关项目", "青禾新能源有限公司", "云溪镇"],
      ["2", "Micro LED墨川检测装备研发项目", "白露光电有限公司", "墨川街道"]]),
    # ... a cell holding clause marks (what the works build), bars at the ends as Markdown prints them
    ("| 项目名称 | 建设单位 | 建设地点 | 建设内容 |\n"
     "| 云溪枇杷冷链中心项目 | 星澜果业有限公司 | 白露镇 | 新建冷库1500立方米，分拣车间800平方米 |\n",
     [["云溪枇杷冷链中心项目", "星澜果业有限公司", "白露镇", "新建冷库1500立方米，分拣车间800平方米"]]),
    # (near miss: a sentence with one bar in it is no row)
    ("序号｜项目名称｜申报单位｜所在地\n今年全区｜新认定项目十二个。\n", []),
])
def test_the_cells_of_a_row_parted_by_bars(text, rows):
    assert _cells_of(text) == rows


@pytest.mark.parametrize("text, rows", [
    # a table whose cells are parted by bars: each line a row (no line runs on into the next), a cell's
    # spaces and clause marks its own
    ("序号｜项目名称｜建设地点｜建设内容\n1｜星澜茶园提质项目｜白沙镇青禾村｜改造茶园800亩，新建道路2公里\n"
     "2｜Micro LED星澜显示项目｜墨川产业园｜新建车间2栋\n",
     [["1", "星澜茶园提质项目", "白沙镇青禾村", "改造茶园800亩，新建道路2公里"],
      ["2", "Micro LED星澜显示项目", "墨川产业园", "新建车间2栋"]]),
    # ... bars opening and closing a row (a markdown table, its rule line passed over); a blank cell
    ("| 序号 | 项目名称 | 建设地点 |\n|---|---|---|\n| 1 | 星澜茶园提质项目 | 白沙镇 |\n| 2 | 青禾冷链中心 |  |\n",
     [["1", "星澜茶园提质项目", "白沙镇"], ["2", "青禾冷链中心", ""]]),
    # (near miss: a line of slogans parted by bars, no header: no table)
    ("绿色发展　｜　产业提质　｜　项目攻坚\n星澜区全年完成投资120亿元。\n", []),
])
def test_the_rows_of_a_table_parted_by_bars(text, rows):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    assert [[s.text[a:b] for a, b in spans] for s, _h, spans in table_rows(CONF, doc.sentences)] == rows


def test_a_label_of_two_is_either():
    # (项目业主/运营主体: the owner's column)
    assert header(CONF, "序号｜项目名称｜实施地点｜项目业主/运营主体｜投资（万元）").owners == (3,)
    # (near miss: neither of the two an owner's label)
    assert header(CONF, "序号｜项目名称｜实施地点｜投资/资金（万元）").owners == ()


def _bar_runs(text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return [[[s.text[a:b] for a, b in spans] for s, spans in run] for run in bar_runs(doc.sentences)]


@pytest.mark.parametrize("text, runs", [
    # numbered rows parted by bars, no header: the serial opens the first cell, no cell of its own
    ("A类企业（列前2家）\n1．星澜精工有限公司｜青禾产业园｜星材（墨能部件）｜亩均税收8万元\n"
     "2．墨川（云溪）中心｜白露片区｜星澜材料｜亩均税收6万元\n三、结果分析\n",
     [[["星澜精工有限公司", "青禾产业园", "星材（墨能部件）", "亩均税收8万元"],
       ["墨川（云溪）中心", "白露片区", "星澜材料", "亩均税收6万元"]]]),
    ("1.星澜精工有限公司｜青禾产业园｜星材\n2、墨川电缆有限公司｜白露片区｜墨能\n",
     [[["星澜精工有限公司", "青禾产业园", "星材"], ["墨川电缆有限公司", "白露片区", "墨能"]]]),
    # (near misses: one row alone; rows of unlike length; a headed table's serial, a cell of its own;
    # a slogan's bars; a decimal opening the row)
    ("1．星澜精工有限公司｜青禾产业园｜星材｜亩均税收8万元\n三、结果分析\n", []),
    ("1．星澜精工有限公司｜青禾产业园｜星材｜亩均税收8万元\n2．墨川电缆有限公司｜白露片区｜墨能\n", []),
    ("序号｜企业名称｜所在园区\n1｜星澜精工有限公司｜青禾产业园\n2｜墨川电缆有限公司｜白露片区\n", []),
    ("绿色发展｜产业提质｜项目攻坚\n开放合作｜民生改善｜安全稳定\n", []),
    ("1.5｜星澜精工有限公司｜青禾产业园\n2.5｜墨川电缆有限公司｜白露片区\n", []),
])
def test_numbered_rows_parted_by_bars(text, runs):
    assert _bar_runs(text) == runs


def test_what_the_columns_of_numbered_rows_hold():
    doc = to_document(RawDocument("t.txt", "t.txt", "1．星澜精工有限公司｜青禾产业园｜星材｜税收8万元\n"
                                  "2．墨川中心｜白露片区｜墨能材料｜税收6万元\n3．云溪电缆有限公司｜青禾产业园｜墨能｜税收5万元\n",
                                  "utf-8"))
    run = next(bar_runs(doc.sentences))
    said = {"星澜精工有限公司": "Enterprise", "云溪电缆有限公司": "Enterprise", "青禾产业园": "Platform",
            "白露片区": "Place", "星材": "IndustryTrack", "墨能": "IndustryTrack", "税收": "IndustryTrack"}

    def found(s):
        return [(s.text.find(w), s.text.find(w) + len(w), cls) for w, cls in said.items() if w in s.text]

    # (the name column's firms, two rows of three; the sites' column; the tracks' column, not the
    # figures' whose cells a word opens: a figure in the cell)
    assert bar_columns(run, found) == ("Enterprise", {1}, {2})


@pytest.mark.parametrize("text, projects", [
    # a firm's list with a column naming a project of each firm (拟募投项目: what it raises money for)
    ("序号 | 企业名称 | 所在县（区）/园区 | 所属赛道 | 控股股东或母公司 | 拟募投项目", (5,)),
    ("序号｜企业名称｜所属领域｜在建项目", (3,)),
    # (near misses: a column of the firm's products; a project's table, the project the row's thing)
    ("序号｜企业名称｜所属领域｜主营产品", ()),
    ("序号｜项目名称｜建设单位｜建设地点", ()),
])
def test_a_header_names_its_firm_project_column(text, projects):
    assert header(CONF, text).projects == projects



@pytest.mark.parametrize("text, rows", [
    # a header given in prose, its labels in quotes parted by bars: the rows below read under it
    ("说明：各项目按“序号｜项目名称｜建设单位｜建设地点”列示。\n一、储能项目（1个）\n"
     "1｜星澜储能电站｜墨川能源有限公司（青禾电力股份有限公司）｜白露镇\n",
     [["1", "星澜储能电站", "墨川能源有限公司（青禾电力股份有限公司）", "白露镇"]]),
    # (near misses: a quoted slogan of bars names no column; a row a cell short is none)
    ("坚持“绿色发展｜产业提质｜项目攻坚”。\n1｜星澜储能电站｜墨川能源有限公司｜白露镇\n", []),
    ("各项目按“序号｜项目名称｜建设单位｜建设地点”列示。\n1｜星澜储能电站｜墨川能源有限公司\n", []),
])
def test_a_header_given_in_prose(text, rows):
    assert _cells_of(text) == rows
