"""Start the worker pool ahead of the work when a run has much to clean (imports no Prefect).

`newsclaims ingest` calls this before it imports Prefect and the flow (about 5 s of imports on
one core): the pool's fork server then does its warm-up (tasks/io/worker_preload.py: the
extractor, the parser, the first document; ~10 s CPU) on the other core meanwhile, instead of
after the flow has started. The flow calls it again (tasks/ingest.py warm_workers): a pool
already started is kept.
"""
from __future__ import annotations

from tasks.io.db import open_db
from tasks.io.load import known_articles
from tasks.io.workers import MIN_ITEMS_FOR_POOL, warm


def warm_for(db: str, workers: int, keys: list[str], lock_wait_s: float) -> bool:
    """The process pool started when this run has much to clean: at least MIN_ITEMS_FOR_POOL inputs
    not stored yet (a small run works in-process; a rerun of unchanged inputs needs no pool, and
    starting one costs its workers seconds of CPU). True when started."""
    if workers <= 1 or len(keys) < MIN_ITEMS_FOR_POOL:
        return False
    with open_db(db, wait_s=lock_wait_s) as con:
        new = len(keys) - len(known_articles(con, keys))
    if new < MIN_ITEMS_FOR_POOL:
        return False
    from tasks.core.process import load_extractor

    warm(workers, load_extractor)
    return True
