"""A road's extension named as works (kg/recognise/road_extensions.py, rules.toml
[road_extension]) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …).

Each row: the sentence and the {name: class} of every name found that is not a nested owner.
"""
from __future__ import annotations

import pytest

from recognition import case, check

PR, P = "Project", "Place"


@pytest.mark.parametrize("text, want", [
    # the extension's words right after the road: a bare direction and 延
    case("星澜大街西延、墨川大街综合改造工程本周完工", {"星澜大街西延": PR, "墨川大街综合改造工程": PR},
         id="bare-extension"),
    # ... with a line and an expressway's word after it
    case("青禾大道东延线本月通车", {"青禾大道东延线": PR}, id="extension-line"),
    case("【云栖大道南延快速路主线贯通】", {"云栖大道南延快速路": PR}, id="extension-expressway"),
])
def test_a_roads_extension_is_a_project(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a section of a road names the road
    case("青禾路南段开通公交线路", {"青禾路": P}, id="section-is-the-road"),
    # a verb's extension: where a road runs, no works
    case("沿星澜大道东延至港区", {"星澜大道": P}, id="extends-to"),
    case("墨川大街向东延伸至白鹭湖", {"墨川大街": P, "白鹭湖": P}, id="extends-eastward"),
    # no road's own name before the head (a bare 大道)
    case("大道东延线本月通车", {}, id="no-road-name"),
    # an extension listed among roads is one of the roads counted
    case("新建白鹭路东延、云栖路北段等道路6公里", {"白鹭路": P, "云栖路": P}, id="listed-among-roads"),
    # a bare stretch of the road (延伸段): where something lies
    case("厂区北侧墨川大街延伸段尚未贯通", {"墨川大街": P}, id="bare-stretch"),
])
def test_no_project_without_a_roads_extension(recogniser, text, want):
    check(recogniser, text, want)
