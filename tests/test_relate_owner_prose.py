"""Owners a state firm's announcement or a project report states in prose (relations.toml
owner-of-clause, owner-built, owner-runs, owner-in-charge-clause, owner-clause-builds,
owner-acts-as-holder), on given mentions (tests/relate_helpers.py). Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I, P, PL, L = "Enterprise", "Institution", "Project", "Platform", "Place"


def owned(things: dict, text) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in relate_on(things, text).pairs("ownedBy")}


GROUP = {"青禾文旅发展集团有限公司": E, "青禾酒店管理有限公司": E, "青禾温泉度假有限公司": E, "青禾景区管理有限公司": E,
         "青禾文创产业园": PL}


@pytest.mark.parametrize("things,text,want", [
    # （三）X集团。下属A持有B股权；下属C负责运营D: each 下属 clause is of the heading's firm, not of a sibling
    (GROUP, "（二）青禾文旅发展集团有限公司（简称“青禾文旅”）。下属青禾酒店管理有限公司持有青禾温泉度假有限公司55%股权；"
            "下属青禾景区管理有限公司负责运营青禾文创产业园。",
     {("青禾酒店管理有限公司", "青禾文旅发展集团有限公司"), ("青禾温泉度假有限公司", "青禾酒店管理有限公司"),
      ("青禾景区管理有限公司", "青禾文旅发展集团有限公司"), ("青禾文创产业园", "青禾景区管理有限公司")}),
    # (near miss) no heading: the firm the clause chain opens on, as before
    ({"星澜控股有限公司": E, "星澜物流有限公司": E}, "星澜控股有限公司为市属国企，旗下星澜物流有限公司运营良好。",
     {("星澜物流有限公司", "星澜控股有限公司")}),
])
def test_a_unit_clause_under_a_firm_s_heading(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # Y承建的X: the builder
    ({"墨川交建有限公司": E, "S215省道墨川段拓宽工程": P}, "墨川交建有限公司承建的S215省道墨川段拓宽工程今年完工。",
     {("S215省道墨川段拓宽工程", "墨川交建有限公司")}),
    # (near miss) a firm that visits the works
    ({"墨川交建有限公司": E, "S215省道墨川段拓宽工程": P}, "墨川交建有限公司参观的S215省道墨川段拓宽工程今年完工。",
     set()),
    # X负责运营Y / X负责建设Y
    ({"墨川供应链有限公司": E, "白露公路港": P}, "下属墨川供应链有限公司负责运营白露公路港。",
     {("白露公路港", "墨川供应链有限公司")}),
    ({"墨川城发集团": E, "白露科创中心项目": P}, "墨川城发集团负责建设白露科创中心项目，打造综合载体。",
     {("白露科创中心项目", "墨川城发集团")}),
    # (near miss) a road of the park's, named after it
    ({"墨川城发集团": E, "白露科创中心项目": P}, "墨川城发集团负责建设白露科创中心项目的配套道路。", set()),
])
def test_a_firm_that_builds_or_runs_a_thing(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # 1. X，负责A、B的创业楼宇建设和招商运营，实施W项目: the item's firm runs the parks and owns the project
    ({"云溪产业园运营有限公司": E, "云溪电子产业园": PL, "云溪装备产业园": PL, "创业楼宇二期项目": P},
     "1. 云溪产业园运营有限公司，负责云溪电子产业园、云溪装备产业园的创业楼宇建设和招商运营，实施创业楼宇二期项目；",
     {("云溪电子产业园", "云溪产业园运营有限公司"), ("云溪装备产业园", "云溪产业园运营有限公司"),
      ("创业楼宇二期项目", "云溪产业园运营有限公司")}),
    # (near miss) building the park's roads is no running it
    ({"云溪产业园运营有限公司": E, "云溪电子产业园": PL},
     "1. 云溪产业园运营有限公司，负责云溪电子产业园的配套道路建设；", set()),
    # X为Y全资子公司，在P建成Z: the firm opening the chain builds it
    ({"云溪果业有限公司": E, "白露食品集团": E, "云溪镇": L, "云溪苹果冷库项目": P},
     "云溪果业有限公司为白露食品集团全资子公司，在云溪镇建成云溪苹果冷库项目，库容1万吨。",
     {("云溪果业有限公司", "白露食品集团"), ("云溪苹果冷库项目", "云溪果业有限公司")}),
    # X由Y控股，属T产业，在P建设Z: back over a clause saying what trade it is in
    ({"云溪文旅有限公司": E, "白露旅游集团": E, "云溪恐龙主题营地项目": P},
     "云溪文旅有限公司由白露旅游集团控股，属文旅康养产业，在地质公园周边建设云溪恐龙主题营地项目。",
     {("云溪文旅有限公司", "白露旅游集团"), ("云溪恐龙主题营地项目", "云溪文旅有限公司")}),
    # (near misses) the clause before states a holder's stake; another body named as the investor
    ({"青禾核桃食品有限公司": E, "星澜坚果": E, "白露工业集中区": PL, "白露核桃加工项目": P},
     "青禾核桃食品有限公司由星澜坚果控股，星澜坚果持股51%，在白露工业集中区建成白露核桃加工项目。",
     {("青禾核桃食品有限公司", "星澜坚果")}),
    ({"云溪储能有限公司": E, "云溪高新区": PL, "年产5GWh储能电池项目": P},
     "云溪储能有限公司拟出资设立全资子公司，并由该子公司作为投资主体，在云溪高新区投资建设年产5GWh储能电池项目。", set()),
    # (near miss) firms brought in, listed: which one builds is not said (the one firm brought in
    # builds: relations.toml owner-brought-in-builds)
    ({"云溪果业有限公司": E, "白露食品集团": E, "云溪镇": L, "云溪苹果冷库项目": P},
     "引进云溪果业有限公司、白露食品集团等企业，在云溪镇建成云溪苹果冷库项目，库容1万吨。", set()),
])
def test_a_clause_with_no_subject_of_its_own(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    ({"青禾城投有限公司": E, "青禾经开区管理委员会": I},
     "（一）组建青禾城投有限公司（以下简称“青禾城投”），由青禾经开区管理委员会履行出资人职责，注册资本20亿元。",
     {("青禾城投有限公司", "青禾经开区管理委员会")}),
    # (near miss) a body that oversees it
    ({"青禾城投有限公司": E, "青禾经开区管理委员会": I},
     "（一）组建青禾城投有限公司，由青禾经开区管理委员会负责监督考核。", set()),
])
def test_the_body_acting_as_a_state_firm_s_holder(things, text, want):
    assert owned(things, text) == want



@pytest.mark.parametrize("text,want", [
    # a track read as a firm in a list of trades (对A、B等主导产业企业…) owns no project its name opens
    ("星澜高新区聚焦富硒茶饮、新材料两个主导产业开展招商。\n我们对富硒茶饮、新材料等主导产业企业提供上门服务。\n"
     "富硒茶饮精深加工产业园项目年内投产。", set()),
    # (near miss) a firm no track is named like keeps what its name opens (owner-name)
    ("星澜高新区聚焦富硒茶饮、新材料两个主导产业开展招商。\n引进墨川星茶、青禾果业等龙头企业。\n"
     "墨川星茶精深加工产业园项目年内投产。", {("Project/墨川星茶精深加工产业园项目", "ownedBy", "Enterprise/墨川星茶")}),
])
def test_a_firm_named_as_a_track_owns_nothing_by_name(recogniser, text, want):
    from test_relate import build
    assert build(recogniser, text).triples("ownedBy") == want


SITES = {"星澜新能源科技股份有限公司": E, "白露基地": P, "云溪基地": P, "墨川基地": P, "青禾产业园": PL}
NOTICE = "关于投资建设项目的公告\n星澜新能源科技股份有限公司（以下简称“公司”）董事会审议通过本议案。\n"


@pytest.mark.parametrize("text,want", [
    # 公司目前拥有两个生产基地：（1）A…；（2）B…: the items of the firm's own list, as many as it counts
    (NOTICE + "公司目前拥有两个生产基地：（1）白露基地，位于青禾产业园，主要生产电容器；（2）云溪基地，主要生产电解液。"
              "另有墨川基地在建。",
     {("白露基地", "星澜新能源科技股份有限公司"), ("云溪基地", "星澜新能源科技股份有限公司")}),
    # 我们有两大基地。第一个是A…。第二个是B…
    (NOTICE + "我们有两大基地。第一个是白露基地，就在园区东区。第二个是云溪基地，生产压铸件。",
     {("白露基地", "星澜新能源科技股份有限公司"), ("云溪基地", "星澜新能源科技股份有限公司")}),
    # (near miss) the park an item names as its site's: the site only
    (NOTICE + "我们有两大基地。第一个是青禾产业园的白露基地。第二个是云溪基地。",
     {("白露基地", "星澜新能源科技股份有限公司"), ("云溪基地", "星澜新能源科技股份有限公司")}),
    # (near miss) a park's sites, not the firm's
    (NOTICE + "园区目前拥有两个生产基地：（1）白露基地，位于青禾产业园；（2）云溪基地。", set()),
])
def test_the_sites_the_firm_lists_as_its_own(text, want):
    assert owned(SITES, text) == want


# owner-sets-up / owner-sets-up-at: a firm that lands a project somewhere (在P落地Z), goes on
# building it (续建) or extends it (扩建) owns it, as one that builds it there
@pytest.mark.parametrize("things,text,want", [
    ({"星澜储能有限公司": E, "年产2GWh储能电池项目": P, "墨川经开区": PL},
     "引导星澜储能有限公司在墨川经开区落地年产2GWh储能电池项目。", {("年产2GWh储能电池项目", "星澜储能有限公司")}),
    ({"星澜储能有限公司": E, "年产2GWh储能电池项目": P},
     "星澜储能有限公司今年在园区东侧扩建年产2GWh储能电池项目。", {("年产2GWh储能电池项目", "星澜储能有限公司")}),
    ({"青禾光伏有限公司": E, "10万千瓦农光互补项目": P},
     "支持青禾光伏有限公司在白露镇续建10万千瓦农光互补项目。", {("10万千瓦农光互补项目", "青禾光伏有限公司")}),
    # (near misses) the firm lands and something else follows; a visit is no building
    ({"星澜储能有限公司": E, "年产2GWh储能电池项目": P, "墨川经开区": PL},
     "星澜储能有限公司在墨川经开区落地见效，带动年产2GWh储能电池项目。", set()),
    ({"青禾光伏有限公司": E, "10万千瓦农光互补项目": P},
     "青禾光伏有限公司在白露镇考察10万千瓦农光互补项目。", set()),
])
def test_a_firm_landing_or_going_on_building_a_thing(things, text, want):
    assert owned(things, text) == want
