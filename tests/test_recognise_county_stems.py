"""A county's stem that opens with a preposition jieba glues onto names (沿, 由, 以 …:
rules.toml [boundary] glued): when the word is the stem of a county the lexicon knows
(将乐 of 将乐县), it opens the name and is not cut off (kg/recognise/modifier.py
glued_boundary); on INVENTED parks after real counties."""
from __future__ import annotations

import pytest

from recognition import case, check


@pytest.mark.parametrize("text, want", [
    case("推进将乐青禾产业园建设", {"将乐青禾产业园": "Platform"}, id="county-stem"),
    case("加快沿滩白露高新技术产业园区建设", {"沿滩白露高新技术产业园区": "Platform"}, id="district-stem"),
    # near misses: the preposition before a name that is no county's stem
    case("由星澜产业园负责", {"星澜产业园": "Platform"}, id="preposition-glued"),
    case("以青禾新区为核心", {"青禾新区": "Platform"}, id="preposition-before-zone"),
])
def test_county_stems(recogniser, text, want):
    check(recogniser, text, want)
