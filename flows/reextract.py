"""Re-extract claims from stored article text when the extractor version changed."""
from __future__ import annotations

from prefect import flow

from tasks import crossref
from tasks import events
from tasks import ingest as t


@flow(name="newsclaims-reextract")
def reextract_flow(db: str, workers: int = 1, batch_size: int = 64, lock_wait_s: float = 120.0) -> int:
    """Nothing is re-read or re-fetched: claims are rebuilt from the stored cleaned text."""
    t.prepare_db(db, lock_wait_s)
    n = t.reextract_stale(db, workers, batch_size, lock_wait_s)
    if n:
        crossref.merge_actors(db, lock_wait_s)  # new claims may name new actors to merge
    events.group_articles(db, lock_wait_s)  # figure scopes of databases made before they existed
    t.publish_snapshot(db, lock_wait_s)
    return n
