"""What the commands that run flows share: checking the DB first, and setting Prefect up quietly."""
from __future__ import annotations

import os


def check_db(path: str, lock_wait_s: float) -> None:
    """Fail fast, before Prefect starts, when the DB cannot be opened and migrated."""
    from tasks.io.db import open_db, prepare

    with open_db(path, wait_s=lock_wait_s) as con:
        prepare(con)


def quiet_prefect(verbose: bool) -> None:
    # Prefect's local server sends telemetry heartbeats that race its own SQLite database and
    # print tracebacks on shutdown; a research tool has no use for them anyway.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def prepare_prefect(verbose: bool) -> None:
    """Environment for running a flow in this process."""
    quiet_prefect(verbose)
