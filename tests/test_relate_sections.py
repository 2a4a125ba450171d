"""A section headed by a place: what it lists lies there (kg/relate/sections.py). Invented names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, L, PL = "Enterprise", "Project", "Place", "Platform"
THINGS = {"青禾高新技术产业开发区": PL, "白露经济开发区": PL, "白沙县": L, "墨川园": PL, "云溪市": L,
          "星澜精工有限公司": E, "墨川材料有限公司": E, "白露陶瓷科技有限公司": E, "星澜轴承项目": P,
          "青禾科创园": PL, "青松县": L}
TITLE = "云溪市关于第三批绿色工厂名单的公示"


def placed(text):
    r = relate_on(THINGS, TITLE + "\n\n" + text)
    return {(f[0], f[2]) for f in r.facts("locatedIn") if f[3] == "section-place"}


@pytest.mark.parametrize("text, want", [
    # the firms each section lists lie in the place its heading names, up to the next heading
    ("一、青禾高新技术产业开发区（星澜园、墨川园）\n本片区今年有两家企业入选。\n"
     "入选企业：星澜精工有限公司、墨川材料有限公司\n二、白露经济开发区\n入选企业：白露陶瓷科技有限公司",
     {("星澜精工有限公司", "青禾高新技术产业开发区"), ("墨川材料有限公司", "青禾高新技术产业开发区"),
      ("白露陶瓷科技有限公司", "白露经济开发区")}),
    ("■白沙县　\n星澜精工有限公司新上生产线两条，年产值突破10亿元。", {("星澜精工有限公司", "白沙县")}),
    # an investment guide's park profiles, each under its park's name in 【】, a field a line
    ("三、重点园区\n【青禾高新技术产业开发区】\n规划面积：37平方公里\n入驻企业：星澜精工有限公司、墨川材料有限公司等企业210余家\n"
     "【白露经济开发区】\n入驻企业：白露陶瓷科技有限公司等企业95家\n四、要素成本\n墨川材料有限公司完成技改。",
     {("星澜精工有限公司", "青禾高新技术产业开发区"), ("墨川材料有限公司", "青禾高新技术产业开发区"),
      ("白露陶瓷科技有限公司", "白露经济开发区")}),
    # a firm an earlier sentence places only in an area (a county) still lies in the park whose section
    # lists it: the park lies in the area
    ("二、产业基础\n星澜精工有限公司在白沙县建成新厂。\n三、重点园区\n【白露经济开发区】\n"
     "入驻企业：星澜精工有限公司、白露陶瓷科技有限公司等企业95家",
     {("星澜精工有限公司", "白露经济开发区"), ("白露陶瓷科技有限公司", "白露经济开发区")}),
    # (near misses: one placed in a park already stays there; a section headed by an area places none
    # a sentence placed elsewhere)
    ("二、产业基础\n星澜精工有限公司在墨川园建成新厂。\n三、重点园区\n【白露经济开发区】\n"
     "入驻企业：星澜精工有限公司、白露陶瓷科技有限公司等企业95家",
     {("白露陶瓷科技有限公司", "白露经济开发区")}),
    ("二、产业基础\n星澜精工有限公司在白沙县建成新厂。\n（一）青松县\n入选企业：星澜精工有限公司、白露陶瓷科技有限公司",
     {("白露陶瓷科技有限公司", "青松县")}),
    # a heading naming places side by side (a county, then its park): the last
    ("三、白沙县墨川园\n入选企业：星澜精工有限公司", {("星澜精工有限公司", "墨川园")}),
    ("三、白沙县墨川园招商情况\n入选企业：星澜精工有限公司", set()),
    # an item's heading the first sentence of its paragraph (（四）墨川园。…) heads the item's section
    ("（四）墨川园。2024年启动建设，首期占地800亩。其中星澜轴承项目已于今年动工。\n（五）白沙县\n入选企业：墨川材料有限公司",
     {("星澜轴承项目", "墨川园"), ("墨川材料有限公司", "白沙县")}),
    # (near miss: a unit the item's owner field names builds the park, it does not lie in it)
    ("（一）墨川园。投资方：星澜精工有限公司与墨川材料有限公司；总投资12亿元。", set()),
    # words pointing back to the section's park (园内) place what the sentence lists, a park among it
    ("（一）墨川园。青禾科创园、星澜轴承项目均坐落园内。", {("青禾科创园", "墨川园"), ("星澜轴承项目", "墨川园")}),
    # (near misses: a park not listed with them is another place; without 园内 a park named is
    # another place the sentence may mean)
    ("（一）墨川园。青禾科创园属于白沙县，星澜轴承项目在园内。", set()),
    ("（一）墨川园。青禾科创园、星澜轴承项目今年开工。", set()),
    # a map legend's zones, each under its letter in 【】 and its park, a note in brackets after it
    ("【A区】墨川园（深红色，图幅南部）\n链主企业（园内已落地）：● 星澜精工有限公司（轴承）；\n"
     "【B区】白露经济开发区（浅橙色）\n重点项目：★ 星澜轴承项目。",
     {("星澜精工有限公司", "墨川园"), ("星澜轴承项目", "白露经济开发区")}),
    (" 【A区】 墨川园的规划\n链主企业：星澜精工有限公司", set()),
    # (near misses: a 【】 heading that names more than a place, or no place, heads no place's section)
    ("【青禾高新技术产业开发区举办招商会】\n入驻企业：星澜精工有限公司", set()),
    ("【白露经济开发区】\n入驻企业：白露陶瓷科技有限公司\n【重点企业】\n星澜精工有限公司完成技改。",
     {("白露陶瓷科技有限公司", "白露经济开发区")}),
    # (near miss: a sentence naming another place places its things there, not in the heading's)
    ("一、青禾高新技术产业开发区\n备注：星澜精工有限公司的新产线去年在墨川园投产。", set()),
    # (near miss: a firm beside a project builds it; the project lies in the section's place)
    ("（一）白沙县\n星澜轴承项目由星澜精工有限公司投资建设，目前正在安装设备。", {("星澜轴承项目", "白沙县")}),
    # (near miss: a higher heading ends the section)
    ("（一）白沙县\n入选企业：星澜精工有限公司\n二、其他情况\n墨川材料有限公司完成技改。", {("星澜精工有限公司", "白沙县")}),
    # (near miss: a heading that names more than a place heads no place's section)
    ("一、青禾高新技术产业开发区发展情况\n入选企业：星澜精工有限公司、墨川材料有限公司", set()),
    # a list of one-paragraph items under the last heading: a paragraph with no mark after the items
    # speaks of the whole roll, not of the last heading's place
    ("一、白沙县（2户）\n1. 星澜精工有限公司——轴承生产。\n2. 墨川材料有限公司——新材料。\n"
     "二、青松县（1户）\n1. 白露陶瓷科技有限公司——陶瓷生产。\n2. 星澜轴承项目——轴承扩产。\n"
     "从分布看，墨川材料有限公司等企业纳税规模居前。",
     {("星澜精工有限公司", "白沙县"), ("墨川材料有限公司", "白沙县"), ("白露陶瓷科技有限公司", "青松县"),
      ("星澜轴承项目", "青松县")}),
    # (near miss: items with lines of their own between them keep the section to its end)
    ("一、白沙县\n1. 星澜精工有限公司\n所在地点：城东路8号\n2. 墨川材料有限公司\n所在地点：城西路2号\n"
     "白露陶瓷科技有限公司为以上两家企业提供配套。",
     {("星澜精工有限公司", "白沙县"), ("墨川材料有限公司", "白沙县"), ("白露陶瓷科技有限公司", "白沙县")}),
    # (near miss: a paragraph before the items is the section's own)
    ("一、白沙县\n白露陶瓷科技有限公司牵头组建联盟。\n1. 星澜精工有限公司——轴承。\n2. 墨川材料有限公司——材料。",
     {("星澜精工有限公司", "白沙县"), ("墨川材料有限公司", "白沙县"), ("白露陶瓷科技有限公司", "白沙县")}),
])
def test_a_place_headed_sections_things(text, want):
    assert placed(text) == want


@pytest.mark.parametrize("text, want", [
    # a track a sentence gives the home in a park's section is the park's lead or its segments
    ("一、分区说明\n【A区】墨川园\n主导产业：智能装备，重点发展新材料、现代物流两条产业链。", set()),
    # (near miss: outside any park's section the home keeps it)
    ("一、总体说明\n高新区重点发展新材料、现代物流两条产业链。", {"新材料", "现代物流"}),
])
def test_a_parks_section_gives_the_home_no_tracks(text, want):
    things = {"青禾高新技术产业开发区": PL, "墨川园": PL, "智能装备": "IndustryTrack", "新材料": "IndustryTrack",
              "现代物流": "IndustryTrack"}
    r = relate_on(things, ("青禾高新技术产业开发区招商地图", "青禾高新技术产业开发区招商地图\n" + text))
    assert {f[2] for f in r.facts("inTrack") if f[0] == "青禾高新技术产业开发区"} == want
