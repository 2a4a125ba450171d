"""kg.viz: the offline HTML network, checked as text (the browser tests are in test_viz_browser.py)."""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store import ENTITIES, SCRIPT, build_store  # noqa: E402

from kg.graph import NotFound, load_graph  # noqa: E402
from kg.viz import (NetworkView, load_style, network_data, network_html, show, subnetwork,  # noqa: E402
                    write_network)

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
KGR = "https://w3id.org/gongshu-kg/resource/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("v"))


@pytest.fixture(scope="module")
def G(store):
    return load_graph(store)


@pytest.fixture(scope="module")
def page(store, tmp_path_factory):
    out = write_network(store, tmp_path_factory.mktemp("html") / "sub" / "kg.html")
    assert out.is_file()
    return out.read_bytes().decode("utf-8")        # raises if not UTF-8


def data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no kg-data block"
    return json.loads(m.group(1))


def test_utf8_doctype_and_policy(page):
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_offline(page):
    assert not REMOTE.search(page)
    for cdn in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "bootstrap"):
        assert cdn not in page
    assert "vis.Network" in page and "new vis.DataSet" in page        # vis-network is inlined
    assert len(re.findall(r"(?m)^<script", page)) == 3                 # data, vis-network, the app
    assert "<!--" not in page                                          # nothing that could unbalance a script


def test_every_entity_in_the_data(page):
    nodes = data_of(page)["nodes"]
    labels = {n["label"] for n in nodes}
    for key in ENTITIES:
        assert key.split("/", 1)[1] in labels, key
    assert len(nodes) == len(ENTITIES)


def test_script_label_is_escaped(page):
    # the data block carries < > & as \u escapes: no markup from a document reaches the page
    assert SCRIPT not in page and "<script>alert" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert SCRIPT in {n["label"] for n in data_of(page)["nodes"]}     # …and decodes back to the text


def test_app_never_writes_markup():
    app = (Path(__file__).parent.parent / "kg" / "data" / "viz.js").read_text(encoding="utf-8")
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app


def test_legend_search_and_filters(page):
    for marker in ('id="kg-legend"', 'id="kg-classes"', 'id="kg-preds"', 'id="kg-search"',
                   'id="kg-track"', 'id="kg-panel"', 'id="kg-network"'):
        assert marker in page, marker
    data = data_of(page)
    style = load_style()
    keys = {c["key"] for c in data["classes"]}
    for cls in ("Enterprise", "Institution", "Project", "Platform", "CommercialDistrict",
                "IndustryTrack", "Place"):
        assert cls in keys and style["classes"][cls]["colour"] in page
    assert {"inTrack", "subTrackOf", "locatedIn", "ownedBy", "partOf"} <= {p["key"] for p in data["predicates"]}


def test_styles_are_distinct():
    style = load_style()["classes"]
    main = [style[c] for c in ("Enterprise", "Institution", "Project", "Platform",
                               "CommercialDistrict", "IndustryTrack", "Place")]
    assert len({s["colour"] for s in main}) == 7
    assert len({s["shape"] for s in main}) == 7


def test_edges_carry_evidence(page):
    data = data_of(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    by_name = {(nodes[e["from"]]["label"], e["p"], nodes[e["to"]]["label"]): e for e in data["edges"]}
    e = by_name[("腾讯", "inTrack", "电竞文娱")]
    docs = sorted(data["docs"][data["sentences"][ev[0]][1]][0] for ev in e["ev"])
    assert docs == ["000_aaaa.txt", "001_bbbb.txt"]
    texts = {data["sentences"][ev[0]][0] for ev in e["ev"]}
    assert "腾讯公司在拱墅区布局电竞文旅产业。" in texts
    assert all(ev[1] and 0 < ev[2] <= 1 for ev in e["ev"])              # rule and confidence
    tencent = next(n for n in data["nodes"] if n["label"] == "腾讯")
    assert tencent["aliases"] == ["腾讯公司"] and tencent["en"] == "Tencent"
    assert tencent["m"] == 2 and tencent["d"] == 2


def test_track_membership(page):
    data = data_of(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    health = next(n["id"] for n in data["nodes"] if n["label"] == "生命健康")
    members = {n["label"] for n in data["nodes"] if health in n["tracks"]}
    assert {"华东医药", "华东医药未来产业园", "智慧网谷", "拱墅区"} <= members
    assert "腾讯" not in members
    assert any(t["id"] == health for t in data["tracks"]) and nodes[health]["cls"] == "IndustryTrack"


def test_small_graph_uses_physics(page):
    data = data_of(page)
    assert data["physics"] is True and data["options"]["physics"]["enabled"] is True


def test_big_graph_is_laid_out_here(store, tmp_path):
    out = write_network(store, tmp_path / "big.html", physics_limit=5)
    data = data_of(out.read_text(encoding="utf-8"))
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    xs = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xs) == len(data["nodes"])                                 # every node placed, apart
    assert not list(tmp_path.glob("*.tmp"))


def test_track_subnetwork(G, store, tmp_path):
    H, title = subnetwork(G, track="生命健康")
    names = {H.nodes[n]["label"] for n in H}
    assert {"生命健康", "华东医药", "华东医药未来产业园", "智慧网谷"} <= names
    assert "腾讯" not in names and "生命健康" in title
    out = write_network(store, tmp_path / "t.html", track="生命健康")
    data = data_of(out.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == names


def test_focus_subnetwork(G):
    H, title = subnetwork(G, focus="腾讯公司", depth=1)               # found by its alias
    assert {H.nodes[n]["label"] for n in H} == {"腾讯", "电竞文娱"}
    H2, _ = subnetwork(G, focus="腾讯", depth=2)
    assert {"网易", "完美世界"} <= {H2.nodes[n]["label"] for n in H2}
    assert "腾讯" in title


def test_unknown_focus_suggests(G):
    with pytest.raises(NotFound) as e:
        subnetwork(G, focus="腾迅")
    with pytest.raises(NotFound) as e2:
        subnetwork(G, track="生命健")
    assert "生命健康" in str(e2.value)
    assert e.value.suggestions is not None


def test_network_data_from_a_plain_graph():
    """A graph built by hand (no store) draws too: what the 5,000-node browser test uses."""
    M = nx.MultiDiGraph()
    M.add_node("a", label="甲", cls="Enterprise", classes=["Enterprise"])
    M.add_node("b", label="乙", cls="IndustryTrack", classes=["IndustryTrack"])
    M.add_edge("a", "b", key="inTrack", predicate="inTrack", evidence=[])
    data = network_data(M)
    assert [n["label"] for n in data["nodes"]] == ["甲", "乙"]
    assert data["edges"][0]["ev"] == [] and data["tracks"] == [{"id": 1, "count": 1}]
    assert network_html(M).startswith("<!DOCTYPE html>")


def test_notebook_view(G):
    view = show(G, track="生命健康", height=300)
    assert isinstance(view, NetworkView)
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts"' in frame
    assert "<script" not in frame.split('srcdoc="', 1)[1].split('" sandbox')[0]   # all escaped
    assert html.unescape(frame.split('srcdoc="', 1)[1].split('" sandbox')[0]) == view.page
