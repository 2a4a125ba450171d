"""The HTTP side of `kg serve`: what a request meets before and after its query runs.

The rules of the endpoint (read-only, the token, CORS, the size of a body,
which path answers what) are all here, in one place, so that they can be read
against the protocol at a glance; the work they guard is elsewhere: queries
run in worker processes (kg/serve/pool.py), formats are negotiated and answers
serialised by kg/serve/protocol.py, the service description and the examples
come from kg/serve/describe.py, and opening the store and binding the port
is kg/serve/launch.py.
"""
from __future__ import annotations

import json
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from ..auth import bearer_matches
from .describe import examples, service_description
from .pool import QueryPool
from .protocol import RDF_TYPES, RESULT_TYPES, negotiate, wants_html

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 1_000_000
"""Bytes a request body may have."""
PAGE_PATHS = ("/", "/index.html", "/query.html")
"""Where the query page is served."""

PAGE = Path(__file__).parent.parent / "static" / "query.html"
"""The query page served at ``/`` (one file, no external resources)."""

_UPDATE = re.compile(r"^\s*(?:(?:BASE\s*<[^>]*>|PREFIX\s+[\w.-]*:\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_EXPOSE = "X-KG-Rows, X-KG-Row-Cap, X-KG-Truncated, X-KG-Time-Ms, Warning, WWW-Authenticate"
READ_ONLY = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) and "
             "graph uploads are refused. The graph changes only when the store is rebuilt "
             "(`kg build`); to load it into a writable server, use `kg push --endpoint URL`.")


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
        from ..store import StoreError, read_info
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
        if self.command in ("GET", "HEAD") and page and wants_html(self.headers.get("Accept")):
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
                if wants_html(self.headers.get("Accept")):
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
        from ..query import PREFIXES
        return {"examples": self.server.examples, "timeout": self.server.pool.timeout, "prefixes": PREFIXES,
                "maxRows": self.server.pool.max_rows, "triples": self.server.triples}

    def _page(self, status: int = 200, headers: dict[str, str] | None = None, locked: bool = False) -> None:
        """The query page; ``locked``: without its data, which it fetches once it has the token."""
        data = {"locked": True} if locked else self._page_data()
        text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        body = self.server.page.replace("/*KG-DATA*/null", text).encode("utf-8")
        self._send(status, body, "text/html", {"Cache-Control": "no-cache", **(headers or {})})

    def _example(self, name: str, params: dict[str, list[str]]) -> None:
        from ..query import QueryError, load_query, standalone_query
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
        from ..query import mask_literals
        if _UPDATE.match(mask_literals(text)):
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


def query_url(endpoint: str, sparql: str, fmt: str | None = None) -> str:
    """``endpoint?query=…[&format=…]``, for links and curl."""
    url = f"{endpoint}?query={quote(sparql)}"
    return url + (f"&format={quote(fmt)}" if fmt else "")
