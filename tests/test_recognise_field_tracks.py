"""kg/recognise/field_tracks.py, kg/trackfields.py: the tracks a directory entry's or a card item's
track field names (所属产业：A（B）; 行业类别：C2641 B), each unit whole."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document
from kg.rules import load_rules
from kg.trackfields import track_field

CONF = load_rules().relations["table"]


@pytest.mark.parametrize("text, want", [
    ("所属产业：墨川材料（星澜部件）", [("墨川材料", None), ("星澜部件", 0)]),
    ("所属产业：墨川材料（星澜部件、青禾涂层）", [("墨川材料", None), ("星澜部件", 0), ("青禾涂层", 0)]),
    ("所属领域：墨川材料、星澜部件", [("墨川材料", None), ("星澜部件", None)]),
    # (与 joins the words of one track, not two)
    ("产业类别：白露医药与云溪药材", [("白露医药与云溪药材", None)]),
    # the code of a trade before its name; a numbered field
    ("（五）行业类别：C2641 青禾涂料制造", [("青禾涂料制造", None)]),
    ("3.所属行业：墨川材料。", [("墨川材料", None)]),
    # a row whose cells a bar parts states the track in its cell
    ("2.星澜有限公司｜青禾扩能项目｜所属产业：墨川材料（星澜部件）｜融资需求：1亿元",
     [("墨川材料", None), ("星澜部件", 0)]),
    ("星澜有限公司|所属行业：墨川材料|项目地点：云溪镇", [("墨川材料", None)]),
    # an investment agent's field: the industries it is engaged to bring in
    ("代理产业：墨川材料精深加工、青禾五金制造。", [("墨川材料精深加工", None), ("青禾五金制造", None)]),
    # (near miss: where the agent works, no industry)
    ("代理区域：云溪省星澜市、白露市。", None),
    # the word for a field a unit ends on is no part of the track (星澜部件细分领域, 青禾涂层方向)
    ("所属产业：墨川材料（星澜部件细分领域）", [("墨川材料", None), ("星澜部件", 0)]),
    ("所属领域：墨川材料领域、青禾涂层方向", [("墨川材料", None), ("青禾涂层", None)]),
    # (near miss: a unit that would be too short without it keeps it whole)
    ("所属领域：墨领域", [("墨领域", None)]),
    # (near misses: a row with no track cell; a field that is no track's; running text)
    ("2.星澜有限公司｜青禾扩能项目｜主营产品：墨川材料｜融资需求：1亿元", None),
    ("主营产品：星澜部件、青禾涂层", None),
    ("地址：云溪区白露路8号", None),
    ("该企业所属产业为墨川材料。", None),
])
def test_a_track_field_names_its_units(text, want):
    units = track_field(CONF, text)
    assert (None if units is None else [(text[a:b], p) for a, b, p in units]) == want


def _tracks(rec, text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {m.name for m in rec.document_mentions(doc) if m.cls == "IndustryTrack" and m.role != "owner"}


@pytest.mark.parametrize("text, want", [
    ("云溪高新区企业名录\n\n1. 星澜精工有限公司\n地址：云溪高新区白露路8号\n所属产业：墨川装备（青禾部件）\n",
     {"墨川装备", "青禾部件"}),
    ("项目公示\n\n（一）项目名称：年产5万吨青禾涂层项目\n（二）行业类别：C2641 白露涂料制造\n", {"白露涂料制造"}),
    # (near miss: a product field names products, no tracks)
    ("云溪高新区企业名录\n\n1. 星澜精工有限公司\n主营产品：青禾部件、白露轴承\n", set()),
])
def test_a_track_fields_units_are_tracks(recogniser, text, want):
    assert _tracks(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # what leads a park's industry: the first clause's units, each whole
    ("主导产业：墨川装备，细分为星澜部件、青禾储能三条产业链。", ["墨川装备"]),
    ("主导产业链：白露冶炼、云溪硅材、墨川新材料。", ["白露冶炼", "云溪硅材", "墨川新材料"]),
    ("首位产业：青禾商贸物流", ["青禾商贸物流"]),
    # (near misses: a unit with a verb or a joining word is running text, no track's name)
    ("主导产业：以墨川装备为主，兼顾青禾储能", []),
    ("主导产业：墨川装备和青禾储能", []),
    ("主导产业：重点发展墨川装备", []),
])
def test_a_lead_field_names_the_tracks_of_its_first_clause(text, want):
    units = track_field(CONF, text, lead=True)
    assert [text[a:b] for a, b, _ in units] == want
    assert track_field(CONF, text) is None   # (no track field of an entry: kg/relate/field_tracks.py)


def test_a_lead_fields_track_is_recognised_whole(recogniser):
    text = "云溪高新区招商地图\n\n【A区】星澜产业园\n主导产业：墨川能源装备，细分为青禾部件、白露储能两条产业链。\n"
    got = _tracks(recogniser, text)
    assert "墨川能源装备" in got and not any("细分" in t for t in got), got


def _track_spans(rec, text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {(m.sentence, m.surface, m.cls) for m in rec.document_mentions(doc)
            if m.surface in ("墨川精深加工", "白露冶炼")}


@pytest.mark.parametrize("text, want", [
    # a field line's track is found again in a later sentence, in a bracket after a firm (not as
    # the firm's short form)
    ("星澜园区招商图\n主导产业链：墨川精深加工、冷链物流。\n链主企业：● 青禾果业有限公司（墨川精深加工）；● 白露食品有限公司（冷链物流）。",
     {(1, "墨川精深加工", "IndustryTrack"), (2, "墨川精深加工", "IndustryTrack")}),
    ("云溪高新区企业名录\n所属产业：白露冶炼\n青禾金属有限公司（白露冶炼）年产铜材5万吨。",
     {(1, "白露冶炼", "IndustryTrack"), (2, "白露冶炼", "IndustryTrack")}),
    # (near miss: inside another name it stays that name's)
    ("云溪高新区企业名录\n所属产业：白露冶炼\n云溪白露冶炼有限公司年产铜材5万吨。",
     {(1, "白露冶炼", "IndustryTrack")}),
])
def test_a_field_lines_track_is_found_again_elsewhere(recogniser, text, want):
    assert _track_spans(recogniser, text) == want
