"""kg/relate/home.py find_home: the home is a candidate the document's head names when it names one
(a city, a district or a zone), not a zone or district the head does not name that the body names
most; and kg/relate/fields.py: a place field's zone before its park or road holds the item too.
Invented documents (heading + a few paragraphs) on given mentions (tests/relate_helpers.py)."""
from __future__ import annotations

import pytest
from relate_helpers import documents, find_mentions, link_given, relate_on

from kg.relate.home import HomeRules, document_head, find_home

THINGS = {"云州市": "Place", "白沙区": "Place", "青禾经济开发区": "Platform", "星澜工业园区": "Platform",
          "墨川工业园区": "Platform", "云州市星澜食品集团有限公司": "Enterprise"}
PARKS = ("星澜工业园区新增企业12家。星澜工业园区亩均税收增长8%。星澜工业园区建成标准厂房。"
         "星澜工业园区完善污水管网。星澜工业园区引进项目5个。星澜工业园区新建人才公寓。"
          "星澜工业园区开通公交线路。星澜工业园区建成邻里中心。墨川工业园区新增企业3家。{extra}")


def _home(head: str, body: str) -> str | None:
    doc = documents((head.split("\n")[0], head + "\n" + body))[0]
    ms = [m for s in doc.sentences for m in find_mentions(doc.doc_id, s.index, s.text, THINGS, None)]
    ents = link_given(ms)
    key = find_home(HomeRules.of(), ents, ms, document_head(doc))
    return key.split("/", 1)[1] if key else None


@pytest.mark.parametrize("head, extra, home", [
    # the head names the city; the body names one park most: the city's document
    ("云州市秋季项目现场拉练\n各点位简介", "云州市共安排观摩点位8个。", "云州市"),
    # the head names a district: the district's, not its park's
    ("白沙区秋季项目现场拉练\n各点位简介", "白沙区共安排观摩点位8个。", "白沙区"),
    # the head names a zone; the body names one of its parks most: the zone's
    ("青禾经济开发区用地效益评估简报\n一、总体情况", "青禾经济开发区下辖两个园区。", "青禾经济开发区"),
    # (near miss: the head names the park itself: the park's own report keeps it)
    ("星澜工业园区2026年工作总结\n一、工作回顾", "云州市共安排观摩点位8个。", "星澜工业园区"),
    # (near miss: the head names no candidate: the park named most)
    ("关于加快园区标准厂房建设的提案\n一、基本情况", "全市共安排观摩点位8个。", "星澜工业园区"),
    # (near miss: the city the head names is only the opening of a firm's name: the firm's report)
    ("云州市星澜食品集团有限公司\n2026年度企业社会责任报告", "集团总部位于白沙区。", "星澜工业园区"),
])
def test_the_head_names_the_home(head, extra, home):
    assert _home(head, PARKS.format(extra=extra)) == home


SITES = {"云州市": "Place", "青禾高新区": "Platform", "星澜大道": "Place", "墨川产业园": "Platform",
         "白露新材料项目": "Project"}


@pytest.mark.parametrize("site, zone", [
    # a place field naming a zone, then a road in it: the item lies in both
    ("青禾高新区星澜大道", True),
    ("青禾高新区墨川产业园", True),
    # (near miss: a park, no zone, before the road: the road alone)
    ("墨川产业园星澜大道", False),
])
def test_a_site_field_names_its_zone(site, zone):
    # (a city's list: the zone is no home whose field-home fact would say it)
    text = f"云州市重点项目清单\n云州市今年安排重点项目。\n●白露新材料项目\n地点：{site}\n总投资：32亿元"
    r = relate_on(SITES, ("云州市重点项目清单", text))
    assert (("白露新材料项目", "locatedIn", "青禾高新区") in r.pairs()) == zone, sorted(r.facts())


FEATURE = {"白沙区": "Place", "云溪县": "Place", "星澜文创园": "Platform"}


def _feature_home(head: str, body: str) -> str | None:
    doc = documents((head.split("\n")[0], head + "\n" + body))[0]
    ms = [m for s in doc.sentences for m in find_mentions(doc.doc_id, s.index, s.text, FEATURE, None)]
    key = find_home(HomeRules.of(), link_given(ms), ms, document_head(doc))
    return key.split("/", 1)[1] if key else None


@pytest.mark.parametrize("head, home", [
    # a feature's headline names nothing; its subtitle (——X改造记) names the park the story is about
    ("旧车间里长出新业态\n——星澜文创园改造记", "星澜文创园"),
    ("机器声停了，咖啡香来了\n—— 星澜文创园的五年", "星澜文创园"),
    # (near miss: a second line that is no subtitle, only a sentence of the lead: the county named most)
    ("旧车间里长出新业态\n星澜文创园改造记者手记", "云溪县"),
])
def test_a_feature_subtitle_names_its_park(head, home):
    body = "白沙区的老厂房去年完成改造。云溪县的手作企业陆续搬来。云溪县的游客也多了。"
    assert _feature_home(head, body) == home
