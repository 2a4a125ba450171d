"""The ``kg`` command line's arguments: one subparser per command, each with its examples."""
from __future__ import annotations

import argparse
import textwrap

from .commands import (cmd_build, cmd_chain, cmd_eval, cmd_export, cmd_indicators, cmd_neighbours,
                       cmd_path, cmd_push, cmd_query, cmd_serve, cmd_stats, cmd_timeline, cmd_viz)
from .examples import EXAMPLES

DEFAULT_STORE = "kg-store"
DEFAULT_OUT = "gongshu-kg.trig"      # what `kg push` uploads by default (the bundled corpus's graph)
# kg build's graph file and page, and kg viz's page, are named after the corpus by default
# (kg/naming.py): gongshu-kg.trig and gongshu-kg.html for the bundled corpus, kg.trig for a
# corpus that speaks for no one district.
NAMED_AFTER_CORPUS = ""


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg",
        description="Turn Chinese government and economic texts into an RDF knowledge graph "
                    "(enterprises, projects, platforms, 商圈, industry tracks, places), "
                    "query it with SPARQL and draw it as a network.",
        epilog="Run `kg COMMAND --help` for a command's options and examples.")
    from .. import __version__
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
