"""kg.store: building, swapping and opening the persistent store.

Also home of the small hand-made Extraction (`sample_extraction`) that
test_query, test_stats and test_viz build their stores from.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.emit import to_graph, write
from kg.model import Document, Entity, Extraction, Fact, Mention, Relation, Sentence
from kg import store as kgstore
from kg.store import load as kgload
from kg.store import DEFAULT_STORE, StoreError, open_store, read_info, replace_store

SCRIPT = "<script>alert(1)</script>"

# doc id -> (title, date, kind, [(paragraph, sentence text), ...])
DOCS = {
    "000_aaaa.txt": ("拱墅区政府工作报告", "2023-02", "政府工作报告", [
        (0, "持续放大腾讯、网易、完美世界等电竞文娱龙头企业产业链带动效应。"),
        (1, "华东医药未来产业园在拱墅区开工建设。"),
        (1, "拱墅区地处杭州主城区。"),
    ]),
    "001_bbbb.txt": ("大武林商圈新闻发布会", "2023", "新闻发布会", [
        (0, "大武林商圈包括武林路和武林夜市。"),
        (0, "杭州大厦新馆位于大武林商圈。"),
        (1, "腾讯公司在拱墅区布局电竞文旅产业。"),
        (2, SCRIPT + "联盟发布电竞文娱标准。"),
        (2, "华东医药是生命健康产业龙头，华东医药未来产业园加快建设。"),
        (3, "智慧网谷集聚生命健康企业。"),
    ]),
}

# key -> (aliases, english name, extra classes, [(doc, sentence, surface), ...])
ENTITIES = {
    "Enterprise/腾讯": ({"腾讯公司"}, "Tencent", set(),
                      [("000_aaaa.txt", 0, "腾讯"), ("001_bbbb.txt", 2, "腾讯公司")]),
    "Enterprise/网易": (set(), "NetEase", set(), [("000_aaaa.txt", 0, "网易")]),
    "Enterprise/完美世界": (set(), None, set(), [("000_aaaa.txt", 0, "完美世界")]),
    "Enterprise/华东医药": (set(), None, set(),
                        [("000_aaaa.txt", 1, "华东医药"), ("001_bbbb.txt", 4, "华东医药")]),
    "IndustryTrack/电竞文娱": ({"电竞文旅"}, None, set(),
                           [("000_aaaa.txt", 0, "电竞文娱"), ("001_bbbb.txt", 2, "电竞文旅"),
                            ("001_bbbb.txt", 3, "电竞文娱")]),
    "IndustryTrack/生命健康": (set(), None, set(),
                           [("001_bbbb.txt", 4, "生命健康"), ("001_bbbb.txt", 5, "生命健康")]),
    "Project/华东医药未来产业园": (set(), None, {"Platform"},
                            [("000_aaaa.txt", 1, "华东医药未来产业园"),
                             ("001_bbbb.txt", 4, "华东医药未来产业园")]),
    "Project/杭州大厦新馆": (set(), None, set(), [("001_bbbb.txt", 1, "杭州大厦新馆")]),
    "Platform/智慧网谷": (set(), None, set(), [("001_bbbb.txt", 5, "智慧网谷")]),
    "CommercialDistrict/大武林商圈": (set(), None, set(),
                                 [("001_bbbb.txt", 0, "大武林商圈"), ("001_bbbb.txt", 1, "大武林商圈")]),
    "CommercialDistrict/武林路": (set(), None, set(), [("001_bbbb.txt", 0, "武林路")]),
    "CommercialDistrict/武林夜市": (set(), None, set(), [("001_bbbb.txt", 0, "武林夜市")]),
    "Place/拱墅区": (set(), "Gongshu District", set(),
                  [("000_aaaa.txt", 1, "拱墅区"), ("000_aaaa.txt", 2, "拱墅区"),
                   ("001_bbbb.txt", 2, "拱墅区")]),
    "Place/杭州": (set(), "Hangzhou", set(), [("000_aaaa.txt", 2, "杭州")]),
    "Institution/" + SCRIPT: (set(), None, set(), [("001_bbbb.txt", 3, SCRIPT + "联盟")]),
}

# (subject, predicate, object, doc, sentence, rule, confidence)
RELATIONS = [
    ("Enterprise/腾讯", "inTrack", "IndustryTrack/电竞文娱", "000_aaaa.txt", 0, "enumeration-head", 0.9),
    ("Enterprise/网易", "inTrack", "IndustryTrack/电竞文娱", "000_aaaa.txt", 0, "enumeration-head", 0.9),
    ("Enterprise/完美世界", "inTrack", "IndustryTrack/电竞文娱", "000_aaaa.txt", 0, "enumeration-head", 0.9),
    ("Enterprise/腾讯", "inTrack", "IndustryTrack/电竞文娱", "001_bbbb.txt", 2, "track-clause", 0.8),
    ("Project/华东医药未来产业园", "ownedBy", "Enterprise/华东医药", "000_aaaa.txt", 1, "owner-prefix", 0.85),
    ("Project/华东医药未来产业园", "locatedIn", "Place/拱墅区", "000_aaaa.txt", 1, "district-builds", 0.8),
    ("Place/拱墅区", "partOf", "Place/杭州", "000_aaaa.txt", 2, "located-in-city", 0.7),
    ("CommercialDistrict/武林路", "partOf", "CommercialDistrict/大武林商圈", "001_bbbb.txt", 0, "includes", 0.8),
    ("CommercialDistrict/武林夜市", "locatedIn", "CommercialDistrict/大武林商圈", "001_bbbb.txt", 0, "includes", 0.75),
    ("Project/杭州大厦新馆", "locatedIn", "CommercialDistrict/大武林商圈", "001_bbbb.txt", 1, "located-at", 0.9),
    ("Institution/" + SCRIPT, "inTrack", "IndustryTrack/电竞文娱", "001_bbbb.txt", 3, "track-clause", 0.6),
    ("Enterprise/华东医药", "inTrack", "IndustryTrack/生命健康", "001_bbbb.txt", 4, "track-leader", 0.9),
    ("Project/华东医药未来产业园", "inTrack", "IndustryTrack/生命健康", "001_bbbb.txt", 4, "track-clause", 0.7),
    ("Platform/智慧网谷", "inTrack", "IndustryTrack/生命健康", "001_bbbb.txt", 5, "track-clause", 0.8),
]


def sample_extraction() -> Extraction:
    """Two documents, fifteen entities, fourteen relations, one fact."""
    documents = []
    for doc_id, (title, date, kind, sentences) in DOCS.items():
        text, sents = "", []
        for i, (para, s) in enumerate(sentences):
            start = len(text)
            text += s
            sents.append(Sentence(doc_id, i, start, len(text), s, para))
            text += "\n"
        documents.append(Document(doc_id, text, sents, title=title, date=date, kind=kind,
                                  path=f"corpus/{doc_id}"))
    texts = {(d.doc_id, s.index): s.text for d in documents for s in d.sentences}
    entities = {}
    for key, (aliases, en, extra, mentions) in ENTITIES.items():
        cls, name = key.split("/", 1)
        ms = []
        for doc_id, idx, surface in mentions:
            start = texts[(doc_id, idx)].index(surface)
            ms.append(Mention(doc_id, idx, start, start + len(surface), surface, cls, name, "lexicon"))
        entities[key] = Entity(key, cls, name, aliases=set(aliases) | {name}, en=en,
                               mentions=ms, extra_classes=set(extra))
    relations = [Relation(s, p, o, d, i, rule, conf) for s, p, o, d, i, rule, conf in RELATIONS]
    facts = [Fact("Project/华东医药未来产业园", "status", "开工", "string", "000_aaaa.txt", 1,
                  rule="status-verb")]
    return Extraction(documents, entities, relations, facts)


def sample_graph():
    return to_graph(sample_extraction())


def build_store(tmp_path: Path, name: str = "kg-store"):
    """Emit the sample extraction, load it into tmp_path/name, open it read-only."""
    replace_store(tmp_path / name, sample_graph(), source="corpus/")
    return open_store(tmp_path / name)


def _leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if ".building-" in p.name or ".old-" in p.name)


# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One store shared by the tests that must leave it as it was."""
    root = tmp_path_factory.mktemp("built")
    graph = sample_graph()
    info = replace_store(root / "kg-store", graph, source="corpus/")
    return root, root / "kg-store", info, len(graph)


def test_default_store_name():
    assert DEFAULT_STORE == "kg-store"


def test_replace_store_from_graph(built):
    root, target, info, n = built
    assert info.triples == n
    assert Path(info.path) == target
    assert len(open_store(target)) == n
    meta = json.loads((target / "kg-store.json").read_text(encoding="utf-8"))
    assert meta["triples"] == n
    assert meta["source"] == "corpus/"
    assert meta["built"][:2] == "20" and "T" in meta["built"]
    assert meta["kg_version"]
    assert read_info(target) == info
    assert _leftovers(root) == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning")     # rdflib's TriG writer
@pytest.mark.parametrize("ext", [".trig", ".ttl"])
def test_replace_store_from_file(tmp_path, ext):
    graph = sample_graph()
    path = write(graph, tmp_path / f"g{ext}")
    info = replace_store(tmp_path / "st", path)
    assert info.triples == len(graph)
    assert info.graph == str(path)
    assert len(open_store(tmp_path / "st")) == len(graph)


def test_replace_swaps_in_new_store(tmp_path):
    target = tmp_path / "kg-store"
    replace_store(target, sample_graph())
    small = sample_graph()
    for t in list(small)[:10]:
        small.remove(t)
    info = replace_store(target, small)
    assert info.triples == len(small)
    assert len(open_store(target)) == len(small)
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failed_load_leaves_old_store(built, monkeypatch, exc):
    root, target, info, n = built

    def boom(store, source):
        store.bulk_load(b"<urn:a> <urn:b> <urn:c> .", format=kgload.pyoxigraph.RdfFormat.N_TRIPLES)
        raise exc

    monkeypatch.setattr(kgload, "_bulk_load", boom)
    with pytest.raises(type(exc)):
        replace_store(target, sample_graph())
    assert len(open_store(target)) == n
    assert read_info(target) == info
    assert _leftovers(root) == []


def test_failed_swap_restores_old_store(built, monkeypatch):
    root, target, info, n = built
    real_replace = kgload.os.replace

    def flaky(src, dst):
        if ".building-" in str(src):
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(kgload.os, "replace", flaky)
    with pytest.raises(KeyboardInterrupt):
        replace_store(target, sample_graph())
    monkeypatch.undo()
    assert len(open_store(target)) == n
    assert read_info(target) == info
    assert _leftovers(root) == []


def test_bad_graph_file(built, tmp_path):
    root, target, info, n = built
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(StoreError) as e:
        replace_store(target, bad)
    assert "bad.ttl" in str(e.value) and "\n" not in str(e.value)
    assert len(open_store(target)) == n
    with pytest.raises(StoreError, match="no graph file"):
        replace_store(target, tmp_path / "missing.trig")
    assert read_info(target) == info
    assert _leftovers(root) == []


def test_refuses_to_replace_a_non_store(tmp_path):
    target = tmp_path / "documents"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="not a kg store"):
        replace_store(target, sample_graph())
    assert (target / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_open_store_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as e:
        open_store()
    msg = str(e.value)
    assert msg == "no store at ./kg-store — run `kg build` first, or pass --store DIR"
    assert not (tmp_path / "kg-store").exists()      # opening never creates one
    with pytest.raises(StoreError, match="no store at"):
        read_info(tmp_path / "kg-store")


def test_open_store_not_a_store(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError) as e:
        open_store(tmp_path / "empty")
    assert "not a kg store" in str(e.value) and "\n" not in str(e.value)
    assert list((tmp_path / "empty").iterdir()) == []


def test_several_readers(built):
    target = built[1]
    a, b = open_store(target), open_store(target)
    assert len(a) == len(b) == built[3] > 0


# --------------------------------------------------------------------------
# the build lock and what killed builds leave


def test_replace_store_takes_the_lock_and_leaves_no_lock_file(tmp_path):
    target = tmp_path / "kg-store"
    with kgstore.build_lock(target):
        assert kgstore.lock_path(target).is_file()
        replace_store(target, sample_graph())          # the same thread: re-entrant, no deadlock
        assert kgstore.lock_path(target).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg-store"]


def test_the_lock_is_taken_by_one_holder_at_a_time(tmp_path):
    import threading
    target, events = tmp_path / "kg-store", []

    def hold(name):
        with kgstore.build_lock(target):
            events.append(f"{name} in")
            threading.Event().wait(0.2)
            events.append(f"{name} out")

    threads = [threading.Thread(target=hold, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert [e.split()[1] for e in events] == ["in", "out", "in", "out"]
    messages = []

    def try_for_a_while():
        try:
            with kgstore.build_lock(target, wait=0.3, notify=messages.append):
                messages.append("got it")
        except StoreError as e:
            messages.append(str(e))

    with kgstore.build_lock(target):
        thread = threading.Thread(target=try_for_a_while)
        thread.start()
        thread.join(10)
    assert len(messages) == 2 and "waiting for it to finish" in messages[0]
    assert "did not finish within 0.3 s" in messages[1] and "--wait" in messages[1]


def _dead_tag() -> str:
    import subprocess
    import sys
    from kg.lifetime import process_start
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    tag = f"{p.pid}-{process_start(p.pid)}-0badf00d"
    p.kill()
    p.wait()
    return tag


def test_leftovers_of_gone_builds_are_removed_and_a_moved_store_put_back(tmp_path):
    from kg.lifetime import owner_tag
    target = tmp_path / "kg-store"
    replace_store(target, sample_graph())
    # killed between the two renames of a swap: the store is only there as .old
    old = tmp_path / f"kg-store.old-{_dead_tag()}"
    target.rename(old)
    half = tmp_path / f"kg-store.building-{_dead_tag()}"
    running = tmp_path / f"kg-store.building-{owner_tag()}"
    other = tmp_path / f"other.building-{_dead_tag()}"
    for p in (half, running, other):
        p.mkdir()
    done = kgstore.remove_leftovers(target)
    assert done == [f"removed {half.name}", f"put back kg-store from {old.name}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["kg-store", running.name, other.name])
    assert len(open_store(target)) == len(sample_graph())
