"""A town, township, street or community a head's walk glued to what lies in it (kg/recognise/
town_glued.py, rules.toml [town_glued]): two places, or the town and a park with a name of its own.
Sentences and names are invented (the counties may be real)."""
from __future__ import annotations

import pytest

from recognition import case, document_names

P, PL = "Place", "Platform"


def _names(rec, text):
    return {name: cls for (_, name), cls in document_names(rec, text).items()}


@pytest.mark.parametrize("text, want", [
    # an address: the town and its road, its scenic spot, a forest farm's area
    case("所在地点：桐庐县云墨城镇澜滩路18号", {"桐庐县": P, "云墨城镇": P, "澜滩路": P}, id="town-road"),
    case("办公地点：白露镇青岩山景区游客中心", {"白露镇": P, "青岩山景区": P}, id="town-scenic-spot"),
    case("所在地点：星桦乡大扬溪施业区", {"星桦乡": P, "大扬溪施业区": P}, id="township-logging-area"),
    # ... a park whose own name opens with its county, after the town it lies in
    case("所在地点：白露镇桐庐县畜产品加工园区", {"白露镇": P, "桐庐县畜产品加工园区": PL},
         id="town-county-park"),
    # ... a word for the city's core before a river: no name, the river is
    case("该商圈位于中心城区澜浪河两岸。", {"澜浪河": P}, id="core-river"),
    # near misses: a park the town names keeps it
    case("云沙镇光伏产业园建设一批项目。", {"云沙镇光伏产业园": PL}, id="town-named-park"),
    # ... an old street said by its kind alone after the town is the town's, named by it
    case("办公地点：云角城镇老街", {"云角城镇老街": P}, id="town-old-street"),
])
def test_a_town_glued_to_what_lies_in_it_is_cut(recogniser, text, want):
    assert _names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a town named by a common word right before its community, its night market
    case("3｜星澜菌菇基地｜光明街道云苑社区｜香菇", {"星澜菌菇基地": "Project", "光明街道": P, "云苑社区": P},
         id="street-before-community"),
    case("古城街道星韵夜市开街。", {"古城街道": P, "星韵夜市": "CommercialDistrict"}, id="street-before-night-market"),
    # near misses: a word for the town the text speaks of, a town joined to a county by 和
    case("推进重点镇星岭村建设。", {"星岭村": P}, id="generic-town-word"),
    case("青禾县和白露镇星岭村", {"青禾县": P, "白露镇": P, "星岭村": P}, id="joined-after-county"),
])
def test_a_town_right_before_a_place_is_named(recogniser, text, want):
    assert _names(recogniser, text) == want


def test_a_city_core_is_the_city(recogniser):
    """位于X市区西部: the city the lexicon lists, its urban area no place of its own; a lexicon
    district so named (沙市区) stays itself."""
    from recognition import document
    ms = [m for m in recogniser.document_mentions(document("星澜高新区位于佳木斯市区西部。地址：荆州市沙市区。"))
          if m.cls == "Place"]
    assert {(m.surface, m.name) for m in ms} >= {("佳木斯市区", "佳木斯市"), ("沙市区", "沙市区")}
