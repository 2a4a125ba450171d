"""kg/relate/openings.py: what a clause that opens on a place is about lies there
(located-opening), on given mentions (tests/relate_helpers.py). Invented sentences."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, L, PL, C, I = "Enterprise", "Project", "Place", "Platform", "CommercialDistrict", "Institution"
THINGS = {"墨川经济开发区": PL, "青禾风机产业园": PL, "白露商圈": C, "修水县": L, "云溪市": L, "白沙镇": L,
          "星澜精密机械有限公司": E, "白露模具有限公司": E, "星澜集团": E, "星澜光电产业基地": P,
          "青禾广场": P, "白露天地": P, "墨川同乡会": I, "星澜陶瓷有限公司": E, "墨川汽车股份有限公司": E,
          "墨川汽车": E, "墨川座椅扩能项目": P, "白露智能装备有限公司": E}
OPENING = "located-opening"


@pytest.mark.parametrize("text,want", [
    # 在Y，A的生产线上…: the clause after the place is about A, which lies there
    ("在墨川经济开发区，星澜精密机械有限公司的生产线上，工人们正在调试设备。",
     {("星澜精密机械有限公司", "墨川经济开发区")}),
    # a county; a modifier before the firm; a chain of places (the last is the setting)
    ("在修水县，港资控股的白露模具有限公司今年新增两条产线。", {("白露模具有限公司", "修水县")}),
    ("在云溪市修水县，白露模具有限公司专注精密模具生产。", {("白露模具有限公司", "修水县")}),
    # ... or a place inside another after 的 (the inner one)
    ("在修水县的墨川经济开发区，白露模具有限公司专注精密模具生产。", {("白露模具有限公司", "墨川经济开发区")}),
    # (near miss: without 在, a place inside another after 的 is no opening of its own)
    ("修水县北部的墨川经济开发区内，白露模具有限公司专注精密模具生产。", set()),
    # Y内，A…: the place at the clause's start, the inside word after it
    ("墨川经济开发区内，港资控股的白露模具有限公司今年新增两条产线。",
     {("白露模具有限公司", "墨川经济开发区")}),
    # 走进Y，A、B…: a list of things
    ("走进白露商圈，青禾广场、白露天地人流如织。", {("青禾广场", "白露商圈"), ("白露天地", "白露商圈")}),
    # a builder yields to what it builds (with its short form between)
    ("在墨川经济开发区，星澜集团旗下的星澜光电产业基地订单饱满。",
     {("星澜光电产业基地", "墨川经济开发区")}),
    ("墨川经济开发区内，墨川汽车股份有限公司（简称墨川汽车）实施的墨川座椅扩能项目本月开始试生产。",
     {("墨川座椅扩能项目", "墨川经济开发区")}),
    # ... and a body's name holding a joining word (同) joins nothing
    ("在修水县，由墨川同乡会的会员企业共同出资组建的星澜陶瓷有限公司，本月投产。",
     {("星澜陶瓷有限公司", "修水县")}),
    # a park before its firm is no builder: the park lies in the place
    ("在修水县，青禾风机产业园里的白露智能装备有限公司满负荷生产。", {("青禾风机产业园", "修水县")}),
    # after a time, a clause of the sentence
    ("去年以来，在墨川经济开发区，白露模具有限公司新增两条产线。", {("白露模具有限公司", "墨川经济开发区")}),
    # a part of its site after the thing and 的
    ("走进墨川经济开发区，白露模具有限公司的厂房里一排排数控机床正在运转。", {("白露模具有限公司", "墨川经济开发区")}),
    # (near miss: what is the thing's, not its site: 的经验)
    ("在墨川经济开发区，白露模具有限公司的经验得到推广。", set()),
    # ... a joining word inside a name no mention holds joins nothing (同 of 同乡会)
    ("在修水县，由白露同乡会的会员企业共同出资组建的星澜陶瓷有限公司，本月投产。",
     {("星澜陶瓷有限公司", "修水县")}),
    # (near miss: the clause joins the firm to someone: 我们与A)
    ("在云溪市，我们与星澜集团签订合作协议。", set()),
    # (near miss: a place joined to a firm, no setting)
    ("在云溪市，白沙镇与星澜集团签订合作协议。", set()),
    # (near miss: 在Y的支持下 is no setting; nor a place in the middle of a clause)
    ("在修水县的支持下，白露模具有限公司完成扩产。", set()),
    ("星澜集团在修水县，白露模具有限公司在云溪市。", set()),
    # (near miss: the thing is in the clause after the first one)
    ("在墨川经济开发区，记者看到，白露模具有限公司正在扩产。", set()),
    # (near miss: the place ends no opening: 走进 in the middle of a clause is not a clause's start)
    ("星澜集团的员工走进修水县，白露模具有限公司也派人参加。", set()),
])
def test_a_clause_opening_on_a_place_places_what_it_is_about(text, want):
    r = relate_on(THINGS, ("云溪市产业观察", text), aliases={"墨川汽车": "墨川汽车股份有限公司"})
    assert {(s, o) for s, _, o, rule in r.facts("locatedIn") if rule == OPENING} == want
