"""kg/relate/city_counties.py on given mentions (tests/relate_helpers.py): the counties a city
lists right after its word for itself (我市A区、B区, 州内A县、B县) are parts of that city.
Sentences invented; names invented, but for the lexicon's real cities and counties in the last rows."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

P, E = "Place", "Enterprise"
THINGS = {"星澜市": P, "墨川市": P, "青禾区": P, "白露区": P, "云溪县": P, "柳岸县": P, "星澜州": P,
          "白露镇": P, "青禾社区": P, "白露盟": P, "云溪科技有限公司": E,
          "宜昌市": P, "荆州市": P, "夷陵区": P, "西陵区": P}


@pytest.mark.parametrize("texts, want", [
    # the city's word for itself, then its counties: each a part of the one city the document names
    (["星澜市发布矿业权出让公告。", "矿区分布于我市青禾区、白露区和云溪县。"],
     {("青禾区", "星澜市"), ("白露区", "星澜市"), ("云溪县", "星澜市")}),
    (["星澜州能源局通报屋顶光伏进展。", "下一步在州内云溪县、柳岸县推广试点经验。"],
     {("云溪县", "星澜州"), ("柳岸县", "星澜州")}),
    (["星澜市商务局通报。", "本市的青禾区及白露区率先完成任务。"], {("青禾区", "星澜市"), ("白露区", "星澜市")}),
    # after what the city has and a verb of spreading (全市…分布于)
    (["星澜市农业局公示名单。", "全市示范企业主要分布于青禾区、白露区和云溪县。"],
     {("青禾区", "星澜市"), ("白露区", "星澜市"), ("云溪县", "星澜市")}),
    # ... past one short clause counting the city's things (全州共…N个，分布在…)
    (["星澜州商务局通报。", "全州共认定示范街区5个，分布在青禾区及云溪县。"],
     {("青禾区", "星澜州"), ("云溪县", "星澜州")}),
    # ... not past a second clause
    (["星澜州商务局通报。", "全州共认定示范街区5个，其中3个为新建，分布在青禾区及云溪县。"], set()),
    # after the count of the counties the list is picked from (全盟N个旗县市（区）中，)
    (["白露盟发布通知。", "全盟九个旗县市（区）中，青禾区和云溪县列入首批名单。"],
     {("青禾区", "白露盟"), ("云溪县", "白露盟")}),
    (["星澜州能源局发布方案。", "全州7个县（市）中，青禾区、云溪县安排试点。"],
     {("青禾区", "星澜州"), ("云溪县", "星澜州")}),
    # ... not a count of other things (全市9个项目中)
    (["星澜市发布公告。", "全市9个项目中，青禾区、白露区各占三个。"], set()),
    # two cities of the level named, the lexicon files the counties under one of them
    (["宜昌市与荆州市签署合作协议。", "我市夷陵区、西陵区承接产业转移。"], {("夷陵区", "宜昌市"), ("西陵区", "宜昌市")}),
    # near misses: two cities the lexicon knows nothing of (no guess); no city of the word's level
    (["星澜市与墨川市签署合作协议。", "我市青禾区、白露区承接产业转移。"], set()),
    (["星澜州能源局通报。", "我市青禾区、白露区承接产业转移。"], set()),
    # ... a town or a community after the word; the counties not right after it
    (["星澜市发布公告。", "我市白露镇、青禾社区完成改造。"], set()),
    # ... what the city's things are sold to, no verb of spreading
    (["星澜市发布公告。", "全市特色产品主要销往青禾区、白露区。"], set()),
    (["星澜市发布公告。", "我市云溪科技有限公司在青禾区、白露区建厂。"], set()),
])
def test_counties_after_the_citys_word_for_itself(texts, want):
    r = relate_on(THINGS, "".join(texts))
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == "part-city-county"}
    assert got == want
