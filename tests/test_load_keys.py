"""The big child tables have no key constraints (sql/schema/042): the loader alone keeps their keys unique.

Every way rows get written for an article that is stored already (a changed input, the same batch
loaded twice, a re-extraction after an extractor upgrade) must leave one row per key, and the
migration itself must keep every row, column and NOT NULL of a DB made before it.
"""
from __future__ import annotations

import shutil
from dataclasses import replace

import duckdb
import pytest

from conftest import SEEDS
from tasks.common import utc_now
from tasks.core.process import ProcessedDoc, RawDoc, process_document
from tasks.io import load
from tasks.io.db import SQL_DIR, apply_views, migrate, open_db, prepare
from tasks.io.load import SourceInfo

# What used to be each table's primary key.
KEYS = {
    "article_lines": ("article_id", "line_no"),
    "sentences": ("article_id", "sentence_index"),
    "actor_mentions": ("article_id", "mention_index"),
    "claims": ("claim_id",),
    "claim_figures": ("figure_id",),
    "figure_scopes": ("figure_id",),
}


@pytest.fixture(scope="module")
def docs() -> list[ProcessedDoc]:
    out = [process_document(RawDoc(f"seeds/{p.name}", p.read_bytes())) for p in sorted(SEEDS.glob("*.txt"))]
    assert all(isinstance(d, ProcessedDoc) for d in out), out
    return out


def _write(db: str, docs: list[ProcessedDoc]) -> dict:
    with open_db(db) as con:
        run_id = load.start_run(con, {}, flow_run_id=None, version="test", now=utc_now())
        sources = {d.key: SourceInfo("file", "/in/" + d.key) for d in docs}
        return load.write_batch(con, docs, [], sources, run_id=run_id, now=utc_now())


def _counts(db: str) -> dict[str, int]:
    with duckdb.connect(db, read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in KEYS}


def _doubled(db: str) -> dict[str, int]:
    """Per table, how many keys have more than one row."""
    with duckdb.connect(db, read_only=True) as con:
        return {t: con.execute(f"select count(*) from (select {', '.join(k)} from {t} group by all having count(*) > 1)")
                .fetchone()[0] for t, k in KEYS.items()}


def test_reloads_and_reextraction_leave_one_row_per_key(db_path, docs):
    with open_db(db_path) as con:
        prepare(con)
    assert _write(db_path, docs)["new"] == 5
    first = _counts(db_path)
    assert all(first[t] > 0 for t in ("sentences", "claims", "claim_figures", "figure_scopes")), first
    assert _write(db_path, docs)["updated"] == 5  # the same batch again: every article replaced
    changed = replace(docs[0], content_hash="changed")  # one changed input alone, in a batch of its own
    assert _write(db_path, [changed])["updated"] == 1
    with open_db(db_path) as con:  # an extractor upgrade: new claim rows for stored articles
        ids = [r[0] for r in con.execute("select article_id from articles order by article_key").fetchall()]
        load.replace_extractions(con, list(zip(ids, [d.extraction for d in docs])), "test-2", utc_now())
    assert _counts(db_path) == first
    assert _doubled(db_path) == {t: 0 for t in KEYS}


def test_the_migration_keeps_every_row_column_and_not_null(tmp_path, db_path, docs):
    before_sql = tmp_path / "sql"
    shutil.copytree(SQL_DIR / "views", before_sql / "views")
    (before_sql / "schema").mkdir()
    for f in (SQL_DIR / "schema").glob("*.sql"):
        if not f.name.startswith("042_"):
            shutil.copy(f, before_sql / "schema" / f.name)
    with open_db(db_path) as con:
        migrate(con, before_sql)
        apply_views(con, before_sql)
    _write(db_path, docs)
    with duckdb.connect(db_path, read_only=True) as con:
        rows = {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in KEYS}
        columns = con.execute("select table_name, column_name, data_type, is_nullable from duckdb_columns()"
                              " where table_name in (select unnest(?)) order by all", [list(KEYS)]).fetchall()
    with open_db(db_path) as con:
        assert migrate(con) == [42]
        prepare(con)  # the views bind to the new tables
        assert {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in KEYS} == rows
        assert con.execute("select table_name, column_name, data_type, is_nullable from duckdb_columns()"
                           " where table_name in (select unnest(?)) order by all", [list(KEYS)]).fetchall() == columns
        keys = con.execute("select count(*) from duckdb_constraints() where table_name in (select unnest(?))"
                           " and constraint_type in ('PRIMARY KEY', 'UNIQUE')", [list(KEYS)]).fetchone()[0]
        assert keys == 0
        assert con.execute("select count(*) from attributed_claims").fetchone()[0] == len(rows["claims"])
    with pytest.raises(duckdb.ConstraintException):
        with duckdb.connect(db_path) as con:
            con.execute("insert into claims (claim_id) values (null)")
