"""kg/relate/unit_firms.py on given mentions (tests/relate_helpers.py); names invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P = "Enterprise", "Project"


@pytest.mark.parametrize("firm, text, want", [
    # X旗下 a project whose name opens on a registered firm: the firm is X's, the project the firm's
    ("青禾面业（云溪）有限公司", "白露集团旗下青禾面业（云溪）有限公司年产10万吨面粉项目落户园区。",
     {("青禾面业（云溪）有限公司", "白露集团"), ("青禾面业（云溪）有限公司年产10万吨面粉项目", "青禾面业（云溪）有限公司")}),
    ("墨川电子有限责任公司", "星澜控股旗下墨川电子有限责任公司年产5万片基板项目开工。",
     {("墨川电子有限责任公司", "星澜控股"), ("墨川电子有限责任公司年产5万片基板项目", "墨川电子有限责任公司")}),
    # (near miss: a short form opening the name: the group's project as the text says)
    ("青禾面业", "白露集团旗下青禾面业年产10万吨面粉项目落户园区。",
     {("青禾面业年产10万吨面粉项目", "白露集团")}),
])
def test_a_unit_named_in_full_at_a_projects_start_is_the_firm(firm, text, want):
    project = text[text.index(firm):text.index("项目") + 2]
    owner = text[:text.index("旗下")]
    r = relate_on({firm: E, project: P, owner: E}, text)
    assert {(s, o) for s, p, o in r.pairs("ownedBy")} == want
