"""A new area glued to its county by a zone head's walk (kg/recognise/county_zones.py,
rules.toml [county_zone]): the county, a place of its own, and the new area after it.
Real counties (the rule reads the lexicon's levels), INVENTED areas."""
from __future__ import annotations

import pytest

from recognition import document


@pytest.mark.parametrize("text, want", [
    # a county jieba cut in two (平|安区), a new area named after it
    ("项目位于平安区星澜新区，总投资5亿元。", [("平安区", "Place"), ("星澜新区", "Platform")]),
    ("数据中心由星澜公司在平安区云溪新区建设。", [("平安区", "Place"), ("云溪新区", "Platform")]),
    # ... as where jieba kept the county whole (as before)
    ("项目位于江城区云溪新区。", [("江城区", "Place"), ("云溪新区", "Platform")]),
    # near misses: the district's zone of a kind word, named so; a new area alone
    ("项目落户平安区工业新区。", [("平安区", "Place")]),
    ("项目落户星澜新区。", [("星澜新区", "Platform")]),
])
def test_a_new_area_after_its_county(recogniser, text, want):
    ms = recogniser.document_mentions(document(text))
    got = sorted((m.surface, m.cls) for m in ms if m.cls in ("Place", "Platform") and m.role != "owner")
    assert got == sorted(want)
