"""kg/recognise/table_cells.py: the names a printed table's cells hold, whole."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document


def _cells(rec, text):
    """The things named in the document's last line (the row)."""
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    last = doc.sentences[-1].index
    return {(m.name, m.cls) for m in rec.document_mentions(doc) if m.sentence == last and m.role != "owner"}


HEAD = "2026年重点项目表\n序号\t项目名称\t建设单位\t总投资\t建设地点\n"


@pytest.mark.parametrize("row, want", [
    # a name cell under 项目名称 names a project however its words end
    ("1\t墨川热管理压缩机扩产\t星澜精工有限公司\t12亿元\t青禾镇\n",
     {("墨川热管理压缩机扩产", "Project"), ("星澜精工有限公司", "Enterprise"), ("青禾镇", "Place")}),
    # an owner cell ending in a firm's head is one firm, whole
    ("1\t星澜轴承项目\t中国墨川青禾炼化公司\t12亿元\t青禾镇\n",
     {("星澜轴承项目", "Project"), ("中国墨川青禾炼化公司", "Enterprise"), ("青禾镇", "Place")}),
    # ... each unit of a list
    ("1\t星澜轴承项目\t墨川精工集团、青禾创投公司\t12亿元\t青禾镇\n",
     {("星澜轴承项目", "Project"), ("墨川精工集团", "Enterprise"), ("青禾创投公司", "Enterprise"), ("青禾镇", "Place")}),
    # a site cell's unit with a park's head, nothing found in it
    ("1\t星澜轴承项目\t星澜精工有限公司\t12亿元\t宏远园区\n",
     {("星澜轴承项目", "Project"), ("星澜精工有限公司", "Enterprise"), ("宏远园区", "Platform")}),
    # (near misses: a bare head; a number in the name cell)
    ("1\t星澜轴承项目\t公司\t12亿元\t园区\n", {("星澜轴承项目", "Project")}),
    ("1\t2026\t星澜精工有限公司\t12亿元\t青禾镇\n", {("星澜精工有限公司", "Enterprise"), ("青禾镇", "Place")}),
])
def test_a_table_cell_names_its_thing_whole(recogniser, row, want):
    assert _cells(recogniser, HEAD + row) == want


def test_no_table_no_cells(recogniser):
    # (near miss: the same row with no header above it is a line of text)
    found = _cells(recogniser, "2026年重点项目\n1\t墨川热管理压缩机扩产\t星澜精工有限公司\t12亿元\t青禾镇\n")
    assert ("墨川热管理压缩机扩产", "Project") not in found


BONDS_HEAD = "云溪县2026年专项债券项目表\n序号｜项目名称｜项目单位｜所属领域｜债券额度\n"


@pytest.mark.parametrize("row, want", [
    # a fund's category of public works files the project under no industry
    ("1｜星澜园区道路项目｜白露城投有限公司｜产业园区基础设施｜3000\n", set()),
    ("1｜青禾安置房项目｜白露城投有限公司｜保障性安居工程｜3000\n", set()),
    ("1｜墨川灌区项目｜白露水务有限公司｜农林水利｜3000\n", set()),
    ("1｜白露医院扩建项目｜白露城投有限公司｜社会事业（卫生健康类）｜3000\n", set()),
    ("1｜星澜分拣中心项目｜白露城投有限公司｜乡村仓储等物流基础设施｜3000\n", set()),
    # (near miss: an industry under the same label is a track)
    ("1｜星澜电池隔膜项目｜白露新材有限公司｜储能材料｜3000\n", {("储能材料", "IndustryTrack")}),
])
def test_a_category_cell_names_no_track(recogniser, row, want):
    found = _cells(recogniser, BONDS_HEAD + row)
    assert {x for x in found if x[1] == "IndustryTrack"} == want


@pytest.mark.parametrize("row, want", [
    # a field cell's units are tracks, whole (not a shorter track inside one)
    ("1\t星澜精工有限公司\t宏远园区\t墨能材料、星澜储能\n",
     {("墨能材料", "IndustryTrack"), ("星澜储能", "IndustryTrack")}),
    # ... a track whose name joins two words by 和 or 及 is one track (智能软件和数据服务)
    ("1\t星澜精工有限公司\t宏远园区\t智能软件和数据服务\n", {("智能软件和数据服务", "IndustryTrack")}),
    ("1\t星澜精工有限公司\t宏远园区\t墨能汽车及零部件\n", {("墨能汽车及零部件", "IndustryTrack")}),
    # (near misses: a generic word; a number)
    ("1\t星澜精工有限公司\t宏远园区\t其他\n", set()),
    ("1\t星澜精工有限公司\t宏远园区\t2026\n", set()),
])
def test_a_field_cell_names_tracks_whole(recogniser, row, want):
    found = _cells(recogniser, "2026年专精特新企业名单\n序号\t企业名称\t所在园区\t所属领域\n" + row)
    assert {x for x in found if x[1] == "IndustryTrack"} == want


FIRMS_HEAD = "青禾开发区专精特新企业拟认定名单\n序号　企业名称　所在园区　所属领域\n"


@pytest.mark.parametrize("row, want", [
    # a track cell names a track whole, whatever its words
    ("1　星澜新材料科技有限公司　墨川产业园　化工新材料\n",
     {("星澜新材料科技有限公司", "Enterprise"), ("墨川产业园", "Platform"), ("化工新材料", "IndustryTrack")}),
    ("2　白露储能科技有限公司　墨川产业园　镍钴冶炼\n",
     {("白露储能科技有限公司", "Enterprise"), ("墨川产业园", "Platform"), ("镍钴冶炼", "IndustryTrack")}),
    # a site cell naming a park of a kind
    ("3　云溪精细化工有限公司　石化园区　精细化工\n",
     {("云溪精细化工有限公司", "Enterprise"), ("石化园区", "Platform"), ("精细化工", "IndustryTrack")}),
])
def test_a_track_cell_names_a_track(recogniser, row, want):
    assert _cells(recogniser, FIRMS_HEAD + row) == want


@pytest.mark.parametrize("row, want", [
    # a name cell under a firm's column ending in a firm's head names that firm whole, not the
    # county and the track its words open on and hold
    ("5｜铁岭县星澜精密铸造有限公司｜铁岭县｜白露镇\n", ("铁岭县星澜精密铸造有限公司", "Enterprise")),
    ("6｜铁岭星澜换热设备有限公司｜银州区｜青禾工业园\n", ("铁岭星澜换热设备有限公司", "Enterprise")),
])
def test_a_firm_cell_names_its_firm_whole(recogniser, row, want):
    assert want in _cells(recogniser, "入库企业名单\n序号｜企业名称｜所在地区｜所在园区（乡镇）\n" + row)


@pytest.mark.parametrize("cell, want", [
    # a site cell gluing a town's name to its village's or park's, nothing found in either: two places
    ("青村镇青村村", {("青村镇", "Place"), ("青村村", "Place")}),
    ("墨村镇墨村村", {("墨村镇", "Place"), ("墨村村", "Place")}),
    # (near misses: a town's own head after it, no name of its own; a village alone)
    ("白露镇工业园", {("白露镇工业园", "Platform")}),
    ("白露村", {("白露村", "Place")}),
])
def test_a_site_cell_of_a_town_and_its_village(recogniser, cell, want):
    found = _cells(recogniser, "序号｜项目名称｜实施地点｜投资（万元）\n1｜星澜茶园提质项目｜" + cell + "｜480\n")
    assert {x for x in found if x[0] != "星澜茶园提质项目"} == want


@pytest.mark.parametrize("unit, want", [
    # a site cell's unit gluing a county's name to its town's parts after the county
    ("墨溪县青湾镇", (3, "Place")),
    ("澜沧溪县白湾街道", (4, "Place")),
    ("墨溪市青湾乡", (3, "Place")),
    # (near misses: a county's name and a park's head, no town; a town's name alone)
    ("墨溪县工业园", None),
    ("墨溪县城关", None),
])
def test_a_site_cell_of_a_county_and_its_town(unit, want):
    from kg.recognise.table_cells import _town_cut
    from kg.rules import load_rules
    rules = load_rules()
    assert _town_cut(rules, rules.relations["table"], unit) == want


@pytest.mark.parametrize("cell, want", [
    # a cell under a park's column ending in a park's head names that park whole
    ("墨溪县青湾锡材小微企业园", {("墨溪县青湾锡材小微企业园", "Platform")}),
    ("白湾电商创业园", {("白湾电商创业园", "Platform")}),
    # (near miss: a cell of no park's head is no park)
    ("青湾锡材加工点", set()),
])
def test_a_park_cell_names_its_park_whole(recogniser, cell, want):
    found = _cells(recogniser, "序号　园区名称　所在地　星级\n1　" + cell + "　——　三星级\n")
    assert {x for x in found if x[1] == "Platform"} == want


@pytest.mark.parametrize("cell, want", [
    # a site cell's base is a park, though its head names a project's; one whose words hold a
    # province's and a track's name is named whole
    ("青禾精细化工基地", ("青禾精细化工基地", "Platform")),
    ("宁夏精细化工基地", ("宁夏精细化工基地", "Platform")),
])
def test_a_site_cell_names_a_base_as_a_park(recogniser, cell, want):
    head = "序号\t企业名称\t所在园区\t项目名称\t奖补类别\n"
    assert want in _cells(recogniser, head + "6\t星澜碳素有限公司\t" + cell + "\t星澜电极生产线改造\t绿色工厂奖励\n")


@pytest.mark.parametrize("row, want, not_want", [
    # a site cell ending in a park's word (园, 谷) names a park, though read as a project's or no
    # name; an owner cell ending in a works' word (工厂) names the firm that runs them
    ("青禾丙烯酸扩产项目\t星澜石化公司\t高新区化工园\t8亿元\n", ("高新区化工园", "Platform"), None),
    ("青禾云计算中心二期\t星澜科技有限公司\t墨川云谷\t20亿元\n", ("墨川云谷", "Platform"), ("墨川云谷", "Project")),
    ("青禾电驱总成扩产项目\t星澜电机白露工厂\t墨川装备园\t7亿元\n", ("星澜电机白露工厂", "Enterprise"),
     ("星澜电机白露工厂", "Project")),
])
def test_site_and_owner_cells_name_parks_and_firms(recogniser, row, want, not_want):
    found = _cells(recogniser, "重点项目表\n项目名称\t建设单位\t建设地点\t总投资\n" + row)
    assert want in found and not_want not in found


def test_a_name_cell_keeps_its_project(recogniser):
    # (near miss: a project's cell ending in 谷 is a project still: only a site cell names a park)
    found = _cells(recogniser, "重点项目表\n项目名称\t建设单位\t建设地点\t总投资\n墨川云谷\t星澜科技有限公司\t青禾镇\t20亿元\n")
    assert ("墨川云谷", "Project") in found


def test_a_bare_head_names_no_firm(recogniser):
    # (near miss: a firm's head alone in the name cell, a blank in words)
    assert ("有限公司", "Enterprise") not in _cells(recogniser, "序号｜企业名称｜所在地区｜所在园区（乡镇）\n7｜有限公司｜银州区｜青禾工业园\n")


def test_a_long_cell_is_no_track(recogniser):
    # (near miss: a cell too long to be a track's name describes the firm)
    cell = "主要从事精细化工产品的研发生产与销售"
    found = _cells(recogniser, FIRMS_HEAD + f"4　云溪精细化工有限公司　墨川产业园　{cell}\n")
    assert (cell, "IndustryTrack") not in found and ("墨川产业园", "Platform") in found


@pytest.mark.parametrize("row, want", [
    # a table whose cells bars part: the name cell under 项目名称 names its project whole, Latin words
    # and all, however its words end
    ("2｜星澜背接触电芯封装技术攻关｜青禾新能源有限公司｜云溪镇\n", ("星澜背接触电芯封装技术攻关", "Project")),
    ("3｜Micro LED墨川巨量转移装备研发｜白露光电有限公司｜墨川街道\n", ("Micro LED墨川巨量转移装备研发", "Project")),
])
def test_a_bar_table_cell_names_its_project_whole(recogniser, row, want):
    text = "2026年人才项目\n序号｜项目名称｜申报单位｜所在地\n1｜白露硅片切割工艺项目｜星澜光电有限公司｜青禾镇\n" + row
    assert want in _cells(recogniser, text)


def test_a_space_in_a_cell_only_between_latin_words(recogniser):
    # (near miss: a space between two Chinese words parts the cell's text, no name of one run)
    text = "2026年人才项目\n序号｜项目名称｜申报单位｜所在地\n3｜星澜 墨川巨量转移装备研发｜白露光电有限公司｜墨川街道\n"
    assert ("星澜 墨川巨量转移装备研发", "Project") not in _cells(recogniser, text)


BAR_ROWS = "A类企业（列前3家）\n1．星澜精工有限公司｜青禾产业园｜新型储能（墨能部件）｜亩均税收8万元\n"


@pytest.mark.parametrize("rows, want", [
    # numbered rows parted by bars, no header: a name cell no mention covers names the class the
    # column's other cells name; a track column's cell its tracks, whole, the bracketed one too
    ("2．墨川（云溪）中心｜白露片区｜云溪材料｜亩均税收6万元\n3．白露电缆有限公司｜青禾产业园｜新型储能｜亩均税收5万元\n",
     {("墨川（云溪）中心", "Enterprise"), ("白露片区", "Place"), ("云溪材料", "IndustryTrack")}),
    # (near miss: a run of one row tells nothing of its columns)
    ("三、结果分析\n2．墨川（云溪）中心｜白露片区｜云溪材料｜亩均税收6万元\n", set()),
])
def test_numbered_bar_rows_name_their_cells(recogniser, rows, want):
    doc = to_document(RawDocument("t.txt", "t.txt", BAR_ROWS + rows, "utf-8"))
    row = next(s.index for s in doc.sentences if s.text.startswith("2．"))
    found = {(m.name, m.cls) for m in recogniser.document_mentions(doc) if m.sentence == row and m.role != "owner"}
    assert {x for x in want} <= found and (want or not {x for x in found if x[0] in ("墨川（云溪）中心", "云溪材料")})


OWNERS_HEAD = "后备企业名单\n序号｜企业名称｜所在县（区）/园区｜所属赛道｜控股股东或主要股东\n"


@pytest.mark.parametrize("cell, want, not_want", [
    # an owner cell naming the firm that holds the row's firm, a word of holding after it
    ("墨川控股集团有限公司", ("墨川控股集团有限公司", "Enterprise"), None),
    ("墨川林业集团有限公司参股", ("墨川林业集团有限公司", "Enterprise"), None),
    # (near misses: a cell that says who holds the firm and names no firm, though it ends on 控股)
    ("自然人控股", None, ("自然人控股", "Enterprise")),
    ("个人独资", None, ("个人独资", "Enterprise")),
    # a firm named by its brand alone, no head: a firm still in an owner's column
    ("墨川锗业", ("墨川锗业", "Enterprise"), None),
    ("青禾水泥", ("青禾水泥", "Enterprise"), None),
    # (near misses: none, or who in general: 无（民营）, 待定, 民营企业; a place)
    ("无（民营）", None, ("无（民营）", "Enterprise")),
    ("待定", None, ("待定", "Enterprise")),
    ("民营企业", None, ("民营企业", "Enterprise")),
    ("云溪区", ("云溪区", "Place"), ("云溪区", "Enterprise")),
    # (near miss: a firm found in the words, a word of holding after it: the firm, not the words)
    ("墨川集团参股", ("墨川集团", "Enterprise"), ("墨川集团参股", "Enterprise")),
])
def test_an_owner_cell_names_a_firm_or_none(recogniser, cell, want, not_want):
    found = _cells(recogniser, OWNERS_HEAD + f"1｜星澜石墨有限公司｜云溪区｜石墨烯｜{cell}\n")
    assert (want is None or want in found) and not_want not in found, found


@pytest.mark.parametrize("cell, want, not_want", [
    # a site cell gluing a zone's name to its park's, the zone found: the park of its own
    ("云溪经济开发区机械制造园", ("机械制造园", "Platform"), ("云溪经济开发区机械制造园", "Platform")),
    ("墨川高新技术产业开发区青禾智造园", ("青禾智造园", "Platform"), ("墨川高新技术产业开发区青禾智造园", "Platform")),
    # (near misses: a zone alone; a park named by its region, no zone before it)
    ("云溪经济开发区", ("云溪经济开发区", "Platform"), None),
    ("宁夏精细化工基地", ("宁夏精细化工基地", "Platform"), ("精细化工基地", "Platform")),
])
def test_a_site_cell_of_a_zone_and_its_park(recogniser, cell, want, not_want):
    found = _cells(recogniser, OWNERS_HEAD + f"1｜星澜石墨有限公司｜{cell}｜石墨烯｜自然人控股\n")
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("cell, want, not_want", [
    # a site cell gluing a zone's name to its part's names the part whole, a park (as the guidelines'
    # parks are named: 青禾高新区白石片区), not the part alone nor a cut inside the zone's head
    ("墨川工贸园区金鸡片区", ("墨川工贸园区金鸡片区", "Platform"), ("金鸡片区", "Place")),
    ("墨川工业园区白石片区", ("墨川工业园区白石片区", "Platform"), ("区白石片区", "Place")),
    ("青禾边境经济合作区云溪片区", ("青禾边境经济合作区云溪片区", "Platform"), ("青禾边境经济合作区云溪片区", "Place")),
    # (near misses: the zone's head alone before the part, no name of its own; a part alone)
    ("园区白露片区", ("白露片区", "Place"), ("园区", "Platform")),
    ("白露片区", ("白露片区", "Place"), ("白露片区", "Platform")),
])
def test_a_site_cell_of_a_zone_and_its_part(recogniser, cell, want, not_want):
    found = _cells(recogniser, "序号｜项目名称｜建设单位｜项目所在地\n1｜星澜轴承项目｜星澜精工有限公司｜" + cell + "\n")
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("cell, want", [
    # a project's cell listing what it makes before its head is one project
    ("星芽、青苗精深加工项目", ("星芽、青苗精深加工项目", "Project")),
    # (near miss: two projects a cell lists, each with its head)
    ("星澜轴承项目、墨川电机项目", None),
])
def test_a_project_cell_listing_its_products(recogniser, cell, want):
    found = _cells(recogniser, "序号｜被投企业｜投资金额｜投资项目｜项目所在地\n1｜星澜精工有限公司｜0.6亿元｜" + cell + "｜青禾镇\n")
    if want:
        assert want in found, found
    else:
        assert (cell, "Project") not in found, found


@pytest.mark.parametrize("cell, want", [
    # a firm's project column names a project however its words end, as a project's name column does
    ("墨川石墨负极材料扩产", ("墨川石墨负极材料扩产", "Project")),
    # (near miss: a number)
    ("2026", None),
])
def test_a_firm_project_cell_names_a_project(recogniser, cell, want):
    found = _cells(recogniser, "序号｜企业名称｜所属赛道｜拟募投项目\n1｜星澜石墨有限公司｜石墨新材料｜" + cell + "\n")
    if want:
        assert want in found, found
    else:
        assert not {x for x in found if x[1] == "Project"}, found


@pytest.mark.parametrize("head, cell, want", [
    # an owner cell under a label only a firm fills names a firm whole though no firm's head ends
    # it: the brand the parent trades under ([table] firm_owner_labels)
    ("控股股东（母公司）", "白露堂", {("白露堂", "Enterprise")}),
    ("控股股东或主要股东", "青禾咖啡", {("青禾咖啡", "Enterprise")}),
    ("所属集团", "墨川云品", {("墨川云品", "Enterprise")}),
    # (near misses: no firm holds it; a blank in words; two characters under a label any builder
    # fills, 建设单位, where only [table] owner_brand's three or more name a brand)
    ("控股股东（母公司）", "自然人控股", set()),
    ("控股股东或主要股东", "墨川集团参股", {("墨川集团", "Enterprise")}),
    ("控股股东（母公司）", "无（民营）", set()),
    ("建设单位", "白露", set()),
])
def test_a_firm_owner_cell_names_a_brand(recogniser, head, cell, want):
    found = _cells(recogniser, f"重点企业一览\n序号｜企业名称｜所在县（区）｜{head}\n1｜云溪星澜食品有限公司｜云溪县｜{cell}\n")
    assert {x for x in found if x[0] not in ("云溪星澜食品有限公司", "云溪县")} == want


@pytest.mark.parametrize("head, row, want", [
    # a base's name column: a cell ending on a base's head names it whole; a zone's short name, whole
    ("基地名称｜所在乡镇｜经营主体\n", "白露镇当归标准化种植基地｜白露镇｜星澜药业有限公司\n",
     ("白露镇当归标准化种植基地", "Project")),
    ("片区｜运营主体｜计划投资\n", "云溪核心区｜星澜文旅有限公司｜2亿元\n", ("云溪核心区", "Platform")),
    ("片区｜运营主体｜计划投资\n", "青禾河谷带｜星澜文旅有限公司｜2亿元\n", ("青禾河谷带", "Platform")),
])
def test_a_base_or_zone_cell_names_it_whole(recogniser, head, row, want):
    assert want in _cells(recogniser, "民宿集群方案\n" + head + row)


def test_a_place_cell_under_a_zone_column_is_no_zone(recogniser):
    # (near miss: a county's name under the zone's column stays a place)
    found = _cells(recogniser, "民宿集群方案\n片区｜运营主体｜计划投资\n云溪县｜星澜文旅有限公司｜2亿元\n")
    assert ("云溪县", "Platform") not in found


def test_a_village_collective_owns_nothing(recogniser):
    # (near miss: an investor's cell listing a firm and a village's collective in general: the firm alone)
    found = _cells(recogniser, "民宿集群方案\n片区｜运营主体｜主要投资方\n云溪核心区｜星澜文旅有限公司｜村集体合作社、白露城投有限公司\n")
    assert ("白露城投有限公司", "Enterprise") in found and not any(n == "村集体合作社" for n, _ in found)


STATIONS_HEAD = "墨溪县电站清理名单\n序号｜电站名称｜业主单位｜所在河流｜所在乡镇｜装机容量（千瓦）\n"


@pytest.mark.parametrize("row, want, not_want", [
    # a river's cell names its river whole, a place; a branch's, the larger water and the branch
    ("1｜青岩一级电站｜墨溪县青岩水电开发有限公司｜青岩河｜青岩镇｜3200\n", ("青岩河", "Place"), None),
    ("2｜白石电站｜墨溪县白石电力有限公司｜澜溪江支流白石沟｜白石乡｜1600\n", ("白石沟", "Place"),
     ("澜溪江支流白石沟", "Place")),
    # an owner's cell glossed in brackets names the firm before the gloss, a station named as a works
    ("3｜岭口电站｜墨溪县岭口水电站（个人独资）｜岭口河｜岭口乡｜800\n", ("墨溪县岭口水电站", "Enterprise"),
     ("墨溪县岭口水电站", "Project")),
    # (near misses: a blank cell, a cell of no water's word)
    ("4｜青岩二级电站｜墨溪县青岩水电开发有限公司｜—｜青岩镇｜2400\n", ("青岩二级电站", "Project"), ("—", "Place")),
    ("5｜青岩三级电站｜墨溪县青岩水电开发有限公司｜三号渠首闸｜青岩镇｜2400\n", ("青岩三级电站", "Project"),
     ("三号渠首闸", "Place")),
])
def test_a_station_table_names_its_rivers_and_owners(recogniser, row, want, not_want):
    found = _cells(recogniser, STATIONS_HEAD + row)
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("row, want, not_want", [
    # a maker's cell under a product check's list, a works' word ending it: the firm
    ("1｜松木拼板｜墨溪县青松木制品厂｜青岩镇｜合格\n", ("墨溪县青松木制品厂", "Enterprise"), None),
    # (near miss: the works' word and too little of a name)
    ("2｜松木拼板｜木制品厂｜青岩镇｜合格\n", None, ("木制品厂", "Enterprise")),
])
def test_a_maker_cell_names_its_works(recogniser, row, want, not_want):
    found = _cells(recogniser, "序号｜产品名称｜生产企业｜企业所在地｜抽查结果\n" + row)
    assert (want is None or want in found) and not_want not in found, found


@pytest.mark.parametrize("cell, want, not_want", [
    # a site cell closing on a door's number: the park or street before it
    ("青禾食品产业园A区12号", ("青禾食品产业园", "Platform"), ("青禾食品产业园A区", "Platform")),
    ("墨溪县澜湾路88号", ("澜湾路", "Place"), None),
    # (near miss: a park named by a number, no door's after it)
    ("青禾第二工业园", ("青禾第二工业园", "Platform"), None),
])
def test_a_site_cell_closing_on_a_door_number(recogniser, cell, want, not_want):
    found = _cells(recogniser, "序号｜企业名称｜生产地址｜备案产品\n1｜墨溪星澜食品有限公司｜" + cell + "｜冻鱼片\n")
    assert want in found and not_want not in found, found
