"""The ingest flow: discover -> read -> (skip unchanged) -> clean + extract -> load, in batches."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from prefect import flow
from prefect.runtime import flow_run

from tasks import ingest as t
from tasks.core.process import Reject
from tasks.io.files import discover_files
from tasks.io.load import SourceInfo


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


@flow(name="newsclaims-ingest")
def ingest_flow(
    paths: list[str],
    db: str,
    batch_size: int = 64,
    workers: int = 1,
    max_bytes: int = 10 * 1024 * 1024,
    lock_wait_s: float = 120.0,
) -> dict:
    """Ingest files and folders into the DuckDB file `db`; returns the run's counts."""
    started = time.perf_counter()
    t.prepare_db(db, lock_wait_s)
    run_id = t.begin_run(db, {"paths": paths}, flow_run.get_id(), lock_wait_s)
    counts: Counter = Counter()
    status = "failed"
    try:
        found = discover_files(paths)
        counts["inputs"] = len(found.inputs) + len(found.problems)
        problems = [Reject(key, "discover", reason) for key, reason in found.problems]
        counts["rejected"] += t.record_rejects(db, problems, run_id, lock_wait_s)
        for batch in _chunks(found.inputs, batch_size):
            sources = {i.key: SourceInfo("file", str(i.path)) for i in batch}
            docs, read_rejects = t.read_files(batch, max_bytes)
            fresh, unchanged = t.split_unchanged(db, docs, lock_wait_s)
            results = t.process_batch(fresh, workers) + read_rejects
            same = [(sources[d.key], d.content_hash, d.key) for d in unchanged]
            counts.update(t.load_batch(db, results, same, sources, run_id, lock_wait_s))
        counts["reextracted"] = t.reextract_stale(db, workers, batch_size, lock_wait_s)
        status = "completed"
    finally:
        t.end_run(db, run_id, dict(counts), status, lock_wait_s)
    return {**dict(counts), "run_id": run_id, "seconds": round(time.perf_counter() - started, 2), "db": str(Path(db))}
