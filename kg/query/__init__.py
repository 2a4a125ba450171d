"""SPARQL over the store: run a query, and format its result for people or tools.

    >>> from kg.store import open_store
    >>> from kg.query import load_query, run_query, format_table
    >>> store = open_store("kg-store")                                   # doctest: +SKIP
    >>> result = run_query(store, load_query("enterprises-of-track"),
    ...                    bindings={"track": "生命健康"})                # doctest: +SKIP
    >>> print(format_table(result))                                      # doctest: +SKIP

The standard prefixes (``kgo kgr rdf rdfs skos dcterms prov xsd owl``) are
predeclared, so ``SELECT ?x WHERE { ?x a kgo:Enterprise }`` works as is; a
query that declares one of them itself keeps its own declaration.

Parameters.  A query names its parameters in a header comment,
``# params: track=电竞文娱``, and uses them as ordinary variables
(``?track``).  ``run_query(..., bindings={"track": "生命健康"})`` pre-binds the
variable to that value before evaluation: as a ``VALUES ?track { … }`` block
first in the WHERE clause (the value is written as an RDF term, escaped, so
it cannot change the query's meaning), or, when the variable is not in the
SELECT clause, with Oxigraph ``substitutions`` (SPARQL SEP-0007), which are
much slower at scale.  Values are bound as plain string literals;
write ``<https://…>`` to bind an IRI.  Parameters not given take the default
from the header.

A default with a language tag, ``# params: track=电竞文娱@zh``, makes the
parameter a language-tagged literal: ``--param track=生命健康`` binds
``"生命健康"@zh``.  A query can then match labels exactly
(``?t rdfs:label|skos:altLabel ?track``), which Oxigraph answers from its
index instead of scanning every label with ``FILTER(STR(?label) = ?track)``.

`inline_params` writes the bindings into the text as a ``VALUES`` block, for
SPARQL endpoints and clients that know nothing of ``# params:

The package: ``result`` (QueryResult and the errors), ``load`` (query files and
their headers), ``run`` (binding and running), ``format`` (output formats).
"""
from .format import (format_csv, format_json, format_ntriples, format_result, format_table, format_turtle,
                     shorten, text_width)
from .load import QueryInfo, list_queries, load_query, query_header, split_lang
from .result import FORMATS, PREFIXES, QUERY_DIR, BNode, IRI, QueryError, QueryResult, ServiceRefused
from .run import (check_services, inline_params, mask_literals, param_terms, row_value, run_query, select_terms,
                  select_values, standalone_query, syntax_error)

__all__ = ["BNode", "FORMATS", "IRI", "PREFIXES", "QUERY_DIR", "QueryError", "QueryInfo", "QueryResult",
           "ServiceRefused", "check_services", "format_csv", "format_json", "format_ntriples", "format_result",
           "format_table", "format_turtle", "inline_params", "list_queries", "load_query", "mask_literals",
           "param_terms", "query_header", "row_value", "run_query", "select_terms", "select_values", "shorten",
           "split_lang", "standalone_query", "syntax_error", "text_width"]
