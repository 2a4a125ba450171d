"""Works a firm sets up somewhere, named after the frame that says so (kg/recognise/sited_works.py,
rules.toml [sited_works]) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …); real
names only where a rule depends on the lexicon (cities, districts, tracks).

Each row: the sentence, the {name: class} of every name found that is not a nested owner,
and the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check

PR, PL, E, T, P = "Project", "Platform", "Enterprise", "IndustryTrack", "Place"


@pytest.mark.parametrize("text, want, want_owners", [
    # a direction, a track and a head of a firm's works, no proper word among them
    case("星澜能源在高新区设立华北储能系统装配基地，年内投产", {"星澜能源": E, "华北储能系统装配基地": PR}, {},
         id="direction-and-track"),
    # a quantity and what the works make (a word of numerals in it), after 建设
    case("墨川钴业集团在云栖园区建设年产3万吨高纯四氧化三钴项目，总投资60亿元",
         {"墨川钴业集团": E, "云栖园区": PL, "年产3万吨高纯四氧化三钴项目": PR}, {}, id="quantity"),
    # a head the frame alone makes a works' (中心), a verb of what the works do before it
    case("青禾软件集团在云栖设立了华南区域交付中心，年底前投入运营",
         {"青禾软件集团": E, "华南区域交付中心": PR}, {}, id="frame-head-and-verb"),
    # a place word opening the name, a station head; 建成 as the act
    case("星澜管网集团在工业区建成云溪分输站，承担天然气分输任务",
         {"星澜管网集团": E, "云溪分输站": PR}, {}, id="city-and-station"),
    # the amount it puts in before the verb, its short form in brackets; a firm's trade word
    # (精密) is a word of what the works make
    case("星澜传动股份有限公司（简称“星澜传动”）投资7亿元建设精密轴承生产基地；",
         {"星澜传动股份有限公司": E, "精密轴承生产基地": PR}, {}, id="amount-and-trade-word"),
    # 投资建设 right after the firm, an adjective opening the name
    case("青禾产业投资集团有限公司投资建设高端阀门及泵体产业化项目，预计明年投产",
         {"青禾产业投资集团有限公司": E, "高端阀门及泵体产业化项目": PR}, {}, id="invests-and-builds"),
    # the works' head and a word for projects after it: the project of the works
    case("白露果业有限公司在宁陵县白露镇建设山地水果冷链物流中心项目，主体已封顶",
         {"白露果业有限公司": E, "宁陵县": P, "白露镇": P, "山地水果冷链物流中心项目": PR}, {}, id="head-then-project"),
    # the amount the firm puts in, then 的: the works it qualifies
    case("墨川禾丰农牧发展有限公司投资2.8亿元的燕麦精深加工项目在云溪建成投产",
         {"墨川禾丰农牧发展有限公司": E, "燕麦精深加工项目": PR}, {}, id="amount-de"),
    # 实施的 / 建设的 right after the firm
    case("星澜铜业有限公司实施的铜冶炼烟尘综合利用项目落户墨川产业园",
         {"星澜铜业有限公司": E, "铜冶炼烟尘综合利用项目": PR, "墨川产业园": PL}, {}, id="carries-out-de"),
    # the firm's parent said between the firm and the frame (为…子公司，/ 由…控股，), a workshop head
    case("星澜蜜业有限公司为墨川控股子公司，在云溪工业园区建设蜂蜜灌装车间，年灌装蜂蜜300吨",
         {"星澜蜜业有限公司": E, "墨川": E, "云溪工业园区": PL, "蜂蜜灌装车间": PR}, {}, id="parent-between-workshop"),
    case("青禾药业有限公司为墨川集团下属企业，在云溪县中医药产业园建设黄芩初加工中心",
         {"青禾药业有限公司": E, "墨川集团": E, "云溪县中医药产业园": PL, "黄芩初加工中心": PR}, {},
         id="parent-between-centre"),
])
def test_a_firm_sets_up_works_there(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a bare head names no works
    case("星澜科技在高新区设立研发中心，年内投用", {"星澜科技": E}, {}, id="bare-head"),
    # generic words and a head: a kind of works
    case("星澜科技在高新区建设大型生产基地，年内投用", {"星澜科技": E}, {}, id="generic-words"),
    # a line of what it makes (生产线) is no works' name
    case("星澜科技在高新区建设电池隔膜生产线，年内投产", {"星澜科技": E}, {}, id="product-line"),
    # a university's unit is a kind of unit, not a firm's works
    case("青禾大学在高新区设立技术转移基地", {"青禾大学": "Institution"}, {}, id="body-not-firm"),
    # building with no place, no amount, no 投资建设: no frame
    case("星澜能源建设华北储能系统装配基地，年内投产", {}, {}, id="bare-build"),
    # no site frame: a firm visiting, not setting up
    case("星澜能源在高新区参观华北储能系统装配基地", {}, {}, id="no-frame-verb"),
    # a kind of works after 实施的 (技术改造项目, not_entities.tsv), no name
    case("星澜铜业有限公司实施的技术改造项目已完工", {"星澜铜业有限公司": E}, {}, id="kind-of-works-de"),
    # 的 after a firm with no act or amount: what it owns is said elsewhere, no frame
    case("星澜铜业有限公司的铜冶炼烟尘综合利用项目已完工", {"星澜铜业有限公司": E}, {}, id="bare-de"),
    # a bare workshop, generic words and a workshop: no works named
    case("星澜机械有限公司在云溪园区新建生产车间2栋", {"星澜机械有限公司": E, "云溪园区": PL}, {}, id="bare-workshop"),
    # the parent said, but what follows is no site frame (a visit)
    case("星澜蜜业有限公司为墨川控股子公司，在云溪工业园区参观蜂产品深加工车间",
         {"星澜蜜业有限公司": E, "墨川": E, "云溪工业园区": PL}, {}, id="parent-no-frame"),
])
def test_no_works_without_the_frame(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
