"""A time budget for one call, in whatever thread or process it runs (pure Python, no I/O).

`run_within(seconds, fn, *args)` raises OverBudget inside the running call once its time is up,
so one document that would take minutes (a pathological text for the extractor, markup that
makes the cleaner crawl) cannot stall its batch or the run. SIGALRM would work only in a
process's main thread, and the flow cleans small batches in a Prefect worker thread; CPython's
PyThreadState_SetAsyncExc delivers the exception to any thread, checked between bytecodes like a
signal. A call stuck inside one long C function (a regex, a parser) is interrupted when that
function returns; the worker pool's crash isolation covers what never returns.

OverBudget derives from BaseException, so the `except Exception` blocks that turn a failing
document into a reject do not swallow it: it reaches the caller that set the budget.
"""
from __future__ import annotations

import ctypes
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
        self.timer: threading.Timer | None = None
        self.since = 0.0
        self.turn = 0  # a timer from before a pause may already be waiting for the lock: it must not fire

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
            self.timer = threading.Timer(max(0.0, self.left), self._expire, (self.turn,))
            self.timer.daemon = True
            self.timer.start()

    def pause(self) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
                self.turn += 1
                self.left -= time.monotonic() - self.since

    def resume(self) -> None:
        self.start()

    def finish(self) -> bool:
        with self.lock:
            self.done = True
            if self.timer is not None:
                self.timer.cancel()
            return self.fired
