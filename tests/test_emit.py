"""kg.emit: IRIs, the RDF graph of an extraction, and writing it to a file."""
from __future__ import annotations

from decimal import Decimal

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import emit
import kg.emit
from kg.emit import KGO, KGR, document_iri, entity_iri, sentence_iri, to_graph, write
from kg.model import Document, Entity, Extraction, Fact, Mention, Relation, Sentence

# -- IRIs ----------------------------------------------------------------------------


def test_entity_iri_is_class_and_name():
    assert entity_iri("Enterprise", "星澜科技") == "https://w3id.org/gongshu-kg/resource/Enterprise/星澜科技"
    assert entity_iri("Enterprise", "星澜科技") == entity_iri("Enterprise", "星澜科技")
    assert entity_iri("Place", "星河") != entity_iri("CommercialDistrict", "星河")


@pytest.mark.parametrize("name,encoded", [
    ("Star Link", "Star%20Link"),
    ("A/B", "A%2FB"),
    ("100%", "100%25"),
    ('"星澜"', "%22星澜%22"),
    ("<x>", "%3Cx%3E"),
    ("a{b}|c\\d^e`f", "a%7Bb%7D%7Cc%5Cd%5Ee%60f"),
    ("x#y?z", "x%23y%3Fz"),
    ("tab\there\nnl", "tab%09here%0Anl"),
    ("360华东总部", "360华东总部"),                  # digits and CJK stay as they are
    ("LOFT49（一期）", "LOFT49（一期）"),
])
def test_entity_iri_percent_encodes_unsafe_characters(name, encoded):
    iri = entity_iri("Project", name)
    assert iri == f"{KGR}Project/{encoded}"
    # every encoded IRI is one path segment below the class and valid in N-Triples
    assert iri[len(f"{KGR}Project/"):].count("/") == 0
    g = rdflib.Graph()
    g.add((URIRef(iri), RDF.type, KGO.Project))
    parsed = rdflib.Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert set(parsed) == set(g)


def test_distinct_names_give_distinct_iris():
    names = ["A B", "A%20B", "A/B", "A%2FB", "A_B"]
    assert len({entity_iri("Project", n) for n in names}) == len(names)


def test_document_and_sentence_iris():
    assert document_iri("000_96deaf8c4352779a.txt") == f"{KGR}doc/000_96deaf8c4352779a"
    assert document_iri("notes.md") == f"{KGR}doc/notes"
    assert document_iri("my file.txt") == f"{KGR}doc/my%20file"
    assert sentence_iri("000_x.txt", 41) == f"{KGR}doc/000_x/s/41"


def test_a_name_ending_in_a_dot_reads_back_from_trig(tmp_path):
    # Oxigraph writes such a name as a prefixed name ending in '\.', which rdflib cannot read
    assert document_iri("v1..txt").endswith("/doc/v1%2E")
    doc = Document("v1..txt", "星澜。", [Sentence("v1..txt", 0, 0, 3, "星澜。", 0)])
    out = tmp_path / "g.trig"
    write("\n".join(emit.document_lines(doc)).encode("utf-8") + b"\n", out)
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    assert (URIRef(document_iri("v1..txt")), RDF.type, URIRef(KGO + "Document")) in ds


# -- the graph -------------------------------------------------------------------------

D0 = "d0.txt"
S0 = "持续放大星澜科技、墨川网络等电竞文娱龙头企业产业链带动效应。"
S1 = "开工锦程医药华东研发总部。"


def make_extraction(date="2023-02"):
    doc = Document(D0, S0 + S1, [Sentence(D0, 0, 0, len(S0), S0, 0),
                                 Sentence(D0, 1, len(S0), len(S0) + len(S1), S1, 0)],
                   title="西溪区报告", date=date, kind="报纸")

    def m(sent, surface, cls, name, rule="test"):
        text = doc.sentences[sent].text
        start = text.index(surface)
        return Mention(D0, sent, start, start + len(surface), surface, cls, name, rule)

    ents = {
        "Enterprise/星澜科技": Entity("Enterprise/星澜科技", "Enterprise", "星澜科技",
                                      {"星澜", "星澜网络科技有限公司"}, "Xinglan Tech",
                                      [m(0, "星澜科技", "Enterprise", "星澜科技", "enumeration")]),
        "IndustryTrack/电竞文娱": Entity("IndustryTrack/电竞文娱", "IndustryTrack", "电竞文娱", set(), None,
                                         [m(0, "电竞文娱", "IndustryTrack", "电竞文娱", "lexicon")]),
        "Project/锦程医药华东研发总部": Entity("Project/锦程医药华东研发总部", "Project", "锦程医药华东研发总部",
                                                set(), None, [m(1, "锦程医药华东研发总部", "Project",
                                                                "锦程医药华东研发总部", "head:研发总部")],
                                                {"Platform"}),
        "Enterprise/锦程医药": Entity("Enterprise/锦程医药", "Enterprise", "锦程医药", set(), None,
                                      [m(1, "锦程医药", "Enterprise", "锦程医药", "owner-prefix:医药")]),
        "Enterprise/A B/C": Entity("Enterprise/A B/C", "Enterprise", "A B/C", set(), None,
                                   [m(0, "星澜科技", "Enterprise", "A B/C")]),
    }
    rels = [Relation("Enterprise/星澜科技", "inTrack", "IndustryTrack/电竞文娱", D0, 0, "sentence-track", 0.7),
            Relation("Project/锦程医药华东研发总部", "ownedBy", "Enterprise/锦程医药", D0, 1, "owner-prefix", 0.9),
            Relation("Enterprise/A B/C", "inTrack", "IndustryTrack/电竞文娱", D0, 0, "sentence-track", 1 / 3)]
    facts = [Fact("Project/锦程医药华东研发总部", "totalInvestment", "1250000000", "decimal", D0, 1,
                  unit="CNY", rule="quantity-clause", confidence=0.9),
             Fact("Project/锦程医药华东研发总部", "status", "开工", "string", D0, 1, year="2023",
                  rule="status-object", confidence=0.9),
             Fact("Project/锦程医药华东研发总部", "status", "签约", "string", D0, 1,
                  rule="status-object", confidence=0.9, planned=True)]
    return Extraction([doc], ents, rels, facts)


@pytest.fixture(scope="module")
def graph():
    return to_graph(make_extraction())


def E(cls, name):
    return URIRef(entity_iri(cls, name))


def test_entities_are_typed_and_labelled(graph):
    firm = E("Enterprise", "星澜科技")
    assert (firm, RDF.type, KGO.Enterprise) in graph
    labels = set(graph.objects(firm, RDFS.label))
    assert labels == {Literal("星澜科技", lang="zh"), Literal("Xinglan Tech", lang="en")}
    assert set(graph.objects(firm, SKOS.altLabel)) == {Literal("星澜", lang="zh"),
                                                        Literal("星澜网络科技有限公司", lang="zh")}
    # exactly one @zh label on every entity
    for e in graph.subjects(KGO.recognisedBy, None):
        zh = [l for l in graph.objects(e, RDFS.label) if l.language == "zh"]
        assert len(zh) == 1, e


def test_extra_classes_are_typed(graph):
    hq = E("Project", "锦程医药华东研发总部")
    assert set(graph.objects(hq, RDF.type)) == {KGO.Project, KGO.Platform}


def test_mentions_and_rules(graph):
    firm = E("Enterprise", "星澜科技")
    assert set(graph.objects(firm, KGO.mentionedIn)) == {URIRef(sentence_iri(D0, 0))}
    assert set(graph.objects(firm, KGO.recognisedBy)) == {Literal("enumeration")}


def test_unsafe_name_gets_an_encoded_iri_and_its_label(graph):
    odd = URIRef(f"{KGR}Enterprise/A%20B%2FC")
    assert (odd, RDFS.label, Literal("A B/C", lang="zh")) in graph
    assert (odd, KGO.inTrack, E("IndustryTrack", "电竞文娱")) in graph


def test_documents_and_sentences(graph):
    d = URIRef(document_iri(D0))
    assert (d, RDF.type, KGO.Document) in graph
    assert (d, DCTERMS.identifier, Literal(D0)) in graph
    assert (d, DCTERMS.title, Literal("西溪区报告", lang="zh")) in graph
    assert (d, DCTERMS.date, Literal("2023-02", datatype=XSD.gYearMonth)) in graph
    assert (d, KGO.documentKind, Literal("报纸", lang="zh")) in graph
    s1 = URIRef(sentence_iri(D0, 1))
    assert (s1, RDF.type, KGO.Sentence) in graph
    assert (s1, DCTERMS.isPartOf, d) in graph
    assert (s1, KGO.text, Literal(S1, lang="zh")) in graph
    assert graph.value(s1, KGO["index"]).toPython() == 1
    assert graph.value(s1, KGO.paragraph).toPython() == 0
    assert graph.value(s1, KGO.startOffset).toPython() == len(S0)
    assert graph.value(s1, KGO.endOffset).toPython() == len(S0) + len(S1)


@pytest.mark.parametrize("date,dtype", [("2023", XSD.gYear), ("2023-02", XSD.gYearMonth),
                                        ("2023-02-21", XSD.date)])
def test_dates_are_typed_as_precisely_as_written(date, dtype):
    g = to_graph(make_extraction(date))
    assert g.value(URIRef(document_iri(D0)), DCTERMS.date) == Literal(date, datatype=dtype)


def test_relations_are_asserted_with_evidence(graph):
    s, p, o = E("Project", "锦程医药华东研发总部"), KGO.ownedBy, E("Enterprise", "锦程医药")
    assert (s, p, o) in graph
    evs = [ev for ev in graph.subjects(RDF.subject, s) if graph.value(ev, RDF.predicate) == p]
    assert len(evs) == 1
    ev = evs[0]
    assert str(ev).startswith(f"{KGR}evidence/")
    assert (ev, RDF.type, KGO.Evidence) in graph
    assert graph.value(ev, RDF.object) == o
    assert graph.value(ev, KGO.sentence) == URIRef(sentence_iri(D0, 1))
    assert graph.value(ev, PROV.wasDerivedFrom) == URIRef(document_iri(D0))
    assert graph.value(ev, KGO.rule) == Literal("owner-prefix")
    conf = graph.value(ev, KGO.confidence)
    assert conf.datatype == XSD.decimal and conf.toPython() == Decimal("0.90")


def test_every_relation_has_one_evidence_node(graph):
    ex = make_extraction()
    evidence = list(graph.subjects(RDF.type, KGO.Evidence))
    quantities = [f for f in ex.facts if f.attribute != "status"]
    assert len(evidence) == len(ex.relations) + len(quantities)
    for ev in evidence:
        triple = (graph.value(ev, RDF.subject), graph.value(ev, RDF.predicate), graph.value(ev, RDF.object))
        assert triple in graph
        assert graph.value(ev, KGO.confidence).datatype == XSD.decimal


def test_confidence_is_rounded_decimal(graph):
    odd = URIRef(f"{KGR}Enterprise/A%20B%2FC")
    ev = next(graph.subjects(RDF.subject, odd))
    assert graph.value(ev, KGO.confidence).toPython() == Decimal("0.33")


def test_status_facts_are_status_event_nodes(graph):
    hq = E("Project", "锦程医药华东研发总部")
    nodes = list(graph.objects(hq, KGO.status))
    assert len(nodes) == 2
    by_type = {str(graph.value(n, KGO.eventType)): n for n in nodes}
    assert set(by_type) == {"开工", "签约"}
    started = by_type["开工"]
    assert (started, RDF.type, KGO.StatusEvent) in graph
    assert str(started).startswith(f"{KGR}status/")
    assert graph.value(started, KGO.eventType) == Literal("开工")          # a plain string
    assert graph.value(started, KGO.year) == Literal("2023", datatype=XSD.gYear)
    assert graph.value(by_type["签约"], KGO.year) is None                 # no year: no triple
    # plan or deed: a boolean on every event
    assert graph.value(started, KGO.planned) == Literal(False)
    assert graph.value(by_type["签约"], KGO.planned) == Literal(True)
    assert graph.value(started, KGO.planned).datatype == XSD.boolean
    assert graph.value(started, KGO.sentence) == URIRef(sentence_iri(D0, 1))
    assert graph.value(started, PROV.wasDerivedFrom) == URIRef(document_iri(D0))
    assert graph.value(started, KGO.rule) == Literal("status-object")
    assert graph.value(started, KGO.confidence) == Literal("0.90", datatype=XSD.decimal)
    # none of the old, undeclared fact terms
    assert not list(graph.triples((None, KGO.hasFact, None)))


def test_quantity_facts_are_decimals_with_evidence(graph):
    hq = E("Project", "锦程医药华东研发总部")
    value = graph.value(hq, KGO.totalInvestment)
    assert value == Literal("1250000000", datatype=XSD.decimal)
    assert value.toPython() == Decimal(1250000000)
    (ev,) = list(graph.subjects(RDF.predicate, KGO.totalInvestment))
    assert (ev, RDF.type, KGO.Evidence) in graph
    assert graph.value(ev, RDF.subject) == hq and graph.value(ev, RDF.object) == value
    assert graph.value(ev, KGO.sentence) == URIRef(sentence_iri(D0, 1))
    assert graph.value(ev, KGO.rule) == Literal("quantity-clause")


def test_facts_conform_to_the_shapes():
    from kg.resources import ontology_path
    from kg.validate import validate
    onto = rdflib.Graph().parse(ontology_path(), format="turtle")
    conforms, report = validate(to_graph(make_extraction(), onto))
    assert conforms, report


def test_graph_is_a_function_of_the_extraction(graph):
    again = to_graph(make_extraction())
    assert set(again) == set(graph)
    # the order of entities and relations does not matter
    ex = make_extraction()
    ex.entities = dict(reversed(list(ex.entities.items())))
    ex.relations = ex.relations[::-1]
    assert set(to_graph(ex)) == set(graph)


def test_ontology_is_merged_in(graph):
    onto = rdflib.Graph()
    onto.add((KGO.Enterprise, RDFS.subClassOf, KGO.Entity))
    g = to_graph(make_extraction(), onto)
    assert (KGO.Enterprise, RDFS.subClassOf, KGO.Entity) in g
    assert len(g) == len(graph) + 1


# -- the ontology's blank nodes ------------------------------------------------------

TWO_UNIONS = b"""
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:p> rdfs:domain [ a owl:Class ; owl:unionOf ( <urn:A> <urn:B> ) ] .
<urn:q> rdfs:domain [ a owl:Class ; owl:unionOf ( <urn:A> <urn:B> ) ] .
<urn:r> rdfs:comment [ a owl:Thing ], [ a owl:Thing ] .
"""


def _stable(data: bytes) -> list[str]:
    import pyoxigraph as ox
    triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    return [str(t) for t in emit.stable_blank_nodes(triples)]


def test_ontology_blank_nodes_are_named_from_their_content(tmp_path):
    from kg.resources import ontology_path
    lines = emit.ontology_lines(ontology_path())
    assert any(line.startswith("_:") for line in lines)
    assert emit.ontology_lines(ontology_path()) == lines        # the parser names them at random
    # the same graph as the file says, blank nodes aside
    path = tmp_path / "o.nt"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    from rdflib.compare import isomorphic
    assert isomorphic(rdflib.Graph().parse(path, format="nt"),
                      rdflib.Graph().parse(ontology_path(), format="turtle"))


def test_equal_looking_blank_nodes_stay_apart():
    lines = _stable(TWO_UNIONS)
    assert lines == _stable(TWO_UNIONS)
    blanks = {t for line in lines for t in line.split() if t.startswith("_:")}
    assert len(blanks) == 2 * 3 + 2              # two classes with two list cells each, two things
    # the same triples twice over: numbered in the file's order
    assert sum(1 for b in blanks if b.endswith(("n1", "n2"))) == 2
    # a blank node's name comes from what it says: another member, another name
    other = _stable(TWO_UNIONS.replace(b"<urn:B> ) ] .\n<urn:q>", b"<urn:C> ) ] .\n<urn:q>"))
    assert next(l for l in other if l.startswith("<urn:p>")) != next(l for l in lines if l.startswith("<urn:p>"))


def test_empty_extraction_gives_empty_graph():
    assert len(to_graph(Extraction([], {}, []))) == 0


# -- writing -----------------------------------------------------------------------------

def parse_back(path, fmt):
    if fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        quads = list(ds.quads((None, None, None, None)))
        return {(s, p, o) for s, p, o, _ in quads}, {c.identifier if hasattr(c, "identifier") else c
                                                    for _, _, _, c in quads}
    g = rdflib.Graph().parse(path, format=fmt)
    return set(g), None


@pytest.mark.parametrize("ext,fmt", [(".trig", "trig"), (".nq", "nquads"), (".ttl", "turtle"),
                                     (".nt", "nt"), (".jsonld", "json-ld"), (".TTL", "turtle")])
def test_write_chooses_format_by_extension_and_parses_back(graph, tmp_path, ext, fmt):
    path = tmp_path / f"graph{ext}"
    assert write(graph, path) == path
    triples, contexts = parse_back(path, fmt)
    assert len(triples) == len(graph)
    assert triples == set(graph)
    if contexts is not None:
        # the data is in the default graph, where every reader looks first
        assert contexts == {DATASET_DEFAULT_GRAPH_ID}
    assert not list(tmp_path.glob("*.tmp"))


def test_formats_cover_the_contract():
    assert set(emit.FORMATS) == {".trig", ".nq", ".ttl", ".nt", ".jsonld"}


@pytest.mark.parametrize("name", ["graph.xml", "graph", "graph.rdf", "graph.trig.bak"])
def test_unknown_extension_raises(graph, tmp_path, name):
    with pytest.raises(ValueError, match="unknown extension"):
        write(graph, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_write_replaces_an_existing_file(graph, tmp_path):
    path = tmp_path / "graph.nt"
    path.write_text("old\n", encoding="utf-8")
    write(graph, path)
    assert len(rdflib.Graph().parse(path, format="nt")) == len(graph)


def test_interrupted_write_leaves_the_old_file_and_no_tmp(graph, tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    write(graph, path)
    before = path.read_bytes()

    def broken(triples, output, *args, **kwargs):
        with open(output, "wb") as f:     # a half-written file, then the failure
            f.write(b"@prefix kgo: <https://w3id.org/gongshu-kg/ontology#> .\nkgr:Enter")
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.emit.files.ox, "serialize", broken)
    with pytest.raises(KeyboardInterrupt):
        write(to_graph(Extraction([], {}, [])), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


@pytest.mark.parametrize("ext", [".trig", ".nq"])
def test_interrupted_dataset_write_leaves_the_old_file(graph, tmp_path, monkeypatch, ext):
    path = tmp_path / f"graph{ext}"
    path.write_text("previous build\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(kg.emit.files.ox, "serialize", broken)
    with pytest.raises(OSError, match="disk full"):
        write(graph, path)
    assert path.read_text(encoding="utf-8") == "previous build\n"
