"""N-Triples lines of documents, entities, relations and facts
(ontology/README.md). Plain strings: cheap to build and to deduplicate.

    >>> from kg.model import Document
    >>> len(document_lines(Document("a.txt", "", [])))
    3
"""
from __future__ import annotations

from .. import wikidata
from ..model import Document, Entity, Extraction, Fact, Relation
from .terms import (DCTERMS, KGR, PROV, RDF, RDF_TYPE, RDFS, SKOS, XSD, date_lit, digest, document_iri,
                    entity_iri, integer, kgo, lit, ref, sentence_iri, zh)

# Terms of the lines made for every sentence, relation and fact, made once.
_SENTENCE_TERMS = (kgo("Sentence"), f"<{DCTERMS.isPartOf}>", kgo("text"), kgo("index"), kgo("paragraph"),
                   kgo("startOffset"), kgo("endOffset"))
_EVIDENCE, _SUBJECT, _PREDICATE, _OBJECT = kgo("Evidence"), f"<{RDF.subject}>", f"<{RDF.predicate}>", f"<{RDF.object}>"
_SENTENCE, _DERIVED_FROM, _RULE, _CONFIDENCE = (kgo("sentence"), f"<{PROV.wasDerivedFrom}>", kgo("rule"),
                                                kgo("confidence"))
_DECIMAL = str(XSD.decimal)


def document_lines(doc: Document) -> list[str]:
    """N-Triples lines of a document and its sentences.

    >>> document_lines(Document("a.txt", "", []))[0]
    '<https://w3id.org/gongshu-kg/resource/doc/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/gongshu-kg/ontology#Document> .'
    """
    d = ref(document_iri(doc.doc_id))
    lines = [f"{d} {RDF_TYPE} {kgo('Document')} .",
             f"{d} <{DCTERMS.identifier}> {lit(doc.doc_id)} ."]
    if doc.title:
        lines.append(f"{d} <{DCTERMS.title}> {zh(doc.title)} .")
    if doc.date:
        lines.append(f"{d} <{DCTERMS.date}> {date_lit(doc.date)} .")
    if doc.kind:
        lines.append(f"{d} {kgo('documentKind')} {zh(doc.kind)} .")
    lines.append(f"{d} <{DCTERMS.format}> {lit(doc.format)} .")     # text/html, application/pdf …
    sentence, part_of, text, index, para, start, end = _SENTENCE_TERMS
    for s in doc.sentences:
        si = ref(sentence_iri(doc.doc_id, s.index))
        lines += (f"{si} {RDF_TYPE} {sentence} .",
                  f"{si} {part_of} {d} .",
                  f"{si} {text} {zh(s.text)} .",
                  f"{si} {index} {integer(s.index)} .",
                  f"{si} {para} {integer(s.paragraph)} .",
                  f"{si} {start} {integer(s.start)} .",
                  f"{si} {end} {integer(s.end)} .")
    return lines


def fact_lines(subject: str, fact: Fact) -> list[str]:
    """A fact about an entity (ontology/README.md, "Project facts"): a status
    milestone is a kgo:StatusEvent node, planned or done, carrying its own provenance; a
    quantity is a decimal on the entity, backed by a kgo:Evidence node."""
    source = _source(fact.doc_id, fact.sentence, fact.rule, fact.confidence)
    if fact.attribute == "status":
        node = ref(f"{KGR}status/{digest(subject[1:-1], fact.value, fact.doc_id, fact.sentence)}")
        lines = [f"{subject} {kgo('status')} {node} .",
                 f"{node} {RDF_TYPE} {kgo('StatusEvent')} .",
                 f"{node} {kgo('eventType')} {lit(fact.value)} ."]
        if fact.year:
            lines.append(f"{node} {kgo('year')} {lit(fact.year, datatype=str(XSD.gYear))} .")
        if fact.date:
            lines.append(f"{node} {kgo('eventDate')} {date_lit(fact.date)} .")
        # always stated, so that deeds are asked for as plainly as plans
        planned = "true" if fact.planned else "false"
        lines.append(f"{node} {kgo('planned')} {lit(planned, datatype=str(XSD.boolean))} .")
        return lines + [f"{node} {po} ." for po in source]
    p, o = kgo(fact.attribute), lit(fact.value, datatype=_DECIMAL)
    ev = ref(f"{KGR}evidence/{digest(subject[1:-1], p[1:-1], o, fact.doc_id, fact.sentence)}")
    return [f"{subject} {p} {o} .",
            f"{ev} {RDF_TYPE} {_EVIDENCE} .",
            f"{ev} {_SUBJECT} {subject} .",
            f"{ev} {_PREDICATE} {p} .",
            f"{ev} {_OBJECT} {o} ."] + [f"{ev} {po} ." for po in source]


def _source(doc_id: str, sentence: int, rule: str, confidence: float) -> tuple[str, ...]:
    """The predicates and objects that say where a statement comes from: its
    sentence, its document, the rule and the confidence."""
    return (f"{_SENTENCE} {ref(sentence_iri(doc_id, sentence))}", f"{_DERIVED_FROM} {ref(document_iri(doc_id))}",
            f"{_RULE} {lit(rule)}", f"{_CONFIDENCE} {lit(f'{confidence:.2f}', datatype=_DECIMAL)}")


def entity_description(ent: Entity, e: str) -> list[str]:
    """The lines that describe entity ``ent`` (its IRI ``e``): its Wikidata
    identifier, classes, labels and aliases."""
    lines = []
    qid = wikidata.identifiers().get((ent.cls, ent.name))
    if qid:                   # curated, never fetched (kg/wikidata.py)
        lines.append(f"{e} <{wikidata.SAME_AS}> {ref(wikidata.entity_iri(qid))} .")
    for cls in (ent.cls, *sorted(ent.extra_classes)):
        lines.append(f"{e} {RDF_TYPE} {kgo(cls)} .")
    lines.append(f"{e} <{RDFS.label}> {zh(ent.name)} .")
    if ent.en:
        lines.append(f"{e} <{RDFS.label}> {lit(ent.en, 'en')} .")
    for alias in sorted(ent.aliases - {ent.name}):
        lines.append(f"{e} <{SKOS.altLabel}> {zh(alias)} .")
    return lines


def relation_lines(rel: Relation, s: str, o: str) -> list[str]:
    """The statement of ``rel`` (its ends' IRIs ``s`` and ``o``), first, then
    its evidence node: the sentence, the document, the rule and the confidence."""
    p = kgo(rel.predicate)
    ev = ref(f"{KGR}evidence/{digest(s[1:-1], p[1:-1], o[1:-1], rel.doc_id, rel.sentence)}")
    return [f"{s} {p} {o} .",
            f"{ev} {RDF_TYPE} {_EVIDENCE} .",
            f"{ev} {_SUBJECT} {s} .",
            f"{ev} {_PREDICATE} {p} .",
            f"{ev} {_OBJECT} {o} ."] + [f"{ev} {po} ." for po in _source(rel.doc_id, rel.sentence, rel.rule,
                                                                           rel.confidence)]


def extraction_lines(extraction: Extraction, documents: bool = True) -> list[str]:
    """N-Triples lines of an extraction: its documents (unless ``documents``
    is false, when they were emitted elsewhere), entities, relations and facts.
    The same triple may occur more than once."""
    lines: list[str] = []
    if documents:
        for doc in extraction.documents:
            lines += document_lines(doc)
    mentioned, recognised = kgo("mentionedIn"), kgo("recognisedBy")
    iri = {}
    for key, ent in extraction.entities.items():
        e = iri[key] = ref(entity_iri(ent.cls, ent.name))
        lines += entity_description(ent, e)
        for m in ent.mentions:
            lines.append(f"{e} {mentioned} {ref(sentence_iri(m.doc_id, m.sentence))} .")
            lines.append(f"{e} {recognised} {lit(m.rule)} .")
    for rel in extraction.relations:
        lines += relation_lines(rel, iri[rel.subject], iri[rel.object])
    for fact in extraction.facts:
        lines += fact_lines(iri[fact.subject], fact)
    if extraction.observations:
        from ..indicators.rdf import observation_lines
        lines += observation_lines(extraction.observations, iri)
    return lines


