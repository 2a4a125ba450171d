"""kg/recognise/generic_districts.py (rules.toml [generic_districts]): a 商圈 a word of a
town's part or an area's kind alone opens (城区商圈, 老城商圈, 东部商圈, 数字商圈) names no
commercial district; a proper word before it does. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, document, document_names


def districts(rec, text):
    return {m.name for m in rec.document_mentions(document(text))
            if m.cls == "CommercialDistrict" and m.role != "owner"}


@pytest.mark.parametrize("text, name", [
    case("推动城区商圈提档升级，引进首店12家。", "城区商圈", id="the-town-part"),
    case("改造提升老城商圈，夜间客流增长两成。", "老城商圈", id="the-old-town"),
    case("加快培育东部商圈，新开门店30家。", "东部商圈", id="a-side-of-town"),
    case("建设数字商圈，推广线上消费。", "数字商圈", id="a-kind-of-area"),
])
def test_a_part_word_alone_names_no_district(recogniser, text, name):
    assert name not in districts(recogniser, text)


@pytest.mark.parametrize("text, name", [
    # (near misses: a proper word opens the name, a town's side said as a name)
    case("星澜路商圈引进首店12家，客流增长两成。", "星澜路商圈", id="a-street-names-it"),
    case("青禾古镇商圈夜间客流增长两成。", "青禾古镇商圈", id="a-named-old-town"),
])
def test_a_named_district_stays(recogniser, text, name):
    assert name in districts(recogniser, text), document_names(recogniser, text)


def places(rec, text):
    return {m.name for m in rec.document_mentions(document(text)) if m.cls == "Place" and m.role != "owner"}


@pytest.mark.parametrize("text, district, place", [
    # a city's central or main urban area opening a district's name: the area is a place, the
    # district is named by the words after it
    case("星澜步行街位于云溪市中心城区白露商圈核心地段。", "白露商圈", "云溪市中心城区", id="central-area"),
    case("墨川路步行街位于南宁市主城区白露商圈核心地段。", "白露商圈", "南宁市主城区", id="main-area"),
    # (near miss: the part word and the head alone name no district, as before)
    case("推动主城区商圈提档升级，引进首店12家。", None, None, id="part-and-head-alone"),
])
def test_a_part_of_town_opening_a_district(recogniser, text, district, place):
    got = districts(recogniser, text)
    if district is None:
        assert not got, got
        return
    assert district in got and not any(d != district and d.endswith(district) for d in got), got
    assert place in places(recogniser, text)
