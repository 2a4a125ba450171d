"""`kg serve`: the store over the SPARQL 1.1 Protocol, read-only, with a query page.

    kg serve [--store DIR] [--host 127.0.0.1] [--port 7878] [--timeout 10] [--max-rows 10000]
             [--token-file FILE] [--allow-service PREFIX ...]

Endpoints (all answer CORS requests from any origin):

  GET  /sparql?query=…              a query (SPARQL 1.1 Protocol, "query via GET")
  POST /sparql  query=… (form)      a query (form-encoded POST)
  POST /sparql  (application/sparql-query body)
  GET  /sparql                      the SPARQL 1.1 Service Description (Turtle by default)
  GET  /                            the query page: an editor and the bundled example
                                    queries, one click each; works offline
  GET  /examples.json               the example queries, their parameters and texts
  GET  /examples/NAME.rq?p=v        an example as a self-contained query, parameters bound
  GET  /page-data.json              what the query page shows (examples, limits, prefixes)

Results are negotiated from the ``Accept`` header, or chosen with a ``format``
parameter (``format=csv``): SPARQL results JSON (the default), XML, CSV and
TSV for SELECT and ASK; Turtle (the default), N-Triples, JSON-LD, RDF/XML and
N-Quads for CONSTRUCT and DESCRIBE.  Serialisation is pyoxigraph's.

Read-only: SPARQL Update (``update=`` in a form, an ``application/sparql-update``
body, a query text that is an update, any PUT/DELETE/PATCH) is refused with
403 and a message saying so.

Limits.  Queries run in a pool of worker processes (``--workers``, one per
core by default), each holding the store open read-only.  A query that runs
longer than ``--timeout`` seconds is *stopped*: pyoxigraph cannot cancel an
evaluation from Python, so its worker process is killed and a fresh one
started in its place; the client gets 503 with a message naming the limit,
and the other workers go on serving.  When every worker is busy a request
waits for one up to the same limit, then gets 503 too, so runaway queries
can never pile up: at most ``--workers`` queries run at once.  A SELECT
result longer than ``--max-rows`` rows (a CONSTRUCT longer than that many
triples) is cut there: the response carries ``X-KG-Truncated: true`` and a
``Warning`` header, and the query page shows a note.  Every query response
has ``X-KG-Rows`` and ``X-KG-Row-Cap``.

No requests elsewhere.  A query with a SERVICE clause is refused with 403 and
a one-line reason, however it is sent: the server never sends a request to
another server for a client (`kg.federation`).  ``--allow-service PREFIX``
(repeatable) lets queries reach endpoints whose IRI starts with PREFIX; a
variable endpoint (``SERVICE ?x``) is never allowed.

Access.  The server listens on 127.0.0.1 unless ``--host`` says otherwise,
and warns when it listens elsewhere without a token.  With ``--token-file
FILE`` every request but a CORS preflight must carry ``Authorization: Bearer
TOKEN`` (the file's content); others get 401 with ``WWW-Authenticate:
Bearer``.  A browser asking for the page gets it locked: it asks for the
token once, keeps it in ``sessionStorage`` and sends it with each request.

The standard prefixes of `kg.query.PREFIXES` (kgo, kgr, rdfs, skos, …) are
predeclared, as in ``kg query``.

Modules: ``server`` (the HTTP endpoints, access, starting and stopping),
``protocol`` (a query evaluated and its answer serialised; content
negotiation), ``pool`` (the worker processes and the time limit),
``describe`` (the service description and the example queries);
``__main__`` is a worker process (``python -m kg.serve --worker``).

    >>> server = make_server("kg-store", port=0)            # doctest: +SKIP
    >>> server.url                                           # doctest: +SKIP
    'http://127.0.0.1:40123/'
    >>> server.serve_forever()                               # doctest: +SKIP
"""
from __future__ import annotations

from .describe import examples, service_description
from .pool import DEFAULT_TIMEOUT, QueryPool, ServeError
from .protocol import (DEFAULT_MAX_ROWS, FORMAT_NAMES, NO_SERVICE, RDF_TYPES, RESULT_TYPES, WILDCARD_RDF,
                       WILDCARD_RESULTS, evaluate, negotiate)
from .launch import make_server, serve
from .server import DEFAULT_HOST, DEFAULT_PORT, MAX_BODY, PAGE, PAGE_PATHS, READ_ONLY, Handler, KGServer, query_url

__all__ = [
    "DEFAULT_HOST", "DEFAULT_MAX_ROWS", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "FORMAT_NAMES", "MAX_BODY",
    "NO_SERVICE", "PAGE", "PAGE_PATHS", "RDF_TYPES", "READ_ONLY", "RESULT_TYPES", "WILDCARD_RDF",
    "WILDCARD_RESULTS", "Handler", "KGServer", "QueryPool", "ServeError", "evaluate", "examples",
    "make_server", "negotiate", "query_url", "serve", "service_description",
]
