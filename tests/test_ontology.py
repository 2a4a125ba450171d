"""The ontology (ontology/gongshu-kg.ttl) and the SHACL shapes (ontology/shapes.ttl).

* The ontology parses, declares every kgo: term it or the shapes or
  ontology/README.md use, and labels and comments each in zh and en.
* The five relations have the domains and ranges of the guidelines table.
* The shapes accept a small graph written the way ontology/README.md says
  (with the ontology's triples in the same graph, as `kg build` writes it)
  and reject graphs broken in one way each, with the shape's own message.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import resources  # noqa: E402
from kg.model import CLASSES, PREDICATES  # noqa: E402
from kg.validate import ontology_graph, shapes_graph, validate  # noqa: E402

KGO = rdflib.Namespace("https://w3id.org/gongshu-kg/ontology#")
KGR = rdflib.Namespace("https://w3id.org/gongshu-kg/resource/")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")

README = resources.ontology_dir() / "README.md"

# Prefixes the README's Turtle snippets use without declaring them.
PREFIXES = """\
@prefix kgo: <https://w3id.org/gongshu-kg/ontology#> .
@prefix kgr: <https://w3id.org/gongshu-kg/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

# The guidelines table (shared/eval/GUIDELINES.md): relation -> (from, to).
RELATIONS = {
    "inTrack": ({"Enterprise", "Project", "Platform", "Institution"}, {"IndustryTrack"}),
    "subTrackOf": ({"IndustryTrack"}, {"IndustryTrack"}),
    "locatedIn": ({"Enterprise", "Project", "Platform", "Institution",
                   "CommercialDistrict", "Place"},
                  {"Place", "CommercialDistrict", "Platform"}),
    "ownedBy": ({"Project", "Platform", "Enterprise"}, {"Enterprise", "Institution"}),
    "partOf": ({"Place", "Platform", "CommercialDistrict"}, {"Place", "Platform"}),
}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return ontology_graph()


def kgo_terms(g: rdflib.Graph) -> set[URIRef]:
    """Every kgo: IRI declared as a class or property in the ontology."""
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for k in kinds for s in g.subjects(RDF.type, k)
            if isinstance(s, URIRef) and s.startswith(str(KGO))}


def local_names(g: rdflib.Graph, node) -> set[str]:
    """The kgo: local names of a class or of an owl:unionOf class list."""
    if isinstance(node, URIRef):
        return {node[len(KGO):]}
    members = g.value(node, OWL.unionOf)
    return {m[len(KGO):] for m in Collection(g, members)}


# --------------------------------------------------------------------------
# The ontology
# --------------------------------------------------------------------------

def test_ontology_parses_with_header(onto):
    (o,) = list(onto.subjects(RDF.type, OWL.Ontology))
    assert o == URIRef("https://w3id.org/gongshu-kg/ontology")
    for p in (DCTERMS.title, DCTERMS.description):
        assert {lit.language for lit in onto.objects(o, p)} >= {"zh", "en"}, p
    assert onto.value(o, OWL.versionInfo) is not None


def test_resources_find_the_ontology():
    assert resources.ontology_path().is_file()
    assert resources.shapes_path().is_file()
    assert resources.corpus_dir().is_dir()
    assert resources.data_path("x.tsv").parent.name == "data"
    assert resources.queries_dir().name == "queries"


def test_seven_classes_and_provenance_classes(onto):
    for name in CLASSES:
        assert (KGO[name], RDF.type, OWL.Class) in onto, name
        assert (KGO[name], RDFS.subClassOf, KGO.Entity) in onto, name
    assert (KGO.Document, RDFS.subClassOf, PROV.Entity) in onto
    assert (KGO.Sentence, RDFS.subClassOf, PROV.Entity) in onto
    assert (KGO.Evidence, RDFS.subClassOf, RDF.Statement) in onto
    assert (KGO.Evidence, RDFS.subClassOf, PROV.Entity) in onto


def test_every_kgo_term_has_labels_and_comments_in_zh_and_en(onto):
    terms = kgo_terms(onto)
    assert len(terms) > 20
    for t in sorted(terms):
        for p in (RDFS.label, RDFS.comment):
            langs = [lit.language for lit in onto.objects(t, p)]
            assert sorted(langs) == ["en", "zh"], f"{t} {p}: {langs}"


def test_no_undeclared_kgo_term_in_ontology_or_shapes(onto):
    declared = kgo_terms(onto)
    for name, g in (("ontology", onto), ("shapes", shapes_graph())):
        used = {t for triple in g for t in triple
                if isinstance(t, URIRef) and t.startswith(str(KGO))}
        assert used <= declared, f"{name} uses undeclared {sorted(used - declared)}"


def test_ontology_has_no_instances_of_entity_classes(onto):
    # The built file carries these axioms; anything typed with one of the
    # seven classes here would be scored as an extracted entity.
    for name in (*CLASSES, "Entity"):
        assert not list(onto.subjects(RDF.type, KGO[name])), name


@pytest.mark.parametrize("name", PREDICATES)
def test_relations_have_the_guidelines_domain_and_range(onto, name):
    prop = KGO[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    domain, range_ = onto.value(prop, RDFS.domain), onto.value(prop, RDFS.range)
    assert domain is not None and range_ is not None
    assert (local_names(onto, domain), local_names(onto, range_)) == RELATIONS[name]


def test_transitivity_is_declared_only_where_it_holds(onto):
    transitive = set(onto.subjects(RDF.type, OWL.TransitiveProperty))
    assert transitive == {KGO.subTrackOf, KGO.partOf}


def test_project_fact_properties(onto):
    assert onto.value(KGO.status, RDFS.range) == KGO.StatusEvent
    assert onto.value(KGO.eventType, RDFS.domain) == KGO.StatusEvent
    assert onto.value(KGO.year, RDFS.range) == XSD.gYear
    for p, unit in ((KGO.totalInvestment, "CNY (yuan)"), (KGO.landArea, "亩"),
                    (KGO.floorArea, "平方米"), (KGO.minTotalInvestment, "CNY (yuan)"),
                    (KGO.minLandArea, "亩"), (KGO.minFloorArea, "平方米")):
        assert onto.value(p, RDFS.range) == XSD.decimal
        assert onto.value(p, RDFS.domain) == KGO.Entity
        assert unit in {str(u) for u in onto.objects(p, KGO.unit)}
    assert onto.value(KGO.confidence, RDFS.range) == XSD.decimal


def readme_turtle() -> rdflib.Graph:
    """The Turtle snippets of ontology/README.md, parsed as one graph, as they
    are written (a reader can paste them into any Turtle parser: the '/' in
    ``kgr:Enterprise\\/腾讯`` is escaped, as Turtle requires)."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```turtle\n(.*?)```", text, flags=re.S)
    assert blocks, "no ```turtle blocks in ontology/README.md"
    return rdflib.Graph().parse(data=PREFIXES + "\n".join(blocks), format="turtle")


def test_readme_examples_use_only_declared_terms(onto):
    g = readme_turtle()
    declared = kgo_terms(onto)
    # External terms must carry a usage note in the ontology; RDF and RDFS
    # built-ins need none.
    noted = set(onto.subjects(SKOS.scopeNote, None))
    builtins = {RDF.type, RDFS.label, RDFS.comment}
    used_props = set(g.predicates()) - builtins
    used_classes = set(g.objects(None, RDF.type))
    for t in used_props | used_classes:
        if t.startswith(str(KGO)):
            assert t in declared, f"README uses undeclared {t}"
        else:
            assert t in noted, f"README uses {t} without a usage note in the ontology"
    # Terms named in the README's SPARQL must exist too.
    text = README.read_text(encoding="utf-8")
    for name in re.findall(r"\bkgo:(\w+)", text):
        assert KGO[name] in declared, f"README mentions undeclared kgo:{name}"


# --------------------------------------------------------------------------
# The shapes
# --------------------------------------------------------------------------

# A small graph as `kg build` writes it (ontology/README.md): one document,
# two sentences, four entities, a relation of each kind the test needs, one
# quantity and one status milestone, each with its evidence.
VALID = PREFIXES + r"""
kgr:doc\/000 a kgo:Document ;
    dcterms:identifier "000_96deaf8c4352779a.txt" ;
    dcterms:title "全面学习贯彻党的二十大精神"@zh ;
    dcterms:date "2023-01"^^xsd:gYearMonth ;
    kgo:documentKind "报纸"@zh .

kgr:doc\/000\/s\/41 a kgo:Sentence ;
    dcterms:isPartOf kgr:doc\/000 ;
    kgo:index 41 ; kgo:paragraph 12 ;
    kgo:startOffset 1880 ; kgo:endOffset 1950 ;
    kgo:text "持续放大腾讯、网易、完美世界等龙头企业产业链带动效应"@zh .

kgr:doc\/000\/s\/42 a kgo:Sentence ;
    dcterms:isPartOf kgr:doc\/000 ;
    kgo:index 42 ; kgo:paragraph 12 ;
    kgo:startOffset 1950 ; kgo:endOffset 1990 ;
    kgo:text "总投资50亿元的杭州中心于2023年在拱墅区开工"@zh .

kgr:Enterprise\/腾讯 a kgo:Enterprise ;
    rdfs:label "腾讯"@zh , "Tencent"@en ;
    skos:altLabel "腾讯公司"@zh ;
    kgo:mentionedIn kgr:doc\/000\/s\/41 ;
    kgo:recognisedBy "lexicon" ;
    kgo:inTrack kgr:IndustryTrack\/电竞文娱 .

kgr:IndustryTrack\/电竞文娱 a kgo:IndustryTrack ;
    rdfs:label "电竞文娱"@zh ;
    kgo:mentionedIn kgr:doc\/000\/s\/41 .

kgr:Place\/拱墅区 a kgo:Place ;
    rdfs:label "拱墅区"@zh , "Gongshu District"@en ;
    kgo:mentionedIn kgr:doc\/000\/s\/42 .

kgr:Project\/杭州中心 a kgo:Project , kgo:Platform ;
    rdfs:label "杭州中心"@zh ;
    kgo:mentionedIn kgr:doc\/000\/s\/42 ;
    kgo:locatedIn kgr:Place\/拱墅区 ;
    kgo:totalInvestment 5000000000.0 ;
    kgo:status kgr:status\/a1 .

kgr:status\/a1 a kgo:StatusEvent ;
    kgo:eventType "开工" ;
    kgo:year "2023"^^xsd:gYear ;
    kgo:planned false ;
    kgo:sentence kgr:doc\/000\/s\/42 ;
    prov:wasDerivedFrom kgr:doc\/000 ;
    kgo:rule "status-verb" .

kgr:evidence\/e1 a kgo:Evidence ;
    rdf:subject kgr:Enterprise\/腾讯 ;
    rdf:predicate kgo:inTrack ;
    rdf:object kgr:IndustryTrack\/电竞文娱 ;
    kgo:sentence kgr:doc\/000\/s\/41 ;
    prov:wasDerivedFrom kgr:doc\/000 ;
    kgo:rule "enumeration-head" ;
    kgo:confidence 0.9 .

kgr:evidence\/e2 a kgo:Evidence ;
    rdf:subject kgr:Project\/杭州中心 ;
    rdf:predicate kgo:locatedIn ;
    rdf:object kgr:Place\/拱墅区 ;
    kgo:sentence kgr:doc\/000\/s\/42 ;
    prov:wasDerivedFrom kgr:doc\/000 ;
    kgo:rule "district-builds" ;
    kgo:confidence 0.8 .

kgr:evidence\/e3 a kgo:Evidence ;
    rdf:subject kgr:Project\/杭州中心 ;
    rdf:predicate kgo:totalInvestment ;
    rdf:object 5000000000.0 ;
    kgo:sentence kgr:doc\/000\/s\/42 ;
    prov:wasDerivedFrom kgr:doc\/000 ;
    kgo:rule "investment-amount" ;
    kgo:confidence 1.0 .
"""


def valid_graph() -> rdflib.Graph:
    """The valid instance graph plus the ontology, as one built file."""
    g = rdflib.Graph().parse(data=VALID, format="turtle")
    g += ontology_graph()
    return g


def e(path: str) -> URIRef:
    return KGR[path]


def test_ontology_alone_conforms():
    # The built file holds the ontology's own triples: no shape may fire on them.
    conforms, report = validate(ontology_graph())
    assert conforms, report


def test_valid_graph_conforms():
    conforms, report = validate(valid_graph())
    assert conforms, report


def test_lower_bounds_floor_area_and_status_confidence_conform():
    g = valid_graph()
    value = Literal("10000000000", datatype=XSD.decimal)
    g.remove((CENTER, KGO.totalInvestment, None))
    g.add((CENTER, KGO.minTotalInvestment, value))
    g.set((E3, RDF.predicate, KGO.minTotalInvestment))
    g.set((E3, RDF.object, value))
    g.set((e("status/a1"), KGO.confidence, Literal("0.85", datatype=XSD.decimal)))
    conforms, report = validate(g)
    assert conforms, report


def test_valid_graph_without_ontology_can_mix_it_in():
    g = rdflib.Graph().parse(data=VALID, format="turtle")
    n = len(g)
    conforms, report = validate(g, with_ontology=True)
    assert conforms, report
    assert len(g) == n  # the caller's graph is not modified


def test_validate_reads_a_trig_file(tmp_path):
    ds = rdflib.Dataset()
    ds.default_graph += valid_graph()
    path = tmp_path / "built.trig"
    ds.serialize(path, format="trig")
    conforms, report = validate(path)
    assert conforms, report


TENCENT, TRACK, GONGSHU, CENTER = (e("Enterprise/腾讯"), e("IndustryTrack/电竞文娱"),
                                   e("Place/拱墅区"), e("Project/杭州中心"))
E1, E2, E3, S41 = e("evidence/e1"), e("evidence/e2"), e("evidence/e3"), e("doc/000/s/41")


def _reassert_relation(g, old, new):
    """Replace a relation triple and the object of its evidence."""
    s, p, o = old
    g.remove(old)
    g.add(new)
    for ev in g.subjects(RDF.subject, s):
        if g.value(ev, RDF.predicate) == p and g.value(ev, RDF.object) == o:
            g.set((ev, RDF.subject, new[0]))
            g.set((ev, RDF.predicate, new[1]))
            g.set((ev, RDF.object, new[2]))


def _relate(g, triple):
    """Assert a relation with a complete evidence node for it."""
    s, p, o = triple
    ev = e("evidence/" + str(abs(hash(triple))))
    g.add(triple)
    for q, v in ((RDF.type, KGO.Evidence), (RDF.subject, s), (RDF.predicate, p),
                 (RDF.object, o), (KGO.sentence, S41), (PROV.wasDerivedFrom, e("doc/000")),
                 (KGO.rule, Literal("test")),
                 (KGO.confidence, Literal("0.5", datatype=XSD.decimal))):
        g.add((ev, q, v))


def break_no_zh_label(g):
    g.remove((TENCENT, RDFS.label, Literal("腾讯", lang="zh")))


def break_two_zh_labels(g):
    g.add((TENCENT, RDFS.label, Literal("腾讯控股", lang="zh-CN")))


def break_plain_label(g):
    g.add((TENCENT, RDFS.label, Literal("腾讯控股")))


def break_alias_without_language(g):
    g.add((TENCENT, SKOS.altLabel, Literal("腾讯控股")))


def break_alias_equal_to_label(g):
    g.add((TENCENT, SKOS.altLabel, Literal("腾讯", lang="zh")))


def break_no_mention(g):
    g.remove((TRACK, KGO.mentionedIn, None))


def break_entity_blank_node(g):
    b = rdflib.BNode()
    for p, o in list(g.predicate_objects(GONGSHU)):
        g.add((b, p, o))
    g.add((b, RDFS.label, Literal("祥符街道", lang="zh")))
    g.remove((b, RDFS.label, Literal("拱墅区", lang="zh")))
    g.remove((b, RDFS.label, Literal("Gongshu District", lang="en")))


def break_in_track_to_non_track(g):
    _reassert_relation(g, (TENCENT, KGO.inTrack, TRACK), (TENCENT, KGO.inTrack, GONGSHU))


def break_in_track_from_place(g):
    _reassert_relation(g, (TENCENT, KGO.inTrack, TRACK), (GONGSHU, KGO.inTrack, TRACK))


def break_located_in_a_track(g):
    _reassert_relation(g, (CENTER, KGO.locatedIn, GONGSHU), (CENTER, KGO.locatedIn, TRACK))


def break_owned_by_a_place(g):
    _relate(g, (CENTER, KGO.ownedBy, GONGSHU))


def break_relation_without_evidence(g):
    g.remove((E1, None, None))


def break_evidence_for_unasserted_triple(g):
    g.remove((TENCENT, KGO.inTrack, TRACK))


def break_self_loop(g):
    _reassert_relation(g, (CENTER, KGO.locatedIn, GONGSHU), (GONGSHU, KGO.locatedIn, GONGSHU))


def break_evidence_without_sentence(g):
    g.remove((E1, KGO.sentence, None))


def break_evidence_sentence_of_other_document(g):
    other = e("doc/001")
    g.add((other, RDF.type, KGO.Document))
    g.add((other, DCTERMS.identifier, Literal("001.txt")))
    g.set((E1, PROV.wasDerivedFrom, other))


def break_evidence_without_rule(g):
    g.remove((E1, KGO.rule, None))


def break_evidence_predicate_not_a_relation(g):
    g.set((E1, RDF.predicate, RDFS.seeAlso))
    g.add((TENCENT, RDFS.seeAlso, TRACK))


def break_confidence_above_one(g):
    g.set((E1, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))


def break_confidence_double(g):
    g.set((E1, KGO.confidence, Literal(0.9)))  # a Python float is xsd:double


def break_investment_not_decimal(g):
    value = Literal("50亿元")
    g.set((CENTER, KGO.totalInvestment, value))
    g.set((E3, RDF.object, value))


def break_floor_area_without_evidence(g):
    g.add((CENTER, KGO.floorArea, Literal("120000", datatype=XSD.decimal)))


def break_lower_bound_not_positive(g):
    value = Literal("0", datatype=XSD.decimal)
    g.remove((CENTER, KGO.totalInvestment, None))
    g.add((CENTER, KGO.minTotalInvestment, value))
    g.set((E3, RDF.predicate, KGO.minTotalInvestment))
    g.set((E3, RDF.object, value))


def break_status_confidence_double(g):
    g.set((e("status/a1"), KGO.confidence, Literal(0.9)))


def break_planned_not_boolean(g):
    g.set((e("status/a1"), KGO.planned, Literal("否")))


def break_status_without_planned(g):
    g.remove((e("status/a1"), KGO.planned, None))


def break_unknown_status(g):
    g.set((e("status/a1"), KGO.eventType, Literal("剪彩")))


def break_sentence_offsets_reversed(g):
    g.set((S41, KGO.endOffset, Literal(1800)))


def break_sentence_without_document(g):
    g.remove((S41, DCTERMS.isPartOf, None))


def break_sentence_text_untagged(g):
    g.set((S41, KGO.text, Literal("持续放大腾讯")))


def break_document_without_identifier(g):
    g.remove((e("doc/000"), DCTERMS.identifier, None))


BROKEN = {
    # breaker: a piece of the sh:message that must be reported
    break_no_zh_label: "exactly one rdfs:label tagged @zh",
    break_two_zh_labels: "exactly one rdfs:label tagged @zh",
    break_plain_label: "Entity labels are language-tagged",
    break_alias_without_language: "skos:altLabel values are Chinese surface forms",
    break_alias_equal_to_label: "different from the rdfs:label",
    break_no_mention: "kgo:mentionedIn at least one kgo:Sentence",
    break_entity_blank_node: "must be IRIs in the kgr: namespace",
    break_in_track_to_non_track: "object of kgo:inTrack must be an IndustryTrack",
    break_in_track_from_place: "subject of kgo:inTrack must be",
    break_located_in_a_track: "object of kgo:locatedIn must be",
    break_owned_by_a_place: "object of kgo:ownedBy must be",
    break_relation_without_evidence: "has no kgo:Evidence",
    break_evidence_for_unasserted_triple: "the graph does not assert that triple",
    break_self_loop: "is https://w3id.org/gongshu-kg/ontology#locatedIn itself",
    break_evidence_without_sentence: "exactly one kgo:sentence",
    break_evidence_sentence_of_other_document: "which is not dcterms:isPartOf its prov:wasDerivedFrom",
    break_evidence_without_rule: "exactly one kgo:rule",
    break_evidence_predicate_not_a_relation: "exactly one rdf:predicate",
    break_confidence_above_one: "between 0 and 1",
    break_confidence_double: "between 0 and 1",
    break_investment_not_decimal: "kgo:totalInvestment is a positive xsd:decimal",
    break_unknown_status: "kgo:eventType is exactly one of",
    break_floor_area_without_evidence: "has no kgo:Evidence",
    break_lower_bound_not_positive: "kgo:minTotalInvestment is a positive xsd:decimal",
    break_status_confidence_double: "kgo:StatusEvent has at most one kgo:confidence",
    break_planned_not_boolean: "exactly one kgo:planned, an xsd:boolean",
    break_status_without_planned: "exactly one kgo:planned, an xsd:boolean",
    break_sentence_offsets_reversed: "< its kgo:endOffset",
    break_sentence_without_document: "dcterms:isPartOf exactly one kgo:Document",
    break_sentence_text_untagged: "exactly one kgo:text, tagged @zh",
    break_document_without_identifier: "exactly one dcterms:identifier",
}


@pytest.mark.parametrize("breaker", list(BROKEN), ids=lambda f: f.__name__[6:])
def test_broken_graph_is_rejected(breaker):
    g = valid_graph()
    breaker(g)
    conforms, report = validate(g)
    assert not conforms, f"{breaker.__name__} was accepted"
    assert BROKEN[breaker] in report, report

