"""kg.stats: exact counts on the sample store."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store import sample_graph  # noqa: E402

from kg.model import CLASSES, PREDICATES  # noqa: E402
from kg.stats import format_stats, stats  # noqa: E402
from kg.store import open_store, replace_store  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    graph = sample_graph()
    path = tmp_path_factory.mktemp("s") / "kg-store"
    replace_store(path, graph)
    return open_store(path), graph


def test_counts(built):
    store, graph = built
    d = stats(store)
    assert d == {
        "triples": len(graph),
        "documents": 2,
        "sentences": 9,
        "evidence": 14,            # one per relation record
        "facts": 1,                # the sample's one status event
        "facts_by_kind": {"status": 1, "totalInvestment": 0, "landArea": 0, "floorArea": 0},
        "entities": 15,
        "entities_by_class": {"Enterprise": 4, "Institution": 1, "Project": 2, "Platform": 2,
                              "CommercialDistrict": 3, "IndustryTrack": 2, "Place": 2},
        "relations": 13,           # 腾讯 inTrack 电竞文娱 is stated twice, counted once
        "relations_by_predicate": {"inTrack": 7, "subTrackOf": 0, "locatedIn": 3,
                                   "ownedBy": 1, "partOf": 2},
    }
    assert list(d["entities_by_class"]) == list(CLASSES)
    assert list(d["relations_by_predicate"]) == list(PREDICATES)


def test_subclasses_and_subproperties_count(tmp_path):
    from rdflib import Namespace, RDF, RDFS, URIRef
    kgo = Namespace("https://w3id.org/gongshu-kg/ontology#")
    g = sample_graph()
    park = URIRef("https://w3id.org/gongshu-kg/resource/Park/x")
    g.add((kgo.Park, RDFS.subClassOf, kgo.Platform))
    g.add((park, RDF.type, kgo.Park))
    g.add((kgo.settledIn, RDFS.subPropertyOf, kgo.locatedIn))
    g.add((URIRef("https://w3id.org/gongshu-kg/resource/Enterprise/网易"), kgo.settledIn, park))
    replace_store(tmp_path / "st", g)
    d = stats(open_store(tmp_path / "st"))
    assert d["entities_by_class"]["Platform"] == 3
    assert d["entities"] == 16
    assert d["relations_by_predicate"]["locatedIn"] == 4


def test_empty_store(tmp_path):
    from rdflib import Graph
    replace_store(tmp_path / "st", Graph())
    d = stats(open_store(tmp_path / "st"))
    assert d["triples"] == 0 and d["entities"] == 0 and d["relations"] == 0
    assert set(d["entities_by_class"].values()) == {0}
    assert "entities" in format_stats(d)


def test_format_stats(built):
    store, graph = built
    text = format_stats(stats(store))
    lines = text.splitlines()
    assert lines[0].split() == ["triples", "三元组", str(len(graph))]
    assert "  Enterprise" in text and "企业" in text
    assert any(l.split() == ["relations", "关系", "13"] for l in lines)
    assert any(l.split() == ["inTrack", "属于赛道", "7"] for l in lines)
    # numbers are right-aligned in one column
    from kg.query import text_width
    assert len({text_width(l) for l in lines}) == 1


def test_facts_are_counted_by_kind(tmp_path):
    """Status events, and distinct quantity statements with their lower bounds."""
    from test_store import sample_extraction
    from kg.emit import to_graph
    from kg.model import Fact
    ex = sample_extraction()
    park, doc = "Project/华东医药未来产业园", "000_aaaa.txt"
    ex.facts += [Fact(park, "totalInvestment", "2600000000", "decimal", doc, 1, unit="CNY"),
                 Fact(park, "totalInvestment", "2600000000", "decimal", doc, 2, unit="CNY"),  # again
                 Fact(park, "minTotalInvestment", "10000000000", "decimal", doc, 1, unit="CNY"),
                 Fact(park, "landArea", "161", "decimal", doc, 1, unit="亩"),
                 Fact(park, "status", "投用", "string", doc, 2, year="2024")]
    replace_store(tmp_path / "st", to_graph(ex))
    d = stats(open_store(tmp_path / "st"))
    assert d["facts_by_kind"] == {"status": 2, "totalInvestment": 2, "landArea": 1, "floorArea": 0}
    assert d["facts"] == 5
    assert d["evidence"] == 14 + 4          # each quantity statement has its evidence
    lines = format_stats(d).splitlines()
    facts_at = [l.split()[0] for l in lines].index("facts")
    assert lines[facts_at + 1].split() == ["status", "状态事件", "2"]
    assert lines[facts_at + 2].split() == ["totalInvestment", "总投资", "2"]
