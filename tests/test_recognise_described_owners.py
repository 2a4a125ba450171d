"""Owners named at the start of a project's name right after 的 or 了 (kg/recognise/owners.py
``_owner``, rules.toml [brand] described_after) on sentences with INVENTED names (青禾, 星澜, 墨川,
云溪, 白露): after a clause the words before the head say what is built, and only a name
with a firm's own head (星澜牛肉集团, 墨川新能源) names the project's owner there.

Each row: the sentence, the {name: class} of the names, and the {name: class} of the owners nested in them.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, PR = "Enterprise", "Project"


@pytest.mark.parametrize("text, want, want_owners", [
    # a firm's name, with its head, after 的: the firm owns the project
    case("开发区内的星澜牛肉集团肉制品精深加工项目推迟投产。",
         {"星澜牛肉集团肉制品精深加工项目": PR}, {"星澜牛肉集团": E}, id="group-after-de"),
    case("位于工业园的墨川新能源二期项目投产。", {"墨川新能源二期项目": PR}, {"墨川新能源": E}, id="trade-head-after-de"),
    case("规划中的云溪青禾新能源单晶硅片项目开工。", {"云溪青禾新能源单晶硅片项目": PR}, {"云溪青禾新能源": E},
         id="four-and-a-trade-after-de"),
    case("规划中的青禾电子连接器项目开工。", {"青禾电子连接器项目": PR}, {"青禾电子": E}, id="electronics-after-de"),
    # (without 的 the same name has its owner too)
    case("墨川新能源二期项目投产。", {"墨川新能源二期项目": PR}, {"墨川新能源": E}, id="no-de"),
    # near misses: after 的 the words say what is built (a track, a coinage with no firm's head)
    case("正在建设的智能科技产业园项目开工。", {}, {}, id="generic-after-de"),
    case("星澜集团在园区布局的超导线材项目开工。", {"星澜集团": E}, {}, id="product-after-de"),
    case("墨川集团在园区布局的钕铁硼永磁电机材料项目开工。", {"墨川集团": E, "钕铁硼永磁电机材料项目": PR}, {},
         id="long-product-after-de"),
    case("园区内建设的高端精密液压件项目开工。", {}, {}, id="common-words-after-de"),
    case("星澜饮品建设的智能化饮品生产基地二期项目竣工。", {"智能化饮品生产基地二期项目": PR}, {},
         id="descriptor-after-de"),
    case("开发区内的云溪智慧物流港项目延期开工。", {"云溪智慧物流港项目": PR}, {}, id="describing-word-after-de"),
])
def test_an_owner_after_a_clause(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
