"""The bidder of a land-sale notice's card owns the project the card is for
(kg/relate/land_bidders.py, relations.toml [land]) on given mentions (tests/relate_helpers.py);
names and sentences invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL = "Enterprise", "Project", "Platform"

THINGS = {"青禾精工机械有限公司": E, "高端轴承智能制造项目": P, "墨川集团": E,
          "墨川白露光电科技有限公司": E, "光电芯片封装测试项目": P, "星澜产业园": PL}


def owners(text: str) -> set[tuple[str, str, str]]:
    r = relate_on(THINGS, text)
    return {(s, o, rule) for s, p, o, rule in r.facts() if p == "ownedBy" and s in ("高端轴承智能制造项目", "光电芯片封装测试项目")}


@pytest.mark.parametrize("text, want", [
    # the bidder's line, then the project's name field of the same card
    ("（一）宗地编号：云溪2026-07\n土地位置：星澜产业园内\n竞得单位：青禾精工机械有限公司\n"
     "项目名称：高端轴承智能制造项目\n用地面积：80亩",
     {("高端轴承智能制造项目", "青禾精工机械有限公司", "owner-bidder")}),
    # ... or the project named in the card's account of what the parcel is for; the bidder the
    # line names last (a group's unit) won it
    ("（二）宗地编号：云溪2026-08\n竞得人：墨川集团下属墨川白露光电科技有限公司\n"
     "出让年限：50年\n项目情况：用于建设光电芯片封装测试项目，计划总投资5亿元。",
     {("光电芯片封装测试项目", "墨川白露光电科技有限公司", "owner-bidder")}),
])
def test_the_bidder_owns_the_cards_project(text, want):
    assert owners(text) == want


@pytest.mark.parametrize("text", [
    # a line that is no field line ends the card: a project named in running text after it is not the bidder's
    "竞得单位：青禾精工机械有限公司\n用地面积：80亩\n会议指出，要加快高端轴承智能制造项目建设。",
    # another bidder's line starts the next card first: the project is that bidder's
    "竞得单位：青禾精工机械有限公司\n竞得单位：墨川集团\n项目名称：高端轴承智能制造项目",
    # the line's name is longer than the one found (the firm's unit): not that firm's
    "竞得单位：青禾精工机械有限公司轴承分公司\n项目名称：高端轴承智能制造项目",
    # no bidder's line: a firm named in a field of another kind owns nothing
    "联系单位：青禾精工机械有限公司\n项目名称：高端轴承智能制造项目",
])
def test_no_owner_outside_the_bidders_card(text):
    assert ("高端轴承智能制造项目", "青禾精工机械有限公司", "owner-bidder") not in owners(text)
