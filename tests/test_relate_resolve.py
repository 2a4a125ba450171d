"""kg/relate/resolve.py: which of two places found for one thing stands."""
import pytest

from kg.model import Relation
from kg.relate.resolve import name_places_give_way, specific_place_wins

HOME_RULES = {"district-act", "setting-act"}


@pytest.mark.parametrize("thing,home,named,want", [
    # the place a project's name opens on is where it lies: the home does not stand beside it
    ("Project/白露镇星澜民宿项目", "Place/云溪区", "Place/白露镇", {"Place/白露镇"}),
    ("Project/青禾村光伏电站项目", "Place/墨川县", "Place/青禾村", {"Place/青禾村"}),
    # ... nor beside the town a park's name opens on in a zone's report (a zone holds no towns)
    ("Platform/白露镇星澜产业园", "Platform/云溪高新区", "Place/白露镇", {"Place/白露镇"}),
    # (near misses: a park a district's report names after its town is in both; so is a 商圈)
    ("Platform/白露镇星澜产业园", "Place/云溪区", "Place/白露镇", {"Place/白露镇", "Place/云溪区"}),
    ("CommercialDistrict/白露镇星澜夜市", "Place/云溪区", "Place/白露镇", {"Place/白露镇", "Place/云溪区"}),
])
def test_the_place_a_name_opens_on(thing, home, named, want):
    rs = [Relation(thing, "locatedIn", home, "d", 0, "district-act"),
          Relation(thing, "locatedIn", named, "d", 0, "located-name")]
    got = specific_place_wins(rs, HOME_RULES, {"paragraph-area"}, home, park_context_rules={"located-name"})
    assert {r.object for r in got} == want


def test_a_place_read_off_a_name_is_context_where_the_rules_say_so():
    rs = [Relation("Project/白露镇星澜民宿项目", "locatedIn", "Place/云溪区", "d", 0, "district-act"),
          Relation("Project/白露镇星澜民宿项目", "locatedIn", "Place/白露镇", "d", 0, "located-name")]
    got = specific_place_wins(rs, HOME_RULES, {"located-name"}, "Place/云溪区")
    assert len(got) == 2


def _wider(key):
    return key.endswith(("县", "市", "州"))


@pytest.mark.parametrize("name_place, stated, rule, want", [
    # a county or 州 a name opens on gives way to a nearer place the text states for the thing
    ("Place/海川县", "Place/白沙镇", "located-field", {"Place/白沙镇"}),
    ("Place/青禾州", "Platform/白沙镇星澜产业园", "located-field", {"Platform/白沙镇星澜产业园"}),
    ("Place/海川县", "Place/白沙镇环湖路", "located-at", {"Place/白沙镇环湖路"}),
    # (near misses: a wider place stated beside a town's name; a place only a home rule or a heading
    # gives; the same place stated again)
    ("Place/白沙镇", "Place/海川县", "located-at", {"Place/白沙镇", "Place/海川县"}),
    ("Place/海川县", "Place/白沙镇", "district-act", {"Place/海川县", "Place/白沙镇"}),
    ("Place/海川县", "Place/白沙镇", "paragraph-area", {"Place/海川县", "Place/白沙镇"}),
    ("Place/海川县", "Place/海川县", "located-field", {"Place/海川县"}),
])
def test_a_place_read_off_a_name_gives_way_to_a_nearer_place_stated(name_place, stated, rule, want):
    rs = [Relation("Project/检测平台", "locatedIn", name_place, "d", 0, "located-name"),
          Relation("Project/检测平台", "locatedIn", stated, "d", 1, rule)]
    got = name_places_give_way(rs, {"located-name"}, HOME_RULES | {"paragraph-area"}, _wider)
    assert {r.object for r in got} == want


def test_a_place_stated_in_another_document_leaves_the_name_standing():
    rs = [Relation("Project/检测平台", "locatedIn", "Place/海川县", "d", 0, "located-name"),
          Relation("Project/检测平台", "locatedIn", "Place/白沙镇", "e", 1, "located-field")]
    assert len(name_places_give_way(rs, {"located-name"}, HOME_RULES, _wider)) == 2
