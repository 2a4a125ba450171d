"""List peers (kg/recognise/list_peers.py) on sentences with INVENTED firm names
(青禾, 星澜, 墨川 …); a firm the lexicon knows (美团, 比亚迪, 长江存储) where the rule
depends on one: an unknown word listed beside a known firm is a firm too.

Each row: the sentence and the {name: class} of every name found (owners aside).
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, P = "Enterprise", "Place"


# -- list peers: an unknown word listed beside a firm the lexicon knows ---------------------

@pytest.mark.parametrize("text, want", [
    case("美团、墨川新芯持续扩产", {"美团": E, "墨川新芯": E}, id="after-a-known-firm"),
    case("墨川新芯、美团持续扩产", {"墨川新芯": E, "美团": E}, id="before-a-known-firm"),
    case("星澜禾川(云溪)有限公司、墨川新芯持续扩产", {"星澜禾川(云溪)有限公司": E, "墨川新芯": E},
         id="beside-a-registered-name"),
    # not when the known firm is only a word of its item
    case("美团云、墨川新芯持续扩产", {"美团": E}, id="firm-is-a-word-of-its-item"),
    # not when the neighbour is places
    case("美团、韩国大邱持续扩产", {"美团": E, "韩国": P, "大邱": P}, id="neighbour-is-places"),
    case("美团、拱墅区持续扩产", {"美团": E, "拱墅区": P}, id="neighbour-is-a-district"),
    # 等 that jieba glued to the word after the item (等线|上线下) ends the item
    case("星澜米业产品进入京东、白鹭等线上线下渠道", {"京东": E, "白鹭": E}, id="deng-glued-after"),
    # a verb whose object is a firm (配套, 供应: [boundary] before_firm) ends the item after it and
    # opens the one before it: the firm supplied, no word of its name
    case("企业为比亚迪、星澜禾川配套的订单增长", {"比亚迪": E, "星澜禾川": E}, id="peitao-after-the-item"),
    case("产品供应禾川墨星、中粮集团等客户", {"禾川墨星": E, "中粮集团": E}, id="gongying-before-the-item"),
    # (near misses: a headed item keeps the word, 配套服务区; without the verb the item runs to the
    # next boundary as before)
    case("经营星澜景区配套服务区、云溪夜市等项目", {"星澜景区配套服务区": "Place", "云溪夜市": "CommercialDistrict"},
         id="peitao-inside-a-headed-item"),
    case("企业为比亚迪、星澜禾川的订单增长", {"比亚迪": E, "星澜禾川": E}, id="no-verb-after-the-item"),
    # not beside an unknown word alone
    case("青禾、墨川新芯持续扩产", {}, id="no-known-firm"),
])
def test_list_peers(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the item before a known firm is a peer only when it is the whole item: a walk
    # stopped by its length inside a longer item takes no tail of it
    case("青禾传动8AT自动变速器、长江存储分别填补空白", {"长江存储": "Enterprise"}, id="tail-of-a-longer-item"),
    # near miss: a whole item before the firm is its peer
    case("引进了墨川新芯、长江存储", {"墨川新芯": "Enterprise", "长江存储": "Enterprise"}, id="whole-item"),
])
def test_list_peers_are_whole_items(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a group's firm (旗下的X) and the firm listed beside it
    case("比亚迪旗下的墨川智行、云岫易创，均在我区设立研发中心", {"比亚迪": "Enterprise", "墨川智行": "Enterprise",
                                                     "云岫易创": "Enterprise"}, id="qixia-de-list"),
    # beside a firm a firm noun gave away, an unknown name listed with it is a firm too
    case("本地企业禾川新材料、云岫光能成长为单项冠军", {"禾川新材料": "Enterprise", "云岫光能": "Enterprise"},
         id="appositive-peer"),
    # near miss: a firm opening the next item, the words after it are the clause's
    case("本土企业星澜科技、禾川电器出货量稳居前列", {"星澜科技": "Enterprise", "禾川电器": "Enterprise"},
         id="appositive-peer-stops-at-firm"),
])
def test_firms_beside_a_firm_a_noun_gave_away(recogniser, text, want):
    check(recogniser, text, want)
