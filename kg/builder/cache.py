"""The per-document cache of `kg build`: unchanged documents are not extracted again.

A document's key is a hash of its file name, its bytes, its manifest values
and the extractor's version (kg/builder/version.py): step one's result
(`Analysed`: the recognised document and its names) is kept under it.  Step
two's result (`Rendered`: the document's graph) is kept under that key plus
the key of its view: what linking decided about its names across the
corpus, so a document whose text is unchanged is rendered again only when
another document changed what its names mean.

The cache lives beside the store (``kg-store.cache/``).  Every file is written
beside its place and renamed into it, so a killed build leaves whole entries
or none; entries no build uses any more are removed after each build.

    >>> c = Cache(None)            # no folder: nothing is kept
    >>> c.analysed("k") is None
    True
"""
from __future__ import annotations

import hashlib
import marshal
import os
import pickle
from pathlib import Path
from typing import Any

from .version import extractor_version
from .work import Analysed, Rendered

STATE = "state.pickle"


def document_key(doc_id: str, data: bytes, meta: dict[str, str], version: str | None = None) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in (version or extractor_version(), doc_id, repr(sorted(meta.items()))):
        h.update(part.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


class Cache:
    """Results by key, in ``root`` (None: a cache that keeps nothing)."""

    def __init__(self, root: str | os.PathLike | None):
        self.root = Path(root) if root is not None else None
        if self.root is not None:
            for sub in ("analysed", "blobs", "rendered"):
                (self.root / sub).mkdir(parents=True, exist_ok=True)
            for tmp in self.root.rglob("*.tmp"):     # a killed build's (the build lock is held)
                tmp.unlink(missing_ok=True)

    def _path(self, kind: str, key: str) -> str:
        # (records are marshalled: ten times faster to read back than pickled dataclasses;
        # a path is a string: a rebuild asks for thousands, and a Path took three times as long)
        return f"{self.root}{os.sep}{kind}{os.sep}{key}.marshal"

    @staticmethod
    def _read(path: str) -> bytes:
        with open(path, "rb") as f:
            return f.read()

    def _get(self, path: Path) -> Any:
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None

    def _put(self, path: Path, value: Any) -> None:
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    def analysed(self, key: str) -> Analysed | None:
        """Step one's result, without its blob (`blob`: read only to render)."""
        if not self.root:
            return None
        try:
            return Analysed.from_record(marshal.loads(self._read(self._path("analysed", key))))
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def has_analysed(self, key: str) -> bool:
        return bool(self.root) and os.path.isfile(self._path("analysed", key))

    def has_state(self) -> bool:
        return bool(self.root) and (self.root / STATE).is_file()

    def blob(self, key: str) -> bytes:
        return (self.root / "blobs" / f"{key}.zlib").read_bytes()

    def put_analysed(self, a: Analysed) -> None:
        """Keep ``a``; its blob goes to a file of its own and off ``a``."""
        if self.root and a.problem is None:
            blob = self.root / "blobs" / f"{a.key}.zlib"
            tmp = blob.with_name(blob.name + ".tmp")
            tmp.write_bytes(a.blob)
            os.replace(tmp, blob)
            a.blob = b""
            self._put_bytes(self._path("analysed", a.key), marshal.dumps(a.record()))

    def has_rendered(self, key: str) -> bool:
        return bool(self.root) and os.path.isfile(self._path("rendered", key))

    def rendered(self, key: str) -> Rendered | None:
        if not self.root:
            return None
        try:
            return Rendered(*marshal.loads(self._read(self._path("rendered", key))))
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def put_rendered(self, key: str, r: Rendered) -> None:
        if self.root:
            self._put_bytes(self._path("rendered", key),
                            marshal.dumps((r.doc_id, r.block, r.shared, r.relations, r.facts, r.observations,
                                           r.home)))

    def _put_bytes(self, path: str, data: bytes) -> None:
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)

    def state(self) -> dict | None:
        """What the last build put in the store (see kg.builder.store), or None."""
        return self._get(self.root / STATE) if self.root else None

    def put_state(self, state: dict) -> None:
        if self.root:
            self._put(self.root / STATE, state)

    def drop_state(self) -> None:
        if self.root:
            (self.root / STATE).unlink(missing_ok=True)

    def prune(self, analysed: set[str], rendered: set[str]) -> None:
        """Remove the entries of documents that are gone or changed."""
        if not self.root:
            return
        for kind, keep in (("analysed", analysed), ("blobs", analysed), ("rendered", rendered)):
            for p in (self.root / kind).iterdir():
                if p.suffix in (".marshal", ".zlib") and p.stem not in keep:
                    p.unlink(missing_ok=True)
