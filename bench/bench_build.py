"""Benchmark `kg build` on corpora of any size, linking alone, and a rebuild after one edit.

Usage (from the repository root):

    python bench/bench_build.py --mb 10 --workers 2              # one 10 MB corpus, full build
    python bench/bench_build.py --mb 10,30,100 --workers 2       # several sizes in one go
    python bench/bench_build.py --quick                          # a 1 MB smoke test
    python bench/bench_build.py --mb 1 --incremental             # + rebuild after a one-sentence edit
    python bench/bench_build.py --link                           # linking alone: 1k, 10k, 50k names
    python bench/bench_build.py --link --names 1000,20000
    python bench/bench_build.py --mb 10 --json bench10.json      # also write the raw figures
    python bench/bench_build.py --mb 10 --repeat                 # the old corpus: the bundled documents repeated
    python bench/bench_build.py --stage recognise                # segmentation+recognition only, vs bare cut()

**Corpus.** bench/corpus.py's ``make_corpus`` (in a temporary folder, removed
afterwards): varied copies of the bundled documents and of the ten cities
documents (../shared/eval/cities/corpus when present), the names of firms,
projects, parks, institutions, districts and places changed per copy, so that
the distinct entities grow with the size of the corpus (Heaps' law) and no two
documents are the same.  ``--repeat`` instead repeats the bundled documents
unchanged (the old benchmark: the same ~300 entities at every size).
1 MB = 10**6 bytes of input (UTF-8 .txt files, about 3 bytes a character).

**Build.** Each size x worker count runs in a fresh Python process: ``kg.pipeline.build(corpus,
out=<tmp>/graph.trig, store_dir=<tmp>/store, workers=N)`` (with its default
build cache beside the store).  Reported: wall seconds of that call and MB/s
of input through it; seconds by stage (``Built.timings``: read, recognise,
link, render — which includes writing the TriG file and loading the store as
blocks come — and finish); documents, distinct entities, distinct relations,
triples in the store, graph-file bytes.

**Memory.** While the process runs, this (parent) process samples every
``--sample`` seconds (default 0.15) the process tree under it — the build's
process and every descendant (its worker processes), found through
``/proc/<pid>/task/*/children`` (or the ppid of ``/proc/*/stat``) — and sums
their VmRSS (``/proc/<pid>/status``); "peak RSS all" is the largest sum seen.
Worker processes are forked, so pages they share with the build process count
in each RSS: "peak PSS all" sums the proportional set size instead
(``/proc/<pid>/smaps_rollup``; shared pages split between sharers), the
honest total.  Also kept: ``getrusage`` peaks of the build process itself
("parent peak") and of its largest worker ("max worker peak").  Without /proc
(not Linux) the sampled figures are "n/a".

**Incremental** (``--incremental``): after the full build, the child appends a
sentence (invented, naming a new firm and an existing one) to one document,
builds again into the same store with the same cache, and reports that
rebuild's wall seconds, how many documents it analysed and rendered and
whether it updated the store in place; then three times appends another
sentence to another document and rebuilds with the command line (``python -m
kg build CORPUS --out G.trig --store S --no-html``, the whole process timed);
then checks that the graph file equals byte for byte a full build of the
edited corpus without cache (made into another place); then the documents
are put back.

**Linking alone** (``--link``): ``kg.link.link_names`` over synthetic name sets
of exactly ``--names`` distinct (class, name) pairs (bench/corpus.py
``link_name_set``: the names the extractor finds in the sources, varied per copy
as the corpus varies them, with abbreviations used as names and declared as
aliases), with the default lexicon, as ``kg build``'s link step calls it.
Reported per size: seconds (best of ``--repeats``), names/s, microseconds per
name and its ratio to the smallest size (1.0 = linear), the same for one run
with the cyclic garbage collector off, the candidate pairs that blocking
offers, entities, and the relations read off names
(``kg.relate.name_relations``, the rest of the build's link step).

``--stage recognise`` times only ``kg.pipeline.recognise_all`` (segmentation
+ recognition) on the normalised documents, and, in other processes, bare
``jieba.cut`` and ``rjieba.cut`` over the same text.  ``--segmenter`` runs each
configuration with the given engines (``KG_SEGMENTER``).

Note: the build works in one process whatever ``--workers`` says when the
documents to recognise hold fewer than ``kg.pipeline.PARALLEL_MIN_CHARS``
(400,000) characters (estimated as bytes / 3), e.g. the 1 MB ``--quick`` corpus.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

CORPUS = ROOT / "corpus"
LEXICON = ROOT / "kg" / "data" / "lexicon.tsv"
STAGES = ("read", "recognise", "link", "render", "finish")
# The sentence --incremental appends to one document (invented: a new firm, a known one, a relation).
EDIT = "2026年3月，星澜智能科技有限公司与华东医药签署战略合作协议，双方将在杭州共建数字医疗联合创新中心，总投资约5亿元。"
# What the command-line rebuilds after it append, one each, to other documents (also invented).
CLI_EDITS = ("2026年5月，云岭新材料有限公司在拱墅区落地年产3万吨新材料项目，总投资约8亿元。",
             "2026年7月，澄江数字科技有限公司与阿里巴巴共建人工智能联合实验室，投资约2亿元。",
             "2026年9月，青禾生物医药有限公司入驻城西科创大走廊，总投资约6亿元。")


# ---------------------------------------------------------------- corpus

def make_repeat_corpus(dest: Path, mb: float, source: Path = CORPUS) -> dict:
    """Fill ``dest`` with unchanged copies of the documents of ``source`` up to ``mb`` MB
    (``--repeat``: the entities stay the same however large the corpus)."""
    from corpus import repeat_corpus
    return {**repeat_corpus(dest, mb, [source]), "sources": [str(source)], "kind": "repeat"}


def make_varied_corpus(dest: Path, mb: float) -> dict:
    from corpus import make_corpus
    return {**make_corpus(dest, mb), "kind": "varied"}


# ---------------------------------------------------------------- memory of a process tree

def _children(pid: int) -> list[int] | None:
    """The child processes of ``pid`` (None when /proc cannot say)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    kids: list[int] = []
    for t in tasks:
        try:
            with open(f"/proc/{pid}/task/{t}/children") as f:
                kids += [int(x) for x in f.read().split()]
        except FileNotFoundError:
            return _children_by_stat(pid)       # a kernel without CONFIG_PROC_CHILDREN
        except OSError:
            pass                                # the thread ended meanwhile
    return kids


def _children_by_stat(pid: int) -> list[int]:
    kids = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            # pid (comm) state ppid ...: comm may hold spaces and parentheses
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(name))
    return kids


def tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants alive now."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += _children(pid) or []
    return out


def _status_kib(pid: int, field: str = "VmRSS:") -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def tree_memory_kib(root: int, pss: bool = True) -> tuple[int, int | None, int]:
    """(summed VmRSS, summed PSS or None, number of processes) of ``root``'s tree, in KiB."""
    pids = tree_pids(root)
    rss = sum(_status_kib(p) for p in pids)
    total_pss: int | None = None
    if pss:
        parts = [_pss_kib(p) for p in pids]
        total_pss = sum(x for x in parts if x is not None) if any(x is not None for x in parts) else None
    return rss, total_pss, len(pids)


class TreeSampler:
    """Samples the memory of a process tree in a thread, keeping the peaks.

        with TreeSampler(proc.pid) as s: proc.wait()
        s.peak_rss_kib, s.peak_pss_kib, s.max_processes

    ``phase_file``, when given, is a file the sampled process writes the name of
    what it is doing into; the peaks are also kept by phase (``by_phase``).
    """

    def __init__(self, root: int, interval: float = 0.15, pss: bool = True, phase_file: Path | None = None):
        self.root, self.interval, self.pss, self.phase_file = root, interval, pss, phase_file
        self.by_phase: dict[str, dict] = {}
        self.available = os.path.isdir(f"/proc/{root}")
        self.peak_rss_kib = 0
        self.peak_pss_kib: int | None = None
        self.max_processes = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        rss, pss, n = tree_memory_kib(self.root, self.pss)
        if n and rss:
            self.samples += 1
            self.peak_rss_kib = max(self.peak_rss_kib, rss)
            if pss is not None:
                self.peak_pss_kib = max(self.peak_pss_kib or 0, pss)
            self.max_processes = max(self.max_processes, n)
            if self.phase_file is not None:
                try:
                    phase = self.phase_file.read_text(encoding="utf-8").strip() or "start"
                except OSError:
                    phase = "start"
                p = self.by_phase.setdefault(phase, {"peak_rss_all_mib": 0.0, "peak_pss_all_mib": None,
                                                     "max_processes": 0})
                p["peak_rss_all_mib"] = max(p["peak_rss_all_mib"], rss / 1024)
                if pss is not None:
                    p["peak_pss_all_mib"] = max(p["peak_pss_all_mib"] or 0.0, pss / 1024)
                p["max_processes"] = max(p["max_processes"], n)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeSampler":
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def figures(self) -> dict:
        mib = 1 / 1024
        if not self.available or not self.samples:
            return {"peak_rss_all_mib": None, "peak_pss_all_mib": None, "max_processes": None, "samples": 0}
        return {"peak_rss_all_mib": self.peak_rss_kib * mib,
                "peak_pss_all_mib": None if self.peak_pss_kib is None else self.peak_pss_kib * mib,
                "max_processes": self.max_processes, "samples": self.samples, "by_phase": self.by_phase}


# ---------------------------------------------------------------- child side

def _cpu_s() -> tuple[float, float]:
    """(own user+system CPU seconds, the same for finished child processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _peak_rss_mib() -> tuple[float, float]:
    """(own peak RSS, largest child's peak RSS) in MiB (ru_maxrss is KiB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024  # macOS: bytes
    return own * scale, kids * scale


def _measured(result: dict) -> dict:
    own, kids = _peak_rss_mib()
    cpu_own, cpu_kids = _cpu_s()
    return {**result, "parent_rss_mib": own, "max_child_rss_mib": kids,
            "cpu_s": cpu_own, "child_cpu_s": cpu_kids}


def _built_figures(r, out: Path) -> dict:
    return {"timings": dict(r.timings), "characters": r.characters, "documents": r.documents,
            "entities": r.entities, "relations": r.relations, "facts": r.facts,
            "observations": r.observations, "problems": len(r.problems),
            "analysed": r.analysed, "rendered": r.rendered, "incremental": r.incremental,
            "triples": getattr(r.store, "triples", None),
            "graph_file_bytes": out.stat().st_size if out.exists() else None}


def edit_target(corpus: Path, k: int = 0) -> Path:
    """The document ``--incremental`` edits: the middle one of the corpus's files
    (``k``: the k-th after it, for the command-line rebuilds)."""
    files = sorted(p for p in corpus.iterdir() if p.suffix.lower() in (".txt", ".md"))
    return files[(len(files) // 2 + 37 * k) % len(files)]


def cli_command(corpus: Path, out: Path, store: Path, python: str = sys.executable) -> list[str]:
    return [python, "-m", "kg", "build", str(corpus), "--out", str(out), "--store", str(store), "--no-html"]


def phase(scratch: Path, name: str) -> None:
    """Tell the sampling parent what this run is doing now (TreeSampler.by_phase)."""
    (scratch / "phase").write_text(name, encoding="utf-8")


def _append(doc: Path, sentence: str) -> None:
    doc.write_bytes(doc.read_bytes().rstrip(b"\n") + ("\n" + sentence + "\n").encode("utf-8"))


def child_incremental(corpus: Path, workers: int, scratch: Path) -> dict:
    """Append `EDIT` to one document and rebuild with the cache (the build() call
    timed); then append each of `CLI_EDITS` to another document and rebuild with
    the command line (the whole process timed, interpreter and imports included);
    then compare the graph file with a build of the edited corpus without cache."""
    from kg.pipeline import build
    doc = edit_target(corpus)
    edited = [doc] + [edit_target(corpus, k) for k in range(1, len(CLI_EDITS) + 1)]
    originals = {p: p.read_bytes() for p in edited}
    out = scratch / "graph.trig"
    cli = []
    try:
        _append(doc, EDIT)
        phase(scratch, "rebuild")
        t0 = time.perf_counter()
        r = build(corpus, out=out, store_dir=scratch / "store", workers=workers)
        wall = time.perf_counter() - t0
        again = _built_figures(r, out)
        phase(scratch, "cli")
        for other, sentence in zip(edited[1:], CLI_EDITS):
            _append(other, sentence)
            cmd = cli_command(corpus, out, scratch / "store")
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            took = time.perf_counter() - t0
            if proc.returncode != 0:
                raise SystemExit(f"bench: {shlex.join(cmd)} failed (exit {proc.returncode}):\n{proc.stderr}")
            cli.append({"document": other.name, "sentence": sentence, "wall_s": took,
                        "said": proc.stdout.splitlines()[0] if proc.stdout else ""})
        phase(scratch, "fresh")
        t0 = time.perf_counter()
        fresh_out = scratch / "fresh" / "graph.trig"
        f = build(corpus, out=fresh_out, store_dir=scratch / "fresh" / "store", workers=workers, cache=False)
        fresh_wall = time.perf_counter() - t0
        same = filecmp.cmp(out, fresh_out, shallow=False)
        fresh_triples = getattr(f.store, "triples", None)
        from kg.store import read_info
        last_triples = read_info(scratch / "store").triples
    finally:
        for p, data in originals.items():
            p.write_bytes(data)
        phase(scratch, "done")
    own, kids = _peak_rss_mib()
    return {"parent_rss_mib_after": own, "max_child_rss_mib_after": kids, "document": doc.name, "sentence": EDIT, "wall_s": wall, **again,
            "cli_runs": cli, "cli_command": shlex.join(cli_command(Path("CORPUS"), Path("G.trig"), Path("S"), "python")),
            "fresh_wall_s": fresh_wall, "fresh_graph_file_bytes": fresh_out.stat().st_size,
            "fresh_triples": fresh_triples, "same_graph_file": same, "last_triples": last_triples,
            "same_triples": fresh_triples == last_triples}


def child_build(corpus: Path, workers: int, scratch: Path, incremental: bool = False) -> dict:
    t0 = time.perf_counter()
    from kg.pipeline import build
    imported = time.perf_counter() - t0
    out = scratch / "graph.trig"
    phase(scratch, "build")
    t0 = time.perf_counter()
    r = build(corpus, out=out, store_dir=scratch / "store", workers=workers)
    wall = time.perf_counter() - t0
    result = _measured({"mode": "build", "workers": workers, "import_s": imported, "wall_s": wall,
                        **_built_figures(r, out)})
    if incremental:
        result["incremental_run"] = child_incremental(corpus, workers, scratch)
    return result


def _read_docs(corpus: Path):
    from kg.normalise import to_document
    from kg.read import iter_corpus
    raws, _ = iter_corpus(corpus)
    return [to_document(raw) for raw in raws]


def child_recognise(corpus: Path, workers: int) -> dict:
    from kg.pipeline import recognise_all
    t0 = time.perf_counter()
    docs = _read_docs(corpus)
    read = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = recognise_all(docs, workers)
    wall = time.perf_counter() - t0
    return _measured({"mode": "recognise", "workers": workers, "read_s": read, "wall_s": wall,
                      "characters": sum(len(d.text) for d in docs), "documents": len(docs),
                      "mentions": sum(len(m) for m in mentions.values())})


def child_jieba(corpus: Path, engine: str = "jieba") -> dict:
    import logging
    docs = _read_docs(corpus)
    t0 = time.perf_counter()
    if engine == "rjieba":
        import rjieba
        cut = rjieba.Jieba().cut
    else:
        import jieba
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        cut = jieba.cut
    init = time.perf_counter() - t0
    tokens = 0
    t0 = time.perf_counter()
    for d in docs:
        for _ in cut(d.text):
            tokens += 1
    wall = time.perf_counter() - t0
    return _measured({"mode": f"{engine}.cut", "workers": 1, "init_s": init, "wall_s": wall,
                      "characters": sum(len(d.text) for d in docs), "documents": len(docs),
                      "tokens": tokens})


def child_main(a: argparse.Namespace) -> int:
    corpus, scratch = Path(a.corpus), Path(a.scratch)
    if a.child == "corpus":
        make = make_repeat_corpus if a.repeat else make_varied_corpus
        result = make(corpus, a.child_mb)
    elif a.child == "build":
        result = child_build(corpus, a.child_workers, scratch, a.incremental)
    elif a.child == "recognise":
        result = child_recognise(corpus, a.child_workers)
    else:
        result = child_jieba(corpus, a.child)
    if a.child != "corpus":
        from kg.segment import available_backends
        result["segmenter_used"] = os.environ.get("KG_SEGMENTER") or available_backends()[0]
    (scratch / "result.json").write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- parent side

def run_child(kind: str, corpus: Path, workers: int, scratch: Path, segmenter: str = "auto",
              incremental: bool = False, interval: float = 0.15) -> dict:
    scratch.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
           "--corpus", str(corpus), "--child-workers", str(workers), "--scratch", str(scratch)]
    if incremental:
        cmd.append("--incremental")
    env = dict(os.environ)
    if segmenter != "auto":
        env["KG_SEGMENTER"] = segmenter
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid, interval, phase_file=scratch / "phase") as sampler:
        _, err = proc.communicate()
    process_wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(err)
        raise SystemExit(f"bench: the {kind} run with {workers} worker(s) failed "
                         f"(exit {proc.returncode})")
    result = json.loads((scratch / "result.json").read_text(encoding="utf-8"))
    figures = sampler.figures()
    result.update(figures)
    build = figures["by_phase"].get("build")
    if build:           # the full build's own figures (not those of --incremental's builds after it)
        result["whole_run"] = {k: figures[k] for k in ("peak_rss_all_mib", "peak_pss_all_mib", "max_processes")}
        result.update(build)
    result["process_wall_s"] = process_wall
    result["segmenter"] = result.pop("segmenter_used", segmenter)
    result["loadavg_1min"] = [load_before, os.getloadavg()[0]]
    shutil.rmtree(scratch, ignore_errors=True)  # graph file, store and cache can be large
    return result


def make_in_child(dest: Path, mb: float, repeat: bool, scratch: Path) -> dict:
    """Make the corpus in another process: this one stays small, so that the runs it
    starts do not inherit a large peak RSS (Linux keeps ru_maxrss across fork and exec)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "corpus", "--corpus", str(dest),
           "--child-mb", repr(mb), "--scratch", str(scratch)] + (["--repeat"] if repeat else [])
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench: making the {mb:g} MB corpus failed (exit {proc.returncode})")
    return json.loads((scratch / "result.json").read_text(encoding="utf-8"))


def machine() -> dict:
    cpu = platform.processor() or platform.machine() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"nproc": nproc, "cpu": cpu, "mem_gib": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def machine_line(info: dict) -> str:
    mem = "RAM unknown" if info["mem_gib"] is None else f"{info['mem_gib']} GiB RAM"
    return f"Machine: {info['nproc']} CPUs ({info['cpu']}), {mem}, Python {info['python']}, {info['platform']}."


def command_line() -> str:
    return "python bench/bench_build.py " + " ".join(shlex.quote(x) for x in sys.argv[1:])


def _mib(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def build_table(results: list[dict]) -> str:
    lines = ["| MB | workers | docs | distinct entities | relations | triples | graph file MB | wall s "
             "| MB/s | CPU s | peak RSS all processes MiB | peak PSS all MiB | processes "
             "| parent peak MiB | max worker peak MiB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        mb = r["input_bytes"] / 1e6
        graph = "–" if r.get("graph_file_bytes") is None else f"{r['graph_file_bytes'] / 1e6:,.1f}"
        triples = "–" if r.get("triples") is None else f"{r['triples']:,}"
        lines.append(
            f"| {mb:,.1f} | {r['workers']} | {r['documents']:,} | {r['entities']:,} | {r['relations']:,} "
            f"| {triples} | {graph} | {r['wall_s']:.1f} | {mb / r['wall_s']:.3f} "
            f"| {r['cpu_s'] + r['child_cpu_s']:.1f} | {_mib(r.get('peak_rss_all_mib'))} "
            f"| {_mib(r.get('peak_pss_all_mib'))} | {r.get('max_processes') or 'n/a'} "
            f"| {_mib(r['parent_rss_mib'])} | {_mib(r['max_child_rss_mib'])} |")
    stages = [s for s in STAGES if any(s in r["timings"] for r in results)]
    stages += sorted({k for r in results for k in r["timings"]} - set(stages))
    lines += ["", "| MB | workers | " + " | ".join(f"{s} s" for s in stages) + " | µs per input byte (wall) |",
              "|---:|---:|" + "---:|" * len(stages) + "---:|"]
    for r in results:
        cells = []
        for s in stages:
            v = r["timings"].get(s)
            cells.append("–" if v is None else f"{v:.1f} ({100 * v / r['wall_s']:.0f}%)")
        lines.append(f"| {r['input_bytes'] / 1e6:,.1f} | {r['workers']} | " + " | ".join(cells)
                     + f" | {1e6 * r['wall_s'] / r['input_bytes']:.2f} |")
    return "\n".join(lines)


def incremental_table(results: list[dict]) -> str:
    lines = ["| MB | workers | edited document | full build s | rebuild s | CLI rebuild s (each run) | analysed "
             "| rendered | store updated in place | rebuild stages s | graph file = full build without cache "
             "| triples (last rebuild / without cache) | without cache s | peak RSS (PSS) all MiB: rebuild "
             "| without cache |",
             "|---:|---:|---|---:|---:|---|---:|---:|:-:|---|:-:|---|---:|---:|---:|"]
    for r in results:
        i = r.get("incremental_run")
        if not i:
            continue
        stages = ", ".join(f"{k} {v:.2f}" for k, v in i["timings"].items())
        cli = ", ".join(f"{c['wall_s']:.2f}" for c in i.get("cli_runs", [])) or "n/a"
        lines.append(f"| {r['input_bytes'] / 1e6:,.1f} | {r['workers']} | {i['document']} | {r['wall_s']:.1f} "
                     f"| {i['wall_s']:.2f} | {cli} | {i['analysed']} / {i['documents']} "
                     f"| {i['rendered']} / {i['documents']} "
                     f"| {'yes' if i['incremental'] else 'no'} | {stages} "
                     f"| {'**yes**' if i['same_graph_file'] else '**NO**'} "
                     f"| {i['last_triples']:,} / {i['fresh_triples']:,} | {i['fresh_wall_s']:.1f} "
                     f"| {_phase_mem(r, 'rebuild')} | {_phase_mem(r, 'fresh')} |")
    return "\n".join(lines)


def _phase_mem(r: dict, phase: str) -> str:
    p = r.get("by_phase", {}).get(phase)
    if not p:
        return "n/a"
    return f"{_mib(p['peak_rss_all_mib'])} ({_mib(p['peak_pss_all_mib'])})"


def recognise_table(results: list[dict]) -> str:
    lines = ["| run | workers | MB | characters | s | MB/s | CPU s | peak RSS all MiB "
             "| parent peak MiB | max worker peak MiB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        mb = r["input_bytes"] / 1e6
        name = f"recognise_all ({r['segmenter']})" if r["mode"] == "recognise" else \
            f"{r['mode']} (+{r['init_s']:.1f} s init, not counted)"
        lines.append(f"| {name} | {r['workers']} | {mb:,.1f} | {r['characters']:,} | {r['wall_s']:.1f} "
                     f"| {mb / r['wall_s']:.3f} | {r['cpu_s'] + r['child_cpu_s']:.1f} "
                     f"| {_mib(r.get('peak_rss_all_mib'))} | {_mib(r['parent_rss_mib'])} "
                     f"| {_mib(r['max_child_rss_mib'])} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- linking alone

def link_bench(sizes: list[int], repeats: int = 3, short_share: float = 0.2) -> list[dict]:
    """Time `kg.link.link_names` (and `name_relations`) on synthetic name sets of ``sizes`` names."""
    import gc
    from collections import Counter, defaultdict

    from corpus import link_name_set, source_uses
    from kg.lexicon import default_lexicon
    from kg.link import link_names
    from kg.link.blocking import candidate_pairs
    from kg.relate import name_relations
    from kg.rules import load_rules
    lexicon = default_lexicon()
    same_heads = load_rules().link.get("same_heads", ())
    base = source_uses()
    link_names(link_name_set(min(sizes), base, lexicon, short_share), lexicon)   # warm: rules, lexicon index
    out = []
    for n in sizes:
        names = link_name_set(n, base, lexicon, short_share)
        by_cls: dict[str, set[str]] = defaultdict(set)
        for cls, name in names:
            by_cls[cls].add(name)
        pairs = sum(1 for v in by_cls.values() for _ in candidate_pairs(v, same_heads))
        best, linked = None, None
        for _ in range(repeats):
            gc.collect()
            t0 = time.perf_counter()
            linked = link_names(names, lexicon)
            s = time.perf_counter() - t0
            best = s if best is None else min(best, s)
        gc.collect()
        gc.disable()            # how much of it is the cyclic garbage collector's
        try:
            t0 = time.perf_counter()
            link_names(names, lexicon)
            no_gc = time.perf_counter() - t0
        finally:
            gc.enable()
        t0 = time.perf_counter()
        from_names = name_relations(linked.entities, linked.first)
        rel_s = time.perf_counter() - t0
        out.append({"names": n, "link_s": best, "names_per_s": n / best, "us_per_name": 1e6 * best / n,
                    "link_no_gc_s": no_gc, "us_per_name_no_gc": 1e6 * no_gc / n,
                    "candidate_pairs": pairs, "entities": len(linked.entities),
                    "name_relations": sum(len(v) for v in from_names.values()), "name_relations_s": rel_s,
                    "classes": dict(Counter(c for c, _ in names).most_common()),
                    "short_share": short_share, "repeats": repeats})
    return out


def link_table(results: list[dict]) -> str:
    first = results[0]["us_per_name"]
    lines = ["| distinct names | classes | link_names s | names/s | µs per name | ratio to smallest "
             "| µs per name, GC off | ratio, GC off | candidate pairs | pairs per name | entities "
             "| name_relations s |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    first_no_gc = results[0]["us_per_name_no_gc"]
    for r in results:
        classes = ", ".join(f"{c} {k:,}" for c, k in r["classes"].items())
        lines.append(f"| {r['names']:,} | {classes} | {r['link_s']:.3f} | {r['names_per_s']:,.0f} "
                     f"| {r['us_per_name']:.1f} | {r['us_per_name'] / first:.2f} | {r['us_per_name_no_gc']:.1f} "
                     f"| {r['us_per_name_no_gc'] / first_no_gc:.2f} | {r['candidate_pairs']:,} "
                     f"| {r['candidate_pairs'] / r['names']:.2f} | {r['entities']:,} | {r['name_relations_s']:.3f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- main

def _numbers(text: str, kind, what: str) -> list:
    try:
        return [kind(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise SystemExit(f"bench: {what} takes numbers separated by commas, not {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Examples:\n" + __doc__.split("\n\n")[2] + "\n\nSee the module docstring "
               "(bench/bench_build.py) and bench/README.md for what each figure means.")
    ap.add_argument("--mb", default="10", help="corpus size(s) in MB (10**6 bytes), comma-separated: "
                                               "10 or 10,30,100 (default 10)")
    ap.add_argument("--quick", action="store_true", help="a 1 MB corpus (smoke test)")
    ap.add_argument("--workers", default="2", help="comma-separated worker counts (default 2)")
    ap.add_argument("--repeat", action="store_true",
                    help="repeat the bundled documents unchanged (the old corpus) instead of "
                         "bench/corpus.py's varied copies")
    ap.add_argument("--incremental", action="store_true",
                    help="after each full build, append a sentence to one document, rebuild with the "
                         "cache and compare the graph file with a build without cache")
    ap.add_argument("--link", action="store_true", help="time linking alone (kg.link.link_names) "
                                                        "instead of building")
    ap.add_argument("--names", default="1000,10000,50000",
                    help="with --link: distinct names per run, comma-separated (default 1000,10000,50000)")
    ap.add_argument("--short-share", type=float, default=0.2,
                    help="with --link: share of long names that also come with an abbreviation (default 0.2)")
    ap.add_argument("--repeats", type=int, default=3, help="with --link: runs per size, the best kept (default 3)")
    ap.add_argument("--stage", choices=["build", "recognise"], default="build",
                    help="full build (default) or only segmentation+recognition")
    ap.add_argument("--segmenter", default="auto",
                    help="comma-separated segmentation engines to run: jieba, rjieba "
                         "(default: auto, what kg picks)")
    ap.add_argument("--sample", type=float, default=0.15, metavar="S",
                    help="seconds between memory samples of the process tree (default 0.15)")
    ap.add_argument("--json", metavar="FILE", help="also write the raw figures here")
    ap.add_argument("--tmp", metavar="DIR", help="where to make the temporary corpus, graph and store "
                                                 "(default: the system temp folder)")
    # internal: one configuration, run in its own process
    ap.add_argument("--child", choices=["corpus", "build", "recognise", "jieba", "rjieba"], help=argparse.SUPPRESS)
    ap.add_argument("--child-mb", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--scratch", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        return child_main(a)

    if not LEXICON.is_file():
        raise SystemExit(f"bench: {LEXICON} is missing; the pipeline needs it")
    info = machine()
    print(machine_line(info), file=sys.stderr)

    if a.link:
        sizes = _numbers(a.names, int, "--names")
        print(f"linking alone: {', '.join(f'{n:,}' for n in sizes)} names ...", file=sys.stderr, flush=True)
        results = link_bench(sizes, a.repeats, a.short_share)
        print(machine_line(info))
        print(f"Command: `{command_line()}`\n")
        print(link_table(results))
        print("\nlink_names s = best of the runs; ratio to smallest = µs per name over that of the "
              "smallest set (1.0 = linear); GC off = one more run with Python's cyclic garbage collector "
              "disabled (gc.disable()); candidate pairs = the pairs blocking offers to why_same "
              "(kg/link/blocking.py).")
        if a.json:
            Path(a.json).write_text(json.dumps({"machine": info, "command": command_line(), "mode": "link",
                                                "results": results}, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
            print(f"\nraw figures: {a.json}", file=sys.stderr)
        return 0

    workers = _numbers(a.workers, int, "--workers")
    sizes = [1.0] if a.quick else _numbers(a.mb, float, "--mb")
    segmenters = [x.strip() for x in a.segmenter.split(",") if x.strip()]
    results: list[dict] = []
    corpora: list[dict] = []
    if a.tmp:
        Path(a.tmp).mkdir(parents=True, exist_ok=True)   # a folder named for this run is made, not refused
    try:
        for mb in sizes:
            with tempfile.TemporaryDirectory(prefix="kg-bench-", dir=a.tmp) as tmp:
                tmp = Path(tmp)
                t0 = time.perf_counter()
                corpus = make_in_child(tmp / "corpus", mb, a.repeat, tmp)
                corpus = {**corpus, "mb": mb, "make_s": time.perf_counter() - t0}
                corpora.append(corpus)
                print(f"corpus ({corpus['kind']}): {corpus['documents']:,} documents, {corpus['bytes']:,} bytes, "
                      f"{corpus['copies']} copies of {corpus['source_documents']} source documents, "
                      f"made in {corpus['make_s']:.1f} s", file=sys.stderr, flush=True)
                runs = [(a.stage, w, sg) for sg in segmenters for w in workers]
                if a.stage == "recognise":
                    runs += [("jieba", 1, "auto"), ("rjieba", 1, "auto")]
                for kind, w, sg in runs:
                    print(f"running {kind} of {mb:g} MB with {w} worker(s), segmenter {sg} ...",
                          file=sys.stderr, flush=True)
                    r = run_child(kind, tmp / "corpus", w, tmp / f"run-{kind}-{w}-{sg}", sg,
                                  a.incremental and kind == "build", a.sample)
                    r.update(mb=mb, input_bytes=corpus["bytes"], corpus_documents=corpus["documents"])
                    results.append(r)
                    print(f"  {r['wall_s']:.1f} s, {corpus['bytes'] / 1e6 / r['wall_s']:.3f} MB/s, "
                          f"peak RSS all processes {_mib(r.get('peak_rss_all_mib'))} MiB"
                          + (f", stages {json.dumps({k: round(v, 1) for k, v in r['timings'].items()})}"
                             if "timings" in r else ""), file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        print("interrupted; reporting the runs that finished", file=sys.stderr)

    if not results:
        return 1
    from kg.pipeline import PARALLEL_MIN_CHARS
    print(machine_line(info))
    print(f"Command: `{command_line()}`")
    for c in corpora:
        print(f"Corpus {c['mb']:g} MB ({c['kind']}): {c['documents']:,} documents, {c['bytes']:,} bytes, "
              f"{c['copies']} copies of {c['source_documents']} source documents.")
    print("Load average (1 min) before/after each run: "
          + ", ".join(f"{r['loadavg_1min'][0]:.1f}/{r['loadavg_1min'][1]:.1f}" for r in results) + ".\n")
    if a.stage == "build":
        print(build_table(results))
        print("\nwall s = the build() call only (not interpreter start-up or imports; the process took "
              + ", ".join(f"{r['process_wall_s']:.1f}" for r in results) + " s); MB/s = input bytes / wall s; "
              "CPU s = user+system seconds of the build's process and its workers; peak RSS all = the "
              "largest sum of VmRSS over the process tree (sampled every "
              f"{a.sample:g} s; forked workers' shared pages count in each), PSS the same with shared pages "
              "split; parent / max worker peak = getrusage ru_maxrss.")
        if any("incremental_run" in r for r in results):
            print(f"\nRebuild after appending to one document: “{EDIT}”\n")
            print(incremental_table(results))
            first = next(r["incremental_run"] for r in results if "incremental_run" in r)
            print("\nrebuild s = the build() call; CLI rebuild s = the whole command, interpreter and imports "
                  f"included, `{first['cli_command']}`, after appending one more sentence to another document "
                  "each time; graph file = full build: the graph file after the last rebuild, byte for byte.")
    else:
        print(recognise_table(results))
    small = [r for r in results if r["characters"] < PARALLEL_MIN_CHARS]
    if small and any(w > 1 for w in workers):
        print(f"\nNote: below PARALLEL_MIN_CHARS ({PARALLEL_MIN_CHARS:,} characters) the pipeline runs "
              "in one process whatever --workers says.")
    if a.json:
        Path(a.json).write_text(json.dumps({"machine": info, "command": command_line(), "stage": a.stage,
                                            "corpora": corpora, "results": results},
                                           indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nraw figures: {a.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
