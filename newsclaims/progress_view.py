"""Show a run's progress (flows/progress.py) on stderr: a live bar on a terminal, plain lines otherwise.

Plain lines come after each stage change and batch, but at most one per MIN_GAP_S, and at least one
every HEARTBEAT_S while the run goes on (a quiet stage such as fetching still says it is alive).
"""
from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager

HEARTBEAT_S = 10.0
MIN_GAP_S = 2.0
_COUNTS = ("new", "updated", "unchanged", "rejected")


def _counts_text(counts: dict) -> str:
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in _COUNTS)


class PlainLines:
    def __init__(self, command: str, stream=None):
        self.command, self.stream = command, stream or sys.stderr
        self.started = time.monotonic()
        self.name, self.total, self.done, self.counts = "starting", None, 0, {}
        self._said = time.monotonic()  # the first line after MIN_GAP_S: a quick run prints only its summary
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._heartbeat, name="progress-heartbeat", daemon=True)
        self._beat.start()

    def stage(self, name: str, total: int | None) -> None:
        with self._lock:
            self.name, self.total = name, total
        self._say()

    def advance(self, done: int, counts: dict) -> None:
        with self._lock:
            self.done, self.counts = done, counts
        self._say()

    def _say(self, force: bool = False) -> None:
        with self._lock:
            now = time.monotonic()
            if not force and now - self._said < MIN_GAP_S:
                return
            self._said = now
            of = f"/{self.total}" if self.total is not None else ""
            counts = f" ({_counts_text(self.counts)})" if self.counts else ""
            line = f"newsclaims {self.command}: {self.name}: {self.done}{of} inputs done{counts}, {now - self.started:.0f} s"
        print(line, file=self.stream, flush=True)

    def _heartbeat(self) -> None:
        while not self._stop.wait(1.0):
            if time.monotonic() - self._said >= HEARTBEAT_S:
                self._say(force=True)

    def close(self) -> None:
        self._stop.set()


class LiveBar:
    """rich's progress bar on the terminal (stderr), redrawn in place."""

    def __init__(self, command: str):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn(f"[bold]newsclaims {command}[/]"), TextColumn("{task.description}"),
                                 BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("starting", total=None, counts="")
        self.progress.start()

    def stage(self, name: str, total: int | None) -> None:
        self.progress.update(self.task, description=name, total=total)

    def advance(self, done: int, counts: dict) -> None:
        self.progress.update(self.task, completed=done, counts=_counts_text(counts))

    def close(self) -> None:
        self.progress.stop()


@contextmanager
def shown(command: str, enabled: bool = True):
    """Listen to the flow's progress for the duration of the block."""
    if not enabled:
        yield
        return
    from flows import progress

    view = LiveBar(command) if sys.stderr.isatty() else PlainLines(command)
    remove = progress.listen(view)
    try:
        yield
    finally:
        remove()
        view.close()
