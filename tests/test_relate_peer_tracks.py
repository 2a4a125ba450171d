"""Tracks named beside a sentence's head that are no segment of it (kg/relate/peer_tracks.py,
head-sub in kg/relate/tracks.py): peers counted alike, and the industries of the customers."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T = "Enterprise", "Platform", "IndustryTrack"
ENTS = {"星能": T, "墨芯封装": T, "云端金融": T, "白露材料": T, "青禾电子": E, "星澜科技": E, "云溪园区": PL}


@pytest.mark.parametrize("text, want", [
    # tracks counted alike beside the head are its peers
    ("其中星能项目12个、墨芯封装项目7个、云端金融项目3个，合计投资80亿元。", set()),
    ("其中，星能产业链企业9家、墨芯封装产业链企业5家。", set()),
    # the industries of the firms a clause supplies are its customers'
    ("星能方面，青禾电子新建项目落地云溪园区，达产后产品主要供应星澜科技等下游墨芯封装和云端金融企业。", set()),
    ("在白露材料领域，青禾电子的电芯已配套国内多家云端金融企业。", set()),
    # (near misses: a kind of firms the head's sentence draws in, with or without a count beside it)
    ("星能产业加快发展，重点引进墨芯封装企业。", {("墨芯封装", "星能")}),
    ("其中星能项目12个，重点引进墨芯封装企业。", {("墨芯封装", "星能")}),
    ("星能方面，青禾电子新建项目落地云溪园区，重点引进星澜科技等墨芯封装和云端金融企业。",
     {("墨芯封装", "星能"), ("云端金融", "星能")}),
])
def test_peers_and_customers_are_no_segments_of_the_head(text, want):
    r = relate_on(ENTS, text)
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # a count of the district's own main chains names no whole of them (kg/relate/segments.py)
    ("聚焦白露材料、星能、墨芯封装三条主导产业链，同步培育云端金融产业。", set()),
    ("坚持星能、墨芯封装两大支柱产业链协同发展，培育云端金融产业。", set()),
    # (near miss: chains counted under the main industry named before them are its segments)
    ("主导产业：云端金融，重点发展星能、墨芯封装、白露材料三条产业链。",
     {("星能", "云端金融"), ("墨芯封装", "云端金融"), ("白露材料", "云端金融")}),
])
def test_a_districts_main_chains_are_no_segments(text, want):
    r = relate_on(ENTS, text)
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


GOVERNED = {"星能": T, "墨芯封装": T, "青禾电子": E, "星澜科技": E, "墨川软件园": PL}
LEAD = "星能产业加快发展，全年产值增长两成。"


@pytest.mark.parametrize("text, want", [
    # a park whose clause names another track is in that one, not in the paragraph's as well
    ("墨川软件园新入驻墨芯封装企业37家，星澜科技扩产。", {("墨川软件园", "墨芯封装"), ("星澜科技", "星能")}),
    ("青禾电子扩产，墨川软件园新入驻墨芯封装企业37家。", {("墨川软件园", "墨芯封装"), ("青禾电子", "星能")}),
    # (near misses: a firm is placed by the paragraph, named in a clause of its own track or none)
    ("青禾电子举办墨芯封装产业推介会。", {("青禾电子", "墨芯封装"), ("青禾电子", "星能")}),
    ("青禾电子新建厂房投产，星澜科技扩产。", {("青禾电子", "星能"), ("星澜科技", "星能")}),
])
def test_a_park_whose_clause_names_a_track_takes_not_the_paragraphs(text, want):
    r = relate_on(GOVERNED, ("云溪区产业发展", LEAD + text))
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # a body takes the track of the clause next to its own, not of one two clauses off
    ("白露研究院揭牌运行，年内完成组建，加快壮大星能产业。", set()),
    # (near misses: the clause next to it; a firm two clauses off)
    ("白露研究院揭牌运行，加快壮大星能产业。", {("白露研究院", "星能")}),
    ("星澜科技新厂投产，年内完成组建，加快壮大星能产业。", {("星澜科技", "星能")}),
])
def test_a_body_takes_the_track_of_the_next_clause_only(text, want):
    r = relate_on({"星能": T, "星澜科技": E, "白露研究院": "Institution"}, ("云溪区产业发展", text))
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == want, sorted(r.facts())


KINDS = {"星能": T, "墨芯封装": T, "云端金融": T, "白露材料": T, "青禾电子": E, "墨川软件园": PL}


@pytest.mark.parametrize("text, want", [
    # under the paragraph's track, a kind of firms a sentence naming no track draws in is the
    # firms' own track, no segment of the paragraph's
    ("墨川软件园新入驻墨芯封装企业37家。", set()),
    ("青禾电子总部落地，将带动一批墨芯封装和云端金融企业集聚。", set()),
    ("年内新引进白露材料、云端金融企业8家以上。", set()),
    # (near misses: the track named in the sentence and opening it; a kind of projects, not firms)
    ("星能产业重点引进墨芯封装企业。", {("墨芯封装", "星能")}),
    ("星能方面，墨川软件园新入驻墨芯封装企业37家。", {("墨芯封装", "星能")}),
])
def test_kinds_of_firms_under_the_paragraphs_track_are_no_segments(text, want):
    r = relate_on(KINDS, ("云溪区产业发展", "星能产业加快发展，全年产值增长两成。" + text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


SHORT = {"白露医药": T, "医药": T, "星能": T, "星能装备": T, "青禾电子": E, "星澜科技": E}


@pytest.mark.parametrize("text, want", [
    # a track the head's name ends with is the head named short, no segment of it
    ("白露医药方面，园区集聚了青禾电子、星澜科技等医药企业60余家。", set()),
    # (near misses: a track the head's name begins with; one longer than the head)
    ("星能方面，园区集聚了青禾电子、星澜科技等星能装备企业60余家。", {("星能装备", "星能")}),
    ("医药方面，园区集聚了青禾电子、星澜科技等白露医药企业60余家。", {("白露医药", "医药")}),
])
def test_a_track_the_heads_name_ends_with_is_the_head_named_short(text, want):
    r = relate_on(SHORT, text)
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the parts a whole is said to be made of take no track the clauses say of the whole
    ("云溪园区由星澜园区、青禾园区和白露园区组成，是全省重要的星能和墨芯封装基地。", set()),
    # (near miss: parks listed in no composition take the clause's tracks)
    ("星澜园区、青禾园区加快建设，重点发展星能和墨芯封装。",
     {(p, t) for p in ("星澜园区", "青禾园区") for t in ("星能", "墨芯封装")}),
])
def test_the_parts_a_whole_is_made_of_take_no_track_of_it(text, want):
    r = relate_on({"星能": T, "墨芯封装": T, "云溪园区": PL, "星澜园区": PL, "青禾园区": PL, "白露园区": PL}, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[0] != "云溪园区"}
    assert got == want, sorted(r.facts())
