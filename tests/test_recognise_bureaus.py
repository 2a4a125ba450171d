"""Bureaus named by the place before them (kg/recognise/bureaus.py; rules.toml [bureau]).
Real district names where the rule reads the lexicon's places (杭州市, 拱墅区)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, I = "Place", "Platform", "Institution"


@pytest.mark.parametrize("text, want", [
    # a bureau named by the district before it; the district and its city stay mentions
    case("记者从杭州市拱墅区商务局获悉，夜市客流增长", {"杭州市拱墅区商务局": I, "杭州市": P, "拱墅区": P},
         id="city-district-bureau"),
    case("青禾新区数字经济发展管理局负责人介绍", {"青禾新区数字经济发展管理局": I, "青禾新区": PL},
         id="zone-bureau-words-between"),
    # the level alone stands for the district
    case("区投资促进局牵头组成调研组", {"区投资促进局": I}, id="level-bureau"),
    # a zone's short word stands for the zone as a level does
    case("开发区经济发展局负责人介绍", {"开发区经济发展局": I}, id="zone-word-bureau"),
    case("高区科技创新局有关负责人表示", {"高区科技创新局": I}, id="short-zone-word-bureau"),
    # ... and the city's name without 市 before the zone's word stays on it, though jieba reads it as a noun
    # (and the zone itself is named, as 吕梁高新区 is in 吕梁高新区经济发展局: 来宾 is a city's short form)
    case("通化高新区经济发展局牵头办理核准。", {"通化高新区经济发展局": I, "通化高新区": "Platform"},
         id="city-stem-zone-bureau"),
    # (near miss: a word no city's name before the zone's word is left out)
    case("会议由开发区经济发展局主持。", {"开发区经济发展局": I}, id="zone-word-after-a-preposition"),
    # a level's supply and marketing co-operative, named as a bureau is
    case("配合部门：市农业农村局、市供销社。", {"市农业农村局": I, "市供销社": I}, id="level-co-operative"),
    case("青禾区供销合作联社联合开展活动", {"青禾区供销合作联社": I}, id="district-co-operative-union"),
    # (the federation's full name, 供销合作社联合社, is the same body; a village's 经济联合社 a firm)
    case("墨川县供销合作社联合社联合开展活动", {"墨川县供销合作社联合社": I}, id="county-co-operative-federation"),
    case("白露村股份经济联合社联合开展活动", {"白露村股份经济联合社": "Enterprise", "白露村": P},
         id="village-economic-union-firm"),
    # (near miss: an old co-operative's warehouse, no level or place names it)
    case("老供销社仓库改建为记忆馆。", {}, id="old-co-operative"),
    # an autonomous prefecture's bureau named by its level 州 alone
    case("州发展和改革委员会牵头编制白露规划", {"州发展和改革委员会": I}, id="prefecture-level-bureau"),
    # (near miss: a city whose name ends in 州 names a firm's group, no bureau)
    case("广州发展集团投资建设", {"广州发展集团": "Enterprise"}, id="city-ending-zhou-firm"),
    # words ending in 局 that name no bureau
    case("拱墅区商贸发展布局", {"拱墅区": P}, id="layout-is-no-bureau"),
    # a body speaking of itself (我局, 本局): a pronoun, no bureau's name
    case("发现侵权线索的，请向我局商标科投诉。", {}, id="our-bureau"),
    case("本局将会同拱墅区商务局开展检查。", {"拱墅区商务局": I, "拱墅区": P}, id="this-bureau-and-another"),
])
def test_bureaus(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 和 between two words of a bureau's remit is a word of its name
    case("杭州市拱墅区发展和改革局发布通知", {"杭州市拱墅区发展和改革局": I, "杭州市": P, "拱墅区": P},
         id="fazhan-he-gaige"),
    case("区发展和改革局牵头负责", {"区发展和改革局": I}, id="level-fazhan-he-gaige"),
    # ... a word of the remit inside the bureau's own token (自然资源|和|规划局)
    case("杭州市拱墅区自然资源和规划局发布公告", {"杭州市拱墅区自然资源和规划局": I, "杭州市": P, "拱墅区": P},
         id="remit-in-the-bureau-token"),
    # near miss: 和 joining two bureaus keeps them two
    case("拱墅区商务局和区科技局联合发布", {"拱墅区商务局": I, "拱墅区": P, "区科技局": I}, id="two-bureaus"),
])
def test_bureau_names_with_a_joiner(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a preposition jieba glued before the level (从|区 cut as 从区) opens no name
    case("记者从区商务局获悉，夜市客流增长", {"区商务局": I}, id="glued-preposition-level"),
    # near miss: a district's own name before the bureau is still the area
    case("记者从拱墅区商务局获悉", {"拱墅区商务局": I, "拱墅区": P}, id="named-area"),
])
def test_a_level_after_a_glued_preposition(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a park's or zone's head before 管理 ends its name where the zone's own office follows:
    # the office is named by the zone, and the text names the zone
    case("青禾科技城管理局全年引进企业", {"青禾科技城管理局": I, "青禾科技城": PL}, id="science-city-bureau"),
    case("星澜未来城管理局负责人介绍", {"星澜未来城管理局": I, "星澜未来城": PL}, id="future-city-bureau"),
])
def test_a_zones_office_names_the_zone(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a commission named by its remit and 委, as a bureau by 局
    case("市发展改革委近日公布了年度重点项目名单", {"市发展改革委": I}, id="level-commission"),
    case("这项工作由区发展改革委统筹推进", {"区发展改革委": I}, id="commission-after-preposition"),
    case("岳阳市发展改革委印发通知", {"岳阳市发展改革委": I, "岳阳市": P}, id="city-commission"),
    # ... whose remit words jieba tags as adjectives (卫生健康)
    case("区卫生健康委、区住建局联合开展检查", {"区卫生健康委": I, "区住建局": I}, id="adjective-remit"),
    # near misses: a party committee ends with 委 too, and is no bureau
    case("星澜高新区党工委书记到企业调研", {"星澜高新区": PL}, id="party-working-committee"),
    case("拱墅区委常委到园区调研", {"拱墅区": P}, id="district-party-committee"),
    case("区纪工委开展专项检查", {}, id="discipline-committee"),
])
def test_commissions(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a commission written out, 发展和改革委员会, is a bureau as 发展改革委 is: the area before it
    # and the remit words joined by 和 are words of its name
    case("备案机关：永嘉县发展和改革委员会", {"永嘉县发展和改革委员会": I, "永嘉县": P}, id="county-commission-in-full"),
    case("区住房和城乡建设委员会牵头开展检查", {"区住房和城乡建设委员会": I}, id="level-commission-in-full"),
    case("青禾经济开发区管理委员会负责园区招商", {"青禾经济开发区管理委员会": I, "青禾经济开发区": PL},
         id="zone-committee"),
    # near miss: a committee no area names is no bureau (and a review panel no body at all: the
    # panel head wants a proper word, tests/test_recognise_public_bodies.py)
    case("评审委员会由七名专家组成", {}, id="unplaced-committee"),
])
def test_commissions_written_out(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone the heads read names its office for the economy (经济发展局): the zone stays a
    # name of its own (经济 after it says whose office, not the zone's economy)
    case("备案机关：星澜高新技术产业开发区经济发展局", {"星澜高新技术产业开发区经济发展局": I,
                                                     "星澜高新技术产业开发区": PL}, id="zone-economy-bureau"),
    case("青禾经济技术开发区经济和信息化局发布通知", {"青禾经济技术开发区经济和信息化局": I,
                                                   "青禾经济技术开发区": PL}, id="zone-industry-bureau"),
    # near miss: the zone's economy is no body
    case("推动青禾经济技术开发区经济高质量发展", {}, id="zone-economy"),
])
def test_a_zones_economy_bureau(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 招商局 is 招商局集团's alias in the lexicon, and the investment bureau after an area or level
    case("青禾高新区招商局负责人表示", {"青禾高新区招商局": I, "青禾高新区": PL}, id="zone-investment-bureau"),
    case("韶关市招商局负责人表示", {"韶关市招商局": I, "韶关市": P}, id="city-investment-bureau"),
    case("区招商局牵头对接", {"区招商局": I}, id="level-investment-bureau"),
    # near miss: alone it is the group
    case("由招商局投资建设", {"招商局集团": "Enterprise"}, id="the-group"),
])
def test_a_firms_alias_that_names_a_bureau(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a bureau's branch or unit named right after it is one body with it
    case("数据来自泉州市统计局云溪分局", {"泉州市统计局云溪分局": I, "泉州市": P}, id="branch-by-place"),
    case("记者从市生态环境局综合执法支队了解到", {"市生态环境局综合执法支队": I}, id="unit-by-remit"),
    # near misses: what follows the bureau is no unit of it
    case("泉州市统计局统计的数据显示", {"泉州市统计局": I, "泉州市": P}, id="verb-after"),
    case("拱墅区商务局局长介绍", {"拱墅区商务局": I, "拱墅区": P}, id="its-head"),
    # a branch named by a county's short form that jieba reads as a numeral or a person's name
    case("市生态环境局五华分局派员到场", {"市生态环境局五华分局": I}, id="branch-by-county-stem-numeral"),
    case("市自然资源局万全分局派员到场", {"市自然资源局万全分局": I}, id="branch-by-county-stem-person"),
    # near miss: an ordinal before 分局 is no county's
    case("市生态环境局第三分局派员到场", {"市生态环境局": I}, id="ordinal-branch"),
])
def test_a_bureaus_branch(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb of sending a matter to a body, glued onto the level (已报|市 cut as 报市), opens no name
    case("星澜大桥的环评文件已报市生态环境局备案", {"星澜大桥": P, "市生态环境局": I}, id="submitted-to-city-bureau"),
    # ... nor does a consulting verb (并商|区 cut as 商区)
    case("经研究，并商区工业和信息化局后作出答复", {"区工业和信息化局": I}, id="consulted-district-bureau"),
    # a proposal's noun before the level is no area's name cut off its unit
    case("改线方案建议市自然资源局尽快审核", {"市自然资源局": I}, id="proposal-before-level"),
    # function words jieba joins to the bureau's head (局要, 局及) end no name
    case("区财政局、区农业农村局要尽快拨付补助资金", {"区财政局": I, "区农业农村局": I}, id="head-glued-to-yao"),
    case("会上，市交通运输局及星澜高新区管委会分别作了发言",
         {"市交通运输局": I, "星澜高新区管委会": I}, id="head-glued-to-ji"),
    # near misses: a place before the bureau stays its area; 布局 after a remit word is no bureau
    case("建议拱墅区商务局牵头推进", {"拱墅区商务局": I, "拱墅区": P}, id="named-area-after-proposal"),
    case("拱墅区产业格局要进一步优化", {"拱墅区": P}, id="layout-with-yao"),
])
def test_words_glued_around_a_bureau(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone's document names its own bureaus by their remit alone: in a list of units
    case("（牵头单位：经济发展局、规划建设局）", {"经济发展局": I, "规划建设局": I}, id="units-label-list"),
    case("星澜投资促进局、生态环境分局、自然资源分局等部门参加", {"自然资源分局": I, "生态环境分局": I},
         id="branch-bureaus-in-a-list", xfail=None),
    # ... after a preposition or a word of handing work, or opening a clause
    case("由经济发展局牵头，会同建设局推进", {"经济发展局": I, "建设局": I}, id="after-you-and-huitong"),
    case("建设局已约谈施工方负责人", {"建设局": I}, id="opening-a-clause"),
    # ... and a commission of development and reform by its remit, 委 cut off alone (bare_commissions)
    case("兵团发展改革委下发绿电工作通知后", {"兵团发展改革委": I}, id="corps-reform-commission"),
    # (near misses: a party's bodies ending with 委 are no such commission)
    case("加强政法委工作", {}, id="party-law-commission"),
    case("市委各部委要抓好落实", {}, id="party-departments"),
    # ... and through a level jieba glued to a preposition (经|区 cut as 经区)
    case("经区生态环境分局上门服务企业", {"区生态环境分局": I}, id="glued-jing-level"),
    # a word of setting up stops the remit's walk: the committee and its bureau are two
    case("云溪高新区管委会下设规划建设局", {"云溪高新区管委会": I, "规划建设局": I},
         id="set-up-under-a-committee"),
    # near misses: an outcome or a turn ending with 局, and 局 inside another word
    case("开创高质量发展新局", {}, id="new-situation"),
    case("推动城市建设局面改善", {}, id="jumian"),
    case("应对百年变局", {}, id="great-changes"),
    # ... and a builder's engineering bureau named by its number is no government's
    case("项目由星澜八局承建", {}, id="numbered-engineering-bureau"),
    # ... and every county's bureau after the levels in brackets is a kind, no body (a named one stays)
    case("各县（市、区）科技局，青禾经济技术开发区管委会：", {"青禾经济技术开发区管委会": I},
         id="every-countys-bureau"),
    case("二、各区（县）商务局要做好项目跟踪服务", {}, id="every-districts-bureau"),
    case("各县（区）、科技局要加强跟踪服务", {"科技局": I}, id="list-after-brackets-is-bare"),
])
def test_a_bureau_named_by_its_remit_alone(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a modal jieba glued to a commission's 委 (改革|委要) is cut off: the commission ends at 委
    case("三是区发展改革委要抓好要素保障", {"区发展改革委": I}, id="glued-yao"),
    case("市发展改革委将加强统筹", {"市发展改革委": I}, id="glued-jiang"),
    case("区卫生健康委要做好保障", {"区卫生健康委": I}, id="glued-yao-adjective-remit"),
    # near misses: a party or village committee before a modal is no body
    case("党委要加强领导", {}, id="party-committee"),
    case("村委要带头示范", {}, id="village-committee"),
])
def test_a_modal_glued_to_a_commission(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a committee opening a clause before its bureaus: the bureau is named by its remit alone
    case("管委会经济发展局、规划建设局负责同志参加会议。", {"经济发展局": I, "规划建设局": I},
         id="bare-committee-bureau"),
    case("会议由管委会主任主持，管委会经济发展局负责人汇报。", {"经济发展局": I}, id="bare-committee-after-comma"),
    # near miss: a zone's committee and its bureau are one name
    case("青禾高新区管委会经济发展局负责人介绍", {"青禾高新区管委会经济发展局": I, "青禾高新区": PL},
         id="zone-committee-bureau"),
])
def test_a_committees_bureau(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a request to a bureau named by its remit alone: 请 is no word of its name
    case("（二）请经济发展局于月底前将结果告知申请企业。", {"经济发展局": I},
         id="request-to-bare-bureau"),
    case("请示规划建设局同意后实施。", {"规划建设局": I}, id="ask-instructions-of-bare-bureau"),
    # a pointer to where a body publishes (详见|市工信局: jieba cuts 市工|信局)
    case("申报指南详见市工信局网站通知栏。", {"市工信局": I}, id="see-the-bureaus-site"),
    # near miss: a request to a bureau named by its level was one already
    case("请区商务局于月底前报送材料。", {"区商务局": I}, id="request-to-level-bureau"),
])
def test_a_request_or_a_pointer_to_a_bureau(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a public service unit named by its affairs, after its district or city, as a bureau by its remit
    case("芙蓉区投资促进事务中心牵头组织对接会。", {"芙蓉区投资促进事务中心": I, "芙蓉区": P},
         id="affairs-centre-of-a-district"),
    case("进度表月底前交湘潭市重大项目建设事务中心。", {"湘潭市重大项目建设事务中心": I, "湘潭市": P},
         id="affairs-centre-of-a-city"),
    # near miss: 事务 and 中心 apart, across a comma
    case("湘潭市事务繁多，中心城区建设加快。", {"湘潭市": P}, id="affairs-and-centre-apart"),
])
def test_an_affairs_centre(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # "connects to" before the bureau whose data a platform takes is no word of its remit; a county's
    # long short form (jieba's common noun) names the bureau, no place of the sentence's
    case("平台已接入牙克石林业管理局数据。", {"牙克石林业管理局": "Institution"}, id="connects-to-a-county-bureau"),
    # near miss: a district's bureau after the verb, named by the district as before
    case("平台对接拱墅区统计局数据。", {"拱墅区统计局": "Institution", "拱墅区": "Place"}, id="links-to-a-district-bureau"),
])
def test_a_platforms_verb_before_the_bureau(recogniser, text, want):
    check(recogniser, text, want)
