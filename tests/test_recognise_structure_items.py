"""The parts a zone or park is said to be made of (kg/recognise/structure_items.py,
rules.toml [place.peers.structure]): the items of 由A、B和C…组成 (any area head), and of
分为/下设/下辖 A、B and “N组团”为A、B (片区, 配套区, 加工区, 组团 only) name areas; a zone's 片区
and 组团 are platforms unless a town or a subdistrict stands beside them. Invented names throughout."""
from __future__ import annotations

import pytest

from recognition import case, check, mentions

PL, L, E = "Platform", "Place", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # parks named by the trade they gather, a kind no head knows (陶瓷园, 纺织服装园)
    case("白露工业园由纺织服装园、陶瓷园和五金园三个园中园组成",
         {"白露工业园": PL, "纺织服装园": PL, "陶瓷园": PL, "五金园": PL}, id="composed-parks"),
    # a 片区 whose stem is a generic word (中心) is named when the zone is made of it; a zone's
    # 片区 are parts that host its firms: platforms
    case("新区目前由中心片区和青禾片区两部分组成。",
         {"中心片区": PL, "青禾片区": PL}, id="composed-generic-stem"),
    # the first item glued by the segmenter to 由 (由泽|和|片区)
    case("园区总面积18平方公里，由泽和片区、墨溪片区共同组成。",
         {"泽和片区": PL, "墨溪片区": PL}, id="composed-glued-first"),
    # a park's service area listed after its 片区 in the park's division of itself
    case("园区整体规划分为白沙片区、墨溪片区和物流配套区。",
         {"白沙片区": PL, "墨溪片区": PL, "物流配套区": PL}, id="divided-service-area"),
    # a plan's counted label before 为 lists the zone's 组团 (and its 片区)
    case("“四组团”为北部新材料组团、南部装备制造组团、西部文旅康养组团和东部物流仓储组团。",
         {"北部新材料组团": PL, "南部装备制造组团": PL, "西部文旅康养组团": PL, "东部物流仓储组团": PL},
         id="counted-label-groups"),
    case("“两片区”为云溪片区和白鹭片区。", {"云溪片区": PL, "白鹭片区": PL}, id="counted-label-areas"),
    # a plan's core area and belts: platforms, a long stem and all; the cluster made of them too
    case("墨溪茶旅集群由青岚镇郊茶旅核心区、白鹭溪谷茶旅带和云岫山高山茶园民宿带组成，即“一核两带”。",
         {"墨溪茶旅集群": PL, "青岚镇郊茶旅核心区": PL, "白鹭溪谷茶旅带": PL, "云岫山高山茶园民宿带": PL},
         id="plan-core-and-belts"),
    # a plan's wings counted by its label; a belt of shops is a 商圈's area
    case("“两翼”即北部智能装备翼和南部新材料翼，是园区的主战场。",
         {"北部智能装备翼": PL, "南部新材料翼": PL}, id="counted-label-wings"),
    case("“两带”为青岚河滨水商业带和白鹭路夜间消费带。",
         {"青岚河滨水商业带": "CommercialDistrict", "白鹭路夜间消费带": "CommercialDistrict"}, id="counted-label-belts"),
    # a town or a subdistrict beside them makes the list a county's areas: the 片区 stay places
    case("高新区下辖云溪街道、白沙片区和墨溪片区。",
         {"云溪街道": L, "白沙片区": L, "墨溪片区": L}, id="divided-beside-subdistrict"),
    # processing areas a park sets up are parks, not places (the list's frame read them as places)
    case("白沙乡新建的墨川农产品产业园下设果蔬加工区、茶叶加工区，一期",
         {"白沙乡": L, "墨川农产品产业园": PL, "果蔬加工区": PL, "茶叶加工区": PL}, id="divided-processing-areas"),
    # a park's factory blocks and its science centre are its parts: platforms, the last one past
    # the 和 that joins it to a block
    case("产业园分为南区通用厂房区、北区专用厂房区和墨川食品科创中心三个板块。",
         {"南区通用厂房区": PL, "北区专用厂房区": PL, "墨川食品科创中心": PL}, id="divided-factory-blocks"),
    case("园区分为星澜厂房区和青禾科创中心两个板块。", {"星澜厂房区": PL, "青禾科创中心": PL}, id="divided-block-and-centre"),
    # the parks a zone's bracket lists after its name, whatever words their stems are
    case("一、墨川高新技术产业开发区（云岫园、白露园）", {"墨川高新技术产业开发区": PL, "云岫园": PL, "白露园": PL},
         id="bracketed-parks"),
    case("青禾经济开发区（含星澜园、白沙园）", {"青禾经济开发区": PL, "星澜园": PL, "白沙园": PL},
         id="bracketed-parks-han"),
    # a name glued across two items of the division (白沙片区和龙圩片区) gives way to the items
    case("青禾片区又划分为云溪片区、白沙片区和龙圩片区。",
         {"青禾片区": L, "云溪片区": PL, "白沙片区": PL, "龙圩片区": PL}, id="divided-glued-items"),
    # a zone's areas named by the cities they lie in are its areas, the city no kind's name
    case("试验区分为杭州片区和宁波片区。", {"杭州片区": PL, "宁波片区": PL}, id="divided-city-areas"),
    # (near miss: an area named in full before the kind word is the area, no item of the list)
    case("新区下辖星澜新城片区和白沙片区。", {"星澜新城片区": L, "白沙片区": PL}, id="divided-named-area-before-kind"),
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
    case("园区分为中心片区和其他片区", None, id="divided-generic-stem"),
    # an area named in full before its kind word and 等 is the area, not 星澜新城等片区
    case("新区下辖星澜新城等片区", None, id="named-before-kind"),
    # a counted label of bands lists no zone's parts (带 is no area head)
    case("“两带”为青禾生态防护带和星澜安全隔离带。", None, id="counted-label-bands"),
    # nor are strips of land a zone is said to be made of (防护带, 隔离带)
    case("墨溪生态屏障由青禾河滨防护带和星澜路隔离带组成", None, id="composed-strips"),
    # a whole made of no zone is left to the other sources (集群 of firms)
    case("青禾装备集群由星澜重工和墨川精密等企业组成", None, id="whole-of-firms"),
    # a counted label not in quotes is a count in running text, no plan's label
    case("建设五组团为主的产业空间，墨溪组团完成投资", None, id="unquoted-count"),
    # a 和 inside an item's stem is no joiner (春和片区 stays whole, no 春 or 和片区)
    case("高新区由春和片区和墨溪片区组成", "春和片区", id="he-in-stem"),
    # a 科创中心 or 厂房区 in running text, no park's division, is left to the other sources
    case("星澜科创中心和青禾厂房区今年建成投用", None, id="no-frame-centre"),
    # a park's phases in a bracket name no parts; nor does a zone's bracket of one thing alone
    case("星澜产业园（一期、二期）", None, id="bracketed-phases"),
    case("青禾经济开发区（白沙园）", None, id="bracketed-one"),
    # an item of no head after a 和 is no area of the division (白沙片区 is; 综合服务中心 is left)
    case("园区分为白沙片区和综合服务中心", "白沙片区", id="no-head-after-he"),
])
def test_what_the_structure_items_rule_leaves(recogniser, text, name):
    ms = [m for m in mentions(recogniser, text) if m.role != "owner"]
    mine = [m.name for m in ms if m.rule == "structure-item"]
    if name is None:
        assert mine == [], f"{text}: {mine}"
    else:
        assert name in {m.name for m in ms} and not any("和" in n and n != name for n in mine), ms
