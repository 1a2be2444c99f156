"""Migrations and views on a real DuckDB file."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from tasks.io.db import SQL_DIR, apply_views, migrate, migrations, open_db, prepare


def _objects(con) -> dict[str, str]:
    return dict(con.execute("select table_name, table_type from information_schema.tables").fetchall())


def test_prepare_creates_tables_and_contract_views(db_path):
    with open_db(db_path) as con:
        prepare(con)
        objects = _objects(con)
    for table in ("sources", "outlets", "articles", "article_texts", "sentences", "runs", "rejects",
                  "actors", "actor_mentions", "claims", "claim_figures"):
        assert objects.get(table) == "BASE TABLE", table
    for view in ("cleaned_articles", "figure_claims", "attributed_claims"):
        assert objects.get(view) == "VIEW", view


def test_contract_view_columns(db_path):
    with open_db(db_path) as con:
        prepare(con)
        cols = lambda v: {r[0] for r in con.execute(f"describe {v}").fetchall()}  # noqa: E731
        assert {"article_key", "title", "text", "outlet", "wire_agency", "published_at", "language", "url"} <= cols("cleaned_articles")
        assert {"article_key", "evidence", "measure", "value", "value_low", "value_high", "qualifier", "value_text",
                "subject_country", "subject_group", "claimant", "claimant_country", "claimant_kind",
                "event_year"} <= cols("figure_claims")
        assert {"article_key", "evidence", "claimant", "claimant_country", "claimant_kind", "claimant_text",
                "reporting_verb", "is_direct_quote", "quote", "claim_type", "target_country"} <= cols("attributed_claims")
        assert {"input", "stage", "reason"} <= cols("rejects")


def test_migrations_apply_once_and_are_recorded(db_path):
    with open_db(db_path) as con:
        first = migrate(con)
        second = migrate(con)
        recorded = [v for (v,) in con.execute("select version from schema_migrations order by 1").fetchall()]
    assert first == [v for v, _, _ in migrations()]
    assert second == []
    assert recorded == first


def test_failed_migration_rolls_back_and_is_not_recorded(tmp_path, db_path):
    sql = tmp_path / "sql"
    shutil.copytree(SQL_DIR, sql)
    (sql / "schema" / "900_broken.sql").write_text("create table half_done (x int);\nthis is not sql;\n")
    with open_db(db_path) as con:
        with pytest.raises(duckdb.ParserException):
            migrate(con, sql)
        assert "half_done" not in _objects(con)
        assert 900 not in {v for (v,) in con.execute("select version from schema_migrations").fetchall()}
        # the good migrations before it stay applied
        assert "articles" in _objects(con)


def test_views_are_created_whatever_their_file_order(tmp_path, db_path):
    sql = tmp_path / "sql"
    shutil.copytree(SQL_DIR, sql)
    # "a_" sorts before figure_claims, which it reads
    (sql / "views" / "a_dependent.sql").write_text("create or replace view a_dependent as select count(*) n from figure_claims")
    with open_db(db_path) as con:
        migrate(con, sql)
        created = apply_views(con, sql)
        assert created.index("a_dependent") > created.index("figure_claims")
        assert con.execute("select n from a_dependent").fetchone() == (0,)


def test_views_are_made_again_only_when_their_files_or_the_schema_changed(tmp_path, db_path):
    sql = tmp_path / "sql"
    shutil.copytree(SQL_DIR, sql)
    names = sorted(f.stem for f in (sql / "views").glob("*.sql"))
    with open_db(db_path) as con:
        migrate(con, sql)
        assert sorted(apply_views(con, sql)) == names
        assert apply_views(con, sql) == []  # same files, same schema: nothing rewritten
        con.execute("drop view cleaned_articles")
        assert sorted(apply_views(con, sql)) == names  # one missing: all made again
        view = sql / "views" / "cleaned_articles.sql"
        view.write_text(view.read_text() + "\n-- edited\n")
        assert sorted(apply_views(con, sql)) == names
        (sql / "schema" / "999_extra.sql").write_text("create table extra (x integer);")
        migrate(con, sql)
        assert sorted(apply_views(con, sql)) == names
        assert apply_views(con, sql) == []


def test_read_only_connection_cannot_write(db_path):
    with open_db(db_path) as con:
        prepare(con)
    with open_db(db_path, read_only=True) as con:
        with pytest.raises(duckdb.Error):
            con.execute("insert into outlets values ('x', 'X', null)")


def test_a_batch_connection_leaves_its_writes_in_the_wal_until_the_snapshot_checkpoints(tmp_path):
    """open_db(checkpoint_on_close=False), as the ingest flow opens the DB between batches: closing
    does not checkpoint (each checkpoint rewrites every key index), yet nothing is lost."""
    from pathlib import Path

    from tasks.io.snapshot import publish_snapshot, snapshot_path

    db = tmp_path / "news.duckdb"
    wal = Path(f"{db}.wal")
    with open_db(db) as con:
        prepare(con)
    with open_db(db, checkpoint_on_close=False) as con:
        con.execute("insert into outlets (outlet_id, name) values ('o1', 'AFP')")
    assert wal.is_file() and wal.stat().st_size > 0  # left in the WAL
    with open_db(db, read_only=True) as con:  # another open replays it
        assert con.execute("select name from outlets").fetchall() == [("AFP",)]
    publish_snapshot(db)
    assert not wal.is_file() or wal.stat().st_size == 0  # the snapshot checkpointed it into the file
    with open_db(snapshot_path(db), read_only=True) as con:
        assert con.execute("select name from outlets").fetchall() == [("AFP",)]
    with open_db(db) as con:  # a default open checkpoints on close, as before
        con.execute("insert into outlets (outlet_id, name) values ('o2', 'Reuters')")
    assert not wal.is_file() or wal.stat().st_size == 0


def test_a_batch_connection_checkpoints_once_the_wal_has_grown(tmp_path, monkeypatch):
    """Every open replays the whole WAL: a batch connection that leaves it past WAL_CHECKPOINT_BYTES
    checkpoints on close, so the next batch's open replays nothing; below it, the WAL stays."""
    from pathlib import Path

    from tasks.io import db as dbmod

    db = tmp_path / "news.duckdb"
    wal = Path(f"{db}.wal")
    with open_db(db) as con:
        prepare(con)
    monkeypatch.setattr(dbmod, "WAL_CHECKPOINT_BYTES", 64 * 1024)
    with open_db(db, checkpoint_on_close=False) as con:
        con.execute("insert into outlets (outlet_id, name) values ('o1', 'AFP')")
    assert wal.is_file() and 0 < wal.stat().st_size <= 64 * 1024  # small: left in the WAL
    with open_db(db, checkpoint_on_close=False) as con:
        con.execute("insert into outlets (outlet_id, name) select 'x' || i, repeat('n', 200) || i from range(5000) t(i)")
    assert not wal.is_file() or wal.stat().st_size == 0  # past the limit: checkpointed into the file
    with open_db(db, read_only=True) as con:
        assert con.execute("select count(*) from outlets").fetchone()[0] == 5001
