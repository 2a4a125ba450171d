"""Small values kept between runs in the user's cache folder
(``$XDG_CACHE_HOME/gongshu-kg``, else ``~/.cache/gongshu-kg``): what a
one-document rebuild would otherwise recompute (the segmenter's weights, the
extractor's file digests).  A value that cannot be read back is None, a folder
that cannot be written is skipped: these are caches, never needed.

Values keyed by what they were computed from (a dictionary's size and time, a
lexicon's words) make a new file each time the key changes: `write` with a
``family`` keeps only the ``keep`` files of that family used last, so that
editing the lexicon a hundred times leaves a few files, not a hundred.

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
    """The value marshalled at ``p``, or None (missing, truncated, not marshal).
    A value read is marked used (its file's time), which `write` keeps by."""
    try:
        value = marshal.loads(p.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    try:
        os.utime(p)
    except OSError:
        pass
    return value


# How many files of one family `write` keeps: one per checkout or install in use
# at the same time is the need (a dictionary's key differs between virtualenvs).
KEEP = 4


def write(p: Path, value, family: str | None = None, keep: int = KEEP) -> None:
    """Marshal ``value`` to ``p`` through a temporary file renamed into place, so a
    reader never sees half a value; a read-only home is no error.  With a
    ``family`` (a file-name prefix such as ``"jieba-dict-"``), the family's
    files beyond the ``keep`` used last are removed."""
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f"{p.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, p)
    except OSError:
        return
    if family:
        prune(p.parent, family, keep)


def prune(where: Path, family: str, keep: int = KEEP) -> list[Path]:
    """Remove the files named ``family*.marshal`` in ``where`` beyond the ``keep``
    used last; return those removed.  Another process removing one first is no error."""
    def used(q: Path) -> float:
        try:
            return q.stat().st_mtime
        except OSError:
            return 0.0
    files = sorted(where.glob(f"{family}*.marshal"), key=used, reverse=True)
    removed = []
    for q in files[keep:]:
        try:
            q.unlink()
            removed.append(q)
        except OSError:
            pass
    return removed
