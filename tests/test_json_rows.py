"""Keys and sources rows sent to DuckDB as one JSON parameter (tasks/io/db.py key_table, rows_table), so an
unchanged rerun imports no pyarrow: the same rows, types and upserts on a DuckDB file and on a DuckLake."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from tasks.io import run_records
from tasks.io.db import key_table, open_db, prepare, transaction


@pytest.mark.parametrize("kind", ["duckdb", "ducklake"])
def test_sources_upsert_and_key_table_through_json(tmp_path, kind):
    db = str(tmp_path / ("x.duckdb" if kind == "duckdb" else "meta.ducklake"))
    first, later = datetime(2026, 12, 7, 23, 0, 0, 123456), datetime(2026, 12, 8, 1, 2, 3)
    odd = "/in/caf\\xe9 \"quoted\" \u00e9.txt"  # an escaped name, quotes and non-ASCII survive the JSON
    with open_db(db, data_path=str(tmp_path / "files")) as con:
        prepare(con)
        with transaction(con):
            run_records.upsert_sources(con, [(run_records.SourceInfo("file", "/in/a.txt"), "h1", "loaded"),
                                             (run_records.SourceInfo("file", odd), None, "rejected")], first)
        with transaction(con):  # seen again: hash kept when none is given, first_seen_at kept
            run_records.upsert_sources(con, [(run_records.SourceInfo("file", "/in/a.txt"), "h2", "unchanged"),
                                             (run_records.SourceInfo("file", odd), None, "rejected")], later)
        rows = con.execute("select locator, content_hash, first_seen_at, last_seen_at, last_status from sources"
                           " order by locator").fetchall()
        assert rows == [("/in/a.txt", "h2", first, later, "unchanged"), (odd, None, first, later, "rejected")]
        with key_table(con, [odd, "/in/none.txt", "/in/a.txt"]):
            assert con.execute("select count(*) from sources where locator in (select key from _keys)").fetchone()[0] == 2
        with key_table(con, []):
            assert con.execute("select count(*) from _keys").fetchone()[0] == 0


def test_a_failed_statement_inside_key_table_keeps_its_own_error(tmp_path):
    """The temp table's drop must not hide the error that aborted the transaction."""
    import duckdb

    with open_db(str(tmp_path / "x.duckdb")) as con:
        prepare(con)
        with pytest.raises(duckdb.CatalogException), transaction(con), key_table(con, ["a"]):
            con.execute("select * from no_such_table")


def test_the_unchanged_rerun_modules_import_no_pyarrow_spacy_or_httpx():
    code = ("import sys, newsclaims.cli, newsclaims.ingest_cmd, newsclaims.options, tasks.io.quick_rerun,"
            " tasks.io.run_records, tasks.io.snapshot, tasks.io.file_stamps, tasks.core.cleaner_version;"
            " print(sorted(m for m in ('pyarrow', 'spacy', 'httpx', 'trafilatura', 'prefect') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
