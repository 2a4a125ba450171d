"""kg/relate/city_home.py: a document that speaks as a city (我市, 全市) speaks for the city its head
names, not for a park it names more often; on given mentions (tests/relate_helpers.py). Invented
proposals."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

THINGS = {"云州市": "Place", "青禾工业园区": "Platform", "星澜乳业": "Enterprise", "白露镇": "Place"}
BODY = ("青禾工业园区集聚食品企业86家。青禾工业园区可供地块不足。建议青禾工业园区扩区，青禾工业园区新建污水处理厂，青禾工业园区新建供热站，青禾工业园区完善冷链。\n"
        "{self}奶产业基础扎实，本土企业星澜乳业稳步发展，{self2}生鲜乳产量逐年提升。")


@pytest.mark.parametrize("title, self, home", [
    # the head names the city, the text calls its speaker 我市, 全市: the city's document
    ("政协云州市第三届委员会提案", ("我市", "全市"), "云州市"),
    # (near miss: the text speaks as no city: the park it names most is the home)
    ("政协云州市第三届委员会提案", ("园区", "园区"), "青禾工业园区"),
    # (near miss: the head names no city: which city speaks is not said, the home stays)
    ("关于壮大奶产业的提案", ("我市", "全市"), "青禾工业园区"),
])
def test_a_document_speaking_as_a_city(title, self, home):
    text = BODY.format(self=self[0], self2=self[1])
    r = relate_on(THINGS, (title, title + "\n" + text))
    assert ("星澜乳业", "locatedIn", home) in r.pairs(), sorted(r.facts())
