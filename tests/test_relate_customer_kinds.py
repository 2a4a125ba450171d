"""customer-kind-track (kg/relate/customer_kinds.py): the customers a district's firms supply
are in the kind of firms their list names, and in no other track of the sentence."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, T = "Enterprise", "IndustryTrack"
THINGS = {"星澜新材": E, "青禾电子": E, "墨川储能": E, "星能电池": T, "白露光伏": T, "云溪芯片": T}


@pytest.mark.parametrize("text,want", [
    # the kind of firms a list of customers names is theirs
    ("墨川储能生产电池结构件，产品主要配套星澜新材、青禾电子等星能电池企业。",
     {("星澜新材", "星能电池"), ("青禾电子", "星能电池")}),
    ("墨川储能的硫酸锰已进入星澜新材、青禾电子等星能电池企业的供应链。",
     {("星澜新材", "星能电池"), ("青禾电子", "星能电池")}),
    ("公司主要客户包括星澜新材、青禾电子等星能电池企业。",
     {("星澜新材", "星能电池"), ("青禾电子", "星能电池")}),
    # ... as many kinds as firms: each its own
    ("墨川储能的产品将供应星澜新材、青禾电子等下游白露光伏和云溪芯片企业。",
     {("星澜新材", "白露光伏"), ("青禾电子", "云溪芯片")}),
    # (near misses: more kinds than firms, which is whose the text does not say; no kind named;
    # the suppliers' track the sentence opens on is not the customers')
    ("墨川储能的产品将供应星澜新材等下游白露光伏和云溪芯片企业。", set()),
    ("墨川储能的产品已配套星澜新材、青禾电子等企业。", set()),
    # (near misses: another word names the kind with the track, one the text holds no track for)
    ("墨川储能的产品配套星澜新材、青禾电子等整车和星能电池企业。", set()),
    ("墨川储能的产品已进入星澜新材、青禾电子等云溪芯片封装企业的供应链。", set()),
    ("白露光伏产业链加快延伸，墨川储能产品配套星澜新材、青禾电子等下游企业。", {("墨川储能", "白露光伏")}),
    # the firms a district's business serves (为A、B等T厂商提供X): customers, in the kind named
    ("白露光伏板块主要为星澜新材、青禾电子等星能电池厂商提供结构件。",
     {("星澜新材", "星能电池"), ("青禾电子", "星能电池")}),
    ("云溪芯片业务长期为星澜新材、青禾电子等企业配套测试服务。", set()),
    ("该公司作为白露光伏产业链骨干，多年为青禾电子、墨川储能代工组件。", set()),
    # ... or said to be customers (深化与A、B等战略客户的合作)
    ("白露光伏业务将深化与星澜新材、青禾电子等战略客户的合作。", set()),
    # ... or the leaders whose suppliers a district seeks (招引A、B等龙头企业的上游配套供应商)
    ("白露光伏产业重点招引星澜新材、青禾电子等龙头企业的上游配套供应商。", set()),
    ("云溪芯片方向将吸引星澜新材、青禾电子等头部企业的上下游配套企业落户。", set()),
    # (near misses: the firms of the list give, not take: they are the sentence's track's)
    ("白露光伏方面，星澜新材、青禾电子等企业提供组件和运维服务。",
     {("星澜新材", "白露光伏"), ("青禾电子", "白露光伏")}),
    ("白露光伏方面，星澜新材、青禾电子两家企业为白露光伏电站提供组件。",
     {("星澜新材", "白露光伏"), ("青禾电子", "白露光伏")}),
    # (… the one they serve is the customer)
    ("白露光伏方面，星澜新材、青禾电子等企业为墨川储能提供组件。",
     {("星澜新材", "白露光伏"), ("青禾电子", "白露光伏")}),
])
def test_customers_are_in_the_kind_their_list_names(text, want):
    r = relate_on(THINGS, text)
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == want, sorted(r.facts())
