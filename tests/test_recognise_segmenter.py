"""The segmenter's user words and the counties it leaves to jieba
(kg/recognise/__init__.py ``user_words``; rules.toml [segmenter] loose_sources):
real administrative names, since the rule is about the national list of them."""
from __future__ import annotations

import pytest

from kg.recognise import user_words
from recognition import case, check

P = "Place"


@pytest.mark.parametrize("text, want", [
    # a county forced whole would steal from the word beside it (亚运|城市 -> 亚|运城市)
    case("亚运城市行动计划", {}, id="yayun-chengshi"),
    case("举办亚运城市论坛", {}, id="yayun-chengshi-luntan"),
    case("建设青禾科技城东区", {"青禾科技城": "Platform"}, id="kejicheng-dongqu"),
    # a county named plainly is found, whole or in pieces the lexicon source joins
    case("落户运城市", {"运城市": P}, id="yunchengshi"),
    case("运城市经济发展", {"运城市": P}, id="yunchengshi-subject"),
    case("合作城北区", {"城北区": P}, id="chengbeiqu"),
    case("位于延庆区", {"延庆区": P}, id="county-in-two-pieces"),
    case("位于静海区", {"静海区": P}, id="county-cut-oddly"),
])
def test_counties_are_left_to_jieba(recogniser, text, want):
    check(recogniser, text, want)


def test_user_words_leave_out_the_loose_sources(recogniser):
    words = {w for w, _ in user_words(recogniser.lex, recogniser.rules)}
    assert "运城市" not in words and "延庆区" not in words      # cn-admin-codes only
    assert "上海市" in words and "拱墅区" in words              # also in other lists
    assert "产业园" in words                                    # every head


def test_maker_trade_words_are_left_to_jieba(recogniser):
    # forced whole, 新材 cuts a brand jieba reads as an adjective off its trade (X|新材)
    words = {w for w, _ in user_words(recogniser.lex, recogniser.rules)}
    assert "新材" not in words and "精密" not in words
    assert "科技" in words      # (the trade words of the older list stay whole)


@pytest.mark.parametrize("text, want", [
    # a trade word jieba cuts across (风电链|链主|为A read 链链|主为A): the firm's name
    # after 链主为 takes nothing of it
    case("风电链链主为星澜风能科技股份有限公司。", {"星澜风能科技股份有限公司": "Enterprise"}, id="lianzhu-wei"),
    case("储能链链主为北辰电力集团青禾能源有限公司，其电站已并网。",
         {"北辰电力集团青禾能源有限公司": "Enterprise"}, id="lianzhu-wei-clause"),
    # a farm trade's words kept whole (道地|药材, 良种 no numeral): the base a firm builds is named
    case("星澜药业有限公司在白露镇流转土地建设墨川道地药材良种示范基地800亩。",
         {"星澜药业有限公司": "Enterprise", "白露镇": "Place", "墨川道地药材良种示范基地": "Project"}, id="herb-base"),
    # ... a base no frame or proper word names is none
    case("原料由附近道地药材种植基地提供", {}, id="herb-base-unnamed"),
])
def test_trade_words_are_kept_whole(recogniser, text, want):
    check(recogniser, text, want)
