"""Shared fixtures: where the shared corpus lives, and a fresh DuckDB path per test."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

# Prefect's local server: no telemetry (its heartbeat races the server's SQLite and prints
# tracebacks) and quiet logs, as the CLI sets them.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# Tests never write into the user's own Prefect home or server: every session gets a home of its
# own (flow runs of in-process ingests land in its temporary server), and a user's PREFECT_API_URL
# is ignored. A fresh home means the temporary server creates its database on first start, which
# can take longer than Prefect's 20 s default on a loaded machine.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsclaims-test-prefect-")
atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ.pop("PREFECT_API_URL", None)
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
# Nor into the user's state folder (a lake on a catalog server keeps pending failed-run records there).
os.environ["XDG_STATE_HOME"] = os.path.join(os.environ["PREFECT_HOME"], "state")
# Nor into the user's cache: compiled patterns (tasks/core/regex_cache.py) go to the session's own folder, shared by
# every ingest the tests start, so later ones still start fast.
os.environ["NEWSCLAIMS_REGEX_CACHE"] = os.path.join(os.environ["PREFECT_HOME"], "regex")


@pytest.fixture(scope="session", autouse=True)
def _local_prefect_server_stops_with_the_session():
    """`newsclaims ingest` in a subprocess starts the local Prefect server in this session's own
    PREFECT_HOME (newsclaims/server.py) and leaves it running on purpose; the session ends it."""
    yield
    from newsclaims import server

    server.stop(server.default_home())


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "manifest.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (set NEWSCLAIMS_SHARED to the shared/ folder)")
    return CORPUS


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")
