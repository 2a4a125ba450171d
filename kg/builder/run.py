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
5. **Write and load** (this process, while step 4 runs; kg.builder.output): the TriG blocks go to
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
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from ..graphs import entity_lines
from ..lifetime import owner_tag
from ..link import Linked, link_names
from ..model import Entity, Problem, Relation
from ..naming import CorpusName, most_homes, name_lines
from ..read import ReadError, corpus_files, same_stem, text_name
from .cache import Cache, document_key
from .executors import Dask, Inline, Local, Warm, eager, stream
from .output import Loader, Writer, default_block
from .views import document_view, view_key
from .version import extractor_version
from .work import WARM_UP, Analysed, Rendered, Source, analyse, merge_names, render

Progress = Callable[[str, int, int], None]

# More changed documents than this share of the corpus (and than INCREMENTAL_FEW):
# the store is loaded anew rather than updated.
INCREMENTAL_SHARE = 0.3
INCREMENTAL_FEW = 32


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


def _min_chars() -> int:
    """Below this much text one process is faster than starting workers
    (kg.pipeline.PARALLEL_MIN_CHARS: tests lower it)."""
    from .. import pipeline
    return pipeline.PARALLEL_MIN_CHARS


def _where(executor, n: int, characters: int):
    """``executor`` for ``n`` documents of so many characters, or this process
    when starting local workers would cost more than it saves (a cluster the
    user named is always used)."""
    if isinstance(executor, Dask):
        return executor if n else Inline()
    return executor if n > 1 and characters >= _min_chars() else Inline()


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
        _render_and_write(docs, linked, views, cache, executor, out, store_dir, corpus_dir, built, progress, clock,
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
    run_on = _where(executor, len(todo), size) if parallel else Inline()
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
        made = itertools.chain(made, stream(_where(executor, len(late), size) if parallel else Inline(),
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


# ---------------------------------------------------------------- 4. and 5. render, write and load

def _render_and_write(docs, linked: Linked, from_names, cache: Cache, executor, out, store_dir, corpus_dir,
                      built: Built, progress, clock, title: str | None = None, warm: Warm | None = None) -> None:
    digests: dict[str, bytes] = {}
    todo: list[_Doc] = []
    for d in docs:
        d.rkey = f"{d.key}-{view_key(d.names, linked, from_names.get(d.doc_id, []), digests)}"
        if not cache.has_rendered(d.rkey):
            todo.append(d)
    built.rendered = len(todo)
    run_on = _where(executor, len(todo), sum(d.characters for d in todo))
    bare: dict[str, Entity] = {}

    def view(d: _Doc):
        return document_view(d.names, linked, from_names.get(d.doc_id, []), bare)

    tasks = ((cache.blob(d.key), view(d)) for d in todo)
    if warm is not None and warm.proc is not None and todo and isinstance(run_on, Inline):
        made = eager(warm, render, tasks)   # rendered there while the cached graphs are written here
    else:
        made = stream(run_on, render, tasks)
    again = {d.rkey for d in todo}

    def rendered() -> Iterator[tuple[_Doc, Rendered]]:
        """Every document's graph in file order, from the workers or the cache
        (read one at a time: the graph of a large corpus is not held here)."""
        for i, d in enumerate(docs, 1):
            if d.rkey in again:
                r = next(made)
                cache.put_rendered(d.rkey, r)
            else:
                r = cache.rendered(d.rkey) or render((cache.blob(d.key), view(d)))
            if progress:
                progress("render", i, len(docs))
            yield d, r

    from ..emit import ontology_lines
    from ..resources import ontology_path
    from ..store import replace_store
    state = cache.state()
    writer = Writer(out)
    build_id = owner_tag()
    same = _same_store(store_dir, state) if state and store_dir else None
    old = state["docs"] if same is not None else None
    if old is not None:
        moved = {doc_id for doc_id, _ in set(old.items()) ^ {(d.doc_id, d.rkey) for d in docs}}
        if len(moved) > max(INCREMENTAL_SHARE * len(docs), INCREMENTAL_FEW):
            old = None                      # so much changed that loading anew is faster
    default: list[bytes] = []         # the default graph's lines, sorted

    def emit_all(store: ox.Store | None) -> int | None:
        """Write every block to the file, and load (or replace) it in ``store``;
        returns the number of quads in ``store`` when an update counted them."""
        loader = Loader(store, old, same.triples if old is not None else None)
        shared: set[bytes] = set()
        relations: set[str] = set()
        homes: Counter[str] = Counter()
        try:
            for d, r in rendered():
                shared.update(r.shared.splitlines())
                relations.update(r.relations)
                built.facts += r.facts
                built.observations += r.observations
                if r.home:
                    homes[r.home] += 1
                writer.add(r.block)
                loader.add(d, r)
            clock("render")
            built.relations = len(relations)
            del relations
            writer.name = _corpus_name(docs, homes, linked, title)
            shared.update(line.encode("utf-8") for line in
                          (*ontology_lines(ontology_path()), *entity_lines(linked.entities),
                           *(name_lines(writer.name) if docs else ())))
            default[:] = sorted(shared)
            del shared
            writer.add(default_block(default))
            return loader.finish(default, set(state["default"]) if old is not None else set())
        finally:
            loader.close()

    try:
        if store_dir:
            built.store = replace_store(store_dir, emit_all, source=str(corpus_dir), before_swap=writer.finish,
                                        base=store_dir if old is not None else None, build_id=build_id)
        else:
            emit_all(None)
            writer.finish()
    except BaseException:
        writer.abort()
        raise
    built.incremental = old is not None
    built.out = writer.path
    if store_dir:
        cache.put_state({"build_id": build_id, "docs": {d.doc_id: d.rkey for d in docs}, "default": default})
    else:
        cache.drop_state()


def _corpus_name(docs: list[_Doc], homes: Counter, linked: Linked, title: str | None) -> CorpusName:
    """What the corpus is called (kg.naming.corpus_name, from the documents' homes)."""
    if title:
        return CorpusName.titled(title)
    collection = next((d.meta["collection"] for d in docs if d.meta.get("collection")), None)
    if collection:
        return CorpusName.titled(collection)
    home = most_homes(homes, len(docs))
    if home is None:
        return CorpusName.of(None, None)
    e = linked.entities[home]
    return CorpusName.of(e.name, e.en)


def _same_store(store_dir, state: dict):
    """The store's kg-store.json (kg.store.StoreInfo) when it is the one the
    cache's last build made, else None."""
    from ..store import StoreError, read_info
    try:
        info = read_info(store_dir)
    except StoreError:
        return None
    return info if info.build_id == state.get("build_id") else None
