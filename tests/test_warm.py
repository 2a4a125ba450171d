"""The warm worker of a rebuild (kg.builder.executors.Warm): it gets ready while
the build reads its cache, runs what it is given in order, and goes with the build."""
from __future__ import annotations

import os
import time

import pytest

from kg.builder.executors import Warm, eager

pytestmark = pytest.mark.skipif(not Warm.available(), reason="the warm worker is forked")

_READY = []


def _slow_warm_up():
    time.sleep(0.3)
    _READY.append(os.getpid())


def _pid_ready(_=None):
    return os.getpid(), list(_READY)


def _fail(x):
    raise ValueError(f"no {x}")


def test_results_come_in_order_from_another_process_after_its_warm_up():
    w = Warm((_slow_warm_up,))
    try:
        t0 = time.perf_counter()
        big = "字" * 1_000_000      # larger than a pipe's buffer: submitting does not wait for the worker
        replies = [w.submit(len, big), w.submit(_pid_ready), w.submit(str.upper, "ab")]
        assert time.perf_counter() - t0 < 0.25
        assert replies[2].result() == "AB" and replies[0].result() == 1_000_000
        pid, ready = replies[1].result()
        assert pid == w.proc.pid != os.getpid()
        assert ready in ([], [pid])     # warmed up before its first task, unless the task came first
        assert list(eager(w, abs, [-1, -2, 3])) == [1, 2, 3]
    finally:
        w.close()


def test_an_error_is_raised_where_the_result_is_asked_for_and_close_stops_it():
    w = Warm()
    reply = w.submit(_fail, "way")
    assert w.submit(abs, -4).result() == 4
    with pytest.raises(ValueError, match="no way"):
        reply.result()
    proc = w.proc
    w.close()
    w.close()                       # twice: nothing more to do
    assert not proc.is_alive()


def test_a_worker_gone_is_said():
    w = Warm()
    try:
        w.proc.kill()
        w.proc.join()
        with pytest.raises(RuntimeError, match="stopped"):
            w.submit(abs, -1).result()
    finally:
        w.close()


_PRELOADED = []


def _preload():
    _PRELOADED.append(os.getpid())


def _preloaded(_=None):
    return os.getpid(), list(_PRELOADED)


def test_a_local_pool_forks_its_workers_after_what_this_process_preloaded():
    import gc
    from kg.builder.executors import Local, stream
    pool = Local(2)
    pool.preload((_preload,))
    try:
        got = list(stream(pool, _preloaded, range(8), batch=1))
    finally:
        pool.close()
    me = os.getpid()
    # loaded once, here, and every worker has it without loading it again
    assert _PRELOADED == [me]
    assert all(pid != me and seen == [me] for pid, seen in got)
    assert gc.get_freeze_count() == 0          # this process's objects are collected as before
    _PRELOADED.clear()
