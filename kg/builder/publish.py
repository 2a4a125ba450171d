"""Steps 4 and 5 of `kg build` (kg.builder.run): each document's graph rendered
(in the workers, or taken from the cache), then written to the graph file and
loaded into the store in file order, the default graph last; a store the last
build of the same cache made is updated in place of a full load."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Iterator

import pyoxigraph as ox

from ..graphs import entity_lines
from ..lifetime import owner_tag
from ..link import Linked
from ..model import Entity
from ..naming import CorpusName, most_homes, name_lines
from .cache import Cache
from .executors import Inline, Warm, eager, stream, where
from .output import Loader, Writer, default_block
from .views import document_view, view_key
from .work import Rendered, render

if TYPE_CHECKING:
    from .run import Built, _Doc

# More changed documents than this share of the corpus (and than INCREMENTAL_FEW):
# the store is loaded anew rather than updated.
INCREMENTAL_SHARE = 0.3
INCREMENTAL_FEW = 32


def publish(docs: list[_Doc], linked: Linked, from_names, cache: Cache, executor, out, store_dir, corpus_dir,
            built: Built, progress, clock, title: str | None = None, warm: Warm | None = None) -> None:
    """Render every document whose view or text changed, write all graphs to ``out`` and load
    them into ``store_dir``; counts go into ``built``."""
    digests: dict[str, bytes] = {}
    todo: list[_Doc] = []
    for d in docs:
        d.rkey = f"{d.key}-{view_key(d.names, linked, from_names.get(d.doc_id, []), digests)}"
        if not cache.has_rendered(d.rkey):
            todo.append(d)
    built.rendered = len(todo)
    run_on = where(executor, len(todo), sum(d.characters for d in todo))
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
