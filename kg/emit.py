"""Emit an Extraction as RDF, following ontology/README.md.

    >>> from kg.emit import entity_iri
    >>> entity_iri("Enterprise", "腾讯")
    'https://w3id.org/gongshu-kg/resource/Enterprise/腾讯'

Every IRI is a function of names only (class + canonical name, document
file name + sentence index, or a hash of those), so two builds of the same
corpus give the same IRIs whatever order the documents are read in.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .model import Document, Extraction, Fact

KGO = Namespace("https://w3id.org/gongshu-kg/ontology#")
KGR = Namespace("https://w3id.org/gongshu-kg/resource/")

# Output format by file extension (what `kg build --out FILE` writes).
FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt",
           ".jsonld": "json-ld"}

# Characters an IRI may not hold (RFC 3987) plus '%' itself and '/', which
# would make a name look like a path.
_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`%/#?]')


def _safe(name: str) -> str:
    return _UNSAFE.sub(lambda m: "%{:02X}".format(ord(m.group())), name)


def entity_iri(cls: str, name: str) -> str:
    """The stable IRI of an entity of class ``cls`` named ``name``."""
    return f"{KGR}{cls}/{_safe(name)}"


def document_iri(doc_id: str) -> str:
    """``000_x.txt`` -> ``kgr:doc/000_x`` (the extension is dropped)."""
    return f"{KGR}doc/{_safe(Path(doc_id).stem)}"


def sentence_iri(doc_id: str, index: int) -> str:
    return f"{document_iri(doc_id)}/s/{index}"


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _date_literal(date: str) -> Literal:
    """ISO dates of any precision, typed as precisely as they are written."""
    if re.fullmatch(r"\d{4}", date):
        return Literal(date, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return Literal(date, datatype=XSD.gYearMonth)
    return Literal(date, datatype=XSD.date)


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in (("kgo", KGO), ("kgr", KGR), ("skos", SKOS), ("prov", PROV),
                       ("dcterms", DCTERMS), ("xsd", XSD)):
        g.bind(prefix, ns)
    return g


def _add_document(g: Graph, doc: Document) -> None:
    d = URIRef(document_iri(doc.doc_id))
    g.add((d, RDF.type, KGO.Document))
    g.add((d, DCTERMS.identifier, Literal(doc.doc_id)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title, lang="zh")))
    if doc.date:
        g.add((d, DCTERMS.date, _date_literal(doc.date)))
    if doc.kind:
        g.add((d, KGO.documentKind, Literal(doc.kind, lang="zh")))
    for s in doc.sentences:
        si = URIRef(sentence_iri(doc.doc_id, s.index))
        g.add((si, RDF.type, KGO.Sentence))
        g.add((si, DCTERMS.isPartOf, d))
        g.add((si, KGO.text, Literal(s.text, lang="zh")))
        g.add((si, KGO["index"], Literal(s.index)))
        g.add((si, KGO.paragraph, Literal(s.paragraph)))
        g.add((si, KGO.startOffset, Literal(s.start)))
        g.add((si, KGO.endOffset, Literal(s.end)))


def _add_fact(g: Graph, subject: URIRef, fact: Fact) -> None:
    node = URIRef(f"{KGR}fact/{_hash(subject, fact.attribute, fact.value, fact.year, fact.doc_id, fact.sentence)}")
    g.add((subject, KGO.hasFact, node))
    g.add((node, RDF.type, KGO.ProjectFact))
    g.add((node, KGO.attribute, Literal(fact.attribute)))
    g.add((node, KGO.value, Literal(fact.value, datatype=XSD[fact.datatype])))
    if fact.unit:
        g.add((node, KGO.unit, Literal(fact.unit)))
    if fact.year:
        g.add((node, KGO.year, Literal(fact.year, datatype=XSD.gYear)))
    g.add((node, KGO.sentence, URIRef(sentence_iri(fact.doc_id, fact.sentence))))
    g.add((node, PROV.wasDerivedFrom, URIRef(document_iri(fact.doc_id))))
    g.add((node, KGO.rule, Literal(fact.rule)))


def to_graph(extraction: Extraction, ontology: Graph | None = None) -> Graph:
    """Build the RDF graph of an extraction (plus the ontology axioms, if given).

    >>> from kg.model import Extraction
    >>> len(to_graph(Extraction(documents=[], entities={}, relations=[])))
    0
    """
    g = bind_prefixes(Graph())
    if ontology is not None:
        g += ontology
    for doc in extraction.documents:
        _add_document(g, doc)
    iri = {}
    for key, ent in extraction.entities.items():
        e = iri[key] = URIRef(entity_iri(ent.cls, ent.name))
        for cls in (ent.cls, *sorted(ent.extra_classes)):
            g.add((e, RDF.type, KGO[cls]))
        g.add((e, RDFS.label, Literal(ent.name, lang="zh")))
        if ent.en:
            g.add((e, RDFS.label, Literal(ent.en, lang="en")))
        for alias in sorted(ent.aliases - {ent.name}):
            g.add((e, SKOS.altLabel, Literal(alias, lang="zh")))
        for m in ent.mentions:
            g.add((e, KGO.mentionedIn, URIRef(sentence_iri(m.doc_id, m.sentence))))
            g.add((e, KGO.recognisedBy, Literal(m.rule)))
    for rel in extraction.relations:
        s, o = iri[rel.subject], iri[rel.object]
        p = KGO[rel.predicate]
        g.add((s, p, o))
        ev = URIRef(f"{KGR}evidence/{_hash(s, p, o, rel.doc_id, rel.sentence)}")
        g.add((ev, RDF.type, KGO.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, p))
        g.add((ev, RDF.object, o))
        g.add((ev, KGO.sentence, URIRef(sentence_iri(rel.doc_id, rel.sentence))))
        g.add((ev, PROV.wasDerivedFrom, URIRef(document_iri(rel.doc_id))))
        g.add((ev, KGO.rule, Literal(rel.rule)))
        g.add((ev, KGO.confidence, Literal(Decimal(f"{rel.confidence:.2f}"), datatype=XSD.decimal)))
    for fact in extraction.facts:
        _add_fact(g, iri[fact.subject], fact)
    return g


def write(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` to ``path`` in the format its extension names.

    The file is written beside its target and renamed into place, so an
    interrupted write never leaves a half file where a good one was.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown extension; use one of {', '.join(FORMATS)}")
    tmp = path.with_name(path.name + ".tmp")
    if fmt in ("trig", "nquads"):
        # rdflib would write a plain Graph as a blank-node named graph; the
        # data belongs in the default graph, where every reader looks first.
        ds = Dataset()
        for prefix, ns in graph.namespaces():
            ds.bind(prefix, ns)
        ds.default_graph.__iadd__(graph)
        graph = ds
    graph.serialize(destination=tmp, format=fmt, encoding="utf-8")
    tmp.replace(path)
    return path
