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
5. **Write and load** (this process, while step 4 runs): the TriG blocks go to
   the graph file and the store in the order of the files, the default graph
   (ontology, entities, shared assertions) last.  A store built by the last
   build of the same cache is updated instead: a checkpoint of it, the graphs
   of changed documents replaced, the default graph patched, swapped in whole.

The graph file is the same bytes whichever way it was made (all anew, from
the cache, in one process, with workers or on Dask): the blocks are
functions of their documents and views, and come in file order.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import queue
import shutil
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from ..graphs import entity_lines, graph_iri, header
from ..lifetime import owner_tag, temp_path
from ..link import Linked, link_names
from ..model import Entity, Problem, Relation
from ..naming import CorpusName, most_homes, name_lines
from ..read import ReadError, corpus_files, same_stem, text_name
from ..relate import name_relations
from .cache import Cache, document_key
from .executors import Dask, Inline, Local, Warm, eager, stream
from .version import extractor_version
from .work import WARM_UP, Analysed, Rendered, Source, View, analyse, merge_names, render

Progress = Callable[[str, int, int], None]

# More changed documents than this share of the corpus (and than INCREMENTAL_FEW):
# the store is loaded anew rather than updated.
INCREMENTAL_SHARE = 0.3
INCREMENTAL_FEW = 32
# The store is loaded in pieces of about LOAD_CHUNK bytes of TriG while documents
# render, and of LOAD_CHUNK_LATE once LOAD_LATE_AFTER bytes are in.  Every bulk load
# is one more file per index for RocksDB to compact into what the store holds: while
# the store is small, compaction keeps up and runs once for every two loads, so
# fewer, larger pieces cost less (10 MB corpus, 1.24M quads, bench/bench_load.py:
# 7.6 CPU-s per million quads in 8 MB pieces, 9.3 in 2 MB).  Once it is large,
# compaction lags behind and folds many loads into one, whatever their number, and
# what is left to save is the bulk loader's own sorting and allocating, cheaper per
# quad in smaller batches (100 MB, 12.2M quads: 11.6 in 8 MB pieces, 12.1 in 32 MB,
# 10.7 in 2 MB, 10.5 in 8 then 2 MB; peak RSS of the loading 342 MiB in 8 then 2 MB).
# Compaction grows with the store whatever the pieces (about 2, 4.5, 5.5 CPU-s per
# million quads at 1.2, 3.7, 12.2M quads): it is RocksDB's, and pyoxigraph gives no
# handle on it.
LOAD_CHUNK = 8_000_000
LOAD_CHUNK_LATE = 2_000_000
LOAD_LATE_AFTER = 64_000_000


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
        made = stream(run_on, analyse, _sources(todo))
    again = set(map(id, todo))
    late = []                       # records the cache cannot read back: recognised again
    for d in docs:
        if id(d) not in again:
            a = cache.analysed(d.key)
            if a is None:
                late.append(d)
            else:
                found[d.key] = a
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
    linked = link_names(total, default_lexicon())
    return linked, name_relations(linked.entities, linked.first)


def _entity_digest(e: Entity) -> bytes:
    return hashlib.blake2b(repr((e.key, e.cls, e.name, sorted(e.aliases), sorted(e.extra_classes))).encode(),
                           digest_size=8).digest()


def _view_key(d: _Doc, linked: Linked, from_names: list[Relation], digests: dict[str, bytes]) -> str:
    """The key of what linking decided about ``d``'s names (see `_view`): the
    names in the document's order, their entities and the relations read off names."""
    h = hashlib.blake2b(digest_size=12)
    keys = linked.keys
    for n in d.names:
        k = keys[n]
        digest = digests.get(k)
        if digest is None:
            digest = digests[k] = _entity_digest(linked.entities[k])
        h.update(digest)
    for r in from_names:
        for k in (r.subject, r.object):
            digest = digests.get(k)
            if digest is None:
                digest = digests[k] = _entity_digest(linked.entities[k])
            h.update(digest)
        h.update(repr((r.predicate, r.sentence, r.rule, r.confidence)).encode())
    return h.hexdigest()


def _view(d: _Doc, linked: Linked, from_names: list[Relation]) -> View:
    """What step two needs of linking for ``d``: its names' keys, their entities
    and the ends of the relations read off names that it states."""
    keys = {n: linked.keys[n] for n in d.names}
    wanted = set(keys.values()) | {k for r in from_names for k in (r.subject, r.object)}
    return View(keys, {k: _bare(linked.entities[k]) for k in sorted(wanted)}, from_names)


def _bare(e: Entity) -> Entity:
    return Entity(e.key, e.cls, e.name, set(e.aliases), e.en, [], set(e.extra_classes))


# ---------------------------------------------------------------- 4. and 5. render, write and load

def _render_and_write(docs, linked: Linked, from_names, cache: Cache, executor, out, store_dir, corpus_dir,
                      built: Built, progress, clock, title: str | None = None, warm: Warm | None = None) -> None:
    digests: dict[str, bytes] = {}
    todo: list[_Doc] = []
    for d in docs:
        d.rkey = f"{d.key}-{_view_key(d, linked, from_names.get(d.doc_id, []), digests)}"
        if not cache.has_rendered(d.rkey):
            todo.append(d)
    built.rendered = len(todo)
    run_on = _where(executor, len(todo), sum(d.characters for d in todo))
    tasks = ((cache.blob(d.key), _view(d, linked, from_names.get(d.doc_id, []))) for d in todo)
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
                r = cache.rendered(d.rkey) or render((cache.blob(d.key), _view(d, linked, from_names.get(d.doc_id, []))))
            if progress:
                progress("render", i, len(docs))
            yield d, r

    from ..emit import ontology_lines
    from ..resources import ontology_path
    from ..store import replace_store
    state = cache.state()
    writer = _Writer(out)
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
        loader = _Loader(store, old, same.triples if old is not None else None)
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
            writer.add(_default_block(default))
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


def _default_block(lines: list[bytes]) -> bytes:
    """The default graph, last in the file: its N-Triples lines, sorted (TriG reads
    them as they are, and they cost no serialiser's time when one document changed)."""
    return b"".join(line + b"\n" for line in lines)


class _Writer:
    """The graph file, written beside its place and renamed into it at the end.
    TriG is written as it comes; other formats are converted from it at the end.
    ``out`` may be a function of the corpus's name (`name`, known only once every
    document is rendered): the TriG then goes beside the working folder and
    the file is named at the end."""

    def __init__(self, out):
        from ..emit import check_format
        self.name: CorpusName | None = None
        self.namer = out if callable(out) else None
        self.path = Path(out) if out and not self.namer else None
        self.f = None
        if not out:
            return
        if self.namer:
            self.tmp = self.trig = temp_path(Path("graph.trig").resolve())
        else:
            self.format = check_format(self.path)
            self.tmp = temp_path(self.path)
            self.trig = self.tmp if self.format == ox.RdfFormat.TRIG else self.tmp.with_name(self.tmp.name + ".trig")
        self.f = open(self.trig, "wb")
        self.f.write(header())

    def add(self, block: bytes) -> None:
        if self.f:
            self.f.write(block)

    def finish(self) -> None:
        """Close the file and move it into place (called before the store is swapped in)."""
        if not self.f:
            return
        from ..emit import check_format
        self.f.close()
        self.f = None
        if self.namer:
            self.path = Path(self.namer(self.name or CorpusName.of(None, None)))
            self.format = check_format(self.path)
            if self.format == ox.RdfFormat.TRIG:
                self.tmp = temp_path(self.path)
                shutil.move(self.trig, self.tmp)
                self.trig = self.tmp
            else:
                self.tmp = temp_path(self.path)
        if self.trig != self.tmp:
            from ..emit import PREFIXES
            quads = ox.parse(path=str(self.trig), format=ox.RdfFormat.TRIG)
            if not self.format.supports_datasets:
                quads = (q.triple for q in quads)
            ox.serialize(quads, str(self.tmp), self.format, prefixes=PREFIXES)
            self.trig.unlink()
        self.tmp.replace(self.path)

    def abort(self) -> None:
        if self.f:
            self.f.close()
            self.f = None
        if self.f is None and hasattr(self, "tmp"):
            for p in (self.tmp, self.trig):
                Path(p).unlink(missing_ok=True)


class _Loader:
    """Puts the blocks in the store: all of them, in pieces loaded by a thread
    while documents render (Oxigraph's bulk loader runs outside the GIL); or,
    updating the last build's store (``old``: its documents' render keys),
    only the graphs of the documents that changed, and the default graph's
    difference."""

    def __init__(self, store: ox.Store | None, old: dict[str, str] | None, triples: int | None = None):
        self.store, self.old = store, old
        self.triples = triples          # in the old store (its kg-store.json): an update counts what it changes
        self.loaded: list[str] = []     # the documents whose graphs an update loads
        self.pieces: list[bytes] = []
        self.size = 0
        self.handed = 0             # bytes of TriG handed to the loading thread
        self.gone = set(old or ()) if old is not None else set()
        self.seen: set[str] = set()
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = None

    def add(self, d: _Doc, r: Rendered) -> None:
        if self.store is None:
            return
        if self.old is not None:
            self.seen.add(d.doc_id)
            if self.old.get(d.doc_id) == d.rkey:
                self.gone.discard(d.doc_id)
                return              # the same graph is in the store
            self.loaded.append(d.doc_id)
        self.pieces.append(r.block)
        self.size += len(r.block)
        if self.old is None and self.size >= (LOAD_CHUNK if self.handed < LOAD_LATE_AFTER else LOAD_CHUNK_LATE):
            self._put()

    def _put(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._work, daemon=True)
            self.thread.start()
        self.queue.put(header() + b"".join(self.pieces))
        self.handed += self.size
        self.pieces, self.size = [], 0

    def _work(self) -> None:
        while True:
            data = self.queue.get()
            if data is None:
                return
            if self.error is None:
                try:
                    self.store.bulk_load(data, format=ox.RdfFormat.TRIG)
                except BaseException as e:      # raised by finish()
                    self.error = e

    def finish(self, default: list[bytes], old_default: set[bytes]) -> int | None:
        """Load what is left; an update returns the number of quads in the store
        now (the old number and what changed: counting them all takes longer), else None."""
        if self.store is None:
            return None
        if self.old is None:
            self.pieces.append(_default_block(default))
            self._put()
            self.close()
            if self.error:
                raise self.error
            return None
        store = self.store
        known = isinstance(self.triples, int) and not isinstance(self.triples, bool)
        triples = self.triples if known else 0
        for doc_id in sorted(self.gone):        # documents removed or changed
            g = ox.NamedNode(graph_iri(doc_id))
            triples -= _count(store, g)
            store.remove_graph(g)
        new = set(default)
        stale = b"".join(line + b"\n" for line in sorted(old_default - new))
        for t in ox.parse(stale, format=ox.RdfFormat.N_TRIPLES):
            q = ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
            if q in store:
                triples -= 1
                store.remove(q)
        fresh = b"".join(line + b"\n" for line in sorted(new - old_default))
        triples += sum(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) not in store
                       for t in set(ox.parse(fresh, format=ox.RdfFormat.N_TRIPLES)))
        if self.pieces or fresh:
            store.bulk_load(header() + b"".join(self.pieces) + fresh, format=ox.RdfFormat.TRIG)
        # a document's block holds its own graph's quads only (kg.graphs.trig_block)
        triples += sum(_count(store, ox.NamedNode(graph_iri(doc_id))) for doc_id in set(self.loaded))
        return triples if known else None

    def close(self) -> None:
        if self.thread is not None:
            self.queue.put(None)
            self.thread.join()
            self.thread = None


def _count(store: ox.Store, graph: ox.NamedNode) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


def _same_store(store_dir, state: dict):
    """The store's kg-store.json (kg.store.StoreInfo) when it is the one the
    cache's last build made, else None."""
    from ..store import StoreError, read_info
    try:
        info = read_info(store_dir)
    except StoreError:
        return None
    return info if info.build_id == state.get("build_id") else None
