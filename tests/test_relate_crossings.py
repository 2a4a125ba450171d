"""kg/relate/crossings.py: a site named by the roads it lies between or where they meet
(located-crossing), on given mentions (tests/relate_helpers.py). Invented sentences."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, L, PL = "Enterprise", "Project", "Place", "Platform"
THINGS = {"星澜家电产业园三期": P, "青云大街": L, "白鹭路": L, "星澜碳纤维项目": P, "墨川新材料产业园": PL,
          "青藤路": L, "白沙路": L, "白沙街道": L, "星澜化纤有限公司": E, "青禾区": L, "锦绣路": L}
CROSSING = "located-crossing"


@pytest.mark.parametrize("text,want", [
    # a thing a rule places on one road of a meeting lies by the other too (and a corner after it)
    ("星澜家电产业园三期本月动工，项目位于青云大街与白鹭路交叉口东北角，将新增两条总装线。",
     {("星澜家电产业园三期", "白鹭路")}),
    # roads by their sides, after the park a place field names, a comma apart
    ("项目名称：星澜碳纤维项目\n建设单位：星澜化纤有限公司\n建设地点：墨川新材料产业园，青藤路以东、白沙路以北",
     {("星澜碳纤维项目", "青藤路"), ("星澜碳纤维项目", "白沙路")}),
    # ... one road will do there
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，青藤路以东\n计划投资：30亿元",
     {("星澜碳纤维项目", "青藤路")}),
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，青藤路与白沙路交汇处",
     {("星澜碳纤维项目", "青藤路"), ("星澜碳纤维项目", "白沙路")}),
    # ... a side said as 东侧 / 南段 as well (青藤路东侧、白沙路北侧)
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，青藤路东侧、白沙路北侧\n计划投资：30亿元",
     {("星澜碳纤维项目", "青藤路"), ("星澜碳纤维项目", "白沙路")}),
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，青藤路南段\n计划投资：30亿元",
     {("星澜碳纤维项目", "青藤路")}),
    # (near miss: the side of an area is outside it)
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，白沙街道西侧\n计划投资：30亿元", set()),
    ("项目名称：星澜碳纤维项目\n建设地点：墨川新材料产业园，白沙街道以东\n计划投资：30亿元", set()),
    # (near miss: two roads the sentence only lists, no meeting and no side: nothing to spread)
    ("星澜家电产业园三期本月动工，项目位于青云大街，配套改造白鹭路与锦绣路。", set()),
    # (near miss: a meeting of roads no thing of the sentence is placed at)
    ("青禾区将改造青云大街与白鹭路交叉口，新增车位300个。", set()),
])
def test_a_site_between_roads_lies_by_each(text, want):
    r = relate_on(THINGS, ("青禾区重点项目", text))
    assert {(s, o) for s, _, o, rule in r.facts("locatedIn") if rule == CROSSING} == want


@pytest.mark.parametrize("text,want", [
    # a list of places that ends the clause: what a rule put in the first lies in each (the
    # district the document speaks for is no such place: the nearer place wins over it)
    ("星澜化纤有限公司等三家企业扎根白沙街道和星海镇。", {("星澜化纤有限公司", "星海镇")}),
    ("星澜碳纤维项目落户白沙街道、星海镇，计划年内投产。", {("星澜碳纤维项目", "星海镇")}),
    # (near miss: the list goes on into another name: 白沙街道和星海镇的墨川新材料产业园)
    ("星澜化纤有限公司落户白沙街道和星海镇的墨川新材料产业园。", set()),
    # (near miss: the places are listed in another clause than the one that places the thing)
    ("星澜化纤有限公司落户白沙街道，服务星海镇和星海区。", set()),
])
def test_a_thing_in_one_of_a_list_of_places_lies_in_each(text, want):
    r = relate_on({**THINGS, "星海镇": L, "星海区": L}, ("青禾区重点项目", text))
    assert {(s, o) for s, _, o, rule in r.facts("locatedIn") if rule == "located-listed"} == want
