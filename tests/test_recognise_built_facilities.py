"""Facilities a sentence builds, opens or turns something into (kg/recognise/built_facilities.py,
rules.toml [built_facility]) on sentences with INVENTED names (青禾, 星澜, 墨川, 白鹭 …).

Each row: the sentence and the {name: class} of the Projects found (other classes are
another module's business here).
"""
from __future__ import annotations

import pytest

from recognition import case, names

PR = "Project"


def projects(rec, text):
    return {n: c for n, c in names(rec, text).items() if c == PR}


@pytest.mark.parametrize("text, want", [
    # a brand, the stem of a town the sentence names, a product and a head, after 新建
    case("星澜服饰与青禾村结对，在白鹭镇新建星澜白鹭服装帮扶车间，吸纳妇女就业",
         {"星澜白鹭服装帮扶车间": PR}, id="workshop-town-stem"),
    # a village's word (塬) in the modifier, after the amount and 建设
    case("青禾乳业有限公司出资2700万元建设云溪东塬奶牛生态养殖场，存栏800头",
         {"云溪东塬奶牛生态养殖场": PR}, id="farm-village-word"),
    # 改造为: what an old building is turned into
    case("星澜养老公司把镇上空置的供销社改造为星澜北塬互助幸福院，为老人提供服务",
         {"星澜北塬互助幸福院": PR}, id="turned-into"),
    # a hamlet's word (寨) and a camp
    case("出资4100万元建设墨川青崖寨山地研学营地，开设户外课程", {"墨川青崖寨山地研学营地": PR}, id="camp-hamlet"),
    # an ordinal opens the name of a cold store
    case("年底建成投用7号低温冷库（容量2万吨），储运能力增强", {"7号低温冷库": PR}, id="ordinal-store"),
    # a village's name (村) in a station's name
    case("组织企业与墨川村结对，建设星澜墨川村光伏帮扶电站，带动村集体增收", {"星澜墨川村光伏帮扶电站": PR},
         id="station-village"),
])
def test_a_built_facility_is_a_project(recogniser, text, want):
    assert projects(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a bare head, and generic words before a head: kinds, no names
    case("新建帮扶车间3个，建设标准化养殖场", {}, id="bare-and-generic"),
    # what the facility makes or how, no place and no brand: kinds of workshops and stores
    case("公司建设电芯车间和黑蒜发酵车间，新建多温区冷库", {}, id="product-words-only"),
    # a name with a place but no verb of building: not this rule's
    case("游客参观白鹭村陶瓷文创工坊后离开", {}, id="no-verb"),
    # a boundary word between verb and head: two things, or none
    case("建设白鹭村和青禾村冷库", {}, id="across-boundary"),
])
def test_no_facility_without_a_named_modifier(recogniser, text, want):
    assert projects(recogniser, text) == want
