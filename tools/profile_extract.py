"""CPU seconds per MB of input, stage by stage, of the extraction (one process).

Usage (from the repository root):

    python tools/profile_extract.py                       # ~2.5 MB: bundled corpus + ../shared/eval/cities/corpus
    python tools/profile_extract.py --mb 1 --sources corpus
    python tools/profile_extract.py --profile recognise   # cProfile of one stage, top 40 by own time
    python tools/profile_extract.py --profile all --sort cumulative --top 60
    python tools/profile_extract.py --corpus DIR          # an existing folder, as it is

The corpus is made in a temporary folder (removed afterwards): copy ``i`` of
every document of the ``--sources`` folders is written as ``<iiii>_<name>``,
round-robin, until it holds ``--mb`` megabytes of input (1 MB = 1,000,000
bytes), with a manifest.csv giving every copy its original's row.

The stages are the pipeline's (kg/pipeline.py ``extract`` and ``_build``), run
one after the other in this process, each timed with ``time.process_time``
(CPU seconds of this process, all threads):

    read        kg.read.iter_corpus
    normalise   kg.normalise.to_document (normalise + split sentences), per document
    recognise   Recogniser.document_mentions (segment + recognise), per document
    link        kg.link.link
    relate      kg.relate.relate
    facts       kg.facts.extract_facts
    indicators  kg.indicators.extract_indicators
    emit        kg.emit.to_ntriples (with the ontology)
    graphs      what a build's worker makes of each document instead (kg.builder.work
                render, after relations, facts and indicators): kg.graphs.document_lines
                and its named graph as a TriG block (kg.graphs.trig_block)

Loading the lexicon, the rules and the segmenter's dictionary (once per
process) is timed apart as ``setup`` and not counted in the total.
``--check FILE`` compares the emitted N-Triples with FILE byte for byte.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

DEFAULT_SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "eval" / "cities" / "corpus"]
STAGES = ("read", "normalise", "recognise", "link", "relate", "facts", "indicators", "emit", "graphs")
NL = b"\n"
from kg.read import SUFFIXES  # noqa: E402  (the corpus files kg reads)


def make_corpus(dest: Path, mb: float, sources: list[Path]) -> dict:
    """Fill ``dest`` with copies of the documents of ``sources`` up to ``mb`` MB."""
    from corpus import repeat_corpus          # bench/corpus.py
    for source in sources:
        if not source.is_dir():
            print(f"profile: skipping {source} (not a folder)", file=sys.stderr)
    return repeat_corpus(dest, mb, [s for s in sources if s.is_dir()], SUFFIXES)


def input_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir()
               if p.is_file() and p.suffix.lower() in SUFFIXES)


def run(corpus: Path, profile: str | None, sort: str, top: int,
        callers: list[str] = ()) -> tuple[dict[str, float], bytes, str]:
    from kg.emit import to_ntriples
    from kg.facts import extract_facts
    from kg.indicators import extract_indicators
    from kg.lexicon import default_lexicon
    from kg.link import link
    from kg.model import Extraction
    from kg.normalise import to_document
    from kg.read import iter_corpus
    from kg.recognise import Recogniser
    from kg.relate import relate
    from kg.resources import ontology_path

    cpu: dict[str, float] = {}
    prof = cProfile.Profile(time.process_time) if profile else None
    state: dict = {}

    def stage(name, fn):
        on = prof is not None and profile in (name, "all")
        t0 = time.process_time()
        if on:
            prof.enable()
        try:
            return fn()
        finally:
            if on:
                prof.disable()
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - t0

    def setup():
        lexicon = default_lexicon()
        return lexicon, Recogniser(lexicon)

    lexicon, recogniser = stage("setup", setup)
    raws, _problems = stage("read", lambda: iter_corpus(corpus))
    docs = stage("normalise", lambda: [to_document(r) for r in raws])
    mentions = stage("recognise", lambda: {d.doc_id: recogniser.document_mentions(d) for d in docs})
    flat = [m for d in docs for m in mentions[d.doc_id]]
    entities = stage("link", lambda: link(flat, lexicon))
    relations = stage("relate", lambda: relate(docs, mentions, entities))
    facts = stage("facts", lambda: extract_facts(docs, mentions, entities))
    observations = stage("indicators", lambda: extract_indicators(docs, mentions, entities))
    ex = Extraction(docs, entities, relations, facts, observations=observations)
    graph = stage("emit", lambda: to_ntriples(ex, ontology_path()))

    def graphs():
        from kg.emit import text_of
        from kg.graphs import document_lines, graph_iri, trig_block
        by_doc: dict[str, tuple[list, list, list]] = {d.doc_id: ([], [], []) for d in docs}
        for k, xs in enumerate((relations, facts, observations)):
            for x in xs:
                by_doc[x.doc_id][k].append(x)
        size = 0
        for d in docs:
            rels, fs, obs = by_doc[d.doc_id]
            own, shared = document_lines(d, mentions[d.doc_id], rels, fs, entities, obs)
            size += len(trig_block(own, graph_iri(d.doc_id)))
            size += len(text_of(shared))
        return size
    stage("graphs", graphs)
    state["chars"] = sum(len(d.text) for d in docs)
    report = ""
    if prof is not None:
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(sort)
        stats.print_stats(top)
        for name in callers:
            stats.print_callers(name)
        report = buf.getvalue()
    return cpu, graph, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="CPU seconds per MB of input of each extraction stage (one process), "
                    "on a corpus made by repeating documents; optionally a cProfile of a stage.",
        epilog="1 MB = 1,000,000 input bytes. The setup (lexicon, rules, segmenter) is not counted.")
    ap.add_argument("--mb", type=float, default=2.5, help="size of the corpus to make (default 2.5)")
    ap.add_argument("--sources", nargs="+", type=Path, default=DEFAULT_SOURCES,
                    help="folders whose documents are repeated (default: corpus/ and "
                         "../shared/eval/cities/corpus)")
    ap.add_argument("--corpus", type=Path, help="profile this folder as it is (no copies)")
    ap.add_argument("--profile", choices=("all",) + STAGES, help="cProfile this stage (or all)")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    ap.add_argument("--top", type=int, default=40, help="rows of the profile to print (default 40)")
    ap.add_argument("--callers", nargs="+", default=[],
                    help="with --profile: also print the callers of functions matching these regexes")
    ap.add_argument("--check", type=Path, help="compare the N-Triples with this file, byte for byte")
    ap.add_argument("--save", type=Path, help="write the N-Triples here")
    args = ap.parse_args(argv)

    tmp = None
    try:
        if args.corpus:
            corpus = args.corpus
            info = {"documents": None}
        else:
            tmp = Path(tempfile.mkdtemp(prefix="kg-profile-"))
            corpus = tmp / "corpus"
            info = make_corpus(corpus, args.mb, args.sources)
        size = input_bytes(corpus)
        cpu, graph, report = run(corpus, args.profile, args.sort, args.top, args.callers)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    mb = size / 1_000_000
    print(f"corpus: {corpus if args.corpus else 'copies'}; {info.get('documents') or '?'} documents, "
          f"{size:,} bytes ({mb:.2f} MB); setup {cpu.pop('setup'):.2f} s (not counted)")
    print(f"{'stage':<11} {'CPU s':>8} {'s/MB':>8} {'share':>6}")
    # a build makes the graphs in place of emit: the total counts emit, the build total graphs
    total = sum(s for name, s in cpu.items() if name != "graphs")
    for name in STAGES:
        s = cpu.get(name, 0.0)
        print(f"{name:<11} {s:8.2f} {s / mb:8.3f} {100 * s / total:5.1f}%")
    print(f"{'total':<11} {total:8.2f} {total / mb:8.3f}   (read … emit)")
    build = total - cpu.get("emit", 0.0) + cpu.get("graphs", 0.0)
    print(f"{'build':<11} {build:8.2f} {build / mb:8.3f}   (read … indicators, graphs: what a build does)")
    print(f"graph: {len(graph):,} bytes, {graph.count(NL):,} lines")
    if args.save:
        args.save.write_bytes(graph)
    status = 0
    if args.check:
        same = args.check.read_bytes() == graph
        print("check:", "identical to" if same else "DIFFERENT from", args.check)
        status = 0 if same else 1
    if report:
        print(report)
    return status


if __name__ == "__main__":
    sys.exit(main())
