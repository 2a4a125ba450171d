"""`kg serve` on a network: no requests elsewhere for a client.

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
