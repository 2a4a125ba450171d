"""kg/recognise/committees.py (rules.toml [bureau] committee_heads, committee_cut_tags): a zone's
committee is named by the zone's whole name as the document writes it elsewhere. INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, document


def bodies(rec, text):
    return {m.name for m in rec.document_mentions(document(text))
            if m.cls == "Institution" and m.role != "owner"}


@pytest.mark.parametrize("text, name", [
    # the walk from 管委会 stopped inside the zone's declared short form (未来: a time word to jieba)
    case("星澜未来产业园（以下简称“未来产业园”）位于云溪。未来产业园管委会牵头协调。", "未来产业园管委会",
         id="grown-to-the-declared-zone"),
    # the walk ran past the zone's start over a verb: cut to the zone the document names
    case("白露综合保税区集聚企业30家。冷库扩容问题转白露综合保税区管委会协调。", "白露综合保税区管委会",
         id="cut-to-the-named-zone"),
])
def test_a_committee_named_by_its_zone(recogniser, text, name):
    assert name in bodies(recogniser, text)


@pytest.mark.parametrize("text, name", [
    # near misses: a longer name before the known zone is that zone's committee, no cut
    case("云溪新区集聚企业30家。墨川云溪新区管委会牵头协调。", "墨川云溪新区管委会", id="a-longer-zone"),
    # ... and a committee of a zone the document names nowhere else keeps its walk
    case("青禾高新区管委会牵头协调。", "青禾高新区管委会", id="no-zone-named-elsewhere"),
])
def test_a_committee_kept(recogniser, text, name):
    assert name in bodies(recogniser, text)


def test_the_words_cut_off_own_nothing(recogniser):
    text = "星澜综合保税区集聚企业30家。叉车插电位问题转星澜综合保税区管委会协调。"
    names = {m.name for m in recogniser.document_mentions(document(text))}
    assert "星澜综合保税区管委会" in names and not any(n.startswith(("插电", "问题")) for n in names), names
