"""kg/recognise/listed_sites.py: the sites a field line lists, each named with its place in brackets
(经营网点：X店（Y街道）；Z工坊（W镇）), are Projects, whole, whatever words they hold."""
from __future__ import annotations

import doctest

import pytest

import kg.recognise.listed_sites as listed_sites
from kg.model import RawDocument
from kg.normalise import to_document

TITLE = "青禾市老字号拟认定名单公示\n\n（一）墨川\n\n申报企业：星澜食品有限公司\n\n"


def _projects(rec, text):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {m.name for m in rec.document_mentions(doc) if m.cls == "Project" and m.role != "owner"}


@pytest.mark.parametrize("text, want", [
    # each unit of the value, the ones after the first sentences of their own; a place of the name's words
    (TITLE + "经营网点：墨川白沙镇老店（云溪区白沙镇）；墨川酱菜总店（白露街道）\n", {"墨川白沙镇老店", "墨川酱菜总店"}),
    # a field of a label of two joined by 及: a paragraph of its own, not run on into the line before
    (TITLE + "经营网点：墨川酱菜总店（白露街道）\n\n传承工坊及项目：墨川手工酱菜传习工坊（白沙镇）\n\n品牌简介：始创于清代。\n",
     {"墨川酱菜总店", "墨川手工酱菜传习工坊"}),
    # (near misses: a bracket naming no place; a name ending on no site's head; running text, no field)
    (TITLE + "经营网点：墨川酱菜作坊（暂定）\n", set()),
    (TITLE + "主要产品：墨川手工酱菜礼盒（白沙镇）\n", set()),
    (TITLE + "品牌简介：前身为墨川酱菜总店（白沙镇），始创于清代。\n", set()),
])
def test_a_field_lists_sites_with_their_places(recogniser, text, want):
    assert _projects(recogniser, text) >= want
    assert not {n for n in _projects(recogniser, text) - want if n.startswith("墨川")}


def test_doctests():
    assert doctest.testmod(listed_sites).failed == 0
