"""kg/recognise/sited_phases.py (rules.toml [sited_phase]): a park's later phase named right
after a verb of settling is the park, the site of what settles there. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, cls", [
    case("新建的星澜合金精深加工项目位于青禾新材料产业园二期，总投资5亿元。", "青禾新材料产业园", "Platform", id="lies-in"),
    case("白露密封件产业化项目选址云溪装备制造产业园三期。", "云溪装备制造产业园", "Platform", id="sited-in"),
    case("星澜诊断试剂项目落户墨川生物医药港二期，主要生产试剂。", "墨川生物医药港", "Platform", id="settles-in"),
    # (near misses: a bare 在, a phase that is the subject, a phase's works: the phase keeps its name)
    case("在青禾仪器仪表产业园二期建设现场，工人忙碌。", "青禾仪器仪表产业园二期", "Project", id="bare-zai"),
    case("云溪装备制造产业园二期位于白露镇，总投资9亿元。", "云溪装备制造产业园二期", "Project", id="phase-as-subject"),
    case("星澜项目落户青禾新材料产业园二期项目区。", "青禾新材料产业园", "Platform", id="phase-area"),
])
def test_a_parks_phase_after_a_settling_verb_is_the_park(recogniser, text, name, cls):
    got = names(recogniser, text)
    assert got.get(name) == cls, got
