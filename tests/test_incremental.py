"""Incremental builds: only what changed is extracted again, and the result is
the same as a full rebuild's, byte for byte (kg/builder)."""
from __future__ import annotations

import marshal
import shutil

import pyoxigraph
import pytest

from kg.emit import document_iri
from kg.pipeline import build
from kg.store import open_store

DOCS = ["000_96deaf8c4352779a.txt", "001_e02ff1c06b4ac93a.txt", "002_aa8e2dd3bf96fdae.txt"]


@pytest.fixture()
def corpus(tmp_path, corpus_dir):
    src = tmp_path / "corpus"
    src.mkdir()
    for name in DOCS:
        shutil.copy(corpus_dir / name, src / name)
    return src


def _full(src, tmp_path, name: str):
    """A build from nothing: no cache, a new store."""
    r = build(src, out=tmp_path / f"{name}.trig", store_dir=tmp_path / name, cache=False)
    return r, (tmp_path / f"{name}.trig").read_bytes()


def _quads(store_dir):
    # a parser names blank nodes at random: the ontology's are compared by count
    quads = list(open_store(store_dir))
    named = {q for q in quads if not isinstance(q.subject, pyoxigraph.BlankNode)
             and not isinstance(q.object, pyoxigraph.BlankNode)}
    return named, len(quads)


def test_a_changed_added_and_removed_document_rebuild_as_a_full_build(corpus, tmp_path, corpus_dir):
    first = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert (first.analysed, first.rendered, first.incremental) == (3, 3, False)

    again = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert (again.analysed, again.rendered, again.incremental) == (0, 0, True)

    # one document changed, one added, one removed
    text = (corpus / DOCS[1]).read_text(encoding="utf-8")
    (corpus / DOCS[1]).write_text(text.replace("杭州", "杭州市", 1) + "\n星澜智造产业园位于拱墅区。\n", encoding="utf-8")
    shutil.copy(corpus_dir / "003_311f04df4b6279a0.txt", corpus / "003_311f04df4b6279a0.txt")
    (corpus / DOCS[2]).unlink()
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert r.incremental and r.analysed == 2 and r.documents == 3

    full, full_bytes = _full(corpus, tmp_path, "full")
    assert (tmp_path / "g.trig").read_bytes() == full_bytes
    assert _quads(tmp_path / "s") == _quads(tmp_path / "full")
    assert (r.entities, r.relations, r.store.triples) == (full.entities, full.relations, full.store.triples)
    # the removed document's graph is gone, the added one's is there
    graphs = {g.value for g in open_store(tmp_path / "s").named_graphs()}
    assert document_iri(DOCS[2]) not in graphs and document_iri("003_311f04df4b6279a0.txt") in graphs
    assert "星澜智造产业园".encode() in full_bytes


def test_a_document_whose_names_changed_meaning_is_rendered_again(tmp_path):
    """A document unchanged is rendered again when another one changes what its
    names link to (here: an alias declared elsewhere)."""
    src = tmp_path / "c"
    src.mkdir()
    (src / "a.txt").write_text("星澜科技投资建设的星澜智造产业园位于拱墅区。\n", encoding="utf-8")
    (src / "b.txt").write_text("拱墅区推进数字经济发展。\n", encoding="utf-8")
    build(src, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    (src / "b.txt").write_text("星澜智造产业园（以下简称“星智园”）加快建设。星智园已引进企业20家。\n", encoding="utf-8")
    r = build(src, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert r.analysed == 1
    _, full_bytes = _full(src, tmp_path, "full")
    assert (tmp_path / "g.trig").read_bytes() == full_bytes


def test_an_unchanged_corpus_in_another_format_and_without_the_cache(corpus, tmp_path):
    build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    r = build(corpus, out=tmp_path / "g.nq", store_dir=tmp_path / "s")
    assert r.analysed == 0
    nq = set(pyoxigraph.parse(path=str(tmp_path / "g.nq"), format=pyoxigraph.RdfFormat.N_QUADS))
    trig = set(pyoxigraph.parse(path=str(tmp_path / "g.trig"), format=pyoxigraph.RdfFormat.TRIG))
    assert len(nq) == len(trig) == r.store.triples
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s", cache=False)
    assert r.analysed == 3 and not r.incremental


def test_a_store_replaced_by_something_else_is_loaded_anew(corpus, tmp_path):
    from kg.store import replace_store
    build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    replace_store(tmp_path / "s", b"<urn:x:a> <urn:x:p> <urn:x:b> .\n")
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert r.analysed == 0 and not r.incremental
    assert r.store.triples == len(open_store(tmp_path / "s")) > 1000


def test_cache_records_that_cannot_be_read_back_are_made_again(corpus, tmp_path):
    """A record cut short or overwritten (a disk full, a stray write) is not
    trusted: its document is recognised or rendered again, and the graph is
    still a full build's."""
    from kg.pipeline import cache_path
    build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    cache = cache_path(tmp_path / "s")
    # the records name their documents first
    analysed = {marshal.loads(p.read_bytes())[0]: p for p in (cache / "analysed").iterdir()}
    rendered = {marshal.loads(p.read_bytes())[0]: p for p in (cache / "rendered").iterdir()}
    assert set(analysed) == set(rendered) == set(DOCS)
    first, second = sorted(analysed)[:2]
    analysed[first].write_bytes(analysed[first].read_bytes()[:7])      # truncated
    rendered[second].write_bytes(b"\xff" * 40)                         # garbage
    (corpus / DOCS[2]).write_text((corpus / DOCS[2]).read_text(encoding="utf-8") + "\n星澜智造产业园位于拱墅区。\n",
                                  encoding="utf-8")
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert r.analysed == 2 and r.incremental
    full, full_bytes = _full(corpus, tmp_path, "full")
    assert (tmp_path / "g.trig").read_bytes() == full_bytes
    assert r.store.triples == full.store.triples == len(open_store(tmp_path / "s"))


def test_an_update_counts_the_stores_quads_as_the_store_does(corpus, tmp_path):
    import json
    build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    for n, extra in enumerate(["星澜智造产业园位于拱墅区。", "杭州星澜科技有限公司落户拱墅区，总投资5亿元。"]):
        doc = corpus / DOCS[n]
        doc.write_text(doc.read_text(encoding="utf-8") + "\n" + extra + "\n", encoding="utf-8")
        r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
        assert r.incremental and r.store.triples == len(open_store(tmp_path / "s"))
    # a kg-store.json without a count (an older kg): the update counts the store itself
    meta = tmp_path / "s" / "kg-store.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text(encoding="utf-8")), "triples": None}), encoding="utf-8")
    (corpus / DOCS[0]).write_text((corpus / DOCS[0]).read_text(encoding="utf-8") + "\n拱墅区推进数字经济发展。\n",
                                  encoding="utf-8")
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert r.incremental and r.store.triples == len(open_store(tmp_path / "s"))
