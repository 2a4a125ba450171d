"""kg/recognise/declared_fronts.py: a firm's declared short name right before a project named
by its capacity opens the project's name and owns it; on INVENTED names."""
from __future__ import annotations

import pytest

from kg.model import Mention
from kg.recognise.declared_fronts import declared_fronts
from kg.rules import load_rules
from recognition import document


def _m(start, surface, cls, rule, name=None, role=""):
    return Mention("t.txt", 1, start, start + len(surface), surface, cls, name or surface, rule, role=role)


FIRM = "青海禾川新能源股份有限公司"


@pytest.mark.parametrize("alias, project, grown", [
    # the short name, then what the project makes by its capacity: the firm's project
    (_m(2, "青海禾川", "Enterprise", "declared-alias", FIRM), _m(6, "年产1200吨高纯硅烷项目", "Project", "head:项目"),
     "青海禾川年产1200吨高纯硅烷项目"),
    # near miss: a project with words of its own first was named without the firm
    (_m(2, "青海禾川", "Enterprise", "declared-alias", FIRM), _m(6, "硅烷提纯车间项目", "Project", "head:项目"), None),
    # near miss: the short name not right before it
    (_m(0, "青海禾川", "Enterprise", "declared-alias", FIRM), _m(6, "年产1200吨高纯硅烷项目", "Project", "head:项目"),
     None),
    # near miss: a place's declared short name says where, not whose
    (_m(2, "禾川", "Place", "declared-alias", "禾川经济开发区"), _m(4, "年产1200吨高纯硅烷项目", "Project", "head:项目"),
     None),
])
def test_a_declared_short_name_opens_a_capacity_named_project(alias, project, grown):
    out = declared_fronts(load_rules(), [alias, project])
    if grown is None:
        assert out == [alias, project]
        return
    owner, got = out
    assert (got.surface, got.start, got.end) == (grown, alias.start, project.end)
    assert (owner.role, owner.name) == ("owner", FIRM)


def test_a_document_s_short_name_before_a_capacity(recogniser):
    # (the walk left from the head stops at the short name: a province and a word no list holds)
    firm = "湖南大同新能源股份有限公司"
    text = firm + "（以下简称“湖南大同”）在云溪落户。推动湖南大同年产5万吨电子级多晶硅项目开工。"
    ms = [m for m in recogniser.document_mentions(document(text)) if m.sentence == 1]
    assert {(m.surface, m.role, m.name) for m in ms} == {
        ("湖南大同年产5万吨电子级多晶硅项目", "name", "湖南大同年产5万吨电子级多晶硅项目"),
        ("湖南大同", "owner", firm)}
