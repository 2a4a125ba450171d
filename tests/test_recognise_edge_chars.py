"""A name's first or inner character jieba read as a function word (kg/recognise/edge_chars.py,
rules.toml [boundary] edge_char_tags, edge_next_tags): a number, conjunction, pronoun or adverb
of one character right before a piece of a proper name (万|石林, 托克|依|拜勒, 吾|达克) is the
name's own; and a pronoun or preposition jieba's HMM glued onto an unknown name ([boundary]
glued: 其星澜…, 自云溪…) is cut off. Sentences with INVENTED names.

Each row: the sentence and the {name: class} of the names.
"""
from __future__ import annotations

import pytest

from recognition import case, check

P, PR, CD = "Place", "Project", "CommercialDistrict"


@pytest.mark.parametrize("text, want", [
    # a numeral before a name's piece jieba tags a person's name: no count, the name's character
    case("企业均在万石林街道经营。", {"万石林街道": P}, id="wan-street"),
    case("企业均在万玉兰街道经营。", {"万玉兰街道": P}, id="wan-street-2"),
    # ... and inside a firm's registered name, after its city (the long walk)
    case("青禾万石林旅游集团有限公司入选。", {"青禾万石林旅游集团有限公司": "Enterprise"}, id="wan-firm"),
    # an adverb between two pieces of a transliterated name
    case("以云溪镇托克依拜勒村为重点村落。", {"云溪镇": P, "托克依拜勒村": P}, id="yi-inside-village"),
    # a pronoun opening a town's name
    case("乐器作坊集中在吾达克镇。", {"吾达克镇": P}, id="wu-town"),
    # a conjunction opening a night market's name
    case("这是若木兰夜市。", {"若木兰夜市": CD}, id="ruo-night-market"),
    # near misses: a boundary word stays one (在), and so does a place's own word after 万
    case("企业也在石林街道经营。", {"石林街道": P}, id="boundary-word-stays"),
    case("企业均在万桂林街道经营。", {"桂林街道": P}, id="next-a-place-word"),
    # ... and a measure word jieba tags a number (点) is no numeral
    case("这里是游客打卡点玉兰公园。", {"玉兰公园": P}, id="measure-word-stays"),
])
def test_function_character_of_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a pronoun or a preposition glued onto the unknown name after it
    case("发放贷款用于其澜溪冰酒酒庄扩产项目。", {"澜溪冰酒酒庄扩产项目": PR}, id="qi-glued"),
    case("公路自云溪镇至星澜景区，全长18公里。", {"云溪镇": P, "星澜景区": P}, id="zi-glued"),
    # near miss: a county whose name opens with the preposition (the lexicon's place)
    case("企业落户自贡市。", {"自贡市": P}, id="zi-county"),
])
def test_glued_pronoun_or_preposition(recogniser, text, want):
    check(recogniser, text, want)
