"""A brand no list holds opening a project's name (kg/recognise/brands.py no_brand, brand_owner; rules.toml
[brand] place_word_ends, descriptor_ends) on sentences with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露).

Each row: the sentence, the {name: class} of the names, and the {name: class} of the owners nested in them.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, P, PR = "Enterprise", "Place", "Project"


@pytest.mark.parametrize("text, want, want_owners", [
    # a coined word before what the project is: the firm that owns it
    case("星澜智能巡检机器人项目开工。", {"星澜智能巡检机器人项目": PR}, {"星澜": E}, id="brand-owns"),
    # near misses: a word saying what class of thing the project is (万卡级, 千亿级)
    case("拟建万卡级智算中心项目，总投资40亿元。", {"万卡级智算中心项目": PR}, {}, id="class-word"),
    # ... a village the project is named after
    case("白沙村茶园民宿改造项目由合作社运营。", {"白沙村茶园民宿改造项目": PR}, {}, id="village-named"),
    # ... a voltage or a road before a place: no firm ([brand] not_owner)
    case("220千伏临安输变电工程开工。", {"220千伏临安输变电工程": PR}, {}, id="voltage"),
    case("G104国道安吉过境段改建工程通车。", {"G104国道安吉过境段改建工程": PR}, {}, id="numbered-road"),
    # ... a road the building stands on ([brand] road_after)
    case("星澜大道科创大厦投用。", {"星澜大道科创大厦": PR}, {}, id="road-named"),
    # (a brand before a place still owns the site)
    case("星澜安吉基地投用。", {"星澜安吉基地": PR}, {"星澜": E}, id="brand-before-place"),
])
def test_a_brand_opening_a_projects_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
