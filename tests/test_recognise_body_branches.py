"""A national body's branch in a province or a city (kg/recognise/body_branches.py; rules.toml
[bureau] body_branches): invented places (星澜, 青禾); the bodies are the lexicon's."""
from __future__ import annotations

import pytest

from recognition import case, check

P, I, E = "Place", "Institution", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # the regulator's branch: the body, a place no dictionary knows, the remit, the branch's word
    case("国家金融监督管理总局星澜监管分局联合主办对接会。", {"国家金融监督管理总局星澜监管分局": I},
         id="regulator-branch"),
    # the central bank's branch in a city is a public body, not a bank's (a firm's) branch
    case("中国人民银行青禾市分行联合主办。", {"中国人民银行青禾市分行": I}, id="central-bank-branch"),
    # the branch's word holding its remit (监管局)
    case("中国证券监督管理委员会星澜监管局发布通知。", {"中国证券监督管理委员会星澜监管局": I},
         id="remit-in-branch-word"),
    # in a list, after another body
    case("会同国家金融监督管理总局、中国人民银行星澜分行等单位。",
         {"国家金融监督管理总局": I, "中国人民银行星澜分行": I}, id="listed-branch"),
    # near misses: a commercial bank's branch is a firm's; no place between body and word names none;
    # a verb between ends the walk
    case("中国银行青禾分行发放贷款。", {"中国银行青禾分行": E}, id="bank-branch-is-firm"),
    case("中国人民银行分行。", {"中国人民银行分行": E}, id="no-place-between"),
    case("国家金融监督管理总局批准设立星澜分行。", {"国家金融监督管理总局": I, "星澜分行": E}, id="verb-between"),
    # a national council's chapter in a city (支会), as a body's branch is
    case("中国国际贸易促进委员会青禾市支会：提供原产地证服务。", {"中国国际贸易促进委员会青禾市支会": I},
         id="council-chapter"),
    # near miss: the chapter's word with no place between names none
    case("中国国际贸易促进委员会支会提供服务。", {"中国国际贸易促进委员会": I}, id="chapter-no-place"),
    # the tax administration's bureau of a city's district: one body with the administration
    case("责任单位：国家税务总局青禾市云溪区税务局。", {"国家税务总局青禾市云溪区税务局": I},
         id="tax-bureau-of-a-district"),
    # near misses: a verb between, and the district's bureau named alone
    case("国家税务总局批准云溪区税务局试点。", {"国家税务总局": I, "云溪区税务局": I, "云溪区": P}, id="tax-verb-between"),
    case("云溪区税务局和国家税务总局联合发布。", {"云溪区税务局": I, "云溪区": P, "国家税务总局": I}, id="tax-bureau-alone"),
    # an association found by its head, a chapter's field and the chapter's word: one body
    case("博览会由中国星澜工业协会云溪分会主办。", {"中国星澜工业协会云溪分会": I}, id="association-chapter"),
    case("青禾市墨川联合会白露分会成立。", {"青禾市墨川联合会白露分会": I}, id="federation-chapter"),
    # near misses: no field between the association and the word, or a verb between
    case("中国星澜工业协会分会较多。", {"中国星澜工业协会": I}, id="association-no-field"),
    case("中国星澜工业协会批准设立云溪分会。", {"中国星澜工业协会": I}, id="association-verb-between"),
])
def test_body_branches(recogniser, text, want):
    check(recogniser, text, want)
