"""Which process made a temporary file or folder, and whether it is gone.

While it runs, a build keeps temporary things beside its outputs: the store
being loaded (``STORE.building-TAG``), the previous store during the swap
(``STORE.old-TAG``), a graph or page being written (``FILE.TAG.tmp``).  TAG
names the process that made them, ``<pid>-<start>-<random>``; <start> is the
process's start time (Linux: clock ticks since boot, from /proc; 0 where it
cannot be read) so that a later process given the same pid is not taken for
the builder.  A build killed with ``kill -9`` cannot clean up after itself;
the next one tells its leftovers from those of a build still running by the
TAG alone.

    >>> tag = owner_tag()
    >>> owner_gone(tag), owner_gone("999999999-1-ab")
    (False, True)

Worker processes of a build call `die_with_parent`, so that they stop when
the build does, even when it is killed outright.
"""
from __future__ import annotations

import os
import re
import signal
import sys
import threading
import time
import uuid
from pathlib import Path

_PROC = Path("/proc")
_HAS_PROC = (_PROC / "self" / "stat").is_file()
# <pid>-<start>-<random>; also <pid>-<random> as builds before the start time named things
_TAG = re.compile(r"(\d+)-(?:(\d+)-)?([0-9a-f]+)")
PR_SET_PDEATHSIG = 1          # linux/prctl.h
WATCH_SECONDS = 0.5           # how often a worker checks that its build is still there


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, start time) of a process from /proc, None when there is no such process."""
    try:
        text = (_PROC / str(pid) / "stat").read_text()
    except (OSError, ValueError):
        return None
    # the command name (field 2) may hold spaces and parentheses: split after the last ')'
    fields = text.rsplit(")", 1)[1].split()
    return fields[0], int(fields[19])


def process_start(pid: int) -> int:
    """The start time of process ``pid`` (clock ticks since boot), 0 when unknown."""
    if not _HAS_PROC:
        return 0
    stat = _stat(pid)
    return stat[1] if stat else 0


def owner_tag() -> str:
    """``<pid>-<start>-<random>`` for this process: unique even for a retry in it."""
    pid = os.getpid()
    return f"{pid}-{process_start(pid)}-{uuid.uuid4().hex[:8]}"


def parse_tag(tag: str) -> tuple[int, int] | None:
    """(pid, start) of a tag (start 0: not recorded), None for anything else."""
    m = _TAG.fullmatch(tag)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0)


def is_gone(pid: int, start: int = 0) -> bool:
    """True when process ``pid`` (started at ``start``, if known) no longer runs.

    A zombie is gone: it runs no code and holds no file, it only waits to be
    reaped.  A different start time means the pid was given to a new process.
    """
    if pid <= 0:
        return True
    if _HAS_PROC:
        stat = _stat(pid)
        if stat is None or stat[0] in ("Z", "X"):
            return True
        return bool(start) and stat[1] != start
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:       # someone else's process: it exists
        return False
    return False


def owner_gone(tag: str) -> bool:
    """True when the process a tag names is gone; False for a tag not ours to judge."""
    owner = parse_tag(tag)
    return owner is not None and is_gone(*owner)


def temp_path(path: str | os.PathLike) -> Path:
    """Where to write ``path`` before renaming it into place: ``<path>.<tag>.tmp``."""
    path = Path(path)
    return path.with_name(f"{path.name}.{owner_tag()}.tmp")


def stale_temps(path: str | os.PathLike) -> list[Path]:
    """The temporary files of ``path`` (`temp_path`) left by processes that are gone."""
    path = Path(path)
    prefix, found = path.name + ".", []
    try:
        siblings = sorted(path.parent.iterdir())
    except OSError:
        return []
    for p in siblings:
        name = p.name
        if name.startswith(prefix) and name.endswith(".tmp") and not p.is_dir() \
                and owner_gone(name[len(prefix):-len(".tmp")]):
            found.append(p)
    return found


def die_with_parent(pid: int, start: int = 0) -> None:
    """Make this process exit when process ``pid`` (its build) is gone.

    A build killed with ``kill -9`` cannot stop its workers, and a forked
    worker never sees the task pipe close (it holds a copy of the write end
    itself), so each worker sees to it: on Linux the kernel sends SIGKILL
    when the parent dies (prctl PR_SET_PDEATHSIG); everywhere, a thread
    checks every half second that the build is still there.
    """
    if sys.platform.startswith("linux") and os.getppid() == pid:
        try:
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass            # the watching thread below still does it
    if is_gone(pid, start):        # died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(pid, start), name="kg-watch-build", daemon=True).start()


def _watch(pid: int, start: int) -> None:
    while not is_gone(pid, start):
        time.sleep(WATCH_SECONDS)
    os._exit(1)
