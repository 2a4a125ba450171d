"""Named sub-areas of zones and parks, on INVENTED zones and sentences: an area named by the
trade it gathers (kg/recognise/trade_areas.py, rules.toml [trade_area]: 星澜产业园|铝产业|片区,
石化|功能区), a park named after an industrial zone's short name (工业区 a zone word: 墨川工业区|
新能源产业园), a border trade zone (白露边贸区), a park whose name holds 青年 (jieba's time word), a port's operation area (墨川港白沙作业区),
and the names the zone's words do not make (a zone's projects in general; a park's trade read as
a firm's brand)."""
from __future__ import annotations

import pytest

from recognition import case, check

PF, P, E = "Platform", "Place", "Enterprise"


@pytest.mark.parametrize("text, want, owners", [
    # a zone's short name, a trade and a park's head: one park
    case("项目拟选址墨川工业区新能源产业园", {"墨川工业区新能源产业园": PF}, {}, id="industrial-zone-park"),
    case("项目落户白露工业区精细化工园区，总投资9亿元", {"白露工业区精细化工园区": PF}, {},
         id="industrial-zone-chemical-park"),
    # a trade's area after its zone, or after a park
    case("项目拟选址云溪经开区新材料片区", {"云溪经开区新材料片区": PF}, {}, id="zone-trade-area"),
    case("该公司落户星澜产业园铝产业片区", {"星澜产业园铝产业片区": PF}, None, id="park-trade-area"),
    case("企业入驻青禾经济开发区纺织功能区", {"青禾经济开发区纺织功能区": PF}, {},
         id="trade-functional-area"),
    case("该公司落户白露新材料产业片区", {"白露新材料产业片区": PF}, None, id="named-trade-area"),
    # near misses: a town's area is a place; generic words name no trade; a plan's concept
    case("项目位于云溪镇新材料片区", {"云溪镇": P}, None, id="town-trade-area-is-a-place"),
    case("推进重点产业片区建设", {}, None, id="generic-area"),
    case("落实主体功能区战略", {}, None, id="planning-concept"),
    case("项目拟选址云溪经开区白露片区", {"云溪经开区": PF, "白露片区": P}, None, id="named-area-of-a-zone"),
])
def test_trade_areas(recogniser, text, want, owners):
    check(recogniser, text, want, owners)


@pytest.mark.parametrize("text, want", [
    # a border trade zone, named after the city before it
    case("企业位于星澜市白露边贸区，属跨境电商赛道", {"白露边贸区": PF, "跨境电商": "IndustryTrack"},
         id="border-trade-zone"),
    case("推动边贸区转型发展", {}, id="bare-border-trade-zone"),
    # 青年 inside a park's name (jieba tags it a time)
    case("企业入驻云溪青年创业园", {"云溪青年创业园": PF}, id="youth-park"),
    # a port's operation area, named by the port (and its river or city) and its own name
    case("运维母港位于墨川港白沙作业区", {"墨川港白沙作业区": P}, id="port-operation-area"),
    case("星澜江云溪港青石作业区直通大海", {"星澜江云溪港青石作业区": P}, id="river-port-operation-area"),
    case("新建件杂货、滚装作业区和综合物流中心", {}, id="kind-of-operation-area"),
    # a zone's projects in general: no project's name
    case("对照《墨川工业区项目准入办法》逐项评审", {"墨川工业区": PF}, id="zone-projects-in-general"),
    case("召开星澜高新区项目推进会", {"星澜高新区": PF}, id="zone-projects-meeting"),
    case("推进星澜高新区标准厂房项目", {"星澜高新区标准厂房项目": "Project"}, id="zone-works-named"),
    # a park and the trade area after it: no firm named 星澜产业园新能源
    case("项目落户星澜产业园新能源汽车产业区", {"星澜产业园": PF, "新能源汽车产业区": PF}, id="park-then-trade-area"),
    case("项目落户星澜产业园，由白露能源投资", {"星澜产业园": PF, "白露能源": E}, id="brand-and-trade-firm"),
])
def test_zone_and_park_names(recogniser, text, want):
    check(recogniser, text, want)
