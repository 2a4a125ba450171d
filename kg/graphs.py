"""The graph as named graphs: each document's own statements, and the corpus's.

A build's graph is a dataset.  Each document has a named graph, named by the
document's IRI (``kgr:doc/000_x``), holding what no other document can
state: the document and its sentences, which entity each sentence mentions,
the evidence of every relation and quantity the document states (a
``kgo:Evidence`` node per statement and sentence) and its status events.
The default graph holds what documents share: the ontology, the entities
(classes, labels, aliases, the rules that recognised them) and the bare
relation and quantity triples, which are asserted once whichever documents
state them.  So no triple is in two graphs, the union of the graphs is the
graph ``kg.emit.to_ntriples`` makes of the same extraction, and a query over
the union (``use_default_graph_as_union``) answers as over one graph; and a
document's graph can be replaced alone when the document changes.

    >>> from kg.model import Document, Sentence
    >>> own, shared = document_lines(Document("a.txt", "X。", [Sentence("a.txt", 0, 0, 2, "X。", 0)]), [], [], [], {})
    >>> len(own), shared
    (10, [])
"""
from __future__ import annotations

import pyoxigraph as ox

from . import emit
from .emit import (KGO, PREFIXES, document_iri, entity_description, entity_iri, fact_lines, kgo, lit, ref,
                   relation_lines, sentence_iri, text_of)
from .model import Document, Entity, Fact, Mention, Relation

_HEADER = b"".join(f"@prefix {p}: <{ns}> .\n".encode() for p, ns in PREFIXES.items())


def document_lines(doc: Document, mentions: list[Mention], relations: list[Relation], facts: list[Fact],
                   entities: dict[str, Entity], observations: list = ()) -> tuple[list[str], list[str]]:
    """(the N-Triples lines of ``doc``'s own graph, the lines it adds to the
    default graph), each list sorted and without repeats.  ``entities`` holds
    the entities the mentions, relations, facts and observations
    (kg.indicators.Observation) name."""
    iri = {}

    def of(key: str) -> str:
        e = iri.get(key)
        if e is None:
            ent = entities[key]
            e = iri[key] = ref(entity_iri(ent.cls, ent.name))
        return e
    own = emit.document_lines(doc)
    shared = []
    mentioned, recognised = kgo("mentionedIn"), kgo("recognisedBy")
    for m in mentions:
        e = of(m.key)
        own.append(f"{e} {mentioned} {ref(sentence_iri(m.doc_id, m.sentence))} .")
        shared.append(f"{e} {recognised} {lit(m.rule)} .")
    for rel in relations:
        statement, *evidence = relation_lines(rel, of(rel.subject), of(rel.object))
        shared.append(statement)        # the bare statement is everyone's; its evidence the document's
        own += evidence
    for fact in facts:
        lines = fact_lines(of(fact.subject), fact)
        if fact.attribute == "status":
            own += lines            # the event node is the document's (its IRI hashes the document)
        else:
            shared.append(lines[0])     # the quantity on the entity; the rest is its evidence
            own += lines[1:]
    if observations:
        from .indicators.rdf import OBSERVATION, observation_lines
        # an observation is the document's (its IRI hashes the sentence); the
        # vocabulary and the periods are everyone's
        for line in observation_lines(list(observations), {k: of(k) for k in {ob.area for ob in observations}}):
            (own if line.startswith(OBSERVATION) else shared).append(line)
    return sorted(set(own)), sorted(set(shared))


def entity_lines(entities: dict[str, Entity]) -> list[str]:
    """The default graph's lines about ``entities``: classes, labels and aliases."""
    lines = []
    for ent in entities.values():
        lines += entity_description(ent, ref(entity_iri(ent.cls, ent.name)))
    return lines


def graph_iri(doc_id: str) -> str:
    """The name of a document's graph: the document's IRI."""
    return document_iri(doc_id)


def header() -> bytes:
    """The prefixes every TriG block of a build is written with, as the file's first lines."""
    return _HEADER


def trig_block(lines: list[str], graph: str | None) -> bytes:
    """N-Triples ``lines`` as a TriG block: ``<graph> { … }``, or bare triples of
    the default graph when ``graph`` is None; without the prefixes (`header`)."""
    if not lines:
        return b""
    # Parsed leniently (IRIs not checked: half the parser's time on full IRIs):
    # every quad is checked where the block is loaded into the store, whose
    # parser reads the TriG's prefixed names at little cost.
    triples = ox.parse(text_of(lines), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    body = _without_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    if not graph:
        return body
    # Oxigraph writes a named graph as it writes the Turtle of its triples, each
    # line one tab further in, between "<graph> {" and "}"; so the triples are
    # written as Turtle and indented, not made quads of the graph first (a text
    # half as long again to parse, and the graph's name read on every line)
    return _graph_name(graph) + b" {\n\t" + body[:-1].replace(b"\n", b"\n\t") + b"\n}\n"


def _graph_name(graph: str) -> bytes:
    """The name of ``graph`` as Oxigraph's TriG writer writes it (a prefixed name,
    escaped as it escapes them): the head of a block of one quad."""
    g = ox.NamedNode(graph)     # checks the name
    block = _without_prefixes(ox.serialize([ox.Quad(g, g, g, g)], format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    return block[:block.index(b" {\n")]


def _without_prefixes(out: bytes) -> bytes:
    return out[out.index(b"\n", out.rindex(b"@prefix ")) + 1:]


__all__ = ["document_lines", "entity_lines", "graph_iri", "header", "trig_block", "KGO"]
