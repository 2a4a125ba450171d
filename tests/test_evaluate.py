"""kg.evaluate and ``kg eval``: scoring a graph against gold, and cross-validation.

The counting is checked on tiny hand-made gold and graphs, then against the
project-independent scorer (../shared/eval/score.py) on hand-made files and
on the session build of the bundled corpus. Cross-validation is checked on a
two-document corpus with a lexicon entry taken from one of the documents.
Several gold sets are checked on two invented sets laid out as ../shared/eval
is (folders to sets, the union against score.py on one merged folder, output,
cross-validation means, the trainer hook, argument errors), then on the real
seeds and cities once each (both build in about a second).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.evaluate import (EvalError, Gold, cross_validate, evaluate, format_cross_validation,
                         format_score, load_gold, norm, score, select_docs)
from kg.lexicon import Entry, Lexicon, default_lexicon

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"
GOLD = SHARED_EVAL / "gold"

PREFIXES = """
@prefix kgo: <https://w3id.org/gongshu-kg/ontology#> .
@prefix kgr: <https://w3id.org/gongshu-kg/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def graph(ttl: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=PREFIXES + ttl, format="turtle")


def doc(name: str, entities: list, relations: list = ()) -> dict:
    return {"doc": name, "entities": [
        {"name": e[0], "type": e[1], **({"aliases": list(e[2])} if len(e) > 2 else {})} for e in entities],
        "relations": [{"s": s, "p": p, "o": o, "evidence": ev} for s, p, o, ev in relations]}


def write_gold(folder: Path, *docs: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / f"{d['doc']}.gold.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return folder


# -- counting ---------------------------------------------------------------------------

def test_names_are_normalised_before_they_meet():
    assert norm("“腾讯”") == norm("腾讯") == "腾讯"
    assert norm("ＬＯＦＴ４９") == norm("loft 49") == "loft49"
    gold = Gold.from_documents([doc("a.txt", [("《浙江日报》", ["Enterprise"])])])
    assert gold.lookup("浙江日报") is not None


def test_clusters_merge_across_files_through_aliases():
    gold = Gold.from_documents([
        doc("a.txt", [("数产园", ["Platform"])]),
        doc("b.txt", [("数字经济产业园", ["Platform"], ["数产园"])]),
        # a third name reaches the cluster only through another file's alias
        doc("c.txt", [("拱墅数产园", ["Project"], ["数字经济产业园"])]),
    ])
    assert len(gold.clusters()) == 1
    c = gold.lookup("数产园")
    assert gold.lookup("拱墅数产园") == gold.lookup("数字经济产业园") == c
    assert gold.types_of(c) == {"Platform", "Project"}
    assert gold.docs[c] == {"a.txt", "b.txt", "c.txt"}
    g = graph('kgr:x a kgo:Platform ; rdfs:label "拱墅数产园"@zh .')
    s = score(g, gold)
    assert (s.entities.p, s.entities.r) == (1.0, 1.0)
    assert s.entities_typed.f == 1.0


def test_typed_scores_need_a_shared_type():
    gold = Gold.from_documents([doc("a.txt", [("智慧网谷", ["Platform"]), ("腾讯", ["Enterprise"])])])
    g = graph('''kgr:a a kgo:Project ; rdfs:label "智慧网谷"@zh .
                 kgr:b a kgo:Enterprise ; rdfs:label "腾讯"@zh .''')
    s = score(g, gold)
    assert s.entities.f == 1.0
    assert (s.entities_typed.p, s.entities_typed.r) == (0.5, 0.5)
    [m] = s.errors.typed_mismatches
    assert (m.name, m.types, m.gold_name, m.gold_types) == ("智慧网谷", ["Project"], "智慧网谷", ["Platform"])
    assert s.by_type["Project"].p == 0.0 and s.by_type["Project"].gold == 0
    assert s.by_type["Platform"].r == 0.0 and s.by_type["Platform"].graph == 0
    assert s.by_type["Enterprise"].f == 1.0


def test_two_graph_entities_for_one_thing_cost_precision_not_recall():
    gold = Gold.from_documents([doc("a.txt", [("腾讯", ["Enterprise"], ["腾讯公司"])])])
    g = graph('''kgr:a a kgo:Enterprise ; rdfs:label "腾讯"@zh .
                 kgr:b a kgo:Enterprise ; rdfs:label "腾讯公司"@zh .
                 kgr:c a kgo:Enterprise ; rdfs:label "星澜科技"@zh .''')
    s = score(g, gold)
    assert s.entities.r == 1.0 and s.entities.p == pytest.approx(1 / 3)
    assert s.entities.graph == 3 and s.entities.gold == 1
    # per class (as score.py): precision counts every graph entity of the class that is right
    assert s.by_type["Enterprise"].p == pytest.approx(2 / 3) and s.by_type["Enterprise"].r == 1.0
    assert [e.name for e in s.errors.spurious_entities] == ["星澜科技"]


def test_names_are_labels_preflabels_and_altlabels_of_any_language():
    gold = Gold.from_documents([doc("a.txt", [("阿斯利康", ["Enterprise"]), ("网易", ["Enterprise"]),
                                              ("完美世界", ["Enterprise"])])])
    g = graph('''kgr:a a kgo:Enterprise ; rdfs:label "AstraZeneca"@en, "阿斯利康中国"@zh ; skos:altLabel "阿斯利康" .
                 kgr:b a kgo:Enterprise ; skos:prefLabel "网易"@zh .
                 kgr:c rdfs:label "完美世界"@zh .''')          # no class: not an entity
    s = score(g, gold)
    assert s.entities.graph == 2 and s.entities.r == pytest.approx(2 / 3)
    assert [e.name for e in s.errors.missed_entities] == ["完美世界"]


def test_subclasses_and_subproperties_count_as_their_top_terms():
    gold = Gold.from_documents([doc("a.txt", [("杭州银行", ["Enterprise"]), ("拱墅区", ["Place"])],
                                    [("杭州银行", "locatedIn", "拱墅区", "杭州银行落地拱墅区")])])
    g = graph('''kgo:Bank rdfs:subClassOf kgo:Enterprise .
                 kgo:CityBank rdfs:subClassOf kgo:Bank .
                 kgo:headquarteredIn rdfs:subPropertyOf kgo:locatedIn .
                 kgr:a a kgo:CityBank ; rdfs:label "杭州银行"@zh .
                 kgr:b a kgo:Place ; rdfs:label "拱墅区"@zh .
                 kgr:a kgo:headquarteredIn kgr:b .''')
    s = score(g, gold)
    assert s.entities_typed.f == 1.0 and s.by_type["Enterprise"].f == 1.0
    assert s.relations.f == 1.0 and s.by_predicate["locatedIn"].f == 1.0
    # without the axioms, neither counts
    bare = graph('''kgr:a a kgo:CityBank ; rdfs:label "杭州银行"@zh .
                    kgr:b a kgo:Place ; rdfs:label "拱墅区"@zh .
                    kgr:a kgo:headquarteredIn kgr:b .''')
    s = score(bare, gold)
    assert s.entities.graph == 1 and s.relations.graph == 0


def test_relations_map_to_clusters():
    gold = Gold.from_documents([
        doc("a.txt", [("美团杭州总部", ["Project"]), ("美团", ["Enterprise"], ["美团公司"]), ("拱墅区", ["Place"])],
            [("美团杭州总部", "ownedBy", "美团", "美团杭州总部开工"),
             ("美团杭州总部", "locatedIn", "拱墅区", "美团杭州总部落地拱墅区")]),
    ])
    g = graph('''kgr:p a kgo:Project ; rdfs:label "美团杭州总部"@zh .
                 kgr:m1 a kgo:Enterprise ; rdfs:label "美团公司"@zh .
                 kgr:m2 a kgo:Enterprise ; rdfs:label "美团"@zh .
                 kgr:x a kgo:Enterprise ; rdfs:label "星澜科技"@zh .
                 kgr:p kgo:ownedBy kgr:m1, kgr:m2 .        # two graph triples, one gold triple
                 kgr:x kgo:ownedBy kgr:m2 .                # subject hits no cluster
                 kgr:s a kgo:Sentence ; kgo:text "星澜科技由美团孵化。"@zh ; dcterms:isPartOf kgr:d .
                 kgr:d a kgo:Document ; dcterms:identifier "a.txt" .
                 kgr:ev a kgo:Evidence ; rdf:subject kgr:x ; rdf:predicate kgo:ownedBy ; rdf:object kgr:m2 ;
                        kgo:sentence kgr:s .''')
    s = score(g, gold)
    assert s.relations.graph == 2 and s.relations.gold == 2
    assert (s.relations.p, s.relations.r) == (0.5, 0.5)
    assert s.by_predicate["ownedBy"].f == pytest.approx(2 / 3)
    assert s.by_predicate["locatedIn"].r == 0.0
    [miss] = s.errors.missed_relations
    assert (miss.s, miss.p, miss.o, miss.doc) == ("美团杭州总部", "locatedIn", "拱墅区", "a.txt")
    assert miss.sentence == "美团杭州总部落地拱墅区" and miss.note == "object not in the graph"
    [extra] = s.errors.spurious_relations
    assert (extra.s, extra.p, extra.o) == ("星澜科技", "ownedBy", "美团")
    assert (extra.doc, extra.sentence) == ("a.txt", "星澜科技由美团孵化。")
    assert extra.note == "subject not in the gold"


def test_a_gold_relation_end_must_be_an_entity():
    with pytest.raises(EvalError, match="x.txt.gold.json.*腾讯 inTrack 游戏"):
        Gold.from_documents([doc("x.txt", [("腾讯", ["Enterprise"])], [("腾讯", "inTrack", "游戏", "")])])


def test_score_printout_and_json():
    gold = Gold.from_documents([doc("a.txt", [("腾讯", ["Enterprise"]), ("网易", ["Enterprise"])])])
    s = score(graph('kgr:a a kgo:Enterprise ; rdfs:label "腾讯"@zh .'), gold)
    text = format_score(s)
    assert "entities_typed        1.000  0.500  0.667" in text
    assert "missed entities" not in text
    assert "missed entities (1): " in format_score(s, errors=None)
    data = s.to_json(errors=5)
    assert data["entities"] == {"p": 1.0, "r": 0.5, "f": 0.6667}
    assert data["counts"] == {"graph_entities": 1, "gold_entities": 2, "graph_relations": 0, "gold_relations": 0}
    assert data["errors"]["missed_entities"][0]["name"] == "网易"
    assert "errors" not in s.to_json()


# -- gold files ---------------------------------------------------------------------------

def test_load_gold_reads_a_folder_and_restricts_to_documents(tmp_path):
    gold_dir = write_gold(tmp_path / "gold", doc("a.txt", [("腾讯", ["Enterprise"])]),
                          doc("b.txt", [("网易", "Enterprise")]))          # a bare type string
    assert len(load_gold(gold_dir).clusters()) == 2
    only_b = load_gold(gold_dir, ["b"])
    assert only_b.files == ["b.txt.gold.json"] and only_b.types_of(only_b.lookup("网易")) == {"Enterprise"}
    assert select_docs(["a.txt", "b.txt"], ["b.txt.gold.json", "a.txt"]) == ["a.txt", "b.txt"]
    with pytest.raises(EvalError, match="no gold file for c.txt"):
        load_gold(gold_dir, ["c.txt"])


@pytest.mark.parametrize("content, message", [
    ('{"entities": [', "not valid JSON"),
    ('[1, 2]', "not a gold file"),
    ('{"entities": [{"type": "Place"}], "relations": []}', "without 'name' or 'type'"),
])
def test_broken_gold_files_are_named(tmp_path, content, message):
    (tmp_path / "x.txt.gold.json").write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message) as e:
        load_gold(tmp_path)
    assert "x.txt.gold.json" in str(e.value) and "\n" not in str(e.value)


def test_missing_or_empty_gold_folder(tmp_path):
    with pytest.raises(EvalError, match="no such folder"):
        load_gold(tmp_path / "nope")
    with pytest.raises(EvalError, match="no \\*.gold.json files"):
        load_gold(tmp_path)


# -- agreement with score.py --------------------------------------------------------------

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the repository")


def score_py(graph_file: Path, gold_dir: Path, *args: str) -> dict:
    run = subprocess.run([sys.executable, str(SCORER), str(graph_file), str(gold_dir), "--json", *args],
                         capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(run.stdout)


def assert_same_numbers(mine: dict, ref: dict) -> None:
    for k in ("entities", "entities_typed", "relations", "counts", "gold_files"):
        assert mine[k] == ref[k], k
    for group in ("by_type", "by_predicate"):
        assert set(mine[group]) == set(ref[group])
        for name, v in ref[group].items():
            assert {x: mine[group][name][x] for x in v} == v, (group, name)


@needs_scorer
def test_same_numbers_as_score_py_on_tricky_hand_made_data(tmp_path):
    gold_dir = write_gold(
        tmp_path / "gold",
        doc("a.txt", [("数产园", ["Platform"]), ("腾讯", ["Enterprise"], ["腾讯公司"]), ("拱墅区", ["Place"]),
                      ("电竞文娱", ["IndustryTrack"], ["电竞文旅"])],
            [("腾讯", "inTrack", "电竞文娱", "e"), ("数产园", "locatedIn", "拱墅区", "e")]),
        doc("b.txt", [("数字经济产业园", ["Platform", "Project"], ["数产园"]), ("拱墅", ["Place"], ["拱墅区"]),
                      ("网易", ["Enterprise"]), ("电竞文旅", ["IndustryTrack"])],
            [("网易", "locatedIn", "数字经济产业园", "e"), ("网易", "inTrack", "电竞文旅", "e")]))
    (tmp_path / "g.ttl").write_text(PREFIXES + '''
        kgo:Bank rdfs:subClassOf kgo:Enterprise .
        kgo:settledIn rdfs:subPropertyOf kgo:locatedIn .
        kgr:t1 a kgo:Enterprise ; rdfs:label "腾讯"@zh .
        kgr:t2 a kgo:Bank ; rdfs:label "腾讯公司"@zh ; rdfs:label "Tencent"@en .
        kgr:p a kgo:Platform, kgo:Project ; rdfs:label "数字经济产业园"@zh ; skos:altLabel "拱墅"@zh .
        kgr:g a kgo:Place ; rdfs:label "拱墅区"@zh .
        kgr:w a kgo:Project ; rdfs:label "网易"@zh .
        kgr:x a kgo:Institution ; rdfs:label "星澜研究院"@zh .
        kgr:y a kgo:Place ; rdfs:label "网易"@zh ; skos:altLabel "拱墅" .     # hits two clusters
        kgr:e a kgo:IndustryTrack ; rdfs:label "电竞文旅"@zh .
        kgr:t1 kgo:inTrack kgr:e . kgr:t2 kgo:inTrack kgr:e . kgr:w kgo:inTrack kgr:e .
        kgr:p kgo:settledIn kgr:g . kgr:w kgo:settledIn kgr:p . kgr:x kgo:partOf kgr:g .
        kgr:x kgo:inTrack "not an entity" .
    ''', encoding="utf-8")
    ref = score_py(tmp_path / "g.ttl", gold_dir, "--errors", "100")
    mine = score(tmp_path / "g.ttl", load_gold(gold_dir)).to_json(errors=None)
    assert_same_numbers(mine, ref)
    assert sorted(x["name"] for x in mine["errors"]["missed_entities"]) == ref["errors"]["missed_entities"]
    assert sorted(f"{x['s']} {x['p']} {x['o']}" for x in mine["errors"]["missed_relations"]) == \
        ref["errors"]["missed_relations"]
    assert len(mine["errors"]["spurious_relations"]) == len(ref["errors"]["spurious_relations"])
    # and restricted to one document's gold
    assert_same_numbers(score(tmp_path / "g.ttl", load_gold(gold_dir, ["b.txt"])).to_json(),
                        score_py(tmp_path / "g.ttl", gold_dir, "--docs", "b.txt"))


@needs_scorer
def test_kg_eval_agrees_with_score_py_on_the_session_build(kg_cli, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    ref = score_py(cli_build.graph, GOLD)
    # the graph file, scored by `kg eval --graph`
    r = kg_cli("eval", str(GOLD), "--graph", "dev.trig", "--json", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert_same_numbers(json.loads(r.stdout), ref)
    assert r.stderr == ""
    # the same corpus built in memory (the default): the same numbers
    built = evaluate(GOLD)
    assert built.warnings == [] and built.problems == []
    assert_same_numbers(built.score.to_json(), ref)
    # and the printed table shows the numbers score.py prints
    text = subprocess.run([sys.executable, str(SCORER), str(cli_build.graph), str(GOLD)], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout
    theirs = {l.split()[0]: [w for w in l.split() if w[:2] == "0." or w == "1.000"] for l in text.splitlines()
              if l.split() and l.split()[0] in ("entities", "entities_typed", "relations", "inTrack", "Place")}
    ours = {l.split()[0]: l.split()[1:4] for l in format_score(built.score).splitlines()
            if l.split() and l.split()[0] in theirs}
    assert len(theirs) == 5 and {k: v[:len(theirs[k])] for k, v in ours.items()} == theirs


# -- cross-validation ---------------------------------------------------------------------

def test_lexicon_without_a_document_drops_only_that_documents_entries():
    lex = Lexicon.from_rows([
        {"name": "澜沧星图", "class": "Enterprise", "source": "doc:a.txt"},
        {"name": "墨川网络", "class": "Enterprise", "source": "doc:a.txt; doc:a.txt"},
        {"name": "蓝帆电竞", "class": "Enterprise", "source": "doc:a.txt;doc:b.txt"},
        {"name": "腾讯", "class": "Enterprise", "source": "cn-major-firms;doc:a.txt"},
        {"name": "网易", "class": "Enterprise", "source": "cn-major-firms"},
    ], not_entities=["龙头企业"])
    fold_a = lex.without_document("a.txt")
    assert [e.name for e in fold_a.entries] == ["蓝帆电竞", "腾讯", "网易"]
    assert fold_a.lookup("澜沧星图") is None and fold_a.lookup("腾讯") is not None
    assert fold_a.is_not_entity("龙头企业")
    assert [e.name for e in lex.without_document("b.txt").entries] == [e.name for e in lex.entries]
    assert lex.lookup("蓝帆电竞").documents == {"a.txt", "b.txt"}
    assert len(lex.entries) == 5                      # the lexicon itself is unchanged


@pytest.fixture
def two_documents(tmp_path):
    """Two documents naming 澜沧星图 (an invented firm no list holds) and their gold."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("拱墅区召开发展大会。\n\n会上，澜沧星图与拱墅区签约。\n", encoding="utf-8")
    (corpus / "b.txt").write_text("拱墅区发布新政策。\n\n澜沧星图负责人出席活动。\n", encoding="utf-8")
    (corpus / "c.txt").write_text("没有金标准的文档。\n", encoding="utf-8")
    ents = [("拱墅区", ["Place"]), ("澜沧星图", ["Enterprise"])]
    gold = write_gold(tmp_path / "gold", doc("a.txt", ents), doc("b.txt", ents))
    base = default_lexicon()
    lexicon = Lexicon([*base.entries, Entry("澜沧星图", "Enterprise", source="doc:a.txt")], base.not_entities)
    return corpus, gold, lexicon


def test_cross_validation_builds_each_document_without_its_own_entries(two_documents, monkeypatch):
    corpus, gold, lexicon = two_documents
    from kg import pipeline
    seen = {}
    real_extract = pipeline.extract

    def spy(folder, *args, lexicon=None, **kw):
        seen[tuple(sorted(p.name for p in Path(folder).glob("*.txt")))] = lexicon
        return real_extract(folder, *args, lexicon=lexicon, **kw)

    monkeypatch.setattr(pipeline, "extract", spy)
    calls = []
    cv = cross_validate(gold, corpus, lexicon=lexicon, progress=lambda d, i, n: calls.append((d, i, n)))
    assert calls == [("a.txt", 1, 2), ("b.txt", 2, 2)]
    # each fold builds its document alone; the corpus document without gold is not built
    assert set(seen) == {("a.txt",), ("b.txt",)}
    assert seen[("a.txt",)].lookup("澜沧星图") is None
    assert seen[("b.txt",)].lookup("澜沧星图") is not None
    a, b = cv.folds
    assert (a.doc, a.dropped, b.doc, b.dropped) == ("a.txt", ["澜沧星图"], "b.txt", [])
    # no list holds the name in a's fold: missed there, found in b's
    assert [e.name for e in a.score.errors.missed_entities] == ["澜沧星图"]
    assert a.score.entities_typed.r == 0.5 and b.score.entities_typed.r == 1.0
    assert a.score.gold_files == ["a.txt.gold.json"]
    mean = cv.mean()
    assert mean["entities_typed"].r == 0.75
    assert mean["entities_typed"].f == pytest.approx((a.score.entities_typed.f + b.score.entities_typed.f) / 2)
    text = format_cross_validation(cv)
    assert "a.txt: 澜沧星图" in text and text.count("\nmean ") == 1
    data = cv.to_json()
    assert [f["doc"] for f in data["folds"]] == ["a.txt", "b.txt"] and data["mean"]["entities_typed"]["r"] == 0.75


def test_whole_corpus_evaluation_builds_only_documents_with_gold(two_documents):
    corpus, gold, _ = two_documents
    ev = evaluate(gold, corpus)
    assert ev.score.gold_files == ["a.txt.gold.json", "b.txt.gold.json"]
    # 澜沧星图 is in no list: missed; 拱墅区 found
    assert [e.name for e in ev.score.errors.missed_entities] == ["澜沧星图"]
    assert ev.score.entities.r == 0.5 and ev.warnings == []


def test_a_subset_of_a_corpus_keeps_its_manifest_rows(tmp_path):
    from kg.evaluate import corpus_subset
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text("拱墅区。\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,title,date,kind\na.txt,甲,2023,报纸\nb.txt,乙,2024,报纸\n",
                                         encoding="utf-8")
    with corpus_subset(corpus, ["a.txt", "b.txt"]) as folder:
        assert folder == corpus                       # the whole corpus: no copy
    with corpus_subset(corpus, ["b.txt"]) as folder:
        assert sorted(p.name for p in folder.iterdir()) == ["b.txt", "manifest.csv"]
        assert (folder / "manifest.csv").read_text(encoding="utf-8").splitlines() == [
            "file,title,date,kind", "b.txt,乙,2024,报纸"]
    assert not folder.exists()


# -- the command line ---------------------------------------------------------------------

def one_line(text: str) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_kg_eval_prints_tables_and_errors(kg_cli, two_documents):
    corpus, gold, _ = two_documents
    r = kg_cli("eval", "gold", "corpus", "--errors", cwd=corpus.parent)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith("gold: 2 files, 2 entities, 0 relations; graph: 1 entities, 0 relations")
    for row in ("entities ", "entities_typed ", "relations ", "  Enterprise ", "  Place ", "  inTrack ",
                "  partOf "):
        assert f"\n{row}" in out, row
    assert "missed entities (1): " in out and "澜沧星图" in out
    assert "spurious relations (0): " in out

    cv = kg_cli("eval", "gold", "corpus", "--cross-validate", "--json", cwd=corpus.parent)
    assert cv.returncode == 0, cv.stderr
    data = json.loads(cv.stdout)
    assert [f["doc"] for f in data["folds"]] == ["a.txt", "b.txt"]
    assert set(data["mean"]) == {"entities", "entities_typed", "relations"}
    assert data["mean"]["entities"]["r"] == 0.5

    one = kg_cli("eval", "gold", "corpus", "--docs", "b", "--errors", "0", cwd=corpus.parent)
    assert one.returncode == 0, one.stderr
    assert one.stdout.startswith("gold: 1 files") and "missed entities" not in one.stdout


@pytest.mark.parametrize("setup, args, message", [
    (None, ["nope"], "no such folder"),
    ("empty", ["gold"], "no *.gold.json files"),
    ("broken", ["gold"], "not valid JSON"),
    ("empty", ["gold", "--graph", "g.trig", "--cross-validate"], "cannot score --graph"),
])
def test_kg_eval_errors_are_one_line(kg_cli, tmp_path, setup, args, message):
    if setup:
        (tmp_path / "gold").mkdir()
    if setup == "broken":
        (tmp_path / "gold" / "a.txt.gold.json").write_text('{"entities": [', encoding="utf-8")
    r = kg_cli("eval", *args, cwd=tmp_path)
    assert r.returncode != 0
    line = one_line(r.stderr)
    assert line.startswith("kg: ") and message in line
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_kg_help_lists_eval(kg_cli, tmp_path):
    r = kg_cli("eval", "--help", cwd=tmp_path)
    assert r.returncode == 0 and "examples:" in r.stdout and "--cross-validate" in r.stdout
    assert "    eval " in kg_cli("--help", cwd=tmp_path).stdout


# -- several gold sets ----------------------------------------------------------------------
#
# Two invented sets laid out as ../shared/eval is: seeds/ (gold files only; its documents in
# seeds-docs/, given on the command line) and cities/gold beside cities/corpus. 生物医药 is
# in both sets under different aliases, so that their clusters merge only in the union.

SEED_TEXTS = {
    "a.txt": "拱墅区大力发展生物医药产业。\n\n星澜生物医药产业园位于拱墅区，是拱墅区重点打造的生物医药平台。\n\n"
             "腾讯与拱墅区签约，腾讯华东总部项目落地拱墅区。\n",
    "a2.txt": "拱墅区大力发展数字经济产业。\n\n青禾数字经济产业园位于拱墅区。\n",
}
CITY_TEXTS = {
    "b.txt": "余杭区大力发展生物医药和数字经济产业。\n\n墨川数字经济产业园位于余杭区。\n\n"
             "阿里巴巴在余杭区建设阿里巴巴西溪园区。\n",
}
SEED_GOLD = [
    doc("a.txt", [("拱墅区", ["Place"]), ("生物医药", ["IndustryTrack"], ["生物医药产业"]),
                  ("星澜生物医药产业园", ["Platform"]), ("腾讯", ["Enterprise"]),
                  ("腾讯华东总部", ["Project"], ["腾讯华东总部项目"])],
        [("星澜生物医药产业园", "locatedIn", "拱墅区", "e"), ("星澜生物医药产业园", "inTrack", "生物医药", "e"),
         ("腾讯华东总部", "ownedBy", "腾讯", "e"), ("腾讯华东总部", "locatedIn", "拱墅区", "e")]),
    doc("a2.txt", [("拱墅区", ["Place"]), ("数字经济", ["IndustryTrack"]), ("青禾数字经济产业园", ["Platform"])],
        [("青禾数字经济产业园", "locatedIn", "拱墅区", "e"), ("青禾数字经济产业园", "inTrack", "数字经济", "e")]),
]
CITY_GOLD = [
    doc("b.txt", [("余杭区", ["Place"]), ("生物医药行业", ["IndustryTrack", "Project"], ["生物医药"]),
                  ("数字经济", ["IndustryTrack"]), ("墨川数字经济产业园", ["Platform"]),
                  ("阿里巴巴", ["Enterprise"]), ("阿里巴巴西溪园区", ["Project"])],
        [("墨川数字经济产业园", "locatedIn", "余杭区", "e"), ("阿里巴巴西溪园区", "ownedBy", "阿里巴巴", "e"),
         ("阿里巴巴西溪园区", "locatedIn", "余杭区", "e"), ("墨川数字经济产业园", "inTrack", "数字经济", "e")]),
]


def write_texts(folder: Path, texts: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def two_sets(tmp_path) -> Path:
    write_gold(tmp_path / "seeds", *SEED_GOLD)
    write_texts(tmp_path / "seeds-docs", SEED_TEXTS)
    write_gold(tmp_path / "cities" / "gold", *CITY_GOLD)
    write_texts(tmp_path / "cities" / "corpus", CITY_TEXTS)
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.csv").write_text("x\n", encoding="utf-8")
    return tmp_path


def sets_of(root: Path, *args: str) -> list[tuple]:
    from kg.evaluate import gold_sets
    rel = lambda p: str(p.relative_to(root)) if p.is_relative_to(root) else "bundled"   # noqa: E731
    return [(s.name, rel(s.gold_dir.resolve()), rel(s.corpus_dir.resolve()), s.corpus_given)
            for s in gold_sets([str(root / a) if "=" not in a else a.replace("=", f"={root}/") for a in args])]


@pytest.mark.parametrize("args, expected", [
    (["seeds"], [("seeds", "seeds", "bundled", False)]),
    (["seeds", "seeds-docs"], [("seeds", "seeds", "seeds-docs", True)]),
    (["cities/gold"], [("cities", "cities/gold", "cities/corpus", False)]),
    (["cities"], [("cities", "cities/gold", "cities/corpus", False)]),          # the folder holding gold/
    (["cities/gold", "cities/corpus"], [("cities", "cities/gold", "cities/corpus", True)]),
    (["seeds", "seeds-docs", "cities/gold"],
     [("seeds", "seeds", "seeds-docs", True), ("cities", "cities/gold", "cities/corpus", False)]),
    (["dev=seeds", "seeds-docs", "held=cities/gold"],
     [("dev", "seeds", "seeds-docs", True), ("held", "cities/gold", "cities/corpus", False)]),
])
def test_folders_make_gold_sets(two_sets, args, expected):
    assert sets_of(two_sets, *args) == expected


def test_two_gold_folders_of_one_name_are_told_apart(tmp_path):
    from kg.evaluate import gold_sets
    write_gold(tmp_path / "2023" / "gold", doc("a.txt", [("拱墅区", ["Place"])]))
    write_gold(tmp_path / "2024" / "gold", doc("b.txt", [("余杭区", ["Place"])]))
    write_gold(tmp_path / "again" / "gold", doc("a.txt", [("拱墅区", ["Place"])]))
    assert [s.name for s in gold_sets([str(tmp_path / "2023" / "gold"), str(tmp_path / "2024" / "gold")])] == \
        ["2023/gold", "2024/gold"]
    with pytest.raises(EvalError, match="two gold sets are named x"):
        gold_sets([f"x={tmp_path / '2023' / 'gold'}", f"x={tmp_path / '2024' / 'gold'}"])
    with pytest.raises(EvalError, match="a.txt has gold in two sets"):
        gold_sets([str(tmp_path / "2023" / "gold"), str(tmp_path / "again" / "gold")])


def test_union_of_two_sets_is_score_py_on_one_merged_folder(two_sets, tmp_path_factory):
    from kg.evaluate import evaluate_sets, gold_sets
    ev = evaluate_sets(gold_sets([str(two_sets / "seeds"), str(two_sets / "seeds-docs"),
                                  str(two_sets / "cities" / "gold")]))
    assert [s.name for s in ev.sets] == ["seeds", "cities"]
    assert ev.results["seeds"].score.gold_files == ["a.txt.gold.json", "a2.txt.gold.json"]
    assert ev.union.score.gold_files == ["a.txt.gold.json", "a2.txt.gold.json", "b.txt.gold.json"]
    # 生物医药 is one cluster in the union, with the types both sets give it
    assert ev.union.score.entities.gold == ev.results["seeds"].score.entities.gold \
        + ev.results["cities"].score.entities.gold - 2          # 生物医药 and 数字经济 are in both
    if SCORER.exists():
        merged = tmp_path_factory.mktemp("merged")
        write_gold(merged / "gold", *SEED_GOLD, *CITY_GOLD)
        ev.union.graph.serialize(merged / "union.ttl", format="turtle")
        ref = score_py(merged / "union.ttl", merged / "gold", "--errors", "100")
        mine = ev.union.score.to_json(errors=None)
        assert_same_numbers(mine, ref)
        assert sorted(x["name"] for x in mine["errors"]["missed_entities"]) == ref["errors"]["missed_entities"]
        # and each set alone is what `kg eval` of that set alone gives
        for name, gold_dir, corpus in (("seeds", "seeds", "seeds-docs"), ("cities", "cities/gold", None)):
            alone = evaluate(two_sets / gold_dir, two_sets / corpus if corpus else None)
            assert_same_numbers(ev.results[name].score.to_json(), alone.score.to_json())


def test_kg_eval_of_two_sets_names_each_set_and_the_union(kg_cli, two_sets):
    r = kg_cli("eval", "seeds", "seeds-docs", "cities/gold", "--errors", "3", cwd=two_sets)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    heads = [l for l in out.splitlines() if l.startswith("== ")]
    assert [h.split(":")[0] for h in heads] == ["== seeds", "== cities", "== union of seeds + cities", "== summary"]
    assert heads[0].startswith("== seeds: 2 documents of seeds, built from seeds-docs")
    assert heads[1].startswith(f"== cities: 1 document of {Path('cities', 'gold')}, built from "
                               f"{Path('cities', 'corpus')}")
    assert out.count("\nentities_typed ") == 3 and out.count("missed entities (") == 2
    summary = out.split("== summary")[1].split()
    assert summary[:9] == ["documents", "entity", "F1", "typed", "P", "typed", "R", "typed", "F1"]
    assert [summary[summary.index(n) + 1] for n in ("seeds", "cities", "union")] == ["2", "1", "3"]

    data = json.loads(kg_cli("eval", "seeds", "seeds-docs", "cities/gold", "--json", "--errors", "2",
                             cwd=two_sets).stdout)
    assert list(data) == ["sets", "union"] and list(data["sets"]) == ["seeds", "cities"]
    assert data["sets"]["cities"]["corpus_dir"] == str(Path("cities", "corpus"))
    assert data["sets"]["seeds"]["gold_files"] == ["a.txt.gold.json", "a2.txt.gold.json"]
    assert len(data["union"]["gold_files"]) == 3
    for part in (*data["sets"].values(), data["union"]):
        assert set(part["errors"]) >= {"missed_entities", "spurious_relations"}
        assert all(len(v) <= 2 for v in part["errors"].values())
    # --docs picks documents across sets; a set left with none is left out
    one = json.loads(kg_cli("eval", "seeds", "seeds-docs", "cities", "--docs", "b", "--json", cwd=two_sets).stdout)
    assert list(one["sets"]) == ["cities"] and one["union"]["gold_files"] == ["b.txt.gold.json"]


def test_kg_eval_of_two_sets_scores_one_graph_file_against_each_and_the_union(kg_cli, two_sets):
    from kg.evaluate import evaluate_sets, gold_sets
    sets = gold_sets([str(two_sets / "seeds"), str(two_sets / "seeds-docs"), str(two_sets / "cities")])
    evaluate_sets(sets).union.graph.serialize(two_sets / "both.ttl", format="turtle")
    r = kg_cli("eval", "seeds", "cities", "--graph", "both.ttl", "--json", cwd=two_sets)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["union"]["entities_typed"] == evaluate_sets(sets).union.score.to_json()["entities_typed"]
    assert "each set is scored against the whole graph" in r.stderr


def test_cross_validation_over_two_sets_prints_per_set_and_overall_means(kg_cli, two_sets):
    r = kg_cli("eval", "seeds", "seeds-docs", "cities/gold", "--cross-validate", cwd=two_sets)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("cross-validation: 3 documents of 2 gold sets (seeds 2, cities 1), each built alone")
    rows = [l.split() for l in lines if l.split() and l.split()[0] in ("seeds", "cities", "all")]
    assert [r[:3] for r in rows] == [["seeds", "a.txt", "0"], ["seeds", "a2.txt", "0"], ["seeds", "mean", "of"],
                                     ["cities", "b.txt", "0"], ["cities", "mean", "of"], ["all", "mean", "of"]]
    assert [r[3] for r in rows if r[1] == "mean"] == ["2", "1", "3"]

    data = json.loads(kg_cli("eval", "seeds", "seeds-docs", "cities/gold", "--cross-validate", "--json",
                             cwd=two_sets).stdout)
    assert [(f["set"], f["doc"]) for f in data["folds"]] == [("seeds", "a.txt"), ("seeds", "a2.txt"),
                                                            ("cities", "b.txt")]
    assert {s: v["documents"] for s, v in data["sets"].items()} == {"seeds": 2, "cities": 1}
    for k in ("entities_typed", "relations"):
        fs = [f[k]["f"] for f in data["folds"]]
        assert data["mean"][k]["f"] == pytest.approx(sum(fs) / 3, abs=1e-4)
        assert data["sets"]["seeds"]["mean"][k]["f"] == pytest.approx(sum(fs[:2]) / 2, abs=1e-4)
        assert data["sets"]["cities"]["mean"][k]["f"] == fs[2]


def test_a_trainer_never_sees_the_gold_of_the_document_held_out(two_sets, monkeypatch):
    from kg import pipeline
    from kg.evaluate import gold_sets
    sets = gold_sets([str(two_sets / "seeds"), str(two_sets / "seeds-docs"), str(two_sets / "cities")])
    model = {}
    calls = []

    def trainer(held_out, training):
        calls.append((held_out, [(t.set, t.doc, t.text.name, json.loads(json.dumps(t.gold))) for t in training]))
        training[0].gold["entities"].clear()               # a trainer's changes stay in its fold
        return {"relation_model": (model, sorted(held_out))}

    built = {}
    real_extract = pipeline.extract

    def extract(folder, *args, relation_model=None, **kw):  # an extract that takes the new keyword
        built[tuple(sorted(p.name for p in Path(folder).glob("*.txt")))] = relation_model
        return real_extract(folder, *args, **kw)

    monkeypatch.setattr(pipeline, "extract", extract)
    cv = cross_validate(sets, trainer=trainer)

    gold_of = {d["doc"]: d for d in (*SEED_GOLD, *CITY_GOLD)}
    assert [c[0] for c in calls] == [{"a.txt"}, {"a2.txt"}, {"b.txt"}]      # once per fold, before its build
    for held_out, training in calls:
        seen = {doc for _, doc, _, _ in training}
        assert seen == set(gold_of) - held_out                             # every other document, of both sets
        assert all(gold == gold_of[doc] for _, doc, _, gold in training)   # unchanged by the last fold
        assert all(gold != gold_of[h] for h in held_out for *_, gold in training)
        assert all(text == doc for _, doc, text, _ in training)
    assert {s for s, *_ in calls[0][1]} == {"seeds", "cities"}
    # what it returned reached the fold's build, and only that fold's
    assert built == {("a.txt",): (model, ["a.txt"]), ("a2.txt",): (model, ["a2.txt"]), ("b.txt",): (model, ["b.txt"])}
    assert [f.components for f in cv.folds] == [["relation_model"]] * 3
    # one fold chosen: it still learns from every other document of the sets given
    calls.clear()
    cross_validate(sets, docs=["a2"], trainer=trainer)
    assert [(h, sorted(d for _, d, _, _ in t)) for h, t in calls] == [({"a2.txt"}, ["a.txt", "b.txt"])]


def test_a_trainer_keyword_that_extract_does_not_take_is_named(two_sets):
    with pytest.raises(TypeError, match="extract takes no keyword entity_model"):
        cross_validate(two_sets / "cities" / "gold", trainer=lambda held_out, training: {"entity_model": 1})


def test_a_trainers_lexicon_replaces_the_folds(two_sets, monkeypatch):
    from kg import pipeline
    base = default_lexicon()
    mine = Lexicon([*base.entries, Entry("阿里巴巴西溪园区", "Project", source="doc:a.txt")], base.not_entities)
    used = []
    real_extract = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda folder, *a, lexicon=None, **kw: (
        used.append(lexicon), real_extract(folder, *a, lexicon=lexicon, **kw))[1])
    cv = cross_validate(two_sets / "cities" / "gold", trainer=lambda held_out, training: {"lexicon": mine})
    assert used == [mine]
    assert [(f.doc, f.components) for f in cv.folds] == [("b.txt", [])]     # lexicon is no extra keyword


@pytest.mark.parametrize("args, folder, message", [
    (["nope"], "nope", "no such folder — give a folder of *.gold.json files"),
    (["seeds", "nope"], "nope", "no such folder"),
    (["empty"], "empty", "no *.gold.json files (a gold set) nor .txt/.md documents (a corpus)"),
    (["seeds", "notes"], "notes", "nor .txt/.md documents"),
    (["seeds-docs", "seeds"], "seeds-docs", "no gold set before it — put the folder of its *.gold.json files first"),
    (["seeds", "seeds-docs", "cities/corpus"], "cities/corpus", "already has seeds-docs"),
    (["seeds", "seeds-docs", "cities/gold", "seeds-docs"], "seeds-docs",
     "none of its documents has a gold file in cities/gold — give the folder of that gold set's documents"),
    (["seeds", "cities/gold"], "seeds", "none of its documents has a gold file in seeds"),   # the bundled corpus
    (["seeds", "seeds-docs", "seeds"], "seeds", "given twice"),
    (["seeds", "seeds-docs", "x=cities/corpus"], "cities/corpus", "NAME= names a gold folder"),
    (["seeds", "cities", "--docs", "zz"], "", "no gold file for zz; documents with gold: seeds: a.txt, a2.txt"),
    (["seeds", "seeds-docs", "cities", "--graph", "g.ttl"], "", "not both"),
    (["seeds", "cities", "--graph", "nope.ttl"], "nope.ttl", "no such graph file"),
    (["seeds", "seeds/a.txt.gold.json"], "seeds/a.txt.gold.json", "not a folder — give the folder that holds it"),
    (["seeds", "seeds-docs/a.txt"], "seeds-docs/a.txt", "not a folder — give a folder of *.gold.json files"),
])
def test_kg_eval_argument_errors_name_the_folder_in_one_line(kg_cli, two_sets, args, folder, message):
    r = kg_cli("eval", *args, cwd=two_sets)
    assert r.returncode != 0 and r.stdout == ""
    line = one_line(r.stderr)
    assert "Traceback" not in r.stderr and line.startswith("kg: ")
    assert message.replace("/", os.sep) in line, line
    if folder:
        assert str(Path(folder)) in line, line


# -- the real sets: seeds and cities ----------------------------------------------------------

CITIES = SHARED_EVAL / "cities"
needs_cities = pytest.mark.skipif(not (CITIES / "gold").is_dir() or not SCORER.exists(),
                                  reason="../shared/eval/cities is not beside the repository")


@needs_cities
def test_the_union_of_seeds_and_cities_is_score_py_on_their_merged_folder(tmp_path):
    from kg.evaluate import evaluate_sets, gold_sets
    ev = evaluate_sets(gold_sets([str(GOLD), str(SHARED_EVAL.parent / "corpus"), str(CITIES / "gold")]))
    merged = tmp_path / "gold"
    merged.mkdir()
    for f in [*GOLD.glob("*.gold.json"), *(CITIES / "gold").glob("*.gold.json")]:
        shutil.copyfile(f, merged / f.name)
    ev.union.graph.serialize(tmp_path / "union.ttl", format="turtle")
    assert_same_numbers(ev.union.score.to_json(), score_py(tmp_path / "union.ttl", merged))
    assert len(ev.union.score.gold_files) == 15


@needs_cities
def test_cross_validation_over_all_fifteen_documents(kg_cli, tmp_path):
    r = kg_cli("eval", str(GOLD), str(SHARED_EVAL.parent / "corpus"), str(CITIES / "gold"),
               "--cross-validate", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["folds"]) == 15 and {s: v["documents"] for s, v in data["sets"].items()} == \
        {"gold": 5, "cities": 10}
    for k in ("entities_typed", "relations"):
        assert data["mean"][k]["f"] == pytest.approx(sum(f[k]["f"] for f in data["folds"]) / 15, abs=1e-4)
