"""The command line: one settings object, shared options, and a one-line error with the right exit
code for every user mistake (real subprocesses, real DuckDB files)."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEEDS
from newsclaims.settings import Settings, SettingsError


def cli(*args: str, env: dict | None = None, cwd=ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclaims.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, env={**os.environ, **(env or {})})


def assert_one_line_error(proc: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newsclaims "), lines[0]
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> str:
    """A real, migrated DuckDB file with no articles."""
    from tasks.io.db import open_db, prepare

    path = str(tmp_path_factory.mktemp("cli") / "e.duckdb")
    with open_db(path) as con:
        prepare(con)
    return path


def test_settings_defaults_then_env_then_flags(monkeypatch):
    assert Settings().batch_size == 64
    monkeypatch.setenv("NEWSCLAIMS_BATCH_SIZE", "7")
    monkeypatch.setenv("NEWSCLAIMS_FETCH_READ_TIMEOUT_S", "3.5")
    monkeypatch.setenv("NEWSCLAIMS_FETCH_RESPECT_ROBOTS", "false")
    s = Settings.from_env(batch_size=None, db="x.duckdb")
    assert (s.batch_size, s.db, s.fetch.read_timeout_s, s.fetch.respect_robots) == (7, "x.duckdb", 3.5, False)
    assert Settings.from_env(batch_size=9).batch_size == 9
    assert s.fetch_with(read_timeout_s=1.0).read_timeout_s == 1.0
    monkeypatch.setenv("NEWSCLAIMS_WORKERS", "many")
    with pytest.raises(SettingsError, match="NEWSCLAIMS_WORKERS='many'"):
        Settings.from_env()


def test_every_command_takes_the_shared_options_the_same_way():
    from newsclaims import options
    from test_docs import _commands

    commands = _commands()
    for name in ("ingest", "reextract", "serve"):
        flags = {opt for a in commands[name]._actions for opt in a.option_strings}
        assert {"--db", "--workers", "--lock-wait", "--verbose"} <= flags, name
    db_helps = {a.help for p in commands.values() for a in p._actions if "--db" in a.option_strings}
    assert db_helps == {options.SHARED["db"][1]["help"]}  # one definition, reused


def test_version():
    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("newsclaims ")


def test_bad_env_setting_is_one_line():
    assert_one_line_error(cli("ingest", str(SEEDS), env={"NEWSCLAIMS_BATCH_SIZE": "lots"}), 2,
                          "NEWSCLAIMS_BATCH_SIZE")


@pytest.mark.parametrize("command", [("ingest", str(SEEDS)), ("query", "select 1")])
def test_db_that_is_a_directory(tmp_path, command):
    assert_one_line_error(cli(*command, "--db", str(tmp_path)), 2, str(tmp_path), "folder")


@pytest.mark.parametrize("command", [("ingest", str(SEEDS)), ("query", "select 1"), ("eval", str(ROOT / "tests/data/seed-claims.jsonl"))])
def test_file_that_is_not_a_duckdb_database(tmp_path, command):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n")
    assert_one_line_error(cli(*command, "--db", str(bogus)), 1, "not a valid DuckDB database")
    assert bogus.read_text() == "these are my notes, not a database\n"  # left as it was


def test_invalid_sql(empty_db):
    assert_one_line_error(cli("query", "selec * from articles", "--db", empty_db), 1, "syntax error")


def test_unknown_table(empty_db):
    assert_one_line_error(cli("query", "select * from artcles", "--db", empty_db), 1, "artcles")


def test_delete_is_refused_and_nothing_is_deleted(empty_db):
    from tasks.io.db import open_db

    proc = cli("query", "delete from runs", "--db", empty_db)
    assert proc.returncode != 0
    assert_one_line_error(proc, proc.returncode)
    with open_db(empty_db, read_only=True) as con:  # still a database with its tables
        assert con.execute("select count(*) from articles").fetchone() == (0,)


def test_misspelt_analysis_name_gets_did_you_mean(empty_db):
    assert_one_line_error(cli("query", "figure_dispute", "--db", empty_db), 2, "did you mean 'figure_disputes'")


def test_unknown_analysis_name_without_a_close_one(empty_db):
    assert_one_line_error(cli("query", "zzqx", "--db", empty_db), 2, "no saved analysis 'zzqx'", "--list")


def test_empty_folder_warns_fast_and_runs_nothing(tmp_path):
    (tmp_path / "inbox").mkdir()
    started = time.monotonic()
    proc = cli("ingest", str(tmp_path / "inbox"), "--db", str(tmp_path / "n.duckdb"))
    elapsed = time.monotonic() - started
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr and "nothing to ingest" in proc.stderr
    assert not (tmp_path / "n.duckdb").exists()  # no run happened, so nothing was created
    # No Prefect server is started for nothing: this is the time of a Python start-up, not of a flow
    # run (which takes seconds even with a server running). Generous for a loaded machine.
    assert elapsed < 30


def test_missing_urls_file_is_a_usage_error(tmp_path):
    assert_one_line_error(cli("ingest", "--urls", str(tmp_path / "none.txt")), 2, "--urls file not found")


def test_unreadable_gold_file(empty_db, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n")
    assert_one_line_error(cli("eval", str(gold), "--db", empty_db), 2, "gold file")


def test_the_extractor_version_read_without_importing_the_extractor_is_its_own():
    import tasks.core.claims
    from tasks.core import extractor_version

    assert extractor_version.EXTRACTOR_VERSION == tasks.core.claims.EXTRACTOR_VERSION
