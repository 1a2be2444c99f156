"""Shared fixtures: where the shared corpus lives, and a fresh DuckDB path per test."""
from __future__ import annotations

import os
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


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "manifest.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (set NEWSCLAIMS_SHARED to the shared/ folder)")
    return CORPUS


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")
