"""kg/relate/ownfirm.py on given mentions (tests/relate_helpers.py): in a document a firm speaks
for itself (an announcement declaring 公司 its alias, an interview with its head), the firms it sets
up or calls its subsidiaries are its own. Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, I, L, PL = "Enterprise", "Project", "Institution", "Place", "Platform"
RULE = "owner-own-firm"
FIRM = "星澜储能科技股份有限公司"
SUB = "云溪星澜电池有限公司"


@pytest.mark.parametrize("things,text,want", [
    # an announcement: the firm declares 公司 its alias, then sets up a subsidiary
    ({FIRM: E, SUB: E, "云溪市": L},
     ("星澜储能科技股份有限公司关于对外投资设立全资子公司的公告",
      f"{FIRM}（以下简称“公司”）拟以自有资金在云溪市设立全资子公司{SUB}，建设储能电池项目。"),
     {(SUB, FIRM)}),
    # ... where 公司 alone acts in a later sentence
    ({FIRM: E, SUB: E, "云溪高新区管理委员会": I},
     ("关于对外投资的公告",
      f"{FIRM}（以下简称“公司”或“星澜储能”）主营储能电池。\n"
      f"公司于2025年3月与云溪高新区管理委员会签署协议，并以自有资金3亿元设立全资子公司{SUB}作为实施主体。"),
     {(SUB, FIRM)}),
    # an interview with the firm's head: 我们的子公司X, 我们成立了X
    ({"墨川镁业集团有限公司": E, "青禾墨川轻合金有限公司": E, "青禾墨川再生资源有限公司": E},
     ("“镁”好未来",
      "——访墨川镁业集团有限公司董事长王某\n第二个基地由我们的子公司青禾墨川轻合金有限公司运营。\n另外，我们成立了青禾墨川再生资源有限公司，专门回收废料。"),
     {("青禾墨川轻合金有限公司", "墨川镁业集团有限公司"), ("青禾墨川再生资源有限公司", "墨川镁业集团有限公司")}),
    # an annual report: its title names the firm; X为公司全资子公司, 公司于…新设全资子公司X
    ({FIRM: E, SUB: E, "云溪星澜材料有限公司": E},
     (f"{FIRM}2024年年度报告（摘要）",
      f"{FIRM}2024年年度报告（摘要）\n股票简称：星澜储能\n"
      f"（二）{SUB}为公司全资子公司，主营电芯封装。\n"
      "公司于今年二季度新设全资子公司云溪星澜材料有限公司，承接隔膜涂覆业务。"),
     {(SUB, FIRM), ("云溪星澜材料有限公司", FIRM)}),
    # ... X系公司与Y共同出资设立: the firm's and the partner's
    ({FIRM: E, SUB: E, "云溪城投集团有限公司": E},
     (f"{FIRM}2024年年度报告",
      f"{FIRM}2024年年度报告\n{SUB}系公司与云溪城投集团有限公司共同出资设立，注册资本2亿元。"),
     {(SUB, FIRM), (SUB, "云溪城投集团有限公司")}),
    # a prospectus: the firm alone on the opening line, its title on the next; 发行人 stands for it
    ({FIRM: E, SUB: E, "云溪星澜物流有限公司": E},
     (FIRM, f"{FIRM}\n2024年面向合格投资者公开发行绿色公司债券（第二期）募集说明书\n\n"
      f"{SUB}为发行人全资子公司，主营电芯封装。\n冷链仓储业务由发行人本部及子公司云溪星澜物流有限公司经营，去年新增冷库两座。"),
     {(SUB, FIRM), ("云溪星澜物流有限公司", FIRM)}),
    # ... an announcement the same way (关于…的公告): 由子公司X负责运营
    ({FIRM: E, SUB: E},
     (FIRM, f"{FIRM}\n关于对外投资的公告\n\n该项目由子公司{SUB}负责运营。"),
     {(SUB, FIRM)}),
    # ... a notice the firm puts out under its name (X / Y招租公告): 本公司 stands for it
    ({FIRM: E, "云溪城投集团有限公司": E, "白沙实业有限公司": E},
     (FIRM, f"{FIRM}\n星澜储能产业园二号仓库招租公告\n\n本公司注册资本5亿元，由云溪城投集团有限公司持股60%、白沙实业有限公司持股40%。"),
     {(FIRM, "云溪城投集团有限公司"), (FIRM, "白沙实业有限公司")}),
    # (near misses) a directory's heading firm over a line that is no title: no firm of its own
    ({FIRM: E, SUB: E},
     ("云溪区重点企业名录", f"云溪区重点企业名录\n{FIRM}\n由子公司{SUB}负责运营的储能电站已并网。"),
     set()),
    # ... a notice's title whose firm line is no firm alone
    ({FIRM: E, "云溪城投集团有限公司": E, "白沙实业有限公司": E},
     ("招租", f"{FIRM}等单位\n星澜储能产业园二号仓库招租公告\n\n本公司注册资本5亿元，由云溪城投集团有限公司持股60%、白沙实业有限公司持股40%。"),
     set()),
    # ... a firm named in the title line's own sentence with more words beside it on its line
    ({FIRM: E, SUB: E},
     ("公告", f"{FIRM}等企业名单\n关于表彰优秀企业的公告\n该项目由子公司{SUB}负责运营。"),
     set()),
    # (near misses) a report no firm's name opens: 公司 is no firm the text names
    ({SUB: E, "云溪城投集团有限公司": E},
     ("云溪市2024年国有企业年度报告",
      f"云溪市2024年国有企业年度报告\n{SUB}为公司全资子公司。"),
     set()),
    # ... a firm a report names as its customer is not its own
    ({FIRM: E, "白沙汽车集团有限公司": E},
     (f"{FIRM}2024年年度报告", f"{FIRM}2024年年度报告\n白沙汽车集团有限公司是公司前五大客户之一。"),
     set()),
    # (near misses) another firm before the act sets it up itself
    ({FIRM: E, SUB: E, "白沙集团": E},
     ("关于对外投资的公告",
      f"{FIRM}（以下简称“公司”）主营储能电池。\n白沙集团在云溪设立全资子公司{SUB}。"),
     set()),
    # ... a firm the interview's firm calls its supplier is not its own
    ({"墨川镁业集团有限公司": E, "青禾华兴镁业有限公司": E},
     ("“镁”好未来",
      "——访墨川镁业集团有限公司董事长王某\n青禾华兴镁业有限公司是我们的配套企业。"),
     set()),
    # a group's own page: it declares 集团 its alias; 由集团全资子公司X运营, and lines of its history or
    # clauses with no subject of their own (控股子公司X…, …，下属X…, 2019年在P设立X, 与Y合资组建X)
    ({"墨川铝业集团有限公司": E, "云溪墨川铝材有限公司": E, "云溪墨川新材料股份有限公司": E, "墨川海外矿业有限公司": E,
      "青禾墨川氧化铝有限公司": E, "白露电力有限公司": E, "星澜能源有限公司": E, "云溪总部基地": P, "云溪铝产业园": PL},
     ("关于我们",
      "墨川铝业集团有限公司\n墨川铝业集团有限公司（以下简称“墨川铝业”或“集团”）成立于2005年。\n"
      "2010年　与星澜能源有限公司合资组建白露电力有限公司，集团持股60%。\n"
      "2021年　控股子公司云溪墨川新材料股份有限公司登陆北交所。\n"
      "云溪总部基地：位于云溪铝产业园，由集团全资子公司云溪墨川铝材有限公司运营。\n"
      "青禾基地：地处青禾工业园区，下属青禾墨川氧化铝有限公司主要生产冶金级氧化铝。\n"
      "海外：2019年在印尼设立墨川海外矿业有限公司，保障原料供应。"),
     {("白露电力有限公司", "墨川铝业集团有限公司"),
      ("云溪墨川新材料股份有限公司", "墨川铝业集团有限公司"), ("云溪墨川铝材有限公司", "墨川铝业集团有限公司"),
      ("青禾墨川氧化铝有限公司", "墨川铝业集团有限公司"), ("墨川海外矿业有限公司", "墨川铝业集团有限公司")}),
    # (near misses) on such a page, a firm that acts itself before the firm it sets up; a partner named as a customer
    ({"墨川铝业集团有限公司": E, "星澜铝业股份有限公司": E, "白露电力有限公司": E, "青禾汽车有限公司": E},
     ("关于我们",
      "墨川铝业集团有限公司（以下简称“集团”）成立于2005年。\n"
      "2012年　星澜铝业股份有限公司在百色设立白露电力有限公司。\n"
      "2015年　与青禾汽车有限公司签订供货协议，成为其一级供应商。"),
     set()),
    # an acquisition's announcement: the target will become the firm's subsidiary once the deal closes
    ({FIRM: E, "墨川钒业有限公司": E},
     ("星澜储能科技股份有限公司关于购买资产的公告",
      f"{FIRM}（以下简称“星澜储能”或“公司”）拟购买墨川钒业有限公司股权。\n"
      "股权过户后，墨川钒业有限公司将成为公司的控股子公司。"),
     {("墨川钒业有限公司", FIRM)}),
    # (near miss) a subsidiary the clause runs through whose bracket names another holder: that holder's
    ({FIRM: E, SUB: E, "白露钒钛有限公司": E},
     ("星澜储能科技股份有限公司关于购买资产的公告",
      f"{FIRM}（以下简称“星澜储能”或“公司”）拟购买资产。\n"
      "东厂区由控股子公司云溪星澜电池有限公司（白露钒钛有限公司持股65%）经营。"),
     set()),
    # ... a document no firm speaks for (a district's report: 我们 is the district)
    ({"青禾墨川再生资源有限公司": E, "云溪区": L},
     ("云溪区2025年工作报告", "今年，我们成立了青禾墨川再生资源有限公司，专门回收废料。"),
     set()),
])
def test_what_the_documents_own_firm_sets_up_is_its_own(things, text, want):
    r = relate_on(things, text)
    # (集团全资子公司X: the pattern reading the group's own word, kg/relate/own_words.py, finds it first)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule in (RULE, "owner-of")}
    assert got == want


def test_a_reports_table_of_its_firms():
    """公司名称 公司类型 / X 子公司 / Y 参股公司: the rows' firms are the reporting firm's; a row
    whose kind cell is no such word (主要客户) is not."""
    things = {FIRM: E, SUB: E, "云溪星澜材料有限公司": E, "白沙汽车集团有限公司": E}
    text = (f"{FIRM}2024年年度报告",
            f"{FIRM}2024年年度报告\n\n公司名称　　公司类型　　持股比例　　主营产品\n"
            f"{SUB}　　子公司　　100%　　电芯\n云溪星澜材料有限公司　　参股公司　　30%　　隔膜\n"
            "白沙汽车集团有限公司　　主要客户　　—　　客车\n\n报告期内，公司经营稳定。")
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == "owner-own-firm-table"}
    assert got == {(SUB, FIRM), ("云溪星澜材料有限公司", FIRM)}


def test_a_prospectus_table_of_its_subsidiaries():
    """序号 子公司名称 注册地 持股比例 (a prospectus's table): every row's firm is the issuer's, the
    label of the name's column says so; under 企业名称 with no kind column, none is."""
    things = {FIRM: E, SUB: E, "云溪星澜材料有限公司": E, "白沙汽车集团有限公司": E, "云溪区": L}
    text = (FIRM, f"{FIRM}\n2025年公开发行公司债券募集说明书\n\n序号　子公司名称　注册地　持股比例\n"
            f"1　{SUB}　云溪区　100.00%\n2　云溪星澜材料有限公司　云溪区　51.00%\n\n报告期内，发行人经营稳定。\n\n"
            "序号　企业名称　注册地　持股比例\n1　白沙汽车集团有限公司　云溪区　5.00%")
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == "owner-own-firm-table"}
    assert got == {(SUB, FIRM), ("云溪星澜材料有限公司", FIRM)}


def test_a_table_a_line_calls_the_groups_subsidiaries():
    """本集团下属企业名单如下： right before a table's header (序号 公司名称 所在地 主要产品): every
    row's firm is the group's; a table after another line (主要客户如下：) is not."""
    group = "青禾白露食品集团有限公司"
    things = {group: E, "青禾白露米业有限公司": E, "青禾白露乳业有限公司": E, "云溪星澜超市有限公司": E,
              "云溪区": L, "墨川镇": L}
    text = ("2025年度社会责任报告",
            f"{group}（以下简称“集团”）成立于2009年。\n\n本集团下属企业名单如下：\n\n序号　公司名称　所在地　主要产品\n"
            "1　青禾白露米业有限公司　云溪区　稻米加工\n2　青禾白露乳业有限公司　墨川镇　低温鲜奶\n\n集团主要客户如下：\n\n"
            "序号　公司名称　所在地　主要产品\n1　云溪星澜超市有限公司　云溪区　连锁零售")
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == "owner-own-firm-table"}
    assert got == {("青禾白露米业有限公司", group), ("青禾白露乳业有限公司", group)}


def test_a_shareholders_table_holds_the_card_before_it():
    """1．公司名称：X / 股东名称 出资额 持股比例: each row's firm holds X; with no card before the table
    (a prospectus's own shareholders), the reporting firm; the total row names no one."""
    venture, partner = "云溪星澜材料有限公司", "青禾城投集团有限公司"
    things = {FIRM: E, venture: E, partner: E, "白沙国有资本运营有限公司": I}
    text = ("关于与青禾城投合资设立子公司的公告",
            f"{FIRM}（以下简称“公司”）拟对外投资。\n\n三、投资标的基本情况\n\n1．公司名称：{venture}\n2．注册资本：5,000万元\n"
            f"3．股权结构：\n\n股东名称｜出资方式｜出资额（万元）｜持股比例\n{FIRM}｜货币｜3,500｜70%\n{partner}｜货币｜1,500｜30%\n"
            "合计｜—｜5,000｜100%\n\n四、公司股东情况\n\n股东名称｜持股数量（万股）｜持股比例\n白沙国有资本运营有限公司｜12,000｜40%")
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == "owner-holder-table"}
    assert got == {(venture, FIRM), (venture, partner), (FIRM, "白沙国有资本运营有限公司")}


@pytest.mark.parametrize("things,text,want", [
    # the project an announcement's title says the firm invests in
    ({FIRM: E, "年产5万吨星澜隔膜项目": P},
     (FIRM, f"{FIRM}\n关于收购白沙公司股权并投资建设年产5万吨星澜隔膜项目的公告\n\n公司拟对外投资。"),
     {("年产5万吨星澜隔膜项目", FIRM)}),
    ({FIRM: E, "云溪储能基地": P},
     (FIRM, f"{FIRM}\n关于投资建设云溪储能基地的公告\n\n公司拟对外投资。"),
     {("云溪储能基地", FIRM)}),
    # (near misses) a project the title names as another's, or a line past the opening lines
    ({FIRM: E, "白露电厂扩建项目": P},
     (FIRM, f"{FIRM}\n关于签订白露电厂扩建项目供货合同的公告\n\n公司拟对外投资。"),
     set()),
    ({FIRM: E, "年产5万吨星澜隔膜项目": P},
     (FIRM, f"{FIRM}\n关于对外投资的公告\n\n一、概述\n二、说明\n三、其他\n关于投资建设年产5万吨星澜隔膜项目"),
     set()),
])
def test_the_project_an_announcements_title_invests_in(things, text, want):
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == RULE}
    assert got == want


@pytest.mark.parametrize("things,text,want", [
    # a prospectus: 发行人…其中Z持股85%，W持股15% / 发行人的实际控制人及控股股东均系Z: they hold the issuer
    ({FIRM: E, "云溪市国资委": I, "青禾省财政厅": I},
     (FIRM, f"{FIRM}\n2025年公开发行公司债券募集说明书\n\n截至2025年末，发行人注册资本12亿元，其中云溪市国资委持股85.00%，"
      "青禾省财政厅持股15.00%。发行人的实际控制人及控股股东均系云溪市国资委。"),
     {(FIRM, "云溪市国资委"), (FIRM, "青禾省财政厅")}),
    # (near misses) a share another firm holds in a unit (a sentence not opening on the issuer's word);
    # a document no firm speaks for
    ({FIRM: E, SUB: E, "白沙投资有限公司": E},
     (FIRM, f"{FIRM}\n2025年公开发行公司债券募集说明书\n\n注：{SUB}的另一股东为白沙投资有限公司，持股49.00%。"),
     set()),
    ({FIRM: E, "云溪市国资委": I},
     ("云溪市国有企业名录", f"云溪市国有企业名录\n{FIRM}\n公司控股股东为云溪市国资委。"),
     set()),
])
def test_the_holders_of_the_documents_own_firm(things, text, want):
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == RULE and s == FIRM}
    assert got == want
