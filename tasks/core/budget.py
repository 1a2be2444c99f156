"""A time budget for one call, in whatever thread or process it runs (pure Python, no I/O).

`run_within(seconds, fn, *args)` raises OverBudget inside the running call once its time is up,
so one document that would take minutes (a pathological text for the extractor, markup that
makes the cleaner crawl) cannot stall its batch or the run. SIGALRM would work only in a
process's main thread, and the flow cleans small batches in a Prefect worker thread; CPython's
PyThreadState_SetAsyncExc delivers the exception to any thread, checked between bytecodes like a
signal. A call stuck inside one long C function (a regex, a parser) is interrupted when that
function returns; the worker pool's crash isolation covers what never returns.

One watcher thread per process keeps every budget's deadline (_Watcher). A threading.Timer per call
started and stopped a thread for every document and stage: at each stop the timer thread woke and
took the GIL from the working thread (a forced switch, and on a busy machine a wait for a core),
~0.1-0.2 ms CPU and up to a few ms of wall a call (bench/clean_speed.py's docstring). The watcher
sleeps until the earliest deadline it knows and is woken only when a new budget ends sooner than
that (in a worker: when it was idle), so a finished budget costs nothing but a flag.

OverBudget derives from BaseException, so the `except Exception` blocks that turn a failing
document into a reject do not swallow it: it reaches the caller that set the budget.
"""
from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

R = TypeVar("R")
# Two typed views of the one C function: set an exception class, or clear (NULL) a pending one.
_API = ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
_set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(_API)
_clear_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(_API)


class OverBudget(BaseException):
    """The call ran past its time budget."""


def run_within(seconds: float | None, fn: Callable[..., R], *args) -> R:
    """fn(*args), interrupted with OverBudget after `seconds` (None or <= 0: no budget). Time spent inside
    `unbudgeted()` blocks of the call does not count."""
    if not seconds or seconds <= 0:
        return fn(*args)
    budget = _Budget(threading.get_ident(), seconds)
    stack = _running()
    stack.append(budget)
    try:
        budget.start()  # inside the try: a tiny budget can run out before start() returns
        return fn(*args)
    finally:
        stack.remove(budget)
        fired = budget.finish()
        if fired:  # fired as the call returned: drop it if not delivered yet, so it cannot hit our caller
            _clear_async_exc(budget.target, None)


@contextmanager
def unbudgeted() -> Iterator[None]:
    """A block whose time the running budget of this thread does not count: one-off work of the process (importing
    the extractor, loading the parser) that the first document would otherwise pay for, so that a loaded machine
    does not turn a normal first document into a reject. Outside run_within it does nothing."""
    paused = list(_running())
    for budget in paused:
        budget.pause()
    try:
        yield
    finally:
        for budget in paused:
            budget.resume()


_local = threading.local()


def _running() -> list["_Budget"]:
    """The budgets of the run_within calls running in this thread (innermost last)."""
    if not hasattr(_local, "stack"):
        _local.stack = []
    return _local.stack


class _Budget:
    """The timer of one run_within call; paused and resumed around unbudgeted() blocks."""

    def __init__(self, target: int, seconds: float) -> None:
        self.target = target
        self.left = seconds
        self.lock = threading.Lock()
        self.done = self.fired = False
        self.ticking = False  # a deadline of this turn is with the watcher
        self.since = 0.0
        self.turn = 0  # a deadline from before a pause may already be due at the watcher: it must not fire

    def _expire(self, turn: int) -> None:
        with self.lock:  # never fire at a call that already returned, nor from a paused timer
            if not self.done and turn == self.turn:
                self.fired = True
                _set_async_exc(self.target, OverBudget)

    def start(self) -> None:
        with self.lock:
            if self.done or self.fired:
                return
            self.since = time.monotonic()
            self.turn += 1
            self.ticking = True
            _watcher().add(self.since + max(0.0, self.left), self, self.turn)

    def stale(self, turn: int) -> bool:
        """The deadline of `turn` can no longer fire (the call returned, or was paused since)."""
        return self.done or turn != self.turn

    def pause(self) -> None:
        with self.lock:
            if self.ticking:
                self.ticking = False
                self.turn += 1
                self.left -= time.monotonic() - self.since

    def resume(self) -> None:
        self.start()

    def finish(self) -> bool:
        with self.lock:
            self.done = True
            return self.fired


class _Watcher:
    """The deadlines of this process's budgets and the one daemon thread that fires them."""

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.heap: list[tuple[float, int, _Budget, int]] = []  # (deadline, order, budget, turn)
        self.order = itertools.count()
        self.wake_at: float | None = None  # when the thread looks next; None: it waits for a deadline
        self.thread: threading.Thread | None = None

    def add(self, deadline: float, budget: _Budget, turn: int) -> None:
        with self.cond:
            while self.heap and self.heap[0][2].stale(self.heap[0][3]):  # finished calls' deadlines go early:
                heapq.heappop(self.heap)  # the heap holds about the live budgets, not a minute of finished ones
            heapq.heappush(self.heap, (deadline, next(self.order), budget, turn))
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="budget-watcher", daemon=True)
                self.thread.start()
            elif self.wake_at is None or deadline < self.wake_at:
                self.cond.notify()

    def _run(self) -> None:
        while True:
            with self.cond:
                due = self._due(time.monotonic())
                if not due:
                    self.wake_at = self.heap[0][0] if self.heap else None
                    self.cond.wait(None if self.wake_at is None else self.wake_at - time.monotonic())
                    continue
            for budget, turn in due:  # outside the watcher's lock: start() holds a budget's lock while it adds
                budget._expire(turn)

    def _due(self, now: float) -> list[tuple[_Budget, int]]:
        """Pops the deadlines that are due or can no longer fire; returns the due ones still live."""
        due = []
        while self.heap and (self.heap[0][0] <= now or self.heap[0][2].stale(self.heap[0][3])):
            _, _, budget, turn = heapq.heappop(self.heap)
            if not budget.stale(turn):
                due.append((budget, turn))
        return due


_the_watcher: list[_Watcher] = []


def _watcher() -> _Watcher:
    if not _the_watcher:
        _the_watcher.append(_Watcher())
    return _the_watcher[0]


# A forked child has none of its parent's threads: it starts its own watcher when it first needs one.
os.register_at_fork(after_in_child=_the_watcher.clear)
