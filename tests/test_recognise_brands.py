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
    # a county's short form, then the province that built the park, names no firm (brands.py)
    case("星澜材料均入驻隆阳浙江工业园。", {"隆阳浙江工业园": "Platform"}, {}, id="county-short-form-then-province"),
    # a known firm, a county's short form, a city: the firm owns it, the county says where
    case("重点建设华能古冶湖州渔光互补光伏项目。", {"华能古冶湖州渔光互补光伏项目": PR}, {"中国华能": E},
         id="known-firm-county-short-form"),
    # a short word no list holds after a county with its unit names a town of it ([brand] town_after_place_max)
    case("推进淳安县岚坪抽水蓄能电站选址论证。", {"淳安县岚坪抽水蓄能电站": PR}, {}, id="town-after-county"),
    # a county with its unit and a common word of the works (冷链, 农产品) opening the name: no firm
    case("墨川县冷链配送中心项目位于白露镇。", {"墨川县冷链配送中心项目": PR, "白露镇": P}, {}, id="county-and-common-word"),
    # (near miss: a coinage after the county is still a brand)
    case("墨川县星澜创新药生产基地项目开工。", {"墨川县星澜创新药生产基地项目": PR}, {"墨川县星澜": E},
         id="county-and-brand"),
    # (near miss: a longer coinage there is still a brand)
    case("推进桐庐县星澜达抽水蓄能电站选址论证。", {"桐庐县星澜达抽水蓄能电站": PR}, {"星澜达": E},
         id="brand-after-county"),
])
def test_a_brand_opening_a_projects_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
