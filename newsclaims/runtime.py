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


def prepare_prefect(verbose: bool, settings) -> str:
    """Point this process's flows at a Prefect server before prefect is imported; its API URL.

    PREFECT_API_URL (environment or active Prefect profile) when set; otherwise the local server
    (newsclaims/server.py), started in the background on first use and reused by later runs.
    """
    import sys

    from newsclaims import server

    quiet_prefect(verbose)
    url = server.configured_api_url()
    if not url:
        say = lambda msg: print(f"newsclaims: {msg}", file=sys.stderr, flush=True)  # noqa: E731
        url = server.ensure(settings.server_start_s, settings.server_port, say=say).url
    os.environ["PREFECT_API_URL"] = url
    return url
