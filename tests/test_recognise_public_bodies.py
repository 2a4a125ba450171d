"""Public bodies named by a head of their own: a province's department (厅, [bureau] ends), a
city's inspection and certification centre ([level_bodies] heads), an energy inspection office
(监察中心), a county's vocational school (school heads), and a body a party engages (委托 a
boundary word before it). Real province and city names where the rule reads the lexicon's places."""
from __future__ import annotations

import pytest

from recognition import case, check

P, I, PR = "Place", "Institution", "Project"


@pytest.mark.parametrize("text, want", [
    # a province's department, named by its province or by its level alone
    case("根据湖南省工业和信息化厅《关于推荐星澜名单的通知》要求，开展申报。",
         {"湖南省工业和信息化厅": I, "湖南省": P}, id="province-department-before-a-title"),
    case("县工信局将申报材料转报省工业和信息化厅复核。", {"县工信局": I, "省工业和信息化厅": I}, id="level-department"),
    # near misses: a hall is no department
    case("这里引入一家主题餐厅和一座新闻发布厅。", {}, id="halls-are-no-departments"),
    case("企业可到园区管委会服务大厅办理。", {"园区管委会": I}, id="service-hall"),
])
def test_departments(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a city's inspection or certification centre is a public body, with no firm in its name
    case("检测报告由嘉兴市箱包产品质量检验中心出具。", {"嘉兴市箱包产品质量检验中心": I},
         id="city-inspection-centre"),
    # ... and an energy inspection office is a body wherever it is named
    case("评价机构为湖州市节能监察中心，报告同步公开。", {"湖州市节能监察中心": I}, id="energy-inspection-office"),
    # near miss: a centre built for a trade, named by no city, is a project
    case("园区建设星澜新材料检验中心，开展检测服务。", {"星澜新材料检验中心": PR}, id="trade-centre-is-a-project"),
    # near miss: a count of centres names none
    case("全市建设产品质量检验中心3个。", {}, id="counted-centres"),
])
def test_inspection_centres(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the body a party engages: 委托 is no word of its name
    case("企业每年委托湖州市产品质量检验中心开展检测。", {"湖州市产品质量检验中心": I}, id="engaged-centre"),
    case("每年委托浙江省白露食品检验研究院开展抽检。", {"浙江省白露食品检验研究院": I}, id="engaged-institute"),
])
def test_engaged_bodies(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a county's or a prefecture's vocational school
    case("滑县职业高级中学与星澜食品有限公司合作开设烹饪专业。",
         {"滑县职业高级中学": I, "星澜食品有限公司": "Enterprise"}, id="vocational-high-school"),
    case("同日，大理州职业教育中心与青禾汽车有限公司签约。",
         {"大理州职业教育中心": I, "青禾汽车有限公司": "Enterprise"}, id="vocational-education-centre"),
    case("青禾区第二高级中学与星澜科技签约。", {"青禾区第二高级中学": I, "星澜科技": "Enterprise"},
         id="numbered-high-school"),
    # near misses: a school of a kind, or one to be built, names none
    case("全县职业高级中学在校生3000人。", {}, id="kind-of-school"),
    case("计划建设职业教育中心一所。", {}, id="school-to-build"),
])
def test_schools(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a panel set up to judge bids or applications is a role in a procedure, no body
    case("经材料初审、专家答辩和评审委员会审定，拟确定以下名单。", {}, id="review-panel"),
    case("经评标委员会评审，确定第一中标候选人。", {}, id="bid-panel"),
    # near miss: a panel a place names is a body
    case("湖州市科技奖励评审委员会发布公告。", {"湖州市科技奖励评审委员会": I, "湖州市": P}, id="named-panel"),
    # a bureau speaking of itself names no body
    case("如有异议，可向我局产业科反映。", {}, id="our-bureau"),
    case("本局将会同有关部门开展检查。", {}, id="this-bureau"),
])
def test_bodies_of_a_procedure(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 经 jieba glues onto the level before a bureau: the level opens the bureau's name
    case("经市工信局党组会议审定，拟推荐星澜科技等10家企业。", {"市工信局": I, "星澜科技": "Enterprise"},
         id="through-the-city-bureau"),
    # near miss: the bureau the level opens after a word that is no preposition stays whole
    case("报市工信局备案。", {"市工信局": I}, id="submit-to-the-city-bureau"),
])
def test_glued_prepositions_before_a_level(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # how far a place lies, and the era a town is named in, are no words of the place's name
    case("园区西距青禾铁路12公里。", {"青禾铁路": P}, id="distance-west"),
    case("前身为民国时期青禾镇“星澜茶号”，传承手工炒制技艺。", {"青禾镇": P}, id="era-before-a-town"),
    # near miss: a compass word opening a road's name stays on it
    case("园区西接青禾铁路。", {"青禾铁路": P}, id="compass-verb"),
])
def test_words_before_a_place(recogniser, text, want):
    check(recogniser, text, want)
