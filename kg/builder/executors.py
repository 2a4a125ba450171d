"""Where the per-document steps run: in this process, in local worker processes,
or on a Dask distributed cluster — the same functions on the same dataclasses.

`stream(executor, fn, items)` runs ``fn`` on each item and yields the results
in the order of the items, keeping only a few batches in flight, so results
come back while later documents are still being worked on and the memory
of the builder stays flat whatever the size of the corpus.

    >>> list(stream(Inline(), len, ["ab", "c"]))
    [2, 1]
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator


def _batch(fn: Callable, items: list) -> list:
    return [fn(x) for x in items]


class Inline:
    """Runs each batch at once, in this process."""
    workers = 1

    def submit(self, fn: Callable, *args) -> Future:
        f: Future = Future()
        f.set_result(fn(*args))
        return f

    def close(self) -> None:
        pass


def _pool_init(build: tuple[int, int]) -> None:
    """A pool worker's start: it stops when the build (pid, start time) does."""
    from ..lifetime import die_with_parent
    die_with_parent(*build)


class Local:
    """A pool of ``workers`` worker processes on this machine, started on first use
    (each loads the segmenter and the lexicon once, ~0.5 s, when it first recognises,
    unless `preload` had this process load them before the workers were forked)."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._preload: tuple[Callable[[], None], ...] = ()

    def preload(self, fns: tuple[Callable[[], None], ...]) -> None:
        """Run ``fns`` in this process just before the workers are forked, so that
        what they load (segmenter, lexicon, rules, compiled patterns) is loaded
        once and shared, not once per worker (~0.6 CPU-s each).  Where workers are
        not forked, or the pool has started, they load it themselves as before."""
        if self._pool is None and multiprocessing.get_start_method(allow_none=False) == "fork":
            self._preload = tuple(fns)

    def submit(self, fn: Callable, *args) -> Future:
        if self._pool is None:
            from ..lifetime import process_start
            for prepare in self._preload:
                prepare()
            if self._preload:
                # what was loaded is kept by every worker: the cyclic collector of a
                # worker does not walk it again (nor copies the pages it touches)
                gc.freeze()
            me = os.getpid()
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_pool_init,
                                             initargs=((me, process_start(me)),))
            # (a pool forks its workers on its first task)
            future = self._pool.submit(fn, *args)
            if self._preload:
                gc.unfreeze()       # (here the objects are this process's to collect as before)
            return future
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class Warm:
    """One worker process, forked when the build starts, that gets ready to work
    (``warm_up``: loads the segmenter, the lexicon and the rules, and runs a
    small document through both steps, 0.6 s in all; kg.builder.work) while this
    process lists the corpus and reads the cache.  A rebuild after an edit
    gives it the documents that changed, and does not wait for the loading.

    Tasks are run in the order they are submitted; a result is read when it is
    asked for (`_Reply.result`).  The worker stops with the build, however the
    build stops (kg.lifetime.die_with_parent), and is killed by `close`: it
    holds nothing the build needs to keep."""
    workers = 1

    def __init__(self, warm_up: tuple[Callable[[], None], ...] = ()):
        from ..lifetime import process_start
        ctx = multiprocessing.get_context("fork")
        me = os.getpid()
        self.conn, theirs = ctx.Pipe()
        self.proc = ctx.Process(target=_warm_main, args=(theirs, (me, process_start(me)), warm_up),
                                name="kg-build-warm", daemon=True)
        self.proc.start()
        theirs.close()
        self.sent = self.got = 0
        self.replies: dict[int, tuple[bool, object]] = {}
        # tasks go through a thread: a document larger than the pipe's buffer would
        # block this process until the worker is done warming up
        self.outbox: queue.Queue = queue.Queue()
        self.sender = threading.Thread(target=self._send, name="kg-build-warm-send", daemon=True)
        self.sender.start()

    @staticmethod
    def available() -> bool:
        return "fork" in multiprocessing.get_all_start_methods()

    def submit(self, fn: Callable, *args) -> "_Reply":
        self.outbox.put((fn, args))
        self.sent += 1
        return _Reply(self, self.sent - 1)

    def _send(self) -> None:
        while True:
            task = self.outbox.get()
            if task is None:
                return
            try:
                self.conn.send(task)
            except (OSError, ValueError):
                return          # the worker is gone: _result says so

    def _result(self, i: int):
        while i not in self.replies:
            try:
                self.replies[self.got] = self.conn.recv()
            except (EOFError, OSError):
                raise RuntimeError(f"the build's worker process (pid {self.proc.pid}) stopped") from None
            self.got += 1
        ok, value = self.replies.pop(i)
        if not ok:
            raise value
        return value

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join()
            self.proc = None
            self.outbox.put(None)
            self.sender.join()
            self.conn.close()


def eager(warm: Warm, fn: Callable, items: Iterable) -> Iterator:
    """``fn(x)`` for each of ``items``, in order: all sent to ``warm`` now, each
    result read when it is asked for."""
    replies = [warm.submit(fn, x) for x in items]
    return (r.result() for r in replies)


class _Reply:
    def __init__(self, warm: Warm, i: int):
        self.warm, self.i = warm, i

    def result(self):
        return self.warm._result(self.i)


def _warm_main(conn, build: tuple[int, int], warm_up: tuple[Callable[[], None], ...]) -> None:
    """Run each of ``warm_up`` while no task waits, and the tasks as they come."""
    import signal
    from ..lifetime import die_with_parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the build's to handle: it kills this one
    die_with_parent(*build)
    warm_up = list(warm_up)
    while True:
        if warm_up and not conn.poll(0):
            try:
                warm_up.pop(0)()
            except Exception:   # pragma: no cover - the task that needs it will say what is wrong
                pass
            continue
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            reply = (True, fn(*args))
        except BaseException as e:
            reply = (False, e)
        try:
            conn.send(reply)
        except Exception as e:  # a result or an error that does not pickle
            conn.send((False, RuntimeError(f"{type(e).__name__}: {e}")))


class Dask:
    """The workers of a Dask distributed cluster (``tcp://HOST:8786``), or a
    ``distributed.Client`` already made.  The functions and dataclasses travel
    by pickle: the workers need this package installed, at the same version."""

    def __init__(self, scheduler, timeout: float = 20):
        try:
            from distributed import Client
        except ImportError as e:   # pragma: no cover - an install without the extra
            raise ValueError("--scheduler needs Dask distributed: pip install 'gongshu-kg[cluster]'") from e
        if isinstance(scheduler, str):
            try:
                self.client = Client(scheduler, timeout=f"{timeout}s")
            except OSError as e:
                raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
            self._own = True
        else:
            self.client, self._own = scheduler, False
        self.workers = max(1, sum(w.get("nthreads", 1) for w in
                                  self.client.scheduler_info().get("workers", {}).values()))

    def submit(self, fn: Callable, *args):
        # pure=False: the same document may be built twice on purpose
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()


def stream(executor, fn: Callable, items: Iterable, batch: int = 4, ahead: int | None = None) -> Iterator:
    """``fn(x)`` for each of ``items``, in order, computed by ``executor`` in batches
    of ``batch`` items with at most ``ahead`` batches in flight (default: four per worker)."""
    ahead = ahead or 4 * max(1, executor.workers)
    pending: deque = deque()
    items = iter(items)
    done = False
    while True:
        while not done and len(pending) < ahead:
            chunk = [x for _, x in zip(range(batch), items)]
            if not chunk:
                done = True
                break
            pending.append(executor.submit(_batch, fn, chunk))
        if not pending:
            return
        yield from pending.popleft().result()


def _min_chars() -> int:
    """Below this much text one process is faster than starting workers
    (kg.pipeline.PARALLEL_MIN_CHARS: tests lower it)."""
    from .. import pipeline
    return pipeline.PARALLEL_MIN_CHARS


def where(executor, n: int, characters: int):
    """``executor`` for ``n`` documents of so many characters, or this process
    when starting local workers would cost more than it saves (a cluster the
    user named is always used)."""
    if isinstance(executor, Dask):
        return executor if n else Inline()
    return executor if n > 1 and characters >= _min_chars() else Inline()
