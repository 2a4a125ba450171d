"""Works of a power grid named by their voltage (kg/recognise/grid_works.py, rules.toml
[grid_work]) and a voltage that names no firm (kg/recognise/brands.py, [brand] quantity), on
sentences with INVENTED names (星澜, 青禾, 云溪, 墨川, 白露).

Each row: the sentence, the {name: class} of every name found that is not a nested owner,
and the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check

PR, E = "Project", "Enterprise"


@pytest.mark.parametrize("text, want, want_owners", [
    # a dash joins the two ends of one line, a second voltage inside
    case("供电公司建成110千伏星澜变—青禾10千伏双回专线工程", {"供电公司": E, "110千伏星澜变—青禾10千伏双回专线工程": PR},
         {}, id="dash-two-ends"),
    # a switching station jieba cuts across (开闭|所)
    case("今年新建10千伏云溪开闭所工程", {"10千伏云溪开闭所工程": PR}, {}, id="switching-station"),
    # a station named by a person's-name word, no works after it
    case("推进110千伏青禾变电站建设", {"110千伏青禾变电站": PR}, {}, id="station"),
    # ... and the works on a station after its head
    case("推进220千伏白露变电站扩建工程", {"220千伏白露变电站扩建工程": PR}, {}, id="station-works"),
    # the voltage before a county's short form is no firm owning the works (110千伏|德清|…)
    case("110千伏德清输变电工程已列入年度计划", {"110千伏德清输变电工程": PR}, {}, id="voltage-no-owner"),
])
def test_a_voltage_opens_grid_works(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a voltage before a bare kind of works, counted: no name
    case("新建、扩建110千伏变电站3座", {}, id="counted-stations"),
    # a dash right after the voltage opens no name
    case("10千伏—35千伏线路改造", {}, id="dash-after-voltage"),
    # a product rated by its voltage, no works' head
    case("云溪电瓷发布1100千伏特高压绝缘子", {"特高压": "IndustryTrack"}, id="rated-product"),
])
def test_no_grid_works_without_a_name(recogniser, text, want):
    check(recogniser, text, want)
