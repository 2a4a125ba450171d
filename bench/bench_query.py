"""Benchmark the example queries at ~1M triples, and `kg serve` under 8 clients.

Usage (from the repository root):

    python bench/bench_query.py                         # ~1M triples, all of it (about 10 minutes)
    python bench/bench_query.py --triples 200000 --load-seconds 5 --rdflib-budget 10   # a quick look
    python bench/bench_query.py --graph dev.trig --json bench-query.json
    python bench/bench_query.py --queries my-queries/   # other .rq files (default: kg/queries)

1. The graph.  The bundled corpus is built (``kg build``, or ``--graph FILE``
   is used as it is) and scaled to ``--triples`` by copying its instance
   data: copy *k* renames every resource IRI (``kgr:Enterprise/腾讯`` ->
   ``kgr:Enterprise/腾讯~k``) and every name (``rdfs:label``, ``skos:altLabel``,
   document ``dcterms:identifier`` and ``dcterms:title``: "腾讯" -> "腾讯~k");
   the ontology is kept once.  So the graph has the real ontology's shape
   (classes, evidence reification, sentences, documents) with *k* times the
   things, and a name a user asks about (电竞文娱, 华东医药) still names one
   thing, as in a large corpus of distinct districts.  Copy 0 keeps the real
   names, so every query's default parameters answer as on the corpus.

2. Embedded store vs rdflib, side by side in one run.  The scaled graph is
   loaded into an Oxigraph store (`kg.store.replace_store`) and, in the same
   process, into an rdflib ``Graph`` in memory.  Each example query runs with
   its default parameters: on the store through `kg.query.run_query` (the
   path of ``kg query`` and the Python API, rows converted to Python), on
   rdflib through ``Graph.query`` on the self-contained text
   (`kg.query.standalone_query`: parameters in a VALUES block, PREFIX lines),
   with ``LATERAL { OPTIONAL { … } }`` written as ``OPTIONAL { … }``, which
   rdflib does not parse and which means the same there.  Both answers
   are compared.  Times: ``--runs`` runs after 2 warm-ups on the store; on
   rdflib as many runs as fit in ``--rdflib-budget`` seconds (at least 1,
   at most ``--runs``).  p50/p95 are the median and 95th percentile of those.

3. Load.  ``kg serve`` is started on the scaled store (a new process, port 0,
   ``--quiet``), and ``--clients`` threads, each with its own keep-alive
   connection, send the example queries (GET ?query=…, JSON results) in turn
   for ``--load-seconds``, anchored on the names of copy 0 and of random other
   copies.  Reported: requests, errors (any status but 200, or a failed
   connection), requests per second and latency p50/p95.

The Markdown tables go to stdout; ``--json FILE`` also writes the figures.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

RES = "https://w3id.org/gongshu-kg/resource/"
NAMES = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
         "http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title"}


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    return e


# --------------------------------------------------------------------------
# the graph

def build_corpus_graph(tmp: Path) -> Path:
    out = tmp / "corpus.trig"
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "corpus"), "--out", str(out),
                    "--store", str(tmp / "corpus-store"), "--no-html"], check=True, env=env(),
                   stdout=subprocess.DEVNULL)
    return out


def _is_res(t) -> bool:
    return isinstance(t, ox.NamedNode) and t.value.startswith(RES)


def scaled_triples(graph: Path, target: int):
    """(copies, iterator of triples): the graph's instance data copied ~target/size times."""
    fmt = ox.RdfFormat.from_extension(graph.suffix.lstrip(".").lower())
    quads = list(ox.parse(path=str(graph), format=fmt))
    inst = [q for q in quads if _is_res(q.subject) or _is_res(q.object)]
    onto = [q for q in quads if not (_is_res(q.subject) or _is_res(q.object))]
    copies = max(1, round((target - len(onto)) / max(1, len(inst))))

    def gen():
        for q in onto:
            yield ox.Triple(q.subject, q.predicate, q.object)
        for k in range(copies):
            if k == 0:
                for q in inst:
                    yield ox.Triple(q.subject, q.predicate, q.object)
                continue
            memo: dict = {}
            bnodes: dict = {}

            def term(t):
                if _is_res(t):
                    r = memo.get(t)
                    if r is None:
                        r = memo[t] = ox.NamedNode(f"{t.value}~{k}")
                    return r
                if isinstance(t, ox.BlankNode):
                    return bnodes.setdefault(t, ox.BlankNode())
                return t
            for q in inst:
                o = q.object
                if isinstance(o, ox.Literal) and q.predicate.value in NAMES and _is_res(q.subject):
                    o = (ox.Literal(f"{o.value}~{k}", language=o.language) if o.language
                         else ox.Literal(f"{o.value}~{k}", datatype=o.datatype))
                else:
                    o = term(o)
                yield ox.Triple(term(q.subject), q.predicate, o)
    return copies, gen()


def write_ntriples(triples, path: Path) -> int:
    n, buf = 0, []
    with open(path, "wb") as f:
        for t in triples:
            buf.append(t)
            if len(buf) == 50_000:
                f.write(ox.serialize(buf, format=ox.RdfFormat.N_TRIPLES))
                n += len(buf)
                buf = []
        if buf:
            f.write(ox.serialize(buf, format=ox.RdfFormat.N_TRIPLES))
            n += len(buf)
    return n


# --------------------------------------------------------------------------
# queries

def unlateral(sparql: str) -> str:
    """``LATERAL { OPTIONAL { X } }`` -> ``OPTIONAL { X }`` (the same when X's
    shared variables are bound on the left, as in the example queries)."""
    out = sparql
    while True:
        m = re.search(r"\bLATERAL\s*\{\s*(?=OPTIONAL\b)", out)
        if not m:
            return out
        depth, i = 1, m.end()
        while depth and i < len(out):
            depth += {"{": 1, "}": -1}.get(out[i], 0)
            i += 1
        out = out[:m.start()] + out[m.end():i - 1] + out[i:]


def anchored_on_a_name(raw: str, any_tagged: bool) -> bool:
    """A query asked about one named thing: it has a parameter bound as a
    language-tagged name (``track=电竞文娱@zh``); when no query tags its
    parameters yet, any parameter counts."""
    from kg.query import query_header
    h = query_header(raw)
    return bool(h.get("langs")) if any_tagged else bool(h["params"])


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def canon(rows) -> list[tuple]:
    return sorted(tuple("" if x is None else str(x) for x in r) for r in rows)


def time_embedded(store, raw: str, runs: int) -> tuple[list[float], list]:
    from kg.query import run_query
    for _ in range(2):
        result = run_query(store, raw)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = run_query(store, raw)
        times.append((time.perf_counter() - t0) * 1000)
    return times, result.rows


def time_rdflib(graph, text: str, runs: int, budget: float, limit: float) -> tuple[list[float], list | None]:
    """rdflib runs of ``text`` in a forked child (the graph is shared copy-on-write), so
    that a run longer than ``limit`` seconds can be stopped: then ``([limit*1000], None)``."""
    import pickle
    r_fd, w_fd = os.pipe()
    pid = os.fork()
    if pid == 0:                                                  # the child
        os.close(r_fd)
        times, rows = [], []
        start = time.perf_counter()
        while len(times) < runs and (not times or time.perf_counter() - start < budget):
            t0 = time.perf_counter()
            rows = [tuple(r) for r in graph.query(text)]
            times.append((time.perf_counter() - t0) * 1000)
        with os.fdopen(w_fd, "wb") as f:
            pickle.dump((times, canon(rows)), f)
        os._exit(0)
    os.close(w_fd)
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: os.read(r_fd, 1 << 20), b"")))
    reader.start()
    reader.join(limit + budget)
    if reader.is_alive():
        os.kill(pid, 9)
        reader.join()
        os.waitpid(pid, 0)
        os.close(r_fd)
        return [limit * 1000], None
    os.waitpid(pid, 0)
    os.close(r_fd)
    return pickle.loads(b"".join(chunks))


# --------------------------------------------------------------------------
# load test

def start_server(store: Path, workers: int | None) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "--quiet"]
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.startswith("serving "):
            return proc, line.rsplit(" at ", 1)[1].strip()
    raise SystemExit(f"kg serve did not start: {proc.stderr.read()}")


def load_test(url: str, texts: list[str], clients: int, seconds: float) -> dict:
    parts = urllib.parse.urlsplit(url)
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    lat: list[float] = []
    errors: list[str] = []
    count = [0]

    def client(seed: int) -> None:
        rnd = random.Random(seed)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, bad = [], []
        i = seed
        while time.monotonic() < stop:
            q = texts[i % len(texts)]
            i += 1
            if rnd.random() < 0.5:      # the same question about another copy's thing
                q = re.sub(r'"([^"]+)"@zh', lambda m: f'"{m.group(1)}~{rnd.randrange(1, 100)}"@zh', q, count=1)
            path = parts.path.rstrip("/") + "/sparql?query=" + urllib.parse.quote(q)
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                r = conn.getresponse()
                r.read()
                if r.status != 200:
                    bad.append(f"HTTP {r.status}")
            except (OSError, http.client.HTTPException) as e:
                bad.append(type(e).__name__)
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append((time.perf_counter() - t0) * 1000)
        conn.close()
        with lock:
            lat.extend(mine)
            errors.extend(bad)
            count[0] += len(mine)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"clients": clients, "seconds": round(wall, 1), "requests": count[0], "errors": len(errors),
            "error_kinds": sorted(set(errors)), "rps": round(count[0] / wall, 1),
            "p50_ms": round(pct(lat, 0.5), 2), "p95_ms": round(pct(lat, 0.95), 2),
            "max_ms": round(max(lat), 1) if lat else None}


# --------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, help="graph file to scale (default: build the bundled corpus)")
    ap.add_argument("--triples", type=int, default=1_000_000, help="size to scale to (default: 1,000,000)")
    ap.add_argument("--queries", type=Path, default=ROOT / "kg" / "queries", help="folder of .rq files")
    ap.add_argument("--runs", type=int, default=50, help="timed runs per query on the store (default: 50)")
    ap.add_argument("--rdflib-budget", type=float, default=60.0, metavar="S",
                    help="seconds of rdflib runs per query (default: 60; at least one run)")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib")
    ap.add_argument("--rdflib-limit", type=float, default=300.0, metavar="S",
                    help="stop an rdflib run after S seconds and report the speed-up as at least "
                         "S / store p50 (default: 300)")
    ap.add_argument("--rdflib-all", action="store_true",
                    help="also run rdflib on the queries not anchored on a name (minutes each at 1M)")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--load-seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own)")
    ap.add_argument("--keep", type=Path, help="keep the scaled store and N-Triples file in this folder")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)

    from kg.query import list_queries, standalone_query
    from kg.store import open_store, replace_store

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-query-"))
    work = a.keep or tmp
    work.mkdir(parents=True, exist_ok=True)
    out: dict = {"machine": f"{os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, "
                            f"Python {platform.python_version()}, pyoxigraph {ox.__version__}",
                 "loadavg_before": os.getloadavg()[0]}
    try:
        t0 = time.perf_counter()
        graph = a.graph or build_corpus_graph(tmp)
        copies, triples = scaled_triples(graph, a.triples)
        nt = work / "scaled.nt"
        n = write_ntriples(triples, nt)
        store_dir = work / "store"
        replace_store(store_dir, nt)
        out["graph"] = {"source": str(graph), "copies": copies, "triples": n,
                        "ntriples_mb": round(nt.stat().st_size / 1e6, 1),
                        "prepare_s": round(time.perf_counter() - t0, 1)}
        print(f"graph: {n:,} triples ({copies} copies of {graph.name}'s instance data), "
              f"{out['graph']['ntriples_mb']} MB N-Triples, ready in {out['graph']['prepare_s']} s", flush=True)

        store = open_store(store_dir)
        rdf = None
        if not a.no_rdflib:
            import rdflib
            t0 = time.perf_counter()
            rdf = rdflib.Graph()
            rdf.parse(str(nt), format="nt")
            out["rdflib_load_s"] = round(time.perf_counter() - t0, 1)
            out["rdflib_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            print(f"rdflib {rdflib.__version__}: {len(rdf):,} triples in memory, loaded in "
                  f"{out['rdflib_load_s']} s (peak RSS {out['rdflib_peak_rss_mb']:,} MiB)", flush=True)

        queries = []
        from kg.query import QueryInfo, query_header
        infos = list_queries() if a.queries.resolve() == (ROOT / "kg" / "queries").resolve() else [
            QueryInfo(p.stem, query_header(p.read_text(encoding="utf-8"))["title"], [],
                      query_header(p.read_text(encoding="utf-8"))["params"], p)
            for p in sorted(a.queries.glob("*.rq"))]
        any_tagged = any(query_header(q.path.read_text(encoding="utf-8")).get("langs") for q in infos)
        for q in infos:
            raw = q.path.read_text(encoding="utf-8")
            header = query_header(raw)
            anchor = ", ".join(f"{k}={v}" + (f"@{header['langs'][k]}" if k in header.get("langs", {}) else "")
                               for k, v in q.params.items()) or "—"
            emb, emb_rows = time_embedded(store, raw, a.runs)
            row = {"query": q.stem, "anchor": anchor, "rows": len(emb_rows),
                   "anchored": anchored_on_a_name(raw, any_tagged),
                   "store_p50_ms": round(pct(emb, 0.5), 2), "store_p95_ms": round(pct(emb, 0.95), 2)}
            if rdf is not None and (row["anchored"] or a.rdflib_all):
                text = unlateral(standalone_query(raw))
                rl, rl_rows = time_rdflib(rdf, text, a.runs, a.rdflib_budget, a.rdflib_limit)
                row.update({"rdflib_runs": len(rl) if rl_rows is not None else 0,
                            "rdflib_p50_ms": round(pct(rl, 0.5), 1), "rdflib_p95_ms": round(pct(rl, 0.95), 1),
                            "rdflib_stopped": rl_rows is None,
                            "speedup": round(pct(rl, 0.5) / pct(emb, 0.5), 1),
                            "same_answer": None if rl_rows is None else rl_rows == canon(emb_rows)})
            queries.append(row)
            print(f"  {q.stem}: {row}", flush=True)
        out["queries"] = queries
        anchored = [r for r in queries if r["anchored"]]
        out["anchored_max_p50_ms"] = max((r["store_p50_ms"] for r in anchored), default=None)
        if rdf is not None and anchored:
            out["anchored_median_speedup"] = round(statistics.median(r["speedup"] for r in anchored), 1)
        out["anchored"] = [r["query"] for r in anchored]
        del rdf
        del store

        if a.load_seconds > 0:
            texts = [standalone_query(q.path.read_text(encoding="utf-8")) for q in infos
                     if q.stem in out["anchored"]]
            proc, url = start_server(store_dir, a.workers)
            try:
                out["load"] = load_test(url, texts, a.clients, a.load_seconds)
                out["load"]["server_workers"] = a.workers or "default"
            finally:
                proc.terminate()
                proc.wait(15)
        out["loadavg_after"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(f"Machine: {out['machine']}. Load average (1 min) before/after: "
          f"{out['loadavg_before']:.1f}/{out['loadavg_after']:.1f}.")
    print(f"Graph: {out['graph']['triples']:,} triples ({out['graph']['copies']} copies).")
    print()
    head = "| query | parameters | rows | store p50 ms | store p95 ms |"
    rule = "|---|---|---:|---:|---:|"
    if "rdflib_load_s" in out:
        head += " rdflib runs | rdflib p50 ms | rdflib p95 ms | speed-up (p50) | same answer |"
        rule += "---:|---:|---:|---:|:-:|"
    print(head)
    print(rule)
    for r in out["queries"]:
        line = (f"| {r['query']}{'' if r['anchored'] else ' (not anchored)'} | {r['anchor']} | {r['rows']:,} | "
                f"{r['store_p50_ms']:.2f} | "
                f"{r['store_p95_ms']:.2f} |")
        if "rdflib_load_s" in out and "rdflib_p50_ms" not in r:
            line += " — | — | — | — | — |"
        elif "rdflib_p50_ms" in r:
            if r["rdflib_stopped"]:
                line += (f" stopped | > {r['rdflib_p50_ms']:,.0f} | — | > {r['speedup']:,.0f}× | "
                         "(did not finish) |")
            else:
                line += (f" {r['rdflib_runs']} | {r['rdflib_p50_ms']:,.1f} | {r['rdflib_p95_ms']:,.1f} | "
                         f"{r['speedup']:,.0f}× | {'yes' if r['same_answer'] else 'NO'} |")
        print(line)
    print()
    print(f"Queries anchored on a name ({', '.join(out['anchored'])}): slowest p50 on the store {out['anchored_max_p50_ms']} ms"
          + (f"; median speed-up over rdflib {out['anchored_median_speedup']}×" if "anchored_median_speedup" in out
             else "") + ".")
    if "load" in out:
        ld = out["load"]
        print()
        print("| clients | seconds | requests | errors | requests/s | p50 ms | p95 ms | max ms |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(f"| {ld['clients']} | {ld['seconds']} | {ld['requests']:,} | {ld['errors']} | {ld['rps']:,} | "
              f"{ld['p50_ms']} | {ld['p95_ms']} | {ld['max_ms']} |")
        if ld["errors"]:
            print(f"errors: {', '.join(ld['error_kinds'])}")
    if a.json:
        a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
