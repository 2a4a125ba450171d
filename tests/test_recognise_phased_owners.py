"""A firm's short name no list holds and a phase alone (kg/recognise/owners.py ``_owner``,
rules.toml [brand] owner_phases) on sentences with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露):
the firm's name ends with a trade word, the phase is the firm's works.

Each row: the sentence, the {name: class} of the names, and the {name: class} of the owners nested in them.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, PR = "Enterprise", "Project"


@pytest.mark.parametrize("text, want, want_owners", [
    # a coined brand, a trade word, a phase: the firm owns its phase of works
    case("墨川磁材二期、星澜强磁项目顺利投产。", {"墨川磁材二期": PR, "星澜强磁项目": PR}, {"墨川磁材": E},
         id="trade-and-phase"),
    case("确保青禾铝业三期达产达效。", {"青禾铝业三期": PR}, {"青禾铝业": E}, id="aluminium-phase"),
    # near misses: common words before the trade word, or a park's phase
    case("确保县城纺织二期达产达效。", {"县城纺织二期": PR}, {}, id="common-noun"),
    case("稀土永磁材料产业园二期开工。", {"稀土永磁材料产业园二期": PR}, {}, id="park-phase"),
    case("确保精细化工二期达产达效。", {"精细化工二期": PR}, {}, id="track-phase"),
])
def test_a_firm_and_its_phase(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
