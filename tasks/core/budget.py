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
from typing import Callable, TypeVar

R = TypeVar("R")
# Two typed views of the one C function: set an exception class, or clear (NULL) a pending one.
_API = ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
_set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(_API)
_clear_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(_API)


class OverBudget(BaseException):
    """The call ran past its time budget."""


def run_within(seconds: float | None, fn: Callable[..., R], *args) -> R:
    """fn(*args), interrupted with OverBudget after `seconds` (None or <= 0: no budget)."""
    if not seconds or seconds <= 0:
        return fn(*args)
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:  # never fire at a call that already returned
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(target, OverBudget)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        timer.start()  # inside the try: a tiny budget can run out before start() returns
        return fn(*args)
    finally:
        with lock:
            state["done"] = True
            fired = state["fired"]
        timer.cancel()
        if fired:  # fired as the call returned: drop it if not delivered yet, so it cannot hit our caller
            _clear_async_exc(target, None)

