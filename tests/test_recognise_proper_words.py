"""Proper words (kg/recognise/proper_words.py). An old shop's name that jieba reads as a noun
and a measure word (仁济|堂: rules.toml [modifier] shop_morphemes, shop_morpheme) is a brand, so a
store named by it, a street and 店, 总店 or 老店 is a name; a county's long short form and a place
jieba cut before its unit's character are proper (real county names: the rule reads the lexicon).
Sentences otherwise with INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, check

PR = "Project"


@pytest.mark.parametrize("text, want", [
    # a shop's name of a dictionary word and 堂, a street and the store's word
    case("在青松堂巴山东路店购买。", {"青松堂巴山东路店": PR}, id="hall-brand-store"),
    case("在青松堂西大街总店购买。", {"青松堂西大街总店": PR}, id="hall-brand-head-store"),
    # a brand jieba does not know, a gate of the old town and its old store
    case("在云溪蒸面北门老店购买。", {"云溪蒸面北门老店": PR}, id="old-store"),
    # near misses: an old store of a hundred years, a dining hall, a kind of store
    case("百年老店焕发新活力。", {}, id="old-store-no-brand"),
    case("员工在食堂吃饭。", {}, id="dining-hall"),
    case("在中药店购买。", {}, id="kind-of-store"),
])
def test_a_store_of_an_old_shop(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a county's short form of three characters (jieba's common noun) opening a modifier names it
    case("位于城东的公主岭文旅集散中心已完成外立面装修。", {"公主岭文旅集散中心": PR}, id="long-short-form"),
    # a prefecture's name jieba cut before its 州 names a centre
    case("运营单位：湘西州冷链物流中心", {"湘西州冷链物流中心": PR}, id="place-cut-in-two"),
    # near misses: a short form ending in a unit's character is a kind of area as often (港口区), and
    # a common word before a head that needs a proper one names nothing
    case("港口区文旅集散中心已完成外立面装修。", {}, id="short-form-of-a-unit"),
    case("新建的文旅集散中心已完成外立面装修。", {}, id="common-word"),
])
def test_a_county_named_by_a_long_short_form_or_cut_in_two(recogniser, text, want):
    check(recogniser, text, want)
