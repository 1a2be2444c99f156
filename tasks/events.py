"""Thin Prefect task for the grouping step that runs after each load: articles into events."""
from __future__ import annotations

from prefect import task

from tasks.common import TASK_OPTIONS, utc_now
from tasks.io import events
from tasks.io.db import open_db


@task(**TASK_OPTIONS)
def group_articles(db: str, lock_wait_s: float) -> dict:
    """Assign new and changed articles to events; returns the run's grouping counts."""
    with open_db(db, wait_s=lock_wait_s) as con:
        return events.group_articles(con, utc_now())
