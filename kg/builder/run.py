"""`kg build`: the corpus in, the graph file and the store out, streaming.

1. **List and key** (this process): every file is read once and hashed with
   its name, manifest values and the extractor's version (kg.builder.cache).
2. **Analyse** (workers): documents not in the cache are read, normalised and
   recognised; each comes back as a compressed blob and its names summed up
   (kg.link.uses), and goes into the cache.
3. **Link** (this process): the names of the whole corpus, blocked on shared
   keys (kg.link); then the relations read off names (kg.relate.name_relations).
4. **Render** (workers): each document whose view (what linking decided about
   its names) or text changed gets its relations, facts and named graph;
   the others come from the cache.
5. **Write and load** (this process, while step 4 runs; kg.builder.publish, kg.builder.output): the TriG blocks go to
   the graph file and the store in the order of the files, the default graph
   (ontology, entities, shared assertions) last.  A store built by the last
   build of the same cache is updated instead: a checkpoint of it, the graphs
   of changed documents replaced, the default graph patched, swapped in whole.

The graph file is the same bytes whichever way it was made (all anew, from
the cache, in one process, with workers or on Dask): the blocks are
functions of their documents and views, and come in file order.
"""
from __future__ import annotations

import gc
import itertools
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..link import Linked, link_names
from ..model import Problem, Relation
from ..read import ReadError, corpus_files, same_stem, text_name
from .cache import Cache, document_key
from .executors import Dask, Inline, Local, Warm, eager, stream, where
from .publish import publish
from .version import extractor_version
from .work import WARM_UP, Analysed, Source, analyse, merge_names

Progress = Callable[[str, int, int], None]

@dataclass
class Built:
    """What a streaming build made, in counts (the extraction itself is not kept)."""
    documents: int = 0
    entities: int = 0
    relations: int = 0            # distinct statements (one stated in three sentences counts once)
    facts: int = 0
    observations: int = 0
    characters: int = 0
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    analysed: int = 0             # documents recognised by this build (the others came from the cache)
    rendered: int = 0             # documents whose graph this build made
    store: object | None = None   # kg.store.StoreInfo
    out: Path | None = None
    incremental: bool = False     # the store was updated, not loaded anew


@dataclass
class _Doc:
    doc_id: str
    path: Path
    meta: dict[str, str]
    key: str
    position: int
    names: list[tuple[str, str]] = field(default_factory=list)
    characters: int = 0
    rkey: str = ""


def executor_for(workers: int | None, scheduler=None):
    if scheduler is not None:
        return Dask(scheduler)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return Local(workers) if workers > 1 else Inline()


def run(corpus_dir: str | os.PathLike, out: str | os.PathLike | None, store_dir: str | os.PathLike | None,
        workers: int | None = None, progress: Progress | None = None, scheduler=None,
        cache_dir: str | os.PathLike | None = None, title: str | None = None) -> Built:
    """Build ``corpus_dir`` into the graph file ``out`` and the store ``store_dir``,
    keeping per-document results in ``cache_dir`` (None: a temporary folder).
    ``out`` may be a function of the corpus's name (kg.naming.CorpusName), which
    ``title`` gives, else the manifest or the documents (kg/naming.py)."""
    built = Built()
    clock = _Clock(built.timings)
    tmp = None
    if cache_dir is None:
        tmp = tempfile.mkdtemp(prefix="kg-build-cache-")
        cache_dir = tmp
    executor = executor_for(workers, scheduler)
    warm = None
    frozen = gc.get_freeze_count()      # (a caller's frozen objects stay frozen)
    try:
        cache = Cache(cache_dir)
        warm = _warm(executor, cache if tmp is None else None)
        docs = _list(corpus_dir, built)
        clock("read")
        docs, total = _analyse(docs, cache, executor, workers is None or workers > 1 or scheduler is not None,
                               built, progress, warm)
        clock("recognise")
        linked, views = _link(total)
        del total
        built.entities = len(linked.entities)
        clock("link")
        publish(docs, linked, views, cache, executor, out, store_dir, corpus_dir, built, progress, clock,
                          title, warm)
        cache.prune({d.key for d in docs}, {d.rkey for d in docs})
        clock("finish")
    finally:
        if warm is not None:
            warm.close()
        executor.close()
        if not frozen:
            gc.unfreeze()       # what `_collector_held` froze: collected as before
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return built


def _warm(executor, cache: Cache | None) -> Warm | None:
    """A warm worker (kg.builder.executors.Warm) when this build will likely
    extract few documents, i.e. the cache holds a build before it; the local
    workers do the work of a larger one (the warm worker is then stopped)."""
    if isinstance(executor, Local) and cache is not None and cache.has_state() and Warm.available():
        return Warm(WARM_UP)
    return None


@contextmanager
def _collector_held() -> Iterator[None]:
    """The cyclic garbage collector held off: reading the cache's records of a
    corpus and summing their names makes hundreds of thousands of tuples, lists
    and sets that live until linking ends, and no reference cycles; the
    collections their allocation set off walk them again and again, and find
    nothing (0.3 of a one-document rebuild's 1.5 CPU-s at 10 MB).  Reference
    counting frees them all the same.  They are frozen then (gc.freeze), so that
    the first collection after does not walk them all once more."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()     # what was made lives on: later collections need not walk it (`run` thaws it)
        if enabled:
            gc.enable()


class _Clock:
    def __init__(self, timings: dict[str, float]):
        self.timings, self.t = timings, time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.t
        self.t = now


# ---------------------------------------------------------------- 1. list and key

def _list(corpus_dir, built: Built) -> list[_Doc]:
    files, problems = corpus_files(corpus_dir)
    built.problems += problems
    version = extractor_version()
    docs = []
    for position, (path, meta) in enumerate(files):
        doc_id = text_name(path.name)
        try:
            data = path.read_bytes()
        except OSError as e:
            built.problems.append(ReadError(path, f"cannot read file ({e.strerror or e}), skipped"
                                                  " — check that it exists and is readable").problem())
            continue
        docs.append(_Doc(doc_id, path, meta, document_key(doc_id, data, meta, version), position))
    return docs


# ---------------------------------------------------------------- 2. analyse

def _sources(todo: list[_Doc]) -> Iterator[Source]:
    for d in todo:
        try:
            data = d.path.read_bytes()
        except OSError:
            data = b""          # gone since it was listed: read_document says so
        yield Source(d.doc_id, str(d.path), data, d.meta, d.key, d.position)


def _analyse(docs: list[_Doc], cache: Cache, executor, parallel: bool, built: Built,
             progress: Progress | None, warm: Warm | None = None) -> tuple[list[_Doc], dict]:
    """Recognise the documents the cache does not hold; returns the documents
    that were read (in file order), each with its names and length, and the
    names of them all, summed up (kg.link.merge_uses)."""
    found: dict[str, Analysed] = {}
    todo = [d for d in docs if not cache.has_analysed(d.key)]
    # about three bytes a character
    size = sum(d.path.stat().st_size for d in todo) // 3 if todo else 0
    run_on = where(executor, len(todo), size) if parallel else Inline()
    if warm is not None and todo and isinstance(run_on, Inline):
        made = eager(warm, analyse, _sources(todo))     # recognised there while the cache is read here
    else:
        if warm is not None and todo:
            warm.close()            # the workers have more to do: its processor is theirs
        if isinstance(run_on, Local):
            run_on.preload(WARM_UP)     # loaded here once, not in every worker
        made = stream(run_on, analyse, _sources(todo))
    again = set(map(id, todo))
    late = []                       # records the cache cannot read back: recognised again
    with _collector_held():
        for d in docs:
            if id(d) not in again:
                a = cache.analysed(d.key)
                if a is None:
                    late.append(d)
                else:
                    found[d.key] = a
    if warm is not None and todo and isinstance(run_on, Inline):
        _link_ready()
    if late:
        size = sum(d.path.stat().st_size for d in late) // 3
        made = itertools.chain(made, stream(where(executor, len(late), size) if parallel else Inline(),
                                            analyse, _sources(late)))
        todo = todo + late
    for i, a in enumerate(made, 1):
        cache.put_analysed(a)
        a.blob = b""            # in the cache now: not held here
        a.names()               # its names as plain tuples, and not the objects they came from:
        a.uses = {}             # held for every document until linking, they were most of the memory
        found[a.key] = a
        if progress:
            progress("recognise", i, len(todo))
    built.analysed = len(todo)
    kept, stems, total = [], {}, {}
    with _collector_held():
        for d in docs:
            a = found.pop(d.key)
            problem = a.problem or same_stem(d.path, stems, d.doc_id)
            if problem:
                built.problems.append(problem)
                continue
            names = a.names()
            d.names = [(c, n) for c, n, *_ in names]
            d.characters = a.characters
            merge_names(total, names, d.position)
            kept.append(d)
    built.documents = len(kept)
    built.characters = sum(d.characters for d in kept)
    return kept, total


# ---------------------------------------------------------------- 3. link

def _link(total: dict) -> tuple[Linked, dict[str, list[Relation]]]:
    from ..lexicon import default_lexicon
    from ..relate import name_relations
    with _collector_held():         # (as for reading the cache: long-lived objects, no cycles)
        linked = link_names(total, default_lexicon())
        return linked, name_relations(linked.entities, linked.first)


def _link_ready() -> None:
    """Load what linking needs (kg.relate and what it imports, 0.1 s; the lexicon
    and the rules): called while the warm worker recognises the documents that
    changed, this process would otherwise wait idle for it, then load them.
    (Not imported with this module: the warm worker is forked sooner without
    them, and recognises sooner.)"""
    from ..lexicon import default_lexicon
    from ..relate import name_relations  # noqa: F401
    from ..rules import load_rules
    default_lexicon()
    load_rules()
