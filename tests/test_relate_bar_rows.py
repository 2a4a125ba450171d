"""kg/relate/bar_rows.py: where the thing a numbered row parted by bars names lies and its
tracks, no header above the rows; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, T = "Enterprise", "Place", "Platform", "IndustryTrack"
THINGS = {"星澜精工有限公司": E, "墨川电缆有限公司": E, "白露中心": E, "青禾产业园": PL, "云溪区": P, "白露镇": P,
          "星材": T, "墨能部件": T, "墨能": T, "税收": T}


@pytest.mark.parametrize("text, want", [
    # the name cell's thing lies in the site column's place (the nearest of two side by side),
    # and is in the track column's tracks, a bracketed one too
    ("A类企业\n1．星澜精工有限公司｜青禾产业园｜星材（墨能部件）｜亩均税收8万元\n"
     "2．墨川电缆有限公司｜云溪区白露镇｜墨能｜亩均税收6万元\n",
     {("星澜精工有限公司", "locatedIn", "青禾产业园"), ("星澜精工有限公司", "inTrack", "星材"),
      ("星澜精工有限公司", "inTrack", "墨能部件"), ("墨川电缆有限公司", "locatedIn", "白露镇"),
      ("墨川电缆有限公司", "inTrack", "墨能")}),
    # (a figure's cell is no track column's, though a track word opens it)
    ("1．星澜精工有限公司｜青禾产业园｜税收8万元\n2．墨川电缆有限公司｜白露镇｜税收6万元\n",
     {("星澜精工有限公司", "locatedIn", "青禾产业园"), ("墨川电缆有限公司", "locatedIn", "白露镇")}),
    # (near miss: one row alone tells nothing of its columns)
    ("A类企业\n1．星澜精工有限公司｜青禾产业园｜星材｜亩均税收8万元\n三、分析\n", set()),
])
def test_numbered_bar_rows(text, want):
    r = relate_on(THINGS, text)
    got = {f[:3] for f in r.facts() if f[3] in ("located-bar-row", "track-bar-row")}
    assert got == want, sorted(r.facts())
