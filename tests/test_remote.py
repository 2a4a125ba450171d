"""Remote stores: `kg push` to a real Oxigraph server and `kg query --endpoint` back.

The server is the ``oxigraph`` executable from PyPI (``pip install oxigraph``,
in the test extra), started on 127.0.0.1 on a free port with a temporary
folder, the way an analyst runs it.
"""
from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from kg.remote import RemoteError, graph_url, push_graph, run_remote


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A fresh ``oxigraph serve`` on loopback; yields its base URL."""
    exe = shutil.which("oxigraph")
    if not exe:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph, part of the test extra)")
    port = free_port()
    data = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([exe, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except (urllib.error.URLError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def csv_rows(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(r) for r in csv.reader(io.StringIO(text, newline="")))


def test_push_then_query_back(oxigraph, kg_cli, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    r = kg_cli("push", "--endpoint", f"{oxigraph}/store", "--graph", str(cli_build.graph), cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("pushed ") and "replaced the default graph" in r.stdout

    # the same triples, counted on both sides
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    remote = kg_cli("query", count, "--endpoint", f"{oxigraph}/query", "--format", "csv", cwd=cli_build.cwd)
    local = kg_cli("query", count, "--store", str(cli_build.store), "--format", "csv", cwd=cli_build.cwd)
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout and int(remote.stdout.split()[1]) > 1000

    # every bundled example gives the same answer there as here
    for name in ("enterprises-of-track", "projects-of-firm", "relation-evidence", "documents-mentioning"):
        remote = kg_cli("query", name, "--endpoint", f"{oxigraph}/query", "--format", "csv", cwd=cli_build.cwd)
        local = kg_cli("query", name, "--store", str(cli_build.store), "--format", "csv", cwd=cli_build.cwd)
        assert remote.returncode == 0, (name, remote.stderr)
        assert csv_rows(remote.stdout) == csv_rows(local.stdout), name
    table = kg_cli("query", "enterprises-of-track", "--param", "track=电竞文娱", "--endpoint",
                   f"{oxigraph}/query", cwd=cli_build.cwd)
    assert table.returncode == 0 and "腾讯" in table.stdout and "kgr:Enterprise/腾讯" in table.stdout

    # pushing again replaces (PUT), it does not add
    again = push_graph(f"{oxigraph}/store", cli_build.graph)
    n = run_remote(f"{oxigraph}/query", count).rows[0][0]
    assert int(n) == again.triples


def test_push_to_a_named_graph_and_append(oxigraph, cli_build):
    iri = "https://example.org/graph/gongshu"
    first = push_graph(f"{oxigraph}/store", cli_build.graph, graph_iri=iri)
    assert first.url == graph_url(f"{oxigraph}/store", iri)
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    n1 = int(run_remote(f"{oxigraph}/query", q).rows[0][0])
    assert n1 > 1000
    assert n1 == first.triples
    # POST adds: a graph is a set, so only the triples with blank nodes (fresh ones each upload) are new
    import pyoxigraph
    with_bnodes = sum(isinstance(q.subject, pyoxigraph.BlankNode) or isinstance(q.object, pyoxigraph.BlankNode)
                      for q in pyoxigraph.parse(path=str(cli_build.graph), format=pyoxigraph.RdfFormat.TRIG))
    push_graph(f"{oxigraph}/store", cli_build.graph, graph_iri=iri, replace=False)
    assert int(run_remote(f"{oxigraph}/query", q).rows[0][0]) == n1 + with_bnodes


def test_remote_errors_say_what_happened(oxigraph, kg_cli, cli_build, tmp_path):
    closed = f"http://127.0.0.1:{free_port()}/sparql"
    r = kg_cli("query", "ASK { ?s ?p ?o }", "--endpoint", closed, cwd=cli_build.cwd)
    assert r.returncode == 1 and "cannot reach" in r.stderr and "\n" not in r.stderr.strip()
    r = kg_cli("query", "SELECT ?x WHERE { ?x", "--endpoint", f"{oxigraph}/query", cwd=cli_build.cwd)
    assert r.returncode == 1 and "answered 400" in r.stderr
    r = kg_cli("push", "--endpoint", f"{oxigraph}/nothing-here", "--graph", str(cli_build.graph), cwd=cli_build.cwd)
    assert r.returncode == 1 and "graph store URL" in r.stderr
    r = kg_cli("push", "--endpoint", f"{oxigraph}/store", "--graph", str(tmp_path / "none.trig"), cwd=cli_build.cwd)
    assert r.returncode == 1 and "no graph file" in r.stderr
    with pytest.raises(RemoteError, match="not an http"):
        run_remote("ftp://example.org/sparql", "ASK {}")
    # a web page is not an endpoint
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_POST(self):                                          # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b"<html>hello</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    web = HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        with pytest.raises(RemoteError, match="neither SPARQL results nor RDF"):
            run_remote(f"http://127.0.0.1:{web.server_address[1]}/", "ASK {}")
    finally:
        web.shutdown()
        web.server_close()


def test_the_token_goes_in_an_authorization_header(listener, tmp_path):
    run_remote(listener.url + "sparql", "ASK {}", token="s3cret")
    small = tmp_path / "small.nt"
    small.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    push_graph(listener.url + "store", small, token="s3cret")
    run_remote(listener.url + "sparql", "ASK {}")
    sent = [(method, headers.get("Authorization")) for method, _, headers in listener.requests]
    assert sent == [("POST", "Bearer s3cret"), ("PUT", "Bearer s3cret"), ("POST", None)]


def test_a_401_says_to_pass_a_token(listener, tmp_path):
    listener.status = 401
    small = tmp_path / "small.nt"
    small.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    with pytest.raises(RemoteError, match=r"answered 401 .* pass --token-file FILE$"):
        run_remote(listener.url + "sparql", "ASK {}")
    with pytest.raises(RemoteError, match=r"refused the token"):
        run_remote(listener.url + "sparql", "ASK {}", token="wrong")
    with pytest.raises(RemoteError, match=r"answered 401 .* pass --token-file FILE$"):
        push_graph(listener.url + "store", small)
