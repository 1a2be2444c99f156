"""An unchanged rerun is recorded without the flow (tasks/io/quick_rerun.py), and only when the flow
would have done nothing else: real CLI runs, a real DuckDB file, the seeds plus one rejected file."""
from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from conftest import SEEDS
from test_cli import cli
from tasks.io.quick_rerun import try_unchanged_run

TABLES = ("articles", "sentences", "claims", "sources", "rejects")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """A folder of the seeds and one file that is not an article, ingested once through the flow."""
    tmp = tmp_path_factory.mktemp("quick")
    folder = tmp / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "tiny.txt").write_text("Hello.\n", encoding="utf-8")
    db = str(tmp / "q.duckdb")
    proc = cli("ingest", str(folder), "--db", db, "--json", "--no-progress", timeout=600)
    assert proc.returncode == 0, proc.stderr
    first = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (first["new"], first["rejected"]) == (5, 1) and first["flow_run_id"]
    return folder, db


def _q(db: str, sql: str):
    con = duckdb.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _counts(db: str) -> dict:
    return {t: _q(db, f"select count(*) from {t}")[0][0] for t in TABLES}


def _try(folder, db):
    return try_unchanged_run([str(folder)], db, 10_000_000, 30.0, None, "in")


def test_unchanged_rerun_is_recorded_without_a_flow_run(loaded):
    folder, db = loaded
    before = _counts(db)
    proc = cli("ingest", str(folder), "--db", db, "--json", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["flow_run_id"] is None
    assert (summary["inputs"], summary["new"], summary["updated"], summary["unchanged"], summary["rejected"]) == (6, 0, 0, 5, 1)
    assert [r["input"] for r in summary["rejects"]] == ["in/tiny.txt"]
    assert _counts(db) == before
    last = _q(db, "select run_id, status, flow_run_id, n_inputs, n_unchanged, n_rejected, code_fingerprint"
                  " from runs order by started_at desc limit 1")[0]
    assert last[0] == summary["run_id"] and last[1:6] == ("completed", None, 6, 5, 1) and last[6]
    # the reject is recorded again under this run, as the flow records it
    assert _q(db, "select run_id from rejects")[0][0] == summary["run_id"]
    assert {r[0] for r in _q(db, "select last_status from sources")} == {"unchanged", "rejected"}


def test_any_sign_of_work_runs_the_flow(loaded):
    folder, db = loaded
    assert _try(folder, db) is not None
    # code other than the last completed run's (new cross-reference or event versions)
    _q(db, "update runs set code_fingerprint = 'older' where run_id = (select run_id from runs order by started_at desc limit 1)")
    assert _try(folder, db) is None
    _q(db, "update runs set code_fingerprint = (select max(code_fingerprint) from runs where code_fingerprint <> 'older')")
    assert _try(folder, db) is not None
    # a reject that may not repeat (a timeout) is tried again
    _q(db, "update rejects set reason = 'took longer than 30 s to clean'")
    assert _try(folder, db) is None
    _q(db, "update rejects set reason = 'only 1 words of text: not an article'")
    # the last run did not complete: its cross-reference and event steps may not have run
    _q(db, "update runs set status = 'failed' where run_id = (select run_id from runs order by started_at desc limit 1)")
    assert _try(folder, db) is None
    _q(db, "update runs set status = 'completed'")
    # an extractor change leaves stored articles to re-extract
    _q(db, "update articles set extractor_version = 'old' where article_id = (select min(article_id) from articles)")
    assert _try(folder, db) is None
    _q(db, "update articles set extractor_version = (select max(extractor_version) from runs)")
    assert _try(folder, db) is not None
    # a new file, then a changed one
    (folder / "new.txt").write_text((SEEDS / "000_40a16710a1f689f1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert _try(folder, db) is None
    (folder / "new.txt").unlink()
    target = folder / "001_c1af84971c6ad053.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert _try(folder, db) is None
