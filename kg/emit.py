"""Emit an Extraction as RDF, following ontology/README.md.

    >>> from kg.emit import entity_iri
    >>> entity_iri("Enterprise", "腾讯")
    'https://w3id.org/gongshu-kg/resource/Enterprise/腾讯'

Every IRI is a function of names only (class + canonical name, document
file name + sentence index, or a hash of those), so two builds of the same
corpus give the same IRIs whatever order the documents are read in.

The graph is made as N-Triples lines (plain strings: cheap to build and to
deduplicate), which Oxigraph writes in the requested format and bulk-loads
into the store; on a 1 MB corpus emitting and writing went from 31 s with
an rdflib graph and rdflib's TriG writer to under 1 s.  ``to_graph`` gives
the same triples as an rdflib ``Graph`` for code that wants rdflib's API.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from . import wikidata
from .lifetime import temp_path
from .model import Document, Entity, Extraction, Fact, Relation
from .namespaces import NS


class Namespace(str):
    """rdflib's ``Namespace`` (``KGO.Enterprise``, ``KGO["index"]``: an rdflib
    ``URIRef``) without importing rdflib until a term is asked for: the graph is
    written from strings, and importing rdflib took 0.1 s of every `kg build`."""

    @property
    def title(self):            # a term, as in rdflib, not str.title
        return self.term("title")

    def term(self, name: str):
        from rdflib import URIRef
        return URIRef(str(self) + (name if isinstance(name, str) else ""))

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self.term(name)

    def __getitem__(self, key):
        return self.term(key)

    def __contains__(self, ref) -> bool:
        return ref.startswith(self)

    def __repr__(self) -> str:
        return f"Namespace({super().__repr__()})"


class _Vocabulary:
    """A namespace whose terms are plain strings (only written into lines here;
    not a str, so that DCTERMS.format and DCTERMS.title are terms, not methods)."""

    def __init__(self, base: str):
        self.base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.base + name

    def __str__(self) -> str:
        return self.base


KGO = Namespace(NS["kgo"])
KGR = Namespace(NS["kgr"])
# rdflib.namespace's, as strings
DCTERMS = _Vocabulary(NS["dcterms"])
PROV = _Vocabulary(NS["prov"])
RDF = _Vocabulary(NS["rdf"])
RDFS = _Vocabulary(NS["rdfs"])
SKOS = _Vocabulary(NS["skos"])
XSD = _Vocabulary(NS["xsd"])

PREFIXES = {"kgo": str(KGO), "kgr": str(KGR), "rdf": str(RDF), "rdfs": str(RDFS),
            "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS), "xsd": str(XSD)}

# Output format by file extension (what `kg build --out FILE` writes).
FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}

# Everything a path segment of an IRI may not hold (RFC 3987: ipchar is
# unreserved ASCII, sub-delims, ':' and '@', and the "ucschar" ranges), plus
# '%' itself, so that two names never meet, and '/', which would make a name
# look like a path. Oxigraph rejects the others ('[', DEL, C1 controls,
# private use, non-characters), so a file named report[1].txt stopped the build.
# Unicode spaces (no-break, ideographic …) are allowed by RFC 3987 but not by
# rdflib's N-Triples parser, which the scorer uses: they are encoded too.
_UNSAFE = re.compile(
    "[^A-Za-z0-9\\-._~!$&'()*+,;=:@"
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(p << 16)}-{chr((p << 16) | 0xFFFD)}" for p in range(1, 14))
    + "\U000e1000-\U000efffd]|\\s")


def _safe(name: str) -> str:
    safe = _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), name)
    # a name ending in '.' is written by Oxigraph's TriG as a local name ending in '\.',
    # which rdflib (the scorer's parser) cannot read
    return safe[:-1] + "%2E" if safe.endswith(".") else safe


def entity_iri(cls: str, name: str) -> str:
    """The stable IRI of an entity of class ``cls`` named ``name``."""
    return f"{KGR}{cls}/{_safe(name)}"


@lru_cache(maxsize=4096)        # asked for again for every sentence and mention of the document
def document_iri(doc_id: str) -> str:
    """``000_x.txt`` -> ``kgr:doc/000_x`` (the extension is dropped)."""
    return f"{KGR}doc/{_safe(Path(doc_id).stem)}"


def sentence_iri(doc_id: str, index: int) -> str:
    return f"{document_iri(doc_id)}/s/{index}"


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def check_format(path: str | Path) -> ox.RdfFormat:
    """The RDF format a graph file's extension names; ValueError for others.

    >>> check_format("g.trig").name
    'TriG'
    """
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown extension; use one of {', '.join(FORMATS)}")
    return fmt


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})

RDF_TYPE = f"<{RDF.type}>"
XSD_INTEGER = str(XSD.integer)


def _lit(text: object, lang: str | None = None, datatype: str | None = None) -> str:
    """An N-Triples literal."""
    s = str(text)
    if "\\" in s or '"' in s or "\n" in s or "\r" in s:    # (translate is slow; most texts need none)
        s = s.translate(_ESCAPES)
    body = '"' + s + '"'
    if lang:
        return f"{body}@{lang}"
    return f"{body}^^<{datatype}>" if datatype else body


def _zh(text: str) -> str:
    return _lit(text, "zh")


def _int(n: int) -> str:
    return _lit(n, datatype=XSD_INTEGER)


def _date(date: str) -> str:
    """ISO dates of any precision, typed as precisely as they are written."""
    if re.fullmatch(r"\d{4}", date):
        return _lit(date, datatype=str(XSD.gYear))
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return _lit(date, datatype=str(XSD.gYearMonth))
    return _lit(date, datatype=str(XSD.date))


def _kgo(name: str) -> str:
    return f"<{KGO}{name}>"


def _iri(value: str) -> str:
    return f"<{value}>"


def document_lines(doc: Document) -> list[str]:
    """N-Triples lines of a document and its sentences.

    >>> document_lines(Document("a.txt", "", []))[0]
    '<https://w3id.org/gongshu-kg/resource/doc/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/gongshu-kg/ontology#Document> .'
    """
    d = _iri(document_iri(doc.doc_id))
    lines = [f"{d} {RDF_TYPE} {_kgo('Document')} .",
             f"{d} <{DCTERMS.identifier}> {_lit(doc.doc_id)} ."]
    if doc.title:
        lines.append(f"{d} <{DCTERMS.title}> {_zh(doc.title)} .")
    if doc.date:
        lines.append(f"{d} <{DCTERMS.date}> {_date(doc.date)} .")
    if doc.kind:
        lines.append(f"{d} {_kgo('documentKind')} {_zh(doc.kind)} .")
    lines.append(f"{d} <{DCTERMS.format}> {_lit(doc.format)} .")     # text/html, application/pdf …
    part_of, sentence = f"<{DCTERMS.isPartOf}>", _kgo("Sentence")
    text, index, para = _kgo("text"), _kgo("index"), _kgo("paragraph")
    start, end = _kgo("startOffset"), _kgo("endOffset")
    for s in doc.sentences:
        si = _iri(sentence_iri(doc.doc_id, s.index))
        lines += (f"{si} {RDF_TYPE} {sentence} .",
                  f"{si} {part_of} {d} .",
                  f"{si} {text} {_zh(s.text)} .",
                  f"{si} {index} {_int(s.index)} .",
                  f"{si} {para} {_int(s.paragraph)} .",
                  f"{si} {start} {_int(s.start)} .",
                  f"{si} {end} {_int(s.end)} .")
    return lines


def _fact_lines(subject: str, fact: Fact) -> list[str]:
    """A fact about an entity (ontology/README.md, "Project facts"): a status
    milestone is a kgo:StatusEvent node, planned or done, carrying its own provenance; a
    quantity is a decimal on the entity, backed by a kgo:Evidence node."""
    sentence = _iri(sentence_iri(fact.doc_id, fact.sentence))
    source = (f"{_kgo('sentence')} {sentence}", f"<{PROV.wasDerivedFrom}> {_iri(document_iri(fact.doc_id))}",
              f"{_kgo('rule')} {_lit(fact.rule)}",
              f"{_kgo('confidence')} {_lit(f'{fact.confidence:.2f}', datatype=str(XSD.decimal))}")
    if fact.attribute == "status":
        node = _iri(f"{KGR}status/{_hash(subject[1:-1], fact.value, fact.doc_id, fact.sentence)}")
        lines = [f"{subject} {_kgo('status')} {node} .",
                 f"{node} {RDF_TYPE} {_kgo('StatusEvent')} .",
                 f"{node} {_kgo('eventType')} {_lit(fact.value)} ."]
        if fact.year:
            lines.append(f"{node} {_kgo('year')} {_lit(fact.year, datatype=str(XSD.gYear))} .")
        if fact.date:
            lines.append(f"{node} {_kgo('eventDate')} {_date(fact.date)} .")
        # always stated, so that deeds are asked for as plainly as plans
        planned = "true" if fact.planned else "false"
        lines.append(f"{node} {_kgo('planned')} {_lit(planned, datatype=str(XSD.boolean))} .")
        return lines + [f"{node} {po} ." for po in source]
    p, o = _kgo(fact.attribute), _lit(fact.value, datatype=str(XSD.decimal))
    ev = _iri(f"{KGR}evidence/{_hash(subject[1:-1], p[1:-1], o, fact.doc_id, fact.sentence)}")
    return [f"{subject} {p} {o} .",
            f"{ev} {RDF_TYPE} {_kgo('Evidence')} .",
            f"{ev} <{RDF.subject}> {subject} .",
            f"{ev} <{RDF.predicate}> {p} .",
            f"{ev} <{RDF.object}> {o} ."] + [f"{ev} {po} ." for po in source]


def entity_description(ent: Entity, e: str) -> list[str]:
    """The lines that describe entity ``ent`` (its IRI ``e``): its Wikidata
    identifier, classes, labels and aliases."""
    lines = []
    qid = wikidata.identifiers().get((ent.cls, ent.name))
    if qid:                   # curated, never fetched (kg/wikidata.py)
        lines.append(f"{e} <{wikidata.SAME_AS}> {_iri(wikidata.entity_iri(qid))} .")
    for cls in (ent.cls, *sorted(ent.extra_classes)):
        lines.append(f"{e} {RDF_TYPE} {_kgo(cls)} .")
    lines.append(f"{e} <{RDFS.label}> {_zh(ent.name)} .")
    if ent.en:
        lines.append(f"{e} <{RDFS.label}> {_lit(ent.en, 'en')} .")
    for alias in sorted(ent.aliases - {ent.name}):
        lines.append(f"{e} <{SKOS.altLabel}> {_zh(alias)} .")
    return lines


def relation_lines(rel: Relation, s: str, o: str) -> list[str]:
    """The statement of ``rel`` (its ends' IRIs ``s`` and ``o``), first, then
    its evidence node: the sentence, the document, the rule and the confidence."""
    p = _kgo(rel.predicate)
    ev = _iri(f"{KGR}evidence/{_hash(s[1:-1], p[1:-1], o[1:-1], rel.doc_id, rel.sentence)}")
    return [f"{s} {p} {o} .",
            f"{ev} {RDF_TYPE} {_kgo('Evidence')} .",
            f"{ev} <{RDF.subject}> {s} .",
            f"{ev} <{RDF.predicate}> {p} .",
            f"{ev} <{RDF.object}> {o} .",
            f"{ev} {_kgo('sentence')} {_iri(sentence_iri(rel.doc_id, rel.sentence))} .",
            f"{ev} <{PROV.wasDerivedFrom}> {_iri(document_iri(rel.doc_id))} .",
            f"{ev} {_kgo('rule')} {_lit(rel.rule)} .",
            f"{ev} {_kgo('confidence')} {_lit(f'{rel.confidence:.2f}', datatype=str(XSD.decimal))} ."]


def extraction_lines(extraction: Extraction, documents: bool = True) -> list[str]:
    """N-Triples lines of an extraction: its documents (unless ``documents``
    is false, when they were emitted elsewhere), entities, relations and facts.
    The same triple may occur more than once."""
    lines: list[str] = []
    if documents:
        for doc in extraction.documents:
            lines += document_lines(doc)
    mentioned, recognised = _kgo("mentionedIn"), _kgo("recognisedBy")
    iri = {}
    for key, ent in extraction.entities.items():
        e = iri[key] = _iri(entity_iri(ent.cls, ent.name))
        lines += entity_description(ent, e)
        for m in ent.mentions:
            lines.append(f"{e} {mentioned} {_iri(sentence_iri(m.doc_id, m.sentence))} .")
            lines.append(f"{e} {recognised} {_lit(m.rule)} .")
    for rel in extraction.relations:
        lines += relation_lines(rel, iri[rel.subject], iri[rel.object])
    for fact in extraction.facts:
        lines += _fact_lines(iri[fact.subject], fact)
    if extraction.observations:
        from .indicators.rdf import observation_lines
        lines += observation_lines(extraction.observations, iri)
    return lines


def ontology_lines(path: str | os.PathLike) -> list[str]:
    """The ontology file's triples as N-Triples lines, blank nodes named from
    their content (`stable_blank_nodes`): the parser names them at random, and
    the graph file must be the same bytes at every build."""
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    return [str(t) + " ." for t in stable_blank_nodes(triples)]


def stable_blank_nodes(triples: list[ox.Triple]) -> list[ox.Triple]:
    """``triples`` with every blank node renamed ``_:o<hash>`` after its content.

    A node's name is the hash of its triples both ways, the other blank
    nodes in them standing by their names of the round before, repeated
    until the names set the nodes apart no further (colour refinement), so
    that two ``owl:unionOf`` lists of the same classes under different
    properties stay two nodes.  Nodes nothing tells apart (the same triples
    twice over) are numbered in the order the file gives them.

    >>> t = list(ox.parse(b"<urn:a> <urn:p> [ <urn:q> 1 ] .", format=ox.RdfFormat.TURTLE))
    >>> str(stable_blank_nodes([q.triple for q in t])[0].subject)
    '_:o205fe555d4bcb6c0'
    """
    blanks = list(dict.fromkeys(t.value for tr in triples for t in (tr.subject, tr.object)
                                if isinstance(t, ox.BlankNode)))
    if not blanks:
        return triples
    names = _refine(triples, blanks)
    ties, seen = Counter(names.values()), Counter()
    node = {}
    for b in blanks:               # in the file's order: ties are numbered the same way every time
        name = names[b]
        if ties[name] > 1:
            seen[name] += 1
            name += f"n{seen[name]}"
        node[b] = ox.BlankNode("o" + name)

    def rename(t):
        return node[t.value] if isinstance(t, ox.BlankNode) else t
    return [ox.Triple(rename(t.subject), t.predicate, rename(t.object)) for t in triples]


def _refine(triples: list[ox.Triple], blanks: list[str]) -> dict[str, str]:
    """Blank node -> a hash of its triples, refined until the partition is stable."""
    names = dict.fromkeys(blanks, "")
    for _ in range(len(blanks) + 1):
        arcs: dict[str, list[str]] = {b: [] for b in blanks}

        def term(t) -> str:
            return "_:" + names[t.value] if isinstance(t, ox.BlankNode) else str(t)
        for t in triples:
            if isinstance(t.subject, ox.BlankNode):
                arcs[t.subject.value].append(f"> {t.predicate} {term(t.object)}")
            if isinstance(t.object, ox.BlankNode):
                arcs[t.object.value].append(f"< {term(t.subject)} {t.predicate}")
        new = {b: _hash(names[b], *sorted(arcs[b])) for b in blanks}
        if len(set(new.values())) == len(set(names.values())):
            return new
        names = new
    return names


def to_ntriples(extraction: Extraction, ontology: str | os.PathLike | None = None,
                extra_lines: Iterable[str] = ()) -> bytes:
    """The graph of an extraction (plus the ontology file's triples, if given)
    as N-Triples, each triple once.

    ``extra_lines`` are lines made earlier (``document_lines`` run in worker
    processes); the extraction's documents are then not emitted again.

    >>> from kg.model import Extraction
    >>> to_ntriples(Extraction(documents=[], entities={}, relations=[]))
    b''
    """
    extra_lines = list(extra_lines)
    lines = ontology_lines(ontology) if ontology is not None else []
    lines += extra_lines
    lines += extraction_lines(extraction, documents=not extra_lines)
    if extraction.documents:     # what the corpus is called, for the page and file names
        from .naming import corpus_name, name_lines
        lines += name_lines(corpus_name(extraction, extraction.title))
    unique = dict.fromkeys(lines)
    return "".join(line + "\n" for line in unique).encode("utf-8")


def bind_prefixes(g):
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def to_graph(extraction: Extraction, ontology=None):
    """The graph of an extraction as an rdflib ``Graph`` (plus the ontology's
    axioms, if given): the same triples as ``to_ntriples``.

    >>> from kg.model import Extraction
    >>> len(to_graph(Extraction(documents=[], entities={}, relations=[])))
    0
    """
    from rdflib import Graph
    g = bind_prefixes(Graph())
    if ontology is not None:
        g += ontology
    data = to_ntriples(extraction)
    if data:
        g.parse(data=data, format="nt")
    return g


def _as_triples(graph) -> Iterable[ox.Triple]:
    """pyoxigraph triples from N-Triples bytes, an rdflib Graph or triples."""
    if "rdflib" in sys.modules and isinstance(graph, sys.modules["rdflib"].Graph):
        graph = graph.serialize(format="nt", encoding="utf-8")
    if isinstance(graph, bytes):
        return ox.parse(graph, format=ox.RdfFormat.N_TRIPLES)
    return graph


def write(graph, path: str | Path) -> Path:
    """Write ``graph`` (N-Triples bytes, pyoxigraph triples or an rdflib Graph)
    to ``path`` in the format its extension names; quad formats put it in the
    default graph.

    The file is written beside its target and renamed into place, so an
    interrupted write never leaves a half file where a good one was, nor
    a stray temporary file; the temporary file's name says which process
    writes it (``<path>.<tag>.tmp``, kg.lifetime), so that the next build can
    remove one a killed build left.
    """
    path = Path(path)
    fmt = check_format(path)
    tmp = temp_path(path)
    try:
        if isinstance(graph, bytes) and fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
            tmp.write_bytes(graph)      # N-Triples lines are N-Quads of the default graph
        else:
            triples = _as_triples(graph)
            if fmt.supports_datasets:
                triples = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
            ox.serialize(triples, str(tmp), fmt, prefixes=PREFIXES)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
