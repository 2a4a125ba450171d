"""CPU seconds of one `kg build`, by stage and by who spent them: the build
process's main thread, its other threads by name (the store loader's threads
are "python", RocksDB's compactions "rocksdb:low"), and the worker processes.

    python bench/stage_cpu.py CORPUS STORE GRAPH.trig     # STORE "none": build without a store

Make a corpus with bench/corpus.py's make_corpus, e.g.
``python -c "import sys; sys.path[:0]=['bench']; from pathlib import Path; from corpus import make_corpus; make_corpus(Path('/tmp/c30'), 30)"``
(the folder must not exist).  Threads and workers are sampled from /proc every
0.1 s (Linux only), so a thread's last 0.1 s may be missed.
"""
from __future__ import annotations

import os
import sys
import threading
import time

sys.path.insert(0, os.getcwd())
TICK = os.sysconf("SC_CLK_TCK")


def _cpu(stat_path: str) -> float:
    try:
        with open(stat_path) as f:
            s = f.read()
    except OSError:
        return 0.0
    fields = s[s.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICK       # utime + stime


def _children(pid: int) -> list[int]:
    kids = []
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{t}/children") as f:
                kids += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return kids


class Sampler:
    """The last CPU seen of every thread (but the main one) and every child process."""

    def __init__(self):
        self.pid = os.getpid()
        self.threads: dict[int, tuple[str, float]] = {}
        self.kids: dict[int, float] = {}
        self.stop = threading.Event()

    def sample(self) -> None:
        for t in os.listdir(f"/proc/{self.pid}/task"):
            tid = int(t)
            if tid != self.pid:
                try:
                    with open(f"/proc/{self.pid}/task/{t}/comm") as f:
                        name = f.read().strip()
                except OSError:
                    continue
                self.threads[tid] = (name, _cpu(f"/proc/{self.pid}/task/{t}/stat"))
        for c in _children(self.pid):
            self.kids[c] = _cpu(f"/proc/{c}/stat")

    def run(self) -> None:
        while not self.stop.is_set():
            self.sample()
            time.sleep(0.1)

    def now(self) -> dict:
        self.sample()
        return {"t": time.perf_counter(), "main": _cpu(f"/proc/{self.pid}/task/{self.pid}/stat"),
                "threads": sum(c for _, c in self.threads.values()), "workers": sum(self.kids.values())}


def main() -> None:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("corpus", help="a folder of documents (bench/corpus.py's make_corpus makes one)")
    ap.add_argument("store", help='the store folder to build, or "none" for a build without a store')
    ap.add_argument("out", help="the graph file to write")
    a = ap.parse_args()
    corpus, store, out = a.corpus, a.store, a.out
    import kg.builder.run as run
    from kg.pipeline import build
    sampler = Sampler()
    marks = [("start", sampler.now())]
    clock = run._Clock.__call__

    def marked(self, stage):
        clock(self, stage)
        marks.append((stage, sampler.now()))
    run._Clock.__call__ = marked
    th = threading.Thread(target=sampler.run, daemon=True)
    th.start()
    build(corpus, out=out, store_dir=None if store == "none" else store, workers=2)
    sampler.stop.set()
    th.join()
    print(f"{'stage':10s} {'wall s':>7s} {'main':>7s} {'threads':>8s} {'workers':>8s}   (CPU s)")
    for (_, a), (stage, b) in zip(marks, marks[1:]):
        print(f"{stage:10s} {b['t'] - a['t']:7.1f} {b['main'] - a['main']:7.1f} "
              f"{b['threads'] - a['threads']:8.1f} {b['workers'] - a['workers']:8.1f}")
    names: dict[str, float] = {}
    for name, c in sampler.threads.values():
        names[name] = names.get(name, 0.0) + c
    print("threads by name:", ", ".join(f"{k} {v:.1f}" for k, v in sorted(names.items())))


if __name__ == "__main__":
    main()
