"""kg.viz: the offline HTML network."""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store import ENTITIES, SCRIPT, build_store  # noqa: E402

from kg.viz import graph_data, load_style, write_network  # noqa: E402

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("v"))


@pytest.fixture(scope="module")
def page(store, tmp_path_factory):
    out = write_network(store, tmp_path_factory.mktemp("html") / "sub" / "kg.html")
    assert out.is_file()
    return out.read_bytes().decode("utf-8")        # raises if not UTF-8


def test_utf8_and_charset(page):
    assert '<meta charset="utf-8">' in page
    assert page.startswith("<!DOCTYPE html>")


def test_every_entity_label_appears(page):
    for key in ENTITIES:
        name = key.split("/", 1)[1]
        assert html.escape(name) in page, name


def test_offline(page):
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page
    assert "vis.Network" in page and "new vis.DataSet" in page        # vis-network is inlined


def test_script_label_is_escaped(page):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert SCRIPT not in page


def test_legend(page, store):
    legend = page[page.index('<div id="kg-legend">'):page.index('<div class="card"')]
    style = load_style()
    for cls in ("Enterprise", "Institution", "Project", "Platform", "CommercialDistrict",
                "IndustryTrack", "Place"):
        assert style["classes"][cls]["zh"] in legend
        assert style["classes"][cls]["colour"] in legend
    for pred in ("inTrack", "subTrackOf", "locatedIn", "ownedBy", "partOf"):
        assert pred in legend
    assert page.index('<div id="kg-legend">') < page.index('<div id="mynetwork"')


def test_styles_are_distinct():
    style = load_style()["classes"]
    main = [style[c] for c in ("Enterprise", "Institution", "Project", "Platform",
                               "CommercialDistrict", "IndustryTrack", "Place")]
    assert len({s["colour"] for s in main}) == 7
    assert len({s["shape"] for s in main}) == 7


def test_graph_data(store):
    nodes, edges = graph_data(store)
    assert len(nodes) == 15 and len(edges) == 13
    park = nodes["https://w3id.org/gongshu-kg/resource/Project/华东医药未来产业园"]
    assert park.cls == "Project" and set(park.classes) == {"Project", "Platform"}
    tencent = nodes["https://w3id.org/gongshu-kg/resource/Enterprise/腾讯"]
    assert tencent.aliases == ["腾讯公司"] and tencent.en == "Tencent"
    assert tencent.sentences == 2 and tencent.documents == 2
    track = [e for e in edges if e.subject.endswith("腾讯") and e.predicate == "inTrack"]
    assert len(track) == 1 and [doc for doc, _ in track[0].evidence] == ["000_aaaa.txt", "001_bbbb.txt"]


def test_evidence_in_page(page):
    # hover text carries the evidence sentence and document (escaped HTML inside JSON)
    assert "腾讯公司在拱墅区布局电竞文旅产业。" in page
    assert "001_bbbb.txt" in page
    assert '"physics": {"enabled": true' in page


def test_big_graph_layout_without_physics(store, tmp_path):
    out = write_network(store, tmp_path / "big.html", physics_limit=5)
    text = out.read_text(encoding="utf-8")
    assert '"physics": {"enabled": false}' in text
    assert re.search(r'"x": -?\d', text) and re.search(r'"y": -?\d', text)
    assert not REMOTE.search(text)
    assert not list(tmp_path.glob("*.tmp"))
