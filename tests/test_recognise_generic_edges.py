"""Generic words at the edges of a name (kg/recognise/generic_edges.py; rules.toml generic,
[role_label]), on invented names (星澜, 青禾, 墨川); real places and tracks where the rule
reads the lexicon (绍兴市, 电子商务, 光伏)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, PR, I, E = "Place", "Platform", "Project", "Institution", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a track jieba keeps in one word ends the modifier: no generic word ends it
    case("由绍兴市电子商务协会发起成立", {"绍兴市电子商务协会": I}, id="track-word-before-association"),
    case("青禾光伏产业研究院今日成立", {"青禾光伏产业研究院": I}, id="track-and-industry-in-one-word"),
    # near misses: a generic word of its own still ends a kind (no name), and so does one
    # jieba glued to a word no lexicon knows
    case("成立重点协会三家", {}, id="generic-word-of-its-own"),
    case("投产后该基地年产值可望翻番", {}, id="glued-pronoun"),
])
def test_a_generic_word_ending_the_modifier(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a role label before a proper name is no word of it, whichever rule read the name
    case("重点项目星澜储能电站由青禾能源建设", {"星澜储能电站": PR, "青禾能源": E}, id="key-project"),
    case("商圈核心项目墨川万达广场今年开业", {"墨川万达广场": PR}, id="district-core-project"),
    case("龙头企业星澜科技有限公司扩产", {"星澜科技有限公司": E}, id="leading-firm"),
    # near misses: a body named for its work on such projects keeps the words (no proper word
    # follows the label), and a label with nothing after it names nothing
    case("市重点项目服务保障中心印发通知", {}, id="body-for-key-projects"),
    case("今年新增重点项目12个", {}, id="bare-label"),
])
def test_a_role_label_before_a_name(recogniser, text, want):
    check(recogniser, text, want)


CD = "CommercialDistrict"


@pytest.mark.parametrize("text, want", [
    # a part, a round or a kind of the things is no name (jieba keeps 这轮, 本轮 in one word)
    case("这轮商圈改造共投入资金2亿元", {}, id="this-round"),
    case("推进县域商圈建设，补齐乡镇商业短板", {}, id="county-level-kind"),
    case("部分星澜产业园已经满租", {"星澜产业园": PL}, id="some-of-a-park"),
    # near misses: a name of its own words keeps them
    case("星澜路商圈新开门店30家", {"星澜路商圈": CD}, id="named-district"),
    case("青禾县域经济发展研究院挂牌", {"青禾县域经济发展研究院": I}, id="county-word-inside"),
])
def test_a_part_a_round_or_a_kind_before_a_head(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a centre named by what it does, after a proper word, before a word for projects: the
    # centre built ([long_name] facility_tails)
    case("星澜游客中心项目开工。", {"星澜游客中心项目": PR}, id="visitor-centre-project"),
    case("墨川温泉康养中心项目由青禾公司建设。", {"墨川温泉康养中心项目": PR, "青禾公司": E},
         id="care-centre-project"),
    # near misses: a generic word before the centre (a city's or a region's centre, no facility)
    case("推进城市中心项目建设。", {}, id="city-centre"),
    case("加快区域中心项目建设。", {}, id="regional-centre"),
    # ... nor a phase after a centre named by a place (the centre's own name, 青禾|中心|二期)
    case("加快国家算力青禾中心二期建设。", {}, id="place-centre-phase"),
])
def test_a_facility_centre_before_a_word_for_projects(recogniser, text, want):
    check(recogniser, text, want)
