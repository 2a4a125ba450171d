"""A named zone's areas named after the zone (kg/recognise/zone_areas.py, rules.toml [zone_area]):
星澜工业园区白沙片区 is one platform, its short form 白沙片区 an alias, a part of the zone
(kg/relate/parts.py); a list of areas after the zone (星澜工业园区白沙、青禾两个片区) names each
the same way. Sentences and names are invented."""
from __future__ import annotations

import pytest

from pipeline_rows import extract_rows, named_relations
from recognition import case, document_names

E, P, PL, PR = "Enterprise", "Place", "Platform", "Project"


def _names(rec, text):
    return {name: cls for (_, name), cls in document_names(rec, text).items() if cls != "IndustryTrack"}


TABLE = ("序号｜企业名称｜所在县（区）/园区｜控股股东\n"
         "1｜星澜科技有限公司｜云溪区/墨川工业园区章驮片区｜青禾集团\n"
         "2｜白露科技有限公司｜云溪区/墨川工业园区白沙片区｜青禾集团")


@pytest.mark.parametrize("text, want", [
    case("星澜科技有限公司位于墨川工业园区白沙片区。", {"星澜科技有限公司": E, "墨川工业园区白沙片区": PL},
         id="park-area"),
    case("项目落地青禾工贸园区金鸡片区，总投资5亿元。", {"青禾工贸园区金鸡片区": PL}, id="a-walk-left-it-unnamed"),
    case("星澜科技有限公司位于墨川边境经济合作区白露片区。",
         {"星澜科技有限公司": E, "墨川边境经济合作区白露片区": PL}, id="cooperation-zone-area"),
    # a table's cell the walks cut inside the zone's word (墨川工业园|区章驮片区)
    case(TABLE, {"星澜科技有限公司": E, "白露科技有限公司": E, "云溪区": P, "青禾集团": E,
                 "墨川工业园区章驮片区": PL, "墨川工业园区白沙片区": PL}, id="table-cells"),
    # a list of areas after the zone, counted or not: each named by the zone
    case("入驻墨川工业园区白沙、青禾、云溪三个片区的企业共7家。",
         {"墨川工业园区白沙片区": PL, "墨川工业园区青禾片区": PL, "墨川工业园区云溪片区": PL}, id="counted-list"),
    case("入驻墨川边境经济合作区白露、云岭片区的企业2家。",
         {"墨川边境经济合作区白露片区": PL, "墨川边境经济合作区云岭片区": PL}, id="bare-list"),
    # near misses: a bare zone word names no zone (an area of whatever zone is meant: a place)
    case("星澜科技有限公司位于经开区白沙片区。", {"星澜科技有限公司": E, "白沙片区": P}, id="bare-zone-word"),
    # ... a verb between the park and the area
    case("星澜储能装备产业园位于白沙片区，规划用地2平方公里。", {"星澜储能装备产业园": PL, "白沙片区": P},
         id="verb-between"),
    # ... the area inside a longer name
    case("推进青禾高新区白沙片区综合开发项目建设。", {"青禾高新区白沙片区综合开发项目": PR}, id="inside-a-project"),
    # ... a side of the zone, a generic word
    case("项目位于青禾工业园区南部片区。", {"青禾工业园区": PL}, id="a-side"),
    case("星澜园区的核心片区是白沙。", {"星澜园区": PL}, id="core-area"),
])
def test_a_zones_area_is_named_by_the_zone(recogniser, text, want):
    assert _names(recogniser, text) == want


ROWS = {
    "area": ("星澜科技有限公司位于墨川工业园区白沙片区。",
             {("墨川工业园区白沙片区", "partOf", "墨川工业园区")}),
    "list": ("入驻墨川边境经济合作区白露、云岭两个片区的企业2家。",
             {("墨川边境经济合作区白露片区", "partOf", "墨川边境经济合作区"),
              ("墨川边境经济合作区云岭片区", "partOf", "墨川边境经济合作区")}),
    "bare-zone-word": ("星澜科技有限公司位于经开区白沙片区。", set()),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_rows(tmp_path_factory.mktemp("zone_areas"), ROWS)


@pytest.mark.parametrize("key", list(ROWS))
def test_an_area_is_part_of_its_zone(extracted, key):
    assert named_relations(extracted, f"{key}.txt", "partOf") == ROWS[key][1]


def test_the_short_form_is_an_alias_and_a_listed_word_is_not(extracted):
    ents = {e.name: e for e in extracted.entities.values()}
    assert ents["墨川工业园区白沙片区"].aliases == {"白沙片区"}
    # (白露 as written in the list names a town as well as the area: no alias of it)
    assert ents["墨川边境经济合作区白露片区"].aliases == {"白露片区"}
