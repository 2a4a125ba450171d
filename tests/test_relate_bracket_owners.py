"""kg/relate/bracket_owners.py on given mentions (tests/relate_helpers.py): a name that opens on
a brand and a bracketed place (星澜打印机（云溪）有限公司, 墨川（青禾）压裂装备基地) is the
company or site of the brand's firm the document names. Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

from kg.lexicon import Lexicon

E, P, L = "Enterprise", "Project", "Place"
RULE = "owner-bracket-brand"
# a list that holds one brand (星澜), as the curated lexicon holds nationally known firms
LEX = Lexicon.from_rows([{"name": "星澜", "class": "Enterprise", "source": "test"}])


@pytest.mark.parametrize("things,text,want", [
    # a site named by the brand of a firm named by its stem (墨川 of 墨川股份)
    ({"墨川股份": E, "墨川（青禾）钻具修复基地": P},
     "墨川股份在高新区布局，墨川（青禾）钻具修复基地今年秋天投产。",
     {("墨川（青禾）钻具修复基地", "墨川股份")}),
    # a company in a city named by a group and what it makes there
    ({"云岫电气集团": E, "云岫电气集团（青禾）重型装备有限公司": E},
     "云岫电气集团在青禾布局，云岫电气集团（青禾）重型装备有限公司订单饱满。",
     {("云岫电气集团（青禾）重型装备有限公司", "云岫电气集团")}),
    # a registered company, a legal form alone after the bracket, of a brand a list holds
    ({"星澜": E, "星澜打印机（云溪）有限公司": E},
     "以星澜打印机（云溪）有限公司为龙头，星澜在园区布局多年。",
     {("星澜打印机（云溪）有限公司", "星澜")}),
    # ... but beside a firm no list holds, the short form names the company itself
    ({"墨川半导体": E, "墨川半导体（云溪）有限公司": E},
     "墨川半导体（云溪）有限公司投产，墨川半导体产能翻番。", set()),
    # a bracket that holds no place: the firm's group, its short form
    ({"墨川电气": E, "墨川电气（集团）股份有限公司": E},
     "墨川电气（集团）股份有限公司与墨川电气签约。", set()),
    ({"青禾重工": E, "青禾重工（简称青重）装备基地": P},
     "青禾重工（简称青重）装备基地投产，青禾重工产能翻番。", set()),
    # no firm of the brand named: no owner
    ({"白沙集团": E, "墨川（青禾）钻具修复基地": P},
     "白沙集团在高新区布局，墨川（青禾）钻具修复基地今年秋天投产。", set()),
])
def test_a_brands_company_or_site_in_a_city_is_the_brands(things, text, want):
    r = relate_on(things, text, lexicon=LEX)
    got = {(s, o) for s, p, o, rule in r.facts("ownedBy") if rule == RULE}
    assert got == want
