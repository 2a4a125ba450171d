"""The whole pipeline.

On the bundled corpus, built once per session by ``kg build`` (the
``cli_build`` fixture of conftest.py): what the graph file says. On small
copies of corpus documents (in-process ``extract``): encodings, unreadable
files, and independence from the order documents are read in.
"""
from __future__ import annotations

import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg import emit
from kg.emit import KGO, KGR, entity_iri
from kg.relate.patterns import default_matcher
from kg.model import CLASSES, PREDICATES
from kg.pipeline import build, extract
from kg.resources import ontology_path

# rules whose evidence sentence names both ends of the relation (kg/relate.py);
# the others name the subject only
SENTENCE_RULES = {"owner-prefix", "owner-frame", "enumeration-track", "sentence-track",
                  "track-list-sub", "located-after",
                  "located-adjacent", "located-of", "part-adjacent", "part-platform"} | {
    p.name for p in default_matcher().patterns
    if not any(e.startswith("@") for e in (*p.ends(p.subject), *p.ends(p.object)))}


def E(cls, name):
    return URIRef(entity_iri(cls, name))


def names_of(g, node):
    return {str(l) for l in g.objects(node, RDFS.label)} | {str(l) for l in g.objects(node, SKOS.altLabel)}


# -- the session build of the bundled corpus ----------------------------------------------

def test_five_documents(built_graph, corpus_dir):
    docs = set(built_graph.subjects(RDF.type, KGO.Document))
    assert len(docs) == 5
    ids = {str(built_graph.value(d, DCTERMS.identifier)) for d in docs}
    assert ids == {p.name for p in corpus_dir.glob("*.txt")}
    # the manifest's titles and dates reach the graph
    for d in docs:
        assert built_graph.value(d, DCTERMS.title) is not None
        assert built_graph.value(d, DCTERMS.date) is not None


def test_every_class_is_populated(built_graph):
    for cls in CLASSES:
        assert len(set(built_graph.subjects(RDF.type, KGO[cls]))) >= 3, cls


def test_esports_firms(built_graph):
    track = E("IndustryTrack", "电竞文娱")
    assert (track, RDF.type, KGO.IndustryTrack) in built_graph
    for firm in ("腾讯", "网易", "完美世界"):
        node = E("Enterprise", firm)
        assert (node, RDF.type, KGO.Enterprise) in built_graph, firm
        assert (node, RDFS.label, Literal(firm, lang="zh")) in built_graph
        assert (node, KGO.inTrack, track) in built_graph, firm


def test_park_owned_by_its_firm(built_graph):
    parks = [s for s in built_graph.subjects(RDFS.label, Literal("华东医药生命科学产业园", lang="zh"))]
    assert len(parks) == 1
    owner = E("Enterprise", "华东医药")
    assert (parks[0], KGO.ownedBy, owner) in built_graph
    assert (owner, RDFS.label, Literal("Huadong Medicine", lang="en")) in built_graph


def test_tencent_is_one_node_with_its_aliases(built_graph):
    tencent = E("Enterprise", "腾讯")
    assert not list(built_graph.subjects(RDFS.label, Literal("腾讯公司", lang="zh")))
    assert Literal("腾讯公司", lang="zh") in set(built_graph.objects(tencent, SKOS.altLabel))


def test_every_relation_has_evidence_in_its_document(built_graph):
    g = built_graph
    relations = [(s, p, o) for p in (KGO[x] for x in PREDICATES) for s, o in g.subject_objects(p)]
    assert len(relations) > 100
    evidence = {}
    for ev in g.subjects(RDF.type, KGO.Evidence):
        if g.value(ev, RDF.predicate) not in {KGO[x] for x in PREDICATES}:
            continue      # evidence of quantities (kgo:totalInvestment …): tests/test_facts.py
        evidence.setdefault((g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)),
                            []).append(ev)
    assert set(evidence) == set(relations)
    for (s, p, o), evs in evidence.items():
        for ev in evs:
            sent, doc = g.value(ev, KGO.sentence), g.value(ev, PROV.wasDerivedFrom)
            assert (sent, RDF.type, KGO.Sentence) in g
            assert (doc, RDF.type, KGO.Document) in g
            assert (sent, DCTERMS.isPartOf, doc) in g, ev
            text = str(g.value(sent, KGO.text))
            assert text, ev
            # the subject is named in the sentence whatever the rule; both ends for
            # the rules that read one sentence (head-sub, paragraph-track, district-act,
            # owner-name, part-segment take the object from the paragraph, the
            # document or another document)
            ends = (s, o) if str(g.value(ev, KGO.rule)) in SENTENCE_RULES else (s,)
            for end in ends:
                assert any(n in text for n in names_of(g, end)), (s, p, o, str(g.value(ev, KGO.rule)), text)


def test_every_entity_is_mentioned_in_a_sentence(built_graph):
    g = built_graph
    entities = {s for cls in CLASSES for s in g.subjects(RDF.type, KGO[cls])} - set(
        g.subjects(RDF.type, KGO.Evidence))
    entities = {e for e in entities if str(e).startswith(str(KGR))}
    assert len(entities) > 200
    for e in entities:
        sentences = list(g.objects(e, KGO.mentionedIn))
        assert sentences, e
        text = " ".join(str(g.value(s, KGO.text)) for s in sentences)
        assert any(n in text for n in names_of(g, e)), e


def test_graph_conforms_to_the_shapes(cli_build):
    from kg.validate import validate
    conforms, report = validate(cli_build.graph)
    assert conforms, report[:3000]


# -- small builds ----------------------------------------------------------------------------

DOC_A = "000_96deaf8c4352779a.txt"
DOC_B = "001_e02ff1c06b4ac93a.txt"


def entity_facts(ex):
    """What a build says about entities, without document names."""
    return ({k: (e.cls, e.name, frozenset(e.aliases), frozenset(e.extra_classes)) for k, e in ex.entities.items()},
            {(r.subject, r.predicate, r.object) for r in ex.relations})


def test_gb18030_copy_and_unreadable_files(tmp_path, corpus_dir):
    text = (corpus_dir / DOC_A).read_text(encoding="utf-8")
    utf8 = tmp_path / "utf8"
    utf8.mkdir()
    (utf8 / "report.txt").write_bytes(text.encode("utf-8"))
    gb = tmp_path / "gb"
    gb.mkdir()
    (gb / "report.txt").write_bytes(text.encode("gb18030"))
    (gb / "empty.txt").write_bytes(b"")
    (gb / "scan.txt").write_bytes(bytes(range(256)) * 8)

    ex_utf8, problems_utf8, _ = extract(utf8)
    assert problems_utf8 == []
    r = build(gb, out=tmp_path / "gb.ttl")
    ex_gb, problems, _ = extract(gb)
    assert problems == r.problems and r.documents == 1

    assert [d.doc_id for d in ex_gb.documents] == ["report.txt"]
    assert ex_gb.documents[0].encoding == "gb18030"
    assert ex_gb.documents[0].text == ex_utf8.documents[0].text
    assert len(ex_utf8.entities) > 30
    assert entity_facts(ex_gb) == entity_facts(ex_utf8)

    by_file = {p.path: p.message for p in problems}
    assert set(by_file) == {str(gb / "empty.txt"), str(gb / "scan.txt")}
    assert "empty" in by_file[str(gb / "empty.txt")]
    assert "binary" in by_file[str(gb / "scan.txt")]
    for p in problems:
        assert "\n" not in str(p) and str(p).startswith(p.path)
    # the rest still builds
    assert (tmp_path / "gb.ttl").stat().st_size > 1000


def test_iris_do_not_depend_on_document_order(tmp_path, corpus_dir):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    # read order: A then B in the first folder, B then A in the second
    shutil.copy(corpus_dir / DOC_A, first / "a.txt")
    shutil.copy(corpus_dir / DOC_B, first / "b.txt")
    shutil.copy(corpus_dir / DOC_B, second / "a.txt")
    shutil.copy(corpus_dir / DOC_A, second / "b.txt")
    ex1, _, _ = extract(first)
    ex2, _, _ = extract(second)
    assert [len(d.text) for d in ex1.documents] == [len(d.text) for d in ex2.documents][::-1]
    # both documents name some entities: the linking across them is exercised
    docs_of = {k: {m.doc_id for m in e.mentions} for k, e in ex1.entities.items()}
    assert sum(1 for v in docs_of.values() if len(v) == 2) >= 5

    assert entity_facts(ex1) == entity_facts(ex2)

    def entity_iris(ex):
        g = emit.to_graph(ex)
        return {s for s in g.subjects(KGO.recognisedBy, None)}, {
            (s, p, o) for s, p, o in g if p in {KGO[x] for x in PREDICATES}}
    assert entity_iris(ex1) == entity_iris(ex2)


def test_unknown_output_extension_fails_before_extracting(tmp_path, corpus_dir, monkeypatch):
    import kg.pipeline

    def never(*args, **kwargs):
        raise AssertionError("extract ran although --out could never be written")

    monkeypatch.setattr(kg.pipeline, "extract", never)
    with pytest.raises(ValueError, match="unknown extension"):
        build(corpus_dir, out=tmp_path / "graph.xml", store_dir=tmp_path / "s")
    assert list(tmp_path.iterdir()) == []


def test_build_result_triples_match_the_file_and_the_store(tmp_path):
    """The written TriG, the loaded store and the extraction's triples agree."""
    import pyoxigraph
    from kg.store import open_store
    src = tmp_path / "c"
    src.mkdir()
    (src / "a.txt").write_text("腾讯、网易、完美世界等电竞文娱龙头企业落户拱墅。", encoding="utf-8")
    r = build(src, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    parsed = set(pyoxigraph.parse(path=str(r.out), format=pyoxigraph.RdfFormat.TRIG))

    def named(quads):   # a parser names blank nodes at random
        return {q for q in quads if not isinstance(q.subject, pyoxigraph.BlankNode)
                and not isinstance(q.object, pyoxigraph.BlankNode)}
    stored = list(open_store(tmp_path / "s"))
    # (the store keeps a decimal's value: "0.80" comes back as "0.8")
    assert {(q.subject, q.predicate, q.graph_name) for q in named(stored)} == \
        {(q.subject, q.predicate, q.graph_name) for q in named(parsed)} and len(stored) == len(parsed)
    ex, _, _ = extract(src)
    emitted = set(pyoxigraph.parse(emit.to_ntriples(ex, ontology_path()), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert {(q.subject, q.predicate, q.object) for q in named(parsed)} == \
        {(t.subject, t.predicate, t.object) for t in emitted if not isinstance(t.subject, pyoxigraph.BlankNode)
         and not isinstance(t.object, pyoxigraph.BlankNode)}
    # no triple is in two graphs: the store's count is the graph's
    assert r.store.triples == len(parsed) == len(emitted) > 100


def test_a_failed_graph_write_leaves_the_previous_store(tmp_path, monkeypatch):
    import kg.pipeline
    from kg.store import open_store, read_info
    src = tmp_path / "c"
    src.mkdir()
    (src / "a.txt").write_text("腾讯、网易等电竞文娱龙头企业落户拱墅。", encoding="utf-8")
    first = build(src, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    (src / "b.txt").write_text("华东医药生命科学产业园位于拱墅区。", encoding="utf-8")

    def full_disk(writer):
        raise OSError(28, "No space left on device")

    import kg.builder.output
    monkeypatch.setattr(kg.builder.output.Writer, "finish", full_disk)
    with pytest.raises(OSError, match="No space left"):
        build(src, out=tmp_path / "g.trig", store_dir=tmp_path / "s")
    assert read_info(tmp_path / "s").triples == first.store.triples == len(open_store(tmp_path / "s"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "g.trig", "s", "s.cache"]
