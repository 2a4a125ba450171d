"""The parts a zone or park is said to be made of (kg/recognise/structure_items.py,
rules.toml [place.peers.structure]): the items of 由A、B和C…组成 (any area head), and of
分为/下设/下辖 A、B (片区, 配套区, 加工区 only) name areas. Invented names throughout."""
from __future__ import annotations

import pytest

from recognition import case, check, mentions

PL, L, E = "Platform", "Place", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # parks named by the trade they gather, a kind no head knows (陶瓷园, 橡胶制品园)
    case("青禾产业园由橡胶制品园、陶瓷园和新能源园三个专业园区组成",
         {"青禾产业园": PL, "橡胶制品园": PL, "陶瓷园": PL, "新能源园": PL}, id="composed-parks"),
    # a 片区 whose stem is a generic word (中心) is named when the zone is made of it
    case("明确开发区由中心片区、白沙片区和墨溪片区三部分组成。",
         {"中心片区": L, "白沙片区": L, "墨溪片区": L}, id="composed-generic-stem"),
    # the first item glued by the segmenter to 由 (由研|和|片区)
    case("规划面积30平方公里，由研和片区、墨溪片区“一区两片”组成。",
         {"研和片区": L, "墨溪片区": L}, id="composed-glued-first"),
    # a park's service area listed after its 片区 in the park's division of itself
    case("园区按照“一园三区”布局，分为白沙片区、墨溪片区和物流配套区。",
         {"白沙片区": L, "墨溪片区": L, "物流配套区": PL}, id="divided-service-area"),
    # processing areas a park sets up are parks, not places (the list's frame read them as places)
    case("在云溪镇规划建设青禾食品产业园，下设粮油加工区、肉制品加工区，首期",
         {"云溪镇": L, "青禾食品产业园": PL, "粮油加工区": PL, "肉制品加工区": PL}, id="divided-processing-areas"),
])
def test_the_items_of_a_zones_structure_name_areas(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, name", [
    # members that are no areas: firms make up a firm
    case("青禾公司由星澜集团和墨川集团共同组成", None, id="firms"),
    # gardens are no parks
    case("星澜湿地由白鹭公园、青禾花园组成", None, id="gardens"),
    # a bare 园 after 下设 is as often a firm's or a town's: left to the other sources
    case("园区下设星澜园、青禾园", None, id="divided-bare-yuan"),
    # a generic stem after 分为 names a kind of area, no area (only a zone made of it names one)
    case("园区分为中心片区和白沙片区", None, id="divided-generic-stem"),
    # an area named in full before its kind word and 等 is the area, not 星澜新城等片区
    case("新区下辖星澜新城等片区", None, id="named-before-kind"),
    # a 和 inside an item's stem is no joiner (春和片区 stays whole, no 春 or 和片区)
    case("高新区由春和片区和墨溪片区组成", "春和片区", id="he-in-stem"),
])
def test_what_the_structure_items_rule_leaves(recogniser, text, name):
    ms = [m for m in mentions(recogniser, text) if m.role != "owner"]
    mine = [m.name for m in ms if m.rule == "structure-item"]
    if name is None:
        assert mine == [], f"{text}: {mine}"
    else:
        assert name in {m.name for m in ms} and not any("和" in n and n != name for n in mine), ms
