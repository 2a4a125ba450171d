"""Loading a build's graph file into a fresh store, several ways: CPU seconds
per million quads and peak RSS of each, to choose how `kg build` loads.

    python bench/bench_load.py GRAPH.trig                       # every strategy
    python bench/bench_load.py GRAPH.trig --only pieces:8 whole # some of them

The file is cut into its documents' blocks (``<g> { … }``) and the default
graph's lines, as `kg build` hands them to its loader (kg/builder/output.py
`Loader`).  Each strategy runs in its own process (so that its peak RSS is
its own) into a fresh store in ``--tmp``; ``--quads N`` stops after the
blocks holding about N quads, to see how the cost grows with the store.

Strategies (``NAME:ARG``):

* ``pieces:MB``   bulk_load TriG pieces of about MB megabytes, as `Loader` does
* ``sched:MB:THEN:AFTER``  pieces of MB megabytes, of THEN once AFTER were loaded
* ``lenient:MB``  the same, ``lenient=True``
* ``nquads:MB``   the pieces converted to N-Quads first (conversion not timed)
* ``load:MB``     the transactional ``Store.load`` per piece
* ``extend:MB``   ``Store.bulk_extend(ox.parse(piece))``
* ``whole``       one ``bulk_load(path=…)`` of the file
* ``…+opt``       and ``Store.optimize()`` at the end
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

DEFAULT = ["pieces:8", "pieces:2", "pieces:32", "sched:8:2:64", "lenient:8", "whole"]


def blocks(path: Path) -> tuple[bytes, Iterator[bytes]]:
    """(the prefixes, the blocks read one at a time: one per document graph, the
    default graph's lines last)."""
    f = open(path, "rb")
    header = b""
    line = f.readline()
    while line.startswith(b"@prefix"):
        header += line
        line = f.readline()

    def read(line: bytes) -> Iterator[bytes]:
        while line:
            if not line.rstrip().endswith(b"{"):
                yield line + f.read()     # the default graph: N-Triples to the end
                return
            block = [line]
            for line in f:
                block.append(line)
                if line == b"}\n":
                    break
            yield b"".join(block)
            line = f.readline()
    return header, read(line)


def pieces(header: bytes, bl: Iterable[bytes], mb: float, then: float | None = None,
           after: float = 0) -> Iterator[bytes]:
    """Pieces of ``mb`` MB, of ``then`` MB once ``after`` MB were cut."""
    cur, size, done = [], 0, 0
    for b in bl:
        cur.append(b)
        size += len(b)
        if size >= (mb if then is None or done < after * 1e6 else then) * 1e6:
            yield header + b"".join(cur)
            cur, done, size = [], done + size, 0
    if cur:
        yield header + b"".join(cur)


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def threads_cpu() -> dict[str, float]:
    """CPU seconds of this process's live threads by name."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for t in Path("/proc/self/task").iterdir():
        try:
            stat = (t / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        f = stat[stat.rindex(")") + 2:].split()
        out[name] = out.get(name, 0.0) + (int(f[11]) + int(f[12])) / tick
    return out


def child(path: Path, strategy: str, store_dir: Path, quads_limit: int | None) -> dict:
    name, _, opt = strategy.partition("+")
    kind, _, arg = name.partition(":")
    header, bl = blocks(path)
    if quads_limit:
        def limited(bl):
            n = 0
            for b in bl:
                if n >= quads_limit:
                    return
                n += b.count(b"\n")      # about a quad a line (a line may hold several objects)
                yield b
        bl = limited(bl)
    mb, *rest = [float(x) for x in (arg or "8").split(":")]
    ps = pieces(header, bl, mb, *rest)
    if kind == "nquads":
        ps = (ox.serialize(ox.parse(p, format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS) for p in ps)
    if kind == "whole" and quads_limit:
        tmp = store_dir.with_suffix(".trig")
        with open(tmp, "wb") as f:
            f.write(header)
            for b in bl:
                f.write(b)
        path = tmp
    store = ox.Store(str(store_dir))
    t0, w0 = _cpu(), time.perf_counter()
    curve = []
    if kind == "whole":
        store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    else:
        for i, p in enumerate(ps):
            if kind in ("pieces", "lenient", "sched"):
                store.bulk_load(p, format=ox.RdfFormat.TRIG, lenient=kind == "lenient")
            elif kind == "nquads":
                store.bulk_load(p, format=ox.RdfFormat.N_QUADS)
            elif kind == "load":
                store.load(p, format=ox.RdfFormat.TRIG)
            elif kind == "extend":
                store.bulk_extend(ox.parse(p, format=ox.RdfFormat.TRIG))
            else:
                raise SystemExit(f"unknown strategy {strategy}")
            curve.append(round(_cpu() - t0, 2))
    load_cpu = _cpu() - t0
    if opt == "opt":
        store.optimize()
    cpu, wall = _cpu() - t0, time.perf_counter() - w0
    threads = threads_cpu()
    n = len(store)
    del store
    cpu_closed = _cpu() - t0
    du = sum(f.stat().st_size for f in store_dir.iterdir())
    return {"strategy": strategy, "quads": n, "cpu_s": round(cpu_closed, 2), "load_cpu_s": round(load_cpu, 2),
            "wall_s": round(wall, 2), "cpu_s_per_mquad": round(cpu_closed / n * 1e6, 2),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "store_mib": round(du / 2**20), "pieces": len(curve), "curve": curve,
            "threads": {k: round(v, 2) for k, v in sorted(threads.items(), key=lambda kv: -kv[1])[:6]}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", type=Path)
    ap.add_argument("--only", nargs="*", help="strategies (default: %s)" % " ".join(DEFAULT))
    ap.add_argument("--quads", type=int, help="stop after about this many quads")
    ap.add_argument("--tmp", type=Path, help="where the stores go (default: a temporary folder)")
    ap.add_argument("--curve", action="store_true", help="print the cumulative CPU after each piece")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(child(a.graph, a.child, a.store, a.quads)))
        return 0
    base = Path(tempfile.mkdtemp(prefix="kg-bench-load-", dir=a.tmp))
    try:
        print(f"{a.graph} ({a.graph.stat().st_size / 1e6:.0f} MB), pyoxigraph {ox.__version__}")
        print(f"{'strategy':<16} {'quads':>11} {'CPU s':>8} {'wall s':>7} {'CPU s/Mq':>9} {'peak RSS':>9} "
              f"{'store':>7}  threads (CPU s)")
        for s in a.only or DEFAULT:
            store = base / s.replace(":", "_").replace("+", "_")
            cmd = [sys.executable, __file__, str(a.graph), "--child", s, "--store", str(store)]
            if a.quads:
                cmd += ["--quads", str(a.quads)]
            p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
            shutil.rmtree(store, ignore_errors=True)
            if p.returncode:
                print(f"{s:<16} failed ({p.returncode})")
                continue
            r = json.loads(p.stdout)
            print(f"{s:<16} {r['quads']:>11,} {r['cpu_s']:>8.1f} {r['wall_s']:>7.1f} {r['cpu_s_per_mquad']:>9.2f} "
                  f"{r['peak_rss_mib']:>5,} MiB {r['store_mib']:>3} MiB  {r['threads']}", flush=True)
            if a.curve:
                print("   ", r["curve"])
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
