"""kg/relate/single_segments.py: one track a clause calls a segment is a segment of the track its
predicate names, else of the one named before it, else of the paragraph's."""
from __future__ import annotations

import pytest

from relate_helpers import relate_on

T, PL, E = "IndustryTrack", "Platform", "Enterprise"
THINGS = {"青禾材料": T, "云溪碳材": T, "墨川储能": T, "白露电芯": T, "星澜装备": T, "星澜园": PL,
          "白露电器": T, "云溪厨电": T, "星澜科技": E, "铝": T, "再生铝": T}


@pytest.mark.parametrize("text, want", [
    # the whole inside the predicate
    ("其中，云溪碳材是全区青禾材料产业中起步最早的细分领域。", {("云溪碳材", "青禾材料")}),
    # the whole named before it, 其 standing for it
    ("墨川储能是星澜园重点培育的产业，白露电芯为其主攻细分方向。", {("白露电芯", "墨川储能")}),
    # the paragraph's track, none named in the sentence
    ("墨川储能产业规模扩大。白露电芯是近年培育的细分赛道。", {("白露电芯", "墨川储能")}),
    # a segment named inside its whole's words
    ("该项目属于青禾材料产业中的云溪碳材细分领域。", {("云溪碳材", "青禾材料")}),
    # a link named inside its whole's chain (T产业链中S环节)
    ("该项目是云溪市青禾材料产业链中云溪碳材环节的补链项目。", {("云溪碳材", "青禾材料")}),
    # a segment said to be one of the whole's, the predicate long
    ("云溪碳材是全区青禾材料产业中近年来增速最快的细分领域之一。", {("云溪碳材", "青禾材料")}),
    # the whole's words ending in 下的/中/链上, or bare; 领域/赛道/方向/板块 without 细分
    ("企业深耕青禾材料产业下的云溪碳材领域。", {("云溪碳材", "青禾材料")}),
    ("该公司是青禾材料产业中云溪碳材板块的龙头企业。", {("云溪碳材", "青禾材料")}),
    ("星澜科技是青禾材料产业链上云溪碳材领域的重点企业。", {("云溪碳材", "青禾材料")}),
    ("星澜科技是青禾材料产业云溪碳材细分领域的新锐企业之一。", {("云溪碳材", "青禾材料")}),
    ("该项目属于墨川储能产业中的白露电芯赛道。", {("白露电芯", "墨川储能")}),
    # (near miss: a thing of the field, no word of fields, after the track)
    ("星澜科技是青禾材料产业中的云溪碳材企业。", set()),
    # (near miss: the tracks listed as peers, a mark between them)
    ("星澜园聚焦青禾材料产业、云溪碳材领域。", set()),
    # (near miss: the chain's link named after its clause ends)
    ("青禾材料产业链加快延伸，云溪碳材环节短板明显。", set()),
    # S作为T的…细分领域
    ("云溪碳材作为青禾材料产业的重点细分领域，要加快补链。", {("云溪碳材", "青禾材料")}),
    ("我们认为，云溪碳材会是青禾材料产业里最具潜力的一个细分方向。", {("云溪碳材", "青禾材料")}),
    ("云溪碳材作为青禾材料的重要技术路线，渗透率持续提升。", {("云溪碳材", "青禾材料")}),
    # (near miss: no word of segments)
    ("墨川储能是星澜园重点培育的产业，白露电芯为其配套产品。", set()),
    # (near miss: the track does not open its clause, a word before it the recogniser left out)
    ("墨川储能产业分为上游（星澜装备、高纯白露电芯）为全链核心细分赛道。", set()),
    # (near miss: a track listed as its peer before it is no whole)
    ("白露电器产业持续壮大，云溪厨电和星澜装备齐头并进，星澜装备是发展最快的细分领域。",
     {("星澜装备", "白露电器")}),
    # S是T的重要分支, S属T产业的下游环节; A所在的S是T的分支: the firm whose field S is before it
    ("云溪碳材是青禾材料的重要分支。", {("云溪碳材", "青禾材料")}),
    ("云溪碳材属青禾材料产业的下游环节。", {("云溪碳材", "青禾材料")}),
    ("其中，星澜科技所在的云溪碳材是青禾材料的重要分支。", {("云溪碳材", "青禾材料")}),
    # (near miss: a product of the track, no branch)
    ("云溪碳材是青禾材料的重要原料。", set()),
    # (near miss: 其中 after 是 is sub-tracks-among-after's)
    ("墨川储能产业规模扩大。青禾材料企业增长两成，白露电芯是其中发展最快的细分领域。", set()),
])
def test_one_track_called_a_segment(text, want):
    r = relate_on(THINGS, text)
    # (A是B产业中…的细分领域 is read first by the part-of frame, relations.toml sub-tracks-part-of)
    got = {(f[0], f[2]) for f in r.facts("subTrackOf") if f[3] in ("segment-said", "sub-tracks-part-of")}
    assert got == want, sorted(r.facts())


def test_a_one_character_metal_stands_for_no_longer_track():
    """A chain's one-character metal (铜) in a section on a longer track ending with it (再生铜)
    is no short form of that track (kg/relate/topics.py short_forms): the link is its segment."""
    text = ("二、星澜铜业年产5万吨再生铜项目招标公告\n1.招标条件：本项目已备案。\n"
            "2.项目概况：投产后年产再生铜杆5万吨，补齐云溪市铜产业链中再生铜环节的短板。")
    r = relate_on({"铜": T, "再生铜": T, "星澜铜业年产5万吨再生铜项目": "Project"}, text)
    assert ("再生铜", "subTrackOf", "铜") in r.pairs(), sorted(r.facts())
