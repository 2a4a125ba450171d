"""Curated Wikidata identifiers (kg/data/wikidata.tsv): lexicon entries only, a source on
each row, owl:sameAs in the graph without upsetting the scorer, nothing fetched."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import rdflib

from kg.lexicon import default_lexicon
from kg.wikidata import FILE, SAME_AS, identifiers, read_rows

REPO = Path(__file__).resolve().parent.parent


def test_every_row_names_a_lexicon_entry_and_its_source():
    lex = default_lexicon()
    rows = read_rows()
    assert len(rows) >= 5
    for row in rows:
        entry = lex.lookup(row["name"], row["class"])
        assert entry is not None and entry.name == row["name"], row
        assert row["class"] in ("Enterprise", "Institution") and row["source"]
    assert len({r["wikidata"] for r in rows}) == len(rows)        # one thing, one item


def test_a_malformed_row_is_named(tmp_path):
    bad = tmp_path / "w.tsv"
    bad.write_text("name\tclass\twikidata\tsource\n腾讯\tEnterprise\t860580\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"w\.tsv:2: .*Q-number"):
        read_rows(bad)


def test_the_graph_states_same_as_and_the_scorer_still_reads_it(built_graph):
    tencent = rdflib.URIRef("https://w3id.org/gongshu-kg/resource/Enterprise/腾讯")
    assert (tencent, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q860580")) in built_graph
    stated = {(s, o) for s, o in built_graph.subject_objects(rdflib.URIRef(SAME_AS))}
    assert stated and all(str(o).startswith("http://www.wikidata.org/entity/Q") for _, o in stated)
    # the Wikidata items are no entities to the scorer: untyped, unlabelled
    for _, o in stated:
        assert (o, rdflib.RDF.type, None) not in built_graph and (o, rdflib.RDFS.label, None) not in built_graph


def test_the_scorer_counts_the_same_entities(cli_build):
    score = REPO.parent / "shared" / "eval" / "score.py"
    if not score.exists():
        pytest.skip("../shared/eval is not beside the repository")
    spec = importlib.util.spec_from_file_location("score", score)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    g = mod.load_graph([cli_build.graph])
    ents, labels, rels = mod.predicted(g)
    from kg.stats import stats
    from kg.store import open_store
    assert len(ents) == stats(open_store(cli_build.store))["entities"]


def test_the_checker_compares_labels_without_the_network(monkeypatch):
    sys.path.insert(0, str(REPO / "tools" / "lexicon"))
    import check_wikidata as cw
    row = {"name": "腾讯", "class": "Enterprise", "wikidata": "Q860580", "source": "x"}
    item = {"entities": {"Q860580": {"labels": {"zh": {"value": "腾讯"}}, "aliases": {}}}}
    assert cw.check(row, lambda q: item)[0]
    other = {"entities": {"Q860580": {"labels": {"zh": {"value": "某某公司"}}, "aliases": {}}}}
    ok, line = cw.check(row, lambda q: other)
    assert not ok and line.startswith("MISMATCH Q860580") and "某某公司" in line
    moved = {"entities": {"Q1": {"labels": {}}}}
    assert cw.check(row, lambda q: moved)[1].startswith("MISMATCH Q860580: redirected to Q1")


def test_identifiers_are_keyed_by_class_and_name():
    assert identifiers()[("Institution", "浙江大学")] == "Q197543"
    assert FILE.name == "wikidata.tsv"
