"""Divisions and regiments of a production and construction corps named by their numbers
(kg/recognise/corps_units.py, rules.toml [corps_unit]), and a division named with its city; a project
or body named after one; a route named by its two ends (kg/recognise/route_names.py, [route_name]);
a bare park word's area (落户园区北区, [place] zone_part_not_after). Sentences and names are invented."""
from __future__ import annotations

import pytest

from recognition import case, document_names

P, PJ, I, E = "Place", "Project", "Institution", "Enterprise"


def _names(rec, text):
    return {name: cls for (_, name), cls in document_names(rec, text).items()}


@pytest.mark.parametrize("text, want", [
    case("新装备区位于二二六团境内。", {"二二六团": P}, id="regiment"),
    case("光伏项目位于四十三团。", {"四十三团": P}, id="regiment-tens"),
    case("第九师坚持工业强师战略。", {"第九师": P}, id="division"),
    case("星澜能源集团投资的一七三团30万千瓦光伏项目并网。",
         {"星澜能源集团": E, "一七三团30万千瓦光伏项目": PJ}, id="project-named-by-regiment"),
    # a name whose head's walk began on the regiment's own character (the numerals stopped it)
    case("八十三团净水厂提标改造工程完成审计。", {"八十三团净水厂提标改造工程": PJ},
         id="walk-began-on-the-unit"),
    # ... where jieba cut the numerals off the unit's character, the works' name opens with the unit
    # (the unit a place of its own, nested), its 项目 kept
    case("（四）四十二团果蔬冷链物流中心项目。", {"四十二团果蔬冷链物流中心项目": PJ}, id="project-cut-at-regiment"),
    case("（二）二十七团供水管网改造工程。", {"二十七团供水管网改造工程": PJ}, id="works-cut-at-regiment"),
    # near misses: a normal college, a team counted, a regiment after an ordinal
    case("第一师范学院招生。", {"第一师范学院": I}, id="normal-college"),
    case("组建三十一团队开展服务。", {}, id="teams"),
])
def test_corps_units(recogniser, text, want):
    assert _names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    case("依托墨川机场和阿克苏至桐庐铁路发展物流。", {"墨川机场": P, "阿克苏至桐庐铁路": P}, id="route-to"),
    case("争取阿克苏—桐庐城际公路早日开工。", {"阿克苏—桐庐城际公路": P}, id="route-dash"),
    # near miss: a route with no place before the joiner keeps its own name
    case("新建直通至桐庐铁路的连接线。", {"桐庐铁路": P}, id="no-first-end"),
])
def test_a_route_named_by_its_ends_is_whole(recogniser, text, want):
    assert _names(recogniser, text) == want


def _places(rec, text):
    """{name: aliases} of a document's places, the owners nested in names too."""
    from recognition import document
    return {m.name: set(m.aliases) for m in rec.document_mentions(document(text)) if m.cls == P}


@pytest.mark.parametrize("text, want", [
    # a division named with the county-level city it governs: one place, the city's names its aliases
    case("第五师双河市坚持工业强市。", {"第五师双河市": {"双河市", "双河"}}, id="division-city"),
    # ... also where it opens a bureau's name, which keeps it whole
    case("第五师双河市商务局关于项目的通知\n近日，第五师双河市商务局印发通知。", {"第五师双河市": {"双河市", "双河"}},
         id="division-city-bureau"),
    # a regiment that builds is still one (团建 is a team's outing, 团建设 is not)
    case("星澜纺织公司在八十一团建设纺纱项目。", {"八十一团": set()}, id="regiment-builds"),
    # near misses: a division before a word no city, or before a city the lexicon does not know
    case("第五师党委召开会议。", {"第五师": set()}, id="division-alone"),
    case("第五师城市建设提速。", {"第五师": set()}, id="division-city-word"),
    case("第五师星澜市推进改革。", {"第五师": set()}, id="unknown-city"),
])
def test_a_division_named_with_its_city(recogniser, text, want):
    assert _places(recogniser, text) == want


def test_a_division_citys_bureau_is_named_by_it_whole(recogniser):
    got = _names(recogniser, "第五师双河市商务局关于项目的通知\n近日，第五师双河市商务局印发通知。")
    assert {n: c for n, c in got.items() if c == I} == {"第五师双河市商务局": I}
