"""kg/relate/entries.py: a directory's entries, whose lines have no subject of their own (the
@entry patterns, an entry's place field, the section's track), on given mentions
(tests/relate_helpers.py). Invented directories."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, L, PL, I, P, T = "Enterprise", "Place", "Platform", "Institution", "Project", "IndustryTrack"
THINGS = {"星澜精密机械有限公司": E, "青禾控股集团有限公司": E, "墨川新材料有限公司": E, "云溪科技集团": E,
          "墨川产业园": PL, "白沙产业园": PL, "星澜导热材料项目": P, "云溪路": L, "白沙镇": L, "青禾经开区": PL,
          "青禾材料研究院": I, "云州大学": I, "青禾经开区管委会": I, "青禾孵化中心": PL,
          "青禾经开区墨川科技园": PL, "青禾智能制造产业园": PL, "云溪高新区": PL,
          "青禾能源发展有限公司": E, "云溪城市投资集团有限公司": E, "云溪市国有资产监督管理委员会": I, "白露投资有限公司": E,
          "精密机械": T, "电子材料": T, "新能源材料": T, "光伏组件": T, "储能系统": T, "新材料": T}
TITLE = "青禾经开区重点企业名录"


def facts(text: str, title: str = TITLE, rules: tuple[str, ...] = ()) -> set[tuple[str, str, str, str]]:
    r = relate_on(THINGS, (title, title + "\n" + text), aliases={"经开区": "青禾经开区"})
    return {f for f in r.facts() if not rules or f[3] in rules}


ENTRY = ("located-entry-site", "located-entry-field", "located-entry-home", "owner-entry-unit",
         "owner-entry-holder", "owner-entry-shareholder", "owner-entry-builder", "owner-entry-belongs",
         "owner-entry-parent-field", "owner-entry-project-field", "owner-entry-shares", "owner-entry-controller", "entry-track-kind", "entry-track-serves", "entry-section-track",
         "entry-project-is-of-track")


@pytest.mark.parametrize("text,want", [
    # a heading line holding only the firm's name: its lines speak of it
    ("星澜精密机械有限公司\n青禾控股集团有限公司全资子公司，主营数控机床主轴。\n厂区坐落于墨川产业园，员工约800人。",
     {("星澜精密机械有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-unit"),
      ("星澜精密机械有限公司", "locatedIn", "墨川产业园", "located-entry-site")}),
    # a directory line setting the name off by a wide space, the entry's kind after it
    ("星澜精密机械有限公司\u3000青禾控股集团有限公司全资子公司，主营数控机床主轴。",
     {("星澜精密机械有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-unit")}),
    # (near miss: the space sets off what the firm supplies to the group's units)
    ("星澜精密机械有限公司\u3000为青禾控股集团有限公司下属企业提供主轴。", set()),
    # 由Z控股 / 控股股东为Z
    ("星澜精密机械有限公司\n由青禾控股集团有限公司控股，年产值约9亿元。",
     {("星澜精密机械有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-holder")}),
    ("墨川新材料有限公司\n专业从事导热填料研发。\n控股股东为云溪科技集团。",
     {("墨川新材料有限公司", "ownedBy", "云溪科技集团", "owner-entry-shareholder")}),
    # a field line naming the entry's parent (上级集团：Z, 母公司：Z); its place field beside it
    ("21. 星澜精密机械有限公司\n地址：墨川产业园云溪路8号\n上级集团：青禾控股集团有限公司",
     {("星澜精密机械有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-parent-field"),
      ("星澜精密机械有限公司", "locatedIn", "墨川产业园", "located-entry-field"),
      ("星澜精密机械有限公司", "locatedIn", "云溪路", "located-entry-field")}),
    ("墨川新材料有限公司\n主营产品：导热填料\n母公司：云溪科技集团（控股60%）",
     {("墨川新材料有限公司", "ownedBy", "云溪科技集团", "owner-entry-parent-field")}),
    # (near misses: no parent, 上级集团：无; the parent field says what the parent makes, not who)
    ("墨川新材料有限公司\n主营产品：导热填料\n上级集团：无", set()),
    ("墨川新材料有限公司\n主营产品：导热填料\n上级集团：无，云溪科技集团参股", set()),
    # an announcement's card on a partner (1．名称：X): 股权结构：Z持股100%，实际控制人为W; A持股70%、B持股30%
    ("二、合作方基本情况\n1．名称：青禾能源发展有限公司\n2．注册资本：3,000万元\n"
     "3．股权结构：云溪城市投资集团有限公司持股100%，实际控制人为云溪市国有资产监督管理委员会。",
     {("青禾能源发展有限公司", "ownedBy", "云溪城市投资集团有限公司", "owner-entry-shares"),
      ("青禾能源发展有限公司", "ownedBy", "云溪市国有资产监督管理委员会", "owner-entry-controller")}),
    ("1．公司名称：墨川新材料有限公司\n2．股权结构：云溪科技集团持股70%、白露投资有限公司持股30%。",
     {("墨川新材料有限公司", "ownedBy", "云溪科技集团", "owner-entry-shares"),
      ("墨川新材料有限公司", "ownedBy", "白露投资有限公司", "owner-entry-shares")}),
    # (near misses: what the entry holds, said with no holder before the share; a heading ends the card)
    ("1．公司名称：墨川新材料有限公司\n2．对外投资：持股白露投资有限公司30%。", set()),
    ("1．名称：墨川新材料有限公司\n2．注册资本：3,000万元\n三、其他合作方\n云溪科技集团持股20%，实际控制人为白露投资有限公司。",
     set()),
    # 投资项目：Z / 在建项目：Z (a field line of a firm's entry): the firm's project
    ("（一）墨川新材料有限公司\n投资金额：8000万元（股权投资）\n投资项目：星澜导热材料项目",
     {("星澜导热材料项目", "ownedBy", "墨川新材料有限公司", "owner-entry-project-field")}),
    ("星澜精密机械有限公司\n主营数控机床主轴。\n在建项目：星澜导热材料项目，总投资3亿元。",
     {("星澜导热材料项目", "ownedBy", "星澜精密机械有限公司", "owner-entry-project-field")}),
    # (near miss: a park's entry lists projects it hosts, not its own)
    ("白沙产业园\n规划面积5平方公里。\n重点项目：星澜导热材料项目。", set()),
    # Z投资建设的孵化器 (a platform's entry)
    ("青禾孵化中心\n青禾经开区管委会投资建设的众创空间，入驻团队20个。",
     {("青禾孵化中心", "ownedBy", "青禾经开区管委会", "owner-entry-builder")}),
    # the kind of firm the line says the entry is
    ("墨川新材料有限公司\n从事电池隔膜研发，属新能源材料细分领域。",
     {("墨川新材料有限公司", "inTrack", "新能源材料", "entry-track-kind")}),
    ("星澜精密机械有限公司\n光伏组件及储能系统企业，年产能5GW。",
     {("星澜精密机械有限公司", "inTrack", "光伏组件", "entry-track-kind"),
      ("星澜精密机械有限公司", "inTrack", "储能系统", "entry-track-kind")}),
    # an inline entry: the name and a colon open the line
    ("3.青禾材料研究院：由云州大学组建，设在白沙产业园，重点开展新材料研究。",
     {("青禾材料研究院", "locatedIn", "白沙产业园", "located-entry-site")}),
    # an entry's place field: the parks of the run and its last place; the home zone named first
    # (厂址 is an address's label too: the road is the address reader's, kg/relate/addresses.py)
    ("墨川新材料有限公司\n厂址：墨川产业园云溪路18号。",
     {("墨川新材料有限公司", "locatedIn", "墨川产业园", "located-entry-field")}),
    ("墨川新材料有限公司\n所在地：经开区白沙镇。",
     {("墨川新材料有限公司", "locatedIn", "白沙镇", "located-entry-field"),
      ("墨川新材料有限公司", "locatedIn", "青禾经开区", "located-entry-home")}),
    # ... or a park named after the home zone (青禾经开区墨川科技园): in the home too
    ("墨川新材料有限公司\n地址：青禾经开区墨川科技园云溪路18号",
     {("墨川新材料有限公司", "locatedIn", "青禾经开区墨川科技园", "located-entry-field"),
      ("墨川新材料有限公司", "locatedIn", "青禾经开区", "located-entry-home")}),
    # a zone, not the home, and its park: the park alone, the nearer (not the zone it is a part of)
    ("墨川新材料有限公司\n所在地：云溪高新区墨川产业园",
     {("墨川新材料有限公司", "locatedIn", "墨川产业园", "located-entry-field")}),
    # (near miss: a zone alone: the entry lies in it)
    ("墨川新材料有限公司\n所在地：云溪高新区",
     {("墨川新材料有限公司", "locatedIn", "云溪高新区", "located-entry-field")}),
    # (near miss: the home zone named first: in the home too)
    ("墨川新材料有限公司\n所在地：青禾经开区墨川产业园",
     {("墨川新材料有限公司", "locatedIn", "墨川产业园", "located-entry-field"),
      ("墨川新材料有限公司", "locatedIn", "青禾经开区", "located-entry-home")}),
    # (near miss: a park named after the city, not the zone: 青禾智能制造产业园 is no park of 青禾经开区 by its name)
    ("墨川新材料有限公司\n地址：青禾智能制造产业园云溪路18号",
     {("墨川新材料有限公司", "locatedIn", "青禾智能制造产业园", "located-entry-field")}),
    # a recruitment notice's entry: where its jobs are (工作地点：) is where the firm lies
    ("2.墨川新材料有限公司\n单位简介：民营企业，主营导热填料。\n工作地点：白沙产业园。",
     {("墨川新材料有限公司", "locatedIn", "白沙产业园", "located-entry-field")}),
    # a time before the verb; its plant built in a phase of the park; 内 after the park
    ("星澜精密机械有限公司\n主营数控机床主轴。2025年入驻墨川产业园。",
     {("星澜精密机械有限公司", "locatedIn", "墨川产业园", "located-entry-site")}),
    ("星澜精密机械有限公司\n主营数控机床主轴。公司厂房建在墨川产业园二期。",
     {("星澜精密机械有限公司", "locatedIn", "墨川产业园", "located-entry-site")}),
    ("星澜精密机械有限公司\n主营数控机床主轴。公司坐落于墨川产业园内。",
     {("星澜精密机械有限公司", "locatedIn", "墨川产业园", "located-entry-site")}),
    # (near miss: where a job candidate applies is no field of the firm's place)
    ("墨川新材料有限公司\n主营导热填料。\n报名地点：白沙产业园。", set()),
    # (near miss: a park's phase the firm builds is no place it lies in: 建设墨川产业园二期)
    ("星澜精密机械有限公司\n主营数控机床主轴。公司投资建设墨川产业园二期。", set()),
    # a card's field line speaks of the card's project (●X / 建设内容：…，属T产业链补链项目)
    ("●星澜导热材料项目\n建设单位：墨川新材料有限公司\n建设内容：新建导热填料生产线，属电子材料产业链补链项目。",
     {("星澜导热材料项目", "inTrack", "电子材料", "entry-track-kind")}),
    # ... a copula that places the card's project in a track (项目简介：项目是全市T重点项目 / …，是T产业的龙头项目)
    ("点位二：星澜导热材料项目\n建设单位：墨川新材料有限公司\n项目简介：项目是全市电子材料重点项目，年产导热填料2万吨。",
     {("星澜导热材料项目", "inTrack", "电子材料", "entry-project-is-of-track")}),
    ("●星澜导热材料项目\n建设单位：墨川新材料有限公司\n项目简介：项目位于白沙镇，是全省新能源材料产业的龙头项目。",
     {("星澜导热材料项目", "inTrack", "新能源材料", "entry-project-is-of-track")}),
    # (near miss: the copula ends on a firm: the firm's clause, not the project's)
    ("●星澜导热材料项目\n建设单位：墨川新材料有限公司\n项目简介：墨川新材料有限公司成立于2019年，是全市电子材料产业链的链主企业。", set()),
    # (near miss: no card heading above the line)
    ("青禾经开区今年新开工项目12个。\n项目是全市电子材料重点项目。", set()),
    # a firm's name and a space open its line (星澜精密机械有限公司　民营企业，…)
    ("星澜精密机械有限公司　民营企业，属于精密机械产业，年产值4.2亿元。",
     {("星澜精密机械有限公司", "inTrack", "精密机械", "entry-track-serves")}),
    # (near miss: a line opening on a thing of its own speaks of that thing)
    ("星澜精密机械有限公司\n青禾控股集团有限公司总部位于墨川产业园。", set()),
    # (near miss: a heading line ends the entry)
    ("星澜精密机械有限公司\n二、配套服务\n厂区坐落于墨川产业园。", set()),
    # (near miss: no entry heading, running text before the line)
    ("青禾经开区今年新增规上企业12家。\n厂区坐落于墨川产业园。", set()),
    # (near miss: the line holds more than the name: no entry)
    ("星澜精密机械有限公司年产值增长12%\n由青禾控股集团有限公司控股。", set()),
])
def test_an_entrys_lines_speak_of_it(text, want):
    assert facts(text, rules=ENTRY) == want


def test_a_section_heading_names_the_track_of_its_entries_not_of_their_lines():
    got = facts("一、新材料\n墨川新材料有限公司\n产品供应星澜精密机械有限公司。\n二、配套服务\n青禾孵化中心\n在孵企业46家。")
    assert ("墨川新材料有限公司", "inTrack", "新材料", "entry-section-track") in got
    assert not {f for f in got if f[0] == "星澜精密机械有限公司" and f[1] == "inTrack"}
    assert not {f for f in got if f[0] == "青禾孵化中心" and f[1] == "inTrack"}


@pytest.mark.parametrize("text, want", [
    # an appendix's heading ends the section: an entry under it is in no track of the section above
    ("一、新材料\n墨川新材料有限公司\n所在地：白沙产业园\n附：服务机构\n青禾材料研究院：提供检测认证服务。",
     {("墨川新材料有限公司", "inTrack", "新材料", "entry-section-track")}),
    ("一、新材料\n墨川新材料有限公司\n附件：配套服务机构名单\n青禾材料研究院\n提供检测认证服务。",
     {("墨川新材料有限公司", "inTrack", "新材料", "entry-section-track")}),
    # (near miss: an entry under the section's own heading, no appendix between)
    ("一、新材料\n墨川新材料有限公司\n所在地：白沙产业园\n青禾材料研究院：提供检测认证服务。",
     {("墨川新材料有限公司", "inTrack", "新材料", "entry-section-track"),
      ("青禾材料研究院", "inTrack", "新材料", "entry-section-track")}),
])
def test_an_appendix_ends_the_section(text, want):
    assert facts(text, rules=("entry-section-track",)) == want


CARDS = {"星澜储能电池项目": P, "青禾光伏组件项目": P, "墨川导热材料项目": P, "白沙镇": L,
         "新能源": T, "新材料": T, "光伏组件": T}


@pytest.mark.parametrize("text,want", [
    # a category heading (一、T类) gives its track to every card under it, each headed a level
    # below (（一）X项目), up to the next heading of its own level
    ("一、新能源类\n（一）星澜储能电池项目\n1.项目概况：建设储能电池生产线。\n2.建设地点：白沙镇\n"
     "（二）青禾光伏组件项目\n1.项目概况：建设组件生产线。\n二、新材料类\n（三）墨川导热材料项目\n1.项目概况：建设导热填料生产线。",
     {("星澜储能电池项目", "新能源"), ("青禾光伏组件项目", "新能源"), ("墨川导热材料项目", "新材料")}),
    # (near miss: a card headed at the section's own level is the next section, not the last one's item)
    ("（一）新能源类\n（二）青禾光伏组件项目\n1.项目概况：建设组件生产线。", set()),
])
def test_a_category_heading_names_the_track_of_the_cards_under_it(text, want):
    r = relate_on(CARDS, ("星澜市重点招商项目", "星澜市重点招商项目\n" + text))
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[2] in ("新能源", "新材料")}
    assert got == want


FIRMS = {"星澜精密机械有限公司": E, "墨川新材料有限公司": E, "年产5万台星澜轴承项目": P, "墨川导热材料项目": P,
         "白沙镇": L, "云溪区": L, "青禾孵化中心": PL, "墨川产业园": PL, "精密机械": T, "新材料": T}
PARK = "墨川产业园拟入驻企业公示"


@pytest.mark.parametrize("text,want", [
    # a park's notice of the firms it admits, a card each: the firm lies where it is registered
    # (注册地：), owns the project it brings in (入驻项目：), which is in the card's track; both lie
    # in the premises it rents (用地/厂房：租用Y…)
    ("1. 星澜精密机械有限公司\n注册地：云溪区\n所属产业：精密机械\n入驻项目：年产5万台星澜轴承项目，总投资2亿元\n"
     "用地/厂房：租用青禾孵化中心3号楼",
     {("星澜精密机械有限公司", "locatedIn", "云溪区", "located-entry-field"),
      ("星澜精密机械有限公司", "inTrack", "精密机械", "track-field"),
      ("年产5万台星澜轴承项目", "ownedBy", "星澜精密机械有限公司", "owner-entry-project-field"),
      ("年产5万台星澜轴承项目", "inTrack", "精密机械", "entry-project-track"),
      ("星澜精密机械有限公司", "locatedIn", "青禾孵化中心", "located-entry-premises"),
      ("年产5万台星澜轴承项目", "locatedIn", "青禾孵化中心", "located-entry-premises")}),
    # ... the track field after the project's; the next card's track is its own
    ("1. 星澜精密机械有限公司\n入驻项目：年产5万台星澜轴承项目\n所属产业：精密机械\n"
     "2. 墨川新材料有限公司\n入驻项目：墨川导热材料项目\n所属产业：新材料",
     {("星澜精密机械有限公司", "inTrack", "精密机械", "track-field"),
      ("年产5万台星澜轴承项目", "ownedBy", "星澜精密机械有限公司", "owner-entry-project-field"),
      ("年产5万台星澜轴承项目", "inTrack", "精密机械", "entry-project-track"),
      ("墨川新材料有限公司", "inTrack", "新材料", "track-field"),
      ("墨川导热材料项目", "ownedBy", "墨川新材料有限公司", "owner-entry-project-field"),
      ("墨川导热材料项目", "inTrack", "新材料", "entry-project-track")}),
    # (near miss: a section's heading over the card gives its track to the firm, not to its project)
    ("一、精密机械\n1. 星澜精密机械有限公司\n入驻项目：年产5万台星澜轴承项目",
     {("年产5万台星澜轴承项目", "ownedBy", "星澜精密机械有限公司", "owner-entry-project-field")}),
    # (near misses: premises named after other words; a project named in running text, no field)
    ("1. 星澜精密机械有限公司\n所属产业：精密机械\n用地/厂房：面积8000平方米，位于青禾孵化中心",
     {("星澜精密机械有限公司", "inTrack", "精密机械", "track-field")}),
    ("1. 星澜精密机械有限公司\n所属产业：精密机械\n公司拟在园区实施年产5万台星澜轴承项目。",
     {("星澜精密机械有限公司", "inTrack", "精密机械", "track-field")}),
])
def test_a_firms_card_in_a_parks_notice(text, want):
    r = relate_on(FIRMS, (PARK, PARK + "\n\n" + text))
    rules = {"located-entry-field", "track-field", "owner-entry-project-field", "entry-project-track",
             "located-entry-premises"}
    assert {f for f in r.facts() if f[3] in rules} == want


# A numbered item whose firm is followed by its fields in a bracket, each segment parted by ；(a sentence of
# its own), then what it achieved: the firm lies in each place of its place field, is its parent's (not
# when 无) and in its track; the body's clauses that build a thing with no subject of their own are its.
BRACKETED = {"星澜精工有限公司": E, "青禾控股集团有限公司": E, "墨川新材料有限公司": E, "云溪区": L, "白沙镇": L,
             "墨川产业园": PL, "精密机械": T, "新材料": T, "星澜数控机床智能产线项目": P, "墨川导热材料项目": P,
             "云州大学": I, "白露人民医院": I, "白露医学中心": P}
BRACKET_RULES = {"located-entry-field", "owner-entry-parent-field", "track-field", "owner-entry-builds"}


@pytest.mark.parametrize("text,want", [
    ("1．星澜精工有限公司（简称星澜精工；所在地：云溪区白沙镇、墨川产业园；上级单位：青禾控股集团有限公司；"
     "所属行业：精密机械）。主要成就：建立质量追溯体系；建成星澜数控机床智能产线项目，良品率提升。",
     {("星澜精工有限公司", "locatedIn", "白沙镇", "located-entry-field"),
      ("星澜精工有限公司", "locatedIn", "墨川产业园", "located-entry-field"),
      ("星澜精工有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-parent-field"),
      ("星澜精工有限公司", "inTrack", "精密机械", "track-field"),
      ("星澜数控机床智能产线项目", "ownedBy", "星澜精工有限公司", "owner-entry-builds")}),
    # the first field right after the bracket opens; the parent field last, the bracket closing after it
    ("2．墨川新材料有限公司（所在地：墨川产业园；所属行业：新材料；上级单位：青禾控股集团有限公司）。",
     {("墨川新材料有限公司", "locatedIn", "墨川产业园", "located-entry-field"),
      ("墨川新材料有限公司", "inTrack", "新材料", "track-field"),
      ("墨川新材料有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-parent-field")}),
    # the parent's field first, right after the bracket opens
    ("2．墨川新材料有限公司（上级单位：青禾控股集团有限公司；所在地：墨川产业园）。",
     {("墨川新材料有限公司", "locatedIn", "墨川产业园", "located-entry-field"),
      ("墨川新材料有限公司", "ownedBy", "青禾控股集团有限公司", "owner-entry-parent-field")}),
    # (near miss: no parent, 上级单位：无)
    ("3．墨川新材料有限公司（所在地：白沙镇；上级单位：无；所属行业：新材料）。",
     {("墨川新材料有限公司", "locatedIn", "白沙镇", "located-entry-field"),
      ("墨川新材料有限公司", "inTrack", "新材料", "track-field")}),
    # an institution's item: what it builds is its own too
    ("4．白露人民医院（所在地：云溪区；所属领域：精密机械）。主要成就：建成白露医学中心，新增床位800张。",
     {("白露人民医院", "locatedIn", "云溪区", "located-entry-field"),
      ("白露人民医院", "inTrack", "精密机械", "track-field"),
      ("白露医学中心", "ownedBy", "白露人民医院", "owner-entry-builds")}),
    # a project's bracket names its site as a project card's field does (拟建地点：, 建设地点：)
    ("墨川导热材料项目（拟建地点：云溪区白沙镇墨川产业园），因手续未齐暂缓投资。",
     {("墨川导热材料项目", "locatedIn", "白沙镇", "located-entry-field"),
      ("墨川导热材料项目", "locatedIn", "墨川产业园", "located-entry-field")}),
    # (near miss: a firm's bracket naming where a project of it is built, not where the firm is)
    ("墨川新材料有限公司（建设地点：墨川产业园），今年扩产。", set()),
    # (near misses: a bracket of no fields, the firm's short form alone, is no entry's; a thing the firm
    # joins or serves, no verb of building before it; a work of the thing's, named after it)
    ("5．星澜精工有限公司（以下简称星澜精工）所在地为云溪区。", set()),
    ("1．星澜精工有限公司（所在地：墨川产业园）。主要成就：参与星澜数控机床智能产线项目验收。",
     {("星澜精工有限公司", "locatedIn", "墨川产业园", "located-entry-field")}),
    ("1．星澜精工有限公司（所在地：墨川产业园）。主要成就：建设星澜数控机床智能产线项目的配套道路。",
     {("星澜精工有限公司", "locatedIn", "墨川产业园", "located-entry-field")}),
    # (near miss: the next paragraph, not the item's, builds with a subject of its own... or none: not the firm's)
    ("1．星澜精工有限公司（所在地：墨川产业园）。\n全市建成墨川导热材料项目。",
     {("星澜精工有限公司", "locatedIn", "墨川产业园", "located-entry-field")}),
])
def test_an_items_fields_in_brackets_after_its_name(text, want):
    r = relate_on(BRACKETED, ("青禾市质量奖拟表彰对象公示", "青禾市质量奖拟表彰对象公示\n" + text))
    assert {f for f in r.facts() if f[3] in BRACKET_RULES} == want


# A brand's section whose firm is named by an applicant's field line (申报企业：X), its fields on the
# lines after: its group, its track, and the sites it lists with their places (经营网点：A店（Y）；B店（Z）)
BRAND = {"星澜食品有限公司": E, "青禾集团有限公司": E, "墨川酱园老店": P, "墨川白沙分店": P, "墨川酱菜工坊": P,
         "白沙镇": L, "云溪区": L, "白露街道": L, "墨川产业园": PL, "酱菜": T, "星澜酱菜项目": P}
BRAND_RULES = {"owner-entry-parent-field", "track-field", "owner-entry-site-line"}


@pytest.mark.parametrize("text,want", [
    ("（一）墨川\n申报企业：星澜食品有限公司\n所属集团：青禾集团有限公司\n所属领域：酱菜\n"
     "经营网点：墨川酱园老店（云溪区白露街道）；墨川白沙分店（白沙镇）\n传承工坊及项目：墨川酱菜工坊（墨川产业园）\n"
     "品牌简介：始创于清代。",
     {("星澜食品有限公司", "ownedBy", "青禾集团有限公司", "owner-entry-parent-field"),
      ("星澜食品有限公司", "inTrack", "酱菜", "track-field"),
      ("墨川酱园老店", "ownedBy", "星澜食品有限公司", "owner-entry-site-line"),
      ("墨川白沙分店", "ownedBy", "星澜食品有限公司", "owner-entry-site-line"),
      ("墨川酱菜工坊", "ownedBy", "星澜食品有限公司", "owner-entry-site-line")}),
    # (near misses: 所属集团：无; a project a field of another label names, one the firm visits)
    ("（二）墨川\n申报企业：星澜食品有限公司\n所属集团：无\n参观项目：墨川酱菜工坊（墨川产业园）",  set()),
    # (near miss: under a project card, 申报企业 names the project's owner, no entry: its track field is the project's)
    ("●星澜酱菜项目\n申报企业：星澜食品有限公司\n所属领域：酱菜", {("星澜酱菜项目", "inTrack", "酱菜", "track-field")}),
])
def test_an_applicants_brand_section(text, want):
    r = relate_on(BRAND, ("青禾市老字号拟认定名单公示", "青禾市老字号拟认定名单公示\n" + text))
    assert {f for f in r.facts() if f[3] in BRAND_RULES} == want
