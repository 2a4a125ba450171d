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

import os
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
    (each loads the segmenter and the lexicon once, ~0.5 s, when it first recognises)."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable, *args) -> Future:
        if self._pool is None:
            from ..lifetime import process_start
            me = os.getpid()
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_pool_init,
                                             initargs=((me, process_start(me)),))
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


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
