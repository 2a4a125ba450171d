"""Every bundled example query (kg/queries/*.rq) answers a real question on the
bundled corpus.

Each query is run the way a user runs it — ``kg query NAME --store s --format
csv`` on the session build of the bundled corpus (conftest.py ``cli_build``),
with its default parameters unless a test says otherwise — and its answer is
checked: the names a reader of the five documents expects, and that each
evidence sentence really names the thing.

A query file without a test here fails `test_every_bundled_query_has_a_test`:
add ``test_<stem with - as _>`` when you add a query.
"""
from __future__ import annotations

import csv
import io
import sys

from kg.query import QUERY_DIR, load_query, query_header
from kg.relate import rule_names

KGO = "https://w3id.org/gongshu-kg/ontology#"
KGR = "https://w3id.org/gongshu-kg/resource/"
RULES = rule_names()

DOC_000 = "000_96deaf8c4352779a.txt"
DOC_001 = "001_e02ff1c06b4ac93a.txt"
DOC_002 = "002_aa8e2dd3bf96fdae.txt"
DOC_003 = "003_311f04df4b6279a0.txt"
DOC_004 = "004_ae53370610f934a0.txt"


def run(kg_cli, cli_build, name: str, **params: str) -> list[dict[str, str]]:
    """The rows of ``kg query NAME --store s --format csv [--param k=v …]``, as dicts."""
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    args = ["query", name, "--store", str(cli_build.store), "--format", "csv"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    r = kg_cli(*args, cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert not r.stderr.strip(), r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
    assert rows, f"kg query {name} {params}: no answer"
    return rows


def default(name: str, param: str) -> str:
    return query_header(load_query(name))["params"][param]


def manifest(corpus_dir) -> dict[str, dict[str, str]]:
    with open(corpus_dir / "manifest.csv", encoding="utf-8", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


# -- one test per bundled query ----------------------------------------------------------

def test_enterprises_of_track(kg_cli, cli_build):
    """Which firms are in the esports and entertainment track (电竞文娱)?"""
    assert default("enterprises-of-track", "track") == "电竞文娱"
    rows = run(kg_cli, cli_build, "enterprises-of-track")
    assert {r["track"] for r in rows} == {"电竞文娱"}
    by_firm: dict[str, set[str]] = {}
    for r in rows:
        assert r["firm"] == KGR + "Enterprise/" + r["name"], r
        # the evidence sentence names the firm and the track
        assert r["name"] in r["sentence"] and "电竞" in r["sentence"], r
        by_firm.setdefault(r["name"], set()).add(r["doc"])
    # the three esports majors, stated in the 2022 newspaper page and the press
    # conference (网易 also in 002, through its 网易电竞博物馆)
    for firm in ("腾讯", "网易", "完美世界"):
        assert by_firm.get(firm, set()) >= {DOC_000, DOC_001}, (firm, by_firm)
    # another track, as in the README tour
    health = run(kg_cli, cli_build, "enterprises-of-track", track="生命健康")
    names = {r["name"] for r in health}
    assert {"华东医药", "阿斯利康"} <= names, names
    assert "腾讯" not in names
    assert all(r["name"] in r["sentence"] for r in health), health
    for r in health:
        if r["name"] in ("华东医药", "阿斯利康"):
            assert "生命健康" in r["sentence"], r


def test_in_commercial_district(kg_cli, cli_build):
    """What lies in the 武林路 commercial street?"""
    assert default("in-commercial-district", "district") == "武林路"
    rows = run(kg_cli, cli_build, "in-commercial-district")
    assert {r["district"] for r in rows} == {"武林路"}
    phase2 = [r for r in rows if r["name"] == "武林路二期"]
    assert len(phase2) == 1, rows
    r = phase2[0]
    assert r["thing"] == KGR + "Project/武林路二期"
    assert r["classes"].split(",") == ["Project"]
    assert r["relation"] == KGO + "locatedIn"
    assert r["doc"] == DOC_002
    assert r["sentence"].startswith("武林路二期亮相“十二巷陌”")
    for r in rows:
        assert r["name"] in r["sentence"], r
        assert r["relation"] in (KGO + "locatedIn", KGO + "partOf"), r
    # by another name of the district (an alias from the lexicon)
    by_alias = run(kg_cli, cli_build, "in-commercial-district", district="武林路时尚街区")
    assert {(r["thing"], r["relation"]) for r in by_alias} == {(r["thing"], r["relation"]) for r in rows}


def test_projects_of_firm(kg_cli, cli_build):
    """Which projects does 华东医药 (Huadong Medicine) own?"""
    assert default("projects-of-firm", "firm") == "华东医药"
    rows = run(kg_cli, cli_build, "projects-of-firm")
    assert {r["firm"] for r in rows} == {"华东医药"}
    docs: dict[str, set[str]] = {}
    for r in rows:
        assert r["name"].startswith("华东医药"), r            # named after its owner
        assert r["name"] in r["sentence"], r
        docs.setdefault(r["name"], set()).add(r["doc"])
    assert docs.get("华东医药生命科学产业园") == {DOC_000, DOC_004}, docs
    assert docs.get("华东医药生物创新智造中心") == {DOC_003}, docs
    park = next(r for r in rows if r["name"] == "华东医药生命科学产业园")
    assert park["project"] == KGR + "Platform/华东医药生命科学产业园"   # a park: also a platform
    # a firm that owns its headquarters
    meituan = run(kg_cli, cli_build, "projects-of-firm", firm="美团")
    assert "美团杭州总部" in {r["name"] for r in meituan}
    assert all(r["name"] in r["sentence"] for r in meituan)


def test_relation_evidence(kg_cli, cli_build):
    """What does the graph say about 腾讯 (Tencent), and where does it say it?"""
    assert default("relation-evidence", "entity") == "腾讯"
    rows = run(kg_cli, cli_build, "relation-evidence")
    tencent = KGR + "Enterprise/腾讯"
    facts = {(r["predicate"], r["object"]): r for r in rows if r["subject"] == tencent}
    esports = facts.get((KGO + "inTrack", KGR + "IndustryTrack/电竞文娱"))
    assert esports, rows
    assert "腾讯" in esports["sentence"] and "电竞文娱" in esports["sentence"]
    # the press conference: the esports majors …同步亮相，正式入驻拱墅 — Tencent is in the district,
    # read by the clause that opens on moving in and the firms the clause before names
    here = facts.get((KGO + "locatedIn", KGR + "Place/拱墅区"))
    assert here, rows
    assert here["doc"] == DOC_001 and "入驻拱墅" in here["sentence"] and "腾讯" in here["sentence"]
    assert here["rule"] == "located-topic-moved-in"
    for r in rows:
        assert tencent in (r["subject"], r["object"]), r
        assert r["sentence"] and "腾讯" in r["sentence"], r      # every fact has its evidence
        assert r["rule"] in RULES, r
        assert 0 < float(r["confidence"]) <= 1, r
        assert r["doc"].endswith(".txt"), r


def test_documents_mentioning(kg_cli, cli_build, corpus_dir):
    """Which documents mention 华东医药?"""
    entity = default("documents-mentioning", "entity")
    assert entity == "华东医药"
    rows = run(kg_cli, cli_build, "documents-mentioning")
    assert {r["entity"] for r in rows} == {entity}
    # exactly the documents whose text names it
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.txt")}
    assert {r["doc"] for r in rows} == {n for n, t in texts.items() if entity in t} \
        == {DOC_000, DOC_003, DOC_004}
    # titles and dates come from the corpus manifest
    meta = manifest(corpus_dir)
    for r in rows:
        assert (r["title"], r["date"]) == (meta[r["doc"]]["title"], meta[r["doc"]]["date"]), r
    counts = [int(r["sentences"]) for r in rows]
    assert all(c >= 1 for c in counts) and counts == sorted(counts, reverse=True)
    # the count is the number of the document's sentences that name it
    sparql = ("SELECT ?entity ?doc (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kgo:Sentence ; "
              "kgo:text ?t ; dcterms:isPartOf/dcterms:identifier ?doc . "
              "FILTER(CONTAINS(STR(?t), ?entity)) } GROUP BY ?entity ?doc")
    named = run(kg_cli, cli_build, sparql, entity=entity)
    assert {r["doc"]: r["n"] for r in named} == {r["doc"]: r["sentences"] for r in rows}
    assert rows[0]["doc"] == DOC_004          # the mid-year report names it most often
    assert rows[0]["title"] == "我区上半年经济成绩单出炉"
    # the district the corpus is about is named in all five documents
    district = run(kg_cli, cli_build, "documents-mentioning", entity="拱墅区")
    assert {r["doc"] for r in district} == set(texts)


def test_track_overview(kg_cli, cli_build):
    """Which industry tracks have the most firms, platforms and projects?"""
    assert query_header(load_query("track-overview"))["params"] == {}
    rows = run(kg_cli, cli_build, "track-overview")
    by_name = {r["name"]: r for r in rows}
    assert len(by_name) == len(rows)                                   # one row per track
    firms = [int(r["firms"]) for r in rows]
    assert firms == sorted(firms, reverse=True)                        # most firms first
    assert rows[0]["name"] == "数字经济" and firms[0] >= 10, rows[:3]
    for track in ("电竞文娱", "生命健康", "数字经济"):
        r = by_name[track]
        assert r["track"] == KGR + "IndustryTrack/" + track
        # the counts agree with the firms enterprises-of-track lists for the track
        listed = {e["firm"] for e in run(kg_cli, cli_build, "enterprises-of-track", track=track)}
        assert int(r["firms"]) == len(listed), (track, r, listed)
    # 腾讯, 网易, 完美世界 (000, 001) and the firms 002 says were brought in
    assert int(by_name["电竞文娱"]["firms"]) >= 3
    health = by_name["生命健康"]
    assert int(health["platforms"]) >= 1 and int(health["projects"]) >= 1, health


def test_projects_by_status(kg_cli, cli_build):
    """Which projects started construction (开工) or plan to, when, and how big are they?"""
    assert default("projects-by-status", "status") == "开工"
    rows = run(kg_cli, cli_build, "projects-by-status")
    assert {(r["status"], r["event"]) for r in rows} == {("开工", "开工")}
    for r in rows:
        # the evidence sentence names the project and states a start of works
        assert r["name"] in r["sentence"] and ("开工" in r["sentence"] or "动工" in r["sentence"]), r
        assert r["project"].startswith(KGR) and r["doc"].endswith(".txt"), r
    # 华东医药生命科学产业园: "用地面积161亩,总投资26亿元,是今年首个开工的…" in the 2021 report
    park = [r for r in rows if r["name"] == "华东医药生命科学产业园"]
    assert park and {r["doc"] for r in park} == {DOC_004}
    assert {r["year"] for r in park} == {"2021"}                 # 今年 / 上半年 of a 2021 paper
    assert {r["investment"] for r in park} == {"2600000000"}    # yuan
    assert {r["landArea"] for r in park} == {"161"}             # 亩
    assert any("用地面积161亩" in r["sentence"] for r in park)
    assert {r["planned"] for r in park} == {"false"}               # done: 已…实现开工建设
    # 芯空项目 "正式开工" this year, said at a 2022 press conference
    (chip,) = [r for r in rows if r["name"] == "芯空项目"]
    assert (chip["year"], chip["doc"], chip["planned"]) == ("2022", DOC_001, "false")
    # the 2025 report's plan: "开工浙江英特石塘医药产业园等14个重点项目" under
    # "二、2025年发展主要目标和政府工作安排" is a start of works still to come
    assert {r["planned"] for r in rows} == {"true", "false"}
    (plan,) = [r for r in rows if r["name"] == "浙江英特石塘医药产业园"]
    assert (plan["year"], plan["doc"], plan["planned"]) == ("2025", DOC_003, "true")
    # an empty status lists every kind of milestone
    every = run(kg_cli, cli_build, "projects-by-status", status="")
    assert {r["event"] for r in every} >= {"开工", "开业", "投用", "竣工"}
    assert {r["event"] for r in every} <= {"签约", "开工", "封顶", "投用", "竣工", "开业", "落地"}
    opened = {r["name"] for r in every if r["event"] == "开业" and r["doc"] == DOC_002}
    assert "杭州中心" in opened


def test_projects_started_in_year(kg_cli, cli_build):
    """Which projects of the life-health track started construction in 2021, for how much?"""
    header = query_header(load_query("projects-started-in-year"))
    assert (header["params"]["track"], header["params"]["year"]) == ("生命健康", "2021")
    rows = run(kg_cli, cli_build, "projects-started-in-year")
    assert {(r["track"], r["year"]) for r in rows} == {("生命健康", "2021")}
    park = [r for r in rows if r["name"] == "华东医药生命科学产业园"]
    assert park and {(r["investment"], r["landArea"], r["doc"]) for r in park} == {("2600000000", "161", DOC_004)}
    for r in rows:
        assert r["name"] in r["sentence"] and "开工" in r["sentence"], r
    # the 2025 report's plan to start 浙江英特石塘医药产业园 is no start of works done
    planned = run(kg_cli, cli_build, "SELECT ?year ?n WHERE { ?p rdfs:label ?n ; kgo:status ?e . "
                  "?e kgo:eventType \"开工\" ; kgo:planned true ; kgo:year ?y . FILTER (STR(?y) = ?year) }",
                  year="2025")
    assert "浙江英特石塘医药产业园" in {r["n"] for r in planned}
    r2025 = kg_cli("query", "projects-started-in-year", "--store", str(cli_build.store), "--format", "csv",
                   "--param", "year=2025", cwd=cli_build.cwd)
    assert r2025.returncode == 0 and "浙江英特石塘医药产业园" not in r2025.stdout


def test_indicator_series(kg_cli, cli_build):
    """How has 拱墅区 grown: its GDP and retail sales by period, each figure with its sentence?"""
    assert default("indicator-series", "area") == "拱墅区"
    rows = run(kg_cli, cli_build, "indicator-series")
    assert {r["area"] for r in rows} == {"拱墅区"}
    for r in rows:
        assert r["stated"] in r["sentence"], r
    gdp = [(r["period"], r["figure"], r["value"], r["kind"], r["doc"]) for r in rows if r["indicator"] == "地区生产总值"]
    assert ("2023年", "amount", "209150000000", "result", DOC_002) in gdp
    assert ("2023年", "growthRate", "5.1", "result", DOC_002) in gdp
    assert ("2021年上半年", "amount", "98661000000", "result", DOC_004) in gdp
    assert ("2021年上半年", "growthRate", "7.2", "average", DOC_004) in gdp
    assert ("2025年", "growthRate", "5.5", "target", DOC_003) in gdp
    # in time order within a measure
    periods = [p for p, *_ in gdp]
    assert periods.index("2021年上半年") < periods.index("2023年") < periods.index("2025年")
    retail = run(kg_cli, cli_build, "indicator-series", measure="社会消费品零售总额")
    assert {r["indicator"] for r in retail} == {"社会消费品零售总额"}
    assert ("2023年", "136390000000") in {(r["period"], r["value"]) for r in retail}


def test_targets_vs_results(kg_cli, cli_build):
    """How do 拱墅区's targets for a year compare with what it reports for that year?"""
    assert default("targets-vs-results", "area") == "拱墅区"
    rows = run(kg_cli, cli_build, "targets-vs-results")
    by = {(r["measure"], r["year"], r["figure"]): r for r in rows}
    gdp = by[("地区生产总值", "2025", "growthRate")]
    # the 2025 report's target (增长5.5%左右) beside the first quarter's 4.6%
    assert (gdp["target"], gdp["bound"], gdp["result"], gdp["resultPeriod"]) == ("5.5", "about", "4.6", "2025年一季度")
    assert "5.5%" in gdp["targetSentence"] and "4.6%" in gdp["resultSentence"]
    for r in rows:
        assert r["targetDoc"].endswith(".txt") and r["resultDoc"].endswith(".txt"), r


# -- coverage ----------------------------------------------------------------------------

def test_every_bundled_query_has_a_test():
    stems = sorted(p.stem for p in QUERY_DIR.glob("*.rq"))
    assert len(stems) >= 6, stems
    module = sys.modules[__name__]
    untested = [s for s in stems if not callable(getattr(module, "test_" + s.replace("-", "_"), None))]
    assert not untested, f"bundled queries without a test in {__file__}: {untested}"
