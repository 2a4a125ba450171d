"""kg/relate/addresses.py: an address under a body's or a firm's name (located-address), on
given mentions (tests/relate_helpers.py). Invented cards."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, L, PL, I = "Enterprise", "Place", "Platform", "Institution"
THINGS = {"云溪区投资促进局": I, "云州市": L, "云溪区": L, "星澜大道": L, "白沙街道": L,
          "青禾高新区": PL, "青禾高新区管理委员会": I, "白鹭路": L, "星澜储能器件有限公司": E}


def placed(text: str, title: str = "云溪区投资指南") -> set[tuple[str, str, str]]:
    r = relate_on(THINGS, (title, title + "\n" + text))
    return {(s, o, rule) for s, _, o, rule in r.facts("locatedIn") if rule.startswith("located-address")}


@pytest.mark.parametrize("text,want", [
    # a contact block: the body on the road its address names (the last of the places side by side)
    ("六、联系方式\n联系单位：云溪区投资促进局\n地址：云州市云溪区星澜大道88号\n电话：0000-1234567",
     {("云溪区投资促进局", "星澜大道", "located-address")}),
    # the body's name alone on its line, a field line between; a street before the road
    ("六、联系方式\n云溪区投资促进局\n电话：0000-1234567\n地址：白沙街道星澜大道88号",
     {("云溪区投资促进局", "星澜大道", "located-address"), ("云溪区投资促进局", "白沙街道", "located-address")}),
    # a firm's card: its registered address
    ("三、新设公司情况\n公司名称：星澜储能器件有限公司\n注册资本：8,000万元\n注册地址：云溪区星澜大道88号",
     {("星澜储能器件有限公司", "星澜大道", "located-address")}),
    # a tender's result: the winner, numbered as the notice's fields are, and the winner's address
    ("（四）中标人：星澜储能器件有限公司\n中标人地址：云州市云溪区星澜大道\n中标金额：人民币1,286.50万元",
     {("星澜储能器件有限公司", "星澜大道", "located-address")}),
    ("（四）成交供应商：星澜储能器件有限公司\n供应商地址：白沙街道星澜大道",
     {("星澜储能器件有限公司", "星澜大道", "located-address"), ("星澜储能器件有限公司", "白沙街道", "located-address")}),
    # a notice's contact lines: the builder, the tenderer, a label spaced to the others' width
    ("八、联系方式\n建设单位：星澜储能器件有限公司\n地　　址：云州市云溪区星澜大道18号\n联 系 人：张工",
     {("星澜储能器件有限公司", "星澜大道", "located-address")}),
    ("6.联系方式\n招 标 人：星澜储能器件有限公司\n地　　址：白沙街道星澜大道66号\n联 系 人：赵先生",
     {("星澜储能器件有限公司", "星澜大道", "located-address"), ("星澜储能器件有限公司", "白沙街道", "located-address")}),
    # a procurement notice's contact lines: the body that carries the project out, the agency
    ("六、联系方式\n（一）实施机构：云溪区投资促进局\n地址：云州市云溪区星澜大道18号\n联系人：汪先生",
     {("云溪区投资促进局", "星澜大道", "located-address")}),
    ("（二）采购代理机构：星澜储能器件有限公司\n地址：白沙街道白鹭路66号9楼",
     {("星澜储能器件有限公司", "白鹭路", "located-address"), ("星澜储能器件有限公司", "白沙街道", "located-address")}),
    # a counterparty's card in an announcement, its lines numbered: the firm at its registered domicile
    ("二、交易对方基本情况\n1．名称：星澜储能器件有限公司\n2．注册资本：6,000万元\n3．住所：云州市云溪区白鹭路66号",
     {("星澜储能器件有限公司", "白鹭路", "located-address")}),
    ("1.企业名称：星澜储能器件有限公司\n2.厂址：白沙街道星澜大道9号",
     {("星澜储能器件有限公司", "星澜大道", "located-address"), ("星澜储能器件有限公司", "白沙街道", "located-address")}),
    # (near miss: a numbered item naming its contact body heads no card; the footer's address is another's)
    ("5.联系单位：云溪区投资促进局\n\n咨询热线：0000-1234567\n地　　址：云州市云溪区星澜大道96号", set()),
    # (near miss: a numbered line that is no address: 住所 only as a label)
    ("1．名称：星澜储能器件有限公司\n2．住所地法院管辖：云溪区人民法院", set()),
    # (near miss: the agency's line, then the winner's address)
    ("（二）采购代理机构：星澜储能器件有限公司\n中标人地址：云州市云溪区星澜大道", set()),
    # (near miss: the buyer's line is no card of the winner's address)
    ("（二）采购人：星澜储能器件有限公司\n中标人地址：云州市云溪区星澜大道", set()),
    # (near miss: running text between the name and the address ends the card)
    ("联系单位：云溪区投资促进局\n云溪区今年新建道路12条，改造管网30公里。\n地址：云州市星澜大道88号", set()),
    # (near miss: a heading between the name and the address: the address is of what it heads)
    ("联系单位：云溪区投资促进局\n二、项目选址\n地址：云州市星澜大道88号", set()),
    # (near miss: more lines between than a card holds, [located] address_lines)
    ("联系单位：云溪区投资促进局\n电话：0000-1234567\n传真：0000-1234568\n邮箱：a@b.cn\n地址：云州市星澜大道88号", set()),
    # (near miss: a line naming two bodies is no card's name)
    ("云溪区投资促进局、青禾高新区管理委员会\n地址：云州市星澜大道88号", set()),
])
def test_an_address_under_a_name(text, want):
    assert placed(text) == want


def test_an_address_naming_the_home_zone_first_puts_the_body_in_it_too():
    # (the zone the document speaks for, then the road: both, the road no override of the zone)
    got = placed("二、合作方情况\n名称：青禾高新区管理委员会\n性质：派出机构\n地址：青禾高新区白鹭路9号",
                 title="青禾高新区投资协议公告")
    assert ("青禾高新区管理委员会", "白鹭路", "located-address") in got
    # (名称：X opens an announcement's card, kg/relate/entries.py: its place field may state the home first)
    r = relate_on(THINGS, ("青禾高新区投资协议公告",
                           "青禾高新区投资协议公告\n二、合作方情况\n名称：青禾高新区管理委员会\n性质：派出机构\n地址：青禾高新区白鹭路9号"))
    assert {(s, o) for s, _, o in r.pairs("locatedIn")} == {("青禾高新区管理委员会", "白鹭路"),
                                                           ("青禾高新区管理委员会", "青禾高新区")}
