"""Project timelines (kg/timeline.py, `kg timeline`) and a track's projects by status (`kg chain`).

Two written documents (星澜生物医药产业园项目 and 墨川高新区 are invented) state one
project's milestones across two years: signed in one month, started on a given day,
topped out, and planned to open. The bundled corpus is checked through the command
line, as the issue's acceptance says.
"""
from __future__ import annotations

import json

import pytest

PROJECT = "星澜生物医药产业园项目"

NEWS = """墨川高新区重大项目建设情况

2022年3月，星澜生物医药产业园项目正式签约落户墨川高新区，总投资32亿元，用地面积210亩。

2023年6月18日，星澜生物医药产业园项目开工建设。青禾智能制造中心于2023年开工。

星澜生物医药产业园项目聚焦生物医药产业。
"""

REPORT = """墨川高新区2025年工作报告

一、2024年工作回顾

星澜生物医药产业园项目主体结构封顶，总投资32亿元。

二、2025年工作安排

力争星澜生物医药产业园项目年内竣工投用。
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.pipeline import build
    root = tmp_path_factory.mktemp("timeline")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "b.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "file,title,date,kind\na.txt,墨川高新区重大项目建设情况,2024-01,报纸\n"
        "b.txt,墨川高新区2025年工作报告,2025-02,政府工作报告\n", encoding="utf-8")
    build(corpus, out=root / "g.trig", store_dir=root / "st")
    return root


@pytest.fixture(scope="module")
def store(built):
    from kg.store import open_store
    return open_store(built / "st")


def test_milestones_merged_across_documents_in_stage_order(store):
    from kg.timeline import select
    (t,) = select(store, project=PROJECT)
    assert [(e.when, e.kind, e.planned) for e in t.events] == [
        ("2022-03", "签约", False), ("2023-06-18", "开工", False), ("2024", "封顶", False), ("2025", "投用", True)]
    assert [s.ref() for e in t.events for s in e.sources] == ["a.txt#1", "a.txt#2", "b.txt#2", "b.txt#4"]
    assert t.status() == "封顶"                      # the furthest stage done; 投用 is only planned


def test_amounts_with_every_source(store):
    from kg.timeline import select
    (t,) = select(store, project=PROJECT)
    assert [(q.prop, str(q.value), [s.ref() for s in q.sources]) for q in t.quantities] == [
        ("totalInvestment", "3200000000", ["a.txt#1", "b.txt#2"]), ("landArea", "210", ["a.txt#1"])]
    assert t.quantities[0].text() == "32亿元 (3200000000 CNY)"


def test_the_graph_with_dated_milestones_passes_the_shapes(built):
    from kg.validate import validate
    conforms, report = validate(built / "g.trig")
    assert conforms, report


def test_a_track_and_a_place(store):
    from kg.timeline import select
    by_track = select(store, track="生物医药")
    assert [t.name for t in by_track] == [PROJECT, "青禾智能制造中心"]
    assert [t.name for t in select(store, place="墨川高新区")] == [PROJECT, "青禾智能制造中心"]
    assert [(e.when, e.kind) for e in by_track[1].events] == [("2023", "开工")]


def test_unknown_names_suggest(store):
    from kg.graph import NotFound
    from kg.timeline import select
    with pytest.raises(NotFound, match="no industry track named 生物医 — did you mean 生物医药"):
        select(store, track="生物医")


def test_text_and_json(store):
    from kg.timeline import format_timelines, select
    text = format_timelines(select(store, project=PROJECT))
    assert "2023-06-18 开工 done" in text and "2025       投用 planned" in text
    assert "[2] “2023年6月18日，星澜生物医药产业园项目开工建设。” — a.txt#2" in text
    (data,) = json.loads(format_timelines(select(store, project=PROJECT), "json"))
    assert data["status"] == "封顶" and data["events"][1]["date"] == "2023-06-18"
    assert data["quantities"][0] == {"property": "totalInvestment", "value": "3200000000", "unit": "CNY",
                                     "text": "32亿元 (3200000000 CNY)", "sources": data["quantities"][0]["sources"]}


def test_chain_counts_projects_by_status_and_sums_investment(store):
    from kg.chain import chain, format_chain
    from kg.graph import load_graph
    from kg.timeline import load_timelines, progress
    c = chain(load_graph(store), "生物医药")
    c.progress = progress(c, load_timelines(store))
    (p,) = c.progress
    assert (p.track, p.projects, p.by_status, str(p.investment), p.with_investment) == \
        ("生物医药", 2, {"开工": 1, "封顶": 1}, "3200000000", 1)
    assert "项目进展 生物医药: 2 projects — 开工 1 · 封顶 1; total investment 32亿元 stated for 1" in format_chain(c)
    assert json.loads(format_chain(c, "json"))["progress"][0]["by_status"] == {"开工": 1, "封顶": 1}
    assert "项目进展" in format_chain(c, "md") and "项目进展" in format_chain(c, "html")


def test_cli_needs_something_to_list(kg_cli, built):
    r = kg_cli("timeline", "--store", str(built / "st"), cwd=built)
    assert r.returncode == 2 and "give a PROJECT, --track T or --place P" in r.stderr
    r = kg_cli("timeline", PROJECT, "--track", "生物医药", "--store", str(built / "st"), cwd=built)
    assert r.returncode == 2 and "not both" in r.stderr


# -- the bundled corpus -------------------------------------------------------------------------

def test_bundled_track_timeline(kg_cli, cli_build):
    """`kg timeline --track 生命健康` lists 华东医药生命科学产业园 with its 2021 start, 26亿元 and 161亩."""
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    r = kg_cli("timeline", "--track", "生命健康", "--store", str(cli_build.store), cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    block = r.stdout.split("\n\n")[0]
    assert block.startswith("华东医药生命科学产业园 · 项目+平台")
    assert "2021       开工 done" in block
    assert "总投资 Total investment: 26亿元 (2600000000 CNY)" in block
    assert "用地面积 Land area: 161亩" in block
    assert "用地面积161亩,总投资26亿元,是今年首个开工的" in block and "004_ae53370610f934a0.txt#55" in block
    data = json.loads(kg_cli("timeline", "--track", "生命健康", "--format", "json", "--store", str(cli_build.store),
                             cwd=cli_build.cwd).stdout)
    park = next(t for t in data if t["name"] == "华东医药生命科学产业园")
    assert [(e["kind"], e["year"], e["planned"]) for e in park["events"]] == [("开工", 2021, False)]
    # a planned start of the 2025 report is kept apart from deeds
    plan = next(t for t in data if t["name"] == "浙江英特石塘医药产业园")
    assert plan["status"] == "planned" and plan["events"][0]["planned"] is True


def test_bundled_chain_shows_projects_by_status(kg_cli, cli_build):
    r = kg_cli("chain", "生命健康", "--store", str(cli_build.store), cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stdout.splitlines() if x.startswith("│ 项目进展 生命健康"))
    assert "开工 1" in line and "planned 2" in line and "total investment 26亿元 stated for 1" in line
