"""What each ``kg`` command does: read its arguments, call the library, print, return an exit code.

Each command imports what it needs when it runs, so that ``kg --help`` and ``kg build`` stay quick.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _fail(msg: str, code: int = 1) -> int:
    print(f"kg: {msg}", file=sys.stderr)
    return code


def _say(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr, flush=True)


def cmd_build(a: argparse.Namespace) -> int:
    from ..emit import check_format
    from ..pipeline import build, exclusive, terminal_progress
    from ..read import ReadError
    from ..resources import corpus_dir
    from ..store import StoreError

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
        from ..naming import stored_name
        from ..store import open_store
        from ..viz import write_network
        store = open_store(a.store)
        html = a.html or stored_name(store).stem + ".html"
        print(f"network: {write_network(store, html, title=a.title)}")
    return 0 if r.documents else 1


def cmd_query(a: argparse.Namespace) -> int:
    from ..auth import TokenError, read_token
    from ..federation import check_prefix
    from ..query import QueryError, format_result, list_queries, load_query, run_query
    from ..store import StoreError, open_store

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
            from ..remote import run_remote
            token = read_token(a.token_file) if a.token_file else None
            result = run_remote(a.endpoint, sparql, bindings=bindings, token=token)
        else:
            store = open_store(a.store)
            result = run_query(store, sparql, bindings=bindings, allow_service=allow)
            if bindings and result.kind == "select" and not result.rows:
                # nothing found: a misspelt name is the likely cause; say which, as kg chain does
                from ..hints import param_hints
                hints = param_hints(store, bindings)
        print(format_result(result, a.format), flush=True)
        for hint in hints:
            _say(hint)
    except (QueryError, StoreError, OSError, TokenError) as e:
        return _fail(str(e))
    return 0


def cmd_viz(a: argparse.Namespace) -> int:
    from ..store import StoreError, open_store
    from ..graph import NotFound
    from ..naming import stored_name
    from ..viz import write_network
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
    from ..graph import load_graph
    from ..store import open_store
    return load_graph(open_store(store_dir))


def _write_or_print(text: str, out: str | None, what: str) -> None:
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"{what}: {out}")
    else:
        print(text)


def cmd_chain(a: argparse.Namespace) -> int:
    from ..chain import chain, format_chain
    from ..graph import NotFound
    from ..store import StoreError
    from ..explore import excluding
    try:
        from ..store import open_store
        from ..timeline import load_timelines, progress
        G = _graph_of(a.store)
        c = chain(excluding(G, a.exclude, [a.track]) if a.exclude else G, a.track, top=a.top)
        c.progress = progress(c, load_timelines(open_store(a.store)))
        _write_or_print(format_chain(c, a.format, a.max_evidence), a.out, "chain")
    except (StoreError, NotFound, OSError) as e:
        return _fail(str(e))
    return 0


def cmd_path(a: argparse.Namespace) -> int:
    from ..explore import format_paths, paths, paths_json, to_text
    from ..graph import NotFound
    from ..store import StoreError
    from ..explore import excluding
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
    from ..explore import format_neighbours, neighbours, neighbours_json, to_text
    from ..graph import NotFound
    from ..store import StoreError
    if a.depth < 1:
        return _fail("--depth takes 1 or more", 2)
    from ..explore import excluding
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
    from ..stats import format_stats, stats
    from ..store import StoreError, open_store
    try:
        print(format_stats(stats(open_store(a.store))))
    except StoreError as e:
        return _fail(str(e))
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from ..export import SUFFIX, export
    from ..naming import stored_name
    from ..stats import stats
    from ..store import StoreError, open_store
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
    from ..graph import NotFound
    from ..store import StoreError, open_store
    from ..timeline import format_timelines, select
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
    from ..indicators.table import IndicatorError, format_rows, load_rows
    from ..store import StoreError, open_store
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
    from ..evaluate import (EvalError, cross_validate, evaluate, evaluate_sets, fold_progress,
                           format_cross_validation, format_score, format_sets, gold_sets)
    from ..pipeline import terminal_progress

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
    from ..serve import ServeError, serve
    from ..store import StoreError
    try:
        return serve(a.store, host=a.host, port=a.port, timeout=a.timeout, max_rows=a.max_rows,
                     workers=a.workers, quiet=a.quiet, token_file=a.token_file, allow_service=a.allow_service)
    except (ServeError, StoreError) as e:
        return _fail(str(e))


def cmd_push(a: argparse.Namespace) -> int:
    from ..auth import TokenError, read_token
    from ..remote import RemoteError, push_graph
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
