"""`kg serve` on a network: no requests elsewhere for a client, and a token where it is exposed.

Servers are started the way a user starts them (`kg serve` in a new process, on
the session build). "Elsewhere" is a `Listener` on 127.0.0.1: a SERVICE clause
pointing at it must leave it without a single request, unless the server was
started with ``--allow-service`` for it (the positive control).
"""
from __future__ import annotations

from http.client import HTTPConnection
import json
import socket
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from conftest import Listener
from test_serve import http, sparql_get, start_serve, stop_serve

TOKEN = "kg-test-token_0123456789"


@pytest.fixture(scope="module")
def far():
    """The listener SERVICE clauses point at, for the whole module."""
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def plain(cli_build):
    """``kg serve`` with its defaults."""
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    proc = start_serve(cli_build, "--workers", "1", "--quiet")
    yield proc
    stop_serve(proc)


@pytest.fixture(scope="module")
def federated(cli_build, far):
    """``kg serve --allow-service`` the far listener's URL."""
    proc = start_serve(cli_build, "--workers", "1", "--quiet", "--allow-service", far.url)
    yield proc
    stop_serve(proc)


@pytest.fixture(scope="module")
def token_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("token") / "token"
    path.write_text(f"\n  {TOKEN}  \n", encoding="utf-8")       # surrounding blanks are stripped
    return path


@pytest.fixture(scope="module")
def locked(cli_build, token_file):
    """``kg serve --token-file``."""
    proc = start_serve(cli_build, "--workers", "1", "--quiet", "--token-file", str(token_file))
    yield proc
    stop_serve(proc)


def service_query(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


def send_every_way(base: str, query: str, headers: dict[str, str] | None = None):
    """(how, status, body) of ``query`` sent by GET, form POST and application/sparql-query POST,
    with several content types and Accept headers."""
    headers = headers or {}
    form = urllib.parse.urlencode({"query": query}).encode()
    out = []
    for accept in (None, "text/csv", "application/sparql-results+xml", "text/turtle"):
        h = {**headers, **({"Accept": accept} if accept else {})}
        status, _, body = http(f"{base}sparql?{urllib.parse.urlencode({'query': query})}", headers=h)
        out.append((f"GET {accept}", status, body))
    for ctype in ("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"):
        status, _, body = http(base + "sparql", form, {**headers, "Content-Type": ctype})
        out.append((f"POST {ctype}", status, body))
    for ctype in ("application/sparql-query", "application/sparql-query; charset=utf-8"):
        status, _, body = http(base + "sparql", query.encode(), {**headers, "Content-Type": ctype})
        out.append((f"POST {ctype}", status, body))
    status, _, body = http(f"{base}query?{urllib.parse.urlencode({'query': query, 'format': 'tsv'})}",
                           headers=headers)
    out.append(("GET /query", status, body))
    return out


# --------------------------------------------------------------------------
# no requests elsewhere


def test_listens_on_loopback_by_default(plain):
    from kg.cli import parser
    assert parser().parse_args(["serve"]).host == "127.0.0.1"
    host, port = plain.url.split("/")[2].rsplit(":", 1)
    assert host == "127.0.0.1"
    # and is not reachable on this machine's other address, when it has one (a UDP
    # "connect" sends nothing; it only picks the address a packet would leave from)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            outside = s.getsockname()[0]
        except OSError:
            outside = None
    if outside and not outside.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((outside, int(port)), timeout=2).close()


@pytest.mark.parametrize("form", [
    "SELECT * WHERE { SERVICE <U> { ?s ?p ?o } }",
    "select * where { service silent <U> { ?s ?p ?o } }",
    "PREFIX far: <U>\nSELECT * WHERE { SERVICE far:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<U> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER(1<2)SERVICE#>\n<U> { ?a ?b ?c } }",
    "ASK { SERVICE<U>{} }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <U> { ?s ?p ?o } }",
])
def test_service_is_refused_however_sent_and_nothing_leaves(plain, far, form):
    query = form.replace("<U>", f"<{far.url}>")
    before = len(far.requests)
    for how, status, body in send_every_way(plain.url, query):
        assert status == 403, (how, status, body)
        assert body.startswith("SERVICE ") and body.count("\n") == 1, (how, body)
        assert "--allow-service" in body
    time.sleep(0.2)
    assert len(far.requests) == before


def test_service_in_comments_and_strings_is_no_clause(plain, far):
    before = len(far.requests)
    query = (f'# SERVICE <{far.url}> {{ ?s ?p ?o }}\n'
             f'SELECT ?l WHERE {{ ?t a kgo:IndustryTrack ; rdfs:label ?l FILTER(?l != "SERVICE <{far.url}> {{") }}')
    for how, status, body in send_every_way(plain.url, query):
        assert status == (406 if "turtle" in how else 200), (how, status, body)    # a SELECT is no graph
    assert len(far.requests) == before


def test_allow_service_reaches_the_listed_endpoint_only(federated, far, listener):
    before = len(far.requests)
    status, _, body = sparql_get(federated, service_query(far.url + "sparql"))
    assert status == 200, body
    assert len(json.loads(body)["results"]["bindings"]) == 1
    assert len(far.requests) == before + 1 and far.requests[-1][1].startswith("/sparql")   # the positive control
    status, _, body = sparql_get(federated, service_query(listener.url))
    assert status == 403 and "not under an allowed endpoint prefix" in body
    status, _, body = sparql_get(federated, f"SELECT * WHERE {{ BIND(<{far.url}> AS ?e) SERVICE ?e {{ }} }}")
    assert status == 403 and "variable" in body
    time.sleep(0.2)
    assert listener.requests == [] and len(far.requests) == before + 1


def test_a_bad_allow_service_prefix_stops_the_server(kg_cli, cli_build):
    r = kg_cli("serve", "--store", str(cli_build.store), "--port", "0", "--allow-service", "127.0.0.1:3030",
               cwd=cli_build.cwd, timeout=60)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "--allow-service takes an http(s) endpoint prefix" in r.stderr


# --------------------------------------------------------------------------
# the token


GETS = ["", "index.html", "query.html", "sparql", "sparql?query=ASK%7B%7D", "query?query=ASK%7B%7D",
        "examples.json", "examples/enterprises-of-track.rq", "page-data.json", "favicon.ico", "nowhere"]


@pytest.mark.parametrize("path", GETS)
def test_every_get_needs_the_token(locked, path):
    status, headers, body = http(locked.url + path)
    assert status == 401, body
    assert headers["WWW-Authenticate"].startswith("Bearer")
    assert "needs a token" in body and body.count("\n") == 1
    status, headers, body = http(locked.url + path, headers={"Authorization": "Bearer wrong"})
    assert status == 401 and 'error="invalid_token"' in headers["WWW-Authenticate"]
    assert "token was refused" in body
    status, _, body = http(locked.url + path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == (404 if path == "nowhere" else 204 if path == "favicon.ico" else 200), body


def test_every_method_needs_the_token(locked):
    form = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    cases = [("POST", "sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}, 200),
             ("POST", "sparql", b"ASK {}", {"Content-Type": "application/sparql-query"}, 200),
             ("POST", "update", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403),
             ("PUT", "store?default", b"<a:b> <a:c> <a:d> .", {"Content-Type": "application/n-triples"}, 403),
             ("DELETE", "store?default", None, {}, 403),
             ("HEAD", "", None, {}, 200)]
    for method, path, data, headers, ok in cases:
        status, h, _ = http(locked.url + path, data, headers, method=method)
        assert status == 401 and h["WWW-Authenticate"].startswith("Bearer"), (method, path, status)
        status, _, _ = http(locked.url + path, data, {**headers, "Authorization": f"bearer {TOKEN}"}, method=method)
        assert status == ok, (method, path, status)
    # a CORS preflight carries no credentials: it is answered, and allows the header
    status, headers, _ = http(locked.url + "sparql", method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization"})
    assert status == 204 and "Authorization" in headers["Access-Control-Allow-Headers"]


def test_a_refused_request_leaves_the_connection_usable(locked):
    host, port = locked.url.split("/")[2].rsplit(":", 1)
    conn = HTTPConnection(host, int(port), timeout=10)
    try:
        body = urllib.parse.urlencode({"query": "ASK {} " + "#" * 50_000}).encode()
        conn.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        r.read()
        assert r.status == 401
        conn.request("GET", "/sparql?query=ASK%7B%7D", headers={"Authorization": f"Bearer {TOKEN}"})
        r = conn.getresponse()
        assert r.status == 200 and json.loads(r.read())["boolean"] is True
    finally:
        conn.close()


def test_a_browser_without_the_token_gets_the_locked_page(locked):
    status, headers, page = http(locked.url, headers={"Accept": "text/html,*/*;q=0.8"})
    assert status == 401 and headers["Content-Type"].startswith("text/html")
    assert headers["WWW-Authenticate"].startswith("Bearer")
    assert '{"locked": true}' in page and "enterprises-of-track" not in page     # no data without the token
    status, _, data = http(locked.url + "page-data.json", headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200 and "enterprises-of-track" in {e["name"] for e in json.loads(data)["examples"]}


def test_service_is_refused_with_the_token_too(locked, far):
    before = len(far.requests)
    for how, status, body in send_every_way(locked.url, service_query(far.url),
                                            {"Authorization": f"Bearer {TOKEN}"}):
        assert status == 403, (how, status, body)
    time.sleep(0.2)
    assert len(far.requests) == before


@pytest.mark.parametrize("content, message", [
    (None, "no token file at"),
    ("", "is empty"),
    ("  \n\n", "is empty"),
    ("two words", "one word of visible ASCII"),
    ("令牌", "one word of visible ASCII"),
])
def test_token_file_errors_are_one_line(kg_cli, cli_build, tmp_path, content, message):
    path = tmp_path / "token"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for args in (["serve", "--store", str(cli_build.store), "--port", "0"],
                 ["query", "ASK {}", "--endpoint", "http://127.0.0.1:9/sparql"],
                 ["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", str(cli_build.graph)]):
        r = kg_cli(*args, "--token-file", str(path), cwd=cli_build.cwd, timeout=60)
        assert r.returncode == 1, (args, r.stderr)
        assert r.stderr.startswith("kg: ") and message in r.stderr and r.stderr.count("\n") == 1, r.stderr


def _warnings(cli_build, *args: str) -> list[str]:
    errors: list[str] = []
    proc = start_serve(cli_build, "--workers", "1", "--quiet", *args, stderr_lines=errors)
    try:
        time.sleep(0.3)                 # the warning is written before the address; let it arrive
        return [e for e in errors if "warning" in e]
    finally:
        stop_serve(proc)


def test_a_host_others_can_reach_warns_unless_a_token_is_asked(cli_build, token_file):
    warned = _warnings(cli_build, "--host", "0.0.0.0")
    assert len(warned) == 1 and "--token-file" in warned[0] and "0.0.0.0" in warned[0]
    assert _warnings(cli_build, "--host", "0.0.0.0", "--token-file", str(token_file)) == []
    assert _warnings(cli_build, "--host", "localhost") == []


# --------------------------------------------------------------------------
# clients: kg query --endpoint, kg push, the query page


def test_kg_query_endpoint_sends_the_token(locked, kg_cli, cli_build, token_file, tmp_path):
    endpoint = locked.url + "sparql"
    r = kg_cli("query", "enterprises-of-track", "--endpoint", endpoint, "--token-file", str(token_file),
               "--format", "csv", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert "腾讯" in r.stdout
    r = kg_cli("query", "ASK {}", "--endpoint", endpoint, cwd=cli_build.cwd)
    assert r.returncode == 1 and "answered 401" in r.stderr and "pass --token-file FILE" in r.stderr
    wrong = tmp_path / "wrong"
    wrong.write_text("nope", encoding="utf-8")
    r = kg_cli("query", "ASK {}", "--endpoint", endpoint, "--token-file", str(wrong), cwd=cli_build.cwd)
    assert r.returncode == 1 and "refused the token" in r.stderr


def test_kg_push_sends_the_token(locked, kg_cli, cli_build, token_file, tmp_path):
    # kg serve is read-only: with the token, an upload gets as far as the read-only refusal
    small = tmp_path / "small.nt"
    small.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    for graph, refusal in ((small, "answered 403"), (cli_build.graph, "answered 413")):  # 413: over 1 MB
        args = ["push", "--endpoint", locked.url + "store", "--graph", str(graph)]
        r = kg_cli(*args, cwd=cli_build.cwd)
        assert r.returncode == 1 and "answered 401" in r.stderr and "pass --token-file FILE" in r.stderr
        r = kg_cli(*args, "--token-file", str(token_file), cwd=cli_build.cwd)
        assert r.returncode == 1 and refusal in r.stderr, r.stderr


def test_query_page_asks_for_the_token_once(locked):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from browser import Chromium, chromium_or_skip

    chromium_or_skip()
    with Chromium(width=1280, height=900) as browser:
        page = browser.open("about:blank")
        page.prompt_text = TOKEN
        page.navigate(locked.url)
        page.wait_for("document.querySelectorAll('.example').length >= 5", timeout=15)
        assert len(page.dialogs) == 1 and "token" in page.dialogs[0]
        assert page.evaluate("sessionStorage.getItem('kg-serve-token')") == TOKEN
        x, y = page.evaluate("(() => { const r = document.querySelector('.example[data-name=\"enterprises-of-track\"]')"
                             ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        page.click(x, y)
        page.wait_for("document.querySelectorAll('#results tbody tr').length > 0", timeout=15)
        assert "腾讯" in page.evaluate("document.getElementById('results').innerText")
        # the page's other fetches carry it too, and nothing asks again
        assert page.evaluate("authFetch(link('csv')).then(r => r.status)") == 200
        page.navigate(locked.url)                    # the same tab: sessionStorage keeps the token
        page.wait_for("document.querySelectorAll('.example').length >= 5", timeout=15)
        assert len(page.dialogs) == 1
        errors = [e for e in page.console_errors if "401" not in e]
        assert not errors, errors
