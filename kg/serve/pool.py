"""The query worker pool of `kg serve`: why queries run in processes of their own.

pyoxigraph cannot cancel an evaluation from Python, so the only way to stop a
query at the time limit is to kill the process running it.  Each worker is a
process of its own holding the store open read-only; `QueryPool` hands it a
request, waits up to the limit, and kills and replaces a worker that does not
answer in time, so that a runaway query never holds the server.  A worker also
reopens the store when a build has swapped a new one in (`_Current`).

The worker's entry point is ``python -m kg.serve --worker STORE R W``
(`kg/serve/__main__.py`, which calls `run_worker`).
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .protocol import DEFAULT_MAX_ROWS, evaluate

DEFAULT_TIMEOUT = 10.0
"""Seconds a query may run before it is stopped."""


class ServeError(Exception):
    """A server that cannot start; the message is one line, for users."""


# --------------------------------------------------------------------------
# Worker processes: each opens the store read-only and answers queries.

def _worker_main(store_dir: str, conn) -> None:               # runs in a child process
    try:
        store = _Current(store_dir)
    except BaseException as e:                                 # noqa: BLE001 - reported to the parent
        conn.send(("error", " ".join(str(e).split()) or type(e).__name__))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            answer = store.evaluate(request)
        except KeyboardInterrupt:
            return
        except Exception as e:                             # noqa: BLE001
            answer = {"status": 500, "error": f"the query failed: {type(e).__name__}: {e}"}
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Current:
    """The store at ``store_dir`` as it is now: reopened when a build has swapped
    a new one in (kg.store.replace_store renames a new folder into place).

    The store opened before the swap would still answer, from the deleted old
    folder's open files, but with the old graph, and from a file RocksDB had
    not opened yet not at all; a query that fails just after a swap is run
    again on the new store.
    """

    def __init__(self, store_dir: str):
        from ..store import open_store
        self.dir = store_dir
        self.id = self._identity()
        self.store = open_store(store_dir)

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.dir)
        except OSError:
            return None          # between the two renames of a swap
        return st.st_dev, st.st_ino

    def _refresh(self) -> bool:
        """Open the new store if the folder changed; True when it did."""
        from ..store import StoreError, open_store
        now = self._identity()
        if now is None or now == self.id:
            return False
        try:
            self.store = open_store(self.dir)
        except StoreError:
            return False         # not in place yet: the old one answers this time
        self.id = now
        return True

    def evaluate(self, request: dict[str, Any]) -> dict[str, Any]:
        self._refresh()
        try:
            answer = evaluate(self.store, **request)
        except (OSError, RuntimeError):
            if not self._refresh():
                raise
            return evaluate(self.store, **request)
        if answer.get("status") == 500 and self._refresh():
            answer = evaluate(self.store, **request)
        return answer


class _Duplex:
    """Two one-way `multiprocessing.connection.Connection` ends used as one."""

    def __init__(self, read_fd: int, write_fd: int):
        self._r = Connection(read_fd, writable=False)
        self._w = Connection(write_fd, readable=False)

    def send(self, obj: Any) -> None:
        self._w.send(obj)

    def recv(self) -> Any:
        return self._r.recv()

    def poll(self, timeout: float | None = 0.0) -> bool:
        return self._r.poll(timeout)

    def close(self) -> None:
        for c in (self._r, self._w):
            try:
                c.close()
            except OSError:
                pass


class _Worker:
    """``python -m kg.serve --worker STORE R W``: a process of its own (not a
    multiprocessing child, so the parent's ``__main__`` is never re-imported),
    talking over two pipes."""

    def __init__(self, store_dir: str):
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])        # this kg package, installed or not
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kg.serve", "--worker", store_dir, str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                env=env, start_new_session=False)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.conn = _Duplex(from_child_r, to_child_w)

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise ServeError(f"a query worker did not start within {timeout:.0f} s")
        try:
            kind, msg = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise ServeError("a query worker died while opening the store") from None
        if kind != "ready":
            self.kill()
            raise ServeError(msg)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        try:
            self.conn.close()
        except OSError:
            pass


class QueryPool:
    """``workers`` processes answering queries, each stopped after ``timeout`` s.

    `run` hands a request to an idle worker (waiting up to ``timeout`` s for
    one) and waits up to ``timeout`` s for the answer; a worker that does not
    answer in time is killed and replaced.
    """

    def __init__(self, store_dir: str | os.PathLike, workers: int = 2,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                 allow_service: list[str] | tuple[str, ...] = ()):
        self.store_dir = str(store_dir)
        self.allow_service = tuple(allow_service)
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.size = max(1, int(workers))
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._all: set[_Worker] = set()      # idle and busy, to stop them all at the end
        self.stopped = 0            # queries stopped at the time limit
        started = [self._start() for _ in range(self.size)]
        try:
            for w in started:
                w.wait_ready(120)
        except ServeError:
            self.close()
            raise
        for w in started:
            self._idle.put(w)

    def _start(self) -> "_Worker":
        w = _Worker(self.store_dir)
        self._all.add(w)
        return w

    def _kill(self, w: "_Worker") -> None:
        w.kill()
        self._all.discard(w)

    def _replace(self) -> None:
        if self._closed:
            return
        for _attempt in range(3):
            w = self._start()
            try:
                w.wait_ready(120)
            except ServeError as e:
                self._all.discard(w)
                print(f"kg serve: cannot restart a query worker: {e}", file=sys.stderr)
                continue
            if self._closed:
                self._kill(w)
                return
            self._idle.put(w)
            return

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        request = dict(request, max_rows=self.max_rows, allow_service=self.allow_service)
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return {"status": 503, "error": f"the server is busy: all {self.size} query workers are "
                    f"taken and none came free within {self.timeout:g} s; try again shortly"}
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, ValueError) as e:
            self._kill(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            return {"status": 500, "error": f"the query worker died ({type(e).__name__}); "
                                            "it has been replaced — try again"}
        self._kill(worker)
        self.stopped += 1
        threading.Thread(target=self._replace, daemon=True).start()
        return {"status": 503, "timeout": True,
                "error": f"query stopped: it ran past the time limit of {self.timeout:g} s "
                         "(kg serve --timeout). Make it more selective (anchor it on a name, "
                         "add a LIMIT) or ask for a higher limit; the server goes on serving."}

    def close(self) -> None:
        self._closed = True
        for w in list(self._all):
            self._kill(w)


def run_worker(store_dir: str, read_fd: int, write_fd: int) -> None:
    """What a worker process does (``python -m kg.serve --worker STORE R W``, started by
    `_Worker`): answer queries on the store over the two pipes until they close."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the server stops its workers itself
    _worker_main(store_dir, _Duplex(read_fd, write_fd))
