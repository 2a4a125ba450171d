"""ownedBy read off a project's name (kg/relate/owners.py) on given mentions
(tests/relate_helpers.py); names and sentences invented, real city names only where
the rule reads the lexicon.

legal_owners: a project's owner named by a short form where the document names the
firm in full (its legal form ends it), the short form at its start or after a place's name.
"""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P = "Enterprise", "Project"


@pytest.mark.parametrize("full, want", [
    # a city the lexicon knows opens the full name, though the document names the city
    # nowhere else: the full name is the owner
    ("三门峡星澜新能源材料有限公司", "三门峡星澜新能源材料有限公司"),
    ("哈密星澜新能源材料有限公司", "哈密星澜新能源材料有限公司"),
    # ... not words no list knows for a place (青禾 may be the brand's own first word)
    ("青禾星澜新能源材料有限公司", "星澜新能源"),
])
def test_a_short_owner_is_the_firm_named_in_full(full, want):
    r = relate_on({full: E, "星澜新能源": E, "星澜新能源年产5万吨正极材料项目": P},
                  f"链主企业：{full}。重点项目：星澜新能源年产5万吨正极材料项目，总投资36亿元。")
    owners = {o for s, p, o, _ in r.facts() if s == "星澜新能源年产5万吨正极材料项目" and p == "ownedBy"}
    assert owners == {want}
