"""Benchmark `kg build` on a large corpus made by repeating the bundled documents.

Usage (from the repository root):

    python bench/bench_build.py                     # ~10 MB corpus, --workers 1 and 2, full build
    python bench/bench_build.py --mb 20 --workers 1,2,4
    python bench/bench_build.py --quick             # ~1 MB corpus: a smoke test (about a minute)
    python bench/bench_build.py --stage recognise   # only segmentation+recognition, vs bare jieba.cut
    python bench/bench_build.py --segmenter jieba,rjieba --workers 2   # both engines
    python bench/bench_build.py --json bench.json   # also write the raw figures

The corpus is made in a temporary folder (removed afterwards): copy ``i`` of
every bundled document is written as ``<iiii>_<name>.txt``, round-robin, until
the corpus holds ``--mb`` megabytes (1 MB = 1,000,000 bytes), with a
manifest.csv giving every copy the title/date/kind of its original. Documents
keep their natural size (11-18 KB) because the pipeline parallelises by
document.

Each configuration runs in a fresh Python subprocess, so that its peak memory
is its own: "parent RSS" is ``getrusage(RUSAGE_SELF).ru_maxrss`` of that
process and "max child RSS" is ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the
largest peak of any recognition worker it started; 0 when it started none).
Worker processes are forked, so a child's peak includes pages it shares with
the parent.

Full build = ``kg.pipeline.build(corpus, out=<tmp>/graph.trig,
store_dir=<tmp>/store, workers=N)``: read, normalise, recognise, link, relate,
emit, write the graph file, load the Oxigraph store. The ``recognise`` stage
covers normalising, segmenting and recognising (done together, per document,
in the worker processes). Throughput is given two
ways: ``kchar/s`` = thousands of *normalised characters* (BuildResult.characters)
per second of wall time, and ``input KB/s`` = thousands of *input bytes* (the
UTF-8 .txt files; about 3 bytes per Chinese character) per second.

``--stage recognise`` times only ``kg.pipeline.recognise_all`` (segmentation
+ recognition, including each process's ~1 s start-up) on the normalised
documents, and, in other subprocesses, bare ``jieba.cut`` and ``rjieba.cut``
(default dictionary, HMM on, one process) over the same text.

``--segmenter`` runs each configuration with the given segmentation engines
(``jieba``, ``rjieba``; default: what ``kg`` picks, rjieba when installed) by
setting ``KG_SEGMENTER`` for the run.

Note: the pipeline uses one process whatever ``--workers`` says when the
corpus has fewer than ``kg.pipeline.PARALLEL_MIN_CHARS`` (400,000) characters,
which is the case for the ``--quick`` corpus (~330,000 characters).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "corpus"
LEXICON = ROOT / "kg" / "data" / "lexicon.tsv"
STAGES = ("read", "recognise", "link", "relate", "emit", "write", "store")


# ---------------------------------------------------------------- corpus

def make_corpus(dest: Path, mb: float, source: Path = CORPUS) -> dict:
    """Fill ``dest`` with copies of the documents of ``source`` up to ``mb`` MB."""
    originals = sorted(p for p in source.iterdir() if p.suffix.lower() in (".txt", ".md"))
    if not originals:
        raise SystemExit(f"bench: no documents in {source}")
    meta = {}
    manifest = source / "manifest.csv"
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as f:
            meta = {row["file"]: row for row in csv.DictReader(f)}
    data = [(p.name, p.read_bytes()) for p in originals]
    target = int(mb * 1_000_000)
    dest.mkdir(parents=True, exist_ok=True)
    rows, total, i = [], 0, 0
    while total < target:
        for name, content in data:
            if total >= target:
                break
            copy = f"{i:04d}_{name}"
            (dest / copy).write_bytes(content)
            m = meta.get(name, {})
            rows.append({"file": copy, "title": m.get("title", ""),
                         "date": m.get("date", ""), "kind": m.get("kind", "")})
            total += len(content)
        i += 1
    with (dest / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "title", "date", "kind"])
        w.writeheader()
        w.writerows(rows)
    return {"documents": len(rows), "bytes": total, "copies": i}


# ---------------------------------------------------------------- child side

def _cpu_s() -> tuple[float, float]:
    """(own user+system CPU seconds, the same for finished child processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _measured(result: dict) -> dict:
    own, kids = _peak_rss_mib()
    cpu_own, cpu_kids = _cpu_s()
    return {**result, "parent_rss_mib": own, "max_child_rss_mib": kids,
            "cpu_s": cpu_own, "child_cpu_s": cpu_kids}


def _peak_rss_mib() -> tuple[float, float]:
    """(own peak RSS, largest child's peak RSS) in MiB (ru_maxrss is KiB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024  # macOS: bytes
    return own * scale, kids * scale


def child_build(corpus: Path, workers: int, scratch: Path) -> dict:
    t0 = time.perf_counter()
    from kg.pipeline import build
    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    r = build(corpus, out=scratch / "graph.trig", store_dir=scratch / "store", workers=workers)
    wall = time.perf_counter() - t0
    return _measured({
        "mode": "build", "workers": workers, "import_s": imported, "wall_s": wall,
        "timings": dict(r.timings), "characters": r.characters,
        "documents": len(r.extraction.documents), "entities": len(r.extraction.entities),
        "relations": len(r.extraction.relations), "problems": len(r.problems),
        "triples": getattr(r.store, "triples", None),
        "graph_file_bytes": (scratch / "graph.trig").stat().st_size,
    })


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
    if a.child == "build":
        result = child_build(corpus, a.child_workers, scratch)
    elif a.child == "recognise":
        result = child_recognise(corpus, a.child_workers)
    else:
        result = child_jieba(corpus, a.child)
    (scratch / "result.json").write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- parent side

def run_child(kind: str, corpus: Path, workers: int, scratch: Path, segmenter: str = "auto") -> dict:
    scratch.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
           "--corpus", str(corpus), "--child-workers", str(workers), "--scratch", str(scratch)]
    env = dict(os.environ)
    if segmenter != "auto":
        env["KG_SEGMENTER"] = segmenter
    from kg.segment import available_backends
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process_wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench: the {kind} run with {workers} worker(s) failed "
                         f"(exit {proc.returncode})")
    result = json.loads((scratch / "result.json").read_text(encoding="utf-8"))
    result["process_wall_s"] = process_wall
    result["segmenter"] = segmenter if segmenter != "auto" else available_backends()[0]
    result["loadavg_1min"] = [load_before, os.getloadavg()[0]]
    shutil.rmtree(scratch, ignore_errors=True)  # graph file and store can be large
    return result


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
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


def _measure_cells(r: dict, kb: float) -> str:
    """The cells every table shares: time, throughput, CPU and memory of one run."""
    return (f"| {r['wall_s']:.1f} | {r['characters'] / 1000 / r['wall_s']:.1f} "
            f"| {kb / r['wall_s']:.1f} | {r['cpu_s'] + r['child_cpu_s']:.1f} "
            f"| {r['parent_rss_mib']:,.0f} | {r['max_child_rss_mib']:,.0f} |")


def build_table(corpus: dict, results: list[dict]) -> str:
    kb = corpus["bytes"] / 1000
    lines = ["| segmenter | workers | input KB | docs | characters | wall s | kchar/s (normalised chars) "
             "| input KB/s (bytes) | CPU s | parent peak RSS MiB | max child peak RSS MiB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['segmenter']} | {r['workers']} | {kb:,.0f} | {r['documents']:,} | {r['characters']:,} "
                     + _measure_cells(r, kb))
    stages = [s for s in STAGES if any(s in r["timings"] for r in results)]
    stages += sorted({k for r in results for k in r["timings"]} - set(stages))
    lines += ["", "| segmenter | workers | " + " | ".join(f"{s} s" for s in stages) + " |",
              "|---|---:|" + "---:|" * len(stages)]
    for r in results:
        cells = []
        for s in stages:
            v = r["timings"].get(s)
            cells.append("–" if v is None else f"{v:.1f} ({100 * v / r['wall_s']:.0f}%)")
        lines.append(f"| {r['segmenter']} | {r['workers']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def recognise_table(corpus: dict, results: list[dict]) -> str:
    kb = corpus["bytes"] / 1000
    lines = ["| run | workers | input KB | characters | s | kchar/s (normalised chars) "
             "| input KB/s (bytes) | CPU s | parent peak RSS MiB | max child peak RSS MiB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        name = f"recognise_all ({r['segmenter']})" if r["mode"] == "recognise" else \
            f"{r['mode']} (+{r['init_s']:.1f} s init, not counted)"
        lines.append(f"| {name} | {r['workers']} | {kb:,.0f} | {r['characters']:,} " + _measure_cells(r, kb))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="See the module docstring for details.")
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--quick", action="store_true", help="a 1 MB corpus (smoke test)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--stage", choices=["build", "recognise"], default="build",
                    help="full build (default) or only segmentation+recognition")
    ap.add_argument("--segmenter", default="auto",
                    help="comma-separated segmentation engines to run: jieba, rjieba "
                         "(default: auto, what kg picks)")
    ap.add_argument("--json", metavar="FILE", help="also write the raw figures here")
    ap.add_argument("--tmp", metavar="DIR", help="where to make the temporary corpus "
                                                 "(default: the system temp folder)")
    # internal: one configuration, run in its own process
    ap.add_argument("--child", choices=["build", "recognise", "jieba", "rjieba"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--scratch", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        return child_main(a)

    if not LEXICON.is_file():
        raise SystemExit(f"bench: {LEXICON} is missing; the pipeline needs it")
    try:
        workers = [int(w) for w in a.workers.split(",") if w.strip()]
    except ValueError:
        raise SystemExit(f"bench: --workers takes numbers like 1,2, not {a.workers!r}")
    mb = 1.0 if a.quick else a.mb
    info = machine()
    print(f"machine: {info['nproc']} CPUs ({info['cpu']}), {info['mem_gib']} GiB RAM, "
          f"Python {info['python']}, {info['platform']}", file=sys.stderr)

    results: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-", dir=a.tmp) as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(tmp / "corpus", mb)
        print(f"corpus: {corpus['documents']} documents, {corpus['bytes']:,} bytes "
              f"({corpus['copies']} copies of the {len(list(CORPUS.glob('*.txt')))} bundled "
              f"documents) in {tmp / 'corpus'}", file=sys.stderr)
        segmenters = [x.strip() for x in a.segmenter.split(",") if x.strip()]
        runs = [(a.stage, w, sg) for sg in segmenters for w in workers]
        if a.stage == "recognise":
            runs += [("jieba", 1, "auto"), ("rjieba", 1, "auto")]
        try:
            for kind, w, sg in runs:
                print(f"running {kind} with {w} worker(s), segmenter {sg} ...", file=sys.stderr, flush=True)
                r = run_child(kind, tmp / "corpus", w, tmp / f"run-{kind}-{w}-{sg}", sg)
                results.append(r)
                print(f"  {r['wall_s']:.1f} s, {r['characters'] / 1000 / r['wall_s']:.1f} kchar/s, "
                      f"peak RSS {r['parent_rss_mib']:,.0f} MiB (child {r['max_child_rss_mib']:,.0f} MiB)"
                      + (f", stages {json.dumps({k: round(v, 1) for k, v in r['timings'].items()})}"
                         if "timings" in r else ""), file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            print("interrupted; reporting the runs that finished", file=sys.stderr)

    if not results:
        return 1
    chars = results[0]["characters"]
    from kg.pipeline import PARALLEL_MIN_CHARS
    table = build_table(corpus, results) if a.stage == "build" else recognise_table(corpus, results)
    print(f"Machine: {info['nproc']} CPUs, {info['cpu']}, Python {info['python']}. "
          f"Corpus: {corpus['documents']} documents ({corpus['copies']} copies of the bundled "
          f"corpus), {corpus['bytes']:,} bytes, {chars:,} normalised characters. "
          "Load average (1 min) before/after each run: "
          + ", ".join(f"{r['loadavg_1min'][0]:.1f}/{r['loadavg_1min'][1]:.1f}" for r in results)
          + ".\n")
    print(table)
    print("\nwall s = the timed call only (not interpreter start-up or imports); "
          "CPU s = user+system seconds of the run's process and its workers (imports included).")
    if chars < PARALLEL_MIN_CHARS and any(w > 1 for w in workers):
        print(f"\nNote: {chars:,} characters < PARALLEL_MIN_CHARS ({PARALLEL_MIN_CHARS:,}): "
              "the pipeline ran in one process whatever --workers said.")
    if a.json:
        Path(a.json).write_text(json.dumps({"machine": info, "corpus": {**corpus, "mb": mb},
                                            "stage": a.stage, "results": results},
                                           indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nraw figures: {a.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
