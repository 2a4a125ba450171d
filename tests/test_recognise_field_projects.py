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


@pytest.mark.parametrize("text, want", [
    # a project a mining right or a scenic area brings with it; a quoted part of its name is the
    # name's, written without the quotes
    ("青禾矿业权出让公示\n\n（五）配套项目：星澜20兆瓦“光伏＋治沙”示范项目，选址青禾工业园\n",
     {"星澜20兆瓦光伏＋治沙示范项目"}),
    ("墨川景区介绍\n\n周边项目：湖畔观景栈道及游客中心项目，已完工\n", {"湖畔观景栈道及游客中心项目"}),
    # a research field names its project whatever its words end in
    ("青禾专家工作站名单\n\n研究项目：盐碱地耐旱水稻品种选育技术研究，由星澜农科承担\n",
     {"盐碱地耐旱水稻品种选育技术研究"}),
    # (near misses: a research clause that opens with a verb or a count; another field's value)
    ("青禾专家工作站名单\n\n研究项目：围绕盐碱地改良开展联合攻关，每年不少于两次\n", set()),
    ("青禾专家工作站名单\n\n研究项目：3项，均已结题\n", set()),
    ("青禾专家工作站名单\n\n研究方向：盐碱地耐旱水稻品种选育技术研究\n", set()),
])
def test_a_supporting_or_research_field_names_a_project(recogniser, text, want):
    assert _projects(recogniser, text) == want
