"""What a new user hit (issue 13): kg serve on a port in use, a misspelt --param value,
the district on every path and atop every ranking, counts that disagreed."""
from __future__ import annotations

import re
import socket

import pytest

from kg.explore import excluding, neighbours, paths
from kg.graph import NotFound, load_graph
from kg.stats import stats
from kg.store import open_store
from kg.viz import network_data


@pytest.fixture(scope="module")
def G(cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    return load_graph(open_store(cli_build.store))


def test_serve_on_a_port_in_use_says_so_in_one_line(cli_build, kg_cli):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = kg_cli("serve", "--store", "s", "--port", str(port), cwd=cli_build.cwd, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == (f"kg: cannot listen on 127.0.0.1:{port}: Address already in use"
                           " — another server uses that port; pass --port N\n")


def test_a_misspelt_param_value_gets_the_nearest_names(cli_build, kg_cli):
    proc = kg_cli("query", "enterprises-of-track", "--param", "track=生命键康", "--store", "s", cwd=cli_build.cwd)
    assert proc.returncode == 0 and "(0 rows)" in proc.stdout
    assert proc.stderr.startswith("kg: no entity is named 生命键康 (--param track) — did you mean 生命健康")
    proc = kg_cli("query", "enterprises-of-track", "--param", "track=生命健康", "--store", "s", cwd=cli_build.cwd)
    assert proc.returncode == 0 and proc.stderr == ""


def test_exclude_keeps_the_district_off_paths_and_rankings(G):
    through = paths(G, "腾讯", "华东医药", limit=1)
    assert through and "拱墅区" in [G.nodes[n]["label"] for n in through[0].nodes]
    H = excluding(G, ["拱墅区"], keep=["腾讯", "华东医药"])
    assert all("拱墅区" not in [H.nodes[n]["label"] for n in p.nodes] for p in paths(H, "腾讯", "华东医药"))
    # a whole class, by its English or Chinese name; the ends stay whatever their class
    for spec in ("Place", "地点"):
        H = excluding(G, [spec], keep=["拱墅区"])
        assert {d["cls"] for n, d in H.nodes(data=True) if d["label"] != "拱墅区"}.isdisjoint({"Place"})
        assert any(d["label"] == "拱墅区" for _, d in H.nodes(data=True))
    nb = neighbours(excluding(G, ["拱墅区"], keep=["华东医药"]), "华东医药", depth=2)
    assert "拱墅区" not in {G.nodes[n]["label"] for n in nb.distance}
    with pytest.raises(NotFound, match="拱墅县 — did you mean 拱墅区"):
        excluding(G, ["拱墅县"])


def test_exclude_on_the_command_line(cli_build, kg_cli):
    proc = kg_cli("chain", "生命健康", "--exclude", "拱墅区", "--store", "s", cwd=cli_build.cwd)
    assert proc.returncode == 0, proc.stderr
    assert "拱墅区" not in proc.stdout.split("PageRank", 1)[-1]
    proc = kg_cli("neighbours", "华东医药", "--depth", "2", "--exclude", "拱墅区,Project", "--store", "s",
                  cwd=cli_build.cwd)
    assert proc.returncode == 0 and "拱墅区" not in proc.stdout and "[项目]" not in proc.stdout


def test_build_stats_and_page_count_alike(cli_build, G):
    m = re.search(r"(\d[\d,]*) entities, (\d[\d,]*) relations", cli_build.proc.stdout)
    built = tuple(int(x.replace(",", "")) for x in m.groups())
    s = stats(open_store(cli_build.store))
    page = network_data(G)
    assert built == (s["entities"], s["relations"]) == (len(page["nodes"]), len(page["edges"]))
