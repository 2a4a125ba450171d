"""relations.toml part-anaphor-is-area-of, end to end: a clause opening on a demonstrative and a
park's bare head word (该产业园) said to be an area of a zone makes the park that word names a part
of the zone, no place in it. Sentences and names are invented."""
from __future__ import annotations

import pytest

from pipeline_rows import extract_rows, named_relations

ROWS = {
    "layout": ("星澜科技将在墨川材料产业园建设电池工厂，该产业园是青禾经开区“一区多园”中的核心园区。",
               {("墨川材料产业园", "partOf", "青禾经开区")}),
    "core-area": ("星澜科技将在墨川材料产业园建设电池工厂，该产业园是青禾经开区的核心园区。",
                  {("墨川材料产业园", "partOf", "青禾经开区")}),
    # near misses: said to gather the zone's firms, no area of it; a project's head word
    "gathering": ("星澜科技将在墨川材料产业园建设电池工厂，该产业园是青禾经开区的重点企业集聚地。", set()),
    "project": ("星澜科技将在墨川材料产业园建设电池项目，该项目是青禾经开区的核心园区。", set()),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_rows(tmp_path_factory.mktemp("anaphor_parts"), ROWS)


@pytest.mark.parametrize("key", list(ROWS))
def test_a_park_said_by_its_head_word_to_be_a_zones_area_is_its_part(extracted, key):
    assert named_relations(extracted, f"{key}.txt", "partOf") == ROWS[key][1]
