"""A park mainly made of tracks (platform-based-on, platform-based-on-anaphor in
kg/data/relations.toml): 星澜片区以A为主 / 青禾工业园以A和B为特色 / 园区将以A、B两大主导产业为方向."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T, L = "Enterprise", "Platform", "IndustryTrack", "Place"
ENTS = {"星能": T, "墨芯封装": T, "白露材料": T, "青禾电子": E, "星澜科技": E, "墨川软件园": PL, "星澜片区": PL,
        "云溪新区": PL, "云溪区": L}


@pytest.mark.parametrize("text, want", [
    ("星澜片区以墨芯封装为主。", {("星澜片区", "墨芯封装")}),
    ("星澜片区则以墨芯封装和星能为主，已引入青禾电子。", {("星澜片区", "墨芯封装"), ("星澜片区", "星能")}),
    ("墨川软件园以墨芯封装为特色，集聚了青禾电子。", {("墨川软件园", "墨芯封装")}),
    ("墨川软件园将以墨芯封装、星能两大主导产业为方向。", {("墨川软件园", "墨芯封装"), ("墨川软件园", "星能")}),
    ("墨川软件园以墨芯封装配套企业为主。", {("墨川软件园", "墨芯封装")}),
    # the park a kind word stands for, named in the paragraph's sentence before
    ("墨川软件园位于云溪区。园区将以墨芯封装、星能两大主导产业为方向。",
     {("墨川软件园", "墨芯封装"), ("墨川软件园", "星能")}),
    ("墨川软件园位于云溪区。目前园区以白露材料为主。", {("墨川软件园", "白露材料")}),
    # (near misses: the park is what the district builds on; the track a carrier; the lead of a
    # track's segment; a district, no park, based on a track; no park named before 园区)
    ("云溪区以墨川软件园为载体，推动产业升级。", set()),
    ("墨川软件园以墨芯封装为主要载体。", set()),
    ("全区以墨芯封装为主。", set()),
    ("园区将以墨芯封装、星能两大主导产业为方向。", set()),
    # (the home, a zone, is based on its lines: home-track-lead's, not a park's)
    (("云溪新区2025年工作报告", "云溪新区以星能和墨芯封装为主攻方向，墨川软件园以墨芯封装为主。"),
     {("墨川软件园", "墨芯封装")}),
])
def test_what_a_park_is_mainly_made_of(text, want):
    r = relate_on(ENTS, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[3].startswith("platform-based-on")}
    assert got == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    ("墨川软件园已集聚青禾电子、星澜科技等墨芯封装企业68家。", {("墨川软件园", "墨芯封装")}),
    ("墨川软件园集聚墨芯封装及配套企业67家。", {("墨川软件园", "墨芯封装")}),
    ("园区内的墨川软件园集聚了青禾电子等墨芯封装和星能企业27家。", {("墨川软件园", "墨芯封装"), ("墨川软件园", "星能")}),
    # (near misses: firms of no kind, the track in a clause of its own; projects, not firms)
    ("墨川软件园已集聚青禾电子、星澜科技等企业，形成墨芯封装产业链。", set()),
    ("墨川软件园集聚墨芯封装项目12个。", set()),
    # (the home gathering firms: the district rule's)
    (("云溪新区2025年工作报告", "云溪新区已集聚青禾电子等墨芯封装企业68家。"), set()),
])
def test_the_kind_of_firms_a_park_gathers(text, want):
    """platform-gathers-kind: 星澜芯谷已集聚A、B等T企业68家."""
    r = relate_on(ENTS, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[3] == "platform-gathers-kind"}
    assert got == want, sorted(r.facts())
