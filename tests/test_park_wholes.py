"""A park named with the whole it is part of (kg/recognise/whole_parks.py, kg/relate/focus_grounds.py,
[home] kind_after, owner-is-operator-of, a firm's letting notice). Names and sentences are invented."""
from __future__ import annotations

import pytest
from recognition import document
from relate_helpers import relate_on

from kg.model import ANAPHORA_RULE

PL, E, T, P = "Platform", "Enterprise", "IndustryTrack", "Project"


def _bare_park(rec, text):
    """{sentence: name} of the bare 园区 mentions (head anaphora) of a document."""
    return {m.sentence: m.name for m in rec.document_mentions(document(text)) if m.rule == ANAPHORA_RULE}


@pytest.mark.parametrize("text,want", [
    # the part named before the copula, its whole after it with the words of a whole: 园区 is the part
    ("星澜工业园位于云溪市，是青禾工业园区“一区三园”中的核心园区。园区已入驻企业40家。", {1: "星澜工业园"}),
    ("星澜工业园是青禾工业园区中的重要组成部分。园区现有规上企业25家。", {1: "星澜工业园"}),
    # (near misses) the zone named alone, or only beside the park as where it lies: 园区 is the zone
    ("青禾工业园区位于云溪市。园区已入驻企业40家。", {1: "青禾工业园区"}),
    ("星澜工业园紧邻青禾工业园区。园区已入驻企业40家。", {1: "青禾工业园区"}),
    # a park named where the sentence's park lies (its short form declared), or among the parts it is
    # made of: a later 园区 is the sentence's park, not that zone nor the last part
    ("星澜化工园区位于云溪市。园区位于青禾经济开发区（简称“青禾经开区”）内，由东坡片区和西坡片区组成，"
     "园区管理机构为青禾经开区管委会。", {1: "星澜化工园区"}),
    # (near miss) a firm said to lie in a park: the later 园区 is that park
    ("白露软件园区今年扩建。星澜科技有限公司位于墨川科技园区，该园区重点发展软件服务。", {1: "墨川科技园区"}),
])
def test_a_bare_park_word_after_a_part_and_its_whole_stands_for_the_part(recogniser, text, want):
    assert _bare_park(recogniser, text) == want


THINGS = {"星澜工业园": PL, "青禾工业园区": PL, "青禾产业新城": PL, "新材料": T, "精密铸造": T}
FOCUS = "platform-clause-focus"


@pytest.mark.parametrize("text,want", [
    # the park's focus, not the focus of the whole it is part of
    ("星澜工业园位于云溪市，是青禾产业新城“一区三园”中的核心园区，重点发展新材料和精密铸造两大产业。",
     {("星澜工业园", "新材料"), ("星澜工业园", "精密铸造")}),
    # (near miss) a park named after the part, not as its whole: the focus is that park's
    ("星澜工业园位于云溪市，紧邻青禾产业新城，重点发展新材料和精密铸造两大产业。",
     {("青禾产业新城", "新材料"), ("青禾产业新城", "精密铸造")}),
    # a park named only as the site of the clause chain's park: the focus is the chain's park
    ("星澜工业园由云溪大学参与筹建，坐落于青禾产业新城内，重点发展新材料和精密铸造。",
     {("星澜工业园", "新材料"), ("星澜工业园", "精密铸造")}),
    # (near miss) 位于X的Y: the park named after 位于 is the one the clause names, its focus
    ("位于云溪市的青禾产业新城，重点发展新材料和精密铸造。",
     {("青禾产业新城", "新材料"), ("青禾产业新城", "精密铸造")}),
])
def test_the_focus_is_the_parts_not_its_wholes(text, want):
    r = relate_on(THINGS, text)
    assert {(s, o) for s, p, o, rule in r.facts("inTrack") if rule == FOCUS} == want


@pytest.mark.parametrize("text,want", [
    # a zone whose name ends on 园区 (the home) is the whole of 的核心园区: the bare word is a kind there
    ("星澜工业园是青禾工业园区的核心园区。", {("星澜工业园", "partOf", "青禾工业园区")}),
    ("星澜工业园是青禾工业园区“一区三园”中的重点园区。", {("星澜工业园", "partOf", "青禾工业园区")}),
    # (near miss) no word of a whole after it
    ("星澜工业园是青禾工业园区的园区。", set()),
])
def test_a_park_is_part_of_a_zone_named_as_its_whole(text, want):
    assert relate_on(THINGS, text).pairs("partOf") == want


def test_a_letting_notice_under_its_firm_is_the_firms_and_of_the_park_it_names(tmp_path):
    from pipeline_rows import extract_rows, named_relations
    rows = {
        "let": ("白露产业园运营管理有限公司\n星澜工业园二号仓库招租公告\n\n"
                "星澜工业园位于云溪市，是青禾工业园区“一区三园”中的核心园区。"
                "本公司为园区投资运营主体，承担园区厂房的建设与出租。园区已建成星澜工业园污水处理厂。",),
        # (near miss) the firm's line under a title that is no notice of its own: no operator said
        "news": ("白露产业园运营管理有限公司\n星澜工业园召开座谈会\n\n"
                 "星澜工业园位于云溪市，是青禾工业园区“一区三园”中的核心园区。"
                 "公司为园区企业提供物业服务。",),
    }
    ex = extract_rows(tmp_path, rows)
    assert named_relations(ex, "let.txt", "ownedBy") >= {("星澜工业园", "ownedBy", "白露产业园运营管理有限公司")}
    assert ("星澜工业园污水处理厂", "locatedIn", "星澜工业园") in named_relations(ex, "let.txt", "locatedIn")
    assert not {r for r in named_relations(ex, "let.txt", "ownedBy") if r[2] == "星澜"}
    assert not named_relations(ex, "news.txt", "ownedBy")


@pytest.mark.parametrize("text,owner", [
    # a 工业园 the document names: the stem opening a work's name is the park's, no firm's
    ("星澜工业园位于云溪市。星澜工业园污水处理厂已建成投用。", None),
    # (near miss) no park of that stem named alone: the brand is still read as the work's owner
    ("青禾工业园位于云溪市。星澜工业园污水处理厂已建成投用。", "星澜"),
])
def test_a_parks_stem_opening_a_work_is_no_owner(recogniser, text, owner):
    got = {m.name for m in recogniser.document_mentions(document(text)) if m.role == "owner"}
    assert got == ({owner} if owner else set())


@pytest.mark.parametrize("text,want", [
    # the firm said to belong to a group lies where the clause after says; the group does not
    ("二是星澜精密有限公司。该公司隶属墨川控股集团有限公司，位于青禾高新区，主营数控机床。",
     {("星澜精密有限公司", "locatedIn", "青禾高新区")}),
    ("白露精工有限公司隶属墨川控股集团有限公司，位于青禾高新区，主营轴承。",
     {("白露精工有限公司", "locatedIn", "青禾高新区")}),
    # (near miss) the group named as the subject lies there itself
    ("墨川控股集团有限公司，位于青禾高新区，主营轴承。", {("墨川控股集团有限公司", "locatedIn", "青禾高新区")}),
])
def test_a_firm_said_whose_it_is_lies_where_its_clause_says_not_its_group(text, want):
    things = {"星澜精密有限公司": E, "白露精工有限公司": E, "墨川控股集团有限公司": E, "青禾高新区": PL}
    assert relate_on(things, text).pairs("locatedIn") == want


@pytest.mark.parametrize("text,want", [
    # the park named right before a track's industry and what that industry holds
    ("触控模组是青禾开发区智能终端产业的重点细分方向。", {("青禾开发区", "智能终端")}),
    ("星澜科技有限公司是青禾开发区的生物医药产业的骨干企业。", {("青禾开发区", "生物医药")}),
    # (near misses) a list of parks, or the park only where the industry is sent
    ("支持墨川园区和青禾开发区生物医药产业协同发展。", set()),
    ("推动星澜科技有限公司落户青禾开发区，生物医药产业实现营收80亿元。", set()),
])
def test_a_parks_own_industry(text, want):
    things = {"星澜科技有限公司": E, "青禾开发区": PL, "墨川园区": PL, "生物医药": T, "智能终端": T, "触控模组": T,
              "云溪市": "Place"}
    # (a city's report: the park is not the home its words stand for)
    r = relate_on(things, ("云溪市外贸企业信用培育情况的报告", "云溪市推进外贸企业信用培育。" + text))
    got = {(s, o) for s, p, o, rule in r.facts("inTrack") if rule == "platform-own-industry"}
    assert got == want
