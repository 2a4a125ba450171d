"""Bodies and professional firms named by their heads (rules.toml [[head]]: 人民法院, 综合办公室,
研究室, 律师事务所, 会计师事务所 and a firm's 分所 across its bracketed partnership form,
kg/recognise/bracket_names.py), a body carrying another body's sign ([alias] bracketed 挂X牌子,
[bureau] bare_after), and a broker's verb before the party it brings in ([boundary] 牵线) on
sentences with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露).

Each row: the sentence and the {name: class} of every name found that is not a nested owner.
"""
from __future__ import annotations

import pytest

from recognition import case, check, document, document_names

P, I, E = "Place", "Institution", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a court named by its city
    case("星澜市中级人民法院裁定受理青禾公司重整一案。", {"星澜市中级人民法院": I}, id="city-court"),
    case("云溪县人民法院依法审理。", {"云溪县人民法院": I}, id="county-court"),
    # law and accounting firms, and a branch of a partnership
    case("指定墨川律师事务所担任管理人。", {"墨川律师事务所": E}, id="law-firm"),
    case("聘请星澜会计师事务所（特殊普通合伙）出具审计报告。",
         {"星澜会计师事务所（特殊普通合伙）": E}, id="partnership-firm"),
    case("由白露会计师事务所（特殊普通合伙）云溪分所审计。",
         {"白露会计师事务所（特殊普通合伙）云溪分所": E}, id="partnership-branch"),
    # a body's general office and research office named by their remit
    case("由党政综合办公室负责日常事务。", {"党政综合办公室": I}, id="general-office"),
    case("区政府研究室牵头起草报告。", {"区政府研究室": I}, id="government-research-office"),
    case("与青禾大学共建星澜茶叶加工工程研究室。", {"青禾大学": I, "星澜茶叶加工工程研究室": I},
         id="engineering-research-room"),
    # a broker's verb is no word of the body it brings in
    case("牵线云溪竹产业协会与企业签订协议。", {"云溪竹产业协会": I}, id="broker-verb"),
    # near misses: a kind of court, an office alone, a party committee's office, a count of rooms
    case("可向甲方住所地人民法院起诉。", {}, id="any-court"),
    case("设立综合办公室。", {}, id="office-alone"),
    case("市委政策研究室牵头起草调研报告。", {}, id="party-research-office"),
    case("建设茶叶萃取物两个研究室。", {}, id="count-of-rooms"),
])
def test_bodies_and_firms(recogniser, text, want):
    check(recogniser, text, want)


def test_a_bodys_other_sign_is_its_alias(recogniser):
    doc = document("管委会内设机构：1. 营商环境服务局（挂数据资源管理局牌子），负责数据共享。"
                   "2. 经济发展局（加挂科技局牌子）。")
    ms = [m for m in recogniser.document_mentions(doc) if m.role != "owner"]
    got = {(m.surface, m.name) for m in ms}
    assert ("数据资源管理局", "营商环境服务局") in got, got
    assert ("科技局", "经济发展局") in got, got
    assert not any(m.surface.startswith("挂") for m in ms), got
