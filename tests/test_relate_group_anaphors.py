"""kg/relate/group_anaphors.py: X同为该集团旗下企业 (relations.toml [owner] group_anaphor), on given
mentions (tests/relate_helpers.py). Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E = "Enterprise"
GROUP = {"星澜电商有限公司": E, "青禾集团有限公司": E, "青禾置地有限公司": E}


@pytest.mark.parametrize("things,text,want", [
    # 该集团 stands for the group named before in the sentence
    (GROUP, "星澜电商有限公司为青禾集团有限公司的控股企业，青禾置地有限公司同为该集团下属单位。",
     {("青禾置地有限公司", "青禾集团有限公司")}),
    # ... or earlier in the paragraph
    (GROUP, "青禾集团有限公司去年控股星澜电商有限公司。青禾置地有限公司也是该集团的全资子公司。",
     {("青禾置地有限公司", "青禾集团有限公司")}),
    # (near misses: the firm named last holds no 集团 in its name; a group named in another paragraph;
    # the group's customer, not its unit)
    ({"墨川物流有限公司": E, "青禾置地有限公司": E}, "墨川物流有限公司运力充足。青禾置地有限公司同为该集团下属单位。", set()),
    (GROUP, "青禾集团有限公司控股星澜电商有限公司。\n青禾置地有限公司同为该集团下属单位。", set()),
    (GROUP, "星澜电商有限公司为青禾集团有限公司的控股企业，青禾置地有限公司同为该集团供应商。", set()),
    # the words before the unit (该集团旗下的X, 由该集团下属X运营)
    (GROUP, "青禾集团有限公司成立于2013年，总部位于白露镇。该集团旗下的青禾置地有限公司负责开发。",
     {("青禾置地有限公司", "青禾集团有限公司")}),
    (GROUP, "青禾集团有限公司扩产。商场由该集团下属青禾置地有限公司运营。", {("青禾置地有限公司", "青禾集团有限公司")}),
    # (near misses: the group's customer named after it; a firm named last with no 集团 in its name)
    (GROUP, "青禾集团有限公司成立于2013年。该集团的客户青禾置地有限公司负责开发。", set()),
    ({"墨川物流有限公司": E, "青禾置地有限公司": E}, "墨川物流有限公司运力充足。该集团旗下的青禾置地有限公司负责开发。", set()),
])
def test_the_group_a_demonstrative_stands_for_holds_the_firm(things, text, want):
    got = {(s, o) for s, _, o, rule in relate_on(things, text).facts("ownedBy") if rule == "owner-group-anaphor"}
    assert got == want
