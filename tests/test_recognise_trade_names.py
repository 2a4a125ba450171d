"""kg/recognise/trade_names.py: a firm's trade name said alone, in a document that gives its registered
name and declares no short form, is the firm (rules.toml [document_names] trade_*), in invented
documents (岚澈, 墨川) around places the lexicon knows.

Each row: the document, the (sentence, name) the trade name's mention must have, and whether it has it.
"""
from __future__ import annotations

import pytest

from recognition import case, document_names

E = "Enterprise"


@pytest.mark.parametrize("text, where, found", [
    # the words between the places and the legal form
    case("浙江岚澈乳业有限公司主营驼乳奶粉。岚澈乳业投资1.8亿元建设奶粉生产线。", (1, "浙江岚澈乳业有限公司"), True,
         id="between-place-and-form"),
    # ... or fewer of them, the trade words at the end cut one by one (金属材料)
    case("浙江墨川再生金属材料有限公司年回收废钢50万吨。墨川再生投资3亿元扩建分拣中心。", (1, "浙江墨川再生金属材料有限公司"), True,
         id="trade-words-cut"),
    # (near misses: a form opening on a common word may be a phrase of the text)
    case("浙江城市建设发展有限公司负责片区开发。城市建设发展持续加快。", (1, "浙江城市建设发展有限公司"), False,
         id="common-word"),
    # ... a form ending on the head word of a park is the park's name
    case("浙江岚澈国际物流园有限公司负责园区运营。岚澈国际物流园今年投用。", (1, "浙江岚澈国际物流园有限公司"), False,
         id="park-head"),
    # ... a form two registered names of the document share is neither's
    case("浙江岚澈乳业有限公司和江苏岚澈乳业有限公司同时扩产。岚澈乳业投资1.8亿元建设奶粉生产线。",
         (1, "浙江岚澈乳业有限公司"), False, id="shared"),
    # the trade name before a place inside the name (a group's local firm: group word, place, trade)
    case("华禾青河昆明糖业有限公司年产白糖8万吨。华禾青河属食品加工企业。", (1, "华禾青河昆明糖业有限公司"), True,
         id="before-inner-place"),
    # (near miss: a unit's parent before the unit's place, its legal form inside, is another firm's name)
    case("浙江岚澈电力有限公司台州供电公司负责电网建设。浙江岚澈电力有限公司是其上级。",
         (1, "浙江岚澈电力有限公司台州供电公司"), False, id="inner-place-after-legal-form"),
    # ... nor a form two registered names share
    case("华禾青河昆明糖业有限公司和华禾青河大理糖业有限公司同时扩产。华禾青河属食品加工企业。",
         (1, "华禾青河昆明糖业有限公司"), False, id="inner-place-shared"),
    # a branch (parent's name, place, 分公司) in a document naming its parent not: the parent's trade name
    case("青海星澜饲料有限公司昆明分公司建成锅炉回用工程。星澜饲料属饲料加工企业。",
         (1, "青海星澜饲料有限公司昆明分公司"), True, id="branch"),
    # (near miss: the parent named as well, the trade name is the parent's as much)
    case("青海星澜饲料有限公司昆明分公司隶属青海星澜饲料有限公司。星澜饲料属饲料加工企业。",
         (1, "青海星澜饲料有限公司昆明分公司"), False, id="branch-beside-parent"),
])
def test_a_firms_trade_name_alone_is_the_firm(recogniser, text, where, found):
    got = document_names(recogniser, text)
    assert (got.get(where) == E) is found, got
