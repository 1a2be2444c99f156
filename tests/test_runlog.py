"""Where a failed run's record waits when the DB cannot take it (tasks/io/runlog.py)."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import duckdb

from tasks.io.runlog import apply_pending, keep_for_later, pending_path


def test_a_file_db_keeps_its_failures_beside_it(tmp_path):
    assert pending_path(tmp_path / "news.duckdb") == tmp_path / "news.duckdb.failed-runs.jsonl"


def test_a_file_catalog_lake_keeps_them_beside_its_catalog(tmp_path):
    for db in (f"{tmp_path}/lake.ducklake", f"ducklake:{tmp_path}/lake.ducklake"):
        assert pending_path(db) == tmp_path / "lake.ducklake.failed-runs.jsonl"


def test_a_server_catalog_never_writes_into_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    one = "ducklake:postgres:dbname=newsclaims host=127.0.0.1"
    other = "ducklake:postgres:dbname=other host=127.0.0.1"
    assert pending_path(one).parent == tmp_path / "state" / "newsclaims"
    assert pending_path(one) != pending_path(other)
    when = datetime(2026, 12, 3, tzinfo=timezone.utc)
    keep_for_later(one, "run-1", {"articles": 2}, "OperationalError: catalog unreachable", when)
    assert os.listdir(tmp_path) == ["state"]  # nothing named after the connection string in cwd
    applied = []
    con = duckdb.connect()
    assert apply_pending(con, one, lambda c, run_id, counts, error, at: applied.append((run_id, counts, error, at))) == 1
    assert applied == [("run-1", {"articles": 2}, "OperationalError: catalog unreachable", when)]
    assert not pending_path(one).exists() and apply_pending(con, other, lambda *a: None) == 0
