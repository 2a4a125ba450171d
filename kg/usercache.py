"""Small values kept between runs in the user's cache folder
(``$XDG_CACHE_HOME/gongshu-kg``, else ``~/.cache/gongshu-kg``): what a
one-document rebuild would otherwise recompute (the segmenter's weights, the
extractor's file digests).  A value that cannot be read back is None, a folder
that cannot be written is skipped: these are caches, never needed.

>>> import tempfile
>>> where = Path(tempfile.mkdtemp()) / "example.marshal"      # (path("example.marshal") in use)
>>> write(where, {"a": 1})
>>> read(where)
{'a': 1}
>>> read(where.with_name("missing.marshal")) is None
True
"""
from __future__ import annotations

import marshal
import os
from pathlib import Path


def folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gongshu-kg"


def path(name: str) -> Path:
    return folder() / name


def read(p: Path):
    """The value marshalled at ``p``, or None (missing, truncated, not marshal)."""
    try:
        return marshal.loads(p.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(p: Path, value) -> None:
    """Marshal ``value`` to ``p`` through a temporary file renamed into place, so a
    reader never sees half a value; a read-only home is no error."""
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f"{p.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, p)
    except OSError:
        pass
