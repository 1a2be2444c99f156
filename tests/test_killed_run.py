"""A run killed with SIGKILL mid-way: the next run marks it abandoned and loads everything.

Real processes: the CLI ingests the corpus pages in a child process, which is killed once it
has loaded some batches; then a second run completes the job in the same DB file."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb

from conftest import ROOT
from flows.ingest import ingest_flow


def _poll(db: str, sql: str, timeout_s: float = 120.0):
    """Ask the DB read-only, retrying while the child holds the write lock."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with duckdb.connect(db, read_only=True) as con:
                return con.execute(sql).fetchone()
        except duckdb.Error:
            time.sleep(0.05)
    raise AssertionError(f"{sql!r} did not answer within {timeout_s} s")


def test_killed_run_is_marked_abandoned_and_the_next_run_completes(corpus, tmp_path):
    db, pages = str(tmp_path / "k.duckdb"), str(corpus / "pages")
    err_path = tmp_path / "child.stderr"
    # One worker: batches are cleaned in the child itself, in two threads of the flow in turn
    # (this once crashed the child with "double free or corruption"; see tasks/io/workers.py).
    with open(err_path, "wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "newsclaims.cli", "ingest", pages, "--db", db, "--workers", "1"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and child.poll() is None:
            if os.path.exists(db):
                loaded = _poll(db, "select count(*) from articles")
                if loaded and loaded[0] > 0:
                    break
            time.sleep(0.2)
        assert child.poll() is None, (f"the child finished (exit {child.poll()}) before it could be killed:\n"
                                      + err_path.read_text(errors="replace")[-3000:])
        # The whole process group, as when a machine dies: the run and Prefect's temporary API
        # server it started (killing only the run would leave that server orphaned, still running).
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
    killed = _poll(db, "select run_id, status, count(*) over () from runs")
    assert killed[1:] == ("running", 1)  # what a killed process leaves behind
    n_before = _poll(db, "select count(*) from articles")[0]
    assert 0 < n_before < 799

    summary = ingest_flow(paths=[pages], db=db, workers=2)

    with duckdb.connect(db, read_only=True) as con:
        runs = dict(con.execute("select run_id, status from runs").fetchall())
        assert runs.pop(killed[0]) == "abandoned"
        assert list(runs.values()) == ["completed"]
        n_articles = con.execute("select count(*) from articles").fetchone()[0]
        n_rejects = con.execute("select count(*) from rejects").fetchone()[0]
        # Every page is accounted for once, and nothing from the killed run is half-written:
        # each article has its text and its sentences.
        assert n_articles + n_rejects == 799
        assert con.execute("select count(*) from articles a where not exists"
                           " (select 1 from article_texts t where t.article_id = a.article_id)"
                           " or not exists (select 1 from sentences s where s.article_id = a.article_id)"
                           ).fetchone()[0] == 0
    assert summary["unchanged"] == n_before


def test_a_live_run_of_another_process_is_left_running(tmp_path):
    from datetime import datetime, timezone

    from tasks.io.db import connect, migrate
    from tasks.io.load import mark_abandoned_runs

    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        con = connect(str(tmp_path / "r.duckdb"))
        migrate(con)
        for run_id, pid, host in (("live", live.pid, "h1"), ("dead", dead.pid, "h1"), ("other", dead.pid, "h2")):
            con.execute("insert into runs (run_id, started_at, status, host, pid)"
                        " values (?, now(), 'running', ?, ?)", [run_id, host, pid])
        assert mark_abandoned_runs(con, "h1", now=datetime.now(timezone.utc)) == ["dead"]
        # Another host's run cannot be checked from here, so it is left alone.
        assert dict(con.execute("select run_id, status from runs").fetchall()) == {
            "live": "running", "dead": "abandoned", "other": "running"}
    finally:
        live.kill()
