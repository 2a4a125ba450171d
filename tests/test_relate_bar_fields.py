"""kg/relate/bar_fields.py: the labelled cells of numbered rows parted by bars, a firm's name
first and its project's after it; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, PR, I = "Enterprise", "Place", "Platform", "Project", "Institution"
THINGS = {"星澜精工有限公司": E, "墨川电缆有限公司": E, "青禾轴承扩能项目": PR, "白露线缆技改项目": PR,
          "云溪区": P, "白露镇": P, "青禾产业园": PL, "云溪银行": I}
RULES = ("owner-bar-row", "located-bar-field")


@pytest.mark.parametrize("text, want", [
    # the project after the firm is the firm's and lies where the site's labelled cell says (the
    # nearest of the places side by side)
    ("1.星澜精工有限公司｜青禾轴承扩能项目｜融资需求：2亿元｜对接银行：云溪银行｜项目地点：云溪区白露镇\n"
     "2.墨川电缆有限公司｜白露线缆技改项目｜融资需求：1亿元｜对接银行：云溪银行｜项目地点：青禾产业园\n",
     {("青禾轴承扩能项目", "ownedBy", "星澜精工有限公司"), ("青禾轴承扩能项目", "locatedIn", "白露镇"),
      ("白露线缆技改项目", "ownedBy", "墨川电缆有限公司"), ("白露线缆技改项目", "locatedIn", "青禾产业园")}),
    # (near miss: a labelled cell of no site: the bank a row deals with is no place of its project's)
    ("1.星澜精工有限公司｜青禾轴承扩能项目｜融资需求：2亿元｜对接银行：云溪银行\n"
     "2.墨川电缆有限公司｜白露线缆技改项目｜融资需求：1亿元｜备注：云溪区\n",
     {("青禾轴承扩能项目", "ownedBy", "星澜精工有限公司"), ("白露线缆技改项目", "ownedBy", "墨川电缆有限公司")}),
    # (near miss: one row alone is no run)
    ("一、清单\n1.星澜精工有限公司｜青禾轴承扩能项目｜项目地点：白露镇\n三、分析\n", set()),
])
def test_labelled_bar_cells(text, want):
    r = relate_on(THINGS, text)
    assert {f[:3] for f in r.facts() if f[3] in RULES} == want, sorted(r.facts())
