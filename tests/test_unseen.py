"""The whole pipeline on documents nobody annotated and no rule was written from.

tests/unseen/ holds two short texts written for this test in the corpus's
styles, about two other Hangzhou districts (a work report of 滨江区, a press
conference of 上城区). Well-known firms come from the lexicon; the firm, park
and project names marked "invented" below are in no list and must be found
by the rules. Each expectation is what an analyst reading the text would
list.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"


@pytest.fixture(scope="module")
def graph():
    ex, problems, _ = extract(UNSEEN)
    assert not problems and len(ex.documents) == 2
    entities = {}
    for e in ex.entities.values():
        entities[e.name] = {e.cls, *e.extra_classes}
    relations = {(ex.entities[r.subject].name, r.predicate, ex.entities[r.object].name): r
                 for r in ex.relations}
    return entities, relations


@pytest.mark.parametrize("name, cls", [
    ("青禾智能科技", "Enterprise"),                     # invented, introduced by 引进
    ("杭州云栖微电子有限公司", "Enterprise"),           # invented, a legal form
    ("星辰算力科技", "Enterprise"),                     # invented, in a list of projects brought in
    ("网易杭州研发中心二期", "Project"),
    ("吉利数字科技总部", "Project"),
    ("华为杭州研究所三期", "Project"),
    ("海康威视上城研发基地项目", "Project"),
    ("阿里云创新中心", "Project"),
    ("浙江大学医学院附属第二医院滨江院区扩建工程", "Project"),  # works named after the hospital
    ("白马湖生态创意城", "Platform"),
    ("物联网小镇", "Platform"),
    ("互联网小镇", "Platform"),
    ("玉皇山南基金小镇", "Platform"),
    ("星光大道商圈", "CommercialDistrict"),
    ("龙湖天街商圈", "CommercialDistrict"),
    ("湖滨商圈", "CommercialDistrict"),
    ("浙江大学上城国际创新研究院", "Institution"),
    ("数字经济", "IndustryTrack"),
    ("生命健康", "IndustryTrack"),
    ("集成电路", "IndustryTrack"),
    ("滨江区", "Place"),
    ("上城区", "Place"),
])
def test_names_and_classes(graph, name, cls):
    entities, _ = graph
    assert name in entities, sorted(entities)
    assert cls in entities[name], (name, entities[name])


@pytest.mark.parametrize("triple", [
    ("海康威视", "inTrack", "数字经济"),          # 海康威视、大华股份、新华三等龙头企业 in the 数字经济 sentence
    ("新华三", "inTrack", "数字经济"),
    ("迪安诊断", "inTrack", "生命健康"),          # 生命健康产业蓬勃发展，迪安诊断、艾博生物、启明医疗等企业…
    ("启明医疗", "inTrack", "生命健康"),
    ("集成电路", "subTrackOf", "数字经济"),       # 物联网、集成电路、人工智能等细分赛道
    ("人工智能", "subTrackOf", "数字经济"),
    ("青禾智能科技", "locatedIn", "滨江区"),      # the district 引进 it
    ("网易杭州研发中心二期", "locatedIn", "滨江区"),  # the district's report: 开工建设
    ("海康威视上城研发基地项目", "locatedIn", "上城区"),
    ("网易杭州研发中心二期", "ownedBy", "网易"),   # named after its owner
    ("吉利数字科技总部", "ownedBy", "吉利"),
    ("海康威视上城研发基地项目", "ownedBy", "海康威视"),
    ("浙江大学医学院附属第二医院滨江院区扩建工程", "ownedBy", "浙江大学医学院附属第二医院"),
])
def test_relations_with_their_evidence(graph, triple):
    entities, relations = graph
    assert triple in relations, sorted(relations)
    r = relations[triple]
    assert r.rule and 0 < r.confidence <= 1


@pytest.mark.parametrize("triple", [
    ("海康威视", "inTrack", "生命健康"),          # another sentence's track
    ("迪安诊断", "inTrack", "数字经济"),
    ("生命健康", "subTrackOf", "数字经济"),
    ("浙江大学", "locatedIn", "上城区"),          # a partner the district signs with, not a thing it lands
])
def test_no_relation_the_text_does_not_state(graph, triple):
    _, relations = graph
    assert triple not in relations


def test_no_generic_mentions(graph):
    entities, _ = graph
    for generic in ("龙头企业", "优质项目", "细分赛道", "三大平台", "重点商贸企业", "首店"):
        assert generic not in entities


def test_a_park_whose_name_ends_in_a_generic_word(graph):
    # 望江: a local place name no list holds, before the generic word 智慧
    entities, _ = graph
    assert "Platform" in entities.get("望江智慧产业园", set())
