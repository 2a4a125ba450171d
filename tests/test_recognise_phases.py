"""kg/recognise/phases.py (rules.toml [phased]): a place whose name holds a numbered phase
names the works of that phase, a project. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, cls", [
    case("青禾港白沙作业区二期码头建成投用。", "青禾港白沙作业区二期码头", "Project", id="berth-phase"),
    case("云溪港区三期码头开工建设。", "云溪港区三期码头", "Project", id="port-area-phase"),
    # (near misses: no phase in the name, a section of a road is no phase)
    case("白沙作业区码头建成投用。", "白沙作业区码头", "Place", id="berth-no-phase"),
    case("星桥大道东段建成通车。", "星桥大道", "Place", id="road-section"),
])
def test_a_phase_in_a_places_name_makes_it_a_build(recogniser, text, name, cls):
    got = names(recogniser, text)
    assert got.get(name) == cls, got
