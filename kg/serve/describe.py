"""What the endpoint says about itself: the SPARQL 1.1 Service Description
(``GET /sparql`` without a query) and the bundled example queries the query
page offers.

Neither answers a query: they change only with the bundled queries and the
server's settings, so they are made apart from the request handling (the
server reads the examples once when it starts, and makes the description per
request, for the host name the client used).
"""
from __future__ import annotations

from typing import Any

from ..namespaces import NS


def examples() -> list[dict[str, Any]]:
    """The bundled example queries for the page: name, title, description,
    parameters with their defaults, and the self-contained text."""
    from ..query import QueryError, list_queries, standalone_query
    out = []
    for q in list_queries():
        raw = q.path.read_text(encoding="utf-8")
        try:
            text = standalone_query(raw)
        except QueryError as e:                                # pragma: no cover - a broken .rq file
            text = f"# cannot bind the parameters: {e}\n{raw}"
        out.append({"name": q.stem, "title": q.title, "description": q.description,
                    "params": q.params, "langs": q.langs, "text": text})
    return out


def service_description(endpoint: str, triples: int | None, timeout: float, max_rows: int,
                        fmt: str = "TURTLE") -> tuple[bytes, str]:
    """The SPARQL 1.1 Service Description of the endpoint, serialised as ``fmt``."""
    import pyoxigraph as ox
    SD = "http://www.w3.org/ns/sparql-service-description#"
    FMT = "http://www.w3.org/ns/formats/"
    RDF = NS["rdf"] + "type"
    VOID = "http://rdfs.org/ns/void#"
    DCT = NS["dcterms"]
    s, ds, g = ox.NamedNode(endpoint), ox.BlankNode("dataset"), ox.BlankNode("defaultGraph")
    n = ox.NamedNode
    t = [ox.Triple(s, n(RDF), n(SD + "Service")),
         ox.Triple(s, n(SD + "endpoint"), s),
         ox.Triple(s, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
         *[ox.Triple(s, n(SD + "resultFormat"), n(FMT + name)) for name in (
             "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
             "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads")],
         ox.Triple(s, n(DCT + "title"), ox.Literal("gongshu-kg SPARQL endpoint (read-only)", language="en")),
         ox.Triple(s, n(DCT + "description"), ox.Literal(
             f"Read-only. A query is stopped after {timeout:g} s (HTTP 503); a result is cut at "
             f"{max_rows:,} rows or triples (header X-KG-Truncated: true). Predeclared prefixes: "
             "kgo kgr rdf rdfs skos dcterms prov xsd owl.", language="en")),
         ox.Triple(s, n(SD + "defaultDataset"), ds),
         ox.Triple(ds, n(RDF), n(SD + "Dataset")),
         ox.Triple(ds, n(SD + "defaultGraph"), g),
         ox.Triple(g, n(RDF), n(SD + "Graph"))]
    if triples is not None:
        t.append(ox.Triple(g, n(VOID + "triples"), ox.Literal(str(triples), datatype=n(
            "http://www.w3.org/2001/XMLSchema#integer"))))
    rdf_format = getattr(ox.RdfFormat, fmt)
    prefixes = {"sd": SD, "void": VOID, "dcterms": DCT, "formats": FMT}
    extra = {"prefixes": prefixes} if fmt in ("TURTLE", "TRIG", "RDF_XML") else {}
    return ox.serialize(t, format=rdf_format, **extra), rdf_format.media_type
