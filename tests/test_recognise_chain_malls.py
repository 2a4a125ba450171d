"""kg/recognise/chain_malls.py (rules.toml [chain_malls]): a chain's mall the sentence has
something happen in is a commercial district as well as a project; one it opens, builds
or visits is the project alone. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, mentions


def classes(rec, text, name):
    got = {m.name: (m.cls, *m.extra) for m in mentions(rec, text) if m.role != "owner"}
    assert name in got, got
    return set(got[name])


@pytest.mark.parametrize("text, name", [
    case("星澜茶饮首店在云溪万象汇开业。", "云溪万象汇", id="a-shop-opens-in-it"),
    case("在位于星澜商圈的云溪吾悦广场，年货节正在举行。", "云溪吾悦广场", id="an-event-in-it"),
    case("墨川书店在白露印象城开出首家门店。", "白露印象城", id="a-store-in-it"),
    case("云溪万象汇引进星澜书店、青禾咖啡等品牌。", "云溪万象汇", id="it-brings-shops-in"),
    case("白露吾悦广场由墨川商管运营，今年新引入星澜书店。", "白露吾悦广场", id="it-brings-shops-in-later"),
])
def test_a_mall_things_happen_in_is_a_district_too(recogniser, text, name):
    assert classes(recogniser, text, name) == {"Project", "CommercialDistrict"}


@pytest.mark.parametrize("text, name", [
    # (near misses: the mall itself opens, is built or visited)
    case("云溪万象汇正式开业。", "云溪万象汇", id="it-opens"),
    case("加快建设白露吾悦广场。", "白露吾悦广场", id="it-is-built"),
    case("调研组察看了墨川印象城。", "墨川印象城", id="it-is-visited"),
    case("云溪万象汇开工建设。星澜区引进青禾书店。", "云溪万象汇", id="shops-brought-in-another-sentence"),
])
def test_a_mall_opened_or_built_is_a_project(recogniser, text, name):
    assert classes(recogniser, text, name) == {"Project"}
