"""Emit an Extraction as RDF, following ontology/README.md.

    >>> from kg.emit import entity_iri
    >>> entity_iri("Enterprise", "腾讯")
    'https://w3id.org/gongshu-kg/resource/Enterprise/腾讯'

The graph is made as N-Triples lines (plain strings: cheap to build and to
deduplicate), which Oxigraph writes in the requested format and bulk-loads
into the store; on a 1 MB corpus emitting and writing went from 31 s with
an rdflib graph and rdflib's TriG writer to under 1 s.  ``to_graph`` gives
the same triples as an rdflib ``Graph`` for code that wants rdflib's API.

The stages, one module each: ``terms`` (namespaces, IRIs, literals),
``lines`` (the lines of documents, entities, relations and facts),
``blanks`` (content-named blank nodes) and ``files`` (bytes, rdflib graphs
and graph files).
"""
from .blanks import ontology_lines, stable_blank_nodes
from .files import FORMATS, bind_prefixes, check_format, text_of, to_graph, to_ntriples, write
from .lines import document_lines, entity_description, extraction_lines, fact_lines, relation_lines
from .terms import (DCTERMS, KGO, KGR, PREFIXES, PROV, RDF, RDF_TYPE, RDFS, SKOS, XSD, Namespace, document_iri,
                    entity_iri, kgo, lit, ref, sentence_iri, zh)

__all__ = ["DCTERMS", "FORMATS", "KGO", "KGR", "PREFIXES", "PROV", "RDF", "RDFS", "RDF_TYPE", "SKOS", "XSD",
           "Namespace", "bind_prefixes", "check_format", "document_iri", "document_lines", "entity_description",
           "entity_iri", "extraction_lines", "fact_lines", "kgo", "lit", "ontology_lines", "ref", "relation_lines",
           "sentence_iri", "stable_blank_nodes", "text_of", "to_graph", "to_ntriples", "write", "zh"]
