"""`kg serve`: the SPARQL 1.1 Protocol as real clients use it.

One server is started per module, the way a user starts it (``kg serve --store s
--port 0`` in a new process, on the session build of the bundled corpus), with a
short time limit and a small row cap so that both can be hit quickly. Clients:
SPARQLWrapper, rdflib's SPARQLStore, urllib, `kg query --endpoint`, and the
query page in a real headless Chromium (skipped when no chromium binary is found).
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph
import pytest

from conftest import REPO

from kg.query import load_query, run_query, standalone_query
from kg.store import open_store

TIMEOUT = 1.5          # --timeout of the test server, seconds
MAX_ROWS = 100         # --max-rows of the test server
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"   # 8k³ rows to count
ESPORTS = {"腾讯", "网易", "完美世界"}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def start_serve(cli_build, *args: str, stderr_lines: list[str] | None = None) -> subprocess.Popen:
    """``kg serve --store s --port 0 ARGS`` in a new process, as a user starts it; the
    process gets a ``url`` attribute once it prints it. Stop it with `stop_serve`.
    ``stderr_lines`` collects what it writes to stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(cli_build.store), "--port", "0", *args],
        cwd=cli_build.cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    errors = stderr_lines if stderr_lines is not None else []
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    threading.Thread(target=lambda: [errors.append(x) for x in proc.stderr], daemon=True).start()
    url = None
    deadline = time.monotonic() + 60
    while url is None and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if line.startswith("serving "):
            url = line.rsplit(" at ", 1)[1].strip()
    if url is None:
        proc.kill()
        proc.wait()
        pytest.fail(f"kg serve did not start: {''.join(errors)}")
    proc.url = url
    return proc


def stop_serve(proc: subprocess.Popen) -> None:
    """Ctrl-C, as a user stops it."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def server(cli_build):
    """``kg serve`` on the session build; yields its base URL (``http://127.0.0.1:PORT/``)."""
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    proc = start_serve(cli_build, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", "2",
                       "--quiet")
    yield proc
    stop_serve(proc)


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None, timeout: float = 30):
    """(status, headers, body text) of one request; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def sparql_get(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{server.url}sparql?{qs}", headers={"Accept": accept} if accept else {})


def enterprises_query() -> str:
    """The bundled enterprises-of-track query, self-contained, for the default track 电竞文娱."""
    return standalone_query(load_query("enterprises-of-track"), {"track": "电竞文娱"})


# --------------------------------------------------------------------------
# real clients


def test_sparqlwrapper_enterprises_of_esports_as_json_and_csv(server, cli_build):
    from SPARQLWrapper import CSV, JSON, SPARQLWrapper
    local = run_query(open_store(cli_build.store), enterprises_query())
    sw = SPARQLWrapper(server.url + "sparql")
    sw.setQuery(enterprises_query())

    sw.setReturnFormat(JSON)
    doc = sw.query().convert()
    assert doc["head"]["vars"] == ["track", "firm", "name", "sentence", "doc"]
    rows = doc["results"]["bindings"]
    assert ESPORTS <= {r["name"]["value"] for r in rows}
    assert {r["track"]["value"] for r in rows} == {"电竞文娱"}
    assert rows[0]["firm"]["type"] == "uri" and rows[0]["name"].get("xml:lang") == "zh"
    assert sorted(tuple(r[v]["value"] for v in doc["head"]["vars"] if v in r) for r in rows) == \
        sorted(tuple(x for x in row if x is not None) for row in local.rows)

    sw.setReturnFormat(CSV)
    text = sw.query().convert().decode("utf-8")
    import csv
    import io
    table = list(csv.DictReader(io.StringIO(text, newline="")))
    assert ESPORTS <= {r["name"] for r in table}
    assert len(table) == len(rows)


def test_sparqlwrapper_insert_is_refused_with_a_message(server):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
    sw = SPARQLWrapper(server.url + "sparql", updateEndpoint=server.url + "sparql")
    sw.setMethod(POST)
    sw.setQuery('INSERT DATA { <https://example.org/a> <https://example.org/b> "c" }')
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as e:
        sw.query()
    assert "403" in str(e.value) or getattr(e.value, "code", None) == 403
    # every way of sending an update gets 403 and says why
    for data, ctype in [(b"update=INSERT+DATA+%7B%3Ca%3Ab%3E+%3Ca%3Ac%3E+%3Ca%3Ad%3E%7D", "application/x-www-form-urlencoded"),
                        (b"INSERT DATA { <a:b> <a:c> <a:d> }", "application/sparql-update"),
                        (b"DELETE WHERE { ?s ?p ?o }", "application/sparql-query")]:
        status, _, body = http(server.url + "sparql", data, {"Content-Type": ctype})
        assert status == 403 and "read-only" in body, (ctype, status, body)
    status, _, body = http(server.url + "store?default", b"<a:b> <a:c> <a:d> .",
                           {"Content-Type": "application/n-triples"}, method="PUT")
    assert status == 403 and "read-only" in body
    # and nothing changed
    status, _, body = sparql_get(server, "ASK { <a:b> ?p ?o }")
    assert json.loads(body)["boolean"] is False


def test_rdflib_sparqlstore(server):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    g = Graph(store=SPARQLStore(query_endpoint=server.url + "sparql"))
    rows = list(g.query(enterprises_query()))
    assert ESPORTS <= {str(r.name) for r in rows}
    built = g.query("CONSTRUCT { ?f a ?c } WHERE { ?f a kgo:Enterprise ; a ?c } LIMIT 5")
    assert len(built) == 5
    assert all(isinstance(s, URIRef) for s, _, _ in built)
    assert g.query("ASK { ?s a kgo:IndustryTrack }").askAnswer is True


def test_kg_query_endpoint_matches_the_local_store(server, kg_cli, cli_build):
    remote = kg_cli("query", "enterprises-of-track", "--endpoint", server.url + "sparql", "--format", "csv",
                    cwd=cli_build.cwd)
    local = kg_cli("query", "enterprises-of-track", "--store", str(cli_build.store), "--format", "csv",
                   cwd=cli_build.cwd)
    assert remote.returncode == 0, remote.stderr
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    table = kg_cli("query", "enterprises-of-track", "--param", "track=生命健康", "--endpoint",
                   server.url + "sparql", cwd=cli_build.cwd)
    assert table.returncode == 0 and "华东医药" in table.stdout and "腾讯" not in table.stdout
    bad = kg_cli("query", "SELECT ?x WHERE { ?x", "--endpoint", server.url + "sparql", cwd=cli_build.cwd)
    assert bad.returncode == 1 and "answered 400" in bad.stderr and "syntax error" in bad.stderr


# --------------------------------------------------------------------------
# the protocol


def test_get_post_form_and_post_query_agree(server):
    q = "SELECT ?f WHERE { ?f a kgo:Enterprise } ORDER BY ?f LIMIT 7"
    got = [sparql_get(server, q)]
    got.append(http(server.url + "sparql", urllib.parse.urlencode({"query": q}).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded"}))
    got.append(http(server.url + "sparql", q.encode(), {"Content-Type": "application/sparql-query"}))
    bodies = set()
    for status, headers, body in got:
        assert status == 200, body
        assert headers["Content-Type"].startswith("application/sparql-results+json")
        assert headers["X-KG-Rows"] == "7" and headers["Access-Control-Allow-Origin"] == "*"
        bodies.add(body)
    assert len(bodies) == 1


@pytest.mark.parametrize("accept, fmt, media", [
    ("application/sparql-results+json", None, "application/sparql-results+json"),
    ("application/sparql-results+xml", None, "application/sparql-results+xml"),
    ("text/csv", None, "text/csv"),
    ("text/tab-separated-values", None, "text/tab-separated-values"),
    (None, "tsv", "text/tab-separated-values"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", None, "application/sparql-results+json"),
])
def test_select_content_negotiation(server, accept, fmt, media):
    q = 'SELECT ?t ?l WHERE { ?t a kgo:IndustryTrack ; rdfs:label ?l FILTER(?l = "电竞文娱"@zh) }'
    status, headers, body = sparql_get(server, q, accept, **({"format": fmt} if fmt else {}))
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == media
    assert "电竞文娱" in body
    if media != "text/csv":              # CSV is lossy; the others parse back
        kind = pyoxigraph.QueryResultsFormat.from_media_type(media)
        sols = list(pyoxigraph.parse_query_results(body, kind))
        assert sols[0]["l"] == pyoxigraph.Literal("电竞文娱", language="zh")


@pytest.mark.parametrize("accept, media", [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
    (None, "text/turtle"),
])
def test_construct_and_describe_content_negotiation(server, accept, media):
    for q in ("CONSTRUCT { ?t rdfs:label ?l } WHERE { ?t a kgo:IndustryTrack ; rdfs:label ?l }",
              "DESCRIBE <https://w3id.org/gongshu-kg/resource/IndustryTrack/电竞文娱>"):
        status, headers, body = sparql_get(server, q, accept)
        assert status == 200, body
        assert headers["Content-Type"].split(";")[0] == media
        triples = list(pyoxigraph.parse(body.encode("utf-8"), format=pyoxigraph.RdfFormat.from_media_type(media)))
        assert any(t.object == pyoxigraph.Literal("电竞文娱", language="zh") for t in triples)


def test_unacceptable_format_is_406(server):
    status, _, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png")
    assert status == 406 and "text/csv" in body
    status, _, body = sparql_get(server, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "text/csv")
    assert status == 406 and "text/turtle" in body


def test_syntax_error_is_400_with_the_place(server):
    status, _, body = sparql_get(server, "SELECT ?x WHERE {\n  ?x foo:bar ?y }")
    assert status == 400
    assert "line 2" in body and "undeclared prefix 'foo:'" in body


def test_row_cap_cuts_and_says_so(server):
    status, headers, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-KG-Truncated"] == "true" and headers["X-KG-Row-Cap"] == str(MAX_ROWS)
    assert f"cut at {MAX_ROWS}" in headers["Warning"]
    status, headers, body = sparql_get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert status == 200 and len(body.strip().splitlines()) == MAX_ROWS and headers["X-KG-Truncated"] == "true"
    status, headers, _ = sparql_get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")
    assert headers["X-KG-Rows"] == "5" and "X-KG-Truncated" not in headers


def _worker_count(pid: int) -> int | None:
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    n = 0
    for d in proc.iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            n += fields[1] == str(pid)
    return n


def test_time_limit_stops_the_query_and_the_server_keeps_serving(server):
    before = _worker_count(server.pid)
    for _ in range(3):
        t0 = time.monotonic()
        status, _, body = sparql_get(server, RUNAWAY)
        took = time.monotonic() - t0
        assert status == 503, body
        assert "time limit" in body and f"{TIMEOUT:g} s" in body
        assert took < TIMEOUT + 5
        # the server still answers, at once
        status, _, body = sparql_get(server, "ASK { ?s a kgo:Enterprise }")
        assert status == 200 and json.loads(body)["boolean"] is True
    # runaway queries do not pile up: their workers were killed and replaced
    time.sleep(2)
    assert _worker_count(server.pid) == before
    assert server.poll() is None


def test_cors_preflight(server):
    status, headers, _ = http(server.url + "sparql", method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()


def test_service_description(server):
    status, headers, body = http(server.url + "sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    SD = "http://www.w3.org/ns/sparql-service-description#"
    triples = list(pyoxigraph.parse(body.encode(), format=pyoxigraph.RdfFormat.TURTLE))
    preds = {t.predicate.value for t in triples}
    assert {SD + "endpoint", SD + "supportedLanguage", SD + "resultFormat", SD + "defaultDataset"} <= preds
    assert any(t.object == pyoxigraph.NamedNode(SD + "Service") for t in triples)


def test_page_and_examples(server):
    status, headers, page = http(server.url, headers={"Accept": "text/html"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "enterprises-of-track" in page and "/*KG-DATA*/null" not in page
    assert "http://" not in page.split("<script>")[0].replace("http://www.w3.org", "")   # nothing fetched from elsewhere
    status, _, examples = http(server.url + "examples.json")
    names = {e["name"] for e in json.loads(examples)}
    assert {"enterprises-of-track", "relation-evidence"} <= names
    status, _, text = http(server.url + "examples/enterprises-of-track.rq?" +
                           urllib.parse.urlencode({"track": "生命健康"}))
    assert status == 200 and "生命健康" in text and "VALUES ?track" in text and "PREFIX kgo:" in text
    status, _, body = http(server.url + "examples/enterprises-of-track.rq?trak=x")
    assert status == 400 and "unknown parameter" in body


# --------------------------------------------------------------------------
# the query page in a real browser


def test_query_page_in_headless_chromium(server):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from browser import Chromium, chromium_or_skip      # skips without chromium; fails in CI

    chromium_or_skip()
    with Chromium(width=1280, height=900) as browser:
        page = browser.open("about:blank")
        js, wait_for = page.evaluate, page.wait_for

        def click(selector: str):
            """A real mouse click at the element's centre."""
            x, y = js(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                      " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
            page.click(x, y)

        def type_into(selector: str, text: str):
            """Select the field's content and type over it, as a person would."""
            js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.select(); }})()")
            page.type(text)

        page.navigate(server.url)
        wait_for("document.querySelectorAll('.example').length >= 5", timeout=15)
        # one click on an example query loads it and runs it
        click('.example[data-name="enterprises-of-track"]')
        wait_for("document.querySelectorAll('#results tbody tr').length > 0", timeout=15)
        text = js("document.getElementById('results').innerText")
        assert all(name in text for name in ESPORTS), text
        assert "VALUES ?track" in js("document.getElementById('query').value")
        assert "row" in js("document.getElementById('status').textContent")
        # a parameter box re-binds the example
        type_into("#params input[name=track]", "生命健康")
        click("#run")
        wait_for("document.getElementById('results').innerText.includes('华东医药')", timeout=15)
        assert "腾讯" not in js("document.getElementById('results').innerText")
        # a cut result shows a note; an error shows the server's message
        type_into("#query", "SELECT * WHERE { ?s ?p ?o }")
        click("#run")
        wait_for("getComputedStyle(document.getElementById('note')).display !== 'none'", timeout=15)
        assert str(MAX_ROWS) in js("document.getElementById('note').textContent")
        assert not page.console_errors, page.console_errors
        type_into("#query", "SELECT ?x WHERE { ?x")
        click("#run")
        wait_for("getComputedStyle(document.getElementById('error')).display !== 'none'", timeout=15)
        assert "syntax error" in js("document.getElementById('error').textContent")
        # everything the page loaded came from the server itself (it works offline)
        origins = {u.split("/", 3)[2] for u in page.requests if u.startswith("http")}
        assert origins <= {server.url.split("/", 3)[2]}, page.requests
        click('.example[data-name="enterprises-of-track"]')
        wait_for("document.querySelectorAll('#results tbody tr').length > 0", timeout=15)
        page.screenshot(Path(__file__).resolve().parent.parent / "test-artifacts" / "query-page.png")
