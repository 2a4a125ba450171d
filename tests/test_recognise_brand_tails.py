"""kg/recognise/brand_tails.py: a group the lexicon knows and the trade of one of its businesses, no legal
form after them (rules.toml [brand_tail]), in invented clauses (星澜, 青禾, 云溪) around groups the lexicon knows.

Each row: the sentence and the {name: class} of the names found.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # the group's short name, then its business's trade: that business's firm
    case("万达商管近期调整业态。", {"万达商管": E}, id="mall-manager"),
    case("青禾镇携手腾讯文旅改造古街。", {"青禾镇": "Place", "腾讯文旅": E}, id="culture-tourism"),
    # (near misses: the tail opens a longer word; jieba reads it into a place's name)
    case("腾讯文旅产业布局加快。", {"腾讯": E, "文旅": "IndustryTrack"}, id="longer-word"),
    case("京东在云和县设立仓库。", {"京东": E, "云和县": "Place"}, id="no-tail"),
])
def test_a_groups_business_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
