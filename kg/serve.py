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

    >>> server = make_server("kg-store", port=0)            # doctest: +SKIP
    >>> server.url                                           # doctest: +SKIP
    'http://127.0.0.1:40123/'
    >>> server.serve_forever()                               # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from .auth import bearer_matches, is_loopback

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 10.0
"""Seconds a query may run before it is stopped."""
DEFAULT_MAX_ROWS = 10_000
"""Rows (or triples) a result may have before it is cut."""
MAX_BODY = 1_000_000
"""Bytes a request body may have."""
PAGE_PATHS = ("/", "/index.html", "/query.html")
"""Where the query page is served."""

PAGE = Path(__file__).parent / "static" / "query.html"
"""The query page served at ``/`` (one file, no external resources)."""

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
_UPDATE = re.compile(r"^\s*(?:(?:BASE\s*<[^>]*>|PREFIX\s+[\w.-]*:\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_EXPOSE = "X-KG-Rows, X-KG-Row-Cap, X-KG-Truncated, X-KG-Time-Ms, Warning, WWW-Authenticate"
READ_ONLY = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) and "
             "graph uploads are refused. The graph changes only when the store is rebuilt "
             "(`kg build`); to load it into a writable server, use `kg push --endpoint URL`.")
NO_SERVICE = ("this server sends requests only where its operator allows (`kg serve --allow-service "
              "PREFIX`): remove the SERVICE clause")


class ServeError(Exception):
    """A server that cannot start; the message is one line, for users."""


# --------------------------------------------------------------------------
# Worker processes: each opens the store read-only and answers queries.

def _worker_main(store_dir: str, conn) -> None:               # runs in a child process
    try:
        store = _Current(store_dir)
    except BaseException as e:                                 # noqa: BLE001 - reported to the parent
        conn.send(("error", " ".join(str(e).split()) or type(e).__name__))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            answer = store.evaluate(request)
        except KeyboardInterrupt:
            return
        except Exception as e:                             # noqa: BLE001
            answer = {"status": 500, "error": f"the query failed: {type(e).__name__}: {e}"}
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Current:
    """The store at ``store_dir`` as it is now: reopened when a build has swapped
    a new one in (kg.store.replace_store renames a new folder into place).

    The store opened before the swap would still answer, from the deleted old
    folder's open files, but with the old graph, and from a file RocksDB had
    not opened yet not at all; a query that fails just after a swap is run
    again on the new store.
    """

    def __init__(self, store_dir: str):
        from .store import open_store
        self.dir = store_dir
        self.id = self._identity()
        self.store = open_store(store_dir)

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.dir)
        except OSError:
            return None          # between the two renames of a swap
        return st.st_dev, st.st_ino

    def _refresh(self) -> bool:
        """Open the new store if the folder changed; True when it did."""
        from .store import StoreError, open_store
        now = self._identity()
        if now is None or now == self.id:
            return False
        try:
            self.store = open_store(self.dir)
        except StoreError:
            return False         # not in place yet: the old one answers this time
        self.id = now
        return True

    def evaluate(self, request: dict[str, Any]) -> dict[str, Any]:
        self._refresh()
        try:
            answer = evaluate(self.store, **request)
        except (OSError, RuntimeError):
            if not self._refresh():
                raise
            return evaluate(self.store, **request)
        if answer.get("status") == 500 and self._refresh():
            answer = evaluate(self.store, **request)
        return answer


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

    from .federation import refusal
    from .query import PREFIXES, _syntax_error

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
        return {"status": 400, "error": str(_syntax_error(query, e)).replace(
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


class _Duplex:
    """Two one-way `multiprocessing.connection.Connection` ends used as one."""

    def __init__(self, read_fd: int, write_fd: int):
        self._r = Connection(read_fd, writable=False)
        self._w = Connection(write_fd, readable=False)

    def send(self, obj: Any) -> None:
        self._w.send(obj)

    def recv(self) -> Any:
        return self._r.recv()

    def poll(self, timeout: float | None = 0.0) -> bool:
        return self._r.poll(timeout)

    def close(self) -> None:
        for c in (self._r, self._w):
            try:
                c.close()
            except OSError:
                pass


class _Worker:
    """``python -m kg.serve --worker STORE R W``: a process of its own (not a
    multiprocessing child, so the parent's ``__main__`` is never re-imported),
    talking over two pipes."""

    def __init__(self, store_dir: str):
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)      # this kg package, installed or not
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kg.serve", "--worker", store_dir, str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                env=env, start_new_session=False)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.conn = _Duplex(from_child_r, to_child_w)

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise ServeError(f"a query worker did not start within {timeout:.0f} s")
        try:
            kind, msg = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise ServeError("a query worker died while opening the store") from None
        if kind != "ready":
            self.kill()
            raise ServeError(msg)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        try:
            self.conn.close()
        except OSError:
            pass


class QueryPool:
    """``workers`` processes answering queries, each stopped after ``timeout`` s.

    `run` hands a request to an idle worker (waiting up to ``timeout`` s for
    one) and waits up to ``timeout`` s for the answer; a worker that does not
    answer in time is killed and replaced.
    """

    def __init__(self, store_dir: str | os.PathLike, workers: int = 2,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                 allow_service: list[str] | tuple[str, ...] = ()):
        self.store_dir = str(store_dir)
        self.allow_service = tuple(allow_service)
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.size = max(1, int(workers))
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._all: set[_Worker] = set()      # idle and busy, to stop them all at the end
        self.stopped = 0            # queries stopped at the time limit
        started = [self._start() for _ in range(self.size)]
        try:
            for w in started:
                w.wait_ready(120)
        except ServeError:
            self.close()
            raise
        for w in started:
            self._idle.put(w)

    def _start(self) -> "_Worker":
        w = _Worker(self.store_dir)
        self._all.add(w)
        return w

    def _kill(self, w: "_Worker") -> None:
        w.kill()
        self._all.discard(w)

    def _replace(self) -> None:
        if self._closed:
            return
        for _attempt in range(3):
            w = self._start()
            try:
                w.wait_ready(120)
            except ServeError as e:
                self._all.discard(w)
                print(f"kg serve: cannot restart a query worker: {e}", file=sys.stderr)
                continue
            if self._closed:
                self._kill(w)
                return
            self._idle.put(w)
            return

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        request = dict(request, max_rows=self.max_rows, allow_service=self.allow_service)
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return {"status": 503, "error": f"the server is busy: all {self.size} query workers are "
                    f"taken and none came free within {self.timeout:g} s; try again shortly"}
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, ValueError) as e:
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            return {"status": 500, "error": f"the query worker died ({type(e).__name__}); "
                                            "it has been replaced — try again"}
        self._kill(worker)
        self.stopped += 1
        threading.Thread(target=self._replace, daemon=True).start()
        return {"status": 503, "timeout": True,
                "error": f"query stopped: it ran past the time limit of {self.timeout:g} s "
                         "(kg serve --timeout). Make it more selective (anchor it on a name, "
                         "add a LIMIT) or ask for a higher limit; the server goes on serving."}

    def close(self) -> None:
        self._closed = True
        for w in list(self._all):
            self._kill(w)


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


def _wants_html(accept: str | None) -> bool:
    for media, _q in _accept(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media in RESULT_TYPES or media in RDF_TYPES or media == "*/*":
            return False
    return False


# --------------------------------------------------------------------------
# The HTTP server

def examples() -> list[dict[str, Any]]:
    """The bundled example queries for the page: name, title, description,
    parameters with their defaults, and the self-contained text."""
    from .query import QueryError, list_queries, standalone_query
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
    RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    VOID = "http://rdfs.org/ns/void#"
    DCT = "http://purl.org/dc/terms/"
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


class KGServer(ThreadingHTTPServer):
    """A `ThreadingHTTPServer` with the query pool and settings the handler reads."""
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, pool: QueryPool, store_dir: str, triples: int | None, quiet: bool = False,
                 token: str | None = None):
        # set before binding: a bind that fails (port in use) calls server_close, which closes it
        self.pool = pool
        super().__init__(address, Handler)
        self.store_dir = store_dir
        self._triples = triples
        self.quiet = quiet
        self.token = token              # None: no token asked
        self.examples = examples()
        self.page = PAGE.read_text(encoding="utf-8")

    @property
    def triples(self) -> int | None:
        """The store's size as its metadata says now (a build may have replaced it)."""
        from .store import StoreError, read_info
        try:
            self._triples = read_info(self.store_dir).triples
        except StoreError:
            pass                 # between the two renames of a swap: the last count
        return self._triples

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: KGServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    disable_nagle_algorithm = True     # headers and body go out as separate writes: no 40 ms delayed-ACK stalls

    # -- plumbing ----------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:       # noqa: A002 - the base class's name
        if not self.server.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, media_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        ctype = media_type if "charset" in media_type or not (
            media_type.startswith("text/") or media_type.endswith(("json", "xml", "sparql-query"))) \
            else f"{media_type}; charset=utf-8"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", _EXPOSE)
        self.send_header("Vary", "Accept")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain", headers)

    def _params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query, keep_blank_values=True)

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._error(411, "send the request body with a Content-Length")
            return None
        try:
            n = int(length or 0)
        except ValueError:
            self._error(400, "bad Content-Length")
            return None
        if n > MAX_BODY:
            self._error(413, f"the request body is over {MAX_BODY:,} bytes")
            self.close_connection = True
            return None
        return self.rfile.read(n) if n else b""

    # -- access ------------------------------------------------------------
    def _authorised(self) -> bool:
        """Whether the request carries the token (or none is asked); if not, the 401 is sent."""
        token = self.server.token
        if token is None or bearer_matches(self.headers.get("Authorization"), token):
            return True
        given = self.headers.get("Authorization") is not None
        headers = {"WWW-Authenticate": 'Bearer realm="kg serve"' + (', error="invalid_token"' if given else "")}
        self._drain()
        path = urlsplit(self.path).path
        page = path in PAGE_PATHS or (path in ("/sparql", "/query") and "query" not in self._params())
        if self.command in ("GET", "HEAD") and page and _wants_html(self.headers.get("Accept")):
            self._page(401, headers, locked=True)          # the page that asks for the token
        elif given:
            self._error(401, "the token was refused: send the one in the server's --token-file, "
                             "as the header 'Authorization: Bearer TOKEN'", headers)
        else:
            self._error(401, "this server needs a token: send the header 'Authorization: Bearer TOKEN' "
                             "with the token in the server's --token-file (kg query --endpoint and "
                             "kg push take --token-file FILE)", headers)
        return False

    def _drain(self) -> None:
        """Read and drop the body of a refused request: a client still sending it would
        otherwise get a reset connection instead of the answer. Too big: close instead."""
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = -1
        if 0 <= n <= MAX_BODY and "Transfer-Encoding" not in self.headers:
            self.rfile.read(n)
        else:
            self.close_connection = True

    # -- methods -----------------------------------------------------------
    def do_OPTIONS(self) -> None:                                  # noqa: N802 - http.server's naming
        # a CORS preflight never carries credentials, so it needs no token; it reveals nothing
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Allow", "GET, POST, HEAD, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:                                     # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:                                      # noqa: N802
        if not self._authorised():
            return
        path = urlsplit(self.path).path
        params = self._params()
        if path in PAGE_PATHS:
            return self._page()
        if path == "/page-data.json":
            return self._send(200, json.dumps(self._page_data(), ensure_ascii=False).encode("utf-8"),
                              "application/json", {"Cache-Control": "no-cache"})
        if path == "/examples.json":
            body = json.dumps(self.server.examples, ensure_ascii=False, indent=1).encode("utf-8")
            return self._send(200, body, "application/json")
        m = re.fullmatch(r"/examples/([\w.-]+?)(?:\.rq)?", path)
        if m:
            return self._example(m.group(1), params)
        if path in ("/sparql", "/query"):
            if "update" in params:
                return self._error(403, READ_ONLY)
            if "query" not in params:
                if _wants_html(self.headers.get("Accept")):
                    return self._page()
                return self._service_description(params)
            return self._query(params["query"][0], params)
        if path in ("/update", "/store", "/data"):
            return self._error(403 if path == "/update" else 404, READ_ONLY if path == "/update" else
                               f"no graph store here ({path}); query with /sparql")
        if path == "/favicon.ico":
            return self._send(204, b"", "image/x-icon")
        return self._error(404, f"nothing at {path}: the SPARQL endpoint is /sparql, the query page is /")

    def do_POST(self) -> None:                                     # noqa: N802
        if not self._authorised():
            return
        path = urlsplit(self.path).path
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self._params()
        if path in ("/update", "/store", "/data") or ctype == "application/sparql-update":
            return self._error(403, READ_ONLY)
        if path not in ("/sparql", "/query"):
            return self._error(404, f"nothing at {path}: the SPARQL endpoint is /sparql")
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return self._error(400, "the form is not UTF-8")
            if "update" in form:
                return self._error(403, READ_ONLY)
            if "query" not in form:
                return self._error(400, "the form has no 'query' field")
            for k, v in form.items():
                params.setdefault(k, v)
            return self._query(form["query"][0], params)
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._error(400, "the query is not UTF-8")
            return self._query(text, params)
        return self._error(415, "POST a query as application/x-www-form-urlencoded (query=…) "
                                "or as application/sparql-query; updates are refused")

    def do_PUT(self) -> None:                                      # noqa: N802
        if not self._authorised():
            return
        self._body()
        self._error(403, READ_ONLY)

    do_DELETE = do_PATCH = do_PUT                                  # noqa: N815

    # -- answers -----------------------------------------------------------
    def _page_data(self) -> dict[str, Any]:
        from .query import PREFIXES
        return {"examples": self.server.examples, "timeout": self.server.pool.timeout, "prefixes": PREFIXES,
                "maxRows": self.server.pool.max_rows, "triples": self.server.triples}

    def _page(self, status: int = 200, headers: dict[str, str] | None = None, locked: bool = False) -> None:
        """The query page; ``locked``: without its data, which it fetches once it has the token."""
        data = {"locked": True} if locked else self._page_data()
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        body = self.server.page.replace("/*KG-DATA*/null", text).encode("utf-8")
        self._send(status, body, "text/html", {"Cache-Control": "no-cache", **(headers or {})})

    def _example(self, name: str, params: dict[str, list[str]]) -> None:
        from .query import QueryError, load_query, standalone_query
        known = {e["name"] for e in self.server.examples}
        if name not in known:
            return self._error(404, f"no example query '{name}'; see /examples.json")
        try:
            text = standalone_query(load_query(name), {k: v[0] for k, v in params.items()})
        except QueryError as e:
            return self._error(400, str(e))
        self._send(200, text.encode("utf-8"), "application/sparql-query")

    def _service_description(self, params: dict[str, list[str]]) -> None:
        fmt = params.get("format", [None])[0]
        _, rdf = negotiate(self.headers.get("Accept"), fmt)
        if rdf is None:
            return self._error(406, "the service description is RDF: accept one of " + ", ".join(sorted(RDF_TYPES)))
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        body, media = service_description(f"http://{host}/sparql", self.server.triples,
                                          self.server.pool.timeout, self.server.pool.max_rows, rdf)
        self._send(200, body, media)

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        if not text.strip():
            return self._error(400, "the query is empty")
        from .query import _mask
        if _UPDATE.match(_mask(text)):
            return self._error(403, READ_ONLY)
        fmt = (params.get("format") or params.get("output") or params.get("results") or [None])[0]
        results, rdf = negotiate(self.headers.get("Accept"), fmt)
        if results is None and rdf is None:
            return self._error(406, "no acceptable format: SELECT/ASK give " + ", ".join(sorted(RESULT_TYPES))
                               + "; CONSTRUCT/DESCRIBE give " + ", ".join(sorted(RDF_TYPES)))
        t0 = time.perf_counter()
        answer = self.server.pool.run({
            "query": text, "results_format": results, "rdf_format": rdf,
            "default_graph": params.get("default-graph-uri") or None,
            "named_graphs": params.get("named-graph-uri") or None})
        ms = (time.perf_counter() - t0) * 1000
        status = answer["status"]
        if status != 200:
            return self._error(status, answer["error"], {"X-KG-Time-Ms": f"{ms:.1f}"})
        cap = self.server.pool.max_rows
        headers = {"X-KG-Rows": str(answer["rows"]), "X-KG-Row-Cap": str(cap), "X-KG-Time-Ms": f"{ms:.1f}"}
        if answer["truncated"]:
            what = "triples" if answer.get("kind") == "graph" else "rows"
            headers["X-KG-Truncated"] = "true"
            headers["Warning"] = (f'199 kg-serve "result cut at {cap:,} {what}, the row cap '
                                  f'(kg serve --max-rows); page with LIMIT and OFFSET"')
        self._send(200, answer["body"], answer["media_type"], headers)


def make_server(store_dir: str | os.PathLike = "kg-store", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                workers: int | None = None, quiet: bool = False, token: str | None = None,
                allow_service: list[str] | tuple[str, ...] = ()) -> KGServer:
    """Open the store and bind the server (port 0: any free port); call
    ``serve_forever()`` on the result, and ``server_close()`` when done.

    ``token``: every request must carry ``Authorization: Bearer TOKEN``.
    ``allow_service``: endpoint prefixes SERVICE clauses may reach (none by default).

    Raises `ServeError` (or `kg.store.StoreError`) with a one-line message.
    """
    from .federation import check_prefix
    from .store import StoreError, open_store, read_info
    try:
        allow_service = tuple(check_prefix(p) for p in allow_service)
    except ValueError as e:
        raise ServeError(str(e)) from None
    store = open_store(store_dir)              # says what to do when there is no store
    try:
        triples = read_info(store_dir).triples
    except StoreError:
        triples = None
    del store
    if timeout <= 0 or max_rows <= 0:
        raise ServeError("--timeout and --max-rows must be above 0")
    n = workers or min(8, max(2, os.cpu_count() or 2))
    pool = QueryPool(store_dir, workers=n, timeout=timeout, max_rows=max_rows, allow_service=allow_service)
    try:
        return KGServer((host, port), pool, str(store_dir), triples, quiet=quiet, token=token)
    except OSError as e:
        pool.close()
        reason = e.strerror or str(e)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}"
                         + (" — another server uses that port; pass --port N" if e.errno in (98, 48) else "")) \
            from None


def serve(store_dir: str | os.PathLike = "kg-store", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int | None = None,
          quiet: bool = False, out=None, token_file: str | os.PathLike | None = None,
          allow_service: list[str] | tuple[str, ...] = (), err=None) -> int:
    """Run the server until Ctrl-C (what ``kg serve`` does); returns an exit code.

    ``token_file``: the file holding the token every request must carry.
    """
    from .auth import TokenError, read_token
    out, err = out or sys.stdout, err or sys.stderr
    try:
        token = read_token(token_file) if token_file is not None else None
    except TokenError as e:
        raise ServeError(str(e)) from None
    server = make_server(store_dir, host, port, timeout, max_rows, workers, quiet, token, allow_service)
    url = server.url
    count = f"{server.triples:,} triples" if server.triples is not None else "the store"
    if token is None and not is_loopback(host):
        print(f"kg serve: warning: listening on {host}, which other machines may reach, without a token: "
              "anyone who can reach the port can query the store — pass --token-file FILE "
              "(or --host 127.0.0.1)", file=err, flush=True)
    print(f"serving {store_dir} ({count}) at {url}", file=out)
    print(f"  SPARQL endpoint: {url}sparql   query page: {url}", file=out)
    print(f"  read-only; {server.pool.size} workers; a query is stopped after {timeout:g} s; "
          f"results are cut at {max_rows:,} rows. Ctrl-C stops.", file=out)
    access = f"every request needs the token in {token_file}" if token else "no token asked"
    federation = ("SERVICE only to " + ", ".join(server.pool.allow_service)) if server.pool.allow_service \
        else "SERVICE clauses refused"
    print(f"  {access}; {federation}.", file=out, flush=True)
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def query_url(endpoint: str, sparql: str, fmt: str | None = None) -> str:
    """``endpoint?query=…[&format=…]``, for links and curl."""
    url = f"{endpoint}?query={quote(sparql)}"
    return url + (f"&format={quote(fmt)}" if fmt else "")


if __name__ == "__main__":                                          # pragma: no cover
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)      # the server stops its workers itself
        _worker_main(sys.argv[2], _Duplex(int(sys.argv[3]), int(sys.argv[4])))
    else:
        print("kg.serve is run by `kg serve`; see `kg serve --help`", file=sys.stderr)
        sys.exit(2)
