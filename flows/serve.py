"""Serve the ingest flow as a scheduled Prefect deployment; the serving process is the worker.

Prefect's own `flow.serve()` does not stop cleanly on SIGTERM in this version (its handler calls
the async `Runner.stop` from inside the event loop: "coroutine 'Runner.astop' was never awaited",
then "Event loop is closed", over 60 s, and the schedule is left active). Here SIGTERM and SIGINT
(Ctrl-C) set an event; the runner is then stopped from within its loop: running flow runs are
cancelled, the schedule is paused (Runner.__aexit__), and serve returns.
"""
from __future__ import annotations

import asyncio
import os
import signal
import time

from prefect.deployments.runner import EntrypointType
from prefect.runner import Runner
from prefect.schedules import Cron

from flows.ingest import ingest_flow

# A stop must not wait on a flow run for long: SIGTERM to its process, SIGKILL after this.
RUN_KILL_GRACE_S = 2


class _Runner(Runner):
    """A Runner whose SIGTERM handler only asks for a stop; the serving coroutine does it."""

    stop_requested: asyncio.Event | None = None

    def handle_sigterm(self, *args, **kwargs) -> None:  # runs in the main thread, between bytecodes
        if self.stop_requested is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self.stop_requested.set)


def _cap_kill_grace(runner: Runner) -> None:
    """Prefect waits 30 s after SIGTERM before it SIGKILLs a cancelled run's process group: too long for a
    stop (and it waits the whole time while the run's pool workers, in that group, are alive)."""
    manager = runner._process_manager
    kill = manager.kill

    async def capped(flow_run_id, grace_seconds: float = 30, *, force: bool = False):
        return await kill(flow_run_id, grace_seconds=min(grace_seconds, RUN_KILL_GRACE_S), force=force)

    manager.kill = capped


def _descendants(pid: int) -> list[int]:
    """Every live process below `pid` (flow-run processes, their pool workers, resource trackers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _end_all(pids: list[int], grace_s: float = 2.0) -> None:
    """SIGTERM, then SIGKILL after grace_s, whatever is still alive of `pids`."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        alive = []
        for pid in pids:
            try:
                os.kill(pid, sig)
                alive.append(pid)
            except ProcessLookupError:
                pass
        if not alive:
            return
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline and any(_running(p) for p in alive):
            time.sleep(0.1)
        pids = [p for p in alive if _running(p)]


def _running(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)  # reap our own children
    except ChildProcessError:
        pass
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def serve_ingest(name: str, cron: str, timezone: str, parameters: dict, on_ready=None) -> None:
    """Register `newsclaims-ingest/<name>` on the cron schedule and run its flow runs until stopped.

    One run at a time (limit=1): runs write the same DuckDB file, so a second would only wait
    for the first's lock. The entrypoint is the module path, which resolves the same in a
    checkout and in an installed image. Stopping (SIGTERM, Ctrl-C) pauses the schedule; serving
    again resumes it.
    """
    deployment = ingest_flow.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        tags=["newsclaims"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    runner = _Runner(name=f"newsclaims-serve-{name}", pause_on_shutdown=True, limit=1)
    runner.add_deployment(deployment)
    asyncio.run(_serve(runner, on_ready))


async def _serve(runner: _Runner, on_ready) -> None:
    loop = asyncio.get_running_loop()
    runner.stop_requested = stop = asyncio.Event()
    runner._loop = loop
    started = asyncio.create_task(runner.start())
    await asyncio.sleep(0)  # runner.start() installs its SIGTERM handler first thing: ours replaces it
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if on_ready is not None:
        on_ready()
    stopping = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({started, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if stopping in done and not started.done():
        # Taken now, while the flow-run processes still hold their pool workers as children.
        below = _descendants(os.getpid())
        if runner.started:
            _cap_kill_grace(runner)  # the manager the runner made when it started
            await runner.astop()  # cancels running flow runs (SIGTERM, SIGKILL after the grace), ends polling
        # A run killed mid-batch cannot shut its pool: its orphaned workers would live on, and hold the
        # run's output pipe open, so the runner would wait for that pipe's end forever. End them first.
        await asyncio.to_thread(_end_all, [p for p in below if _running(p)])
        await started  # Runner.__aexit__ pauses the schedule
    else:
        stopping.cancel()
        await started
