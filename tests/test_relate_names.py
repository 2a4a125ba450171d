"""track-name (kg/relate/names.py named_tracks): a park named after a track of its document."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T, PA = "Enterprise", "Platform", "IndustryTrack", "Place"


@pytest.mark.parametrize("things,text,park,track,named", [
    # a park named after a track the document names is in it
    ({"云溪星能产业园": PL, "星能": T}, "全区星能产业增长两成。\n云溪星能产业园新入驻企业12家。",
     "云溪星能产业园", "星能", True),
    # ... not when the name goes on with the goods made for the track: a narrower industry
    ({"云溪星能装备产业园": PL, "星能": T}, "全区星能产业增长两成。\n云溪星能装备产业园新入驻企业12家。",
     "云溪星能装备产业园", "星能", False),
    ({"青禾墨芯关键零部件产业园": PL, "墨芯": T}, "全区墨芯产业增长两成。\n青禾墨芯关键零部件产业园开工。",
     "青禾墨芯关键零部件产业园", "墨芯", False),
    ({"白露墨纺新材料中试基地": PL, "墨纺": T}, "全区墨纺产业增长两成。\n白露墨纺新材料中试基地投用。",
     "白露墨纺新材料中试基地", "墨纺", False),
    # (near miss: a track whose own name ends on such a word is read whole)
    ({"云溪星能装备产业园": PL, "星能装备": T}, "全区星能装备产业增长两成。\n云溪星能装备产业园新入驻企业12家。",
     "云溪星能装备产业园", "星能装备", True),
])
def test_a_park_named_after_goods_for_a_track_is_not_in_it(things, text, park, track, named):
    r = relate_on(things, text)
    assert ((park, "inTrack", track, "track-name") in r.facts()) == named


@pytest.mark.parametrize("text,named", [
    # parks named only as the parts of a zone: the names state no industry
    ("全区星能产业增长两成。\n青禾开发区下辖星能产业园、墨芯产业园两个专业园区。", False),
    ("全区星能产业增长两成。\n青禾开发区由星能产业园、墨芯产业园两个园区组成。", False),
    # (near miss: a park named on its own)
    ("全区星能产业增长两成。\n星能产业园、墨芯产业园标准厂房新增10万平方米。", True),
])
def test_a_park_named_as_a_part_of_a_zone_is_not_in_its_names_track(text, named):
    r = relate_on({"青禾开发区": PL, "星能产业园": PL, "墨芯产业园": PL, "星能": T, "墨芯": T}, text)
    assert (("星能产业园", "inTrack", "星能", "track-name") in r.facts()) == named


@pytest.mark.parametrize("park, named", [
    # a place that serves the track rather than gathers its firms: an incubator, a 科创中心,
    # a trade's 港, a high-tech zone named after one trade, a logistics park
    ("云溪星能孵化器", False),
    ("云溪星能孵化加速器", False),
    ("云溪星能科创中心", False),
    ("云溪星能创新港", False),
    ("云溪星能高新技术产业开发区", False),
    # (near misses: a park, a base, a town of the track)
    ("云溪星能产业园", True),
    ("云溪星能产业基地", True),
    ("云溪星能小镇", True),
])
def test_a_place_serving_a_track_is_not_in_it_by_its_name(park, named):
    r = relate_on({park: PL, "星能": T}, f"全区星能产业增长两成。\n{park}新入驻企业12家。")
    assert ((park, "inTrack", "星能", "track-name") in r.facts()) == named


@pytest.mark.parametrize("park, named", [
    ("云溪墨运物流园", False),
    ("云溪墨运物流园区", False),
    # (near miss: a park of the trade, not a logistics park)
    ("云溪墨运物流产业园", True),
])
def test_a_logistics_park_is_not_in_the_logistics_track_by_its_name(park, named):
    r = relate_on({park: PL, "墨运物流": T}, f"全区墨运物流产业增长两成。\n{park}新入驻企业12家。")
    assert ((park, "inTrack", "墨运物流", "track-name") in r.facts()) == named


@pytest.mark.parametrize("text, want", [
    # a park named after its track takes none of a neighbouring clause's list without it
    ("安排专项资金3亿元，坚持墨纺、星能、白露物流三大主导产业不动摇，重点支持云溪墨芯产业园起步区建设。", {"墨芯"}),
    # (near miss: the list holds the park's own track: that one only, as the near-clause rule says)
    ("安排专项资金3亿元，坚持墨纺、星能、墨芯三大主导产业不动摇，重点支持云溪墨芯产业园起步区建设。", {"墨芯"}),
    # (near miss: a list of segments, not the home's counted main tracks: the park's)
    ("安排专项资金3亿元，锚定墨纺、星能等细分赛道，重点支持云溪墨芯产业园起步区建设。", {"墨芯", "墨纺", "星能"}),
])
def test_a_park_named_after_its_track_takes_no_other_clauses_list(text, want):
    r = relate_on({"云溪墨芯产业园": PL, "墨纺": T, "星能": T, "白露物流": T, "墨芯": T},
                  "全区墨芯产业增长两成。\n" + text)
    assert {f[2] for f in r.facts("inTrack") if f[0] == "云溪墨芯产业园"} == want


PR = "Project"


@pytest.mark.parametrize("things,text,places,absent", [
    # located-name: a project named after coordinated towns lies in each ([located.name_prefix] joiners;
    # the document names the towns on their own too, as it must for a name's place)
    ({"云溪镇": PA, "墨川乡": PA, "云溪镇、墨川乡四期碳汇项目": PR},
     "云溪镇与墨川乡山林相连。\n星澜公司正在开发云溪镇、墨川乡四期碳汇项目。", ["云溪镇", "墨川乡"], []),
    ({"白露镇": PA, "墨川镇": PA, "白露镇和墨川镇2.5万亩生态林碳汇项目": PR},
     "白露镇与墨川镇山林相连。\n首批开发的白露镇和墨川镇2.5万亩生态林碳汇项目已备案。", ["白露镇", "墨川镇"], []),
    # (near miss: a town named after the project's name, not opening it, is not its place)
    ({"云溪镇": PA, "墨川乡": PA, "云溪镇四期碳汇项目": PR},
     "云溪镇与墨川乡山林相连。\n云溪镇四期碳汇项目开工，墨川乡也在规划。", ["云溪镇"], ["墨川乡"]),
])
def test_a_project_named_after_coordinated_towns_lies_in_each(things, text, places, absent):
    r = relate_on(things, text)
    project = next(n for n, c in things.items() if c == PR)
    facts = r.facts()
    for p in places:
        assert (project, "locatedIn", p, "located-name") in facts, facts
    for p in absent:
        assert (project, "locatedIn", p, "located-name") not in facts, facts
