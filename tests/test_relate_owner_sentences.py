"""Owners stated in running prose (relations.toml ownership patterns; [owner] antecedent_site, unit_rules:
kg/relate/pattern_ends.py, kg/relate/unit_firms.py), on given mentions (tests/relate_helpers.py).
Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I, P, PL, L = "Enterprise", "Institution", "Project", "Platform", "Place"


def owned(things: dict, text) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in relate_on(things, text).pairs("ownedBy")}


@pytest.mark.parametrize("things,text,want", [
    # 在建的X位于Y，由Z投资建设: 在建 says the works are being built, no site before X
    ({"星澜保税物流中心": P, "云溪镇": L, "青禾城投集团有限公司": E},
     "在建的星澜保税物流中心位于云溪镇，由青禾城投集团有限公司投资建设，总投资6.8亿元。",
     {("星澜保税物流中心", "青禾城投集团有限公司")}),
    # (near miss) a zone the project is started in is a site, no owner's antecedent
    ({"星澜高新区": PL, "青禾城投集团有限公司": E},
     "在星澜高新区启动物流项目，由青禾城投集团有限公司投资建设。", set()),
])
def test_an_owner_clause_after_works_under_construction(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # Z投资建设的Y有限公司X项目: the firm Y is Z's, the project Y's (not Z's)
    ({"墨川企业": E, "云溪墨川包装有限公司": E, "云溪墨川包装有限公司年产20亿只瓶坯项目": P},
     "为补齐短板，墨川企业投资建设的云溪墨川包装有限公司年产20亿只瓶坯项目已开工。",
     {("云溪墨川包装有限公司", "墨川企业"), ("云溪墨川包装有限公司年产20亿只瓶坯项目", "云溪墨川包装有限公司")}),
    # (near miss) a project not opening on a registered firm stays the builder's
    ({"墨川企业": E, "星澜瓶坯项目": P}, "墨川企业投资建设的星澜瓶坯项目已开工。", {("星澜瓶坯项目", "墨川企业")}),
])
def test_what_a_group_builds_opening_on_a_registered_firm(things, text, want):
    assert owned(things, text) == want


@pytest.mark.parametrize("things,text,want", [
    # 该公司为Y所属企业 / 该公司由Y参股: a unit of Y's, a stake Y holds (the project the signing
    # firm's, 签约企业为X: relations.toml owner-unit-topic)
    ({"星澜液压项目": P, "青禾精密油缸科技有限公司": E, "墨川集团": E},
     "（八）星澜液压项目。签约企业为青禾精密油缸科技有限公司，该公司为墨川集团所属企业，计划投资6亿元。",
     {("青禾精密油缸科技有限公司", "墨川集团"), ("星澜液压项目", "青禾精密油缸科技有限公司")}),
    ({"星澜化工项目": P, "青禾精细化工有限公司": E, "白露石化股份有限公司": E},
     "（二）星澜化工项目。签约企业为青禾精细化工有限公司，该公司由白露石化股份有限公司参股，计划投资9亿元。",
     {("青禾精细化工有限公司", "白露石化股份有限公司"), ("星澜化工项目", "青禾精细化工有限公司")}),
    # (near misses) a supplier of Y's units, a sale of its shares
    ({"星澜液压项目": P, "青禾精密油缸科技有限公司": E, "墨川集团": E},
     "（八）星澜液压项目。签约企业为青禾精密油缸科技有限公司，该公司为墨川集团所属企业提供油缸。",
     {("星澜液压项目", "青禾精密油缸科技有限公司")}),
    ({"星澜化工项目": P, "青禾精细化工有限公司": E, "白露石化股份有限公司": E},
     "（二）星澜化工项目。签约企业为青禾精细化工有限公司，该公司向白露石化股份有限公司供货。",
     {("星澜化工项目", "青禾精细化工有限公司")}),
])
def test_a_firm_said_to_be_a_unit_of_or_held_by_another(things, text, want):
    assert owned(things, text) == want

