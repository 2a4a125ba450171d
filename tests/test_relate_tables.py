"""kg/relate/tables.py: a printed table's row whose site cells stand side by side, coarse to
fine; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL = "Enterprise", "Place", "Platform"
THINGS = {"星澜精工有限公司": E, "云溪区": P, "白露镇": P, "青禾工业园": PL, "墨川开发区": PL}
RULES = ("located-table-sites", "part-table-sites")
HEAD = "序号｜企业名称｜所在地区｜所在园区（乡镇）｜主导产品\n"


@pytest.mark.parametrize("row, want", [
    # the later site cell's park lies in the earlier's place; a town is part of it; a park of a park
    ("1｜星澜精工有限公司｜云溪区｜青禾工业园｜轴承", {("青禾工业园", "locatedIn", "云溪区")}),
    ("1｜星澜精工有限公司｜云溪区｜白露镇｜轴承", {("白露镇", "partOf", "云溪区")}),
    ("1｜星澜精工有限公司｜墨川开发区｜青禾工业园｜轴承", {("青禾工业园", "partOf", "墨川开发区")}),
    # (near misses: one site cell blank; a town under a park is none of its parts)
    ("1｜星澜精工有限公司｜云溪区｜——｜轴承", set()),
    ("1｜星澜精工有限公司｜墨川开发区｜白露镇｜轴承", set()),
])
def test_site_cells_side_by_side(row, want):
    r = relate_on(THINGS, HEAD + row)
    assert {f[:3] for f in r.facts() if f[3] in RULES} == want, sorted(r.facts())
    # (the row's firm lies in both, as before)
    assert ("星澜精工有限公司", "locatedIn") in {f[:2] for f in r.facts() if f[3] == "located-table"}
