"""Imported by a fork server only, last in its preload list (tasks/io/workers.py, tasks/io/runners.py): the server
leaves without the interpreter's teardown.

Freeing everything the warm-up loaded (tasks/io/worker_preload.py: the parser, the extractor's compiled patterns,
scikit-learn) took the fork server ~1.5 s of CPU at the end of every run, while the flow waited for it
(workers.py _stop_fork_server). It holds no files or buffers to flush: it only forks workers, and they leave through
os._exit as it is. Imported after the warm-up, its handler is the last registered, so the first to run (the
libraries' own handlers are skipped). Being in the preload list is what marks the fork server: any other process
that imports the warm-up module (a test, a tool) keeps its own exit.
"""
from __future__ import annotations

import atexit
import os


def _exit_at_once() -> None:
    os._exit(0)


atexit.register(_exit_at_once)  # runs on the server's SystemExit (its last client gone), in no worker
