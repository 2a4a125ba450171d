"""kg/relate/infobox.py: an encyclopedia entry's or a profile's infobox lines (中文名：X /
主导产业：A、B), on given mentions (tests/relate_helpers.py). Invented entries."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, L, PL, I, P, T = "Enterprise", "Place", "Platform", "Institution", "Project", "IndustryTrack"
THINGS = {"星澜经济技术开发区": PL, "星澜经开区": PL, "青禾片区": PL, "白沙片区": PL, "白露区": L, "墨川市": L,
          "星澜经开区管理委员会": I, "智能装备": T, "新材料": T, "现代物流": T, "青禾轴承项目": P,
          "墨川精工有限公司": E, "云溪镇": L}
RULES = ("located-infobox", "track-infobox", "part-infobox", "owner-infobox")
BOX = ("基本信息\n中文名：星澜经济技术开发区\n简　称：星澜经开区\n所属地区：墨川市白露区\n规划面积：42.5平方公里\n"
       "主导产业：智能装备、新材料、现代物流\n下辖片区：青禾片区、白沙片区\n管理机构：星澜经开区管理委员会")


def related(text: str):
    return relate_on(THINGS, ("星澜经济技术开发区", "星澜经济技术开发区\n" + text), aliases={"星澜经开区": "星澜经济技术开发区"})


@pytest.mark.parametrize("text,want", [
    # the name line names the block's thing; each label says what its value states
    (BOX, {("星澜经济技术开发区", "locatedIn", "白露区"), ("星澜经济技术开发区", "inTrack", "智能装备"),
           ("星澜经济技术开发区", "inTrack", "新材料"), ("星澜经济技术开发区", "inTrack", "现代物流"),
           ("青禾片区", "partOf", "星澜经济技术开发区"), ("白沙片区", "partOf", "星澜经济技术开发区"),
           ("星澜经济技术开发区", "ownedBy", "星澜经开区管理委员会")}),
    # a park's card: its name field opens the block, the labels may come in any order
    ("园区名称：星澜经济技术开发区\n主导产业：新材料\n所在地：云溪镇",
     {("星澜经济技术开发区", "inTrack", "新材料"), ("星澜经济技术开发区", "locatedIn", "云溪镇")}),
    # (near miss: a project card's fields have no name line of an infobox: fields.py reads them)
    ("项目名称：青禾轴承项目\n建设单位：墨川精工有限公司\n所在地：云溪镇", set()),
    # (near miss: a line of running text ends the block; the lines after it have no name line)
    ("中文名：星澜经济技术开发区\n2008年，墨川市设立星澜工业园，后升级为开发区。\n主导产业：智能装备、新材料", set()),
    # (near miss: a name line naming a track or a place is no infobox of a thing)
    ("中文名：白露区\n主导产业：智能装备", set()),
    # no name line: a heading line right above, the name alone in 【】 or after an item's mark
    ("三、重点园区\n【星澜经济技术开发区】\n规划面积：30平方公里\n主导产业：智能装备、新材料\n入驻企业：墨川精工有限公司等",
     {("星澜经济技术开发区", "inTrack", "智能装备"), ("星澜经济技术开发区", "inTrack", "新材料")}),
    ("2.星澜经济技术开发区\n　　面积：约30平方公里。\n　　主导产业：现代物流。",
     {("星澜经济技术开发区", "inTrack", "现代物流")}),
    # a lettered zone's label or an article's number before the name, a note in brackets after it
    ("【B区】星澜经济技术开发区（浅橙色，图幅东南）\n规划面积：30平方公里\n主导产业：智能装备、新材料",
     {("星澜经济技术开发区", "inTrack", "智能装备"), ("星澜经济技术开发区", "inTrack", "新材料")}),
    ("第6条 星澜经济技术开发区\n主导产业：现代物流\n所在地：云溪镇",
     {("星澜经济技术开发区", "inTrack", "现代物流"), ("星澜经济技术开发区", "locatedIn", "云溪镇")}),
    # (near miss: the tracks after the first clause of a track field are the first's segments)
    ("【星澜经济技术开发区】\n主导产业：智能装备，细分为新材料、现代物流两条产业链。",
     {("星澜经济技术开发区", "inTrack", "智能装备")}),
    # (near miss: a place field naming a side of a place: beside it, not in it)
    ("【星澜经济技术开发区】\n区位：云溪镇以南，距高铁站8公里。\n主导产业：现代物流",
     {("星澜经济技术开发区", "inTrack", "现代物流")}),
    # (near miss: a heading line that says more than a name heads nothing)
    ("2.星澜经济技术开发区的建设\n主导产业：现代物流", set()),
    # (near miss: a heading naming a place, or a heading a line of text stands apart from)
    ("【白露区】\n主导产业：现代物流", set()),
    ("【星澜经济技术开发区】\n园区于2008年设立。\n主导产业：现代物流", set()),
])
def test_an_infobox_states_its_things_relations(text, want):
    """What the block says is in the graph (a line the patterns read as well, 下辖片区：A、B of
    the home, may keep their evidence), and the infobox rules state nothing else."""
    r = related(text)
    assert want <= r.pairs(), sorted(r.facts())
    assert {f[:3] for f in r.facts() if f[3] in RULES} <= want
