"""A run's progress and where its time went, as the flow reports them.

The flow calls `stage()` when it moves on and `advance()` after each batch; whoever listens shows it
(the CLI: a live bar on a terminal, plain lines otherwise; see newsclaims/progress_view.py). With
no listener (a served run) the same goes to the flow run's log, at most every LOG_EVERY_S. `Clock`
adds up the wall time the run spends in each stage, for the run summary ("slowest stage").
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Protocol

LOG_EVERY_S = 10.0


class Listener(Protocol):
    def stage(self, name: str, total: int | None) -> None: ...
    def advance(self, done: int, counts: dict) -> None: ...


_listeners: list[Listener] = []


def listen(listener: Listener):
    """Register a listener for this process's runs; returns a function that removes it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


class Progress:
    """One run's progress: total inputs, how many are done, the current stage."""

    def __init__(self, logger=None):
        self.logger = logger
        self.done = 0
        self.total: int | None = None
        self.name = "starting"
        self._logged = 0.0

    def stage(self, name: str, total: int | None = None) -> None:
        self.name = name
        if total is not None:
            self.total = total
        for listener in list(_listeners):
            listener.stage(name, self.total)
        self._log(force=True)

    def advance(self, n: int, counts: dict) -> None:
        self.done += n
        for listener in list(_listeners):
            listener.advance(self.done, dict(counts))
        self._log(counts=counts)

    def _log(self, force: bool = False, counts: dict | None = None) -> None:
        if self.logger is None or _listeners:
            return
        now = time.monotonic()
        if force or now - self._logged >= LOG_EVERY_S:
            self._logged = now
            of = f"/{self.total}" if self.total is not None else ""
            extra = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("new", "updated", "unchanged", "rejected")) if counts else ""
            self.logger.info(f"{self.name}: {self.done}{of} inputs done" + (f" ({extra})" if extra else ""))


class Clock:
    """Wall seconds per stage, added up over the run (a stage entered once per batch adds up), and
    the CPU seconds the flow's own process spent meanwhile (all its threads; not the worker pool's
    processes): a stage with much wall and little CPU waits (for the pool, a lock, the disk), one
    with CPU close to its wall keeps a core busy that the pool could use."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
            self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu

    def rounded(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in sorted(self.seconds.items(), key=lambda kv: -kv[1])}

    def rounded_cpu(self) -> dict[str, float]:
        """CPU seconds per stage, in the order of rounded()."""
        return {k: round(self.cpu.get(k, 0.0), 2) for k in self.rounded()}

    def slowest(self) -> tuple[str, float] | None:
        return max(self.seconds.items(), key=lambda kv: kv[1]) if self.seconds else None
