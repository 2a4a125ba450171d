"""The ``kg`` command: a thin shell over the library.

    kg build [CORPUS_DIR] [--out FILE] [--store DIR] [--html FILE] [--title TEXT] [--workers N] [--wait S]
    kg query SPARQL_OR_FILE [--store DIR] [--format table|csv|json] [--param k=v] [--allow-service PREFIX]
    kg viz [--store DIR] [--out FILE] [--focus NAME [--depth N]] [--track TRACK] [--title TEXT]
    kg chain TRACK [--store DIR] [--format tree|json|md|html] [--out FILE] [--exclude NAME_OR_CLASS]
    kg path A B [--store DIR] [--max N] [--format text|json] [--exclude NAME_OR_CLASS]
    kg neighbours NAME [--store DIR] [--depth N] [--format text|json] [--exclude NAME_OR_CLASS]
    kg stats [--store DIR]
    kg export --format graphml|gexf|csv|jsonld [--out PATH] [--store DIR]
    kg timeline [PROJECT] [--track T] [--place P] [--store DIR] [--format text|json]
    kg indicators [--area A] [--measure M] [--store DIR] [--format table|csv|json|html] [--out FILE]
    kg serve [--store DIR] [--host 127.0.0.1] [--port 7878] [--timeout S] [--max-rows N]
             [--token-file FILE] [--allow-service PREFIX]
    kg push --endpoint URL [--graph FILE] [--graph-iri IRI] [--append] [--token-file FILE]
    kg eval GOLD_DIR [CORPUS_DIR] [GOLD_DIR [CORPUS_DIR]]... [--graph FILE] [--docs NAME ...] [--errors [N]]
            [--cross-validate] [--json]

Every command prints a one-line message and exits non-zero when something is
wrong (no store, broken SPARQL, a file that cannot be read), saying what to do.
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

DEFAULT_STORE = "kg-store"
DEFAULT_OUT = "gongshu-kg.trig"      # what `kg push` uploads by default (the bundled corpus's graph)
# kg build's graph file and page, and kg viz's page, are named after the corpus by default
# (kg/naming.py): gongshu-kg.trig and gongshu-kg.html for the bundled corpus, kg.trig for a
# corpus that speaks for no one district.
NAMED_AFTER_CORPUS = ""

EXAMPLES = {
    "serve": """\
        examples:
          kg serve                                  # ./kg-store at http://127.0.0.1:7878/ (page) and /sparql
          kg serve --store s --port 8080 --timeout 5 --max-rows 1000
          curl 'http://127.0.0.1:7878/sparql?query=SELECT%20*%20%7B%3Fs%20?p%20?o%7D%20LIMIT%205' -H 'Accept: text/csv'

        SPARQL 1.1 Protocol: GET ?query=…, POST form (query=…) or application/sparql-query.
        Results: SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD for CONSTRUCT/DESCRIBE
        (Accept header, or ?format=csv). Read-only: updates get 403. A query running past
        --timeout is stopped (its worker process is killed and replaced) and gets 503; a result
        past --max-rows is cut and says so (header X-KG-Truncated: true).

        On a network: it listens on 127.0.0.1 unless --host says otherwise. With --token-file FILE
        every request must carry 'Authorization: Bearer TOKEN' (the page asks for it once).
        A SERVICE clause is refused (403): the server sends no requests elsewhere, unless
        --allow-service PREFIX names endpoints it may reach.
          kg serve --host 0.0.0.0 --token-file ~/.kg-token
          kg serve --allow-service http://127.0.0.1:3030/ds/sparql
        """,
    "push": """\
        examples:
          kg push --endpoint http://127.0.0.1:7878/store                  # Oxigraph: replace its default graph
          kg push --endpoint http://127.0.0.1:3030/ds/data --graph dev.trig --graph-iri https://example.org/g
          kg push --endpoint http://127.0.0.1:7878/store --append         # add to what is there
          kg push --endpoint https://kg.example.org/store --token-file ~/.kg-token   # sends Authorization: Bearer

        Uses the SPARQL 1.1 Graph Store Protocol: PUT (or POST with --append) of N-Triples to
        URL?default or URL?graph=IRI. Query it back with `kg query NAME --endpoint URL`
        (Oxigraph: http://HOST:PORT/query, Fuseki: http://HOST:PORT/DATASET/sparql).
        """,
    "build": """\
        examples:
          kg build                                  # the bundled corpus -> ./kg-store, gongshu-kg.trig, gongshu-kg.html
          kg build ../shared/corpus --out dev.trig --store s
          kg build my-docs/ --out graph.ttl --no-html
          kg build --wait 60                        # another build writing ./kg-store: wait a minute at most
          kg build big/ --scheduler tcp://HOST:8786 # the documents worked on by a Dask cluster

        Only documents that changed since the last build into the same store are extracted
        again (the cache is STORE.cache); the graph file is the same bytes as a full build's.
        One build at a time writes a store; a killed build's leftovers are removed by the next.
        """,
    "query": """\
        examples:
          kg query enterprises-of-track                          # a bundled example query
          kg query enterprises-of-track --param track=生命健康
          kg query queries/my.rq --format csv
          kg query 'SELECT ?f WHERE { ?f a kgo:Enterprise } LIMIT 5'
          kg query --list                                        # the bundled example queries
          kg query enterprises-of-track --endpoint http://127.0.0.1:7878/sparql   # any SPARQL endpoint
          kg query q.rq --endpoint http://host:7878/sparql --token-file ~/.kg-token
          kg query federated.rq --allow-service https://query.wikidata.org/   # SERVICE is refused otherwise
        """,
    "viz": """\
        examples:
          kg viz                                    # ./kg-store -> gongshu-kg.html
          kg viz --store s --out network.html
          kg viz --track 生命健康 --out health.html             # one industry chain
          kg viz --focus 华东医药 --depth 2 --out huadong.html  # what lies within 2 relations

        The page works offline: a legend whose boxes hide and show classes, a track menu,
        a search box (names, English names, aliases), and a side panel with each relation's
        evidence sentences and documents. Graphs of 1,000 nodes or more are laid out here,
        with physics off, so that 5,000 nodes draw in a couple of seconds.
        """,
    "chain": """\
        examples:
          kg chain 生命健康                                  # a text tree, evidence under each edge
          kg chain 生命健康 --format json > chain.json
          kg chain 生命健康 --format md --max-evidence 1
          kg chain 电竞文娱 --format html --out esports.html
          kg chain 生命健康 --exclude 拱墅区                 # key nodes without the district

        The tree: track → sub-tracks → platforms (with owner, tenants, location) →
        enterprises and institutions (with their projects) → projects (owner, location) →
        places, then the chain's key nodes by PageRank. Each sentence is printed once,
        numbered; a later relation it also supports shows its number. An unknown track
        name gets the nearest known ones suggested.
        """,
    "path": """\
        examples:
          kg path 腾讯 拱墅区
          kg path 华东医药 半山生命健康谷 --max 5
          kg path 阿斯利康 杭州市 --format json
          kg path 腾讯 华东医药 --exclude 拱墅区                # not through the district everything is in
          kg path 腾讯 华东医药 --exclude Place,IndustryTrack   # nor through any place or track

        Shortest connections, relations walked in either direction; each hop lists the
        relations between its two ends with their evidence sentences and documents.
        """,
    "neighbours": """\
        examples:
          kg neighbours 华东医药
          kg neighbours 大武林商圈 --depth 2
          kg neighbours 腾讯 --format json
          kg neighbours 华东医药 --depth 2 --exclude 拱墅区
        """,
    "export": """\
        examples:
          kg export --format graphml                # gongshu-kg.graphml: open it in Gephi or yEd
          kg export --format gexf --store s --out network.gexf
          kg export --format csv                    # gongshu-kg-neo4j/nodes.csv and relationships.csv
          kg export --format jsonld --out graph.jsonld

        GraphML and GEXF: one node per entity (label, en, aliases, cls, classes, tracks, mentions,
        documents, wikidata), one edge per relation (predicate, relation, evidence_count, evidence).
        csv: Neo4j's bulk import, evidence sentences as relationship properties:
          neo4j-admin database import full --nodes=gongshu-kg-neo4j/nodes.csv \\
              --relationships=gongshu-kg-neo4j/relationships.csv neo4j
        jsonld: every triple of the store, compacted with a context of the graph's prefixes.
        """,
    "timeline": """\
        examples:
          kg timeline 华东医药生命科学产业园               # one project: milestones, amounts, sentences
          kg timeline --track 生命健康                      # every project of the track's chain
          kg timeline --place 拱墅区 --format json          # projects located there (at any depth)
          kg timeline --track 生命健康 --place 拱墅区

        Milestones are merged across documents (签约 → 落地 → 开工 → 封顶 → 竣工 → 投用 / 开业),
        each dated as precisely as the text allows, planned ones marked apart from done ones;
        then total investment, land and floor area, each with the sentences that state it.
        """,
    "indicators": """\
        examples:
          kg indicators --area 拱墅区                       # every figure, by measure and period, with its sentence
          kg indicators --measure 地区生产总值 --format csv
          kg indicators --measure GDP --format json
          kg indicators --format html --out indicators.html  # a line chart per measure, offline

        A row is what one sentence states about one measure of one area for one period: the
        amount (in yuan; 2091.5亿元 is 209150000000 CNY) and the growth rate, each with its rank
        (总量全省第1, 增幅全市第3), as a result or a target (目标, 力争, 预期, the plan part of a
        work report). Where two sources give different figures for the same area, measure,
        period and kind, both rows are shown and flagged (≠).
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
          kg eval ../shared/eval/gold ../shared/corpus ../shared/eval/cities/gold   # two sets and their union
          kg eval ../shared/eval/gold ../shared/eval/cities/gold --cross-validate   # all 15 documents, one by one
          kg eval seeds=../shared/eval/gold ../shared/eval/cities/gold --json > scores.json
          kg eval ../shared/eval/gold --graph dev.trig      # score a graph file as it is
          kg eval ../shared/eval/gold --docs 000_96deaf8c4352779a.txt --errors
          kg eval ../shared/eval/gold --cross-validate      # each document alone, without its own lexicon entries

        Folders are read in order: one holding *.gold.json files is a gold set, a folder of
        .txt/.md documents right after it is that set's corpus. A set given no corpus uses a
        corpus/ folder beside it (cities/gold -> cities/corpus), else the bundled corpus. A set
        is named after its folder (cities/gold -> cities) or by NAME=GOLD_DIR. With several
        sets, each is scored, then their union: the graphs merged, scored against all the gold
        files as one folder (clusters merge across sets), then a summary table. With
        --cross-validate, every document of every set is a fold; the means are per set and
        over all documents.

        Scores are counted as ../shared/eval/score.py counts them: gold names and
        aliases merged into clusters across files, a graph entity hits a cluster
        when one of its labels is one of the cluster's names; precision is
        clusters hit over graph entities, so duplicates cost precision.
        """,
}


def _fail(msg: str, code: int = 1) -> int:
    print(f"kg: {msg}", file=sys.stderr)
    return code


def _say(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr, flush=True)


def cmd_build(a: argparse.Namespace) -> int:
    from .emit import check_format
    from .pipeline import build, exclusive, terminal_progress
    from .read import ReadError
    from .resources import corpus_dir
    from .store import StoreError

    corpus = Path(a.corpus) if a.corpus else corpus_dir()
    if a.wait is not None and a.wait < 0:
        return _fail("--wait takes a number of seconds, 0 or more", 2)
    # no --out: the graph file is named after the corpus, known once it is read
    out = a.out or (lambda name: Path(name.stem + ".trig"))
    try:
        if a.out:
            check_format(a.out)         # a bad --out fails at once, not after waiting for another build
        # the lock is held until the page is written too, so that it shows this build's store
        with exclusive(a.store, [a.out, a.html], a.wait, _say):
            r = build(corpus, out=out, store_dir=a.store, workers=a.workers,
                      progress=terminal_progress(), title=a.title, scheduler=a.scheduler,
                      cache=not a.no_cache)
            return _report_build(a, r)
    except (ReadError, StoreError, ValueError, OSError) as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return _fail("interrupted; the previous store, if any, is unchanged", 130)


def _report_build(a: argparse.Namespace, r) -> int:
    for p in r.problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    secs = sum(r.timings.values())
    again = (f" ({r.analysed:,} recognised, {r.rendered:,} rendered, the rest from the cache)"
             if r.analysed < r.documents or r.rendered < r.documents else "")
    # distinct statements, as kg stats and the page count them (a relation stated in
    # three sentences is one relation with three pieces of evidence)
    print(f"built {r.documents:,} documents ({r.characters:,} characters) in {secs:.1f} s{again}: "
          f"{r.entities:,} entities, {r.relations:,} relations")
    if r.out:
        print(f"graph: {r.out}")
    if a.store:
        print(f"store: {a.store} ({r.store.triples:,} triples)")
    if a.html is not None and a.store:
        from .naming import stored_name
        from .store import open_store
        from .viz import write_network
        store = open_store(a.store)
        html = a.html or stored_name(store).stem + ".html"
        print(f"network: {write_network(store, html, title=a.title)}")
    return 0 if r.documents else 1


def cmd_query(a: argparse.Namespace) -> int:
    from .auth import TokenError, read_token
    from .federation import check_prefix
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
    if a.token_file and not a.endpoint:
        return _fail("--token-file goes with --endpoint URL: a local store needs no token", 2)
    if a.allow_service and a.endpoint:
        return _fail("--allow-service is for a local store: the endpoint decides what its SERVICE clauses "
                     "may reach", 2)
    try:
        allow = [check_prefix(p) for p in a.allow_service]
    except ValueError as e:
        return _fail(str(e), 2)
    hints: list[str] = []
    try:
        sparql = load_query(a.query)
        if a.endpoint:
            from .remote import run_remote
            token = read_token(a.token_file) if a.token_file else None
            result = run_remote(a.endpoint, sparql, bindings=bindings, token=token)
        else:
            store = open_store(a.store)
            result = run_query(store, sparql, bindings=bindings, allow_service=allow)
            if bindings and result.kind == "select" and not result.rows:
                # nothing found: a misspelt name is the likely cause; say which, as kg chain does
                from .hints import param_hints
                hints = param_hints(store, bindings)
        print(format_result(result, a.format), flush=True)
        for hint in hints:
            _say(hint)
    except (QueryError, StoreError, OSError, TokenError) as e:
        return _fail(str(e))
    return 0


def cmd_viz(a: argparse.Namespace) -> int:
    from .store import StoreError, open_store
    from .graph import NotFound
    from .naming import stored_name
    from .viz import write_network
    if a.depth < 1:
        return _fail("--depth takes 1 or more", 2)
    try:
        store = open_store(a.store)
        out = a.out or stored_name(store).stem + ".html"
        print(f"network: {write_network(store, out, focus=a.focus, depth=a.depth, track=a.track, title=a.title)}")
    except (StoreError, NotFound, OSError) as e:
        return _fail(str(e))
    return 0


def _graph_of(store_dir: str):
    from .graph import load_graph
    from .store import open_store
    return load_graph(open_store(store_dir))


def _write_or_print(text: str, out: str | None, what: str) -> None:
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"{what}: {out}")
    else:
        print(text)


def cmd_chain(a: argparse.Namespace) -> int:
    from .chain import chain, format_chain
    from .graph import NotFound
    from .store import StoreError
    from .explore import excluding
    try:
        from .store import open_store
        from .timeline import load_timelines, progress
        G = _graph_of(a.store)
        c = chain(excluding(G, a.exclude, [a.track]) if a.exclude else G, a.track, top=a.top)
        c.progress = progress(c, load_timelines(open_store(a.store)))
        _write_or_print(format_chain(c, a.format, a.max_evidence), a.out, "chain")
    except (StoreError, NotFound, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_path(a: argparse.Namespace) -> int:
    from .explore import format_paths, paths, paths_json, to_text
    from .graph import NotFound
    from .store import StoreError
    from .explore import excluding
    try:
        G = excluding(_graph_of(a.store), a.exclude, [a.a, a.b])
        found = paths(G, a.a, a.b, limit=a.max)
    except (StoreError, NotFound) as e:
        return _fail(str(e))
    if a.format == "json":
        print(to_text(paths_json(G, found)))
    else:
        print(format_paths(G, found, a.a, a.b, max_evidence=a.max_evidence))
    return 0 if found else 1


def cmd_neighbours(a: argparse.Namespace) -> int:
    from .explore import format_neighbours, neighbours, neighbours_json, to_text
    from .graph import NotFound
    from .store import StoreError
    if a.depth < 1:
        return _fail("--depth takes 1 or more", 2)
    from .explore import excluding
    try:
        G = excluding(_graph_of(a.store), a.exclude, [a.name])
        nb = neighbours(G, a.name, a.depth)
    except (StoreError, NotFound) as e:
        return _fail(str(e))
    if a.format == "json":
        print(to_text(neighbours_json(G, nb)))
    else:
        print(format_neighbours(G, nb, max_evidence=a.max_evidence))
    return 0


def cmd_stats(a: argparse.Namespace) -> int:
    from .stats import format_stats, stats
    from .store import StoreError, open_store
    try:
        print(format_stats(stats(open_store(a.store))))
    except StoreError as e:
        return _fail(str(e))
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from .export import SUFFIX, export
    from .naming import stored_name
    from .stats import stats
    from .store import StoreError, open_store
    try:
        store = open_store(a.store)
        written = export(store, a.format, a.out or stored_name(store).stem + SUFFIX[a.format])
    except (StoreError, OSError, ValueError) as e:
        return _fail(str(e))
    s = stats(store)
    what = (f"{s['triples']:,} triples" if a.format == "jsonld"
            else f"{s['entities']:,} entities and {s['relations']:,} relations")
    print(f"exported {what} ({a.format}): " + ", ".join(map(str, written)))
    return 0


def cmd_timeline(a: argparse.Namespace) -> int:
    from .graph import NotFound
    from .store import StoreError, open_store
    from .timeline import format_timelines, select
    if not (a.project or a.track or a.place):
        return _fail("give a PROJECT, --track T or --place P (kg timeline --help)", 2)
    if a.project and (a.track or a.place):
        return _fail("give a PROJECT, or --track / --place, not both", 2)
    try:
        found = select(open_store(a.store), a.project, a.track, a.place)
        _write_or_print(format_timelines(found, a.format), a.out, "timeline")
    except (StoreError, NotFound, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_indicators(a: argparse.Namespace) -> int:
    from .indicators.table import IndicatorError, format_rows, load_rows
    from .store import StoreError, open_store
    try:
        rows = load_rows(open_store(a.store), area=a.area, measure=a.measure)
        if a.format == "html" and not a.out:
            a.out = "indicators.html"
        title = None
        if a.area or a.measure:
            title = f"经济指标 {' · '.join(filter(None, (a.area, a.measure)))} · Economic indicators"
        _write_or_print(format_rows(rows, a.format, title=title), a.out, "indicators")
    except (StoreError, IndicatorError, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_eval(a: argparse.Namespace) -> int:
    import json
    from .evaluate import (EvalError, cross_validate, evaluate, evaluate_sets, fold_progress,
                           format_cross_validation, format_score, format_sets, gold_sets)
    from .pipeline import terminal_progress

    if a.graph and a.cross_validate:
        return _fail("--cross-validate builds each document itself; it cannot score --graph", 2)
    if a.errors is not None and a.errors < 0:
        return _fail("--errors takes a number of items to list, 0 or more", 2)
    try:
        sets = gold_sets(a.folders)
        if a.graph and any(s.corpus_given for s in sets):
            return _fail("give CORPUS_DIR to build, or --graph FILE to score a built graph, not both", 2)
        if a.cross_validate:
            result = cross_validate(sets, docs=a.docs, progress=fold_progress())
            problems = [p for f in result.folds for p in f.problems]
        elif len(sets) == 1:
            result = evaluate(sets[0].gold_dir, sets[0].corpus_dir, a.graph, a.docs, progress=terminal_progress())
            problems = result.problems
        else:
            result = evaluate_sets(sets, a.graph, a.docs, progress=terminal_progress())
            problems = result.problems
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
    elif a.cross_validate:
        print(format_cross_validation(result, a.errors))
    elif len(sets) == 1:
        print(format_score(result.score, a.errors))
    else:
        print(format_sets(result, a.errors))
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    from .serve import ServeError, serve
    from .store import StoreError
    try:
        return serve(a.store, host=a.host, port=a.port, timeout=a.timeout, max_rows=a.max_rows,
                     workers=a.workers, quiet=a.quiet, token_file=a.token_file, allow_service=a.allow_service)
    except (ServeError, StoreError) as e:
        return _fail(str(e))


def cmd_push(a: argparse.Namespace) -> int:
    from .auth import TokenError, read_token
    from .remote import RemoteError, push_graph
    try:
        token = read_token(a.token_file) if a.token_file else None
        r = push_graph(a.endpoint, a.graph, graph_iri=a.graph_iri, replace=not a.append, token=token)
    except (RemoteError, TokenError) as e:
        return _fail(str(e))
    target = f"graph <{a.graph_iri}>" if a.graph_iri else "the default graph"
    verb = "added to" if a.append else "replaced"
    print(f"pushed {r.triples:,} triples ({r.bytes / 1e6:.1f} MB of N-Triples) from {a.graph} in "
          f"{r.seconds:.1f} s: {verb} {target} at {r.url} (HTTP {r.status})")
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg",
        description="Turn Chinese government and economic texts into an RDF knowledge graph "
                    "(enterprises, projects, platforms, 商圈, industry tracks, places), "
                    "query it with SPARQL and draw it as a network.",
        epilog="Run `kg COMMAND --help` for a command's options and examples.")
    from . import __version__
    ap.add_argument("--version", action="version", version=f"kg (gongshu-kg) {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_: str, fn) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_,
                           epilog=textwrap.dedent(EXAMPLES[name]),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(fn=fn)
        return p

    def store_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--store", default=DEFAULT_STORE, metavar="DIR", help=f"(default: ./{DEFAULT_STORE})")

    def exclude_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--exclude", action="append", default=[], metavar="NAME_OR_CLASS",
                       help="leave out an entity (name or alias) or a whole class (Place, 地点 …); "
                            "repeatable or comma-separated, e.g. --exclude 拱墅区")

    def evidence_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--max-evidence", type=int, default=2, metavar="N",
                       help="sentences shown per relation (default: 2)")
        p.add_argument("--format", default="text", choices=["text", "json"])

    b = add("build", "extract a graph from a folder of documents (.txt .md .html .docx .pdf) and load it into the store", cmd_build)
    b.add_argument("corpus", nargs="?", metavar="CORPUS_DIR",
                   help="folder of documents (default: the bundled corpus)")
    b.add_argument("--out", default=NAMED_AFTER_CORPUS, metavar="FILE",
                   help="graph file; format by extension: .trig .nq .ttl .nt .jsonld (default: named after "
                        "the corpus, e.g. gongshu-kg.trig; kg.trig when it speaks for no one district)")
    b.add_argument("--store", default=DEFAULT_STORE, metavar="DIR",
                   help=f"embedded store to (re)build (default: ./{DEFAULT_STORE})")
    b.add_argument("--html", default=NAMED_AFTER_CORPUS, metavar="FILE",
                   help="also write the HTML network here (default: named after the corpus, e.g. gongshu-kg.html)")
    b.add_argument("--no-html", dest="html", action="store_const", const=None,
                   help="do not write the HTML network")
    b.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for recognition (default: one per core, for large corpora)")
    b.add_argument("--title", metavar="TEXT",
                   help="the corpus's name, for the page's title and the default file names (default: the "
                        "manifest's row for '.', else the district most documents speak for)")
    b.add_argument("--wait", type=float, default=None, metavar="S",
                   help="when another build is writing the same store, wait at most S seconds "
                        "for it (default: as long as it takes; 0: stop at once)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the per-document work on this Dask distributed cluster, e.g. tcp://HOST:8786 "
                        "(linking and the store stay here)")
    b.add_argument("--no-cache", action="store_true",
                   help="extract every document again (default: unchanged documents come from "
                        "STORE.cache, beside the store)")

    q = add("query", "run a SPARQL query (text, file or bundled example) against the store", cmd_query)
    q.add_argument("query", nargs="?", metavar="SPARQL_OR_FILE")
    store_option(q)
    q.add_argument("--format", default="table", choices=["table", "csv", "json", "nt", "ttl"])
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter, e.g. --param track=生命健康 (repeatable)")
    q.add_argument("--list", action="store_true", help="list the bundled example queries")
    q.add_argument("--endpoint", metavar="URL",
                   help="query this SPARQL endpoint instead of the store (e.g. http://127.0.0.1:7878/sparql)")
    q.add_argument("--token-file", metavar="FILE",
                   help="with --endpoint: send the token in FILE as 'Authorization: Bearer TOKEN'")
    q.add_argument("--allow-service", action="append", default=[], metavar="PREFIX",
                   help="let SERVICE clauses reach endpoints whose IRI starts with PREFIX (repeatable; "
                        "default: SERVICE is refused, the query sends no requests elsewhere)")

    v = add("viz", "write the graph as an interactive, offline HTML network", cmd_viz)
    store_option(v)
    v.add_argument("--out", default=NAMED_AFTER_CORPUS, metavar="FILE",
                   help="(default: named after the corpus, e.g. gongshu-kg.html)")
    v.add_argument("--title", metavar="TEXT", help="the page's title (default: the corpus's name, as kg build found it)")
    v.add_argument("--focus", metavar="NAME", help="draw only what lies within --depth relations of this entity")
    v.add_argument("--depth", type=int, default=1, metavar="N", help="relations out from --focus (default: 1)")
    v.add_argument("--track", metavar="TRACK", help="draw only this industry track's chain (as `kg chain` finds it)")

    ch = add("chain", "an industry track's chain as a tree, every edge with its evidence sentence", cmd_chain)
    ch.add_argument("track", metavar="TRACK", help="the track's name (label or alias), e.g. 生命健康")
    store_option(ch)
    ch.add_argument("--format", default="tree", choices=["tree", "json", "md", "html"])
    ch.add_argument("--out", metavar="FILE", help="write to FILE instead of printing")
    ch.add_argument("--max-evidence", type=int, default=None, metavar="N",
                    help="sentences shown per relation (default: all)")
    ch.add_argument("--top", type=int, default=10, metavar="N",
                    help="key nodes listed, by PageRank within the chain (default: 10; 0: none)")
    exclude_option(ch)

    pa = add("path", "the shortest connections between two entities, with evidence on each hop", cmd_path)
    pa.add_argument("a", metavar="A", help="an entity's name (label or alias)")
    pa.add_argument("b", metavar="B", help="another entity's name")
    store_option(pa)
    pa.add_argument("--max", type=int, default=3, metavar="N", help="shortest paths shown (default: 3)")
    exclude_option(pa)
    evidence_options(pa)

    nb = add("neighbours", "the entities within N relations of one, with the evidence of each relation",
             cmd_neighbours)
    nb.add_argument("name", metavar="NAME", help="an entity's name (label or alias)")
    store_option(nb)
    nb.add_argument("--depth", type=int, default=1, metavar="N", help="relations out (default: 1)")
    exclude_option(nb)
    evidence_options(nb)

    tl = add("timeline", "a project's milestones and amounts merged across documents, or those of a track "
                         "or place", cmd_timeline)
    tl.add_argument("project", nargs="?", metavar="PROJECT", help="a project's name (label or alias)")
    tl.add_argument("--track", metavar="T", help="the projects of this industry track's chain")
    tl.add_argument("--place", metavar="P", help="the projects located in this place (at any depth)")
    store_option(tl)
    tl.add_argument("--format", default="text", choices=["text", "json"])
    tl.add_argument("--out", metavar="FILE", help="write to FILE instead of printing")

    ind = add("indicators", "economic indicators by measure and period, each figure with its sentence",
              cmd_indicators)
    ind.add_argument("--area", metavar="A", help="only this area (a name or alias), e.g. 拱墅区")
    ind.add_argument("--measure", metavar="M", help="only this measure (a name or code), e.g. 地区生产总值 or GDP")
    store_option(ind)
    ind.add_argument("--format", default="table", choices=["table", "csv", "json", "html"])
    ind.add_argument("--out", metavar="FILE",
                     help="write to FILE instead of printing (--format html: default indicators.html)")

    s = add("stats", "count entities by class and relations by predicate", cmd_stats)
    store_option(s)

    ex = add("export", "write the graph for Gephi/yEd (graphml, gexf), Neo4j (csv) or JSON-LD tools", cmd_export)
    ex.add_argument("--format", required=True, choices=["graphml", "gexf", "csv", "jsonld"])
    ex.add_argument("--out", default=NAMED_AFTER_CORPUS, metavar="PATH",
                    help="file to write (a folder for csv; default: named after the corpus, e.g. "
                         "gongshu-kg.graphml, gongshu-kg-neo4j/)")
    store_option(ex)

    sv = add("serve", "serve the store over the SPARQL 1.1 Protocol, with a query page", cmd_serve)
    store_option(sv)
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default: 127.0.0.1, this machine only; see --token-file)")
    sv.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0: any free port)")
    sv.add_argument("--timeout", type=float, default=10.0, metavar="S",
                    help="stop a query after S seconds (default: 10)")
    sv.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                    help="cut a result after N rows or triples (default: 10000)")
    sv.add_argument("--workers", type=int, default=None, metavar="N",
                    help="queries run at once, one process each (default: one per core, 2 to 8)")
    sv.add_argument("--quiet", action="store_true", help="do not log each request")
    sv.add_argument("--token-file", metavar="FILE",
                    help="require 'Authorization: Bearer TOKEN' on every request, TOKEN being FILE's content")
    sv.add_argument("--allow-service", action="append", default=[], metavar="PREFIX",
                    help="let SERVICE clauses reach endpoints whose IRI starts with PREFIX (repeatable; "
                         "default: refused, the server sends no requests elsewhere)")

    pu = add("push", "upload the graph file to a SPARQL server (Graph Store Protocol)", cmd_push)
    pu.add_argument("--endpoint", required=True, metavar="URL",
                    help="the server's graph store URL (Oxigraph: http://HOST:7878/store)")
    pu.add_argument("--graph", default=DEFAULT_OUT, metavar="FILE",
                    help=f"graph file to upload (default: {DEFAULT_OUT})")
    pu.add_argument("--graph-iri", metavar="IRI", help="put it in this named graph (default: the default graph)")
    pu.add_argument("--append", action="store_true",
                    help="add the triples (POST) instead of replacing the graph (PUT)")
    pu.add_argument("--token-file", metavar="FILE",
                    help="send the token in FILE as 'Authorization: Bearer TOKEN'")

    e = add("eval", "score the graph against gold annotations: P/R/F1 by class and relation", cmd_eval)
    e.usage = ("kg eval [-h] [NAME=]GOLD_DIR [CORPUS_DIR] [[NAME=]GOLD_DIR [CORPUS_DIR] ...]\n"
               "               [--graph FILE] [--docs NAME [NAME ...]] [--errors [N]] [--cross-validate] [--json]")
    e.add_argument("folders", nargs="+", metavar="FOLDER",
                   help="gold sets, in order: a folder of <document>.gold.json files (NAME=FOLDER names "
                        "the set), then optionally the folder of its documents to build in memory "
                        "(default: corpus/ beside the gold folder, else the bundled corpus); only "
                        "documents with a gold file are built")
    e.add_argument("--graph", metavar="FILE",
                   help="score this graph file (.trig .nq .ttl .nt .jsonld) instead of building")
    e.add_argument("--docs", nargs="+", action="extend", metavar="NAME",
                   help="score only these documents (file names, e.g. 000_96deaf8c4352779a.txt)")
    e.add_argument("--errors", nargs="?", type=int, const=None, default=0, metavar="N",
                   help="also list missed and spurious entities and relations "
                        "(up to N of each kind; all when N is not given)")
    e.add_argument("--cross-validate", action="store_true",
                   help="build and score each document of each set alone, without the lexicon entries "
                        "taken from it (source doc:<file name>); print each, the mean per set and overall")
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
