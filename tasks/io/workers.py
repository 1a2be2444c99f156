"""A process pool for CPU-bound cleaning and extraction, created once per process."""
from __future__ import annotations

import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")
_pools: dict[int, ProcessPoolExecutor] = {}
# Spawning a worker costs about a second (it imports trafilatura and the extractor); a batch
# this small is done sooner in-process.
MIN_ITEMS_FOR_POOL = 24


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def map_in_processes(fn: Callable[[T], R], items: Iterable[T], workers: int) -> list[R]:
    """fn over items on `workers` processes (in-process when 1), results in input order.

    Workers are spawned, not forked: the parent runs Prefect's threads and event loop, and
    forking a threaded process can deadlock the child.
    """
    items = list(items)
    if workers <= 1 or (len(items) < MIN_ITEMS_FOR_POOL and workers not in _pools):
        return [fn(item) for item in items]
    pool = _pools.get(workers)
    if pool is None:
        pool = _pools[workers] = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    chunk = max(1, len(items) // (workers * 4))
    return list(pool.map(fn, items, chunksize=chunk))


@atexit.register
def _shutdown() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=True, cancel_futures=True)
    _pools.clear()
