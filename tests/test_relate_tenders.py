"""kg/relate/tenders.py: who owns the works a tender's or an award's notice is of, on given
mentions (tests/relate_helpers.py). Invented notices."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I, P, PL = "Enterprise", "Institution", "Project", "Platform"
THINGS = {"青禾产业园三号研发楼项目": P, "青禾产业园开发建设有限公司": E, "星澜建工集团有限公司": E,
          "墨川招标代理有限公司": E, "云溪检测平台": PL, "云溪检测平台分析仪器购置项目": P,
          "青禾产业园管理委员会": I, "白露医疗器械有限公司": E, "墨川路改造工程": P}
TITLE = "青禾产业园工程招投标信息汇编"


def owners(text: str) -> set[tuple[str, str, str]]:
    r = relate_on(THINGS, (TITLE, TITLE + "\n" + text))
    return {(f[0], f[2], f[3]) for f in r.facts("ownedBy") if f[3].startswith("owner-tender")}


@pytest.mark.parametrize("text, want", [
    # the buyer owns the works; the winner builds them, an owner too; the agent neither
    ("一、青禾产业园三号研发楼项目中标结果公告\n（一）项目编号：QH-2026-018\n（二）采购人：青禾产业园开发建设有限公司\n"
     "（三）采购代理机构：墨川招标代理有限公司\n（四）中标人：星澜建工集团有限公司\n中标人地址：云溪市白沙路",
     {("青禾产业园三号研发楼项目", "青禾产业园开发建设有限公司", "owner-tender"),
      ("青禾产业园三号研发楼项目", "星澜建工集团有限公司", "owner-tender-winner")}),
    # a heading with no mark, a bracketed section of the works; 招标人, 成交供应商
    ("墨川路改造工程（东延段）成交结果公告\n招标人：青禾产业园管理委员会\n成交供应商：星澜建工集团有限公司",
     {("墨川路改造工程", "青禾产业园管理委员会", "owner-tender"),
      ("墨川路改造工程", "星澜建工集团有限公司", "owner-tender-winner")}),
    # the goods a notice buys for a platform: the buyer owns the platform, the supplier nothing
    ("三、云溪检测平台分析仪器购置项目中标结果公告\n（二）采购人：青禾产业园管理委员会\n（四）中标人：白露医疗器械有限公司",
     set()),
    ("三、云溪检测平台分析仪器购置中标结果公告\n（二）采购人：青禾产业园管理委员会\n（四）中标人：白露医疗器械有限公司",
     {("云溪检测平台", "青禾产业园管理委员会", "owner-tender")}),
    # (near misses: a candidate is not chosen; running text ends the notice's fields; no notice
    # in the heading)
    ("青禾产业园三号研发楼项目中标候选人公示\n招标人：青禾产业园开发建设有限公司\n第一中标候选人：星澜建工集团有限公司",
     {("青禾产业园三号研发楼项目", "青禾产业园开发建设有限公司", "owner-tender")}),
    ("一、青禾产业园三号研发楼项目中标结果公告\n项目已于5月开工，进展顺利。\n中标人：星澜建工集团有限公司", set()),
    ("一、青禾产业园三号研发楼项目\n采购人：青禾产业园开发建设有限公司\n中标人：星澜建工集团有限公司", set()),
])
def test_a_notices_buyer_and_winner_own_its_works(text, want):
    assert owners(text) == want
