"""Remote SPARQL stores: query any endpoint, push the graph to one.

    >>> from kg.remote import run_remote, push_graph
    >>> r = run_remote("http://127.0.0.1:7878/sparql", load_query("enterprises-of-track"))   # doctest: +SKIP
    >>> print(format_result(r, "table"))                                                   # doctest: +SKIP
    >>> push_graph("http://127.0.0.1:7878/store", "gongshu-kg.trig")                       # doctest: +SKIP

`run_remote` sends a query over the SPARQL 1.1 Protocol (form-encoded POST)
and returns the same `kg.query.QueryResult` as a local query, so ``kg query
--endpoint URL`` prints the same table, CSV or JSON.  Bundled queries are
sent self-contained: their ``# params:`` written in as a ``VALUES`` block
and ``PREFIX`` lines for the predeclared prefixes they use
(`kg.query.standalone_query`), so any endpoint runs them.

`push_graph` uploads a graph file with the SPARQL 1.1 Graph Store HTTP
Protocol: ``PUT`` (replace) or ``POST`` (add) of N-Triples to
``URL?default`` or ``URL?graph=IRI``.  The URL is the server's graph store
endpoint: ``http://host:7878/store`` for Oxigraph, ``http://host:3030/DATASET/data``
for Fuseki.  The file is converted to N-Triples on disk first and streamed,
so a large graph is never held in memory.

Both take ``token=``: it is sent as ``Authorization: Bearer TOKEN`` (what
``kg serve --token-file`` asks for; ``--token-file FILE`` on the command line).

Only ``urllib``/``http.client`` from the standard library are used.
"""
from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph

from .auth import bearer_header
from .query import QueryError, QueryResult, row_value, standalone_query

ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, "
          "text/turtle;q=0.8, application/sparql-results+xml;q=0.5")
USER_AGENT = "gongshu-kg (kg query --endpoint)"


class RemoteError(QueryError):
    """An endpoint that cannot be reached or that refuses; the message is one line."""


def _reason(e: BaseException) -> str:
    if isinstance(e, urllib.error.URLError) and not isinstance(e, urllib.error.HTTPError):
        e = e.reason if isinstance(e.reason, BaseException) else e
    text = getattr(e, "strerror", None) or str(e)
    return " ".join(str(text).split())


def _token_advice(status: int, token: str | None) -> str:
    if status != 401:
        return ""
    if token is None:
        return " — the server asks for a token: pass --token-file FILE"
    return " — the server refused the token: check the file given to --token-file"


def _http_error(url: str, e: urllib.error.HTTPError, token: str | None = None) -> RemoteError:
    try:
        body = e.read(2000).decode("utf-8", "replace")
    except OSError:
        body = ""
    body = " ".join(body.split())
    if len(body) > 300:
        body = body[:299] + "…"
    return RemoteError(f"{url} answered {e.code} {e.reason}" + (f": {body}" if body and e.code != 401 else "")
                       + _token_advice(e.code, token))


@contextmanager
def _no_sigpipe():
    """While sending: a server may answer (401, 413 …) and close before it has the whole
    body. `kg`'s CLI leaves SIGPIPE at its default (quiet when piped into head), which
    would kill the process without a word; ignored, the send raises BrokenPipeError."""
    if not hasattr(signal, "SIGPIPE") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGPIPE, previous)


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteError(f"not an http(s) URL: {url!r} — e.g. http://127.0.0.1:7878/sparql")
    return url


def run_remote(endpoint: str, sparql: str, bindings: dict[str, Any] | None = None,
               timeout: float = 60.0, token: str | None = None) -> QueryResult:
    """Run ``sparql`` at the SPARQL endpoint ``endpoint``; the result as a local `run_query` gives it.

    SELECT and ASK answers are read as SPARQL results JSON (or XML), CONSTRUCT
    and DESCRIBE as N-Triples (or Turtle), whatever the server chooses among them.

    Raises `RemoteError` (a `QueryError`) with a one-line message when the
    endpoint cannot be reached, refuses the query, or answers something unreadable.
    """
    _check_url(endpoint)
    text = standalone_query(sparql, bindings)
    data = urllib.parse.urlencode({"query": text}).encode("utf-8")
    req = urllib.request.Request(endpoint, data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "Accept": ACCEPT, "User-Agent": USER_AGENT, **(bearer_header(token) if token else {})})
    try:
        with _no_sigpipe(), urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    except urllib.error.HTTPError as e:
        raise _http_error(endpoint, e, token) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
        if isinstance(e, (socket.timeout, TimeoutError)) or "timed out" in _reason(e):
            raise RemoteError(f"{endpoint} did not answer within {timeout:g} s") from None
        raise RemoteError(f"cannot reach {endpoint}: {_reason(e)}") from None
    return _parse_answer(endpoint, body, ctype)


def _parse_answer(endpoint: str, body: bytes, ctype: str) -> QueryResult:
    results = pyoxigraph.QueryResultsFormat.from_media_type(ctype) if ctype else None
    rdf = None if results else (pyoxigraph.RdfFormat.from_media_type(ctype) if ctype else None)
    try:
        if results is not None:
            answer = pyoxigraph.parse_query_results(body, results)
            if isinstance(answer, pyoxigraph.QueryBoolean):
                return QueryResult(kind="ask", boolean=bool(answer))
            variables = [v.value for v in answer.variables]
            terms = [tuple(sol[v] for v in variables) for sol in answer]
            return QueryResult(kind="select", variables=variables,
                               rows=[tuple(map(row_value, t)) for t in terms], terms=terms)
        if rdf is not None:
            triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object)
                       for q in pyoxigraph.parse(body, format=rdf)]
            terms = [(t.subject, t.predicate, t.object) for t in triples]
            return QueryResult(kind="graph", variables=["subject", "predicate", "object"],
                               rows=[tuple(map(row_value, t)) for t in terms], triples=triples, terms=terms)
    except (SyntaxError, ValueError) as e:
        raise RemoteError(f"{endpoint} answered {ctype or 'no content type'} that cannot be read: "
                          f"{' '.join(str(e).split())[:200]}") from None
    raise RemoteError(f"{endpoint} answered {ctype or 'no content type'}, which is neither SPARQL "
                      "results nor RDF — is this a SPARQL endpoint? (try the URL ending in /sparql or /query)")


# --------------------------------------------------------------------------
# Graph Store Protocol

@dataclass
class PushResult:
    url: str              # the graph URL the data went to
    triples: int
    bytes: int
    seconds: float
    status: int


def graph_url(endpoint: str, graph_iri: str | None = None) -> str:
    """``endpoint?default`` or ``endpoint?graph=<IRI>`` (Graph Store Protocol, indirect identification).

        >>> graph_url("http://127.0.0.1:7878/store")
        'http://127.0.0.1:7878/store?default'
        >>> graph_url("http://h/store", "https://w3id.org/gongshu-kg/graph")
        'http://h/store?graph=https%3A%2F%2Fw3id.org%2Fgongshu-kg%2Fgraph'
    """
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph_iri:
        return f"{endpoint}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"
    return f"{endpoint}{sep}default"


def _to_ntriples(graph_file: Path, out: Path) -> int:
    """Write every triple of ``graph_file`` (any graph named in it merged) to ``out``; their number."""
    suffix = graph_file.suffix.lower().lstrip(".")
    fmt = pyoxigraph.RdfFormat.from_extension(suffix) if suffix else None
    if fmt is None:
        raise RemoteError(f"{graph_file}: unknown RDF format; use a .trig, .nq, .ttl, .nt or .jsonld file")
    n = 0
    with open(out, "wb") as f:
        writer = _NTWriter(f)
        try:
            for q in pyoxigraph.parse(path=str(graph_file), format=fmt):
                writer.add(pyoxigraph.Triple(q.subject, q.predicate, q.object))
                n += 1
        except SyntaxError as e:
            raise RemoteError(f"{graph_file}: cannot read the graph: {' '.join(str(e).split())[:200]}") from None
        writer.flush()
    return n


class _NTWriter:
    """Batches triples through `pyoxigraph.serialize` (N-Triples) into a binary file."""

    def __init__(self, f, batch: int = 20_000):
        self.f, self.batch, self.buf = f, batch, []

    def add(self, t) -> None:
        self.buf.append(t)
        if len(self.buf) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.buf:
            self.f.write(pyoxigraph.serialize(self.buf, format=pyoxigraph.RdfFormat.N_TRIPLES))
            self.buf = []


def push_graph(endpoint: str, graph_file: str | os.PathLike, graph_iri: str | None = None,
               replace: bool = True, timeout: float = 600.0, token: str | None = None) -> PushResult:
    """Upload ``graph_file`` to the Graph Store endpoint ``endpoint``.

    ``replace=True`` sends ``PUT`` (the target graph becomes exactly this
    graph); ``False`` sends ``POST`` (the triples are added).  The target is
    the default graph, or the named graph ``graph_iri``.

    Raises `RemoteError` with a one-line message.
    """
    _check_url(endpoint)
    path = Path(graph_file)
    if not path.is_file():
        raise RemoteError(f"no graph file at {path} — run `kg build` to create it, or pass --graph FILE")
    url = graph_url(endpoint, graph_iri)
    parts = urllib.parse.urlsplit(url)
    tmp = Path(tempfile.mkdtemp(prefix="kg-push-"))
    t0 = time.perf_counter()
    try:
        nt = tmp / "graph.nt"
        triples = _to_ntriples(path, nt)
        size = nt.stat().st_size
        conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = conn_cls(parts.hostname, parts.port, timeout=timeout)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        try:
            with open(nt, "rb") as body, _no_sigpipe():
                try:
                    conn.request("PUT" if replace else "POST", target, body=body, headers={
                        "Content-Type": "application/n-triples", "Content-Length": str(size),
                        "User-Agent": USER_AGENT, **(bearer_header(token) if token else {})})
                except (BrokenPipeError, ConnectionResetError):
                    pass        # the server answered (401, 413 …) before taking the whole body: read why
                resp = conn.getresponse()
                answer = resp.read(2000).decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as e:
            if isinstance(e, (socket.timeout, TimeoutError)):
                raise RemoteError(f"{url} did not answer within {timeout:g} s") from None
            raise RemoteError(f"cannot reach {endpoint}: {_reason(e)}") from None
        finally:
            conn.close()
        if resp.status >= 300:
            detail = " ".join(answer.split())[:300]
            raise RemoteError(f"{url} answered {resp.status} {resp.reason}"
                              + (f": {detail}" if detail and resp.status != 401 else "")
                              + (" — is this the server's graph store URL (Oxigraph: /store, Fuseki: "
                                 "/DATASET/data)?" if resp.status in (404, 405) else "")
                              + _token_advice(resp.status, token))
        return PushResult(url, triples, size, time.perf_counter() - t0, resp.status)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
