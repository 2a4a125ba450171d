"""kg/recognise/cut_stems.py: a place's stem jieba cut into a stop word opens a long project
name: a transliterated name's last character (青禾达|来), a street named by a date (五一|北路).
Invented names (星澜, 青禾, 墨川)."""
from __future__ import annotations

import pytest

from recognition import case, check

PR = "Project"


@pytest.mark.parametrize("text, want", [
    case("墨川新能源查根达来20万千瓦风电项目并网发电。", {"墨川新能源查根达来20万千瓦风电项目": PR}, id="lai-before-capacity"),
    case("2．塔布乌斯太厂区8万千瓦光伏电站项目，已完成备案。", {"塔布乌斯太厂区8万千瓦光伏电站项目": PR},
         id="tai-before-site"),
    case("今年启动八一北路管网改造工程。", {"八一北路管网改造工程": PR}, id="date-street"),
    # near misses: a count before a street word, a verb after a known place
    case("全区建成五十条道路改造工程。", {}, id="count-before-road"),
    case("杭州来光伏电站项目调研。", {"杭州市": "Place"}, id="known-place-then-verb"),
])
def test_a_cut_stem_opens_a_long_project_name(recogniser, text, want):
    check(recogniser, text, want)
