"""kg/recognise/glossed_cells.py: a cell closing on its firm's parent in brackets under a label glossed
by a parent's, and a project-site cell of a country and a city; on INVENTED names."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document

E, P = "Enterprise", "Place"


def _cells(rec, text, last=True):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {(m.name, m.cls) for m in rec.document_mentions(doc)
            if (m.sentence == doc.sentences[-1].index or not last) and m.role != "owner"}


@pytest.mark.parametrize("head, row, want, gone", [
    # the taker's firm whole and its parent, a firm, not the firm's short form
    ("序号｜闲置厂区｜原产权企业｜受让企业（母公司）｜拟建项目\n",
     "1｜墨岭闲置厂房｜墨岭纺织有限公司｜星澜精密科技有限公司（禾岚股份）｜星澜连接器项目",
     {("星澜精密科技有限公司", E), ("禾岚股份", E)}, {("星澜精密科技有限公司（禾岚股份）", E)}),
    # a country and a city of it, each a place, though no head says so
    ("序号｜出资主体｜境外项目｜合作国家及城市｜所属行业\n", "1｜星澜电子有限公司｜星澜模组工厂｜禾兰 墨瓦｜新型显示",
     {("禾兰", P), ("墨瓦", P)}, set()),
    # (near misses: a cell of one word is no country and city; a label glossed by no parent's keeps
    # its bracket with the firm)
    ("序号｜出资主体｜境外项目｜合作国家及城市｜所属行业\n", "1｜星澜电子有限公司｜星澜模组工厂｜待定｜新型显示",
     set(), {("待定", P)}),
    ("序号｜受让企业（所在地）｜拟建项目｜所属行业\n", "1｜星澜精密科技有限公司（禾岚股份）｜星澜连接器项目｜电子信息",
     set(), {("禾岚股份", E)}),
])
def test_glossed_cells(recogniser, head, row, want, gone):
    found = _cells(recogniser, head + row + "\n")
    assert want <= found and not gone & found, found


def test_a_bracketed_parent_is_no_short_form_of_the_firm(recogniser):
    # (a later sentence naming the parent names it, not the cell's firm)
    text = ("序号｜闲置厂区｜原产权企业｜受让企业（母公司）｜拟建项目\n"
            "1｜墨岭闲置厂房｜墨岭纺织有限公司｜星澜精密科技有限公司（禾岚股份）｜星澜连接器项目\n\n"
            "禾岚股份另在青禾设立研发中心。\n")
    assert ("禾岚股份", E) in _cells(recogniser, text)
