"""The two outputs of a streaming build (kg.builder.run): the graph file,
written block by block and moved into place at the end, and the store, loaded
in pieces by a thread while documents render, or updated graph by graph when
few documents changed."""
from __future__ import annotations

import queue
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox

from ..graphs import graph_iri, header
from ..lifetime import temp_path
from ..naming import CorpusName
from .work import Rendered

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


def default_block(lines: list[bytes]) -> bytes:
    """The default graph, last in the file: its N-Triples lines, sorted (TriG reads
    them as they are, and they cost no serialiser's time when one document changed)."""
    return b"\n".join([*lines, b""]) if lines else b""


class Writer:
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


class Loader:
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

    def add(self, d, r: Rendered) -> None:
        """Take document ``d``'s (a kg.builder.run._Doc: doc_id, rkey) rendered block."""
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
            self.pieces.append(default_block(default))
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
            triples -= count_quads(store, g)
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
        triples += sum(count_quads(store, ox.NamedNode(graph_iri(doc_id))) for doc_id in set(self.loaded))
        return triples if known else None

    def close(self) -> None:
        if self.thread is not None:
            self.queue.put(None)
            self.thread.join()
            self.thread = None


def count_quads(store: ox.Store, graph: ox.NamedNode) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
