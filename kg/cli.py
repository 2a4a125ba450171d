"""The ``kg`` command: a thin shell over the library.

    kg build [CORPUS_DIR] [--out FILE] [--store DIR] [--html FILE]
    kg query SPARQL_OR_FILE [--store DIR] [--format table|csv|json] [--param k=v]
    kg viz [--store DIR] [--out FILE]
    kg stats [--store DIR]
    kg eval GOLD_DIR [CORPUS_DIR | --graph FILE] [--docs NAME ...] [--errors [N]] [--cross-validate] [--json]

Every command prints a one-line message and exits non-zero when something is
wrong (no store, broken SPARQL, a file that cannot be read), saying what to do.
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

DEFAULT_STORE = "kg-store"
DEFAULT_OUT = "gongshu-kg.trig"
DEFAULT_HTML = "gongshu-kg.html"

EXAMPLES = {
    "build": """\
        examples:
          kg build                                  # the bundled corpus -> ./kg-store, gongshu-kg.trig, gongshu-kg.html
          kg build ../shared/corpus --out dev.trig --store s
          kg build my-docs/ --out graph.ttl --no-html
        """,
    "query": """\
        examples:
          kg query enterprises-of-track                          # a bundled example query
          kg query enterprises-of-track --param track=生命健康
          kg query queries/my.rq --format csv
          kg query 'SELECT ?f WHERE { ?f a kgo:Enterprise } LIMIT 5'
          kg query --list                                        # the bundled example queries
        """,
    "viz": """\
        examples:
          kg viz                                    # ./kg-store -> gongshu-kg.html
          kg viz --store s --out network.html
        """,
    "stats": """\
        examples:
          kg stats
          kg stats --store s
        """,
    "eval": """\
        examples:
          kg eval ../shared/eval/gold                       # build the bundled corpus in memory, score it
          kg eval ../shared/eval/gold ../shared/corpus --errors 20
          kg eval ../shared/eval/gold --graph dev.trig      # score a graph file as it is
          kg eval ../shared/eval/gold --docs 000_96deaf8c4352779a.txt --errors
          kg eval ../shared/eval/gold --cross-validate      # each document alone, without its own lexicon entries
          kg eval ../shared/eval/gold --json > scores.json

        Scores are counted as ../shared/eval/score.py counts them: gold names and
        aliases merged into clusters across files, a graph entity hits a cluster
        when one of its labels is one of the cluster's names; precision is
        clusters hit over graph entities, so duplicates cost precision.
        """,
}


def _fail(msg: str, code: int = 1) -> int:
    print(f"kg: {msg}", file=sys.stderr)
    return code


def cmd_build(a: argparse.Namespace) -> int:
    from .pipeline import build, terminal_progress
    from .read import ReadError
    from .resources import corpus_dir
    from .store import StoreError

    corpus = Path(a.corpus) if a.corpus else corpus_dir()
    try:
        r = build(corpus, out=a.out, store_dir=a.store, workers=a.workers,
                  progress=terminal_progress())
    except (ReadError, StoreError, ValueError, OSError) as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return _fail("interrupted; the previous store, if any, is unchanged", 130)
    for p in r.problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    ex = r.extraction
    secs = sum(r.timings.values())
    print(f"built {len(ex.documents)} documents ({r.characters:,} characters) in {secs:.1f} s: "
          f"{len(ex.entities)} entities, {len(ex.relations)} relations")
    if r.out:
        print(f"graph: {r.out}")
    if a.store:
        print(f"store: {a.store} ({r.store.triples:,} triples)")
    if a.html and a.store:
        from .store import open_store
        from .viz import write_network
        print(f"network: {write_network(open_store(a.store), a.html)}")
    return 0 if ex.documents else 1


def cmd_query(a: argparse.Namespace) -> int:
    from .query import QueryError, format_result, list_queries, load_query, run_query
    from .store import StoreError, open_store

    if a.list:
        for q in list_queries():
            print(f"{q.name:28s} {q.title}")
        return 0
    if not a.query:
        return _fail("give a query: SPARQL text, a .rq file or a bundled query name (kg query --list)", 2)
    bindings = {}
    for p in a.param:
        if "=" not in p:
            return _fail(f"--param takes name=value, not {p!r}", 2)
        k, v = p.split("=", 1)
        bindings[k.strip()] = v
    try:
        sparql = load_query(a.query)
        result = run_query(open_store(a.store), sparql, bindings=bindings)
        print(format_result(result, a.format))
    except (QueryError, StoreError, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_viz(a: argparse.Namespace) -> int:
    from .store import StoreError, open_store
    from .viz import write_network
    try:
        print(f"network: {write_network(open_store(a.store), a.out)}")
    except (StoreError, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_stats(a: argparse.Namespace) -> int:
    from .stats import format_stats, stats
    from .store import StoreError, open_store
    try:
        print(format_stats(stats(open_store(a.store))))
    except StoreError as e:
        return _fail(str(e))
    return 0


def cmd_eval(a: argparse.Namespace) -> int:
    import json
    from .evaluate import (EvalError, cross_validate, evaluate, fold_progress,
                           format_cross_validation, format_score)
    from .pipeline import terminal_progress

    if a.graph and a.corpus:
        return _fail("give CORPUS_DIR to build, or --graph FILE to score a built graph, not both", 2)
    if a.graph and a.cross_validate:
        return _fail("--cross-validate builds each document itself; it cannot score --graph", 2)
    if a.errors is not None and a.errors < 0:
        return _fail("--errors takes a number of items to list, 0 or more", 2)
    try:
        if a.cross_validate:
            result = cross_validate(a.gold, a.corpus, a.docs, progress=fold_progress())
            problems = [p for f in result.folds for p in f.problems]
            text = format_cross_validation
        else:
            result = evaluate(a.gold, a.corpus, a.graph, a.docs, progress=terminal_progress())
            problems = result.problems
            text = format_score
    except EvalError as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    for p in problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    for w in result.warnings:
        print(f"kg: {w}", file=sys.stderr)
    if a.json:
        print(json.dumps(result.to_json(a.errors), ensure_ascii=False, indent=1))
    else:
        print(text(result if a.cross_validate else result.score, a.errors))
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg",
        description="Turn Chinese government and economic texts into an RDF knowledge graph "
                    "(enterprises, projects, platforms, 商圈, industry tracks, places), "
                    "query it with SPARQL and draw it as a network.",
        epilog="Run `kg COMMAND --help` for a command's options and examples.")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_: str, fn) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_,
                           epilog=textwrap.dedent(EXAMPLES[name]),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(fn=fn)
        return p

    b = add("build", "extract a graph from a folder of .txt/.md documents and load it into the store", cmd_build)
    b.add_argument("corpus", nargs="?", metavar="CORPUS_DIR",
                   help="folder of documents (default: the bundled corpus)")
    b.add_argument("--out", default=DEFAULT_OUT, metavar="FILE",
                   help=f"graph file; format by extension: .trig .nq .ttl .nt .jsonld (default: {DEFAULT_OUT})")
    b.add_argument("--store", default=DEFAULT_STORE, metavar="DIR",
                   help=f"embedded store to (re)build (default: ./{DEFAULT_STORE})")
    b.add_argument("--html", default=DEFAULT_HTML, metavar="FILE",
                   help=f"also write the HTML network here (default: {DEFAULT_HTML})")
    b.add_argument("--no-html", dest="html", action="store_const", const=None,
                   help="do not write the HTML network")
    b.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for recognition (default: one per core, for large corpora)")

    q = add("query", "run a SPARQL query (text, file or bundled example) against the store", cmd_query)
    q.add_argument("query", nargs="?", metavar="SPARQL_OR_FILE")
    q.add_argument("--store", default=DEFAULT_STORE, metavar="DIR", help=f"(default: ./{DEFAULT_STORE})")
    q.add_argument("--format", default="table", choices=["table", "csv", "json", "nt", "ttl"])
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter, e.g. --param track=生命健康 (repeatable)")
    q.add_argument("--list", action="store_true", help="list the bundled example queries")

    v = add("viz", "write the graph as an interactive, offline HTML network", cmd_viz)
    v.add_argument("--store", default=DEFAULT_STORE, metavar="DIR", help=f"(default: ./{DEFAULT_STORE})")
    v.add_argument("--out", default=DEFAULT_HTML, metavar="FILE", help=f"(default: {DEFAULT_HTML})")

    s = add("stats", "count entities by class and relations by predicate", cmd_stats)
    s.add_argument("--store", default=DEFAULT_STORE, metavar="DIR", help=f"(default: ./{DEFAULT_STORE})")

    e = add("eval", "score the graph against gold annotations: P/R/F1 by class and relation", cmd_eval)
    e.add_argument("gold", metavar="GOLD_DIR", help="folder of <document>.gold.json files")
    e.add_argument("corpus", nargs="?", metavar="CORPUS_DIR",
                   help="documents to build in memory and score (default: the bundled corpus); "
                        "only those with a gold file are built")
    e.add_argument("--graph", metavar="FILE",
                   help="score this graph file (.trig .nq .ttl .nt .jsonld) instead of building")
    e.add_argument("--docs", nargs="+", action="extend", metavar="NAME",
                   help="score only these documents (file names, e.g. 000_96deaf8c4352779a.txt)")
    e.add_argument("--errors", nargs="?", type=int, const=None, default=0, metavar="N",
                   help="also list missed and spurious entities and relations "
                        "(up to N of each kind; all when N is not given)")
    e.add_argument("--cross-validate", action="store_true",
                   help="build and score each document alone, without the lexicon entries "
                        "taken from it (source doc:<file name>); print each and the mean")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    return ap


def main(argv: list[str] | None = None) -> int:
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    ap = parser()
    a = ap.parse_args(argv)
    if not getattr(a, "fn", None):
        ap.print_help()
        return 0
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
