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
