"""Slogans a town's or a village's head closes (工业强镇, 产业兴村, 美丽城镇).

A head's walk from 镇 or 村 reads a goal of a town's work as a town: a sector word, a
verb of thriving and the unit (工业|强|镇, 产业|兴|村, 美丽|城|镇). Such a name of
[slogan_place] words before one of goals and the unit is no place (GUIDELINES: slogans
are no entities); a town named by its own words (星澜镇, 富强镇: no sector word before
the goal) stays.
"""
from __future__ import annotations

from ..model import Mention


def _slogan(name: str, conf: dict, words: list[str]) -> bool:
    """Whether ``name`` is [slogan_place] ``words`` (longest first), a goal and a unit."""
    units = tuple(conf.get("units", ()))
    if not name.endswith(units) or len(name) < 4:
        return False
    stem = name[:-1]
    goal = next((g for g in conf.get("goals", ()) if stem.endswith(g)), None)
    if goal is None:
        return False
    rest = stem[:-len(goal)]
    while rest:
        w = next((w for w in words if rest.endswith(w)), None)
        if w is None:
            return False
        rest = rest[:-len(w)]
    return True


def slogan_places(rules, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the places a head's walk read from a slogan."""
    conf = rules.data.get("slogan_place")
    if not conf or not conf.get("goals"):
        return mentions
    words = sorted(conf.get("words", ()), key=len, reverse=True)
    return [m for m in mentions
            if not (m.cls == "Place" and m.rule.startswith("head:") and _slogan(m.name, conf, words))]
