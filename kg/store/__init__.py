"""The embedded, persistent triple store behind `kg query`, `kg stats`, `kg viz`.

A store is a directory holding an Oxigraph (RocksDB) database plus a small
``kg-store.json`` describing the build.  It is only ever replaced whole:

    >>> from kg.store import replace_store, open_store
    >>> info = replace_store("kg-store", "gongshu-kg.trig")     # doctest: +SKIP
    >>> info.triples                                             # doctest: +SKIP
    48210
    >>> store = open_store("kg-store")                           # doctest: +SKIP

`replace_store` loads into a fresh directory beside the target and swaps it
into place only once the load has finished, so an interrupted or failed build
leaves the previous store exactly as it was, and readers never see a
half-loaded graph.

One build at a time writes a store: `build_lock` holds ``<store>.lock``
beside it (a second build waits, or gives up after ``wait`` seconds).  A
build killed outright leaves its ``<store>.building-TAG`` folder behind;
`remove_leftovers`, run by the next build under the lock, removes those
whose process is gone (kg.lifetime), never those of a build still running.
"""
from .info import DEFAULT_STORE, META_FILE, StoreError, StoreInfo, open_store, read_info
from .load import replace_store
from .lock import build_lock, lock_path, remove_leftovers

__all__ = ["DEFAULT_STORE", "META_FILE", "StoreError", "StoreInfo", "build_lock", "lock_path", "open_store",
           "read_info", "remove_leftovers", "replace_store"]
