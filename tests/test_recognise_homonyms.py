"""A known firm whose name is also an everyday word, listed among everyday words, is the word
(kg/recognise/homonyms.py, rules.toml [brand] homonym_peer_tags). Invented sentences; 小米 is
the lexicon's firm and the word for millet."""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # among produce: millet
    case("协助青禾村推销苹果、小米、红枣等土特产。", {"青禾村": "Place"}, id="among-produce"),
    case("墨川镇主要种植大豆、小米和高粱。", {"墨川镇": "Place"}, id="among-crops"),
    # near misses: beside firms, or alone, it is the firm
    case("引进华为、小米、星澜科技等企业。", {"华为": E, "小米": E, "星澜科技": E}, id="among-firms"),
    case("小米与青禾集团签约。", {"小米": E, "青禾集团": E}, id="alone"),
    # ... and at a list's end beside a brand jieba knows as a plain noun (百果园: an orchard)
    case("产品进入百果园、小米等渠道销售。", {"小米": E}, id="list-end-beside-a-noun-brand"),
])
def test_a_firm_named_by_an_everyday_word_among_everyday_words(recogniser, text, want):
    check(recogniser, text, want)
