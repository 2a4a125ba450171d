"""kg/recognise/owner_checks.py: a document's owner mentions checked against the rest of
what it names (a brand the document names as a track; a firm named in full owning what its
short form opens)."""
from __future__ import annotations

import pytest

from kg.model import Mention
from kg.recognise.owner_checks import named_firm_owners, place_brands, place_items, track_brands
from kg.rules import load_rules


def _m(sentence, start, surface, cls, rule, role=""):
    return Mention("t.txt", sentence, start, start + len(surface), surface, cls, surface, rule, role=role)


@pytest.mark.parametrize("park, kept", [
    ("星澜工业园", False),   # a brand that is the stem of an industrial park the document names: the park's
    ("星澜园区", False),
    ("星澜产业园", True),    # (near miss: a firm may name its own 产业园 after itself)
])
def test_a_brand_that_is_a_park_s_stem_is_no_owner(park, kept):
    ms = [_m(0, 0, park, "Platform", "head:" + park[2:]),
          _m(1, 2, "星澜工业园污水处理厂扩建工程", "Project", "head:污水处理厂"),
          _m(1, 2, "星澜", "Enterprise", "owner-prefix:brand", "owner")]
    got = place_brands(load_rules(), ms)
    assert (ms[2] in got) == kept


@pytest.mark.parametrize("rule, kept", [
    ("owner-prefix:新材料", False),    # a brand and a trade word that the document names as a track
    ("owner-prefix:brand", False),     # a brand no list holds, the same
    ("owner-prefix:lexicon", True),    # a firm the lexicon knows keeps its name
])
def test_an_owner_the_document_names_as_a_track_is_none(rule, kept):
    ms = [_m(0, 4, "星澜新材料", "IndustryTrack", "enumeration", "item"),
          _m(1, 2, "星澜新材料高性能产业化基地", "Project", "head:产业化基地"),
          _m(1, 2, "星澜新材料", "Enterprise", rule, "owner")]
    assert (ms[2] in track_brands(ms)) == kept
    # (an owner no track of the document is named like stays)
    assert ms[2] in track_brands(ms[1:])


@pytest.mark.parametrize("firm, owner, rule, expected", [
    # a short form of a firm the document names, the firm's heads cut off: its owner
    ("青岚重卡汽车有限公司", "青岚重卡新能源", "owner-prefix:能源", ("青岚重卡", "青岚重卡汽车有限公司")),
    ("青岚商用车有限公司", "青岚商用车新能源", "owner-prefix:能源", ("青岚商用车", "青岚商用车有限公司")),
    # the firm's own short name, after the city the site is in
    ("墨瑞康", "云溪墨瑞康精密", "owner-prefix:精密", ("墨瑞康", "墨瑞康")),
    # an owner no named firm begins stays as it is
    ("青岚重卡汽车有限公司", "星湖新能源", "owner-prefix:能源", ("星湖新能源", "星湖新能源")),
    # an owner a list knows stays as it is
    ("青岚重卡汽车有限公司", "青岚重卡新能源", "owner-prefix:lexicon", ("青岚重卡新能源", "青岚重卡新能源")),
])
def test_an_owner_is_cut_where_a_named_firms_short_form_ends(firm, owner, rule, expected):
    ms = [_m(0, 0, firm, "Enterprise", "enumeration", "item"),
          _m(1, 0, owner + "专用车基地", "Project", "head:基地"),
          _m(1, 0, owner, "Enterprise", rule, "owner")]
    out = named_firm_owners(load_rules(), ms, lambda t: t in ("云溪", "云溪市"))
    got = out[2]
    assert (got.surface, got.name) == expected
    assert owner.find(got.surface) == got.start and got.end == got.start + len(got.surface)


def test_a_declared_short_form_names_the_owner():
    ms = [Mention("t.txt", 0, 0, 6, "星湖钢铁集团", "Enterprise", "星湖钢铁集团", "declared-name:集团"),
          Mention("t.txt", 0, 8, 10, "湖钢", "Enterprise", "星湖钢铁集团", "declared-alias"),
          _m(1, 0, "湖钢高端板材精深加工项目", "Project", "head:项目"),
          _m(1, 0, "湖钢高端板材", "Enterprise", "owner-prefix:板材", "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: False)[3]
    assert (got.surface, got.name, got.end) == ("湖钢", "星湖钢铁集团", 2)


@pytest.mark.parametrize("firms, expected", [
    # a firm named in full after its city: the brand is that firm
    (["云溪星澜医疗科技有限公司"], "云溪星澜医疗科技有限公司"),
    # near miss: two firms of a group in two cities share the brand; neither is meant
    (["云溪星澜医疗科技有限公司", "禾州星澜医疗有限公司"], "星澜"),
])
def test_a_brand_is_the_firm_named_after_its_city(firms, expected):
    ms = [_m(0, 20 * i, f, "Enterprise", "legal-name", "item") for i, f in enumerate(firms)]
    ms += [_m(1, 0, "星澜华东生产基地", "Project", "head:基地"),
           _m(1, 0, "星澜", "Enterprise", "owner-prefix:before-place", "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: t in ("云溪", "禾州"))[-1]
    assert (got.surface, got.name) == ("星澜", expected)


@pytest.mark.parametrize("owner, expected", [
    # a brand before a city that ends with a place's stem the document names (白露区): the brand alone
    ("星澜白露", "星澜"),
    # near misses: no stem at its end, or too little before the stem to be a brand
    ("白露星澜", "白露星澜"),
    ("澜白露", "澜白露"),
])
def test_a_brand_ends_before_a_named_places_stem(owner, expected):
    ms = [_m(0, 0, "白露区", "Place", "lexicon"),
          _m(1, 0, owner + "墨州渔光互补项目", "Project", "head:项目"),
          _m(1, 0, owner, "Enterprise", "owner-prefix:before-place", "owner")]
    got = place_brands(load_rules(), ms)[-1]
    assert (got.surface, got.name, got.end) == (expected, expected, len(expected))


@pytest.mark.parametrize("firms, owner, rule, expected", [
    # product words after a registered firm's brand, read as the owner by a trade word: the firm, its brand
    (["云溪港渡循环科技有限公司"], "港渡废旧动力", "owner-prefix:动力", ("港渡", "云溪港渡循环科技有限公司")),
    # a bare brand, a place no list holds after it (港渡|遮岛|港区…)
    (["云溪港渡船舶服务有限公司"], "港渡遮岛", "owner-prefix:brand", ("港渡", "云溪港渡船舶服务有限公司")),
    # a bare brand that opens the registered name
    (["云溪港渡特种水泥有限公司"], "港渡", "owner-prefix:before-place", ("港渡", "云溪港渡特种水泥有限公司")),
    # near miss: the brand and a trade word right after it, another firm of the group
    (["云溪港渡啤酒有限公司"], "港渡水泥", "owner-prefix:水泥", ("港渡水泥", "港渡水泥")),
    # near miss: two registered firms open the same way, neither is meant
    (["云溪港渡循环科技有限公司", "云溪港渡船舶服务有限公司"], "港渡遮岛", "owner-prefix:brand", ("港渡遮岛", "港渡遮岛")),
    # near miss: a firm not registered (no legal form) is no such firm
    (["港渡循环集团"], "港渡遮岛", "owner-prefix:brand", ("港渡遮岛", "港渡遮岛")),
])
def test_a_brand_read_off_a_name_is_the_registered_firm_it_opens(firms, owner, rule, expected):
    ms = [_m(0, 20 * i, f, "Enterprise", "head:有限公司", "name") for i, f in enumerate(firms)]
    ms += [_m(1, 0, owner + "港区综合服务基地", "Project", "head:基地"),
           _m(1, 0, owner, "Enterprise", rule, "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: t in ("云溪", "云溪市"))[-1]
    assert (got.surface, got.name, got.end) == (*expected, len(expected[0]))


@pytest.mark.parametrize("places, expected", [
    # a firm named after its city, the city without its unit (墨州 of 墨州市): its brand is the firm
    (("墨州市",), "墨州锐星新材料有限公司"),
    # near miss: no such city, the brand stays its own
    ((), "锐星"),
])
def test_a_brand_is_the_firm_named_after_its_city_without_its_unit(places, expected):
    ms = [_m(0, 0, "墨州锐星新材料有限公司", "Enterprise", "head:有限公司", "name"),
          _m(1, 0, "锐星锂电池结构件项目", "Project", "head:项目"),
          _m(1, 0, "锐星", "Enterprise", "owner-prefix:brand", "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: t in places)[-1]
    assert (got.surface, got.name) == ("锐星", expected)


@pytest.mark.parametrize("name, expected", [
    # a firm's short form read with the name short of its legal form: the registered name
    ("云溪港渡循环科技", "云溪港渡循环科技有限公司"),
    # near miss: a name no registered firm begins stays
    ("墨州港渡", "墨州港渡"),
])
def test_a_short_forms_firm_is_named_whole(name, expected):
    ms = [_m(0, 0, "云溪港渡循环科技有限公司", "Enterprise", "head:有限公司", "name"),
          _m(0, 20, "港渡电池回收项目", "Project", "head:项目"),
          Mention("t.txt", 0, 20, 22, "港渡", "Enterprise", name, "owner-prefix:short", role="owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: False)[-1]
    assert got.name == expected


@pytest.mark.parametrize("named, expected", [
    # a brand that is a place the document names, without its kind (青岗 of 青岗乡), is no firm's
    # short form: in 墨州青岗茶园观光有限公司 it names the township, not the brand
    (True, ("青岗", "青岗")),
    # near miss: the document names no such place, the brand is the firm's
    (False, ("青岗", "墨州青岗茶园观光有限公司")),
])
def test_a_named_places_stem_is_no_firms_short_form(named, expected):
    ms = [_m(0, 30, "青岗乡", "Place", "lexicon")] if named else []
    ms += [_m(0, 0, "墨州青岗茶园观光有限公司", "Enterprise", "head:有限公司", "name"),
           _m(1, 0, "青岗药材种植基地", "Project", "head:基地"),
           _m(1, 0, "青岗", "Enterprise", "owner-prefix:brand", "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: t in ("墨州",))[-1]
    assert (got.surface, got.name) == expected


@pytest.mark.parametrize("named, expected", [
    # a registered firm's name opening with the county after its province (墨州|青岗|锐芯…): the
    # county the document names (青岗市) is no brand both share, the owner read off the name stays
    (True, ("青岗港渡", "青岗港渡")),
    # near miss: no such place named, the shared opening is the registered firm's brand
    (False, ("青岗", "墨州青岗锐芯电子科技有限公司")),
])
def test_a_named_county_opening_a_registered_name_is_no_brand(named, expected):
    ms = [_m(0, 30, "青岗市", "Place", "lexicon")] if named else []
    ms += [_m(0, 0, "墨州青岗锐芯电子科技有限公司", "Enterprise", "head:有限公司", "name"),
           _m(1, 0, "青岗港渡运维实训基地", "Project", "head:实训基地"),
           _m(1, 0, "青岗港渡", "Enterprise", "owner-prefix:brand", "owner")]
    got = named_firm_owners(load_rules(), ms, lambda t: t in ("墨州",))[-1]
    assert (got.surface, got.name) == expected


@pytest.mark.parametrize("owner, kept", [
    # a place the document names and a trade word with one character before it (云溪|新|能源): no owner
    ("云溪新能源", False),
    # near miss: two characters of a brand after the place (云溪|光澜|能源)
    ("云溪光澜能源", True),
])
def test_a_place_and_a_long_trade_word_is_no_owner(owner, kept):
    ms = [_m(0, 0, "云溪市", "Place", "lexicon"),
          _m(1, 0, owner + "运维实训基地", "Project", "head:实训基地"),
          _m(1, 0, owner, "Enterprise", "owner-prefix:能源", "owner")]
    assert (ms[-1] in place_brands(load_rules(), ms)) == kept


@pytest.mark.parametrize("place, item, rule, kept", [
    # a firm only a list reads whose name is a place's the document names, less its kind (up to two)
    ("白露镇", "白露", "enumeration", False),
    ("墨峰国家森林公园景区", "墨峰", "enumeration", False),
    ("青岚景区", "青岚", "enumeration", False),
    # (near misses: a place that is a building, not a kind of place; a firm another rule reads; the
    # place's own name whole)
    ("星澜广场", "星澜", "enumeration", True),
    ("白露镇", "白露", "lexicon", True),
    ("白露镇", "白露镇", "enumeration", True),
])
def test_a_list_item_named_as_a_place_is_no_firm(place, item, rule, kept):
    ms = [_m(0, 2, place, "Place", "head:镇"),
          _m(1, 0, item, "Enterprise", rule, "item")]
    assert (ms[1] in place_items(load_rules(), ms)) == kept
