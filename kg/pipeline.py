"""The pipeline: read -> normalise -> segment/recognise -> link -> relate -> facts -> indicators -> emit -> store.

    >>> from kg.pipeline import extract
    >>> ex, problems = extract("corpus")                         # doctest: +SKIP
    >>> len(ex.documents), len(ex.entities) > 100                # doctest: +SKIP
    (5, True)

Recognition is the slow stage (jieba); documents are recognised in parallel
worker processes when there is enough text to repay starting them (each
worker loads jieba's dictionary and the lexicon once, ~1.5 s).
"""
from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import emit
from .builder.run import Built as BuildResult
from .lexicon import Lexicon, default_lexicon
from .lifetime import die_with_parent, process_start, stale_temps
from .link import link
from .model import Document, Extraction, Mention, Problem, RawDocument
from .normalise import to_document
from .read import iter_corpus

if TYPE_CHECKING:
    from .relate.learned import Model

# (kg.relate, kg.facts and kg.indicators are imported by `extract`, which uses
# them: `kg build` does not, and forks its warm worker sooner without them;
# kg/builder/run.py)

# Below this much text one process is faster than starting a pool.
PARALLEL_MIN_CHARS = 400_000

Progress = Callable[[str, int, int], None]


_RECOGNISER = None


def _worker_init(lexicon: Lexicon | None = None) -> None:
    global _RECOGNISER
    from .recognise import Recogniser
    _RECOGNISER = Recogniser(lexicon if lexicon is not None else default_lexicon())


def _pool_init(build: tuple[int, int], lexicon: Lexicon | None) -> None:
    """A pool worker's start: it stops when the build (pid, start time) does, then loads."""
    die_with_parent(*build)
    _worker_init(lexicon)


def _recognise(doc: Document) -> list[Mention]:
    if _RECOGNISER is None:
        _worker_init()
    return _RECOGNISER.document_mentions(doc)


def _analyse(raw: RawDocument) -> tuple[Document, list[Mention]]:
    doc = to_document(raw)
    return doc, _recognise(doc)


def _run(fn, items: list, workers: int, parallel: bool, lexicon: Lexicon | None,
         stage: str, progress: Progress | None) -> list:
    """``[fn(x) for x in items]``, in ``workers`` processes when ``parallel``."""
    out = []
    if parallel:
        me = os.getpid()
        with ProcessPoolExecutor(max_workers=workers, initializer=_pool_init,
                                 initargs=((me, process_start(me)), lexicon)) as pool:
            chunk = max(1, len(items) // (workers * 8))
            for i, result in enumerate(pool.map(fn, items, chunksize=chunk), 1):
                out.append(result)
                if progress:
                    progress(stage, i, len(items))
        return out
    global _RECOGNISER
    saved = _RECOGNISER
    if lexicon is not None:     # the caller's lexicon: a recogniser of its own
        _worker_init(lexicon)
    try:
        for i, item in enumerate(items, 1):
            out.append(fn(item))
            if progress:
                progress(stage, i, len(items))
    finally:
        if lexicon is not None:
            _RECOGNISER = saved
    return out


def _parallel(workers: int | None, chars: int, n: int) -> tuple[int, bool]:
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return workers, workers > 1 and chars >= PARALLEL_MIN_CHARS and n > 1


def recognise_all(docs: list[Document], workers: int | None = None,
                  progress: Progress | None = None,
                  lexicon: Lexicon | None = None) -> dict[str, list[Mention]]:
    """Mentions of every document, in parallel when the corpus is large.

    ``lexicon`` replaces the curated lexicon (``default_lexicon()``) for this call.
    """
    workers, parallel = _parallel(workers, sum(len(d.text) for d in docs), len(docs))
    mentions = _run(_recognise, docs, workers, parallel, lexicon, "recognise", progress)
    return {d.doc_id: ms for d, ms in zip(docs, mentions)}


def analyse_all(raws: list[RawDocument], workers: int | None = None,
                progress: Progress | None = None,
                lexicon: Lexicon | None = None) -> tuple[list[Document], dict[str, list[Mention]]]:
    """Normalise and recognise every document, in parallel when the corpus is large
    (each worker process loads the segmenter and lexicon once, ~1 s)."""
    workers, parallel = _parallel(workers, sum(len(r.text) for r in raws), len(raws))
    results = _run(_analyse, raws, workers, parallel, lexicon, "recognise", progress)
    return [d for d, _ in results], {d.doc_id: ms for d, ms in results}


def extract(corpus_dir: str | Path, workers: int | None = None,
            progress: Progress | None = None,
            lexicon: Lexicon | None = None,
            relation_model: Model | None = None) -> tuple[Extraction, list[Problem], dict[str, float]]:
    """Read a folder of documents and extract entities and relations from it.

    ``lexicon`` replaces the curated lexicon (``default_lexicon()``), e.g. for
    cross-validation (kg.evaluate); ``relation_model`` re-scores the rules'
    relations (kg/relate/learned.py) in place of the default (which is off
    unless relations.toml [learned] enables it).
    """
    from .facts import extract_facts
    from .indicators import extract_indicators
    from .relate import learned, relate
    t = {"start": time.perf_counter()}
    raws, problems = iter_corpus(corpus_dir)
    t["read"] = time.perf_counter()
    docs, mentions = analyse_all(raws, workers, progress, lexicon)
    t["recognise"] = time.perf_counter()
    flat = [m for d in docs for m in mentions[d.doc_id]]
    entities = link(flat, lexicon if lexicon is not None else default_lexicon())
    t["link"] = time.perf_counter()
    with learned.using(relation_model) if relation_model is not None else nullcontext():
        relations = relate(docs, mentions, entities, lexicon)
    t["relate"] = time.perf_counter()
    facts = extract_facts(docs, mentions, entities)     # status, investment, area
    t["facts"] = time.perf_counter()
    observations = extract_indicators(docs, mentions, entities)   # GDP, retail sales … by area and period
    t["indicators"] = time.perf_counter()
    timings = {k: t[k] - t[prev] for prev, k in zip(list(t), list(t)[1:])}
    return Extraction(docs, entities, relations, facts, observations=observations), problems, timings


@contextmanager
def exclusive(store_dir: str | Path | None, outputs: Iterable[str | Path | None] = (),
              wait: float | None = None, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """One build at a time into ``store_dir``, and a clean slate for it.

    Holds the store's build lock (kg.store.build_lock: waits for another
    build, up to ``wait`` seconds when given), then removes what builds
    killed earlier left beside the store and beside ``outputs`` (their
    ``.building-*`` folders and ``.tmp`` files; never those of a build still
    running) and tells ``notify`` so in one line.
    """
    from .store import build_lock, remove_leftovers
    with build_lock(store_dir, wait, notify) if store_dir else nullcontext():
        done = remove_leftovers(store_dir) if store_dir else []
        for path in filter(None, outputs):
            for tmp in stale_temps(path):
                tmp.unlink(missing_ok=True)
                done.append(f"removed {tmp.name}")
        if done and notify:
            notify("cleaned up after a killed build: " + ", ".join(done))
        yield


def build(corpus_dir: str | Path, out: str | Path | Callable[..., Path] | None = None,
          store_dir: str | Path | None = None,
          workers: int | None = None, progress: Progress | None = None, *,
          wait: float | None = None, notify: Callable[[str], None] | None = None,
          title: str | None = None, scheduler=None, cache: bool | str | Path = True) -> BuildResult:
    """Extract, write the graph file and load it into the store (swapped in atomically).

    The documents are worked on one by one in worker processes (``workers``;
    or on the Dask cluster whose scheduler is ``scheduler``, an address or a
    ``distributed.Client``) and the graph is streamed to the file and the
    store (kg/builder/run.py).  Per-document results are kept in ``cache``: a
    folder, by default ``<store>.cache`` beside the store (none without a
    store, or when ``cache`` is false), so that the next build extracts only
    the documents that changed.

    One build at a time writes a store (`exclusive`: ``wait``, ``notify``).
    ``out`` may be a function of the corpus's name (kg.naming.CorpusName: a
    file named after the corpus); ``title`` names the corpus in the graph.
    """
    if out and not callable(out):
        emit.check_format(out)      # a bad --out fails now, not after the extraction
    if cache is True:
        cache = cache_path(store_dir) if store_dir else None
    # a file named after the corpus is written as graph.trig.<tag>.tmp here first (kg/builder/run.py)
    with exclusive(store_dir, [Path("graph.trig")] if callable(out) else [out], wait, notify):
        from .builder.run import run
        return run(corpus_dir, out, store_dir, workers, progress, scheduler, cache or None, title)


def cache_path(store_dir: str | Path) -> Path:
    """Where a store's build cache lives: ``<store>.cache`` beside it."""
    p = Path(store_dir)
    return p.with_name(p.name + ".cache")


def terminal_progress(stream=sys.stderr) -> Progress | None:
    """A progress printer for a terminal, or None when output is not a terminal."""
    if not stream.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        stream.write(f"\r{stage:10s} {done}/{total}" + (" " * 10))
        if done == total:
            stream.write("\n")
        stream.flush()
    return show
