"""The extractor's version: what a cached result of a document depends on
besides the document itself.

It is a hash of the code and the data of the package (every ``kg/**/*.py``,
the lexicon, the rules, the ontology) and of the segmenter chosen, so any
change to a pattern, a lexicon row or a line of code makes every document be
extracted again, and nothing else does.  (A file whose size, modification time
and inode are those of the last build is taken as unchanged: its digest is kept
in the user's cache folder.)

    >>> len(extractor_version())
    16
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from .. import usercache

PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=4)
def extractor_version(backend: str | None = None) -> str:
    from ..resources import ontology_path
    from ..segment import _choose
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (p.suffix == ".py" or "data" in p.relative_to(PACKAGE).parts))
    h = hashlib.blake2b(digest_size=8)
    for name, digest in _digests([*files, Path(ontology_path())]):
        h.update(name.encode())
        h.update(b"\0")
        h.update(digest)
    h.update(_choose(backend or os.environ.get("KG_SEGMENTER") or "auto").encode())
    return h.hexdigest()


def _digests(paths: list[Path]) -> list[tuple[str, bytes]]:
    """(name, content digest) of each file.  Reading and hashing the package took
    0.2 s of a 1.5 s rebuild, so digests are kept in the user's cache folder and a
    file whose size, modification time and inode are unchanged is not read again."""
    index_path = usercache.path("version-index.marshal")
    index = usercache.read(index_path) or {}
    out, fresh = [], {}
    for p in paths:
        name = str(p.relative_to(PACKAGE) if p.is_relative_to(PACKAGE) else p.name)
        st = p.stat()
        stamp = (str(p), st.st_size, st.st_mtime_ns, st.st_ino)
        digest = index.get(stamp) if isinstance(index, dict) else None
        if digest is None:
            digest = hashlib.blake2b(p.read_bytes(), digest_size=16).digest()
        fresh[stamp] = digest
        out.append((name, digest))
    if fresh != index:
        usercache.write(index_path, fresh)      # (a read-only home: digests are computed each time)
    return out
