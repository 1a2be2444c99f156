"""A failed run's record when the DB cannot take it: kept beside the DB until the next run.

A run that fails because another process holds the DB (an analyst's session on the writer's
file) usually cannot write its own `failed` row either. Waiting out the lock a second time
would double the stall, so the failure goes into `<db>.failed-runs.jsonl` and the next run
writes it into `runs` (status 'failed', the one-line error) before it starts.

A DuckLake whose catalog is a server (`ducklake:postgres:...`) has no file to stand beside: its
pending failures go to the user's state folder (XDG_STATE_HOME, else ~/.local/state), one file
per catalog string, never to whatever folder the command happened to run in.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path

import duckdb

from tasks.io import lake


def pending_path(db: str | Path) -> Path:
    return beside_db(db, ".failed-runs.jsonl")


def beside_db(db: str | Path, suffix: str) -> Path:
    """`<db><suffix>` beside a DB file or a lake's catalog file; for a catalog server, a file in the state folder."""
    if lake.is_lake(db):
        local = lake.catalog_file(db)
        if local is None:
            return _state_dir() / f"{hashlib.sha256(str(db).encode()).hexdigest()[:16]}{suffix}"
        db = local
    db = Path(db)
    return db.with_name(db.name + suffix)


def _state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "newsclaims"


def keep_for_later(db: str | Path, run_id: str, counts: dict, error: str, now: datetime) -> None:
    line = json.dumps({"run_id": run_id, "counts": counts, "error": error, "finished_at": now.isoformat()},
                      default=str)
    path = pending_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())


def apply_pending(con: duckdb.DuckDBPyConnection, db: str | Path, finish) -> int:
    """Write the failures kept beside the DB into `runs` (with finish(con, run_id, counts, error, when)),
    then drop the file; returns how many. Lines that cannot be read are skipped."""
    path = pending_path(db)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return 0
    done = 0
    for line in lines:
        try:
            row = json.loads(line)
            finish(con, row["run_id"], row.get("counts") or {}, row["error"],
                   datetime.fromisoformat(row["finished_at"]))
            done += 1
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line of a killed process: nothing to apply
    path.unlink(missing_ok=True)
    return done


def one_line(exc: BaseException, limit: int = 500) -> str:
    """An exception as one line for the runs table: its type and the first line of its message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return (f"{name}: {text}" if text and name not in text else text or name)[:limit]
