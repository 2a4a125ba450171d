"""split_segment (kg/relate/owntrack.py): the segment of the sentence's track a thing is in,
on invented sentences splitting a track into segments."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, T = "Enterprise", "IndustryTrack"
THINGS = {"青禾饮品": T, "墨川米酒": T, "白露果露": T, "星澜食品有限公司": E, "云溪酿造有限公司": E,
          "白露酒业股份有限公司": E, "云端包装": T}


@pytest.mark.parametrize("text, want", [
    # the split named first, then one clause a firm: each firm in the one segment its clause names
    # (and in the whole the sentence splits)
    ("青禾饮品领域细分为墨川米酒和白露果露两条线：星澜食品有限公司等企业做墨川米酒配套，"
     "云溪酿造有限公司则专攻白露果露。",
     {("星澜食品有限公司", "墨川米酒"), ("云溪酿造有限公司", "白露果露"),
      ("星澜食品有限公司", "青禾饮品"), ("云溪酿造有限公司", "青禾饮品")}),
    # (a firm whose clause names the segment after a second firm: both in it)
    ("青禾饮品领域细分为墨川米酒和白露果露两个方向：星澜食品有限公司围绕白露酒业股份有限公司"
     "生产墨川米酒包材。",
     {("星澜食品有限公司", "墨川米酒"), ("白露酒业股份有限公司", "墨川米酒"),
      ("星澜食品有限公司", "青禾饮品"), ("白露酒业股份有限公司", "青禾饮品")}),
    # (near miss: a clause naming both segments says not which is the firm's: the whole)
    ("青禾饮品领域细分为墨川米酒和白露果露两条线：星澜食品有限公司兼做墨川米酒和白露果露。",
     {("星澜食品有限公司", "青禾饮品")}),
    # (near miss: a clause naming no segment: the whole)
    ("青禾饮品领域细分为墨川米酒和白露果露两条线，星澜食品有限公司贷款最多。",
     {("星澜食品有限公司", "青禾饮品")}),
    # (near miss: a track the clause names only after the firm, not split before: the whole)
    ("青禾饮品领域细分为墨川米酒和白露果露两条线，星澜食品有限公司为企业提供云端包装服务。",
     {("星澜食品有限公司", "青禾饮品")}),
])
def test_a_firm_is_in_the_segment_its_clause_names_after_it(text, want):
    r = relate_on(THINGS, ("产业报告", "三、产业分布\n" + text))
    got = {f[:3:2] for f in r.facts("inTrack")}
    assert got == want, sorted(r.facts())



@pytest.mark.parametrize("gap, kind", [
    # under a sentence's head track, what may stand between a firm (or its list) and a segment named
    # as its kind ([track] segment_kind_gap; kg/relate/owntrack.head_segment): …A、B等S企业, A则是…的S企业
    ("等", True),
    ("等一批", True),
    ("则是全县唯一拿到绿色认证的", True),
    # (near misses: the firms' clause goes on past their list, naming the track as what they do or serve)
    ("等企业提供", False),
    ("等企业向", False),
    ("是全县首家为", False),
])
def test_a_heads_segment_named_as_a_things_kind(gap, kind):
    from kg.relate.base import rx
    from kg.rules import load_rules
    assert bool(rx(load_rules().relations["track"]["segment_kind_gap"]).fullmatch(gap)) == kind
