"""Thin Prefect tasks for the cross-article step that runs after each load: actor aliases,
wire-copy links and story groups. Plain data in and out, no caching (like tasks/ingest.py)."""
from __future__ import annotations

from datetime import datetime, timezone

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks.io import crossref
from tasks.io.db import open_db

_TASK = dict(cache_policy=NO_CACHE, persist_result=False)


@task(**_TASK)
def merge_actors(db: str, lock_wait_s: float) -> int:
    """Recompute actor_aliases; returns how many actors read as another one."""
    with open_db(db, wait_s=lock_wait_s) as con:
        return crossref.refresh_aliases(con)


@task(**_TASK)
def link_articles(db: str, lock_wait_s: float) -> int:
    """Sign new or changed articles, link wire copies, regroup stories; returns the number of links."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with open_db(db, wait_s=lock_wait_s) as con:
        return crossref.link_articles(con, now)["links"]
