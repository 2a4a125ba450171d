"""A fund's owners (relations.toml owner-fund-manager, owner-fund-manager-named, owner-funded-by, the
sponsors of owner-built, a fund card's fields owner-entry-parent-field and owner-entry-shares) and the
words standing for the one fund a document names as an owner (kg/relate/fund_words.py), on given
mentions (tests/relate_helpers.py). Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I, P, PL, L = "Enterprise", "Institution", "Project", "Platform", "Place"
FUND = "星澜市产业发展投资基金"
MANAGER = "青禾股权投资基金管理有限公司"


def owned(things: dict, text) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in relate_on(things, text).pairs("ownedBy")}


@pytest.mark.parametrize("things,text,want", [
    # …设立X基金，由Y担任管理人: the manager runs the fund the clause before ends on
    ({FUND: E, MANAGER: E, "墨川集团有限公司": E},
     f"2024年，墨川集团有限公司发起设立规模10亿元的{FUND}，由{MANAGER}担任管理人。",
     {(FUND, "墨川集团有限公司"), (FUND, MANAGER)}),
    # ... the clause chain opening on the fund, the manager opening a clause of its own
    ({FUND: E, MANAGER: E}, f"{FUND}于2022年设立，总规模30亿元，{MANAGER}担任基金管理人。", {(FUND, MANAGER)}),
    # ... the manager named right after the fund
    ({FUND: E, MANAGER: E}, f"根据有关规定，{FUND}管理人{MANAGER}组织召开投决会。", {(FUND, MANAGER)}),
    # 由Z委托Y出资: the sponsor that puts the money in, not the body that mandates it
    ({FUND: E, "云溪市财政局": I, "云溪市城建投资集团有限公司": E},
     f"{FUND}成立于2021年，由云溪市财政局委托云溪市城建投资集团有限公司出资。",
     {(FUND, "云溪市城建投资集团有限公司")}),
    # A、B共同发起设立规模20亿元的X基金: its sponsors, the fund's size between
    ({FUND: E, "墨川集团有限公司": E, "白露控股集团有限公司": E},
     f"新区联合墨川集团有限公司、白露控股集团有限公司共同发起设立规模20亿元的{FUND}。",
     {(FUND, "墨川集团有限公司"), (FUND, "白露控股集团有限公司")}),
    # (near misses) a manager of a park, named so, is no fund's; a sum a firm pays for a project
    ({"白露产业园": PL, MANAGER: E}, f"白露产业园由{MANAGER}负责招商。", set()),
    ({"墨川集团有限公司": E, "云溪大厦项目": P}, "云溪大厦项目已开工，由墨川集团有限公司出资代建。", set()),
])
def test_a_funds_manager_and_sponsors_own_it(things, text, want):
    assert owned(things, text) == want


CARD = (f"基金名称：{FUND}（以下简称“本基金”）\n"
        "基金类型：市场化运作的产业投资基金\n"
        f"基金管理人：{MANAGER}\n"
        "主要出资人：墨川集团有限公司认缴9亿元，占比30%；白露控股集团有限公司认缴7.5亿元，占比25%；剩余部分向社会资本募集。\n"
        "资金托管人：云溪银行股份有限公司\n")


def test_a_fund_cards_manager_and_sponsors_own_it():
    things = {FUND: E, MANAGER: E, "墨川集团有限公司": E, "白露控股集团有限公司": E, "云溪银行股份有限公司": E}
    assert owned(things, ("星澜市产业发展投资基金2026年度报告摘要", CARD)) == {
        (FUND, MANAGER), (FUND, "墨川集团有限公司"), (FUND, "白露控股集团有限公司")}


@pytest.mark.parametrize("things,text,want", [
    # 基金与Y共建的X: the one fund the document names, and its partner
    ({FUND: E, "白露大学": I, "陶瓷中试基地": PL},
     f"2024年，墨川区设立{FUND}。\n又如，基金与白露大学共建的陶瓷中试基地已建成运行。",
     {("陶瓷中试基地", FUND), ("陶瓷中试基地", "白露大学")}),
    # 该公司由本基金与Y共同出资设立: the firm the paragraph names is the fund's and Y's
    ({FUND: E, "云溪光伏科技有限公司": E, "墨川绿能集团": E},
     f"{FUND}年度报告\n（一）云溪光伏科技有限公司。该公司由本基金与墨川绿能集团共同出资设立。",
     {("云溪光伏科技有限公司", FUND), ("云溪光伏科技有限公司", "墨川绿能集团")}),
    # (near misses) two funds named: 基金 alone stands for neither
    ({FUND: E, "青禾创投基金": E, "白露大学": I, "陶瓷中试基地": PL},
     f"墨川区设立{FUND}和青禾创投基金。\n又如，基金与白露大学共建的陶瓷中试基地已建成运行。",
     {("陶瓷中试基地", "白露大学")}),
    # ... a field of the fund (基金规模), a body named after funds (基金会)
    ({FUND: E, "陶瓷中试基地": PL}, f"墨川区设立{FUND}。\n基金会建设的陶瓷中试基地已建成运行。", set()),
])
def test_the_words_standing_for_the_documents_one_fund(things, text, want):
    assert owned(things, text) == want
