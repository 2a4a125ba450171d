"""kg/relate/city_home.py: a document that speaks as a city (我市, 全市) speaks for the city its head
names, not for a park it names more often; on given mentions (tests/relate_helpers.py). Invented
proposals."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

THINGS = {"云州市": "Place", "墨川白族自治州": "Place", "青禾工业园区": "Platform", "星澜乳业": "Enterprise", "白露镇": "Place"}
BODY = ("青禾工业园区集聚食品企业86家。青禾工业园区可供地块不足。建议青禾工业园区扩区，青禾工业园区新建污水处理厂，青禾工业园区新建供热站，青禾工业园区完善冷链。\n"
        "{self}奶产业基础扎实，本土企业星澜乳业稳步发展，{self2}生鲜乳产量逐年提升。")


@pytest.mark.parametrize("title, self, home", [
    # the head names the city, the text calls its speaker 我市, 全市: the city's document
    ("政协云州市第三届委员会提案", ("我市", "全市"), "云州市"),
    # an autonomous prefecture speaking as 我州, 全州: the prefecture's document
    ("政协墨川白族自治州第三届委员会提案", ("我州", "全州"), "墨川白族自治州"),
    # (near miss: the text speaks as no city: the park it names most is the home)
    ("政协墨川白族自治州第三届委员会提案", ("园区", "园区"), "青禾工业园区"),
    # (the head names the city, a district-level unit by its end: find_home takes it over the park
    # the head does not name, whatever the text calls the park: tests/test_relate_home_head.py)
    ("政协云州市第三届委员会提案", ("园区", "园区"), "云州市"),
    # (near miss: the head names no city: which city speaks is not said, the home stays)
    ("关于壮大奶产业的提案", ("我市", "全市"), "青禾工业园区"),
])
def test_a_document_speaking_as_a_city(title, self, home):
    text = BODY.format(self=self[0], self2=self[1])
    r = relate_on(THINGS, (title, title + "\n" + text))
    assert ("星澜乳业", "locatedIn", home) in r.pairs(), sorted(r.facts())


COUNTIES = {"淳安县": "Place", "建德市": "Place", "桐庐县": "Place", "临安区": "Place",
            "星澜智造基地项目": "Project", "青禾食品产业园": "Platform"}
RANKING = ("日前，市统计局发布全市县域经济综合评价结果，排名出现调整。\n一、淳安县稳居首位\n淳安县综合得分位居第一。淳安县工业增加值增长9%。淳安县新引进星澜智造基地项目。\n"
           "二、{others}位次上升\n{first}引进青禾食品产业园，集聚企业20家。")


@pytest.mark.parametrize("title, others, first, landed", [
    # a city's report on its counties: the county named most is no home, what another county's
    # paragraph lands is not placed in it
    ("全市县域经济发展综合评价解读", "建德市、桐庐县、临安区", "建德市", False),
    ("全市县域经济发展综合评价解读", "桐庐县、临安区、建德市", "据介绍，桐庐县", False),
    # (near miss: the head names the county: its own document, naming its neighbours)
    ("淳安县县域经济发展综合评价解读", "建德市、桐庐县、临安区", "建德市", True),
    # (near miss: two other counties only: a county's document still)
    ("全市县域经济发展综合评价解读", "建德市、桐庐县", "建德市", True),
])
def test_a_city_report_on_its_counties(title, others, first, landed):
    r = relate_on(COUNTIES, (title, title + "\n" + RANKING.format(others=others, first=first)))
    assert (("青禾食品产业园", "locatedIn", "淳安县") in r.pairs()) == landed, sorted(r.facts())
