"""A hard-kill watchdog for pool workers stuck in native code.

The per-document budget (tasks/core/budget.py) interrupts Python between bytecodes; a call that
never returns from C (a regex or parser looping, a blocking system call) is out of its reach.
Each worker writes which item it is on, and since when, into a small shared board; a thread of
the process that owns the pool reads it and kills (SIGKILL) a worker that has been on one item
longer than the hard limit. The pool then breaks like after any crash; tasks/io/workers.py knows
from the board which item it was, makes it a reject and runs every other item again.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from itertools import count
from typing import Callable

_FIELDS = 4  # per worker slot: call id, item index, start time (0: idle), pid
_calls = count(1)

# In a worker: its board and its slot on it (set by init_worker).
_board = None
_slot = 0


class Board:
    """The shared board of one pool: created before the pool, handed to its workers at their start."""

    def __init__(self, context, workers: int):
        self.slots = workers
        self.cells = context.Array("d", _FIELDS * workers, lock=False)
        self.taken = context.Value("i", 0)


def init_worker(cells, taken) -> None:
    """Pool initializer: take a slot on the board and note this worker's pid there."""
    global _board, _slot
    with taken.get_lock():
        _slot = taken.value % (len(cells) // _FIELDS)
        taken.value += 1
    _board = cells
    cells[_slot * _FIELDS + 3] = os.getpid()


def tracked(fn: Callable, call_id: int, pair: tuple):
    """fn(item) for (index, item), with the item and its start time on this worker's slot."""
    index, item = pair
    if _board is None:
        return fn(item)
    base = _slot * _FIELDS
    _board[base], _board[base + 1], _board[base + 2] = call_id, index, time.time()  # start time last
    try:
        return fn(item)
    finally:
        _board[base + 2] = 0.0


def new_call_id() -> int:
    return next(_calls)


class Watch:
    """While active, kills any worker that has been on an item of `call_id` for more than `limit_s`;
    `hung` lists the indexes of the items it killed workers over."""

    def __init__(self, board: Board | None, call_id: int, limit_s: float | None, every_s: float = 0.5):
        self.board, self.call_id, self.limit_s, self.every_s = board, call_id, limit_s, every_s
        self.hung: list[int] = []
        self._stop = threading.Event()
        self._thread = None

    def __enter__(self) -> "Watch":
        if self.board is not None and self.limit_s and self.limit_s > 0:
            self._thread = threading.Thread(target=self._run, name="pool-watchdog", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        cells = self.board.cells
        while not self._stop.wait(self.every_s):
            now = time.time()
            for slot in range(self.board.slots):
                base = slot * _FIELDS
                start = cells[base + 2]
                if not start or now - start <= self.limit_s or int(cells[base]) != self.call_id:
                    continue
                index, pid = int(cells[base + 1]), int(cells[base + 3])
                if cells[base + 2] != start or not pid:  # the worker moved on meanwhile
                    continue
                self.hung.append(index)
                cells[base + 2] = 0.0
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
