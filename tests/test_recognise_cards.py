"""kg/recognise/cards.py: a card heading (a bullet or number, then a name) with field lines
under it names a Project, whatever head its name ends in."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document


def _doc(text):
    return to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))


def _cards(rec, text):
    return {(m.name, m.cls) for m in rec.document_mentions(_doc(text)) if m.rule == "card-heading"}


@pytest.mark.parametrize("text, want", [
    # a heading, then an owner and an investment field: the heading names a project
    ("以下为部分重点项目：\n●墨溪老街提质扩容\n业主：星澜城建集团有限公司\n总投资：12亿元",
     {("墨溪老街提质扩容", "Project")}),
    # ... a numbered heading, a place and a content field; its phase bracket is no part of the name
    ("部分项目如下：\n2．青禾北片城市更新（一期）\n地点：白沙街道\n建设内容：改造老旧小区30个。",
     {("青禾北片城市更新", "Project")}),
    # (near miss: a heading with no fields under it)
    ("部分项目如下：\n●墨溪老街提质扩容\n今年完成投资5亿元，改造道路8条。", set()),
    # (near miss: one field line only)
    ("部分项目如下：\n●墨溪老街提质扩容\n总投资：12亿元", set()),
    # (near miss: two fields, neither a place, owner, investment nor content)
    ("部分项目如下：\n●墨溪老街提质扩容\n联系人：张某\n电话：1234567", set()),
    # (near miss: a transcript's venue line under no heading)
    ("新闻发布会实录\n地点：白沙街道\n主持人：大家好。\n时间：上午十点", set()),
    # ... fields numbered or bulleted as the heading is, the name after a label
    ("部分项目如下：\n1.项目名称：墨溪老街提质扩容\n2.建设单位：星澜城建集团有限公司\n3.总投资：12亿元",
     {("墨溪老街提质扩容", "Project")}),
    ("部分项目如下：\n●墨溪老街提质扩容\n●实施主体：星澜城建集团有限公司\n●总投资：12亿元",
     {("墨溪老街提质扩容", "Project")}),
    # a card numbered by its word (项目3：X), the contact field of the card above it before it
    ("招商项目推介：\n对接单位：白露镇人民政府\n\n项目3：竹木家居构件生产项目\n建设地点：白露镇\n总投资：2亿元",
     {("竹木家居构件生产项目", "Project")}),
    # a visit's stops numbered as stops (点位二：X / 第3站：X / 观摩点1：X) head their field lines
    ("观摩点位介绍\n\n点位二：墨溪老街提质扩容\n\n建设单位：星澜城建集团有限公司\n建设地点：白沙街道",
     {("墨溪老街提质扩容", "Project")}),
    ("观摩线路如下：\n第3站：青禾北片城市更新\n实施主体：星澜城建集团有限公司\n总投资：12亿元",
     {("青禾北片城市更新", "Project")}),
    ("观摩线路如下：\n观摩点1：云溪湿地修复提升\n建设地点：白沙街道\n总投资：2亿元",
     {("云溪湿地修复提升", "Project")}),
    # (near miss: a stop with no fields under it; a stop word glued to no number)
    ("观摩线路如下：\n第3站：青禾北片城市更新\n随后前往白沙街道。", set()),
    ("观摩线路如下：\n点位：青禾北片城市更新\n实施主体：星澜城建集团有限公司\n总投资：12亿元", set()),
    # (near miss: a word numbered so with no fields under it)
    ("招商项目推介：\n项目3：竹木家居构件生产项目\n该项目今年开工。", set()),
    # (near miss: numbered lines that are the next items, not fields)
    ("部分项目如下：\n1.墨溪老街提质扩容\n2.青禾北片城市更新：总投资12亿元\n3.星澜湖整治：总投资3亿元", set()),
    # a section's title over the fields is no name: the 项目名称 field names the project
    ("二、项目情况\n（二）项目基本情况\n项目名称：墨溪老街提质扩容\n实施主体：星澜城建集团有限公司\n总投资：12亿元",
     {("墨溪老街提质扩容", "Project")}),
    # a tender bulletin's notice on one project, numbered as a section: the name before the notice
    ("一、墨溪老街提质扩容中标结果公告\n（一）项目编号：YX-2024-01\n（二）中标金额：人民币896.15万元\n"
     "（三）建设地点：白沙街道", {("墨溪老街提质扩容", "Project")}),
    # ... the work tendered for after the name is the notice's (施工, 设备采购及安装, 土建及安装工程施工),
    # its fields a tender's (1.招标条件：… / 2.项目概况：…); a phase in brackets before 工程 is the name's
    ("一、墨溪老街立面整治提升工程施工招标公告\n1.招标条件：本项目已批准建设，招标人为星澜城投有限公司。\n"
     "2.项目概况：建设地点位于白沙街道。\n3.最高投标限价：4320万元。", {("墨溪老街立面整治提升工程", "Project")}),
    ("二、青禾乳品厂灌装线自动化升级设备采购及安装招标公告\n1.招标条件：本项目已备案，招标人为青禾糖业有限公司。\n"
     "2.项目概况：采购并安装灌装机组2套。\n3.最高投标限价：5980万元。", {("青禾乳品厂灌装线自动化升级", "Project")}),
    ("三、白沙标准厂房（三期）工程施工招标公告\n1.招标条件：本项目已批准建设。\n2.项目概况：新建标准厂房6栋。\n"
     "3.资格要求：投标人须具备施工总承包资质。", {("白沙标准厂房（三期）工程", "Project")}),
    # (near miss: the same heading and fields with no notice on it: a part of the document)
    ("一、墨溪老街立面整治提升工程施工进展\n1.招标条件：本项目已批准建设。\n2.项目概况：建设地点位于白沙街道。", set()),
    # a review's section on one project (一、关于X): its fields under it
    ("会议纪要\n一、关于墨溪老街提质扩容\n申请企业：星澜城建集团有限公司。\n项目内容：改造老旧街区1公里。",
     {("墨溪老街提质扩容", "Project")}),
    # (near miss: a section on a task, its fields telling no project)
    ("会议纪要\n一、关于加强安全生产督查\n牵头单位：区应急管理局。\n完成时限：12月底前。", set()),
    # (near miss: a section's number with no notice: a part of the document, no card)
    ("五、补链延链重点项目\n项目名称：墨溪老街提质扩容\n总投资：12亿元\n建设地点：白沙街道",
     {("墨溪老街提质扩容", "Project")}),
    # (near miss: a heading that is a firm's legal name)
    ("签约企业如下：\n●星澜墨溪数字科技有限公司\n地点：白沙街道\n投资额：3亿元", set()),
    # a school to be built heads a card: the project, though a school named alone is a body
    ("部分项目如下：\n9．青禾区第二实验学校\n建设单位：青禾区教育局\n总投资：3亿元",
     {("青禾区第二实验学校", "Project")}),
    # (near miss: a body no weak head names stays the body: a university)
    ("部分项目如下：\n9．青禾科技大学\n建设单位：青禾区教育局\n总投资：3亿元", set()),
])
def test_a_card_heading_names_a_project(recogniser, text, want):
    assert _cards(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a park a card heads, or a project field names whole: a park, and the card's works too
    ("部分项目如下：\n（二）白沙湾冷链物流园\n建设单位：星澜物流有限公司\n建设地点：青禾区白沙街道",
     {("白沙湾冷链物流园", "Platform", ("Project",))}),
    ("【项目卡片】\n项目名称：墨川科技园\n建设单位：星澜城建有限公司\n总投资：8亿元",
     {("墨川科技园", "Platform", ("Project",))}),
    # (near miss: a park in running text: a park alone)
    ("星澜物流有限公司已入驻墨川科技园，年内投产。", {("墨川科技园", "Platform", ())}),
])
def test_a_park_a_card_names_is_its_project_too(recogniser, text, want):
    got = {(m.name, m.cls, m.extra) for m in recogniser.document_mentions(_doc(text)) if m.name.endswith("园")}
    assert got == want


def _rows(rec, text):
    return {(m.name, m.cls) for m in rec.document_mentions(_doc(text)) if m.rule == "row-heading"}


@pytest.mark.parametrize("text, want", [
    # a numbered item opening on a name of kind words, its paragraph telling what it costs
    ("签约项目一览：\n三、储能电池精密结构件项目。由星澜集团投资，总投资8亿元，选址青禾镇。",
     {("储能电池精密结构件项目", "Project")}),
    ("六、锂电池隔膜材料项目。星澜新能源科技有限公司投资9亿元，建设隔膜生产线4条。",
     {("锂电池隔膜材料项目", "Project")}),
    # (a name the recogniser finds by its head is its own, not the row's)
    ("招商项目：\n2.星澜智能网联装备检测中心，拟选址墨川街道，总投资约6亿元。", set()),
    # (near misses: no cost told in its paragraph; a name too short; a report's act under a
    # bracketed number; a head after a generic word)
    ("三、储能电池精密结构件项目。今年将加快推进。", set()),
    ("三、装备项目。由星澜集团投资，总投资8亿元。", set()),
    ("（一）全力以赴抓好项目。全年固定资产投资完成87亿元。", set()),
    ("一、聚力实施重大项目。全年完成产业投资80亿元。", set()),
    # an item opening on the parties that sign for the project: the name is what they sign for
    ("四、星澜重工与青禾精密机械有限公司签约共建风电轴承智能检测中心项目，总投资3.6亿元。",
     {("风电轴承智能检测中心项目", "Project")}),
    ("二、墨川集团与云溪镇签约建设高端轴承精密加工项目，总投资5亿元。", {("高端轴承精密加工项目", "Project")}),
])
def test_a_numbered_row_that_tells_its_cost_names_a_project(recogniser, text, want):
    assert _rows(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a numbered or bracketed item whose name closes on a colon, what follows it saying who builds
    # it, where it lies or what it costs: the name is a Project's, its head a project's or a works'
    ("（三）青禾生活污水处理站：建在白沙镇政府驻地，日处理污水2000吨。", {("青禾生活污水处理站", "Project")}),
    ("（五）墨川农产品交易市场：选址白沙街道，建筑面积2万平方米。", {("墨川农产品交易市场", "Project")}),
    ("4. 云岭湖畔房车营地：位于云岭镇，设营位80个。", {("云岭湖畔房车营地", "Project")}),
    # (near misses: a task heading opening on a verb; nothing told after the colon; a label too short;
    # no head; a name the recogniser finds by its head is its own, 1. 青禾滨河绿道项目：…)
    ("（二）实施老城更新改造工程：由区住建局牵头实施。", set()),
    ("1. 墨川农产品交易市场：年交易额30亿元，辐射周边五县。", set()),
    ("（三）青禾生活污水处理站：日处理污水2000吨。", set()),
    ("（三）配套项目：位于白沙街道。", set()),
    ("2. 青禾湿地保护宣传：位于云岭镇。", set()),
])
def test_a_numbered_item_closing_on_a_colon_names_a_project(recogniser, text, want):
    assert _rows(recogniser, text) == want
