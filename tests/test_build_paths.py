"""The streaming build (kg/builder: per document in worker processes, named
graphs, the cache) makes the same graph as the whole extraction held in
memory and emitted at once (kg.pipeline.extract + kg.emit.to_ntriples, the
build of before), on both development sets."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

import kg.pipeline
from kg import emit
from kg.pipeline import build, extract
from kg.resources import ontology_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = {"seeds": SHARED / "corpus", "cities": SHARED / "eval" / "cities" / "corpus"}


def _triples(data: bytes | None = None, path: Path | None = None, fmt=pyoxigraph.RdfFormat.N_TRIPLES):
    """The triples, blank nodes aside (a parser names them at random), and their number."""
    quads = list(pyoxigraph.parse(data, format=fmt) if data is not None else pyoxigraph.parse(path=str(path), format=fmt))
    named = {(q.subject, q.predicate, q.object) for q in quads
             if not isinstance(q.subject, pyoxigraph.BlankNode) and not isinstance(q.object, pyoxigraph.BlankNode)}
    return named, len(quads)


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_streaming_build_makes_the_graph_of_the_whole_extraction(name, tmp_path, monkeypatch):
    corpus = SETS[name]
    if not corpus.is_dir():
        pytest.skip("../shared is not beside the repository")
    monkeypatch.setattr(kg.pipeline, "PARALLEL_MIN_CHARS", 0)     # worker processes, however small
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s", workers=2)
    ex, _, _ = extract(corpus, workers=1)
    before = _triples(emit.to_ntriples(ex, ontology_path()))
    assert _triples(path=tmp_path / "g.trig", fmt=pyoxigraph.RdfFormat.TRIG) == before
    distinct = {(x.subject, x.predicate, x.object) for x in ex.relations}
    assert (r.documents, r.entities, r.relations) == (len(ex.documents), len(ex.entities), len(distinct))
    assert r.store.triples == before[1]
    # and again from the cache, in one process: the same bytes
    first = (tmp_path / "g.trig").read_bytes()
    again = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s", workers=1)
    assert again.analysed == 0 and (tmp_path / "g.trig").read_bytes() == first


def test_the_store_holds_the_graph_file_whatever_the_pieces_it_was_loaded_in(tmp_path, monkeypatch):
    corpus = SETS["seeds"]
    if not corpus.is_dir():
        pytest.skip("../shared is not beside the repository")
    from kg.builder import output
    # many pieces of both sizes (the seeds' graph is about 0.7 MB)
    monkeypatch.setattr(output, "LOAD_CHUNK", 150_000)
    monkeypatch.setattr(output, "LOAD_CHUNK_LATE", 40_000)
    monkeypatch.setattr(output, "LOAD_LATE_AFTER", 300_000)
    r = build(corpus, out=tmp_path / "g.trig", store_dir=tmp_path / "s", workers=1, cache=False)
    whole = pyoxigraph.Store()      # a store keeps literals in canonical form ("0.90" as 0.9): compare stores
    whole.load(path=str(tmp_path / "g.trig"), format=pyoxigraph.RdfFormat.TRIG)
    quads = list(whole)
    held = list(pyoxigraph.Store.read_only(str(tmp_path / "s")))

    def named(qs):
        return {q for q in qs if not isinstance(q.subject, pyoxigraph.BlankNode)
                and not isinstance(q.object, pyoxigraph.BlankNode)}
    assert named(held) == named(quads) and len(held) == len(quads) == r.store.triples
