"""A process pool for CPU-bound cleaning and extraction, created once per process."""
from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.util
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Callable, Iterable, TypeVar

from tasks.io import watchdog

T = TypeVar("T")
R = TypeVar("R")
_pools: dict[int, ProcessPoolExecutor] = {}
_boards: dict[int, watchdog.Board] = {}
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
                     on_crash: Callable[[T], R] | None = None, hard_limit_s: float | None = None,
                     on_hang: Callable[[T], R] | None = None) -> list[R]:
    """fn over items on `workers` processes (in-process when 1), results in input order.

    Workers are forked by multiprocessing's fork server, never by the parent itself: the parent
    runs Prefect's threads and event loop, and forking a threaded process can deadlock the
    child. The fork server is a fresh single-threaded process that does every worker start-up
    once (tasks/io/worker_preload.py) and forks warm workers from it. When a worker dies (a
    crash in native code, the OOM killer), the items are retried in halves on fresh pools until
    the culprit is alone; it gets `on_crash(item)` and every other item its real result.
    A worker still on one item after `hard_limit_s` (stuck in native code, where the per-document
    budget cannot reach) is killed by the watchdog (tasks/io/watchdog.py): that item gets
    `on_hang(item)` (else `on_crash`), every other item is run again. In-process work has no
    watchdog (there is no other process to stop the stuck one).
    """
    items = list(items)
    if workers <= 1 or (len(items) < MIN_ITEMS_FOR_POOL and workers not in _pools):
        with _IN_PROCESS:
            return [fn(item) for item in items]
    try:
        return _run_pooled(fn, items, workers, hard_limit_s, on_hang or on_crash)
    except BrokenProcessPool:
        if on_crash is None:
            raise
        return _isolate(fn, items, workers, on_crash, hard_limit_s, on_hang or on_crash)


def map_in_groups(group_fn: Callable[[list[T]], list[R]], fn: Callable[[T], R], items: Iterable[T], workers: int,
                  size: int, on_crash: Callable[[T], R] | None = None, hard_limit_s: float | None = None,
                  on_hang: Callable[[T], R] | None = None) -> list[R]:
    """map_in_processes(fn, ...) with each worker call taking `size` items at once: group_fn(group) gives what fn gives
    for each item of the group (tasks.core.process.process_group_within: one parse for several documents). In-process
    or pooled as map_in_processes decides by the number of items. A group whose worker dies or is stopped as stuck is
    run again item by item with fn, so the crash or hang comes down to its own item as in map_in_processes."""
    items = list(items)
    groups = [items[i:i + size] for i in range(0, len(items), max(1, size))]
    if workers <= 1 or (len(items) < MIN_ITEMS_FOR_POOL and workers not in _pools):
        with _IN_PROCESS:
            return [r for g in groups for r in group_fn(g)]

    def one_by_one(group: list) -> list:
        try:  # on the pool even for a short group: the item may crash whatever runs it
            return _run_pooled(fn, group, workers, hard_limit_s, on_hang or on_crash)
        except BrokenProcessPool:
            if on_crash is None:
                raise
            return _isolate(fn, group, workers, on_crash, hard_limit_s, on_hang or on_crash)

    hang = one_by_one if (on_hang or on_crash) else None
    try:
        done = _run_pooled(group_fn, groups, workers, hard_limit_s, hang)
    except BrokenProcessPool:
        if on_crash is None:
            raise
        done = _isolate(group_fn, groups, workers, one_by_one, hard_limit_s, hang)
    return [r for g in done for r in g]


def hard_limit_for(budget_s: float | None) -> float | None:
    """The watchdog's limit for a per-document budget: the budget gets the first chance (its reject
    says where the time went), with room for a loaded machine. None: no budget, no watchdog."""
    return 2 * budget_s + 30 if budget_s and budget_s > 0 else None


def _run_pooled(fn, items: list, workers: int, limit: float | None, on_hang) -> list:
    """The items on the pool under the watchdog; BrokenProcessPool when a worker died on its own."""
    pool, board = _pool(workers), _boards.get(workers)
    call = watchdog.new_call_id()
    watch = watchdog.Watch(board, call, limit)
    try:
        with watch:
            return list(pool.map(partial(watchdog.tracked, fn, call), enumerate(items),
                                 chunksize=max(1, len(items) // (workers * 4))))
    except BrokenProcessPool:
        _discard(workers, pool)
        hung = set(watch.hung)
        if not hung or on_hang is None:
            raise
    rest = [i for i in range(len(items)) if i not in hung]
    again = iter(_run_pooled(fn, [items[i] for i in rest], workers, limit, on_hang) if rest else [])
    return [on_hang(item) if i in hung else next(again) for i, item in enumerate(items)]


def warm(workers: int, prepare: Callable[[], object]) -> None:
    """Start the pool of `workers` processes now, each running `prepare` (its slow imports) while
    the flow still reads and compares the first batch. Nothing waits for it; a batch submitted
    meanwhile simply queues behind it. (Starting a worker waits for the fork server's warm-up,
    so the workers are started from a thread of their own.)"""
    if workers > 1:
        pool = _pool(workers)

        def start() -> None:
            try:
                for _ in range(workers):
                    pool.submit(prepare)
            except RuntimeError:  # the pool was shut down meanwhile (a crash, the end of the run)
                pass

        threading.Thread(target=start, name="warm-pool", daemon=True).start()


def map_if_running(fn: Callable[[T], R], chunks: list[T]) -> list[R]:
    """fn over each chunk, on the pool this process already runs (as started for cleaning), else here.

    For the pure, per-article work at the end of a run (wire signatures, event terms): the pool's
    workers sit idle by then while the flow would use one core. No pool is started for it (that
    costs its fork server seconds of warm-up): a small run computes in process as before; a run on
    a Dask cluster uses the cluster's workers (on_cluster), a Ray run computes in process. A worker
    that dies makes the rest run here (fn is pure: same results).
    """
    workers = max(_pools, default=0)
    if workers <= 1 and _cluster_map and len(chunks) >= 2:  # a Dask cluster's workers (see on_cluster)
        try:
            return _cluster_map[-1](fn, chunks)
        except Exception as exc:  # noqa: BLE001 - a lost worker or cluster: fn is pure, same results here
            import logging

            logging.getLogger(__name__).warning("the cluster could not run %s (%s); running it here",
                                                getattr(fn, "__name__", fn), type(exc).__name__)
            return [fn(chunk) for chunk in chunks]
    if workers <= 1 or len(chunks) < 2:
        return [fn(chunk) for chunk in chunks]
    pool = _pools[workers]
    try:
        return list(pool.map(fn, chunks))
    except BrokenProcessPool:  # a worker died (its cleaning batches get a fresh pool)
        _discard(workers, pool)
        return [fn(chunk) for chunk in chunks]


_cluster_map: list[Callable] = []


@contextmanager
def on_cluster(mapper: Callable | None):
    """map_if_running sends its chunks to `mapper(fn, chunks)` meanwhile (a run's Dask cluster: its
    workers sit idle at the end of a run, like the local pool's), when no local pool is up."""
    if mapper is None:
        yield
        return
    _cluster_map.append(mapper)
    try:
        yield
    finally:
        _cluster_map.remove(mapper)


def _isolate(fn, items: list, workers: int, on_crash, limit: float | None, on_hang) -> list:
    if len(items) == 1:
        try:
            return _run_pooled(fn, items, workers, limit, on_hang)
        except BrokenProcessPool:
            return [on_crash(items[0])]
    half = len(items) // 2
    out = []
    for part in (items[:half], items[half:]):
        try:
            out += _run_pooled(fn, part, workers, limit, on_hang)
        except BrokenProcessPool:
            out += _isolate(fn, part, workers, on_crash, limit, on_hang)
    return out


def _pool(workers: int) -> ProcessPoolExecutor:
    pool = _pools.get(workers)
    if pool is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD, TAIL_PRELOAD, FORK_SERVER_EXIT])  # only read when this process starts its fork server
        board = _boards[workers] = watchdog.Board(context, workers)
        pool = _pools[workers] = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                                     initargs=(board.cells, board.taken))
    return pool


def _init_worker(cells, taken) -> None:
    watchdog.init_worker(cells, taken)
    die_with_parent()


# What the fork server imports before it forks workers (their start-ups, done once). It is
# started once per process with the environment of that moment: a NEWSCLAIMS_* variable that
# workers read themselves must be set before the first pool starts.
PRELOAD = "tasks.io.worker_preload"
# The end-of-run steps' imports (map_if_running's work), for this pool's fork server only.
TAIL_PRELOAD = "tasks.io.tail_preload"
# Last in every fork server's preload list: the server's exit without teardown (and only the server's).
FORK_SERVER_EXIT = "tasks.io.fork_server_exit"


def die_with_parent() -> None:
    """Exit this worker as soon as the process that started the pool is gone.

    A pool worker blocks on its task queue and never notices a parent killed with SIGKILL: it
    (and, through the descriptor it holds, multiprocessing's resource tracker) lived on for ever.
    Its parent pid is the fork server's, which itself lives as long as any worker holds its pipe,
    so the worker watches multiprocessing's sentinel of the process that asked for it (a pipe
    whose other end only that process holds): readable once it is gone. PR_SET_PDEATHSIG would
    fire when the parent *thread* exits, and the pool is created from a Prefect worker thread.
    The thread blocks on the sentinel (parent.join) rather than polling it: a thread that wakes
    takes the GIL from the worker's cleaning and extraction each time (a forced switch).
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns once the sentinel is readable: the parent is gone
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _discard(workers: int, pool: ProcessPoolExecutor | None = None) -> None:
    """Shut down the pool of `workers` processes (only if it is still `pool`, when given: another
    thread may have replaced a broken pool already)."""
    if pool is not None and _pools.get(workers) is not pool:
        pool.shutdown(wait=False, cancel_futures=True)
        return
    pool = _pools.pop(workers, None)
    _boards.pop(workers, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _shutdown() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=True, cancel_futures=True)
    _pools.clear()
    _boards.clear()
    _stop_fork_server()


def _stop_fork_server(wait_s: float = 5.0) -> None:
    """Stop this process's fork server and reap it (its workers are gone by now).

    Left alone it would exit only after this process, re-parented and never waited for: its CPU
    time and memory (and its workers') would be missing from this process's own accounting
    (getrusage of its children, what bench/scale_bench.py reports). multiprocessing only offers
    this to its own tests (ForkServer._stop, which waits without limit), hence the guarded
    attribute access and a bounded wait: a worker stuck in native code must not hold up the exit.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    pid, fd = getattr(server, "_forkserver_pid", None), getattr(server, "_forkserver_alive_fd", None)
    if pid is None or fd is None:
        return
    try:
        os.close(fd)  # the server's "alive" pipe: it exits once no process holds its other end
    except OSError:
        pass
    server._forkserver_alive_fd = server._forkserver_pid = None
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
        except ChildProcessError:
            return
        time.sleep(0.05)


# At the exit of the main process, and also of a multiprocessing child (where atexit never runs):
# a served flow run is such a child, and its exit joins every live child process first, so pool
# workers still waiting for work kept the run's process from ever ending. Finalizers with an exit
# priority run before that join.
atexit.register(_shutdown)
multiprocessing.util.Finalize(None, _shutdown, exitpriority=100)
