"""kg/relate/field_tracks.py: a directory entry's or a card item's track field (所属产业：A（B）;
（五）行业类别：C2641 B) puts the entry or item in each track it names, and a bracketed track
under the one before it."""
from __future__ import annotations

import pytest

from relate_helpers import relate_on

E, P, T = "Enterprise", "Project", "IndustryTrack"
THINGS = {"星澜精工有限公司": E, "青禾电机有限公司": E, "年产5万吨青禾涂层项目": P,
          "墨川装备": T, "青禾部件": T, "白露涂料制造": T, "云溪材料": T, "墨川部件": T,
          "墨川种植": T, "云溪加工": T}


@pytest.mark.parametrize("text, want", [
    # a directory entry's field: the entry in both, the bracketed one a segment of the other
    ("企业名录\n\n1. 星澜精工有限公司\n主营产品：精密轴承\n所属产业：墨川装备（青禾部件）\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "track-field"),
      ("星澜精工有限公司", "inTrack", "青禾部件", "track-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "sub-tracks-bracketed")}),
    # ... under a section heading naming the track: the field gives the segment
    ("一、墨川装备\n\n1. 星澜精工有限公司\n所属产业：墨川装备（青禾部件）\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "entry-section-track"),
      ("星澜精工有限公司", "inTrack", "青禾部件", "track-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "sub-tracks-bracketed")}),
    # ... units side by side: no segment
    ("企业名录\n\n1. 星澜精工有限公司\n所属领域：墨川装备、云溪材料\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "track-field"),
      ("星澜精工有限公司", "inTrack", "云溪材料", "track-field")}),
    # a card's numbered field, after a numbered field the card does not read (建设性质)
    ("项目公示\n\n（一）项目名称：年产5万吨青禾涂层项目\n（二）建设性质：新建\n（三）行业类别：C2641 白露涂料制造\n",
     {("年产5万吨青禾涂层项目", "inTrack", "白露涂料制造", "track-field")}),
    # a row whose cells a bar parts: its project is in both, its firm (the owner) in neither by this rule
    ("融资清单\n\n1.星澜精工有限公司｜年产5万吨青禾涂层项目｜所属产业：墨川装备（青禾部件）｜融资需求：1亿元\n",
     # (the row's first track is its clause's, near-clause-track, before this rule reads the row)
     {("年产5万吨青禾涂层项目", "inTrack", "墨川装备", "near-clause-track"),
      ("星澜精工有限公司", "inTrack", "墨川装备", "near-clause-track"),
      ("年产5万吨青禾涂层项目", "inTrack", "青禾部件", "track-row-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "sub-tracks-bracketed")}),
    # ... a row of a firm alone: the firm
    ("企业清单\n\n1.星澜精工有限公司｜所属产业：云溪材料（墨川部件）｜地址：白露路8号\n",
     {("星澜精工有限公司", "inTrack", "云溪材料", "near-clause-track"),
      ("星澜精工有限公司", "inTrack", "墨川部件", "track-row-field"),
      ("墨川部件", "subTrackOf", "云溪材料", "sub-tracks-bracketed")}),
    # a brochure's card labelled with its number (项目1：X) under a section naming a track: the
    # card's project is in the section's track and the field's segment (the word for a field after it
    # passed over); a firm a field line names in passing is in neither
    ("项目推介\n\n一、墨川装备类\n\n项目1：年产5万吨青禾涂层项目\n所属产业：墨川装备（青禾部件细分领域）\n"
     "合作方式：可由星澜精工有限公司参股\n联系单位：青禾电机有限公司\n",
     {("年产5万吨青禾涂层项目", "inTrack", "墨川装备", "paragraph-track"),
      ("年产5万吨青禾涂层项目", "inTrack", "青禾部件", "track-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "sub-tracks-bracketed")}),
    # (near miss: a firm in running text under the section's heading is in its track)
    ("项目推介\n\n一、墨川装备类\n\n星澜精工有限公司今年扩产。\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "paragraph-track")}),
    # a direction named after the field (合作领域：A，重点方向为B): a segment of the field, the entry in
    # the field alone
    ("企业名录\n\n1. 星澜精工有限公司\n合作领域：墨川装备，重点方向为青禾部件\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "track-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "track-field-aim")}),
    # a segment after a dash (所属行业：A—B): the entry in both, the dashed one a segment of the other
    ("企业名录\n\n1. 星澜精工有限公司\n所属行业：墨川装备—青禾部件\n",
     {("星澜精工有限公司", "inTrack", "墨川装备", "track-field"),
      ("星澜精工有限公司", "inTrack", "青禾部件", "track-field"),
      ("青禾部件", "subTrackOf", "墨川装备", "track-field-dash")}),
    # a list's platform serving industries (服务产业：A与B，兼顾C): two trades each named by its process,
    # what it also touches on none
    ("平台名录\n\n1. 星澜精工有限公司\n运营单位：青禾电机有限公司\n服务产业：墨川种植与云溪加工，兼顾白露旅游商品检测\n",
     {("星澜精工有限公司", "inTrack", "墨川种植", "track-field"),
      ("星澜精工有限公司", "inTrack", "云溪加工", "track-field")}),
    # (near miss: a field line under no entry or item: the bracket's segment alone)
    ("企业名录\n\n所属产业：墨川装备（青禾部件）\n", {("青禾部件", "subTrackOf", "墨川装备", "sub-tracks-bracketed")}),
])
def test_a_track_field_gives_its_entry_tracks(text, want):
    r = relate_on(THINGS, text)
    assert {f for f in r.facts() if f[1] in ("inTrack", "subTrackOf")} == want, \
        sorted(r.facts())


def test_a_cards_numbered_track_field_heads_no_section():
    # (the field line is no section heading whose track governs the paragraphs after it)
    r = relate_on(THINGS, "项目公示\n\n（一）项目名称：年产5万吨青禾涂层项目\n（二）行业类别：C2641 白露涂料制造\n\n"
                  "青禾电机有限公司成立于2020年，主要从事电机生产。\n")
    assert not any(f[0] == "青禾电机有限公司" for f in r.facts("inTrack")), sorted(r.facts())
