"""kg.query: the bundled example queries, parameters, errors and output formats."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store import DOCS, SCRIPT, build_store  # noqa: E402

from kg.emit import entity_iri  # noqa: E402
from kg.query import (  # noqa: E402
    IRI, QUERY_DIR, QueryError, QueryResult, format_csv, format_json, format_ntriples,
    format_result, format_table, format_turtle, list_queries, load_query, query_header,
    run_query, shorten, text_width,
)

KGO = "https://w3id.org/gongshu-kg/ontology#"
A, B = "000_aaaa.txt", "001_bbbb.txt"


def S(doc: str, i: int) -> str:
    """The text of sentence i of a sample document."""
    return DOCS[doc][3][i][1]


def E(key: str) -> str:
    cls, name = key.split("/", 1)
    return entity_iri(cls, name)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("q"))


def rows(store, name, **params):
    return set(run_query(store, load_query(name), params or None).rows)


# --------------------------------------------------------------------------
# the bundled queries


def test_bundled_queries_have_headers():
    stems = {q.stem for q in list_queries()}
    assert {"enterprises-of-track", "in-commercial-district", "projects-of-firm",
            "relation-evidence", "documents-mentioning", "track-overview"} <= stems
    for q in list_queries():
        text = q.path.read_text(encoding="utf-8")
        assert text.startswith("# title: ")
        assert q.title and len(q.description) >= 2, q.stem            # English and Chinese
        assert any("\u4e00" <= ch <= "\u9fff" for ch in " ".join(q.description)), q.stem
        assert "# params:" in text


def test_enterprises_of_track_default(store):
    assert rows(store, "enterprises-of-track") == {
        ("电竞文娱", E("Enterprise/腾讯"), "腾讯", S(A, 0), A),
        ("电竞文娱", E("Enterprise/腾讯"), "腾讯", S(B, 2), B),
        ("电竞文娱", E("Enterprise/网易"), "网易", S(A, 0), A),
        ("电竞文娱", E("Enterprise/完美世界"), "完美世界", S(A, 0), A),
    }


def test_enterprises_of_track_by_alias_and_other_track(store):
    by_alias = rows(store, "enterprises-of-track", track="电竞文旅")
    assert {r[1:] for r in by_alias} == {r[1:] for r in rows(store, "enterprises-of-track")}
    assert rows(store, "enterprises-of-track", track="生命健康") == {
        ("生命健康", E("Enterprise/华东医药"), "华东医药", S(B, 4), B)}
    assert rows(store, "enterprises-of-track", track="不存在") == set()


def test_in_commercial_district(store):
    loc, part = IRI(KGO + "locatedIn"), IRI(KGO + "partOf")
    assert rows(store, "in-commercial-district", district="大武林商圈") == {
        ("大武林商圈", E("CommercialDistrict/武林夜市"), "武林夜市", "CommercialDistrict", loc, S(B, 0), B),
        ("大武林商圈", E("CommercialDistrict/武林路"), "武林路", "CommercialDistrict", part, S(B, 0), B),
        ("大武林商圈", E("Project/杭州大厦新馆"), "杭州大厦新馆", "Project", loc, S(B, 1), B),
    }
    # nothing lies in 武林路 in this fixture (it is itself part of 大武林商圈); the
    # default parameter is 武林路, which answers on the bundled corpus (test_examples)
    assert rows(store, "in-commercial-district", district="武林路") == set()
    assert rows(store, "in-commercial-district") == set()


def test_projects_of_firm(store):
    assert rows(store, "projects-of-firm") == {
        ("华东医药", E("Project/华东医药未来产业园"), "华东医药未来产业园", S(A, 1), A)}
    assert rows(store, "projects-of-firm", firm="腾讯") == set()


def test_relation_evidence(store):
    track = E("IndustryTrack/电竞文娱")
    assert rows(store, "relation-evidence") == {
        ("腾讯", E("Enterprise/腾讯"), KGO + "inTrack", track, S(A, 0), "enumeration-head", "0.9", A),
        ("腾讯", E("Enterprise/腾讯"), KGO + "inTrack", track, S(B, 2), "track-clause", "0.8", B),
    }
    # both directions, found by an alias
    park = rows(store, "relation-evidence", entity="华东医药未来产业园")
    assert {(r[1], r[2].split("#")[1], r[3], r[7]) for r in park} == {
        (E("Project/华东医药未来产业园"), "ownedBy", E("Enterprise/华东医药"), A),
        (E("Project/华东医药未来产业园"), "locatedIn", E("Place/拱墅区"), A),
        (E("Project/华东医药未来产业园"), "inTrack", E("IndustryTrack/生命健康"), B),
    }
    hangzhou = rows(store, "relation-evidence", entity="杭州")
    assert {(r[1], r[3]) for r in hangzhou} == {(E("Place/拱墅区"), E("Place/杭州"))}


def test_documents_mentioning(store):
    assert rows(store, "documents-mentioning", entity="拱墅区") == {
        ("拱墅区", A, "拱墅区政府工作报告", "2023-02", "2"),
        ("拱墅区", B, "大武林商圈新闻发布会", "2023", "1"),
    }
    assert rows(store, "documents-mentioning", entity="腾讯公司") == {
        ("腾讯公司", A, "拱墅区政府工作报告", "2023-02", "1"),
        ("腾讯公司", B, "大武林商圈新闻发布会", "2023", "1"),
    }
    result = run_query(store, load_query("documents-mentioning"), {"entity": "拱墅区"})
    assert result.variables == ["entity", "doc", "title", "date", "sentences"]
    assert result.rows[0][1] == A                       # most mentions first
    assert rows(store, "documents-mentioning") == {     # the default: 华东医药
        ("华东医药", A, "拱墅区政府工作报告", "2023-02", "1"),
        ("华东医药", B, "大武林商圈新闻发布会", "2023", "1"),
    }


def test_track_overview(store):
    assert rows(store, "track-overview") == {
        (E("IndustryTrack/电竞文娱"), "电竞文娱", "3", "0", "0"),
        (E("IndustryTrack/生命健康"), "生命健康", "1", "2", "1"),
    }


# --------------------------------------------------------------------------
# loading, prefixes, parameters


def test_load_query_sources(tmp_path):
    assert load_query("enterprises-of-track") == (QUERY_DIR / "enterprises-of-track.rq").read_text(encoding="utf-8")
    assert load_query("enterprises-of-track.rq").startswith("# title:")
    f = tmp_path / "mine.sparql"
    f.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(f)) == "ASK { ?s ?p ?o }"
    assert load_query(f) == "ASK { ?s ?p ?o }"
    assert load_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match="bundled queries: .*enterprises-of-track"):
        load_query("enterprise-of-track")


def test_query_header():
    h = query_header("# title: T\n# description: en\n# description: 中文\n# params: a=1 b=电竞\nSELECT * {}")
    assert h == {"title": "T", "description": ["en", "中文"], "params": {"a": "1", "b": "电竞"}}


def test_predeclared_and_declared_prefixes(store):
    plain = run_query(store, "SELECT ?x WHERE { ?x a kgo:Enterprise }")
    assert len(plain.rows) == 4
    declared = run_query(store, f"PREFIX kgo: <{KGO}>\nSELECT ?x WHERE {{ ?x a kgo:Enterprise }}")
    assert set(declared.rows) == set(plain.rows)
    other = run_query(store, "PREFIX kgo: <http://example.org/>\nSELECT ?x WHERE { ?x a kgo:Enterprise }")
    assert other.rows == []                             # the query's own declaration wins


def test_parameter_errors(store):
    with pytest.raises(QueryError, match="unknown parameter 'trak' — this query takes: track"):
        run_query(store, load_query("enterprises-of-track"), {"trak": "x"})
    with pytest.raises(QueryError, match="no \\?nope variable"):
        run_query(store, "SELECT ?x WHERE { ?x a kgo:Enterprise }", {"nope": "x"})
    with pytest.raises(QueryError, match="must be one of the SELECT variables"):
        run_query(store, "SELECT ?x WHERE { ?x rdfs:label ?n FILTER(STR(?n) = ?name) }", {"name": "腾讯"})


def test_ad_hoc_bindings(store):
    r = run_query(store, "SELECT ?x ?name WHERE { ?x rdfs:label ?l FILTER(STR(?l) = ?name) }",
                  {"name": "网易"})
    assert r.rows == [(E("Enterprise/网易"), "网易")]
    r = run_query(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(LANG(?l) = 'en') }",
                  {"e": f"<{E('Enterprise/腾讯')}>"})
    assert r.rows == [(E("Enterprise/腾讯"), "Tencent")]


@pytest.mark.parametrize("sparql, where", [
    ("SELECT ?x WHERE { ?x a kgo:Enterprise ", "line 1"),
    ("SELECT ?x WHERE {\n  ?x foo:bar ?y }", "line 2"),
    ("SELEC ?x WHERE { ?x ?p ?o }", "line 1"),
])
def test_syntax_errors_are_one_line(store, sparql, where):
    with pytest.raises(QueryError) as e:
        run_query(store, sparql)
    msg = str(e.value)
    assert msg.startswith(f"SPARQL syntax error at {where}, column ")
    assert "\n" not in msg and len(msg) < 300
    assert msg.endswith("check the query, or see `kg query --help` for examples")


def test_undeclared_prefix_is_named(store):
    with pytest.raises(QueryError, match="undeclared prefix 'foo:'"):
        run_query(store, "SELECT ?x WHERE {\n  ?x foo:bar ?y }")


def test_ask_and_construct(store):
    assert run_query(store, "ASK { ?x a kgo:Enterprise }").boolean is True
    assert run_query(store, "ASK { ?x a kgo:Nothing }").boolean is False
    g = run_query(store, "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kgo:Place ; rdfs:label ?l }")
    assert g.kind == "graph" and len(g.triples) == 4             # zh + en labels of two places
    assert g.variables == ["subject", "predicate", "object"]
    nt = format_ntriples(g)
    assert nt.count(" .\n") == 4 and '"拱墅区"@zh' in nt
    ttl = format_turtle(g)
    assert "@prefix kgr:" in ttl and "拱墅区" in ttl
    assert format_result(g, "table") == ttl


# --------------------------------------------------------------------------
# formatting


def test_text_width():
    assert text_width("abc") == 3
    assert text_width("腾讯") == 4
    assert text_width("ｅ") == 2                            # fullwidth
    assert text_width("e\u0301") == 1                        # combining accent


def test_shorten():
    assert shorten(E("Enterprise/腾讯")) == "kgr:Enterprise/腾讯"
    assert shorten(KGO + "inTrack") == "kgo:inTrack"
    assert shorten("http://example.org/x") == "<http://example.org/x>"


def test_format_table(store):
    result = run_query(store, load_query("enterprises-of-track"))
    table = format_table(result, max_width=30)
    lines = table.splitlines()
    assert lines[0].split() == ["track", "firm", "name", "sentence", "doc"]
    assert lines[-1] == "(4 rows)"
    assert "kgr:Enterprise/腾讯" in table and "https://" not in table
    assert "…" in table                                      # the long sentence is cut
    body = lines[2:-1]                                       # the doc column lines up
    assert len({text_width(l[:max(l.find("000_"), l.find("001_"))]) for l in body}) == 1
    # the full table keeps whole sentences
    assert S(A, 0) in format_table(result, max_width=200)
    assert format_table(QueryResult("ask", boolean=True)) == "true"


def test_format_table_columns_line_up_with_cjk():
    r = QueryResult("select", ["a", "b"], [("腾讯", "x"), ("abc", "y"), ("完美世界", "z")])
    lines = format_table(r).splitlines()
    assert {text_width(l[:l.index(ch)]) for l, ch in zip(lines[2:5], "xyz")} == {10}


def test_format_csv_round_trips(store):
    result = run_query(store, load_query("relation-evidence"))
    text = format_csv(result)
    assert "\r\n" in text
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == result.variables
    assert {tuple(r) for r in parsed[1:]} == {tuple("" if v is None else v for v in row) for row in result.rows}
    assert any(E("Enterprise/腾讯") in r for r in parsed)      # full IRIs in CSV
    tricky = QueryResult("select", ["v"], [('他说"好",\n再见',), (None,)])
    assert list(csv.reader(io.StringIO(format_csv(tricky), newline=""))) == [["v"], ['他说"好",\n再见'], [""]]


def test_format_json_follows_sparql_results(store):
    result = run_query(store, load_query("relation-evidence"))
    doc = json.loads(format_json(result))
    assert doc["head"]["vars"] == result.variables
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 2
    b = next(b for b in bindings if b["doc"]["value"] == A)
    assert b["subject"] == {"type": "uri", "value": E("Enterprise/腾讯")}
    assert b["sentence"] == {"type": "literal", "value": S(A, 0), "xml:lang": "zh"}
    assert b["confidence"] == {"type": "literal", "value": "0.9",
                               "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    assert b["rule"] == {"type": "literal", "value": "enumeration-head"}
    assert json.loads(format_json(QueryResult("ask", boolean=False))) == {"head": {}, "boolean": False}
    # unbound variables are left out of a binding
    r = run_query(store, "SELECT ?x ?en WHERE { ?x a kgo:Place OPTIONAL { ?x kgo:nothing ?en } }")
    assert all(set(b) == {"x"} for b in json.loads(format_json(r))["results"]["bindings"])


def test_script_label_is_data(store):
    r = run_query(store, "SELECT ?n WHERE { ?x a kgo:Institution ; rdfs:label ?n }")
    assert r.rows == [(SCRIPT,)]


def test_format_result_rejects_unknown(store):
    r = run_query(store, "SELECT ?x WHERE { ?x a kgo:Place }")
    with pytest.raises(QueryError, match="unknown format"):
        format_result(r, "xml")
    with pytest.raises(QueryError, match="CONSTRUCT or DESCRIBE"):
        format_result(r, "ttl")


# --------------------------------------------------------------------------
# SERVICE: no request leaves the machine unless its endpoint is allowed

from itertools import product  # noqa: E402

import pyoxigraph  # noqa: E402

from kg.federation import allowed, refusal, services  # noqa: E402
from kg.query import PREFIXES, ServiceRefused  # noqa: E402

# U stands for the endpoint (the listener's URL), P for its port. Each of these
# reaches U when Oxigraph runs it (checked below against pyoxigraph itself).
REACHING = {
    "plain": "SELECT * WHERE { SERVICE <U> { ?a ?b ?c } }",
    "lowercase": "select * where { service <U> { ?a ?b ?c } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <U> { ?a ?b ?c } }",
    "no spaces": "SELECT * WHERE { SERVICE<U>{ ?a ?b ?c } }",
    "keyword run together": "SELECT * WHERE { SERVICESILENT<U>{ ?a ?b ?c } }",
    "after a keyword": "SELECT * WHERE { ?s ?p ?o FILTER(true)SERVICE <U> { ?a ?b ?c } }",
    "comments between": "SELECT * WHERE { SERVICE # a\n SILENT # b\n <U> # c\n { ?a ?b ?c } }",
    "prefixed name": "PREFIX e: <U> SELECT * WHERE { SERVICE e:x { ?a ?b ?c } }",
    "prefixed name run together": "PREFIX e: <U> SELECT * WHERE { SERVICEe:x { ?a ?b ?c } }",
    "prefix declared twice": "PREFIX e: <http://safe/> PREFIX e: <U> SELECT * WHERE { SERVICE e:x { ?a ?b ?c } }",
    "empty prefix": "PREFIX : <U> SELECT * WHERE { SERVICE :q { ?a ?b ?c } }",
    "escaped local name": "PREFIX e: <U> SELECT * WHERE { SERVICE e:\\~x { ?a ?b ?c } }",
    "relative to BASE": "BASE <U> SELECT * WHERE { SERVICE <y> { ?a ?b ?c } }",
    "relative prefix": "BASE <U> PREFIX e: <> SELECT * WHERE { SERVICE e:w { ?a ?b ?c } }",
    "escaped IRI": "SELECT * WHERE { SERVICE <http://127.0.0.1:P\\u002Fz> { ?a ?b ?c } }",
    "less-than then comment": "SELECT * WHERE { ?s ?p ?o FILTER(1<2)SERVICE#>\n<U> { ?a ?b ?c } }",
    "less-than then quote": "SELECT * WHERE { ?s ?p ?o FILTER(1<2||'x>'!=\"\")SERVICE <U> { ?a ?b ?c } FILTER('a'!=\"\") }",
    "escaped hash in a name": "PREFIX e: <http://e/>\nSELECT * WHERE { OPTIONAL { ?s ?p e:a\\# } SERVICE <U> { ?a ?b ?c } }",
    "escaped quote in a name": "PREFIX e: <http://e/>\nSELECT * WHERE { OPTIONAL { ?s ?p e:a\\' } SERVICE <U> { ?a ?b ?c } }",
    "language tag": "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"x\"@en--ltr)SERVICE <U> { ?a ?b ?c } }",
    "subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <U> { ?a ?b ?c } } } }",
    "exists": "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <U> { ?a ?b ?c } } }",
    "optional": "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <U> { ?a ?b ?c } } }",
    "union": "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <U> { ?a ?b ?c } } }",
    "construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <U> { ?s ?p ?o } }",
    "describe": "DESCRIBE ?s WHERE { SERVICE <U> { ?s ?p ?o } }",
    "ask": "ASK { SERVICE <U> { ?s ?p ?o } }",
}
# These never reach anything: the word is in a comment, a string, an IRI or a name.
HARMLESS = {
    "comment": "SELECT * WHERE { ?s ?p ?o } # SERVICE <U> { ?a ?b ?c }",
    "comment first": "# SERVICE <U> {\nSELECT * WHERE { ?s ?p ?o }",
    "string": "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"SERVICE <U> { }\") }",
    "long string": "SELECT * WHERE { ?s ?p ?o FILTER(?o != '''\nservice <U> {\n''') }",
    "IRI": "SELECT * WHERE { ?s <http://x/service> ?o }",
    "IRI with a fragment": "SELECT * WHERE {\n ?s a <http://example.org/service#Thing>\n}",
    "service description": "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"
                           "SELECT * WHERE { ?s a sd:Service }",
    "variable": "SELECT ?service WHERE { ?service ?p ?o }",
    "prefixed name": "PREFIX ex: <http://e/> SELECT * WHERE { ?s ex:service ?o }",
    "graph variable": "SELECT * WHERE { GRAPH ?service { ?s ?p ?o } }",
}


def _with(query: str, url: str) -> str:
    port = url.rsplit(":", 1)[1].strip("/")
    return query.replace("<U>", f"<{url}>").replace(":P", f":{port}")


def _generated() -> list[str]:
    """The keyword, SILENT and the endpoint, joined every way Oxigraph may accept."""
    out = []
    for kw, gap, silent, target, where in product(
            ["SERVICE", "sErViCe"], ["", " ", "\n#>\n", "\t"], ["", "SILENT", "SILENT "],
            ["<U>", "e:x", ":"], ["{ %s }", "{ ?s ?p ?o . %s }", "{ ?s ?p ?o FILTER(1<2)%s }"]):
        clause = f"{kw}{gap}{silent}{gap}{target}{gap}{{ ?a ?b ?c }}"
        out.append("PREFIX e: <U> PREFIX : <U>\nSELECT * WHERE " + where % clause)
    return out


@pytest.mark.parametrize("name", sorted(REACHING))
def test_service_clauses_are_found_however_written(name):
    query = _with(REACHING[name], "http://127.0.0.1:9/")
    assert refusal(query, [], PREFIXES), name


@pytest.mark.parametrize("name", sorted(HARMLESS))
def test_the_word_service_elsewhere_is_no_clause(name):
    assert services(_with(HARMLESS[name], "http://127.0.0.1:9/"), PREFIXES) == [], name


def test_the_finder_misses_nothing_oxigraph_would_send(listener):
    """Every query that makes pyoxigraph itself send a request is one `refusal` refuses."""
    store = pyoxigraph.Store()
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://e/s"), pyoxigraph.NamedNode("http://e/p"),
                              pyoxigraph.Literal("o")))
    reached, missed = 0, []
    for query in [*REACHING.values(), *HARMLESS.values(), *_generated()]:
        query = _with(query, listener.url)
        before = len(listener.requests)
        try:
            answer = store.query(query, prefixes=PREFIXES)
            if not isinstance(answer, pyoxigraph.QueryBoolean):
                list(answer)
        except (SyntaxError, OSError, RuntimeError, ValueError):
            pass
        if len(listener.requests) > before:
            reached += 1
            if not refusal(query, [], PREFIXES):
                missed.append(query)
    assert not missed
    assert reached >= len(REACHING) + 50          # the test means something: most of them do reach it


def test_run_query_refuses_service_and_nothing_is_sent(store, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with pytest.raises(ServiceRefused) as e:
        run_query(store, query)
    message = str(e.value)
    assert "\n" not in message and f"SERVICE <{listener.url}>" in message
    assert f"--allow-service {listener.url}" in message
    with pytest.raises(ServiceRefused, match="variable"):
        run_query(store, "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?x) SERVICE ?x { ?s ?p ?o } }",
                  allow_service=["http://127.0.0.1:9/"])
    assert listener.requests == []


def test_run_query_allow_service_reaches_only_the_listed_prefix(store, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}sparql> {{ ?s ?p ?o }} }}"
    r = run_query(store, query, allow_service=[listener.url])
    assert r.kind == "select"
    assert [(m, p.split("?")[0]) for m, p, _ in listener.requests] in (
        [("GET", "/sparql")], [("POST", "/sparql")])
    other = f"http://127.0.0.1:{listener.port + 1 if listener.port < 65535 else 1}/"
    with pytest.raises(ServiceRefused, match="not under an allowed endpoint prefix"):
        run_query(store, query, allow_service=[other])
    assert len(listener.requests) == 1


@pytest.mark.parametrize("iri, prefixes, ok", [
    ("http://127.0.0.1:3030/ds/sparql", ["http://127.0.0.1:3030/"], True),
    ("http://127.0.0.1:3030/ds/sparql", ["http://127.0.0.1:3030"], True),
    ("http://127.0.0.1:30300/sparql", ["http://127.0.0.1:3030"], False),        # another port
    ("http://127.0.0.1:3030@10.0.0.1/", ["http://127.0.0.1:3030"], False),     # another host
    ("http://127.0.0.1:3030/ds/../admin", ["http://127.0.0.1:3030/ds/"], False),
    ("https://127.0.0.1:3030/", ["http://127.0.0.1:3030/"], False),
    ("https://example.org/sparql", ["https://example.org:443/"], False),         # not the prefix as written
    ("https://example.org:443/sparql", ["https://example.org/"], False),
    ("ftp://127.0.0.1/", ["ftp://127.0.0.1/"], False),
    ("x", ["http://127.0.0.1/"], False),
])
def test_allowed_prefixes(iri, prefixes, ok):
    assert allowed(iri, prefixes) is ok


def test_kg_query_refuses_service_and_allow_service_lets_it_through(kg_cli, cli_build, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    refused = kg_cli("query", query, "--store", str(cli_build.store), cwd=cli_build.cwd)
    assert refused.returncode == 1
    assert refused.stderr.startswith("kg: SERVICE <") and refused.stderr.count("\n") == 1, refused.stderr
    assert f"--allow-service {listener.url}" in refused.stderr
    assert listener.requests == []
    allowed_run = kg_cli("query", query, "--store", str(cli_build.store), "--allow-service", listener.url,
                         "--format", "csv", cwd=cli_build.cwd)
    assert allowed_run.returncode == 0, allowed_run.stderr
    assert len(listener.requests) == 1
    bad = kg_cli("query", "ASK {}", "--store", str(cli_build.store), "--allow-service", "file:///etc/",
                 cwd=cli_build.cwd)
    assert bad.returncode == 2 and "--allow-service takes an http(s) endpoint prefix" in bad.stderr
    lonely = kg_cli("query", "ASK {}", "--store", str(cli_build.store), "--token-file", "t", cwd=cli_build.cwd)
    assert lonely.returncode == 2 and "--token-file goes with --endpoint" in lonely.stderr
