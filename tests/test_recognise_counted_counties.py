"""Counties listed by their short names and closed by a count and their unit
(kg/recognise/counted_counties.py, rules.toml [counted_county]). Real counties (the rule reads
the lexicon's) in invented sentences; invented stems for the near misses."""
from __future__ import annotations

import pytest

from recognition import mentions

P = "Place"


@pytest.mark.parametrize("text, want", [
    # each item with the unit is a county the lexicon lists: the county, by the text's short name
    ("星澜茶园分布在行唐、灵寿2县，面积3万亩。", {("行唐", "行唐县"), ("灵寿", "灵寿县")}),
    ("新建冷库分布于石家庄市及行唐、灵寿、赞皇三县。", {("行唐", "行唐县"), ("灵寿", "灵寿县"), ("赞皇", "赞皇县")}),
    # after 等 the count may take in counties named before the list (石家庄市 counted with them)
    ("示范社分布于新乐市和行唐、灵寿等3个县（市）。", {("行唐", "行唐县"), ("灵寿", "灵寿县")}),
    # near misses: the count is not the list's length (after 等, smaller than it); an item no
    # county; stems the lexicon lacks
    ("示范社分布于行唐、灵寿、赞皇等2个县。", set()),
    ("星澜茶园分布在行唐、灵寿3县，面积3万亩。", set()),
    ("星澜茶园分布在行唐、石家2县，面积3万亩。", set()),
    ("星澜茶园分布在青禾、白露2县，面积3万亩。", set()),
])
def test_counties_listed_by_short_names_and_counted(recogniser, text, want):
    got = {(m.surface, m.name) for m in mentions(recogniser, text) if m.rule == "counted-counties"}
    assert got == want
    # (no name of a walk that ran over the count: 灵寿2县)
    assert not want or not any(m.surface[-1] in "县" and m.surface[-2].isdigit() for m in mentions(recogniser, text))
