"""The benchmark's own measuring tools (bench/bench_build.py, bench/corpus.py), fast.

The memory of a process tree is summed over every process in it, and the name
sets that time linking alone hold exactly as many distinct names as asked.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import bench_build  # noqa: E402
import corpus as bench_corpus  # noqa: E402

linux = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")

MIB = 1024
# a child that holds 40 MiB and starts a grandchild that holds 40 MiB more, then
# both wait for their standard input to close
HOLDER = """
import subprocess, sys
block = b"\\x01" * (40 << 20)          # written, so resident (not calloc's lazy zero pages)
kid = None
if sys.argv[1] == "parent":
    kid = subprocess.Popen([sys.executable, "-c", sys.argv[2], "kid", ""], stdin=subprocess.PIPE)
    kid.stdin.write(b"x\\n"); kid.stdin.flush()
    print(kid.pid, flush=True)
else:
    sys.stdin.readline()
    print("ready", flush=True)
sys.stdin.read()
if kid:
    kid.stdin.close(); kid.wait()
"""


@linux
def test_tree_memory_sums_the_child_and_its_descendants():
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, "parent", HOLDER],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        kid = int(proc.stdout.readline())
        assert proc.stdout.readline().strip() == "ready"      # the grandchild holds its block
        pids = bench_build.tree_pids(proc.pid)
        assert set(pids) == {proc.pid, kid}
        assert sorted(bench_build._children_by_stat(proc.pid)) == [kid]
        rss, pss, n = bench_build.tree_memory_kib(proc.pid)
        assert n == 2
        assert rss >= 80 * MIB
        assert rss >= bench_build._status_kib(proc.pid) + 40 * MIB    # not only the child's own
        assert pss is None or pss >= 75 * MIB
        with bench_build.TreeSampler(proc.pid, interval=0.05) as sampler:
            time.sleep(0.3)
        figures = sampler.figures()
        assert figures["peak_rss_all_mib"] >= 80
        assert figures["max_processes"] == 2 and figures["samples"] >= 2
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)


def test_sampler_without_the_process_says_n_a():
    s = bench_build.TreeSampler(2 ** 22 + 12345)   # above any pid_max default: no such process
    with s:
        pass
    assert s.figures()["peak_rss_all_mib"] is None
    assert bench_build._mib(None) == "n/a"


@pytest.fixture(scope="module")
def base():
    return bench_corpus.source_uses()


@pytest.mark.parametrize("n", [700, 3000])
def test_link_name_set_has_exactly_the_names_asked(base, n):
    names = bench_corpus.link_name_set(n, base)
    assert len(names) == n
    assert all(u.cls == c and u.name == name for (c, name), u in names.items())
    classes = {c for c, _ in names}
    assert {"Enterprise", "Project", "Platform", "Institution", "Place"} <= classes
    assert names == bench_corpus.link_name_set(n, base)      # the same every time


def test_link_name_set_varies_names_and_adds_short_forms(base):
    names = bench_corpus.link_name_set(3000, base, short_share=0.5)
    new = {k for k in names if k not in base}
    assert len(new) > 2000
    # an abbreviation beside its long name, some of them declared as its alias
    from kg.link import is_abbreviation
    by_cls: dict[str, set[str]] = {}
    for c, name in names:
        by_cls.setdefault(c, set()).add(name)
    shorts = [(c, s) for c, s in new if len(s) == 3
              and any(is_abbreviation(s, long) for long in by_cls[c] if len(long) >= 5 and long[0] == s[0])]
    assert len(shorts) > 50
    assert any(names[k].aliases - {k[1]} for k in new)


def test_vary_as_keeps_owner_and_short_form_together():
    assert bench_corpus._vary_as("华东医药生命科学产业园", "华东", "星澜") == "星澜医药生命科学产业园"
    assert bench_corpus._vary_as("华产园", "华东", "星澜") == "星产园"
    assert bench_corpus._vary_as("杭州", "华东", "星澜") == "杭州"
