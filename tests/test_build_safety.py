"""A killed build leaves nothing running and nothing half-made; the same input
gives the same bytes.

Builds run the way a user runs them: ``kg build`` in a new process, killed
with ``kill -9``, run twice at once, run while ``kg serve`` answers from the
store it replaces. The large corpus (copies of the bundled documents, enough
text for the pipeline to start its worker processes) is made once per module.
"""
from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, run_kg

from kg.lifetime import is_gone, owner_gone, owner_tag, process_start, stale_temps
from kg.pipeline import PARALLEL_MIN_CHARS
from kg.store import build_lock, open_store, read_info, replace_store

needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs Linux /proc")

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def _popen(*args: str, cwd: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env=_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == str(pid):
                found.append(int(d.name))
    return found


def _until(predicate, seconds: float, step: float = 0.01):
    """The first true value of ``predicate()`` within ``seconds``, else None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def _kill_leaves_none(build: subprocess.Popen, starts: dict[int, object]) -> bool:
    """SIGKILL the build; whether all its children (``starts``: pid -> start time,
    taken while they ran, so that a reused pid does not count) are gone within 5 s."""
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    return bool(_until(lambda: all(is_gone(c, t) for c, t in starts.items()), 5))


def _reap(build: subprocess.Popen) -> None:
    if build.poll() is None:
        build.kill()
        build.wait()
    build.stdout.close()
    build.stderr.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if ".building-" in p.name or ".old-" in p.name or p.name.endswith((".tmp", ".lock")))


def _small_store(path: Path, triples: int = 3) -> int:
    graph = "".join(f"<urn:x:{i}> <urn:x:p> <urn:x:o> .\n" for i in range(triples)).encode()
    return replace_store(path, graph).triples


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory, corpus_dir) -> Path:
    """Copies of the bundled documents, enough characters for worker processes."""
    folder = tmp_path_factory.mktemp("big")
    originals = sorted(corpus_dir.glob("*.txt"))
    size, copy = 0, 0
    while size < PARALLEL_MIN_CHARS * 3.3:        # ~3 bytes a character, and some margin
        for p in originals:
            data = p.read_bytes()
            (folder / f"{copy:03d}_{p.name}").write_bytes(data)
            size += len(data)
        copy += 1
    return folder


# --------------------------------------------------------------------------
# who made a leftover, and is it gone


def _dead_tag() -> str:
    """The tag of a process that ran and is gone."""
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    tag = f"{p.pid}-{process_start(p.pid)}-0badf00d"
    p.kill()
    p.wait()
    return tag


def test_a_tag_names_a_live_process_until_it_is_gone():
    assert not owner_gone(owner_tag())
    assert owner_gone(_dead_tag())
    assert not owner_gone("not-a-tag") and not owner_gone("kg-store")     # not ours to judge


@needs_proc
def test_a_reused_pid_or_a_zombie_is_gone():
    me = os.getpid()
    assert not is_gone(me, process_start(me))
    assert is_gone(me, process_start(me) + 1)           # same pid, another start: a later process
    assert not owner_gone(f"{me}-0badf00d")              # tags of older builds: pid only
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    assert _until(lambda: Path(f"/proc/{zombie.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z", 10)
    assert is_gone(zombie.pid)                           # exited, not yet reaped
    zombie.wait()


def test_a_worker_stops_when_its_build_is_gone_without_the_kernel_telling_it():
    """The watching thread alone (no PR_SET_PDEATHSIG: the "build" is not the parent)."""
    fake_build = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    build = (fake_build.pid, process_start(fake_build.pid))
    worker = subprocess.Popen([sys.executable, "-c", "import sys, time; from kg.lifetime import die_with_parent; "
                               f"die_with_parent{build}; print('ready', flush=True); time.sleep(60)"],
                              env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(0.6)
        assert worker.poll() is None          # its build runs: it runs
        fake_build.kill()
        fake_build.wait()
        worker.wait(5)
    finally:
        for p in (fake_build, worker):
            if p.poll() is None:
                p.kill()
                p.wait()
        worker.stdout.close()


def test_stale_temps_are_those_of_gone_processes(tmp_path):
    out = tmp_path / "g.trig"
    dead, live = tmp_path / f"g.trig.{_dead_tag()}.tmp", tmp_path / f"g.trig.{owner_tag()}.tmp"
    other = tmp_path / f"gx.trig.{_dead_tag()}.tmp"
    for p in (dead, live, other, tmp_path / "g.trig.tmp"):
        p.write_text("half", encoding="utf-8")
    assert stale_temps(out) == [dead]


# --------------------------------------------------------------------------
# kill -9


@needs_proc
def test_killed_build_leaves_no_worker_and_the_old_store(tmp_path, big_corpus):
    n = _small_store(tmp_path / "s")
    build = _popen("build", str(big_corpus), "--out", "g.trig", "--store", "s", "--no-html",
                   "--workers", "2", cwd=tmp_path)
    try:
        workers = _until(lambda: len(_children(build.pid)) >= 2 and _children(build.pid), 60)
        assert workers, f"no worker processes started: {build.poll()} {build.stderr.read() if build.poll() else ''}"
        starts = {w: process_start(w) for w in workers}
        time.sleep(1.0)                  # past loading the segmenter: recognising documents
        assert build.poll() is None
        assert _kill_leaves_none(build, starts), \
            f"worker processes still running 5 s after the build was killed: {workers}"
    finally:
        _reap(build)
    # the store it was replacing still answers, with its old count
    assert len(open_store(tmp_path / "s")) == read_info(tmp_path / "s").triples == n


@needs_proc
def test_a_killed_rebuild_leaves_no_warm_worker_and_the_old_store_and_graph(tmp_path, corpus_dir):
    """A rebuild forks its warm worker at once (kg.builder.executors.Warm):
    killed, it takes the worker with it and leaves what the last build made."""
    src = tmp_path / "c"
    shutil.copytree(corpus_dir, src)
    r = run_kg("build", str(src), "--out", "g.trig", "--store", "s", "--no-html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    graph, n = (tmp_path / "g.trig").read_bytes(), read_info(tmp_path / "s").triples
    doc = sorted(src.glob("*.txt"))[0]
    doc.write_text(doc.read_text(encoding="utf-8") + "\n星澜智造产业园位于拱墅区。\n", encoding="utf-8")
    build = _popen("build", str(src), "--out", "g.trig", "--store", "s", "--no-html", cwd=tmp_path)
    try:
        warm = _until(lambda: _children(build.pid), 60, step=0.005)
        assert warm, f"no warm worker: {build.poll()} {build.stderr.read() if build.poll() is not None else ''}"
        assert _kill_leaves_none(build, {w: process_start(w) for w in warm}), f"the warm worker still runs 5 s after its build was killed: {warm}"
    finally:
        _reap(build)
    assert (tmp_path / "g.trig").read_bytes() == graph
    assert len(open_store(tmp_path / "s")) == read_info(tmp_path / "s").triples == n
    # and the next rebuild makes what a build from nothing makes
    r = run_kg("build", str(src), "--out", "g.trig", "--store", "s", "--no-html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_kg("build", str(src), "--out", "full.trig", "--store", "full", "--no-html", "--no-cache", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "g.trig").read_bytes() == (tmp_path / "full.trig").read_bytes() != graph


def test_next_build_cleans_up_after_a_killed_one_only(tmp_path, big_corpus, corpus_dir):
    n = _small_store(tmp_path / "s")
    build = _popen("build", str(big_corpus), "--out", "g.trig", "--store", "s", "--no-html",
                   cwd=tmp_path)
    half = _until(lambda: [p.name for p in tmp_path.glob("s.building-*")], 120, step=0.005)
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    build.stdout.close()
    build.stderr.close()
    assert half, "the build ended before its store was being loaded"
    assert len(open_store(tmp_path / "s")) == n
    # beside the killed build's leftovers: those of a build still running (this
    # process), and of a process given the pid of a dead builder (another start)
    live = [tmp_path / f"s.building-{owner_tag()}", tmp_path / f"g.trig.{owner_tag()}.tmp"]
    me = os.getpid()
    reused = tmp_path / f"s.building-{me}-{process_start(me) + 1}-0badf00d"
    for p in (live[0], reused):
        p.mkdir()
    live[1].write_text("half", encoding="utf-8")
    stale = sorted({*half, reused.name, *(p.name for p in tmp_path.glob("g.trig.*.tmp"))} - {live[1].name})

    r = run_kg("build", str(corpus_dir), "--out", "g.trig", "--store", "s", "--no-html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    said = [line for line in r.stderr.splitlines() if "killed build" in line]
    assert len(said) == 1 and all(name in said[0] for name in stale), r.stderr
    assert _leftovers(tmp_path) == sorted(p.name for p in live)
    assert read_info(tmp_path / "s").triples == len(open_store(tmp_path / "s")) > n


# --------------------------------------------------------------------------
# two builds at once


def test_a_second_build_waits_for_the_first_or_stops(tmp_path, corpus_dir):
    store = tmp_path / "s"
    args = ("build", str(corpus_dir), "--out", "g.trig", "--store", "s", "--no-html")
    with build_lock(store):                      # a build of this process holds the store
        r = run_kg(*args, "--wait", "0", cwd=tmp_path)
        assert r.returncode == 1 and not store.exists()
        msg = r.stderr.strip()
        assert "\n" not in msg and f"another build (pid {os.getpid()}) is writing ./s" in msg, msg

        waiting = _popen(*args, cwd=tmp_path)
        told = queue.Queue()
        threading.Thread(target=lambda: [told.put(x) for x in waiting.stderr], daemon=True).start()
        line = told.get(timeout=60)
        assert "waiting for it to finish" in line and "--wait" in line, line
        time.sleep(0.5)
        assert waiting.poll() is None and not store.exists()
    out, _ = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, out
    assert f"store: s ({read_info(store).triples:,} triples)" in out
    assert _leftovers(tmp_path) == []


# --------------------------------------------------------------------------
# kg serve while a build swaps the store


def _serve(store: Path, cwd: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0",
                             "--workers", "2", "--quiet"], cwd=cwd, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    line = ""
    while not line.startswith("serving "):
        line = proc.stdout.readline()
        if not line:
            pytest.fail(f"kg serve did not start: {proc.stderr.read()}")
    return proc, line.rsplit(" at ", 1)[1].strip()


def _count(url: str) -> tuple[int, int | None]:
    """(HTTP status, triples) of a COUNT query."""
    req = urllib.request.Request(f"{url}sparql?{urllib.parse.urlencode({'query': COUNT})}",
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            body = json.loads(r.read())
            return r.status, int(body["results"]["bindings"][0]["n"]["value"])
    except urllib.error.HTTPError as e:
        return e.code, None


def test_serve_keeps_answering_while_a_build_swaps_the_store(tmp_path, corpus_dir):
    n = _small_store(tmp_path / "s")
    server, url = _serve(tmp_path / "s", tmp_path)
    answers: list[tuple[int, int | None]] = []
    done = threading.Event()

    def ask():
        while not done.is_set():
            answers.append(_count(url))

    asker = threading.Thread(target=ask, daemon=True)
    try:
        assert _count(url) == (200, n)
        asker.start()
        r = run_kg("build", str(corpus_dir), "--out", "g.trig", "--store", "s", "--no-html", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        new = read_info(tmp_path / "s").triples
        time.sleep(0.2)
        done.set()
        asker.join(30)
        assert len(answers) > 10
        assert all(status == 200 for status, _ in answers), [a for a in answers if a[0] != 200][:3]
        assert {count for _, count in answers} <= {n, new}
        # every worker answers from the new store now (two workers: ask a few times)
        assert {_count(url) for _ in range(6)} == {(200, new)}
    finally:
        done.set()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()
        server.stderr.close()


# --------------------------------------------------------------------------
# same input, same bytes

# The parallel path of a small corpus: the pipeline starts workers only above
# PARALLEL_MIN_CHARS, which would take a corpus 16 times the bundled one.
PARALLEL_KG = ("import sys, kg.pipeline; kg.pipeline.PARALLEL_MIN_CHARS = 0; "
               "from kg.cli import main; sys.exit(main())")


def _build_graph(corpus: Path, cwd: Path, workers: int, **env: str) -> bytes:
    cwd.mkdir()
    r = subprocess.run([sys.executable, "-c", PARALLEL_KG, "build", str(corpus), "--out", "g.trig",
                        "--store", "s", "--no-html", "--workers", str(workers)],
                       cwd=cwd, env=_env(**env), capture_output=True, text=True, encoding="utf-8",
                       timeout=300)
    assert r.returncode == 0, r.stderr
    return (cwd / "g.trig").read_bytes()


@pytest.fixture(scope="module")
def first_graph(tmp_path_factory, corpus_dir) -> bytes:
    return _build_graph(corpus_dir, tmp_path_factory.mktemp("same") / "first", 1,
                        PYTHONHASHSEED="1", KG_SEGMENTER="rjieba")


def _reversed_copy(corpus: Path, dest: Path) -> Path:
    """The corpus written file by file in the other order (a different order on disk)."""
    dest.mkdir()
    for p in sorted(corpus.iterdir(), reverse=True):
        shutil.copy(p, dest / p.name)
    return dest


def test_same_bytes_with_other_workers_file_order_and_hash_seed(first_graph, tmp_path, corpus_dir):
    corpus = _reversed_copy(corpus_dir, tmp_path / "corpus")
    again = _build_graph(corpus, tmp_path / "second", 2, PYTHONHASHSEED="2", KG_SEGMENTER="rjieba")
    assert b"_:" in first_graph          # the ontology's blank nodes are in it
    assert again == first_graph


def test_same_bytes_with_the_other_segmenter(first_graph, tmp_path, corpus_dir):
    pytest.importorskip("rjieba")
    again = _build_graph(corpus_dir, tmp_path / "jieba", 1, PYTHONHASHSEED="3", KG_SEGMENTER="jieba")
    assert again == first_graph
