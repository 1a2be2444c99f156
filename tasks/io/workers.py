"""A process pool for CPU-bound cleaning and extraction, created once per process."""
from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.util
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")
_pools: dict[int, ProcessPoolExecutor] = {}
# Spawning a worker costs about a second (it imports trafilatura and the extractor); a batch
# this small is done sooner in-process.
MIN_ITEMS_FOR_POOL = 24
# The flow processes one batch while it loads the previous one, so two threads can land here at
# once. trafilatura parses with module-level lxml parsers that are not safe to share between
# threads (two concurrent in-process batches crashed with "double free or corruption"), so
# in-process work runs one batch at a time; with one worker there is no parallelism to lose.
_IN_PROCESS = threading.Lock()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def map_in_processes(fn: Callable[[T], R], items: Iterable[T], workers: int,
                     on_crash: Callable[[T], R] | None = None) -> list[R]:
    """fn over items on `workers` processes (in-process when 1), results in input order.

    Workers are spawned, not forked: the parent runs Prefect's threads and event loop, and
    forking a threaded process can deadlock the child. When a worker dies (a crash in native
    code, the OOM killer), the items are retried in halves on fresh pools until the culprit is
    alone; it gets `on_crash(item)` and every other item its real result.
    """
    items = list(items)
    if workers <= 1 or (len(items) < MIN_ITEMS_FOR_POOL and workers not in _pools):
        with _IN_PROCESS:
            return [fn(item) for item in items]
    try:
        return list(_pool(workers).map(fn, items, chunksize=max(1, len(items) // (workers * 4))))
    except BrokenProcessPool:
        _discard(workers)
        if on_crash is None:
            raise
        return _isolate(fn, items, workers, on_crash)


def _isolate(fn, items: list, workers: int, on_crash) -> list:
    if len(items) == 1:
        try:
            return [_pool(workers).submit(fn, items[0]).result()]
        except BrokenProcessPool:
            _discard(workers)
            return [on_crash(items[0])]
    half = len(items) // 2
    out = []
    for part in (items[:half], items[half:]):
        try:
            out += list(_pool(workers).map(fn, part))
        except BrokenProcessPool:
            _discard(workers)
            out += _isolate(fn, part, workers, on_crash)
    return out


def _pool(workers: int) -> ProcessPoolExecutor:
    pool = _pools.get(workers)
    if pool is None:
        pool = _pools[workers] = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    return pool


def _discard(workers: int) -> None:
    pool = _pools.pop(workers, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _shutdown() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=True, cancel_futures=True)
    _pools.clear()


# At the exit of the main process, and also of a multiprocessing child (where atexit never runs):
# a served flow run is such a child, and its exit joins every live child process first, so pool
# workers still waiting for work kept the run's process from ever ending. Finalizers with an exit
# priority run before that join.
atexit.register(_shutdown)
multiprocessing.util.Finalize(None, _shutdown, exitpriority=100)
