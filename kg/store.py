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
"""
from __future__ import annotations

import json
import os
import shutil
import traceback
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import pyoxigraph

DEFAULT_STORE = "kg-store"
"""Where the store lives when no ``--store DIR`` is given (relative to the cwd)."""

META_FILE = "kg-store.json"
"""The metadata file written inside every store directory."""

# Files RocksDB always keeps in a database directory.
_DB_MARKER = "CURRENT"


class StoreError(Exception):
    """A store that cannot be opened or built; the message is one line, for users."""


@dataclass
class StoreInfo:
    """What ``kg-store.json`` records about a store."""
    path: str                 # the store directory
    triples: int              # quads in the store (all in the default graph)
    built: str                # ISO 8601 time of the build, UTC
    source: str | None        # the corpus (or graph file) the store was built from
    graph: str | None         # the graph file loaded, when loaded from a file
    kg_version: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _kg_version() -> str:
    try:
        import kg
        version = getattr(kg, "__version__", None)
        if version:
            return str(version)
    except ImportError:  # pragma: no cover
        pass
    try:
        from importlib.metadata import version as dist_version
        return dist_version("gongshu-kg")
    except Exception:
        return "unknown"


def _show(path: Path) -> str:
    """A path as the user would type it: ``./kg-store`` for relative paths."""
    text = str(path)
    if not path.is_absolute() and not text.startswith("."):
        text = "./" + text
    return text


def _is_store(path: Path) -> bool:
    return path.is_dir() and ((path / _DB_MARKER).is_file() or (path / META_FILE).is_file())


def _format_for(path: Path) -> pyoxigraph.RdfFormat:
    suffix = path.suffix.lower().lstrip(".")
    fmt = pyoxigraph.RdfFormat.from_extension(suffix) if suffix else None
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format; use a .trig, .nq, .ttl, .nt or .jsonld file")
    return fmt


def _bulk_load(store: pyoxigraph.Store, source: Any) -> None:
    """Load ``source`` (a file path, N-Triples bytes or an rdflib graph) into ``store``.

    Graph files are streamed from disk by Oxigraph's bulk loader; an rdflib
    graph is serialised to N-Triples (N-Quads for a dataset) in memory first.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        store.bulk_load(path=str(path), format=_format_for(path))
        return
    if isinstance(source, bytes):
        # N-Triples (kg.emit.to_ntriples): into the default graph
        store.bulk_load(source, format=pyoxigraph.RdfFormat.N_TRIPLES)
        return
    context_aware = getattr(source, "context_aware", False)
    fmt, oxfmt = ("nquads", pyoxigraph.RdfFormat.N_QUADS) if context_aware \
        else ("nt", pyoxigraph.RdfFormat.N_TRIPLES)
    data = source.serialize(format=fmt, encoding="utf-8")
    store.bulk_load(data, format=oxfmt)


def _release(exc: BaseException | None) -> None:
    """Drop the locals of the frames an exception (and its context) holds, so
    that a Store referenced only from there is closed now."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__context__


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        try:
            path.unlink()
        except OSError:
            pass


def replace_store(store_dir: str | os.PathLike, graph: Any, *,
                  source: str | os.PathLike | None = None,
                  kg_version: str | None = None,
                  before_swap: Callable[[], None] | None = None) -> StoreInfo:
    """Build a store from ``graph`` and swap it in place of ``store_dir``.

    ``graph`` is a graph file (.trig, .nq, .ttl, .nt, .jsonld), N-Triples
    bytes (``kg.emit.to_ntriples``) or an rdflib ``Graph``/``Dataset``.  The store is built in ``<store_dir>.building-<pid>-<random>``;
    only when the load and ``kg-store.json`` are complete is the old store
    renamed to ``<store_dir>.old-<pid>-<random>``, the new one renamed to ``store_dir``
    and the old one deleted.  On any failure before the swap (a parse error,
    a full disk, Ctrl-C) the temporary directory is removed and the previous
    store is left untouched.

    ``source`` is recorded in the metadata (the corpus the graph came from).
    ``before_swap`` is called once the new store is complete and before it
    replaces the old one; if it raises, nothing is replaced (``kg build``
    writes the graph file meanwhile and waits for it there).

        >>> info = replace_store(tmp / "kg-store", graph)        # doctest: +SKIP
        >>> info.triples, Path(info.path).name                    # doctest: +SKIP
        (312, 'kg-store')

    Raises ``StoreError`` (one-line message) when the graph cannot be read or
    when ``store_dir`` exists but is not a store (it is never overwritten then).
    """
    target = Path(store_dir)
    if target.exists() and not _is_store(target) and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(f"{_show(target)} exists and is not a kg store; refusing to replace it "
                         "— remove it or pass --store DIR")
    if isinstance(graph, (str, os.PathLike)) and not Path(graph).is_file():
        raise StoreError(f"no graph file at {graph} — run `kg build` to create it")

    pid = os.getpid()
    tag = f"{pid}-{uuid.uuid4().hex[:8]}"      # unique even for a retry in the same process
    building = target.with_name(f"{target.name}.building-{tag}")
    old = target.with_name(f"{target.name}.old-{tag}")
    _remove(building)
    target.parent.mkdir(parents=True, exist_ok=True)

    store = None
    try:
        store = pyoxigraph.Store(str(building))
        try:
            _bulk_load(store, graph)
        except SyntaxError as e:
            where = f"{graph}: " if isinstance(graph, (str, os.PathLike)) else ""
            reason = " ".join(str(e).split())
            reason = reason if len(reason) <= 200 else reason[:199] + "…"
            raise StoreError(f"{where}cannot load the graph: {reason}") from None
        store.flush()
        triples = len(store)
        store = None          # the last reference: closes the database before it is moved
        info = StoreInfo(
            path=str(target),
            triples=triples,
            built=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            source=str(source) if source is not None else None,
            graph=str(graph) if isinstance(graph, (str, os.PathLike)) else None,
            kg_version=kg_version or _kg_version(),
        )
        (building / META_FILE).write_text(
            json.dumps(info.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if before_swap is not None:
            before_swap()
    except BaseException as e:
        store = None
        _release(e)           # close the half-built database before deleting it
        _remove(building)
        raise

    # The swap: two renames, undone if the second one fails.
    _remove(old)
    moved_old = False
    try:
        if target.exists():
            os.replace(target, old)
            moved_old = True
        os.replace(building, target)
    except BaseException:
        if moved_old and not target.exists():
            os.replace(old, target)
        _remove(building)
        raise
    if moved_old:
        _remove(old)
    return info


def read_info(store_dir: str | os.PathLike) -> StoreInfo:
    """The metadata of the store at ``store_dir`` (from its ``kg-store.json``).

        >>> read_info("kg-store").triples                        # doctest: +SKIP
        48210

    Raises ``StoreError`` when there is no store there.
    """
    path = Path(store_dir)
    if not _is_store(path):
        raise StoreError(_missing_message(path))
    try:
        data = json.loads((path / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{_show(path)} has no readable {META_FILE} — rebuild it with `kg build`") from None
    fields = StoreInfo.__dataclass_fields__
    return StoreInfo(**{k: data.get(k) for k in fields})


def _missing_message(path: Path) -> str:
    if not path.exists():
        return f"no store at {_show(path)} — run `kg build` first, or pass --store DIR"
    return (f"{_show(path)} is not a kg store — run `kg build` to create one there, "
            "or pass --store DIR")


def open_store(store_dir: str | os.PathLike = DEFAULT_STORE, read_only: bool = True) -> pyoxigraph.Store:
    """Open the store at ``store_dir`` (read-only by default).

    Read-only stores can be opened by several processes at once.

        >>> store = open_store("kg-store")                      # doctest: +SKIP
        >>> len(store)                                           # doctest: +SKIP
        48210

    Raises ``StoreError`` with a one-line message saying what to do, e.g.
    ``no store at ./kg-store — run `kg build` first, or pass --store DIR``.
    """
    path = Path(store_dir)
    if not path.is_dir() or not (path / _DB_MARKER).is_file():
        raise StoreError(_missing_message(path))
    try:
        if read_only and hasattr(pyoxigraph.Store, "read_only"):
            return pyoxigraph.Store.read_only(str(path))
        return pyoxigraph.Store(str(path))
    except OSError as e:
        reason = " ".join(str(e).split())
        if "lock" in reason.lower():
            raise StoreError(f"the store at {_show(path)} is in use by another process "
                             f"({reason}) — close it, or open it read-only") from None
        raise StoreError(f"cannot open the store at {_show(path)}: {reason} "
                         "— rebuild it with `kg build`") from None
