"""Where cleaning + extraction batches run: this machine's process pool, or a Dask or Ray cluster.

`local` keeps Prefect's default thread runner and hands each batch to the process pool of
tasks/io/workers.py (one task per batch, the pool spreads it over the cores). `dask` and `ray`
submit the same Prefect task through prefect-dask's DaskTaskRunner or prefect-ray's
RayTaskRunner, in smaller parts so every cluster worker gets some: on a local cluster started
for the run (and stopped after it), or on an existing one at `address`. Whatever runs the parts,
their results come back to the flow, which loads them through the one load path.

A worker that dies (a crash in native code, the OOM killer, a lost machine) loses no input: the
part is run again in halves until the input that kills workers is alone, and that input becomes
a reject with the reason; every other input gets its real result.
"""
from __future__ import annotations

import importlib.util
import logging
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

RUNNERS = ("local", "dask", "ray")
# Parts per cluster worker and batch. One: the next batch's parts are already queued while this
# one loads, so a worker that finishes early takes one of those; every further part costs a Prefect
# task run on the worker (two API clients and settings built, ~0.3-0.6 s CPU).
PARTS_PER_WORKER = 1
# What a cluster worker imports to run its first part: without these in the fork server's
# preload, each worker paid them on its first part (prefect and the flow module: ~14 s CPU per
# worker under load, measured with py-spy on a 300-page dask run). No threads start on import.
# The end-of-run steps' imports too (tasks/io/tail_preload.py): a local cluster's workers compute the
# wire signatures and event terms (Runner.map_plain), as the local pool's workers do.
_DASK_TASK_MODULES = ("tasks.ingest", "flows.ingest", "tasks.io.tail_preload")
_log = logging.getLogger(__name__)


class RunnerError(RuntimeError):
    """The runner cannot be used (unknown name, extra not installed, cluster unreachable)."""


@dataclass
class Runner:
    kind: str
    task_runner: Any = None  # a started Prefect TaskRunner; None: the flow's own (local)
    workers: int = 1  # cluster workers (local: pool processes)

    @property
    def lookahead(self) -> int:
        """Batches submitted ahead of the one loading. Local: one (the pool splits each batch finely
        over its processes). A cluster: two, so a worker done with its part of one batch takes a part
        of the next instead of idling until the slowest part of its batch is in."""
        return 1 if self.task_runner is None else 2

    @property
    def task_workers(self) -> int:
        """Processes each submitted task uses itself: the pool's on local, one on a cluster worker."""
        return self.workers if self.task_runner is None else 1

    def split(self, items: list) -> list[list]:
        """A batch as the parts submitted separately: whole on local, a few per worker on a cluster."""
        if self.task_runner is None or not items:
            return [items] if items else []
        n = min(len(items), self.workers * PARTS_PER_WORKER)
        size = -(-len(items) // n)
        return [items[i:i + size] for i in range(0, len(items), size)]

    def submit(self, task, **parameters):
        if self.task_runner is None:
            # quote(): Prefect would otherwise walk every object inside the documents (twice: for
            # upstream futures and for the task run's inputs), most of the flow's CPU in a big run.
            # Not on a cluster: Dask ships a quote (a named tuple) as a plain tuple, never unwrapped.
            # Imported here: the CLI checks the runner before it points Prefect at its server, and
            # importing prefect earlier would fix Prefect's settings without that server's URL.
            from prefect.utilities.annotations import quote

            return task.submit(**{k: quote(v) for k, v in parameters.items()})
        if self.kind == "dask":
            return _submit_dask(self.task_runner, task, parameters)
        return self.task_runner.submit(task, parameters=parameters)

    def map_plain(self) -> Callable | None:
        """fn over chunks on the cluster's workers as plain Dask tasks, for the pure per-article work at
        the end of a run (workers.map_if_running): not Prefect task runs (each would cost its worker a
        task run's set-up for ~0.1 s of work). None: no cluster (local) or not Dask (Ray: in process)."""
        if self.kind != "dask" or self.task_runner is None:
            return None
        client = self.task_runner.client

        def run(fn, chunks: list) -> list:
            from distributed import Client

            # The plain Client's map: prefect-dask's client would wrap fn as a Prefect task.
            return Client.gather(client, Client.map(client, fn, chunks, pure=False))
        return run

    def result(self, task, future, items: list, key: str, on_crash: Callable, **parameters) -> list:
        """The part's results; when a worker died on it, the part again in halves (see module doc)."""
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - only a lost worker is handled, the rest re-raised
            if self.task_runner is None or not _worker_lost(exc):
                raise
            _log.warning("a %s worker died on a part of %d inputs (%s); running it again in halves",
                         self.kind, len(items), type(exc).__name__)
        if len(items) == 1:
            retry = self.submit(task, **{key: items, **parameters})
            try:
                return retry.result()
            except Exception as exc:  # noqa: BLE001
                if not _worker_lost(exc):
                    raise
                return [on_crash(items[0])]
        half = len(items) // 2
        out: list = []
        for part in (items[:half], items[half:]):
            out += self.result(task, self.submit(task, **{key: part, **parameters}), part, key, on_crash, **parameters)
        return out


def _submit_dask(task_runner, task, parameters: dict):
    """DaskTaskRunner.submit minus Dask's hashing of the arguments: its client submits `pure`, so Dask
    named each part by a token of everything it ships (every page's HTML: ~0.05 s CPU a part of 32
    pages in the flow's process, which also runs the scheduler). A part is never submitted twice
    on purpose (each carries a new task run id anyway), so a random key is the same thing."""
    from prefect_dask.task_runners import PrefectDaskFuture

    future = task_runner.client.submit(task, parameters=parameters, return_type="state", pure=False)
    return PrefectDaskFuture(wrapped_future=future, task_run_id=future.task_run_id)


def _worker_lost(exc: BaseException) -> bool:
    """Dask's KilledWorker / lost futures, Ray's WorkerCrashedError / node died, by name (both optional)."""
    names = {type(e).__name__ for e in _chain(exc)}
    return bool(names & {"KilledWorker", "FutureCancelledError", "CancelledError", "CommClosedError",
                         "WorkerCrashedError", "NodeDiedError", "RayActorError", "ActorDiedError",
                         "OutOfMemoryError", "LocalRayletDiedError"})


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def check_available(kind: str) -> None:
    """Raise RunnerError when `kind` is unknown or its package is not installed."""
    import importlib.util

    if kind not in RUNNERS:
        raise RunnerError(f"unknown runner {kind!r} (choose one of {', '.join(RUNNERS)})")
    module = {"dask": "prefect_dask", "ray": "prefect_ray"}.get(kind)
    if module and importlib.util.find_spec(module) is None:
        raise RunnerError(f"--runner {kind} needs {module.replace('_', '-')}: pip install 'newsclaims[{kind}]'")


@contextmanager
def open_runner(kind: str, address: str | None, workers: int) -> Iterator[Runner]:
    """A started runner for one flow run; a cluster started here is stopped on the way out."""
    if kind not in RUNNERS:
        raise RunnerError(f"unknown runner {kind!r} (choose one of {', '.join(RUNNERS)})")
    if kind == "local":
        yield Runner("local", None, max(1, workers))
        return
    task_runner = _dask(address, workers) if kind == "dask" else _ray(address, workers)
    with task_runner:
        yield Runner(kind, task_runner, _cluster_workers(kind, task_runner, workers))


def _dask(address: str | None, workers: int):
    try:
        import dask
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise RunnerError(f"--runner dask needs prefect-dask ({exc})") from exc
    if address:
        return DaskTaskRunner(address=address)
    # A crash on one input should come back at once (the part is then split), not be retried
    # three times on freshly restarted workers; a stray dashboard port helps nobody here.
    # The workers' statistical profiler (a thread sampling every 10 ms for the dashboard nobody
    # opens here) took ~2% of each worker's CPU on 2 cores (py-spy, 300-page run). The periodic
    # checks every server of the cluster runs (the event loop's health tick every 20 ms, the system
    # monitor every 0.5 s, the memory limits every 0.1 s) cost an idle 2-worker cluster ~80 ms CPU a
    # second, ~19 ms at these intervals (all still well inside what they guard: the tick's warning is
    # at 3 s of a blocked loop; a worker over its memory limit is still stopped within 0.5 s).
    dask.config.set({"distributed.scheduler.allowed-failures": 0, "distributed.worker.profile.enabled": False,
                     "distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "2s",
                     "distributed.worker.memory.monitor-interval": "500ms"})
    _fork_warm_dask_workers()
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": ":0"})


def prestart_local_dask() -> None:
    """Start the local cluster's fork server now, so that its warm-up (tasks/io/worker_preload.py
    and the task modules) runs on another core while the CLI imports Prefect and the flow starts;
    the cluster's workers fork from it later (the server is per process and kept). Imports no
    Prefect. Best effort: the cluster starts it itself otherwise."""
    if importlib.util.find_spec("distributed") is None:
        return
    from multiprocessing import forkserver

    _fork_warm_dask_workers()
    forkserver.ensure_running()


def _fork_warm_dask_workers() -> None:
    """The local cluster's workers forked from one warmed-up process, as the local pool's are.

    Dask starts each worker in a fresh process (multiprocessing's spawn), and each then paid the
    whole start-up on its first part: ~10 s CPU for the extractor, the parser and dateparser's
    patterns (tasks/io/worker_preload.py), once per worker. With multiprocessing's fork server
    preloading that module along with Dask's own list (what distributed.utils.get_mp_context
    preloads for forkserver), it is paid once. The fork server is this process's one; a local pool
    started later in the same process (re-extraction) forks from it too.
    """
    import multiprocessing

    import dask
    from distributed import utils
    from distributed.versions import optional_packages, required_packages

    from tasks.io.workers import FORK_SERVER_EXIT, PRELOAD

    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    utils.get_mp_context()  # Dask sets its preload list once, now, so that ours below is the last word
    preload = ["distributed"] + [p for p in required_packages + optional_packages if importlib.util.find_spec(p)]
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        list(dict.fromkeys(preload + [PRELOAD, *_DASK_TASK_MODULES, FORK_SERVER_EXIT])))


def _ray(address: str | None, workers: int):
    try:
        from prefect_ray import RayTaskRunner
    except ImportError as exc:
        raise RunnerError(f"--runner ray needs prefect-ray ({exc}); pip install 'newsclaims[ray]'") from exc
    init = {"include_dashboard": False}
    return RayTaskRunner(address=address, init_kwargs=init) if address else \
        RayTaskRunner(init_kwargs={**init, "num_cpus": max(1, workers)})


def _cluster_workers(kind: str, task_runner, fallback: int) -> int:
    try:
        if kind == "dask":
            return max(1, len(task_runner.client.scheduler_info()["workers"]))
        import ray

        return max(1, int(ray.cluster_resources().get("CPU", fallback)))
    except Exception:  # noqa: BLE001 - only a hint for how finely to split batches
        return max(1, fallback)
