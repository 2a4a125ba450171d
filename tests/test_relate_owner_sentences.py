"""Owners stated in running prose (relations.toml ownership patterns; [owner] antecedent_site, unit_rules:
kg/relate/pattern_ends.py, kg/relate/unit_firms.py), on given mentions (tests/relate_helpers.py).
Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I, P, PL, L = "Enterprise", "Institution", "Project", "Platform", "Place"


def owned(things: dict, text) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in relate_on(things, text).pairs("ownedBy")}


@pytest.mark.parametrize("things,text,want", [
    # 在建的X位于Y，由Z投资建设: 在建 says the works are being built, no site before X
    ({"星澜保税物流中心": P, "云溪镇": L, "青禾城投集团有限公司": E},
     "在建的星澜保税物流中心位于云溪镇，由青禾城投集团有限公司投资建设，总投资6.8亿元。",
     {("星澜保税物流中心", "青禾城投集团有限公司")}),
    # (near miss) a zone the project is started in is a site, no owner's antecedent
    ({"星澜高新区": PL, "青禾城投集团有限公司": E},
     "在星澜高新区启动物流项目，由青禾城投集团有限公司投资建设。", set()),
])
def test_an_owner_clause_after_works_under_construction(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # Z投资建设的Y有限公司X项目: the firm Y is Z's, the project Y's (not Z's)
    ({"墨川企业": E, "云溪墨川包装有限公司": E, "云溪墨川包装有限公司年产20亿只瓶坯项目": P},
     "为补齐短板，墨川企业投资建设的云溪墨川包装有限公司年产20亿只瓶坯项目已开工。",
     {("云溪墨川包装有限公司", "墨川企业"), ("云溪墨川包装有限公司年产20亿只瓶坯项目", "云溪墨川包装有限公司")}),
    # (near miss) a project not opening on a registered firm stays the builder's
    ({"墨川企业": E, "星澜瓶坯项目": P}, "墨川企业投资建设的星澜瓶坯项目已开工。", {("星澜瓶坯项目", "墨川企业")}),
])
def test_what_a_group_builds_opening_on_a_registered_firm(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # 该公司为Y所属企业 / 该公司由Y参股: a unit of Y's, a stake Y holds (the project the signing
    # firm's, 签约企业为X: relations.toml owner-unit-topic)
    ({"星澜液压项目": P, "青禾精密油缸科技有限公司": E, "墨川集团": E},
     "（八）星澜液压项目。签约企业为青禾精密油缸科技有限公司，该公司为墨川集团所属企业，计划投资6亿元。",
     {("青禾精密油缸科技有限公司", "墨川集团"), ("星澜液压项目", "青禾精密油缸科技有限公司")}),
    ({"星澜化工项目": P, "青禾精细化工有限公司": E, "白露石化股份有限公司": E},
     "（二）星澜化工项目。签约企业为青禾精细化工有限公司，该公司由白露石化股份有限公司参股，计划投资9亿元。",
     {("青禾精细化工有限公司", "白露石化股份有限公司"), ("星澜化工项目", "青禾精细化工有限公司")}),
    # (near misses) a supplier of Y's units, a sale of its shares
    ({"星澜液压项目": P, "青禾精密油缸科技有限公司": E, "墨川集团": E},
     "（八）星澜液压项目。签约企业为青禾精密油缸科技有限公司，该公司为墨川集团所属企业提供油缸。",
     {("星澜液压项目", "青禾精密油缸科技有限公司")}),
    ({"星澜化工项目": P, "青禾精细化工有限公司": E, "白露石化股份有限公司": E},
     "（二）星澜化工项目。签约企业为青禾精细化工有限公司，该公司向白露石化股份有限公司供货。",
     {("星澜化工项目", "青禾精细化工有限公司")}),
])
def test_a_firm_said_to_be_a_unit_of_or_held_by_another(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # X公司Y项目投资9亿元。该公司由Z控股: 该公司 is the firm opening the project's name, not a firm the
    # paragraph named before it
    ({"云溪白露锻造有限公司": E, "云溪星澜制药有限公司原料药项目": P, "云溪星澜制药有限公司": E, "青禾医药集团有限公司": E},
     "装备方面，云溪白露锻造有限公司扩产。医药方面，园区引进的云溪星澜制药有限公司原料药项目投资9亿元。"
     "该公司由青禾医药集团有限公司控股。",
     {("云溪星澜制药有限公司", "青禾医药集团有限公司"), ("云溪星澜制药有限公司原料药项目", "云溪星澜制药有限公司")}),
    # (near miss) a project opening on no firm's name: the firm the paragraph named stays the one meant
    ({"云溪白露锻造有限公司": E, "星澜原料药项目": P, "青禾医药集团有限公司": E},
     "装备方面，云溪白露锻造有限公司扩产。医药方面，园区引进的星澜原料药项目投资9亿元。该公司由青禾医药集团有限公司控股。",
     {("云溪白露锻造有限公司", "青禾医药集团有限公司")}),
])
def test_the_firm_opening_a_project_s_name_is_the_company_meant_after(things, text, want):
    assert owned(things, text) == want



@pytest.mark.parametrize("things,text,want", [
    # X由A控股、B参股设立: the one holding a stake beside the holder holds it too
    ({"星澜镁业有限公司": E, "青禾镁业股份有限公司": E, "白露盐化股份有限公司": E},
     "星澜镁业有限公司由青禾镁业股份有限公司控股、白露盐化股份有限公司参股设立，是链主企业。",
     {("星澜镁业有限公司", "青禾镁业股份有限公司"), ("星澜镁业有限公司", "白露盐化股份有限公司")}),
    # X另35%股权由Y持有 / Y持有X 35%的股权
    ({"星澜碳材料有限公司": E, "云溪城市发展集团有限公司": E},
     "星澜碳材料有限公司另35%股权由云溪城市发展集团有限公司持有，该公司位于龙城区。",
     {("星澜碳材料有限公司", "云溪城市发展集团有限公司")}),
    ({"星澜碳材料有限公司": E, "云溪城市发展集团有限公司": E},
     "云溪城市发展集团有限公司持有星澜碳材料有限公司35%的股权。", {("星澜碳材料有限公司", "云溪城市发展集团有限公司")}),
    # (near misses) a supplier after the holder; bonds held, no stake
    ({"星澜镁业有限公司": E, "青禾镁业股份有限公司": E, "白露盐化股份有限公司": E},
     "星澜镁业有限公司由青禾镁业股份有限公司控股，原料由白露盐化股份有限公司供应。",
     {("星澜镁业有限公司", "青禾镁业股份有限公司")}),
    ({"星澜碳材料有限公司": E, "云溪城市发展集团有限公司": E},
     "云溪城市发展集团有限公司持有星澜碳材料有限公司的债券。", set()),
])
def test_a_stake_in_a_firm(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # X由Y投资设立: one founder's venture
    ({"星澜能源（云溪）有限公司": E, "星澜能源有限公司": E}, "星澜能源（云溪）有限公司由星澜能源有限公司投资设立。",
     {("星澜能源（云溪）有限公司", "星澜能源有限公司")}),
    # X在园区设立Y有限公司: the firm it sets up somewhere
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E},
     "青禾集团股份有限公司（青禾集团）在园区设立墨川新能源有限公司，年产整机200台。",
     {("墨川新能源有限公司", "青禾集团股份有限公司")}),
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E, "云溪县": L},
     "青禾集团股份有限公司于2020年在云溪县成立全资子公司墨川新能源有限公司。",
     {("墨川新能源有限公司", "青禾集团股份有限公司")}),
    # (near misses) a fund it set up that backs a park; a partner it signs with
    ({"星澜能源有限公司": E, "星澜园": PL}, "星澜园由星澜能源有限公司投资设立的基金支持。", set()),
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E},
     "青禾集团股份有限公司（青禾集团）在园区与墨川新能源有限公司签约合作。", set()),
])
def test_a_firm_set_up_by_another(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # X于2025年在P开工建设Z: the works the firm starts
    ({"墨川新能源有限公司": E, "星澜电池项目": P, "云溪园": PL},
     "墨川新能源有限公司于2025年在云溪园开工建设星澜电池项目。", {("星澜电池项目", "墨川新能源有限公司")}),
    # 支持X实施Z: the firm carrying the project out
    ({"墨川新能源有限公司": E, "星澜电池项目": P},
     "支持墨川新能源有限公司实施星澜电池项目，项目落地开发区。", {("星澜电池项目", "墨川新能源有限公司")}),
    # (near misses) a firm the act leans on; an office that carries out a check on the project
    ({"墨川新能源有限公司": E, "星澜电池项目": P}, "依托墨川新能源有限公司实施星澜电池项目。", set()),
    ({"市工信局": I, "星澜电池项目": P}, "市工信局实施星澜电池项目专项督导。", set()),
])
def test_a_firm_that_starts_or_carries_out_a_project(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # X为龙头，其全资子公司Y…: 其 is the firm the clause chain opens on
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E, "云溪园": PL},
     "青禾集团股份有限公司（以下简称“青禾集团”）为龙头，其全资子公司墨川新能源有限公司位于云溪园。",
     {("墨川新能源有限公司", "青禾集团股份有限公司")}),
    # (near misses) its partner, its customer
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E},
     "青禾集团股份有限公司为龙头，其合作伙伴墨川新能源有限公司位于云溪园。", set()),
    ({"墨川新能源有限公司": E, "青禾集团股份有限公司": E},
     "青禾集团股份有限公司为龙头，其客户墨川新能源有限公司位于云溪园。", set()),
    # (near miss) a firm's name cut short by the recogniser (星澜集团 of 星澜集团墨川有限责任公司)
    ({"星澜集团": E, "星澜钢铁集团有限责任公司": E},
     "星澜钢铁集团有限责任公司将该项目列为年度重点，由其全资子公司星澜集团墨川有限责任公司负责推进。", set()),
])
def test_its_unit(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # （二）X有限公司。…；公司年产…项目…: the bare 公司 is the one firm of the item
    ({"星澜氟化学有限公司": E, "年产8000吨白露氟盐项目": P},
     "（二）星澜氟化学有限公司。企业提出，园区蒸汽供给偏紧；公司年产8000吨白露氟盐项目能评手续尚未办结。",
     {("年产8000吨白露氟盐项目", "星澜氟化学有限公司")}),
    # X为Y控股上市公司
    ({"星澜酿造股份有限公司": E, "星澜酿造集团有限责任公司": E},
     "星澜酿造股份有限公司为星澜酿造集团有限责任公司控股上市公司。", {("星澜酿造股份有限公司", "星澜酿造集团有限责任公司")}),
    # (near misses) two firms in reach; no firm named at all
    ({"星澜氟化学有限公司": E, "青禾化工有限公司": E, "年产8000吨白露氟盐项目": P},
     "星澜氟化学有限公司与青禾化工有限公司座谈；公司年产8000吨白露氟盐项目能评手续尚未办结。", set()),
    ({"云溪县": L, "年产8000吨项目": P}, "云溪县召开座谈会；公司年产8000吨项目开工。", set()),
])
def test_the_bare_firm_word_and_a_listed_unit(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # X是龙头企业，其Y项目已开工: 其 before a project is the firm the clause chain opens on
    ({"星澜芳草科技有限公司": E, "年产2000吨云溪精油项目": P},
     "星澜芳草科技有限公司是龙头企业，其年产2000吨云溪精油项目已在园区西片动工。",
     {("年产2000吨云溪精油项目", "星澜芳草科技有限公司")}),
    # X在P建成Z / X在开发区设有Y有限公司
    ({"青禾管网集团": E, "云溪工业区": PL, "云溪输油站": P}, "青禾管网集团在云溪工业区建成云溪输油站。",
     {("云溪输油站", "青禾管网集团")}),
    ({"青禾电气集团": E, "云溪变压器有限公司": E}, "——电力装备：青禾电气集团在开发区设有云溪变压器有限公司，主要消纳铜排。",
     {("云溪变压器有限公司", "青禾电气集团")}),
    # (near misses) 其中 opens a part of a list; 其 after a zone, no firm
    ({"星澜芳草科技有限公司": E, "年产2000吨云溪精油项目": P},
     "星澜芳草科技有限公司等企业已投产，其中年产2000吨云溪精油项目已开工。", set()),
    ({"星澜高新区": PL, "年产2000吨云溪精油项目": P}, "星澜高新区加快建设，其年产2000吨云溪精油项目已开工。", set()),
])
def test_its_project_and_what_a_firm_has_built_somewhere(things, text, want):
    assert owned(things, text) == want


def test_its_project_opening_a_sentence_is_the_item_s_firm():
    # （一）X有限公司。该公司由基金与A共同出资设立。其Y项目…: X's, not the fund's nor A's
    things = {"星澜光伏科技有限公司": E, "青禾绿能股份有限公司": E, "云溪产业投资基金": E, "年产10GW电池片项目": P}
    text = ("（一）星澜光伏科技有限公司。该公司由云溪产业投资基金与青禾绿能股份有限公司共同出资设立。"
            "其年产10GW电池片项目位于青阳片区，总投资42亿元。")
    got = owned(things, text)
    assert ("年产10GW电池片项目", "星澜光伏科技有限公司") in got
    assert not {("年产10GW电池片项目", "云溪产业投资基金"), ("年产10GW电池片项目", "青禾绿能股份有限公司")} & got


@pytest.mark.parametrize("things,text,want", [
    # X受托开发运营Y园及Z园: the firm that runs them
    ({"星澜产业投资集团有限公司": E, "青禾装备产业园": PL, "白露化工园": PL},
     "星澜产业投资集团有限公司受托开发运营青禾装备产业园及白露化工园。",
     {("青禾装备产业园", "星澜产业投资集团有限公司"), ("白露化工园", "星澜产业投资集团有限公司")}),
    # (near misses) an office; a work of the park's
    ({"云溪高新区管委会": I, "青禾装备产业园": PL}, "云溪高新区管委会负责开发建设青禾装备产业园。", set()),
    ({"星澜产业投资集团有限公司": E, "青禾装备产业园": PL},
     "星澜产业投资集团有限公司负责开发建设青禾装备产业园的配套道路。", set()),
])
def test_a_firm_that_develops_and_runs_things(things, text, want):
    assert owned(things, text) == want
