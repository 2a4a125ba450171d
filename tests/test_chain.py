"""kg.chain: an industry chain as a tree with evidence (`kg chain`).

Unit tests run on a small hand-made store (`chain_store`) whose chain is
known exactly; the CLI tests run on the session build of the bundled corpus
and check what the issue's acceptance asks (华东医药, 半山生命健康谷 and
华东医药生命科学产业园 under 生命健康, each with its evidence sentence).
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from kg.chain import SECTIONS, chain, format_chain, format_html, format_md, format_tree, members
from kg.emit import to_graph
from kg.graph import NotFound, load_graph
from kg.model import Document, Entity, Extraction, Mention, Relation, Sentence
from kg.store import open_store, replace_store

SCRIPT = "<script>alert(1)</script>"
DOC = "100_cccc.txt"
SENTENCES = [
    "拱墅区大力发展生命健康产业，生物医药是生命健康的重要细分赛道。",       # 0
    "华东医药是生命健康产业龙头企业。",                                   # 1
    "半山生命健康谷集聚生命健康企业。",                                   # 2
    "华东医药生命科学产业园位于拱墅区，由华东医药建设。",                 # 3
    "华东医药生命科学产业园是生命健康产业平台。",                         # 4
    "阿斯利康入驻半山生命健康谷。",                                       # 5
    "阿斯利康深耕生物医药。",                                             # 6
    "华东医药生物创新智造中心由华东医药投资建设。",                       # 7
    "拱墅区隶属杭州市，大健康产业加快发展。",                             # 8
    "腾讯布局电竞文娱。",                                                 # 9
    SCRIPT + "研究院从事生命健康研究。",                                  # 10
]
# key -> (extra classes, english)
ENTITIES = {
    "IndustryTrack/生命健康": (set(), None),
    "IndustryTrack/生物医药": (set(), None),
    "IndustryTrack/大健康": (set(), None),
    "IndustryTrack/电竞文娱": (set(), None),
    "Enterprise/华东医药": (set(), "Huadong Medicine"),
    "Enterprise/阿斯利康": (set(), "AstraZeneca"),
    "Enterprise/腾讯": (set(), "Tencent"),
    "Platform/半山生命健康谷": (set(), None),
    "Platform/华东医药生命科学产业园": ({"Project"}, None),
    "Project/华东医药生物创新智造中心": (set(), None),
    "Place/拱墅区": (set(), None),
    "Place/杭州市": (set(), None),
    "Institution/" + SCRIPT + "研究院": (set(), None),
}
RELATIONS = [   # subject, predicate, object, sentence
    ("IndustryTrack/生物医药", "subTrackOf", "IndustryTrack/生命健康", 0),
    ("Enterprise/华东医药", "inTrack", "IndustryTrack/生命健康", 1),
    ("Platform/半山生命健康谷", "inTrack", "IndustryTrack/生命健康", 2),
    ("Platform/华东医药生命科学产业园", "locatedIn", "Place/拱墅区", 3),
    ("Platform/华东医药生命科学产业园", "ownedBy", "Enterprise/华东医药", 3),
    ("Platform/华东医药生命科学产业园", "inTrack", "IndustryTrack/生命健康", 4),
    ("Enterprise/阿斯利康", "locatedIn", "Platform/半山生命健康谷", 5),
    ("Enterprise/阿斯利康", "inTrack", "IndustryTrack/生物医药", 6),
    ("Project/华东医药生物创新智造中心", "ownedBy", "Enterprise/华东医药", 7),
    ("Place/拱墅区", "partOf", "Place/杭州市", 8),
    ("Enterprise/腾讯", "inTrack", "IndustryTrack/电竞文娱", 9),
    ("Institution/" + SCRIPT + "研究院", "inTrack", "IndustryTrack/生命健康", 10),
]


def chain_extraction() -> Extraction:
    """One document, thirteen entities, twelve relations: a 生命健康 chain with every kind of link."""
    text, sents = "", []
    for i, s in enumerate(SENTENCES):
        start = len(text)
        text += s
        sents.append(Sentence(DOC, i, start, len(text), s, i // 4))
        text += "\n"
    doc = Document(DOC, text, sents, title="生命健康产业报告", date="2024", kind="报纸", path=f"corpus/{DOC}")
    entities = {}
    for key, (extra, en) in ENTITIES.items():
        cls, name = key.split("/", 1)
        ms = [Mention(DOC, i, s.index(name), s.index(name) + len(name), name, cls, name, "lexicon")
              for i, s in enumerate(SENTENCES) if name in s]
        assert ms, key
        entities[key] = Entity(key, cls, name, aliases={name}, en=en, mentions=ms, extra_classes=set(extra))
    relations = [Relation(s, p, o, DOC, i, "test-rule", 0.8) for s, p, o, i in RELATIONS]
    return Extraction([doc], entities, relations, [])


def build_chain_store(tmp_path: Path, name: str = "chain-store"):
    replace_store(tmp_path / name, to_graph(chain_extraction()), source="corpus/")
    return open_store(tmp_path / name)


@pytest.fixture(scope="module")
def G(tmp_path_factory):
    return load_graph(build_chain_store(tmp_path_factory.mktemp("chain")))


@pytest.fixture(scope="module")
def health(G):
    return chain(G, "生命健康")


def names(G, items):
    return [G.nodes[i.node]["label"] for i in items]


def find_item(G, items, name):
    hits = [i for i in items if G.nodes[i.node]["label"] == name]
    assert hits, (name, names(G, items))
    return hits[0]


# --------------------------------------------------------------------------
# the tree

def test_sections(G, health):
    s = health.sections
    assert [k for k, *_ in SECTIONS] == list(s)
    assert names(G, s["subtracks"]) == ["生物医药"]
    assert set(names(G, s["platforms"])) == {"半山生命健康谷", "华东医药生命科学产业园"}
    assert set(names(G, s["actors"])) == {"华东医药", "阿斯利康", SCRIPT + "研究院"}
    assert names(G, s["projects"]) == ["华东医药生物创新智造中心"]
    assert names(G, s["places"]) == ["拱墅区"]
    assert "腾讯" not in {G.nodes[n]["label"] for n in health.members()}
    assert health.tracks == [health.track, next(i.node for i in s["subtracks"])]


def test_links_and_evidence(G, health):
    s = health.sections
    park = find_item(G, s["platforms"], "华东医药生命科学产业园")
    assert park.direct and park.link.predicate == "inTrack"
    assert park.link.evidence[0].sentence == SENTENCES[4] and park.link.evidence[0].doc == DOC
    assert park.link.evidence[0].title == "生命健康产业报告"
    kids = {(G.nodes[k.node]["label"], k.link.predicate) for k in park.children}
    assert kids == {("华东医药", "ownedBy"), ("拱墅区", "locatedIn")}
    # the platform a member is hosted by, with the firm under it
    valley = find_item(G, s["platforms"], "半山生命健康谷")
    assert ("阿斯利康", "locatedIn") in {(G.nodes[k.node]["label"], k.link.predicate) for k in valley.children}
    # a firm in a sub-track is in the chain, linked to the sub-track
    az = find_item(G, s["actors"], "阿斯利康")
    assert az.direct and G.nodes[az.link.object]["label"] == "生物医药"
    # a firm's projects, with where they are
    hd = find_item(G, s["actors"], "华东医药")
    owned = {G.nodes[k.node]["label"]: k for k in hd.children}
    assert set(owned) == {"华东医药生命科学产业园", "华东医药生物创新智造中心"}
    assert names(G, owned["华东医药生命科学产业园"].children) == ["拱墅区"]
    # a project reached through its owner: not stated to be in the track, says so
    centre = s["projects"][0]
    assert not centre.direct and centre.link.predicate == "ownedBy"
    assert centre.link.evidence[0].sentence == SENTENCES[7]
    # places: what is there, and what the place is part of
    place = s["places"][0]
    assert {(G.nodes[k.node]["label"], k.link.predicate) for k in place.children} == {
        ("华东医药生命科学产业园", "locatedIn"), ("杭州市", "partOf")}
    # every link in the tree has its sentence, and the sentence names both ends
    for item in health.items():
        if item.link is None:
            continue
        assert item.link.evidence, item.node
        for ev in item.link.evidence:
            assert ev.doc == DOC and ev.sentence in SENTENCES and ev.rule == "test-rule"
            assert G.nodes[item.link.subject]["label"] in ev.sentence
            assert G.nodes[item.link.object]["label"] in ev.sentence


def test_ranking(G, health):
    assert health.ranking and health.measure == "pagerank"
    ranked = [G.nodes[n]["label"] for n, _ in health.ranking]
    assert "生命健康" not in ranked and "生物医药" not in ranked       # the frame is not ranked
    assert ranked[0] == "华东医药"                                       # the best-linked firm
    scores = [s for _, s in health.ranking]
    assert scores == sorted(scores, reverse=True)
    assert "PageRank" in health.explanation and "not its economic size" in health.explanation


def test_by_alias_or_iri(G, health):
    assert chain(G, health.track, top=0).track == health.track
    assert chain(G, "kgr:IndustryTrack/生命健康", top=0).track == health.track
    assert members(G, "生命健康") == health.members()


def test_sub_track_has_its_own_chain(G):
    c = chain(G, "生物医药")
    assert names(G, c.sections["actors"]) == ["阿斯利康"]
    assert names(G, c.sections["platforms"]) == ["半山生命健康谷"]      # where its firm is hosted


def test_unknown_track_suggests(G):
    with pytest.raises(NotFound) as e:
        chain(G, "生命健")
    assert e.value.suggestions[0] == "生命健康"
    assert "did you mean 生命健康" in str(e.value)
    with pytest.raises(NotFound) as e:
        chain(G, "健康产业")
    assert {"生命健康", "大健康"} <= set(e.value.suggestions)
    with pytest.raises(NotFound) as e:
        chain(G, "华东医药")                                             # a firm, not a track
    assert "not an industry track" in str(e.value) and "生命健康" in str(e.value)


# --------------------------------------------------------------------------
# formats

def test_tree(G, health):
    text = format_tree(health)
    lines = text.splitlines()
    assert lines[0].startswith("生命健康 · 产业赛道 IndustryTrack")
    for key, zh, en in SECTIONS:
        assert f"{zh} {en}" in text
    for s in SENTENCES[:9] + [SENTENCES[10]]:
        if s != SENTENCES[9]:
            assert text.count(s) == 1, s                                  # each sentence printed once…
    assert "华东医药 · 企业  ←隶属 ownedBy— 华东医药生命科学产业园" in text
    assert "[" in text and "关键节点 Key nodes" in text                  # …and referred to by number
    assert "腾讯" not in text


def test_json_has_the_same_content(G, health):
    d = json.loads(format_chain(health, "json"))
    assert d["track"]["name"] == "生命健康" and d["tracks"] == ["生命健康", "生物医药"]
    assert [s["key"] for s in d["sections"]] == [k for k, *_ in SECTIONS]

    def walk(items):
        for it in items:
            yield it
            yield from walk(it["children"])
    items = [it for s in d["sections"] for it in walk(s["items"])]
    tree_items = list(health.items())
    assert [it["name"] for it in items] == [G.nodes[i.node]["label"] for i in tree_items]
    sentences = {e["sentence"] for it in items if it["relation"] for e in it["relation"]["evidence"]}
    tree = format_tree(health)
    assert sentences and all(s in tree for s in sentences)
    park = next(it for it in items if it["name"] == "华东医药生命科学产业园")
    assert park["classes"] == ["Project", "Platform"] and park["class"] == "Platform"
    assert park["relation"]["predicate"] == "inTrack" and park["relation"]["object"] == "生命健康"
    assert park["relation"]["evidence"][0]["doc"] == DOC
    assert d["documents"] == {DOC: "生命健康产业报告"}
    assert d["ranking"]["nodes"][0]["name"] == "华东医药" and d["ranking"]["explanation"]


def test_markdown(health):
    md = format_md(health)
    assert md.startswith("# 产业链 生命健康 chain")
    assert "## 平台 Platforms (2)" in md and "**华东医药生命科学产业园**" in md
    assert SENTENCES[4] in md
    assert "\\<script\\>" in md and SCRIPT not in md                     # markdown-escaped


def test_html_is_escaped_and_offline(health):
    page = format_html(health)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert html.escape(SCRIPT) in page
    assert "http" not in page.replace("https://w3id.org", "")


def test_max_evidence(G):
    c = chain(G, "生命健康", top=0)
    assert "关键节点" not in format_tree(c)
    with pytest.raises(ValueError):
        format_chain(c, "xml")


# --------------------------------------------------------------------------
# the CLI on the bundled corpus (acceptance)

ACCEPT = ("华东医药", "半山生命健康谷", "华东医药生命科学产业园")


@pytest.fixture(scope="module")
def bundled_json(kg_cli, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    r = kg_cli("chain", "生命健康", "--store", "s", "--format", "json", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_cli_chain_tree(kg_cli, cli_build, bundled_json):
    r = kg_cli("chain", "生命健康", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("生命健康 · 产业赛道 IndustryTrack")
    items = [it for s in bundled_json["sections"] for it in s["items"]]
    for name in ACCEPT:
        hits = [it for it in items if it["name"] == name]
        assert hits, f"{name} is not in the 生命健康 chain"
        rel = hits[0]["relation"]
        assert rel and rel["evidence"], f"{name}: no evidence"
        for ev in rel["evidence"]:
            assert ev["sentence"] in r.stdout and ev["doc"].endswith(".txt")
        assert any(name in ev["sentence"] for ev in rel["evidence"])
        assert f"{name} · " in r.stdout


def test_cli_chain_json_structure(bundled_json):
    d = bundled_json
    assert d["track"]["name"] == "生命健康"
    sections = {s["key"]: s for s in d["sections"]}
    assert set(sections) == {"subtracks", "platforms", "actors", "projects", "places"}
    platforms = {it["name"] for it in sections["platforms"]["items"]}
    assert {"半山生命健康谷", "华东医药生命科学产业园"} <= platforms
    assert "华东医药" in {it["name"] for it in sections["actors"]["items"]}
    for s in d["sections"]:
        for it in s["items"]:
            if it["relation"]:
                assert it["relation"]["evidence"], it["name"]
    assert d["ranking"]["nodes"] and d["ranking"]["explanation"]


def test_cli_chain_unknown_track(kg_cli, cli_build):
    r = kg_cli("chain", "生命健", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode == 1 and not r.stdout
    assert r.stderr.startswith("kg: no industry track named 生命健 — did you mean 生命健康")
    assert "Traceback" not in r.stderr
