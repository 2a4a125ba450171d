"""kg/recognise/quoted_names.py: a quoted brand right before a name of kind words and a head is
a word of that name (“青禾茶韵”康养食品产业园一期); a slogan in quotes is not. INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, cls", [
    case("“青禾茶韵”康养食品产业园一期开园。", "青禾茶韵康养食品产业园一期", "Project", id="park-phase"),
    case("“星澜”数字产业园建成投用。", "星澜数字产业园", "Platform", id="park"),
])
def test_a_quoted_brand_opens_the_name(recogniser, text, name, cls):
    assert names(recogniser, text).get(name) == cls


@pytest.mark.parametrize("text, name", [
    # (near misses: a slogan or a plan's years in quotes names nothing)
    case("“一核两带”数字产业园建成。", "一核两带数字产业园", id="slogan"),
    case("“十四五”数字产业园建成。", "十四五数字产业园", id="plan-years"),
])
def test_no_name_opened_by_a_slogan(recogniser, text, name):
    assert name not in names(recogniser, text)
