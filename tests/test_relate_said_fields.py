"""kg/relate/said_fields.py and the sections of a notice or a review's minutes: a card's field that
says its owner or site in a clause (招标人为Z; 建设地点位于Y; 拟选址Y), a track field naming a segment
inside its track (产业归属：A产业中的B), and a section heading whose track words stand inside a firm's
or a project's name (一、关于星澜新材料有限公司X项目), which govern no section."""
from __future__ import annotations

import pytest

from relate_helpers import relate_on

E, I, P, PL, PF, T = "Enterprise", "Institution", "Project", "Place", "Platform", "IndustryTrack"
THINGS = {"墨川老街立面整治提升工程": P, "星澜城投有限公司": E, "青禾招标代理有限公司": E, "白露片区": PL,
          "云溪产业园": PF, "白露区": PL, "青禾镇": PL, "星澜储能电池项目": P, "星澜储能科技有限公司": E,
          "墨川果蔬罐头项目": P, "墨川食品有限公司": E, "新材料": T, "储能电池": T, "新能源": T,
          "果蔬加工": T, "农产品加工": T, "星澜新材料有限公司": E, "星澜新材料有限公司白露涂层项目": P}

TENDER = ("招标公告汇编\n\n一、墨川老街立面整治提升工程施工招标公告\n\n"
          "1.招标条件：本项目已批准建设，{owner}，资金由财政预算安排，招标代理机构为青禾招标代理有限公司。\n"
          "2.项目概况：{site}，改造街区长度1.1公里。\n3.最高投标限价：4320万元。\n")


@pytest.mark.parametrize("owner, site, want", [
    # the tenderer is the owner; the site clause of the overview puts it in the innermost place
    ("招标人为星澜城投有限公司", "建设地点位于白露区青禾镇云溪产业园内",
     {("墨川老街立面整治提升工程", "ownedBy", "星澜城投有限公司", "owner-field-said"),
      ("墨川老街立面整治提升工程", "locatedIn", "云溪产业园", "located-field-said")}),
    ("项目业主及招标人为星澜城投有限公司", "建设地点位于白露片区",
     {("墨川老街立面整治提升工程", "ownedBy", "星澜城投有限公司", "owner-field-said"),
      ("墨川老街立面整治提升工程", "locatedIn", "白露片区", "located-field-said")}),
    # a part of the park named by its side alone: the park
    ("招标人为星澜城投有限公司", "建设地点位于白露区云溪产业园南部片区",
     {("墨川老街立面整治提升工程", "ownedBy", "星澜城投有限公司", "owner-field-said"),
      ("墨川老街立面整治提升工程", "locatedIn", "云溪产业园", "located-field-said")}),
    # (near miss: a part named by a name not found: no place, not the park)
    ("招标人为星澜城投有限公司", "建设地点位于白露区云溪产业园墨川片区",
     {("墨川老街立面整治提升工程", "ownedBy", "星澜城投有限公司", "owner-field-said")}),
    # (near misses: the tender's agent is no owner; a clause naming the place as no site)
    ("资金由星澜城投有限公司筹措", "建设资金来自白露片区财政", set()),
])
def test_a_tender_fields_clause_gives_owner_and_site(owner, site, want):
    r = relate_on(THINGS, TENDER.format(owner=owner, site=site))
    assert {f for f in r.facts() if f[2] in ("星澜城投有限公司", "青禾招标代理有限公司", "云溪产业园", "白露片区")
            and f[0] == "墨川老街立面整治提升工程"} == want, sorted(r.facts())


MINUTES = ("会议纪要\n\n一、关于星澜储能电池项目\n\n申请企业：星澜储能科技有限公司。\n\n"
           "项目内容：建设储能电池生产线，项目总投资6亿元，{site}。\n\n产业归属：{track}。\n\n"
           "二、关于墨川果蔬罐头项目\n\n申请企业：墨川食品有限公司。\n\n项目内容：年加工果蔬5万吨。\n\n"
           "产业归属：农产品加工产业中的果蔬加工。\n")


@pytest.mark.parametrize("site, track, want", [
    # the applicant owns it; 拟选址 in a field's later clause; the segment the track field names
    ("拟选址云溪产业园", "新能源产业中的储能电池",
     {("星澜储能电池项目", "ownedBy", "星澜储能科技有限公司", "owner-field"),
      ("星澜储能电池项目", "locatedIn", "云溪产业园", "located-field-said"),
      ("星澜储能电池项目", "inTrack", "储能电池", "track-field"),
      # (the same subTrackOf the field rule gives, track-field-of, is read first by the tracks'
      # own pattern for A产业中的B, sub-tracks-named-within)
      ("储能电池", "subTrackOf", "新能源", "sub-tracks-named-within")}),
    # ... a track field naming one track: the item is in it
    ("拟租赁云溪产业园标准厂房2万平方米", "新能源产业",
     {("星澜储能电池项目", "ownedBy", "星澜储能科技有限公司", "owner-field"),
      ("星澜储能电池项目", "locatedIn", "云溪产业园", "located-field-said"),
      ("星澜储能电池项目", "inTrack", "新能源", "track-field")}),
    # (near miss: a place the content names in passing; a track said in running words)
    ("产品销往云溪产业园", "符合新能源发展方向",
     {("星澜储能电池项目", "ownedBy", "星澜储能科技有限公司", "owner-field")}),
])
def test_a_review_sections_fields_are_its_projects(site, track, want):
    r = relate_on(THINGS, MINUTES.format(site=site, track=track))
    got = {f for f in r.facts() if f[0] == "星澜储能电池项目" or f[:2] == ("储能电池", "subTrackOf")}
    assert got == want, sorted(r.facts())
    # the next section's project is in its own segment only, not the section's before
    assert {f[2] for f in r.facts("inTrack") if f[0] == "墨川果蔬罐头项目"} == {"果蔬加工"}, sorted(r.facts())


def test_a_track_inside_a_firms_name_heads_no_section():
    # (the document names the track elsewhere: the heading's firm's name holds its words)
    r = relate_on(THINGS, "会议纪要\n\n一、关于星澜新材料有限公司白露涂层项目\n\n申请企业：星澜新材料有限公司。股东构成：自然人股东2名。\n\n"
                  "项目内容：建设涂层生产线，项目总投资3亿元。\n\n产业归属：新材料。\n\n二、关于墨川果蔬罐头项目\n\n"
                  "申请企业：墨川食品有限公司。\n\n项目内容：年加工果蔬5万吨。\n\n评审意见：会议同意该项目入园。\n")
    assert {f[0] for f in r.facts("inTrack") if f[2] == "新材料"} == {"星澜新材料有限公司白露涂层项目"}, \
        sorted(r.facts())


@pytest.mark.parametrize("site, want", [
    # a card's labelled site field: a part of the park named by its side alone is the park's
    ("云溪产业园南部片区", {("墨川老街立面整治提升工程", "locatedIn", "云溪产业园")}),
    ("云溪产业园东北部", {("墨川老街立面整治提升工程", "locatedIn", "云溪产业园")}),
    # (near miss: a part named by a name the recogniser did not find)
    ("云溪产业园墨川片区", set()),
])
def test_a_site_fields_side_part_of_a_park_is_the_parks(site, want):
    r = relate_on(THINGS, f"部分项目如下：\n\n●墨川老街立面整治提升工程\n\n业主：星澜城投有限公司\n\n地点：{site}\n")
    assert {f for f in r.pairs("locatedIn") if f[0] == "墨川老街立面整治提升工程"} == want, sorted(r.facts())
