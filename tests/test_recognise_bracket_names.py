"""kg/recognise/bracket_names.py: a place in brackets inside a name (星澜智算（晋城）中心) is a
word of it: the name runs across the bracket. On INVENTED names (real places in brackets)."""
from __future__ import annotations

import pytest

from recognition import case, names, owners


@pytest.mark.parametrize("text, name, cls", [
    case("星澜智算（晋城）中心正式上线。", "星澜智算（晋城）中心", "Project", id="city-inside-a-centre"),
    case("青禾数据（山西大同）数据中心投用。", "青禾数据（山西大同）数据中心", "Project", id="province-and-city"),
    case("白露大学（北京）云溪校区开学。", "白露大学（北京）云溪校区", "Project", id="campus"),
    # (a firm's legal name with its city in brackets is whole already)
    case("星澜能源（茂名）有限公司正式投产。", "星澜能源（茂名）有限公司", "Enterprise", id="legal-name"),
])
def test_a_bracketed_place_inside_a_name(recogniser, text, name, cls):
    assert names(recogniser, text).get(name) == cls


@pytest.mark.parametrize("text, name", [
    # (near misses: a phase in brackets is no place; a bracket after the name glosses it)
    case("星澜云计算（一期）中心建成。", "星澜云计算（一期）中心", id="phase-no-place"),
    case("青禾区（云溪县）的星澜产业园开园。", "青禾区（云溪县）的星澜产业园", id="gloss-then-particle"),
])
def test_no_name_across_other_brackets(recogniser, text, name):
    assert name not in names(recogniser, text)


def test_a_name_the_bracket_closes_owns_the_longer_one(recogniser):
    # 白露大学（北京） is named whole before the campus: the campus's owner, the bracket and all
    assert owners(recogniser, "白露大学（北京）云溪校区开学。") == {"白露大学（北京）": "Institution"}
