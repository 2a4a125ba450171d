"""kg/relate/county_towns.py on given mentions (tests/relate_helpers.py): a sentence opening on a
county that says it acts in a town (…在云溪镇…) makes the town the county's part. Names and
sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L, E, P = "Place", "Enterprise", "Project"
RULE = "part-county-town"
THINGS = {"青禾县": L, "墨川县": L, "星澜区": L, "星澜市": L, "云溪镇": L, "柳塘镇": L, "白沙街道": L,
          "石门乡": L, "星澜区白鹭种植合作社": E, "青禾县冷库项目": P, "青禾高新区": "Platform",
          "云溪村": L}


@pytest.mark.parametrize("text, want", [
    # the county opens the sentence and acts in the town
    ("青禾县在云溪镇建设冷链物流项目。", {("云溪镇", "青禾县")}),
    ("青禾县今年在石门乡新建两座光伏电站。", {("石门乡", "青禾县")}),
    # ... after an item's mark, or after a lead-in ending on a colon
    ("（二）青禾县全年在云溪镇落地项目3个。", {("云溪镇", "青禾县")}),
    ("——星澜区还在白沙街道开设了一处夜市。", {("白沙街道", "星澜区")}),
    ("分会场连线：星澜区有两个项目在柳塘镇开工。", {("柳塘镇", "星澜区")}),
    # ... the county heading the first name of the sentence (named as a place in the document)
    ("——星澜区白鹭种植合作社，在柳塘镇流转土地。星澜区位于南部。", {("柳塘镇", "星澜区")}),
    # near misses: another county between, a town a thing merely lies in, one a sentence centres on,
    # a city (no county) opening it, a zone opening it, a village, the county not opening the sentence
    ("青禾县与墨川县在云溪镇共建产业园。", set()),
    ("青禾县冷库项目位于云溪镇。青禾县地处山区。", set()),
    ("青禾县以云溪镇为中心发展茶叶。", set()),
    ("星澜市在白沙街道建设公园。", set()),
    ("青禾高新区在云溪镇建设孵化器。", set()),
    ("青禾县在云溪村建设冷库。", set()),
    ("据悉，青禾县在云溪镇建设冷链物流项目。", set()),
])
def test_a_town_a_county_acts_in_is_its_part(text, want):
    r = relate_on(THINGS, text)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == RULE}
    assert got == want
