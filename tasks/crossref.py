"""Thin Prefect tasks for the cross-article step that runs after each load: actor aliases,
wire-copy links and story groups. Plain data in and out, no caching (like tasks/ingest.py)."""
from __future__ import annotations

from prefect import task

from tasks.common import TASK_OPTIONS, utc_now
from tasks.io import crossref
from tasks.io.db import open_db


@task(**TASK_OPTIONS)
def merge_actors(db: str, lock_wait_s: float) -> int:
    """Recompute actor_aliases; returns how many actors read as another one."""
    with open_db(db, wait_s=lock_wait_s) as con:
        return crossref.refresh_aliases(con)


@task(**TASK_OPTIONS)
def link_articles(db: str, lock_wait_s: float) -> int:
    """Sign new or changed articles, link wire copies, regroup stories; returns the number of links."""
    now = utc_now()
    with open_db(db, wait_s=lock_wait_s) as con:
        return crossref.link_articles(con, now)["links"]
