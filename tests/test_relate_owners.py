"""ownedBy read off a project's name (kg/relate/owners.py) on given mentions
(tests/relate_helpers.py); names and sentences invented, real city names only where
the rule reads the lexicon.

legal_owners: a project's owner named by a short form where the document names the
firm in full (its legal form ends it), the short form at its start or after a place's name.
"""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P = "Enterprise", "Project"


@pytest.mark.parametrize("full, want", [
    # a city the lexicon knows opens the full name, though the document names the city
    # nowhere else: the full name is the owner
    ("三门峡星澜新能源材料有限公司", "三门峡星澜新能源材料有限公司"),
    ("哈密星澜新能源材料有限公司", "哈密星澜新能源材料有限公司"),
    # ... not words no list knows for a place (青禾 may be the brand's own first word)
    ("青禾星澜新能源材料有限公司", "星澜新能源"),
])
def test_a_short_owner_is_the_firm_named_in_full(full, want):
    r = relate_on({full: E, "星澜新能源": E, "星澜新能源年产5万吨正极材料项目": P},
                  f"链主企业：{full}。重点项目：星澜新能源年产5万吨正极材料项目，总投资36亿元。")
    owners = {o for s, p, o, _ in r.facts() if s == "星澜新能源年产5万吨正极材料项目" and p == "ownedBy"}
    assert owners == {want}


# stated_owners_win: a group the text says builds the project does not take it from the firm
# its name opens with when that firm is named in full (a registered name, [owner] registered_ends);
# a short form no list holds still yields to the stated owner
@pytest.mark.parametrize("firm, want", [
    ("青禾面业（云溪）有限公司", {"青禾面业（云溪）有限公司", "白露集团"}),
    ("墨川材料有限责任公司", {"墨川材料有限责任公司", "白露集团"}),
    # (near miss: a short form is no firm in its own right)
    ("青禾面业", {"白露集团"}),
])
def test_a_registered_firm_opening_the_name_keeps_its_project(firm, want):
    project = f"{firm}年产10万吨面粉项目"
    r = relate_on({firm: E, project: P, "白露集团": E},
                  f"6月2日，{project}通过竣工验收。该项目由白露集团投资建设，总投资8亿元。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want


# brand_owners: a registered name may open with a province and a city before its brand
# (河北|衡水|青禾酒业股份有限公司): a project named by the brand is the firm's; not a project
# named by the city (衡水年产…: a place's name, no brand), nor by a word that is not the
# brand's start
@pytest.mark.parametrize("firm, project, want", [
    ("河北衡水青禾酒业股份有限公司", "青禾年产2万吨酿酒技改项目", {"河北衡水青禾酒业股份有限公司"}),
    ("山东青岛墨川电子有限公司", "墨川智能传感器扩产项目", {"山东青岛墨川电子有限公司"}),
    ("四川成都云溪食品有限公司", "云溪年产5万吨调味品项目", {"四川成都云溪食品有限公司"}),
    # (a single place still opens the brand, as before)
    ("山西白露镁业有限公司", "白露镁基储氢材料项目", {"山西白露镁业有限公司"}),
    # near misses: the city opens the project's name, or another word does
    ("河北衡水青禾酒业股份有限公司", "衡水年产2万吨酿酒技改项目", set()),
    ("山东青岛墨川电子有限公司", "星澜智能传感器扩产项目", set()),
])
def test_a_brand_after_a_province_and_a_city_names_the_project(firm, project, want):
    r = relate_on({firm: E, project: P}, f"{firm}是当地龙头企业。{project}已开工建设。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want


# brand_owners: a short name a place opens (德阳|星澜塔筒, no legal form) has the brand after
# the place too; not the short name's own first word when no place opens it (the firm's whole
# name is owner-prefix's), nor a project named by the place
@pytest.mark.parametrize("firm, project, want", [
    ("德阳星澜塔筒", "星澜塔筒数字化车间", {"德阳星澜塔筒"}),
    ("宜宾青禾酒业", "青禾年产2万吨基酒技改项目", {"宜宾青禾酒业"}),
    ("星澜塔筒", "星澜数字化车间", set()),
    ("德阳星澜塔筒", "德阳数字化车间", set()),
])
def test_a_brand_after_a_place_in_a_short_name_names_the_project(firm, project, want):
    r = relate_on({firm: E, project: P}, f"{firm}是当地龙头企业。{project}已投产。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want


# a group's company in a city (星澜重工（云溪）风电有限公司) owns a project whose name opens
# with the name before its bracket and that city (星澜重工云溪…), not the group beside it;
# near misses: a project named by the group with another city, or by the group alone (below),
# is not the company's
@pytest.mark.parametrize("project, want", [
    ("星澜重工云溪风电设计中心", {"星澜重工（云溪）风电有限公司"}),
    ("星澜重工云溪叶片设计中心", {"星澜重工（云溪）风电有限公司"}),
    ("星澜云溪加氢示范站", {"星澜重工（云溪）风电有限公司"}),
    ("星澜重工白露风电设计中心", {"星澜重工股份有限公司"}),
])
def test_a_groups_company_in_the_city_a_name_holds_owns_it(project, want):
    group, local = "星澜重工股份有限公司", "星澜重工（云溪）风电有限公司"
    r = relate_on({group: E, local: E, project: P},
                  f"（一）{project}。{local}是{group}的子公司，位于云溪。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want


# ... and so where a short form names the owner (星澜重工 of 星澜重工股份有限公司)
@pytest.mark.parametrize("project, want", [
    ("星澜重工云溪风电设计中心", {"星澜重工（云溪）风电有限公司"}),
    ("星澜重工风电设计中心", {"星澜重工股份有限公司"}),
])
def test_a_short_owner_with_the_city_is_the_companys_in_it(project, want):
    group, local = "星澜重工股份有限公司", "星澜重工（云溪）风电有限公司"
    r = relate_on({group: E, local: E, "星澜重工": E, project: P},
                  f"（一）{project}。{local}是{group}的子公司。星澜重工是龙头企业。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want


# (near miss: the group named by no registered name, 星澜集团, keeps the thing named by its words)
def test_a_group_without_a_registered_name_keeps_the_thing():
    group, local, project = "星澜集团", "星澜重工（云溪）风电有限公司", "星澜重工云溪风电设计中心"
    r = relate_on({group: E, local: E, project: P}, f"（一）{project}。{local}是{group}的子公司，位于云溪。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == {group}


# stated_owners_win: a group a list knows (京东), named only inside the project's name, yields to the
# stated owner that is its own company (its name holds the group's); not to another firm, nor to the
# group's company in a bracketed city (legal_owners: the group owns that one and what it builds)
@pytest.mark.parametrize("firm, want", [
    ("京东物流墨川有限公司", {"京东物流墨川有限公司"}),
    ("白露集团", {"京东", "白露集团"}),
    ("京东物流（墨川）有限公司", {"京东", "京东物流（墨川）有限公司"}),
])
def test_a_known_group_yields_to_its_own_company_stated(firm, want):
    project = "京东墨川智能物流园二期项目"
    r = relate_on({"京东": E, firm: E, project: P}, f"{project}开工。该项目由{firm}投资建设，总投资8亿元。")
    assert {o for s, p, o in r.pairs("ownedBy") if s == project} == want
