"""A zone's own committee is placed in no zone it is named by by the zone's acts (kg/relate/base.py
Collector.own_body; relations.toml [located] own_body_heads, own_body_rules)."""
from __future__ import annotations

import pytest

from relate_helpers import relate_on

I, PL, E, L = "Institution", "Platform", "Enterprise", "Place"

TITLE = "云溪经济技术开发区污水处理项目成交公告"
OPENING = "云溪经济技术开发区污水处理项目由云溪经济技术开发区管理委员会负责组织实施。\n"


@pytest.mark.parametrize("committee, zone, text, want", [
    # the zone's own committee setting up a firm: the firm lies in the zone, the committee governs it
    ("云溪经济技术开发区管理委员会", "云溪经济技术开发区",
     "星澜城投有限公司系云溪经济技术开发区管理委员会独资设立的区属平台公司。",
     {("星澜城投有限公司", "locatedIn", "云溪经济技术开发区")}),
    # (near miss: another park's committee named in the zone's act lies in the zone)
    ("青禾产业园管理委员会", "云溪经济技术开发区",
     "星澜城投有限公司系青禾产业园管理委员会独资设立的区属平台公司。",
     {("青禾产业园管理委员会", "locatedIn", "云溪经济技术开发区")}),
])
def test_a_zones_acts_place_not_its_own_committee(committee, zone, text, want):
    things = {committee: I, zone: PL, "星澜城投有限公司": E}
    r = relate_on(things, (TITLE, OPENING.replace("云溪经济技术开发区管理委员会", committee) + text))
    assert r.pairs("locatedIn") == want, sorted(r.facts())


def test_a_stated_place_of_a_committee_stands():
    # (near miss: a rule other than the zone's acts, a sentence saying where it lies, still places it)
    r = relate_on({"云溪经济技术开发区管理委员会": I, "云溪经济技术开发区": PL},
                  "云溪经济技术开发区管理委员会位于云溪经济技术开发区。")
    assert r.pairs("locatedIn") == {("云溪经济技术开发区管理委员会", "locatedIn", "云溪经济技术开发区")}
