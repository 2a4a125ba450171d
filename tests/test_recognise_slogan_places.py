"""kg/recognise/slogan_places.py: a goal of a town's work (工业强镇, 文旅兴村, 美丽城镇) a
head's walk from 镇 or 村 read as a name is a slogan, no place; a town named by its own
words stays."""
from __future__ import annotations

import pytest

from recognition import document_names


def _places(recogniser, text):
    return {name for (_, name), cls in document_names(recogniser, text).items() if cls == "Place"}


@pytest.mark.parametrize("text, want", [
    ("星澜镇坚持“工业强镇、文旅兴村”发展思路。", {"星澜镇"}),
    ("三是奋力打造商贸强镇。", set()),
    ("星澜镇：县域经济强镇。", {"星澜镇"}),
    ("云溪镇、星澜镇建设美丽城镇。", {"云溪镇", "星澜镇"}),
], ids=["two-slogans", "heading", "after-a-colon", "quality"])
def test_a_slogan_closed_by_a_unit_is_no_place(recogniser, text, want):
    assert _places(recogniser, text) == want


@pytest.mark.parametrize("text, name", [
    ("项目落户丰兴镇。", "丰兴镇"),          # a town's own word before the goal
    ("项目落户云美村。", "云美村"),
    ("项目落户星澜镇。", "星澜镇"),
], ids=["own-word-goal", "village", "own-words"])
def test_a_town_named_by_its_own_words_stays(recogniser, text, name):
    assert name in _places(recogniser, text)
