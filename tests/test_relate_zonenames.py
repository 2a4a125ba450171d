"""kg/relate/zonenames.py on given mentions (tests/relate_helpers.py): a park or area unit
named after a zone's bare kind (经开区星澜产业园), or written right after it, is a part of
the one zone of that kind the document names. Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L, PL, P, I = "Place", "Platform", "Project", "Institution"
RULE = "part-zone-name"
THINGS = {"云溪区": L, "青禾经开区": PL, "星澜高新区": PL, "经开区墨川产业园": PL, "墨川产业园": PL,
          "锦程片区": L, "经开区锦程路": L, "高新区云岫科技园": PL, "经开区白沙项目": P,
          "经开区管委会": I, "青禾经开区锦程产业园": PL}


@pytest.mark.parametrize("text,want", [
    # a park whose name opens on the kind of the one zone of that kind the document names
    ("云溪区、青禾经开区举行签约。经开区墨川产业园已集聚企业62家。",
     {("经开区墨川产业园", "青禾经开区")}),
    # ... the kind's short form too (开发区 for a 经开区, [home.kind_short])
    ("青禾经济技术开发区举行签约。项目选址开发区墨川产业园。",
     {("开发区墨川产业园", "青禾经济技术开发区")}),
    # an area unit written right after the bare kind, its name not holding it
    ("云溪区、青禾经开区举行签约。选址：经开区锦程片区。", {("锦程片区", "青禾经开区")}),
    # ... each zone its own kind
    ("青禾经开区、星澜高新区联合招商。高新区云岫科技园、经开区锦程片区同步推进。",
     {("高新区云岫科技园", "星澜高新区"), ("锦程片区", "青禾经开区")}),
    # no zone of that kind named: no whole
    ("云溪区举行签约。经开区墨川产业园已集聚企业62家。", set()),
    # two zones of one kind: which one, the word does not say
    ("青禾经开区、白沙经开区联合招商。经开区墨川产业园已集聚企业62家。", set()),
    # the zone's full name opening the park's is its own name, not the kind (left to other rules)
    ("青禾经开区举行签约。青禾经开区锦程产业园开园。", set()),
    # a road is no area unit, a project or a body no park
    ("青禾经开区举行签约。经开区锦程路、经开区白沙项目、经开区管委会。", set()),
    # a park named without the kind, not after it
    ("青禾经开区举行签约。墨川产业园已集聚企业62家。", set()),
])
def test_a_park_named_after_a_zones_kind_is_its_part(text, want):
    things = dict(THINGS, **{"白沙经开区": PL, "青禾经济技术开发区": PL, "开发区墨川产业园": PL})
    r = relate_on(things, text)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == RULE}
    assert got == want


PREFIX = "part-zone-prefix"
TITLE = "云溪区商会回乡考察纪实"


@pytest.mark.parametrize("text,want", [
    # a park whose name opens on the full name of a zone the document names
    ("云溪区商会一行来到墨川经开区。随后走进墨川经开区锦程产业园。", {("墨川经开区锦程产业园", "墨川经开区")}),
    # ... or on the zone's alias (its full name elsewhere in the document)
    ("云溪区商会一行来到墨川经济技术开发区，墨川经开区位于云溪区。墨川经开区锦程产业园已集聚企业62家。",
     {("墨川经开区锦程产业园", "墨川经济技术开发区")}),
    # ... an area unit too
    ("云溪区商会项目选址墨川经开区。墨川经开区白浪片区完成征地。", {("墨川经开区白浪片区", "墨川经开区")}),
    # a body, a road, a project named so are no parts
    ("云溪区与墨川经开区举行签约。墨川经开区管委会、墨川经开区锦程路、墨川经开区白沙项目。", set()),
    # the zone's name with its district in brackets is the zone itself
    ("云溪区与墨川经开区举行签约。墨川经开区（云溪区）获评先进。", set()),
    # a park named after a zone the document does not name
    ("云溪区商会一行走进墨川经开区锦程产业园。", set()),
])
def test_a_park_named_after_a_zones_full_name_is_its_part(text, want):
    things = {"墨川经开区": PL, "墨川经济技术开发区": PL, "墨川经开区锦程产业园": PL, "墨川经开区白浪片区": L,
              "墨川经开区管委会": I, "墨川经开区锦程路": L, "墨川经开区白沙项目": P, "墨川经开区（云溪区）": PL,
              "云溪区": L}
    aliases = {"墨川经开区": "墨川经济技术开发区"} if "墨川经济技术开发区" in text else {}
    r = relate_on(things, (TITLE, text), aliases=aliases)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == PREFIX}
    assert got == want


def test_the_homes_own_parks_are_left_to_the_home_rules():
    # (a zone's own report: what it names after itself is placed in it, kg/relate/home.py)
    r = relate_on({"墨川经开区": PL, "墨川经开区锦程产业园": PL}, ("墨川经开区2025年工作总结",
                  "墨川经开区全年新签约项目42个。墨川经开区锦程产业园新入驻企业12家。"))
    assert not {f for f in r.facts("partOf") if f[3] == PREFIX}


@pytest.mark.parametrize("text,want", [
    # ... but a site field naming the park by the home's name spells out whose park it is
    ("墨川经开区全年新签约项目42个。建设地点：墨川经开区锦程产业园，锦程路以东。", {("墨川经开区锦程产业园", "墨川经开区")}),
    ("墨川经开区全年新签约项目42个。2.项目地点：墨川经开区锦程产业园。", {("墨川经开区锦程产业园", "墨川经开区")}),
    # ... and so does the verb of siting the project there
    ("墨川经开区全年新签约项目42个。项目拟选址墨川经开区锦程产业园。", {("墨川经开区锦程产业园", "墨川经开区")}),
    ("墨川经开区全年新签约项目42个。项目选址于墨川经开区锦程产业园。", {("墨川经开区锦程产业园", "墨川经开区")}),
    # (near misses: a name field, a sentence naming the park; a field naming another zone's park is
    # prefix's anyway)
    ("墨川经开区全年新签约项目42个。项目名称：墨川经开区锦程产业园。", set()),
    ("墨川经开区全年新签约项目42个。项目落户墨川经开区锦程产业园。", set()),
])
def test_a_site_field_names_the_homes_park_as_its_part(text, want):
    r = relate_on({"墨川经开区": PL, "墨川经开区锦程产业园": PL}, ("墨川经开区2025年工作总结", text))
    assert {(s, o) for s, p, o, rule in r.facts("partOf") if rule == PREFIX} == want


@pytest.mark.parametrize("text,want", [
    # an industrial zone (工业区) is a zone its parks are named after, the home's too
    ("墨川工业区全年新签约项目42个。项目拟选址墨川工业区锦程产业园。", {("墨川工业区锦程产业园", "墨川工业区")}),
    # (near miss: the project's move into it, no site stated)
    ("墨川工业区全年新签约项目42个。项目落户墨川工业区锦程产业园。", set()),
])
def test_an_industrial_zone_names_its_parks(text, want):
    r = relate_on({"墨川工业区": PL, "墨川工业区锦程产业园": PL}, ("墨川工业区2025年工作总结", text))
    assert {(s, o) for s, p, o, rule in r.facts("partOf") if rule == PREFIX} == want
