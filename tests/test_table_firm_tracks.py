"""A table's rows under a section heading naming a track (（一）食品饮料产业 / 1｜星澜食品有限公司｜X项目｜…):
the firm of a firm's or applicant's cell ([table] track_owner_labels: 企业名称, 申报单位) is in the
section's track as its project is; a builder's cell's (建设单位) is not (kg/relate/tables.py
table_marks). Invented tables."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

THINGS = {"星澜食品有限公司": "Enterprise", "青禾饮品有限公司": "Enterprise", "冷链配送中心项目": "Project",
          "果汁深加工项目": "Project", "白露食品产业园": "Platform", "食品饮料": "IndustryTrack",
          "云溪芯片有限公司": "Enterprise", "封装测试项目": "Project", "墨川电子产业园": "Platform",
          "电子信息": "IndustryTrack"}
TABLE = """二、兑现明细
序号｜{label}｜项目名称｜所在园区｜兑现条款｜金额（万元）
（一）食品饮料产业
1｜星澜食品有限公司｜冷链配送中心项目｜白露食品产业园｜第三条｜265.00
2｜青禾饮品有限公司｜果汁深加工项目｜白露食品产业园｜第七条｜45.30

（二）电子信息产业
3｜云溪芯片有限公司｜封装测试项目｜墨川电子产业园｜第八条｜60.00"""

ROWS = [
    ("企业名称", "星澜食品有限公司", "食品饮料", True),
    ("企业名称", "云溪芯片有限公司", "电子信息", True),
    ("申报单位", "青禾饮品有限公司", "食品饮料", True),
    # near misses: a builder's cell, and another section's track
    ("建设单位", "星澜食品有限公司", "食品饮料", False),
    ("企业名称", "云溪芯片有限公司", "食品饮料", False),
]


@pytest.mark.parametrize("label,firm,track,stated", ROWS)
def test_firm_in_section_track(label, firm, track, stated):
    pairs = {f[:3] for f in relate_on(THINGS, TABLE.format(label=label)).facts()}
    assert ((firm, "inTrack", track) in pairs) == stated
    # (the project is in it either way)
    if stated:
        assert any(p == (x, "inTrack", track) for p in pairs for x in ("冷链配送中心项目", "果汁深加工项目", "封装测试项目"))
