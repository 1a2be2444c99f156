"""A function for worker-pool tests: kills its own process on the item 'crash' (like a segfault would)."""
import os


def double_or_die(item):
    if item == "crash":
        os._exit(1)
    return item * 2


def pid_after(seconds):
    """This worker's pid, after a pause (so every pool worker gets some items)."""
    import time

    time.sleep(seconds)
    return os.getpid()


def note_pid(folder):
    """Leave a file named after this worker's pid in `folder` (a pool warm-up that can be seen)."""
    from pathlib import Path

    (Path(folder) / str(os.getpid())).touch()


try:  # a Prefect task for the cluster runners' tests (dask workers import this module)
    from prefect import task

    @task(persist_result=False)
    def double_all(items: list, workers: int = 1) -> list:
        return [double_or_die(item) for item in items]

    @task(persist_result=False)
    def worker_state(pause_s: float) -> tuple:
        """(pid, parent pid, whether the worker warm-up module was imported before this task)."""
        import sys
        import time

        time.sleep(pause_s)
        return os.getpid(), os.getppid(), "tasks.io.worker_preload" in sys.modules
except ImportError:  # pragma: no cover
    pass


def double_or_hang(item):
    """Doubles the item; on 'hang' blocks in native code (pause(2)) under a 0.2 s per-item budget
    that cannot interrupt it, as a parser looping in C would."""
    if item == "hang":
        import ctypes

        from tasks.core.budget import run_within

        run_within(0.2, ctypes.CDLL(None).pause)
    return item * 2


def crash_or_hang(item):
    """double_or_die for 'crash', double_or_hang for everything else."""
    return double_or_die(item) if item == "crash" else double_or_hang(item)


def double_each(items):
    """double_or_die over a group of items in one call (workers.map_in_groups' group function)."""
    return [double_or_die(item) for item in items]


def double_each_or_hang(items):
    return [double_or_hang(item) for item in items]


def chunk_pids(chunk):
    """This process's pid for each item of the chunk (where a chunk of work ran)."""
    return [os.getpid()] * len(chunk)


def chunk_double_or_die_in_worker(chunk):
    """(parent pid, items): doubled, but a worker process (not the parent) dies on an item 'crash'."""
    parent, items = chunk
    if "crash" in items and os.getpid() != parent:
        os._exit(1)
    return [item * 2 if item != "crash" else "survived" for item in items]


def preload_exits_at_once(_item) -> bool | None:
    """In a pool worker: whether the fork server that forked it set up its exit without teardown
    (tasks/io/fork_server_exit.py); None when the warm-up module was not preloaded."""
    import sys

    if "tasks.io.worker_preload" not in sys.modules:
        return None
    return "tasks.io.fork_server_exit" in sys.modules

