"""kg.graph (the store as a networkx graph) and kg.explore (`kg path`, `kg neighbours`, ranking)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_chain import DOC, SENTENCES, build_chain_store  # noqa: E402

from kg.explore import (format_neighbours, format_paths, neighbours, neighbours_json, paths,  # noqa: E402
                        paths_json, rank, rank_explanation)
from kg.graph import NotFound, find, load_graph, resolve, suggest  # noqa: E402

KGR = "https://w3id.org/gongshu-kg/resource/"


@pytest.fixture(scope="module")
def G(tmp_path_factory):
    return load_graph(build_chain_store(tmp_path_factory.mktemp("explore")))


def label(G, n):
    return G.nodes[n]["label"]


# --------------------------------------------------------------------------
# kg.graph

def test_load_graph(G):
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == 13 and G.number_of_edges() == 12
    park = G.nodes[KGR + "Platform/华东医药生命科学产业园"]
    assert park["cls"] == "Platform" and park["classes"] == ["Project", "Platform"]
    hd = G.nodes[KGR + "Enterprise/华东医药"]
    assert hd["label"] == "华东医药" and hd["en"] == "Huadong Medicine" and hd["aliases"] == []
    assert hd["mentions"] == 4 and hd["documents"] == 1
    e = G.edges[KGR + "Enterprise/华东医药", KGR + "IndustryTrack/生命健康", "inTrack"]
    assert e["predicate"] == "inTrack" and e["iri"].endswith("#inTrack")
    [ev] = e["evidence"]
    assert (ev.sentence, ev.doc, ev.index, ev.rule, ev.confidence) == (SENTENCES[1], DOC, 1, "test-rule", 0.8)
    assert G.graph["documents"] == {DOC: "生命健康产业报告"}


def test_find_and_resolve(G):
    assert find(G, "华东医药") == [KGR + "Enterprise/华东医药"]
    assert find(G, " Huadong  medicine ") == [KGR + "Enterprise/华东医药"]     # English, case, spaces
    assert find(G, "kgr:Place/拱墅区") == [KGR + "Place/拱墅区"]
    assert find(G, "华东医药", classes=["IndustryTrack"]) == []
    assert resolve(G, "阿斯利康") == KGR + "Enterprise/阿斯利康"
    with pytest.raises(NotFound) as e:
        resolve(G, "华东医")
    assert e.value.suggestions[0] == "华东医药" and "did you mean 华东医药" in str(e.value)
    assert suggest(G, "生命健", classes=["IndustryTrack"]) == ["生命健康"]
    assert suggest(G, "zzzz") == []


# --------------------------------------------------------------------------
# paths

def test_path_with_evidence_on_each_hop(G):
    found = paths(G, "阿斯利康", "杭州市")
    assert found
    p = found[0]
    assert [label(G, n) for n in (p.nodes[0], p.nodes[-1])] == ["阿斯利康", "杭州市"]
    assert len(p.hops) == len(p.nodes) - 1
    for hop in p.hops:
        assert hop.links, (hop.a, hop.b)
        for lk in hop.links:
            assert {lk.subject, lk.object} == {hop.a, hop.b}
            assert lk.evidence and all(ev.sentence in SENTENCES for ev in lk.evidence)
    text = format_paths(G, found)
    assert text.startswith(f"阿斯利康 → 杭州市: {len(p.hops)} hops")
    assert SENTENCES[8] in text and "partOf" in text


def test_all_shortest_paths_are_listed(G):
    found = paths(G, "半山生命健康谷", "华东医药", limit=10)
    # via the track, or via 阿斯利康? Only the shortest: through 生命健康 (2 hops)
    assert {len(p.hops) for p in found} == {2}
    assert all(label(G, p.nodes[1]) == "生命健康" for p in found)
    assert len(paths(G, "半山生命健康谷", "华东医药", limit=1)) == 1


def test_no_path_and_unknown_names(G):
    assert paths(G, "腾讯", "华东医药") == []
    assert "not connected" in format_paths(G, [], "腾讯", "华东医药")
    with pytest.raises(NotFound):
        paths(G, "腾讯", "不存在")


def test_paths_json(G):
    d = paths_json(G, paths(G, "阿斯利康", "杭州市"))
    hop = d["paths"][0]["hops"][0]
    assert hop["from"] == "阿斯利康" and hop["relations"][0]["evidence"][0]["doc"] == DOC
    json.dumps(d, ensure_ascii=False)


# --------------------------------------------------------------------------
# neighbours

def test_neighbours(G):
    nb = neighbours(G, "华东医药")
    near = {label(G, n) for n, d in nb.distance.items() if d == 1}
    assert near == {"生命健康", "华东医药生命科学产业园", "华东医药生物创新智造中心"}
    assert len(nb.rings) == 1 and len(nb.rings[0]) == 3
    nb2 = neighbours(G, "华东医药", depth=2)
    two = {label(G, n) for n, d in nb2.distance.items() if d == 2}
    assert {"拱墅区", "半山生命健康谷", "生物医药"} <= two
    for lk in nb2.rings[1]:
        assert {nb2.distance[lk.subject], nb2.distance[lk.object]} == {1, 2}
    text = format_neighbours(G, nb2)
    assert text.startswith("华东医药 · 企业 Enterprise:") and "2 hops" in text and SENTENCES[3] in text
    d = neighbours_json(G, nb2)
    assert [r["distance"] for r in d["rings"]] == [1, 2]
    with pytest.raises(ValueError):
        neighbours(G, "华东医药", depth=0)


# --------------------------------------------------------------------------
# ranking

@pytest.mark.parametrize("measure", ["pagerank", "degree", "betweenness"])
def test_rank(G, measure):
    top = rank(G, measure=measure, top=3)
    assert len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert label(G, top[0][0]) in {"华东医药", "生命健康", "华东医药生命科学产业园"}
    text = rank_explanation(measure, G, "the graph")
    assert "13 entities and 12 relations" in text


def test_rank_excludes_and_rejects(G):
    track = resolve(G, "生命健康")
    assert track not in [n for n, _ in rank(G, top=None, exclude={track})]
    with pytest.raises(ValueError):
        rank(G, measure="fame")
    assert rank(nx.MultiDiGraph()) == []


# --------------------------------------------------------------------------
# the CLI on the bundled corpus (acceptance: every hop of `kg path 腾讯 拱墅区` has a sentence)

def test_cli_path_tencent_gongshu(kg_cli, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    r = kg_cli("path", "腾讯", "拱墅区", "--store", "s", "--format", "json", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["paths"], "腾讯 and 拱墅区 are not connected"
    for p in d["paths"]:
        assert p["nodes"][0]["name"] == "腾讯" and p["nodes"][-1]["name"] == "拱墅区"
        for hop in p["hops"]:
            assert hop["relations"]
            for rel in hop["relations"]:
                assert rel["evidence"], f"{rel['subject']} {rel['predicate']} {rel['object']}: no sentence"
                assert all(ev["sentence"] and ev["doc"] for ev in rel["evidence"])
    text = kg_cli("path", "腾讯", "拱墅区", "--store", "s", cwd=cli_build.cwd)
    assert text.returncode == 0 and text.stdout.startswith("腾讯 → 拱墅区:")
    assert re.search(r"“.+” — \d{3}_[0-9a-f]+\.txt", text.stdout)


def test_cli_neighbours_and_errors(kg_cli, cli_build):
    r = kg_cli("neighbours", "华东医药", "--depth", "2", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("华东医药 · 企业 Enterprise:") and "生命健康" in r.stdout
    bad = kg_cli("neighbours", "华东医", "--store", "s", cwd=cli_build.cwd)
    assert bad.returncode == 1 and bad.stderr.startswith("kg: no entity named 华东医 — did you mean 华东医药")


def test_cli_viz_track_and_focus(kg_cli, cli_build, tmp_path):
    out = tmp_path / "health.html"          # not in cli_build.cwd: test_cli checks what build left there
    r = kg_cli("viz", "--store", str(cli_build.store), "--track", "生命健康", "--out", str(out), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"network: {out}"
    page = out.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    labels = {n["label"] for n in json.loads(m.group(1))["nodes"]}
    assert {"生命健康", "华东医药", "半山生命健康谷", "华东医药生命科学产业园"} <= labels
    assert "腾讯" not in labels
    bad = kg_cli("viz", "--store", str(cli_build.store), "--focus", "华东医", "--out", "x.html", cwd=tmp_path)
    assert bad.returncode == 1 and "did you mean 华东医药" in bad.stderr
    assert not (tmp_path / "x.html").exists()
