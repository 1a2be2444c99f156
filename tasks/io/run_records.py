"""The rows that record a run and the sources it saw: `runs` and `sources`.

Kept apart from tasks/io/load.py, which builds the article rows (and imports the claim extractor's
word lists and spaCy with them): an unchanged rerun (tasks/io/quick_rerun.py) writes only these
rows and must not pay a second of imports for them.
"""
from __future__ import annotations

import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime

import duckdb

from tasks.core.safe_text import storable_text
from tasks.core.stable_ids import stable_id
from tasks.io.db import retry_conflicts, transaction, upsert_rows
from tasks.io.procs import pid_alive


@dataclass(frozen=True)
class SourceInfo:
    kind: str  # file | url | feed | sitemap
    locator: str
    etag: str | None = None
    last_modified: str | None = None


# The sources row's columns (sql/schema/001_core.sql), for upsert_rows' JSON route: no pyarrow import.
_SOURCE_TYPES = {"source_id": "VARCHAR", "kind": "VARCHAR", "locator": "VARCHAR", "etag": "VARCHAR",
                 "last_modified": "VARCHAR", "content_hash": "VARCHAR", "first_seen_at": "TIMESTAMP",
                 "last_seen_at": "TIMESTAMP", "last_status": "VARCHAR"}


def source_id(src: SourceInfo) -> str:
    return stable_id("source", src.kind, src.locator)


def unique_by(rows: list[dict], key: str) -> list[dict]:
    """One row per key, the last one given."""
    return list({r[key]: r for r in rows}.values())


def upsert_sources(con: duckdb.DuckDBPyConnection, items: list[tuple[SourceInfo, str | None, str]], now: datetime) -> None:
    rows = [
        {"source_id": source_id(src), "kind": src.kind, "locator": storable_text(src.locator), "etag": src.etag,
         "last_modified": src.last_modified, "content_hash": h, "first_seen_at": now, "last_seen_at": now,
         "last_status": status}
        for src, h, status in items
    ]
    upsert_rows(con, "sources", unique_by(rows, "source_id"), "source_id", {
        "etag": "new.etag", "last_modified": "new.last_modified",
        "content_hash": "coalesce(new.content_hash, old.content_hash)",
        "last_seen_at": "new.last_seen_at", "last_status": "new.last_status"}, types=_SOURCE_TYPES)


@retry_conflicts
def start_run(con: duckdb.DuckDBPyConnection, inputs: dict, *, flow_run_id: str | None, version: str, now: datetime) -> str:
    with transaction(con):
        return insert_run(con, inputs, flow_run_id=flow_run_id, version=version, now=now)


def insert_run(con: duckdb.DuckDBPyConnection, inputs: dict, *, flow_run_id: str | None, version: str, now: datetime) -> str:
    """start_run inside the caller's transaction."""
    run_id = uuid.uuid4().hex
    host, pid = socket.gethostname(), os.getpid()
    mark_abandoned_runs(con, host, now=now)
    con.execute(
        "insert into runs (run_id, flow_run_id, started_at, status, inputs, extractor_version, host, pid)"
        " values (?, ?, ?, 'running', ?, ?, ?, ?)",
        [run_id, flow_run_id, now, json.dumps(inputs), version, host, pid])
    return run_id


def mark_abandoned_runs(con: duckdb.DuckDBPyConnection, host: str, *, now: datetime) -> list[str]:
    """Mark this host's 'running' runs whose process is gone as 'abandoned'; return their ids.

    Only this host's runs: another machine's process cannot be checked from here, and runs
    may legitimately overlap (the flow holds the file only while it loads a batch)."""
    rows = con.execute("select run_id, pid from runs where status = 'running' and host = ?", [host]).fetchall()
    dead = [run_id for run_id, pid in rows if pid is not None and not pid_alive(pid)]
    if dead:
        con.execute("update runs set status = 'abandoned', finished_at = ? where run_id in (select unnest(?))",
                    [now, dead])
    return dead


@retry_conflicts
def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int], *, status: str, now: datetime,
               error: str | None = None) -> None:
    with transaction(con):
        record_finish(con, run_id, counts, status=status, now=now, error=error)


def record_finish(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int], *, status: str, now: datetime,
                error: str | None = None) -> None:
    con.execute(
        "update runs set finished_at = ?, status = ?, n_inputs = ?, n_new = ?, n_updated = ?, n_unchanged = ?,"
        " n_reextracted = ?, n_rejected = ?, n_fetched = ?, n_not_modified = ?, error = ? where run_id = ?",
        [now, status, counts.get("inputs", 0), counts.get("new", 0), counts.get("updated", 0),
         counts.get("unchanged", 0), counts.get("reextracted", 0), counts.get("rejected", 0),
         counts.get("fetched", 0), counts.get("not_modified", 0), error, run_id])
