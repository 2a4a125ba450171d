"""The extractor's version: what a cached result of a document depends on
besides the document itself.

It is a hash of the code and the data of the package (every ``kg/**/*.py``,
the lexicon, the rules, the ontology) and of the segmenter chosen, so any
change to a pattern, a lexicon row or a line of code makes every document be
extracted again, and nothing else does.

    >>> len(extractor_version())
    16
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=4)
def extractor_version(backend: str | None = None) -> str:
    from ..resources import ontology_path
    from ..segment import _choose
    h = hashlib.blake2b(digest_size=8)
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (p.suffix == ".py" or "data" in p.relative_to(PACKAGE).parts))
    for p in [*files, Path(ontology_path())]:
        h.update(str(p.relative_to(PACKAGE) if p.is_relative_to(PACKAGE) else p.name).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    h.update(_choose(backend or os.environ.get("KG_SEGMENTER") or "auto").encode())
    return h.hexdigest()
