"""Re-extract claims from stored article text when the extractor version changed."""
from __future__ import annotations

from prefect import flow

from tasks import ingest as t


@flow(name="newsclaims-reextract")
def reextract_flow(db: str, workers: int = 1, batch_size: int = 64, lock_wait_s: float = 120.0) -> int:
    t.prepare_db(db, lock_wait_s)
    return t.reextract_stale(db, workers, batch_size, lock_wait_s)
