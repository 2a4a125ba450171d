"""kg/relate/county_headings.py on given mentions (tests/relate_helpers.py): the towns a paragraph
names under an item heading that names a county alone ((二)青禾县。) are that county's parts.
Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

L, E, P = "Place", "Enterprise", "Project"
RULE = "part-county-heading"
THINGS = {"青禾县": L, "墨川县": L, "白露旗": L, "星澜市": L, "云溪镇": L, "柳塘乡": L, "白沙镇": L,
          "石门街道": L, "云溪村": L, "星澜能源": E, "白沙冷库项目": P, "青禾高新区": "Platform",
          "云岭片区": L}


@pytest.mark.parametrize("text, want", [
    # the heading names the county alone; the towns of its paragraph are the county's
    ("开篇。\n（二）青禾县。星澜能源在该县云溪镇建设风电场；储能站位于柳塘乡。",
     {("云溪镇", "青禾县"), ("柳塘乡", "青禾县")}),
    ("开篇。\n——白露旗。白沙冷库项目选址石门街道。", {("石门街道", "白露旗")}),
    # ... a heading that is a paragraph of its own speaks for the next paragraph only
    ("开篇。\n（三）青禾县\n白沙冷库项目落在白沙镇以北。\n后来星澜能源在云溪镇设厂。", {("白沙镇", "青禾县")}),
    # near misses: the town written after its own county; another county acting before the town;
    # a city heading; a zone heading; a village; a heading naming more than the county; no item mark
    ("开篇。\n（二）青禾县。星澜能源与墨川县白沙镇企业合作。", set()),
    ("开篇。\n（二）青禾县。墨川县在白沙镇建设冷库。", set()),
    ("开篇。\n（二）星澜市。星澜能源在云溪镇建设风电场。", set()),
    ("开篇。\n（二）青禾高新区。星澜能源在云溪镇建设风电场。", set()),
    ("开篇。\n（二）青禾县。星澜能源在云溪村建设风电场。", set()),
    ("开篇。\n（二）青禾县的风电。星澜能源在云溪镇建设风电场。", set()),
    ("开篇。\n青禾县。星澜能源在云溪镇建设风电场。", set()),
])
def test_towns_under_a_county_heading_are_its_parts(text, want):
    r = relate_on(THINGS, text)
    got = {(s, o) for s, p, o, rule in r.facts("partOf") if rule == RULE}
    assert got == want
