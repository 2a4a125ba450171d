"""kg/recognise/field_projects.py: the project a firm's card names in its project field
(入驻项目：X，总投资…) is a Project, whole, whatever words it holds."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document


def _projects(rec, text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {m.name for m in rec.document_mentions(doc) if m.cls == "Project" and m.role != "owner"}


@pytest.mark.parametrize("text, want", [
    # the value's first clause, ending in a project's head: a number, a track's words inside it
    ("墨川产业园入驻企业公示\n\n1. 星澜食品科技有限公司\n入驻项目：年产3万吨速冻米面制品生产项目，总投资1.8亿元\n",
     {"年产3万吨速冻米面制品生产项目"}),
    ("墨川产业园入驻企业公示\n\n2. 青禾预制菜有限公司\n入驻项目：预制菜及净菜配送加工项目，总投资3亿元\n",
     {"预制菜及净菜配送加工项目"}),
    ("墨川产业园入驻企业公示\n\n3. 白露装备有限公司\n投资项目：白露智能分拣装备制造项目\n",
     {"白露智能分拣装备制造项目"}),
    # (near misses: a clause that ends in no project's head; another field's value; running text)
    ("墨川产业园入驻企业公示\n\n1. 星澜食品科技有限公司\n入驻项目：建设速冻水饺生产线4条，总投资1.1亿元\n", set()),
    ("墨川产业园入驻企业公示\n\n1. 星澜食品科技有限公司\n主营产品：速冻米面制品生产项目\n", set()),
    ("墨川产业园入驻企业公示\n\n星澜食品科技有限公司入驻项目：计划年内开工\n", set()),
])
def test_a_project_field_names_a_project(recogniser, text, want):
    assert _projects(recogniser, text) == want
