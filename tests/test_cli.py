"""The ``kg`` command, end to end, run the way a user runs it: a new process
(``python -m kg …``) in a folder of their own.

The bundled corpus is built once per session (conftest.py ``cli_build``:
``kg build <corpus> --out dev.trig --store s``); the query and stats tests
read its store.
"""
from __future__ import annotations

import csv
import io
import json

import pytest

FIRMS = ("腾讯", "网易", "完美世界")
SENTENCE = "腾讯、网易、完美世界"


def one_line(text: str) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_help_lists_the_commands(kg_cli, tmp_path):
    r = kg_cli("--help", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    for cmd in ("build", "query", "viz", "chain", "path", "neighbours", "stats", "serve",
                "push", "eval"):
        assert f"    {cmd}" in r.stdout, cmd
    # no command: the same help, not a traceback
    bare = kg_cli(cwd=tmp_path)
    assert bare.returncode == 0 and "build" in bare.stdout and not bare.stderr


@pytest.mark.parametrize("cmd", ["build", "query", "viz", "chain", "path", "neighbours", "stats",
                                 "serve", "push", "eval"])
def test_every_command_help_has_examples(kg_cli, tmp_path, cmd):
    r = kg_cli(cmd, "--help", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "examples:" in r.stdout and f"kg {cmd}" in r.stdout.split("examples:", 1)[1]


def test_version(kg_cli, tmp_path):
    import kg
    r = kg_cli("--version", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"kg (gongshu-kg) {kg.__version__}"


def test_build_writes_graph_store_and_network(cli_build):
    r = cli_build.proc
    assert r.returncode == 0, r.stderr
    assert "skipped" not in r.stderr and "Traceback" not in r.stderr
    assert "built 5 documents" in r.stdout
    assert cli_build.graph.is_file() and cli_build.graph.stat().st_size > 10_000
    assert cli_build.store.is_dir() and any(cli_build.store.iterdir())
    assert cli_build.html.is_file()
    html = cli_build.html.read_text(encoding="utf-8")
    assert "腾讯" in html
    # nothing else was left behind in the user's folder
    # the build cache (kg/builder/cache.py) beside the store
    assert sorted(p.name for p in cli_build.cwd.iterdir()) == ["dev.trig", "gongshu-kg.html", "s", "s.cache"]


def test_query_default_track_table(kg_cli, cli_build):
    r = kg_cli("query", "enterprises-of-track", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    for firm in FIRMS:
        assert firm in r.stdout
    assert SENTENCE in r.stdout
    assert "电竞文娱" in r.stdout


def test_query_csv(kg_cli, cli_build):
    r = kg_cli("query", "enterprises-of-track", "--store", "s", "--format", "csv", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {"name", "sentence", "doc"} <= set(rows[0])
    by_firm = {}
    for row in rows:
        by_firm.setdefault(row["name"], []).append(row["sentence"])
    for firm in FIRMS:
        sentences = by_firm.get(firm)
        assert sentences, firm
        assert all(firm in s for s in sentences), (firm, sentences)   # each row cites its sentence
        assert any(SENTENCE in s for s in sentences), firm
    assert {row["track"] for row in rows} == {"电竞文娱"}


def test_query_json(kg_cli, cli_build):
    r = kg_cli("query", "enterprises-of-track", "--store", "s", "--format", "json", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert "name" in data["head"]["vars"]
    names = {b["name"]["value"] for b in data["results"]["bindings"]}
    assert set(FIRMS) <= names
    assert any(SENTENCE in b["sentence"]["value"] for b in data["results"]["bindings"] if "sentence" in b)


def test_query_with_a_parameter_and_ad_hoc_sparql(kg_cli, cli_build):
    r = kg_cli("query", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kgo:Document }", "--store", "s",
               "--format", "csv", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    assert list(csv.reader(io.StringIO(r.stdout)))[1] == ["5"]


def test_broken_sparql_is_one_line_on_stderr(kg_cli, cli_build):
    r = kg_cli("query", "SELECT ?x WHERE { ?x a ", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode != 0
    line = one_line(r.stderr)
    assert line.startswith("kg: ") and "SPARQL" in line
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_query_without_a_store_says_to_build(kg_cli, tmp_path):
    r = kg_cli("query", "enterprises-of-track", "--store", "missing", cwd=tmp_path)
    assert r.returncode != 0
    line = one_line(r.stderr)
    assert "kg build" in line and "missing" in line
    assert not (tmp_path / "missing").exists()     # a query does not create a store


def test_stats_prints_counts(kg_cli, cli_build, built_graph):
    r = kg_cli("stats", "--store", "s", cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    counts = {}
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[-1].replace(",", "").isdigit():
            counts[parts[0]] = int(parts[-1].replace(",", ""))
    assert counts["documents"] == 5
    assert counts["triples"] == len(built_graph)
    for cls in ("Enterprise", "Institution", "Project", "Platform", "CommercialDistrict",
                "IndustryTrack", "Place"):
        assert counts[cls] > 0, cls
    for p in ("inTrack", "subTrackOf", "locatedIn", "ownedBy", "partOf"):
        assert counts[p] > 0, p


def test_stats_without_a_store(kg_cli, tmp_path):
    r = kg_cli("stats", "--store", "nowhere", cwd=tmp_path)
    assert r.returncode != 0
    assert "kg build" in one_line(r.stderr)


def test_build_skips_unreadable_files_and_still_builds(kg_cli, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(
        "拱墅区数字经济报告\n"
        "持续放大星澜科技、墨川网络、蓝帆电竞等电竞文娱龙头企业产业链带动效应。\n"
        "开工锦程医药华东研发总部。星澜科技落地云栖星辰生命科学产业园。\n", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "scan.txt").write_bytes(bytes(range(256)) * 8)
    r = kg_cli("build", "docs", "--out", "g.ttl", "--store", "s2", "--no-html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    skipped = [l for l in r.stderr.splitlines() if "skipped" in l]
    assert len(skipped) == 2, r.stderr
    assert any("empty.txt" in l for l in skipped) and any("scan.txt" in l for l in skipped)
    for l in skipped:
        assert l.startswith("kg: skipped ")
    assert "built 1 documents" in r.stdout or "built 1 document" in r.stdout
    assert (tmp_path / "g.ttl").is_file() and (tmp_path / "s2").is_dir()
    assert not (tmp_path / "gongshu-kg.html").exists()

    q = kg_cli("query", "enterprises-of-track", "--store", "s2", "--format", "csv", cwd=tmp_path)
    assert q.returncode == 0, q.stderr
    assert {row["name"] for row in csv.DictReader(io.StringIO(q.stdout))} == {"星澜科技", "墨川网络", "蓝帆电竞"}


def test_build_of_a_missing_folder_fails_in_one_line(kg_cli, tmp_path):
    r = kg_cli("build", "no-such-folder", "--out", "g.ttl", "--store", "s", cwd=tmp_path)
    assert r.returncode != 0
    assert "no-such-folder" in one_line(r.stderr)
    assert not (tmp_path / "s").exists() and not (tmp_path / "g.ttl").exists()


def test_build_rejects_an_unknown_graph_format(kg_cli, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("引进星澜科技。\n", encoding="utf-8")
    r = kg_cli("build", "docs", "--out", "g.xml", "--store", "s", "--no-html", cwd=tmp_path)
    assert r.returncode != 0
    assert "g.xml" in one_line(r.stderr)
    assert not (tmp_path / "s").exists() and not (tmp_path / "g.xml").exists()


def test_the_command_line_freezes_what_it_holds_at_its_end_and_a_caller_is_left_alone(tmp_path, monkeypatch):
    """kg.cli._ending: the process of the command line ends with the command, so what it
    holds is frozen for the collector's pass at exit; main(argv) from a program is left alone."""
    import gc
    import signal

    from kg.cli import main
    missing = str(tmp_path / "no-store")
    before = gc.get_freeze_count()
    pipe = signal.getsignal(signal.SIGPIPE)     # (main sets the command line's; pytest's is put back)
    try:
        assert main(["stats", "--store", missing]) != 0
        assert gc.get_freeze_count() == before
        monkeypatch.setattr("sys.argv", ["kg", "stats", "--store", missing])
        assert main() != 0
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
        signal.signal(signal.SIGPIPE, pipe)
