"""Check a graph against the SHACL shapes of ontology/shapes.ttl.

The shapes are the data contract in executable form (ontology/README.md):
every entity has one @zh label and a source sentence, every relation has
evidence, evidence names a sentence and a document, and so on. They are run
with pyshacl and ``inference='none'``: the graph is checked as written, as
the scorer reads it, and no reasoner adds triples.

The data graph is expected to contain the ontology, as the file ``kg build``
writes does: ``sh:class kgo:Entity`` follows ``rdfs:subClassOf`` in the data
graph. Pass ``with_ontology=True`` to mix the ontology in for a graph that
lacks it (pyshacl then validates a copy; the argument is not modified).

>>> import rdflib
>>> conforms, report = validate(rdflib.Graph())
>>> conforms
True
>>> g = rdflib.Graph().parse(data='''
...     @prefix kgo: <https://w3id.org/gongshu-kg/ontology#> .
...     <https://w3id.org/gongshu-kg/resource/Place/拱墅区> a kgo:Place .
... ''', format="turtle")
>>> conforms, report = validate(g, with_ontology=True)
>>> conforms
False
>>> "exactly one rdfs:label tagged @zh" in report
True

pyshacl is a test dependency (``pip install .[test]``), imported on first use.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rdflib

from kg.resources import ontology_path, shapes_path

# File extension -> rdflib parser, as the scorer and `kg build` use them.
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
           ".owl": "xml", ".n3": "n3"}


@lru_cache(maxsize=None)
def _load(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def shapes_graph() -> rdflib.Graph:
    """The shapes graph (parsed once, shared: do not modify it)."""
    return _load(shapes_path())


def ontology_graph() -> rdflib.Graph:
    """The ontology graph (parsed once, shared: do not modify it)."""
    return _load(ontology_path())


def load(path: str | Path) -> rdflib.Graph:
    """Read an RDF file by its extension into one graph.

    Named graphs of a ``.trig`` or ``.nq`` file are merged with the default
    graph: the shapes speak about the data as a whole, wherever a triple is.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF file extension {path.suffix!r}")
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    return _flatten(ds)


def _flatten(graph: rdflib.Graph) -> rdflib.Graph:
    """One plain graph holding every triple of a dataset, whatever its graph."""
    if not isinstance(graph, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        return graph
    flat = rdflib.Graph()
    for prefix, ns in graph.namespaces():
        flat.bind(prefix, ns, override=False)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def validate(data_graph: rdflib.Graph | str | Path, *,
             with_ontology: bool = False) -> tuple[bool, str]:
    """Validate a graph (or an RDF file) against ontology/shapes.ttl.

    Returns ``(conforms, report_text)``; the report lists every violation
    with the focus node and the shape's sh:message, and is the one pyshacl
    writes (``Conforms: True`` when there is nothing to say).

    A Dataset (from a ``.trig`` build) is validated as the union of its
    graphs.
    """
    try:
        import pyshacl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("kg.validate needs pyshacl: pip install 'gongshu-kg[test]'") from e

    if isinstance(data_graph, (str, Path)):
        data = load(data_graph)
    else:
        data = _flatten(data_graph)
    conforms, _results, text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph() if with_ontology else None,
        inference="none",
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
        inplace=False,
    )
    return bool(conforms), str(text)
