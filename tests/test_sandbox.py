"""`newsclaims query` runs hostile SQL in a sandbox: the DB and the file system stay untouched.

A real DuckDB file in tmp_path (with its read snapshot), the real command, real statements an
attacker or a careless analyst would type. Each refusal is one line on stderr, no traceback.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from newsclaims.cli import main
from tasks.io.db import open_db, prepare
from tasks.io.sandbox import RefusedSQL, check_sql, open_sandboxed, run_sandboxed
from tasks.io.snapshot import publish_snapshot, snapshot_path
from webserver import Page, serve_site

# Statements that must not run: (id, SQL with {dir} for the test folder and {db} for the DB path).
HOSTILE = [
    ("copy-over-db", "copy (select 'gone') to '{db}' (header false)"),
    ("copy-over-db-no-tmp", "copy (select 'gone') to '{db}' (header false, use_tmp_file false)"),
    ("copy-over-snapshot", "copy (select 'gone') to '{snap}' (header false, use_tmp_file false)"),
    ("copy-over-wal", "copy (select 'gone') to '{db}.wal' (header false, use_tmp_file false)"),
    ("copy-to-file", "copy (select * from articles) to '{dir}/leak.csv'"),
    ("copy-from", "copy articles from '/etc/passwd'"),
    ("export", "export database '{dir}/dump'"),
    ("attach", "attach '{dir}/other.duckdb' as other"),
    ("attach-db-rw", "attach '{db}' as rw"),
    ("read-text", "select * from read_text('/etc/passwd')"),
    ("read-csv", "select * from read_csv('/etc/passwd')"),
    ("read-blob", "select * from read_blob('/etc/hostname')"),
    ("glob", "select * from glob('/root/*')"),
    ("install", "install httpfs"),
    ("load", "load httpfs"),
    ("set-external", "set enable_external_access = true"),
    ("reset-lock", "set lock_configuration = false"),
    ("create", "create table evil (x int)"),
    ("create-temp", "create temp table evil as select 1"),
    ("insert", "insert into runs (run_id) values ('x')"),
    ("delete", "delete from articles"),
    ("drop", "drop table articles"),
    ("pragma", "pragma enable_profiling"),
    ("profiling-fn", "select * from enable_profiling()"),
    ("logging-fn", "select * from enable_logging(storage='file', storage_path='{dir}/logs')"),
    ("hidden-sql", "select * from query('select * from enable_profiling()')"),
    ("checkpoint", "checkpoint"),
    ("two-statements", "select 1; copy (select 'gone') to '{db}' (use_tmp_file false)"),
    ("explain-analyze-copy", "explain analyze copy (select 1) to '{dir}/e.csv'"),
    ("detach", "detach database"),
]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("template") / "news.duckdb"
    with open_db(db) as con:
        prepare(con)
        con.execute("insert into articles (article_id, article_key, input_format, content_hash, n_bytes,"
                    " first_loaded_at, updated_at)"
                    " values ('a1', 'in/a.txt', 'text', 'h', 1, now(), now())")
    publish_snapshot(db)
    return db


@pytest.fixture
def news_db(template_db: Path, tmp_path: Path) -> Path:
    """A DB with one article and its fresh read snapshot, copied from the template (quicker than building)."""
    db = tmp_path / template_db.name
    shutil.copy2(template_db, db)
    shutil.copy2(snapshot_path(template_db), snapshot_path(db))
    return db


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under folder with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def query(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["query", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("read_from", ["snapshot", "main"])
@pytest.mark.parametrize("name,template", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_sql_is_refused_in_one_line_and_changes_nothing(name, template, read_from, news_db, capsys,
                                                                 monkeypatch):
    folder = news_db.parent
    if read_from == "main":  # a run wrote after the snapshot: query reads the main file itself
        snapshot_path(news_db).unlink()
    monkeypatch.chdir(folder)  # relative paths land in the DB's folder too
    before = tree_state(folder)
    sql = template.format(db=news_db, snap=snapshot_path(news_db), dir=folder)
    code, out, err = query(capsys, sql, "--db", str(news_db))
    assert code != 0, out
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "root:" not in out + err  # nothing of /etc/passwd leaked
    assert tree_state(folder) == before  # no file written, none changed, none removed
    with duckdb.connect(str(news_db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 1


def test_a_query_on_the_snapshot_cannot_open_the_main_file(news_db, capsys):
    other = news_db.with_name("other.duckdb")
    with duckdb.connect(str(other)) as con:
        con.execute("create table secrets as select 'hidden' as s")
    for path in (news_db, other):
        code, out, err = query(capsys, f"select * from read_duckdb('{path}')", "--db", str(news_db))
        assert code == 1 and "Permission Error" in err and "hidden" not in out


def test_the_issue_command_no_longer_destroys_the_database(news_db):
    """The exact reproduction from issue 12, as a user runs it: a fresh process, cwd = DB folder."""
    size = news_db.stat().st_size
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "query",
                           "copy (select 'gone') to 'news.duckdb' (header false)", "--db", "news.duckdb"],
                          cwd=news_db.parent, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2 and proc.stderr.startswith("newsclaims query: refused: COPY"), proc.stderr
    assert news_db.stat().st_size == size
    with duckdb.connect(str(news_db), read_only=True) as con:
        assert con.execute("select article_key from articles").fetchall() == [("in/a.txt",)]


def test_install_from_a_url_never_reaches_the_server(news_db, capsys):
    with serve_site({"/": Page(b"x")}) as server:
        for sql in (f"install json from '{server.base_url}/'", f"select * from read_csv('{server.base_url}/x.csv')"):
            code, _, err = query(capsys, sql, "--db", str(news_db))
            assert code != 0 and len(err.strip().splitlines()) == 1, err
        assert server.requests == []


@pytest.mark.parametrize("sql", [
    "select article_key from articles",
    "with x as (select 1 as n) select n from x",
    "from articles select article_key",
    "describe articles",
    "show tables",
    "summarize articles",
    "explain select * from articles",
    "select * from range(3)",
    "select * from duckdb_tables() where table_name = 'articles'",
])
def test_read_only_queries_still_work(sql, news_db, capsys):
    code, out, err = query(capsys, sql, "--db", str(news_db), "--format", "csv")
    assert code == 0 and err == "", err
    assert out.strip()


def test_saved_analyses_pass_the_checks():
    from newsclaims.query_cmd import ANALYSIS_DIR, resolve_sql

    for f in sorted(ANALYSIS_DIR.glob("*.sql")):
        check_sql(resolve_sql(f.stem).strip().rstrip(";"))  # raises RefusedSQL if not


def test_parquet_export_is_written_from_python_not_sql(news_db, tmp_path, capsys):
    out = tmp_path / "export" / "articles.parquet"
    out.parent.mkdir()
    code, _, err = query(capsys, "select article_key from articles", "--db", str(news_db), "--format", "parquet",
                         "--output", str(out))
    assert code == 0, err
    assert pq.read_table(out).to_pylist() == [{"article_key": "in/a.txt"}]


@pytest.mark.parametrize("target", ["db", "snapshot", "wal"])
def test_output_may_not_overwrite_the_database(target, news_db, capsys):
    path = {"db": news_db, "snapshot": snapshot_path(news_db), "wal": news_db.with_name(news_db.name + ".wal")}[target]
    before = tree_state(news_db.parent)
    code, _, err = query(capsys, "select 1", "--db", str(news_db), "--format", "csv", "--output", str(path))
    assert code == 2 and "refusing to write over the database" in err
    assert tree_state(news_db.parent) == before


def test_open_sandboxed_is_the_read_path_for_other_commands(news_db):
    """`newsclaims report` and any other analyst path use the same function."""
    with open_sandboxed(news_db) as con:
        assert run_sandboxed(con, "select count(*) from articles").fetchone() == (1,)
        with pytest.raises(RefusedSQL):
            run_sandboxed(con, "copy articles to 'x.csv'")
        with pytest.raises(duckdb.Error):  # even without the statement check, the connection refuses
            con.execute("select * from read_text('/etc/passwd')")
        with pytest.raises(duckdb.Error):
            con.execute("set enable_external_access = true")
