"""What a SPARQL request gets back: the query evaluated, its answer serialised
in the format the client accepts, and that format negotiated.

Kept apart from the HTTP server because a worker process runs `evaluate`
(kg/serve/pool.py) while the server runs `negotiate`: both need the same
media-type tables, and neither needs the other's machinery.
"""
from __future__ import annotations

import json
from itertools import islice
from typing import Any

DEFAULT_MAX_ROWS = 10_000
"""Rows (or triples) a result may have before it is cut."""

# media type -> pyoxigraph format name; the first of each list is the default
RESULT_TYPES = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
RDF_TYPES = {
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD", "application/json": "JSON_LD",
    "application/rdf+xml": "RDF_XML", "application/xml": "RDF_XML", "text/xml": "RDF_XML",
    "application/n-quads": "N_QUADS", "application/trig": "TRIG",
}
# what a wildcard in Accept gets: a browser's */* sees JSON results or Turtle
WILDCARD_RESULTS = {"*/*": "JSON", "application/*": "JSON", "text/*": "CSV"}
WILDCARD_RDF = {"*/*": "TURTLE", "text/*": "TURTLE", "application/*": "N_TRIPLES"}
# ?format= / ?output= / ?results= values (SPARQLWrapper sends all three)
FORMAT_NAMES = {
    "json": ("JSON", "JSON_LD"), "srj": ("JSON", None), "xml": ("XML", "RDF_XML"), "srx": ("XML", None),
    "csv": ("CSV", None), "tsv": ("TSV", None),
    "turtle": (None, "TURTLE"), "ttl": (None, "TURTLE"), "n3": (None, "TURTLE"),
    "nt": (None, "N_TRIPLES"), "ntriples": (None, "N_TRIPLES"), "n-triples": (None, "N_TRIPLES"),
    "json-ld": (None, "JSON_LD"), "jsonld": (None, "JSON_LD"), "rdf+xml": (None, "RDF_XML"),
    "rdfxml": (None, "RDF_XML"), "rdf": (None, "RDF_XML"), "nq": (None, "N_QUADS"),
    "trig": (None, "TRIG"),
}
NO_SERVICE = ("this server sends requests only where its operator allows (`kg serve --allow-service "
              "PREFIX`): remove the SERVICE clause")


# --------------------------------------------------------------------------
# A query evaluated and its answer serialised (in a worker process)

def _solutions_tsv(variables: list[str], rows: list) -> str:
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if row[v] is None else str(row[v]) for v in variables))
    return "\n".join(lines) + "\n"


def evaluate(store, query: str, results_format: str | None = "JSON", rdf_format: str | None = "TURTLE",
             max_rows: int = DEFAULT_MAX_ROWS, default_graph: list[str] | None = None,
             named_graphs: list[str] | None = None, allow_service: list[str] | tuple[str, ...] = ()
             ) -> dict[str, Any]:
    """Run ``query`` on ``store`` and serialise the answer (what a worker does).

    ``results_format`` is the pyoxigraph `QueryResultsFormat` name for SELECT
    and ASK (None: the client accepts none), ``rdf_format`` the `RdfFormat`
    name for CONSTRUCT and DESCRIBE.  Returns a dict with ``status`` and
    either ``body`` (bytes), ``media_type``, ``rows``, ``truncated`` or ``error``.
    A SERVICE clause to an endpoint not under a prefix of ``allow_service`` gets 403.
    """
    import pyoxigraph as ox

    from ..federation import refusal
    from ..query import PREFIXES, syntax_error

    # checked here, in the worker, so that the time limit bounds the check too
    reason = refusal(query, allow_service, PREFIXES)
    if reason:
        return {"status": 403, "error": f"{reason} — {NO_SERVICE}"}

    # each document's statements are in a graph of its own (kg/graphs.py): the
    # default graph of a query is their union, unless the request names one
    kwargs: dict[str, Any] = {"use_default_graph_as_union": not default_graph}
    if default_graph:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
    if named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        answer = store.query(query, prefixes=PREFIXES, **kwargs)
    except SyntaxError as e:
        return {"status": 400, "error": str(syntax_error(query, e)).replace(
            " — check the query, or see `kg query --help` for examples", "")}
    except ValueError as e:
        return {"status": 400, "error": f"bad request: {' '.join(str(e).split())}"}
    try:
        if isinstance(answer, ox.QueryTriples):
            if rdf_format is None:
                return {"status": 406, "error": "a CONSTRUCT or DESCRIBE result is RDF: accept one of "
                        + ", ".join(sorted(RDF_TYPES))}
            triples = list(islice(answer, max_rows + 1))
            truncated = len(triples) > max_rows
            del triples[max_rows:]
            fmt = getattr(ox.RdfFormat, rdf_format)
            extra = {"prefixes": PREFIXES} if rdf_format in ("TURTLE", "TRIG", "RDF_XML") else {}
            body = ox.serialize(triples, format=fmt, **extra) if triples or rdf_format != "JSON_LD" else b"[]"
            return {"status": 200, "body": body, "media_type": fmt.media_type, "rows": len(triples),
                    "truncated": truncated, "kind": "graph"}
        if results_format is None:
            return {"status": 406, "error": "a SELECT or ASK result is SPARQL results: accept one of "
                    + ", ".join(sorted(RESULT_TYPES))}
        fmt = getattr(ox.QueryResultsFormat, results_format)
        if isinstance(answer, ox.QueryBoolean):
            return {"status": 200, "body": answer.serialize(format=fmt), "media_type": fmt.media_type,
                    "rows": 1, "truncated": False, "kind": "ask"}
        variables = [v.value for v in answer.variables]
        rows = list(islice(answer, max_rows + 1))
        truncated = len(rows) > max_rows
        del rows[max_rows:]
        if variables:
            # re-read the kept rows so that pyoxigraph writes every format
            capped = ox.parse_query_results(_solutions_tsv(variables, rows), ox.QueryResultsFormat.TSV)
            body = capped.serialize(format=fmt)
        else:
            body = ox.parse_query_results(json.dumps({"head": {"vars": []}, "results": {
                "bindings": [{} for _ in rows]}}), ox.QueryResultsFormat.JSON).serialize(format=fmt)
        return {"status": 200, "body": body, "media_type": fmt.media_type, "rows": len(rows),
                "truncated": truncated, "kind": "select"}
    except (OSError, RuntimeError, ValueError, TypeError, SyntaxError) as e:
        return {"status": 500, "error": f"the query failed while running: {' '.join(str(e).split())[:300]}"}


# --------------------------------------------------------------------------
# Content negotiation

def _accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` entries, best first: ``[('text/csv', 1.0), ('*/*', 0.1)]``."""
    out = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        specificity = 0 if fields[0] == "*/*" else 1 if fields[0].endswith("/*") else 2
        out.append((fields[0].lower(), q, specificity, -i))
    out.sort(key=lambda x: (x[1], x[2], x[3]), reverse=True)
    return [(t, q) for t, q, _, _ in out if q > 0]


def negotiate(accept: str | None, fmt: str | None = None) -> tuple[str | None, str | None]:
    """The results format (SELECT/ASK) and RDF format (CONSTRUCT/DESCRIBE) to answer with.

        >>> negotiate("text/csv")
        ('CSV', None)
        >>> negotiate("application/sparql-results+json, text/turtle;q=0.5")
        ('JSON', 'TURTLE')
        >>> negotiate(None)
        ('JSON', 'TURTLE')
        >>> negotiate("*/*", "csv")
        ('CSV', None)
    """
    if fmt:
        key = fmt.strip().lower()
        if key in FORMAT_NAMES:
            return FORMAT_NAMES[key]
        media = key if "/" in key else None
        if media:
            return RESULT_TYPES.get(media), RDF_TYPES.get(media)
        return None, None
    results = rdf = None
    for media, _q in _accept(accept):
        results = results or RESULT_TYPES.get(media) or WILDCARD_RESULTS.get(media)
        rdf = rdf or RDF_TYPES.get(media) or WILDCARD_RDF.get(media)
    return results, rdf


def wants_html(accept: str | None) -> bool:
    """Whether the client prefers a page to data (a browser's ``Accept``).

        >>> wants_html("text/html,application/xhtml+xml,*/*;q=0.8"), wants_html("*/*")
        (True, False)
    """
    for media, _q in _accept(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media in RESULT_TYPES or media in RDF_TYPES or media == "*/*":
            return False
    return False
