"""One build at a time per store (`build_lock`), and what killed builds left
behind (`remove_leftovers`)."""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..lifetime import owner_gone, parse_tag, process_start
from .info import StoreError, _is_store, _remove, _show

try:
    import fcntl
except ImportError:          # pragma: no cover - Windows: builds are not serialised there
    fcntl = None

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


