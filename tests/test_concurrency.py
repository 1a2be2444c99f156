"""One writer, many readers: real DuckDB files held open by other processes while a run writes.

The run is the ingest flow in this process; the analyst or the other writer is a real second
process (`holder` below) that opens a connection, says "ready", and holds it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import timezone
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SEEDS
from flows.ingest import ingest_flow
from tasks.io.db import DatabaseLocked, open_db, prepare
from tasks.io.snapshot import is_fresh, publish_snapshot, read_path, snapshot_path

# argv: path, mode (read/write), then commands on stdin: "count" prints the articles this
# connection sees, "reconnect-count" opens a second connection, "close" ends. Without stdin
# commands it holds for HOLD_S seconds (argv[3]), then prints "released <unix time>".
HOLDER = r"""
import sys, time, duckdb
path, mode, hold_s = sys.argv[1], sys.argv[2], float(sys.argv[3])
con = duckdb.connect(path, read_only=(mode == "read"))
print("ready", con.execute("select count(*) from articles").fetchone()[0], flush=True)
if hold_s > 0:
    time.sleep(hold_s)
    con.close()
    print("released", time.time(), flush=True)
    sys.exit(0)
for line in sys.stdin:
    if line.strip() == "count":
        print("count", con.execute("select count(*) from articles").fetchone()[0], flush=True)
    elif line.strip() == "close":
        break
con.close()
"""


class Holder:
    """A second process holding a connection on a DuckDB file."""

    def __init__(self, path: Path, mode: str, hold_s: float = 0.0):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode, str(hold_s)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.ready_count = int(self._expect("ready")[0])

    def _expect(self, word: str) -> list[str]:
        line = self.proc.stdout.readline().split()
        if not line or line[0] != word:
            self.proc.kill()
            raise AssertionError(f"holder said {line!r}, expected {word!r}: {self.proc.stderr.read()}")
        return line[1:]

    def count(self) -> int:
        self.proc.stdin.write("count\n")
        self.proc.stdin.flush()
        return int(self._expect("count")[0])

    def released_at(self) -> float:
        return float(self._expect("released")[0])

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("close\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
        self.proc.wait()


@pytest.fixture
def holders():
    started: list[Holder] = []
    yield lambda *a, **kw: started.append(Holder(*a, **kw)) or started[-1]
    for h in started:  # even when the test failed: no process outlives it
        h.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Three of the five seed articles; tests add the other two to make a change."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(f, folder)
    return folder


def add_remaining_seeds(folder: Path) -> None:
    for f in sorted(SEEDS.glob("*.txt"))[3:]:
        shutil.copy(f, folder)


def ingest(folder: Path, db: Path, lock_wait_s: float = 60.0) -> dict:
    return ingest_flow(paths=[str(folder)], db=str(db), workers=1, lock_wait_s=lock_wait_s)


def articles(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("select count(*) from articles").fetchone()[0]


def test_a_reader_on_the_db_makes_the_run_wait_not_fail(tmp_path, inbox, holders):
    db = tmp_path / "news.duckdb"
    ingest(inbox, db)  # the schema exists, and Prefect's local server is warm, before the race starts
    add_remaining_seeds(inbox)
    reader = holders(db, "read", hold_s=3.0)  # a read-only session on the writer's own file
    started = time.time()
    summary = ingest(inbox, db, lock_wait_s=60.0)
    released = reader.released_at()
    assert summary["new"] == 2
    assert released - started > 1.0  # the reader still held the file well after the run began
    assert time.time() - started < 30  # waited for the reader, not for lock_wait_s
    with open_db(db, read_only=True) as con:
        run_started = con.execute("select max(started_at) from runs").fetchone()[0]
    # The run's first write came after the reader let go: it waited, it did not fail.
    assert run_started.replace(tzinfo=timezone.utc).timestamp() >= released - 0.5
    assert articles(db) == 5


def test_an_analyst_on_the_snapshot_keeps_old_data_and_the_run_publishes_new(tmp_path, inbox, holders):
    db = tmp_path / "news.duckdb"
    ingest(inbox, db)
    snap = snapshot_path(db)
    assert snap.is_file() and articles(snap) == 3
    analyst = holders(snap, "read")  # open for the whole run below
    assert analyst.ready_count == 3
    old_inode = snap.stat().st_ino
    add_remaining_seeds(inbox)

    started = time.monotonic()
    summary = ingest(inbox, db, lock_wait_s=30.0)
    assert summary["new"] == 2 and time.monotonic() - started < 30  # never waited on the analyst

    assert snap.stat().st_ino != old_inode  # a new snapshot, atomically replaced
    assert analyst.count() == 3  # the open session still works, on the data it started with
    assert articles(snap) == 5  # a new connection (another process's view) sees the new run
    assert is_fresh(db) and read_path(db) == snap
    assert not list(tmp_path.glob(".*.tmp"))  # no temp file left behind


def test_a_writer_holding_the_db_too_long_fails_the_run_clearly(tmp_path, inbox, holders):
    db = tmp_path / "news.duckdb"
    with open_db(db) as con:
        prepare(con)
    holders(db, "write")  # another writer, holding until the test ends
    started = time.monotonic()
    with pytest.raises(DatabaseLocked, match="locked by another process"):
        ingest(inbox, db, lock_wait_s=2.0)
    assert time.monotonic() - started < 20  # gave up after lock_wait_s, did not hang

    # The command says the same in one line, with a non-zero exit code.
    env = {**os.environ, "NEWSCLAIMS_LOCK_WAIT_S": "2"}
    cli = subprocess.run([sys.executable, "-m", "newsclaims.cli", "ingest", str(inbox), "--db", str(db)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert cli.returncode == 1
    assert "locked by another process" in cli.stderr and "Traceback" not in cli.stderr


def test_snapshot_path_and_freshness(tmp_path):
    db = tmp_path / "runs" / "newsclaims.duckdb"
    assert snapshot_path(db) == tmp_path / "runs" / "newsclaims.read.duckdb"
    assert snapshot_path(tmp_path / "x") == tmp_path / "x.read.duckdb"
    with open_db(db) as con:
        prepare(con)
    assert not is_fresh(db) and read_path(db) == db  # no snapshot yet: read the DB
    snap = publish_snapshot(db)
    assert is_fresh(db) and read_path(db) == snap
    assert not os.access(snap, os.W_OK) or os.geteuid() == 0  # read-only file (root ignores modes)
    with open_db(db) as con:  # a later write the snapshot does not have
        con.execute("create table later (x int)")
        con.execute("checkpoint")
    newer = snap.stat().st_mtime_ns + 1_000_000_000
    os.utime(db, ns=(newer, newer))
    assert not is_fresh(db) and read_path(db) == db


def test_publish_drops_a_stale_snapshot_wal(tmp_path):
    # A read-write session on an old snapshot may leave a WAL; replayed onto the new snapshot it
    # would mix old writes into new data.
    db = tmp_path / "news.duckdb"
    with open_db(db) as con:
        prepare(con)
    snap = publish_snapshot(db)
    wal = snap.with_name(snap.name + ".wal")
    wal.write_bytes(b"stale")
    publish_snapshot(db)
    assert not wal.exists()
    with duckdb.connect(str(snap), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 0


def test_query_reads_the_snapshot_while_a_run_holds_the_db(tmp_path, inbox, holders):
    db = tmp_path / "news.duckdb"
    ingest(inbox, db)
    holders(db, "write")  # a run in the middle of a load
    env = {**os.environ, "NEWSCLAIMS_LOCK_WAIT_S": "2"}
    result = subprocess.run([sys.executable, "-m", "newsclaims.cli", "query", "select count(*) as n from articles",
                             "--db", str(db), "--format", "json"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert '"n": 3' in result.stdout


# Waits until a run is 'running' in the DB, then holds a read-only connection for argv[2] seconds.
LATE_READER = r"""
import sys, time, duckdb
path, hold_s = sys.argv[1], float(sys.argv[2])
while True:
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error:
        time.sleep(0.02)
        continue
    if con.execute("select count(*) from runs where status = 'running'").fetchone()[0]:
        break
    con.close()
    time.sleep(0.02)
print("holding", time.time(), flush=True)
time.sleep(hold_s)
con.close()
print("released", time.time(), flush=True)
"""


def test_a_reader_arriving_mid_run_fails_it_once_and_the_failure_is_recorded(tmp_path, inbox):
    """Issue 12.5: the run waited out the lock twice (load, then its own 'failed' row), printed
    tracebacks, and left its row 'running'. Now it waits once, and the one-line reason reaches
    the runs table: at once when it can, else through the next run."""
    from tasks.io.runlog import pending_path

    db = tmp_path / "news.duckdb"
    ingest(inbox, db)
    add_remaining_seeds(inbox)
    lock_wait = 15.0
    reader = subprocess.Popen([sys.executable, "-c", LATE_READER, str(db), "60"], stdout=subprocess.PIPE, text=True)
    try:
        with pytest.raises(DatabaseLocked):
            ingest(inbox, db, lock_wait_s=lock_wait)
        failed_at = time.time()
        held_since = float(reader.stdout.readline().split()[1])
        # one wait of lock_wait_s (plus 2 s for its own record and a loaded machine's slack), not two
        assert failed_at - held_since < 2 * lock_wait - 2
        pending = pending_path(db).read_text().splitlines()
        assert len(pending) == 1 and "locked by another process" in pending[0]
    finally:
        reader.kill()
        reader.wait()
    summary = ingest(inbox, db)  # the next run writes the failure it was left
    assert summary["new"] == 2
    with open_db(db, read_only=True) as con:
        runs = con.execute("select status, error from runs order by started_at").fetchall()
    assert [s for s, _ in runs] == ["completed", "failed", "completed"]
    assert "locked by another process" in runs[1][1] and "\n" not in runs[1][1]
    assert not pending_path(db).exists()


def test_a_run_failing_for_another_reason_records_failed_with_one_line(tmp_path, inbox):
    db = tmp_path / "news.duckdb"
    ingest(inbox, db)
    (inbox / "notes.pdf").write_bytes(b"%PDF")  # a reject to record
    with open_db(db) as con:
        con.execute("alter table rejects rename to rejects_gone")  # the DB is damaged mid-life
    with pytest.raises(duckdb.CatalogException):
        ingest(inbox, db)
    with open_db(db, read_only=True) as con:
        status, error = con.execute("select status, error from runs order by started_at desc limit 1").fetchone()
    assert status == "failed" and error.startswith("CatalogException: Catalog Error: Table with name rejects")
    assert "\n" not in error and "Traceback" not in error
