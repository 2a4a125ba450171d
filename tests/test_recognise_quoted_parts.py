"""kg/recognise/quoted_parts.py: a quoted part inside a long project name is the name's when
a capacity or a Latin word stands right before it; the name drops the quotes.
Invented names (星澜, 青禾, 墨川)."""
from __future__ import annotations

import pytest

from recognition import case, check

PR, E = "Project", "Enterprise"


@pytest.mark.parametrize("text, want, want_owners", [
    case("青禾20兆瓦“农光互补”示范项目开工。", {"青禾20兆瓦农光互补示范项目": PR}, None,
         id="capacity-before-quotes"),
    case("推进星澜能源80MW“渔光＋储能”项目建设。", {"星澜能源80MW渔光＋储能项目": PR}, {"星澜能源": E},
         id="brand-capacity-quotes-then-head"),
    # near misses: a verb before the quotes (a slogan the clause quotes), a quote holding a comma
    case("园区实施“光伏＋治沙”项目。", {}, None, id="verb-before-quotes"),
    case("为园企提供“一站式”项目代办服务。", {}, None, id="service-slogan"),
    case("打造“一带一路”重点项目。", {}, None, id="slogan-then-generic"),
    # ... nor a noun or a name before them: a programme's slogan, a firm's quoted project name
    case("墨川区列入国家“千百十”工程名单。", {}, None, id="state-programme-slogan"),
    case("星澜环保有限公司“智能装备研发中心”项目开工。", {"星澜环保有限公司": E}, None, id="firm-then-quoted-name"),
])
def test_a_quoted_part_inside_a_long_project_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    case("《星河传说》沉浸式夜游项目今年开业。", {"星河传说沉浸式夜游项目": PR}, id="title-opens-sentence"),
    case("今年推出《青禾谣》沉浸式演艺项目。", {"青禾谣沉浸式演艺项目": PR},
         id="title-after-verb"),
    # near misses: a quote (a slogan's), a 的 between, a document's title before a clause's verb
    case("启动“星河传说”沉浸式夜游项目。", {}, id="quote-no-title"),
    case("学习《星河传说》的夜游项目。", {}, id="de-between"),
    case("依据《青禾市国土空间规划》实施道路改造工程。", {}, id="plan-title-then-verb"),
])
def test_a_title_opens_a_long_project_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("name, want", [
    ("青禾20兆瓦“农光互补”示范项目", "青禾20兆瓦农光互补示范项目"),
    ("星澜储能项目", "星澜储能项目"),
    ("“星澜”", "“星澜”"),      # (quotes around the whole name are no part inside it)
    ("《星河传说》夜游项目", "星河传说夜游项目"),   # (a title opening the name)
])
def test_unquoted(name, want):
    from kg.recognise.quoted_parts import unquoted
    assert unquoted(name) == want
