"""The graph of an extraction as N-Triples bytes, an rdflib Graph, or a file
in the format its extension names."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Collection, Iterable

import pyoxigraph as ox

from ..lifetime import temp_path
from ..model import Extraction
from .blanks import ontology_lines
from .lines import extraction_lines
from .terms import PREFIXES

# Output format by file extension (what `kg build --out FILE` writes).
FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}


def check_format(path: str | Path) -> ox.RdfFormat:
    """The RDF format a graph file's extension names; ValueError for others.

    >>> check_format("g.trig").name
    'TriG'
    """
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown extension; use one of {', '.join(FORMATS)}")
    return fmt


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
        from ..naming import corpus_name, name_lines
        lines += name_lines(corpus_name(extraction, extraction.title))
    return text_of(dict.fromkeys(lines))


def text_of(lines: Collection[str]) -> bytes:
    """``lines`` as UTF-8 text, each ended by a newline (joined at once, and no
    copy of the text made to end it: a third faster than either)."""
    return "\n".join([*lines, ""]).encode("utf-8") if lines else b""


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
