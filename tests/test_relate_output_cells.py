"""kg/relate/output_cells.py: a row's output cell (主要产品, 主营业务, 主要产能) names the firm's track
where a unit of it is a track, whole or before a figure; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T = "Enterprise", "Platform", "IndustryTrack"
THINGS = {"星澜生物科技有限公司": E, "墨川控股集团": E, "青禾产业园": PL, "星材": T, "墨能": T, "白露酵素": T}
HEAD = "企业名称｜所属集团｜所在园区｜赛道｜{}\n"


def _facts(text):
    return {f[:3] for f in relate_on(THINGS, text).facts()}


@pytest.mark.parametrize("label, cell, want", [
    # a track before a figure, or a unit whole, is the firm's
    ("主要产能", "星材约12万吨/年", {"星材"}),
    ("主要产能", "星材12万吨/年、墨能3万吨/年", {"星材", "墨能"}),
    ("主营业务", "青禾粉体、墨能及星材", {"墨能", "星材"}),
    ("主要产品", "墨能", {"墨能"}),
    # (near misses: a track inside a product's name is no track of the firm's)
    ("主要产品", "星材粉体、人造墨能负极", set()),
    ("主营业务", "星材深加工", set()),
    # (… nor a product's own name column's)
    ("产品名称", "墨能", set()),
])
def test_an_output_cell_names_the_firms_track(label, cell, want):
    facts = _facts(HEAD.format(label) + f"星澜生物科技有限公司｜墨川控股集团｜青禾产业园｜白露酵素｜{cell}")
    got = {o for s, p, o in facts if s == "星澜生物科技有限公司" and p == "inTrack"}
    assert got == want | {"白露酵素"}, sorted(facts)     # (the track column's stands beside)
