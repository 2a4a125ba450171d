"""kg/recognise/bracket_phases.py (rules.toml [bracket_phase]): a numbered phase in brackets right
after a project's name is a word of the name. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, check

PR, PL = "Project", "Platform"


@pytest.mark.parametrize("text, want", [
    case("项目名称：星澜科技墨川硅碳负极一体化基地（三期） 建设单位：星澜科技",
         {"星澜科技墨川硅碳负极一体化基地（三期）": PR}, id="base-phase-in-a-card"),
    case("加快建设中国移动青禾数据中心（二期）。", {"中国移动青禾数据中心（二期）": PR}, id="data-centre-phase"),
    case("云溪冷链物流中心(一期)已投入运营。", {"云溪冷链物流中心(一期)": PR}, id="half-width-brackets"),
    # near misses: a bracket holding more than the phase, a bracket that is no phase, a park's phase
    case("加快建设青禾数据中心（二期扩建）。", {"青禾数据中心": PR}, id="phase-and-more"),
    case("加快建设青禾数据中心（云溪）。", {"青禾数据中心（云溪）": PR}, id="place-in-bracket-no-phase"),
    case("星澜产业园（一期）已投用。", {"星澜产业园": PL}, id="a-parks-phase-stays-the-park"),
])
def test_a_bracketed_phase_is_a_word_of_the_projects_name(recogniser, text, want):
    check(recogniser, text, want)
