"""kg/relate/field_records.py: a record set out as a heading and one field a line, whose project is
named in a field (实施项目：P) and owned by the record's holders (发榜单位：A) and partners (揭榜单位：U);
its track field (技术领域：T（S）) is the project's and the holder's, a bracketed track a segment; a
focus after the field's track (合作领域：T，重点方向为S) a segment only (kg/relate/field_tracks.py);
the clause after a lone holder (建站单位：A，位于Y) says where the holder is (kg/relate/fields.py)."""
from __future__ import annotations

import pytest

from relate_helpers import relate_on

E, I, P, PL, PF, T = "Enterprise", "Institution", "Project", "Place", "Platform", "IndustryTrack"
THINGS = {"星澜薄膜有限公司": E, "青禾理工大学": I, "白鹭涂布中试线项目": P, "功能材料": T, "光学薄膜": T,
          "墨川产业园": PF, "云雀矿业有限公司": E, "云雀碳酸钙深加工项目": P, "青禾检测中心": I,
          "星澜薄膜有限公司创新工作站": PF, "墨川纺织城": PF}

CALL = ("科技局关于攻关结果的通知\n\n一、结果\n\n{head}\n{holder}：星澜薄膜有限公司\n{partner}：青禾理工大学\n"
        "{track}：功能材料（光学薄膜）\n{project}：白鹭涂布中试线项目，选址墨川产业园，由两家单位共同推进。\n")
BASE = dict(head="课题2：大幅宽薄膜连续涂布技术", holder="发榜单位", partner="揭榜单位", track="技术领域",
            project="实施项目")


@pytest.mark.parametrize("change, want", [
    # the project a field names: the holder's and the partner's; the tracks the project's and the
    # holder's (not the partner's)
    ({}, {("白鹭涂布中试线项目", "ownedBy", "星澜薄膜有限公司", "owner-record"),
          ("白鹭涂布中试线项目", "ownedBy", "青禾理工大学", "owner-record"),
          ("白鹭涂布中试线项目", "inTrack", "功能材料", "track-record"),
          ("白鹭涂布中试线项目", "inTrack", "光学薄膜", "track-record"),
          ("星澜薄膜有限公司", "inTrack", "功能材料", "track-record"),
          ("星澜薄膜有限公司", "inTrack", "光学薄膜", "track-record")}),
    # a numbered heading of a result list (一、X) heads a record too; numbered field lines
    ({"head": "二、某地块出让结果", "holder": "（一）竞得人", "partner": "（二）合作单位", "track": "（三）备注",
      "project": "（四）配套项目"},
     {("白鹭涂布中试线项目", "ownedBy", "星澜薄膜有限公司", "owner-record")}),
    # (near misses: a neighbour's project is no record's own; an adviser owns nothing of it)
    ({"partner": "合作单位", "project": "周边项目"}, {
        ("星澜薄膜有限公司", "inTrack", "功能材料", "track-record"),
        ("星澜薄膜有限公司", "inTrack", "光学薄膜", "track-record")}),
    # (near miss: running text between the heading and the fields ends the record)
    ({"head": "课题2：大幅宽薄膜连续涂布技术\n\n本批课题由各单位自愿申报，经评审确定。\n"}, set()),
])
def test_a_records_fields_give_its_project_owners_and_tracks(change, want):
    text = CALL.format(**{**BASE, **change})
    r = relate_on(THINGS, text)
    # (the bracketed segment and the site clause other rules read first: sub-tracks-bracketed, located-topic-site)
    got = {f for f in r.facts() if f[0] in ("白鹭涂布中试线项目", "星澜薄膜有限公司") and f[1] in ("ownedBy", "inTrack")}
    assert got == want, sorted(r.facts())


STATION = ("工作站名单\n\n1. 星澜薄膜有限公司创新工作站\n建站单位：星澜薄膜有限公司，位于墨川纺织城\n"
           "合作单位：青禾理工大学\n合作领域：功能材料，{focus}\n")


@pytest.mark.parametrize("focus, want", [
    # a focus after the field's track: a segment of it, no field of the station's nor the holder's
    ("重点方向为光学薄膜", {("光学薄膜", "subTrackOf", "功能材料", "track-field-aim")}),
    # (near miss: a clause naming the track in passing is no focus)
    ("兼顾光学薄膜研发", set()),
])
def test_a_stations_focus_is_a_segment_and_its_holder_lies_where_said(focus, want):
    r = relate_on(THINGS, STATION.format(focus=focus))
    station = "星澜薄膜有限公司创新工作站"
    assert ("星澜薄膜有限公司", "inTrack", "功能材料", "track-record") in r.facts()
    assert (station, "inTrack", "功能材料", "track-field") in r.facts()
    assert {f for f in r.facts() if f[2] == "光学薄膜" or f[0] == "光学薄膜"} == want, sorted(r.facts())
    # the clause after the lone holder says where the holder is, not the station
    assert not [f for f in r.facts("locatedIn") if f[0] == station and f[2] == "墨川纺织城"], sorted(r.facts())
    assert ("青禾理工大学", "inTrack", "功能材料", "track-record") not in r.facts()
