"""What every Prefect task wrapper shares."""
from __future__ import annotations

from datetime import datetime, timezone

from prefect.cache_policies import NO_CACHE

# Tasks take and return plain data and never cache: their inputs are large byte strings and
# document lists that would only be hashed for nothing, and results live in DuckDB anyway.
TASK_OPTIONS = dict(cache_policy=NO_CACHE, persist_result=False)


def utc_now() -> datetime:
    """Naive UTC, as every timestamp column stores it."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
