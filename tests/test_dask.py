"""`kg build --scheduler`: the per-document work on a Dask distributed cluster
(here a LocalCluster of two worker processes) makes the graph a local build
makes, byte for byte.  ``pytest -k dask`` runs these alone."""
from __future__ import annotations

import pytest

from kg.pipeline import build

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as c:
        yield c


def test_dask_build_matches_a_local_build(cluster, corpus_dir, tmp_path):
    local = build(corpus_dir, out=tmp_path / "local.trig", store_dir=tmp_path / "ls", workers=1)
    on_dask = build(corpus_dir, out=tmp_path / "dask.trig", store_dir=tmp_path / "ds", scheduler=cluster.scheduler_address)
    assert on_dask.analysed == on_dask.documents == local.documents == 5
    assert (tmp_path / "dask.trig").read_bytes() == (tmp_path / "local.trig").read_bytes()
    assert on_dask.store.triples == local.store.triples


def test_dask_build_from_the_cli(cluster, corpus_dir, tmp_path):
    from conftest import run_kg
    r = run_kg("build", str(corpus_dir), "--out", "g.trig", "--store", "s", "--no-html",
               "--scheduler", cluster.scheduler_address, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "built 5 documents" in r.stdout


def test_dask_scheduler_unreachable_says_so_in_one_line():
    from kg.builder.executors import Dask
    with pytest.raises(ValueError, match="^cannot reach the Dask scheduler at tcp://127.0.0.1:9") as e:
        Dask("tcp://127.0.0.1:9", timeout=1)
    assert "\n" not in str(e.value)
