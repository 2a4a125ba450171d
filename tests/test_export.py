"""`kg export`: each format read back by the tool's own reader, counts compared with the store."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
import rdflib

from kg.export import export
from kg.stats import stats
from kg.store import open_store


@pytest.fixture(scope="module")
def store(cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    return open_store(cli_build.store)


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_networkx(store, tmp_path, fmt, read):
    [path] = export(store, fmt, tmp_path / f"g.{fmt}")
    G = read(path)
    s = stats(store)
    assert G.number_of_nodes() == s["entities"] and G.number_of_edges() == s["relations"]
    firm = next(n for n, d in G.nodes(data=True) if d["label"] == "华东医药")
    d = G.nodes[firm]
    assert d["cls"] == "Enterprise" and "生命健康" in d["tracks"].split(";") and d["mentions"] > 0
    edges = list(G.edges(firm, data=True))
    assert edges and all(e["evidence_count"] >= 1 and e["evidence"] for _, _, e in edges)
    assert {e["predicate"] for _, _, e in G.edges(data=True)} <= {"inTrack", "subTrackOf", "locatedIn",
                                                                  "ownedBy", "partOf"}


def test_neo4j_csv_headers_and_row_counts(store, tmp_path):
    nodes, rels = export(store, "csv", tmp_path / "neo4j")
    with open(nodes, encoding="utf-8", newline="") as f:
        node_rows = list(csv.reader(f))
    with open(rels, encoding="utf-8", newline="") as f:
        rel_rows = list(csv.reader(f))
    nh, rh = node_rows[0], rel_rows[0]
    assert sum(h.endswith(":ID") for h in nh) == 1 and ":LABEL" in nh
    assert {":START_ID", ":END_ID", ":TYPE"} <= set(rh) and "evidence:string[]" in rh
    s = stats(store)
    assert len(node_rows) - 1 == s["entities"] and len(rel_rows) - 1 == s["relations"]
    ids = {r[0] for r in node_rows[1:]}
    assert len(ids) == len(node_rows) - 1                     # one row per node, ids unique
    start, end = rh.index(":START_ID"), rh.index(":END_ID")
    assert all(r[start] in ids and r[end] in ids for r in rel_rows[1:])   # every end is a node
    label = nh.index(":LABEL")
    assert all(r[label].startswith("Entity;") for r in node_rows[1:])
    ev = rh.index("evidence:string[]")
    assert all(r[ev] for r in rel_rows[1:])                   # every relation carries its sentences
    by_type = {}
    for r in rel_rows[1:]:
        by_type[r[rh.index(":TYPE")]] = by_type.get(r[rh.index(":TYPE")], 0) + 1
    assert by_type == {p: n for p, n in s["relations_by_predicate"].items() if n}


def test_jsonld_reads_back_with_rdflib(store, tmp_path):
    [path] = export(store, "jsonld", tmp_path / "g.jsonld")
    text = path.read_text(encoding="utf-8")
    assert '"@context"' in text and '"kgo": "https://w3id.org/gongshu-kg/ontology#"' in text
    g = rdflib.Dataset()
    g.parse(path, format="json-ld")
    assert len(g) == len(store)



def test_jsonld_is_the_same_bytes_from_another_load_of_the_same_graph(store, tmp_path):
    """A copy of the store (new blank-node ids, another insertion order) exports
    the same bytes: rdflib alone names blank nodes at random and orders nodes by hash."""
    import pyoxigraph
    copy = pyoxigraph.Store()
    copy.extend(reversed(list(store)))
    [a] = export(store, "jsonld", tmp_path / "a.jsonld")
    [b] = export(copy, "jsonld", tmp_path / "b.jsonld")
    assert a.read_bytes() == b.read_bytes()
    assert '"@id": "_:' in a.read_text(encoding="utf-8")       # the ontology's OWL lists: blank nodes to name

def test_kg_export_names_its_file_after_the_corpus(cli_build, kg_cli):
    proc = kg_cli("export", "--format", "graphml", "--store", "s", cwd=cli_build.cwd)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("(graphml): gongshu-kg.graphml")
    assert nx.read_graphml(cli_build.cwd / "gongshu-kg.graphml").number_of_nodes() > 100
    proc = kg_cli("export", "--format", "csv", "--store", "absent", cwd=cli_build.cwd)
    assert proc.returncode == 1 and proc.stderr.startswith("kg: no store at") and proc.stderr.count("\n") == 1
