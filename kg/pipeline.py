"""The pipeline: read -> normalise -> segment/recognise -> link -> relate -> emit -> store.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Graph

from . import emit
from .lexicon import default_lexicon
from .link import link
from .model import Document, Extraction, Mention, Problem
from .normalise import to_document
from .read import iter_corpus
from .relate import relate
from .resources import ontology_path

# Below this much text one process is faster than starting a pool.
PARALLEL_MIN_CHARS = 400_000

Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    extraction: Extraction
    problems: list[Problem]
    graph: Graph
    out: Path | None = None
    store: object | None = None
    timings: dict[str, float] = field(default_factory=dict)
    characters: int = 0


_RECOGNISER = None


def _worker_init() -> None:
    global _RECOGNISER
    from .recognise import Recogniser
    _RECOGNISER = Recogniser(default_lexicon())


def _recognise(doc: Document) -> list[Mention]:
    if _RECOGNISER is None:
        _worker_init()
    return _RECOGNISER.document_mentions(doc)


def recognise_all(docs: list[Document], workers: int | None = None,
                  progress: Progress | None = None) -> dict[str, list[Mention]]:
    """Mentions of every document, in parallel when the corpus is large."""
    total = sum(len(d.text) for d in docs)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    out: dict[str, list[Mention]] = {}
    if workers > 1 and total >= PARALLEL_MIN_CHARS and len(docs) > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
            chunk = max(1, len(docs) // (workers * 8))
            for i, (doc, ms) in enumerate(zip(docs, pool.map(_recognise, docs, chunksize=chunk)), 1):
                out[doc.doc_id] = ms
                if progress:
                    progress("recognise", i, len(docs))
    else:
        for i, doc in enumerate(docs, 1):
            out[doc.doc_id] = _recognise(doc)
            if progress:
                progress("recognise", i, len(docs))
    return out


def extract(corpus_dir: str | Path, workers: int | None = None,
            progress: Progress | None = None) -> tuple[Extraction, list[Problem], dict[str, float]]:
    """Read a folder of documents and extract entities and relations from it."""
    t = {"start": time.perf_counter()}
    raws, problems = iter_corpus(corpus_dir)
    docs = []
    for i, raw in enumerate(raws, 1):
        docs.append(to_document(raw))
        if progress:
            progress("normalise", i, len(raws))
    t["read"] = time.perf_counter()
    mentions = recognise_all(docs, workers, progress)
    t["recognise"] = time.perf_counter()
    flat = [m for d in docs for m in mentions[d.doc_id]]
    entities, key_of = link(flat, default_lexicon())
    t["link"] = time.perf_counter()
    relations = relate(docs, mentions, entities, key_of)
    t["relate"] = time.perf_counter()
    timings = {k: t[k] - t[prev] for prev, k in zip(list(t), list(t)[1:])}
    return Extraction(docs, entities, relations), problems, timings


def build(corpus_dir: str | Path, out: str | Path | None = None, store_dir: str | Path | None = None,
          workers: int | None = None, progress: Progress | None = None) -> BuildResult:
    """Extract, emit the graph file and load it into the store (swapped in atomically)."""
    ex, problems, timings = extract(corpus_dir, workers, progress)
    t0 = time.perf_counter()
    ontology = Graph().parse(ontology_path(), format="turtle")
    graph = emit.to_graph(ex, ontology)
    timings["emit"] = time.perf_counter() - t0
    result = BuildResult(ex, problems, graph, timings=timings,
                         characters=sum(len(d.text) for d in ex.documents))
    if out:
        t0 = time.perf_counter()
        result.out = emit.write(graph, out)
        timings["write"] = time.perf_counter() - t0
    if store_dir:
        from .store import replace_store
        t0 = time.perf_counter()
        if progress:
            progress("store", 0, 1)
        result.store = replace_store(store_dir, result.out or graph, source=str(corpus_dir))
        timings["store"] = time.perf_counter() - t0
    return result


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
