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
from __future__ import annotations

import json
import os
import shutil
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import pyoxigraph

from .lifetime import owner_gone, owner_tag, parse_tag, process_start

try:
    import fcntl
except ImportError:          # pragma: no cover - Windows: builds are not serialised there
    fcntl = None

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
    triples: int              # quads in the store (a triple is in one graph only: kg/graphs.py)
    built: str                # ISO 8601 time of the build, UTC
    source: str | None        # the corpus (or graph file) the store was built from
    graph: str | None         # the graph file loaded, when loaded from a file
    kg_version: str
    build_id: str | None = None   # this build's own tag: what the build cache last put in the store

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


def _bulk_load(store: pyoxigraph.Store, source: Any) -> int | None:
    """Load ``source`` (a file path, N-Triples bytes, an rdflib graph, or a function
    that fills the store it is given) into ``store``; returns what the function
    returned (the number of quads in the store, when it knows it), else None.

    Graph files are streamed from disk by Oxigraph's bulk loader; an rdflib
    graph is serialised to N-Triples (N-Quads for a dataset) in memory first.
    """
    if callable(source) and not hasattr(source, "serialize"):
        return source(store)
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


# --------------------------------------------------------------------------
# One build at a time per store, and what killed builds left behind

_HELD: dict[tuple[str, int], list[int]] = {}    # (lock file, thread) -> [fd, depth]
_HELD_GUARD = threading.Lock()


def lock_path(store_dir: str | os.PathLike) -> Path:
    """``<store>.lock``, beside the store (the store itself is replaced whole)."""
    target = Path(store_dir)
    return target.with_name(target.name + ".lock")


@contextmanager
def build_lock(store_dir: str | os.PathLike, wait: float | None = None,
               notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the build lock of ``store_dir`` for the ``with`` block.

    Another build holding it is waited for, without limit when ``wait`` is
    None, else up to ``wait`` seconds and then ``StoreError``; ``notify`` is
    told once, in one line, that this build waits.  The lock is re-entrant
    in a thread (``kg build`` holds it around `replace_store`, which takes it
    too).  It is an ``flock`` on ``<store>.lock``, so the kernel drops it when
    its holder dies, however it dies; the file is removed when released.
    """
    path = lock_path(store_dir)
    key = (str(path.absolute()), threading.get_ident())
    with _HELD_GUARD:
        held = _HELD.get(key)
        if held:
            held[1] += 1
    if held or fcntl is None:
        try:
            yield
        finally:
            if held:
                with _HELD_GUARD:
                    held[1] -= 1
        return
    fd = _acquire(path, Path(store_dir), wait, notify)
    with _HELD_GUARD:
        _HELD[key] = [fd, 1]
    try:
        yield
    finally:
        with _HELD_GUARD:
            del _HELD[key]
        _unlock(path, fd)


def _acquire(path: Path, store: Path, wait: float | None,
             notify: Callable[[str], None] | None) -> int:
    deadline = None if wait is None else time.monotonic() + max(0.0, wait)
    told = False
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if deadline is not None and time.monotonic() >= deadline:
                raise StoreError(_busy(store, holder, wait))
            if notify and not told:
                notify(f"another build{holder} is writing {_show(store)}; waiting for it to finish "
                       "(Ctrl-C stops, --wait S gives up after S seconds)")
                told = True
            time.sleep(0.2)
            continue
        # The holder removes the file before it unlocks: a lock taken on a
        # file no longer at ``path`` guards nothing, so try again.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {process_start(os.getpid())}\n".encode())
            return fd
        os.close(fd)


def _busy(store: Path, holder: str, wait: float) -> str:
    if wait <= 0:
        return (f"another build{holder} is writing {_show(store)} — try again when it is done, "
                "or leave out --wait to wait for it")
    return (f"another build{holder} is writing {_show(store)} and did not finish within {wait:g} s "
            "— try again when it is done, or pass a longer --wait S")


def _holder(fd: int) -> str:
    """`` (pid N)`` of the build holding a lock file, as it wrote there; "" if unknown."""
    try:
        pid = os.pread(fd, 64, 0).split()[0].decode()
    except (OSError, IndexError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


def _unlock(path: Path, fd: int) -> None:
    try:
        path.unlink()         # while still locked: no other build holds it yet
    except OSError:
        pass
    os.close(fd)              # closing the descriptor releases the lock


def remove_leftovers(store_dir: str | os.PathLike) -> list[str]:
    """Remove the ``<store>.building-*`` and ``<store>.old-*`` folders of builds
    whose process is gone; returns what was done, e.g. ``["removed s.building-…"]``.

    Run it holding `build_lock`.  Folders of a process still running are left
    alone (a build of an older kg, which took no lock, may be one).  A build
    killed between the two renames of its swap leaves no store but the old
    one moved aside: that one is put back.
    """
    target = Path(store_dir)
    done = []
    try:
        siblings = sorted(target.parent.iterdir())
    except OSError:
        return []
    for p in siblings:
        kind, _, tag = p.name[len(target.name):].partition("-")
        if not p.name.startswith(target.name) or kind not in (".building", ".old") \
                or parse_tag(tag) is None or not owner_gone(tag):
            continue
        if kind == ".old" and not target.exists() and _is_store(p):
            os.replace(p, target)
            done.append(f"put back {target.name} from {p.name}")
        else:
            _remove(p)
            done.append(f"removed {p.name}")
    return done


def replace_store(store_dir: str | os.PathLike, graph: Any, *,
                  source: str | os.PathLike | None = None,
                  kg_version: str | None = None,
                  before_swap: Callable[[], None] | None = None,
                  base: str | os.PathLike | None = None, build_id: str | None = None) -> StoreInfo:
    """Build a store from ``graph`` and swap it in place of ``store_dir``.

    ``graph`` is a graph file (.trig, .nq, .ttl, .nt, .jsonld), N-Triples
    bytes (``kg.emit.to_ntriples``), an rdflib ``Graph``/``Dataset``, or a
    function that fills the store it is given (and may return the number of
    quads in it: counting a large store takes a while).  With ``base``, the new store
    starts as a copy of the store there (a RocksDB checkpoint: its files are
    hard links, made in milliseconds) and ``graph`` changes it: `kg build`
    replaces the graphs of the documents that changed that way.  The store is built in
    ``<store_dir>.building-<tag>`` (``kg.lifetime.owner_tag``: pid, start time, random);
    only when the load and ``kg-store.json`` are complete is the old store
    renamed to ``<store_dir>.old-<tag>``, the new one renamed to ``store_dir``
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
    The swap is done holding `build_lock` (waited for without limit).
    """
    with build_lock(store_dir):
        return _replace(Path(store_dir), graph, source, kg_version, before_swap, base, build_id)


def _replace(target: Path, graph: Any, source: str | os.PathLike | None, kg_version: str | None,
             before_swap: Callable[[], None] | None, base: str | os.PathLike | None = None,
             build_id: str | None = None) -> StoreInfo:
    if target.exists() and not _is_store(target) and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(f"{_show(target)} exists and is not a kg store; refusing to replace it "
                         "— remove it or pass --store DIR")
    if isinstance(graph, (str, os.PathLike)) and not Path(graph).is_file():
        raise StoreError(f"no graph file at {graph} — run `kg build` to create it")

    tag = owner_tag()      # who builds it, so that the next build can tell if it was killed
    building = target.with_name(f"{target.name}.building-{tag}")
    old = target.with_name(f"{target.name}.old-{tag}")
    _remove(building)
    target.parent.mkdir(parents=True, exist_ok=True)

    store = None
    try:
        if base is not None:
            pyoxigraph.Store.read_only(str(base)).backup(str(building))
        store = pyoxigraph.Store(str(building))
        try:
            counted = _bulk_load(store, graph)
        except SyntaxError as e:
            where = f"{graph}: " if isinstance(graph, (str, os.PathLike)) else ""
            reason = " ".join(str(e).split())
            reason = reason if len(reason) <= 200 else reason[:199] + "…"
            raise StoreError(f"{where}cannot load the graph: {reason}") from None
        store.flush()
        # len() scans every quad (0.2 s of a one-document rebuild of 1.2 million)
        triples = counted if isinstance(counted, int) else len(store)
        store = None          # the last reference: closes the database before it is moved
        info = StoreInfo(
            path=str(target),
            triples=triples,
            built=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            source=str(source) if source is not None else None,
            graph=str(graph) if isinstance(graph, (str, os.PathLike)) else None,
            kg_version=kg_version or _kg_version(),
            build_id=build_id,
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
