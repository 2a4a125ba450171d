"""kg/relate/inside_parts.py on given mentions (tests/relate_helpers.py): a park the
located-inside rules place inside a zone (工业区内的X产业园, 园区内的X产业园) is a part of
the zone, not only located in it. Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL = "Enterprise", "Platform"
THINGS = {"星澜工业区": PL, "云溪不锈钢产业园": PL, "星澜青年产业园": PL, "白露家居产业园": PL, "墨川高新区": PL, "白露航空产业园": PL,
          "青禾产业园区": PL, "星澜金融科技城": PL, "白露科学城": PL, "青禾实验室新园区": PL,
          "青禾科技有限公司": E}


@pytest.mark.parametrize("text,part,located", [
    # a park written inside a zone by its name (located-inside) ...
    ("星澜工业区内的云溪不锈钢产业园已建成投产。", {("云溪不锈钢产业园", "星澜工业区")}, set()),
    # ... or by the bare park word standing for the zone just named (located-inside-anaphor)
    ("墨川高新区加快发展航空产业。园区内的白露航空产业园集聚企业20家。",
     {("白露航空产业园", "墨川高新区")}, set()),
    # ... a park inside a park (园中园)
    ("企业入驻星澜青年产业园内的白露家居产业园。", {("白露家居产业园", "星澜青年产业园")}, set()),
    # (near misses: a 城 inside a park, a lab's campus inside a 科学城, a firm inside a zone: located only)
    ("青禾产业园区内的星澜金融科技城加快建设。", set(), {("星澜金融科技城", "青禾产业园区")}),
    ("白露科学城内的青禾实验室新园区投入使用。", set(), {("青禾实验室新园区", "白露科学城")}),
    ("星澜工业区内的青禾科技有限公司已建成投产。", set(), {("青禾科技有限公司", "星澜工业区")}),
    # (the zone's park written as its own, Y的X: located-of's, not inside)
    ("墨川高新区的白露航空产业园集聚企业20家。", set(), {("白露航空产业园", "墨川高新区")}),
])
def test_a_park_inside_a_zone_is_its_part(text, part, located):
    r = relate_on(THINGS, text)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == "part-inside"}
    assert got == part
    assert located <= {(s, o) for s, p, o, rule in r.facts("locatedIn")}
    assert not located & {(s, o) for s, p, o, rule in r.facts("partOf")}
