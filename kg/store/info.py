"""What a store is, where it lives, and opening one: `open_store`, `read_info`,
and the one-line `StoreError` every failure becomes."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

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
    triples: int              # quads in the store (a triple is in one graph only: kg/graphs.py)
    built: str                # ISO 8601 time of the build, UTC
    source: str | None        # the corpus (or graph file) the store was built from
    graph: str | None         # the graph file loaded, when loaded from a file
    kg_version: str
    build_id: str | None = None   # this build's own tag: what the build cache last put in the store

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _show(path: Path) -> str:
    """A path as the user would type it: ``./kg-store`` for relative paths."""
    text = str(path)
    if not path.is_absolute() and not text.startswith("."):
        text = "./" + text
    return text


def _is_store(path: Path) -> bool:
    return path.is_dir() and ((path / _DB_MARKER).is_file() or (path / META_FILE).is_file())


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


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        try:
            path.unlink()
        except OSError:
            pass


