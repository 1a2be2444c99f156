"""DuckDB connections, numbered migrations and views. The only place that opens the database.

The database is one DuckDB file (the default), or a DuckLake: `--db ducklake:<catalog>` as
DuckDB's ATTACH takes it (`ducklake:postgres:dbname=... host=...`, `ducklake:some.ducklake`, or
just a path ending in `.ducklake`), with table data as Parquet under a folder or an s3:// URL.
Both run the same migrations, views and load statements (tasks/io/lake.py adapts the few
constraints DuckLake lacks).
"""
from __future__ import annotations

import functools
import json
import random
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

import duckdb

from tasks.io import lake

if TYPE_CHECKING:
    import pyarrow as pa


def _find_sql_dir() -> Path:
    """sql/ of the source tree (a checkout, an editable install), else the copy a wheel ships."""
    source = Path(__file__).resolve().parents[2] / "sql"
    if (source / "schema").is_dir():
        return source
    import newsclaims

    return Path(newsclaims.__file__).resolve().parent / "sql"


SQL_DIR = _find_sql_dir()
T = TypeVar("T")
CONFLICT_RETRIES = 30  # each writer's transactions are short: a few seconds of overlap at most
_MIGRATION = re.compile(r"^(\d+)_([\w-]+)\.sql$")


class DatabaseLocked(RuntimeError):
    """Another process holds the DuckDB file for longer than we were willing to wait."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set lock" in text or "held" in text)


def connect(path: str | Path, *, read_only: bool = False, wait_s: float = 60.0,
            config: dict | None = None, data_path: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the DB, retrying with backoff while another process holds its lock.

    DuckDB allows one writing process per file; an analyst's open session or a scheduled run
    may hold it briefly, so waiting a little beats failing the whole run. A DuckLake is attached
    (`data_path` is needed only when the lake is created; the catalog remembers it).
    """
    if lake.is_lake(path):
        con = _retry_locked(lambda: lake.attach(str(path), read_only=read_only, data_path=data_path), path, wait_s)
        if config:  # e.g. the analysts' sandbox: applied once the lake is attached
            lake.lock_down(con, config)
        return con
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return _retry_locked(lambda: duckdb.connect(str(path), read_only=read_only, config=config or {}), path, wait_s)


def _retry_locked(open_, path, wait_s: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return open_()
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                if _is_lock_error(exc):
                    raise DatabaseLocked(f"{path} is locked by another process: {exc}") from exc
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay = min(delay * 2, 2.0)


@contextmanager
def open_db(path: str | Path, *, read_only: bool = False, wait_s: float = 60.0, config: dict | None = None,
            data_path: str | None = None, checkpoint_on_close: bool = True):
    """A connection, closed on the way out.

    `checkpoint_on_close=False`: closing leaves the writes in the WAL instead of checkpointing
    them into the file, until the WAL has grown past WAL_CHECKPOINT_BYTES. A checkpoint rewrites
    every primary-key index whole, so its cost grows with the DB: closing after each batch of a
    run was most of the load time (0.04 s on an empty DB, 0.39 s at 1,500 articles, per batch).
    But every open replays the whole WAL, so a WAL left to grow to DuckDB's own 16 MiB
    (wal_autocheckpoint) made each batch's open cost more as the run went on (a 799-page run's
    last loads took ~3x its first ones) and the autocheckpoints at 16 MiB grew with the DB too.
    Checkpointing once the WAL passes a few MB keeps the replays short: loading 6,400 articles 400 at
    a time took 16% less CPU and 20% less wall time (open 19.9 -> 9.8 s CPU, close 1.6 -> 8.5 s).
    The WAL is durable either way; publishing the read snapshot at the end of a run checkpoints
    explicitly. A DuckLake has no such checkpoint.
    """
    con = connect(path, read_only=read_only, wait_s=wait_s, config=config, data_path=data_path)
    try:
        yield con
    finally:
        if not checkpoint_on_close and not read_only and not lake.is_lake(path) and not _wal_past(path):
            try:
                con.execute("pragma disable_checkpoint_on_shutdown")
            except duckdb.Error:  # a connection left unusable: closing then checkpoints, which loses nothing
                pass
        con.close()


# A WAL past this is checkpointed when a connection opened without checkpoint_on_close closes.
WAL_CHECKPOINT_BYTES = 4 * 2**20


def _wal_past(path: str | Path, limit: int | None = None) -> bool:
    try:
        return Path(f"{path}.wal").stat().st_size > (WAL_CHECKPOINT_BYTES if limit is None else limit)
    except OSError:  # no WAL (nothing written since the last checkpoint)
        return False


class WriteConflict(RuntimeError):
    """Another writer committed to the same DuckLake first; the transaction was rolled back."""


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    """Everything inside commits together or not at all.

    In a DuckLake every write transaction also bumps the one row of `write_serial`, so two writers
    that overlap always conflict at commit (DuckLake would otherwise let both insert the same new
    actor or outlet): the later one gets WriteConflict and runs again (see retry_conflicts).
    """
    con.execute("begin transaction")
    try:
        if lake.is_attached(con) and lake.has_table(con, "write_serial"):
            con.execute("update write_serial set n = n + 1")
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    try:
        con.execute("commit")
    except duckdb.TransactionException as exc:
        if "conflict" in str(exc).lower():
            raise WriteConflict(str(exc)) from exc
        raise


def retry_conflicts(fn: Callable[..., T]) -> Callable[..., T]:
    """Run a write function again (it must be idempotent) when another lake writer committed first."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        delay = 0.05
        for attempt in range(CONFLICT_RETRIES):
            try:
                return fn(*args, **kwargs)
            except WriteConflict:
                if attempt == CONFLICT_RETRIES - 1:
                    raise
                time.sleep(delay + random.uniform(0, delay))
                delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")
    return wrapper


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], conflict: str = "",
                schema: pa.Schema | None = None) -> None:
    """Bulk insert through Arrow (one statement, not row by row); columns matched by name."""
    if not rows:
        return
    import pyarrow as pa  # here, not at the top: an unchanged rerun writes no article rows (see key_table)

    con.register("_rows", pa.Table.from_pylist(rows, schema=schema))
    try:
        con.execute(f"insert into {table} by name select * from _rows {conflict}")
    finally:
        con.unregister("_rows")


@contextmanager
def key_table(con: duckdb.DuckDBPyConnection, keys: list, name: str = "_keys"):
    """`keys` (strings) as a one-column temp table `name(key)`, for `... in (select key from _keys)`.

    Not a list parameter (`in (select unnest(?))`): DuckDB converts a Python list element by
    element and tries to import pandas for each one (1,170 import attempts for one batch of 64
    articles; 6 s for 5,000 keys on a loaded machine). Not an Arrow table either: registering one
    imports pyarrow and pyarrow.dataset (0.2-0.4 s, a fifth of an unchanged rerun). One JSON string
    parameter, unpacked by DuckDB's built-in json extension: 8,000 keys in a few ms.
    """
    rows_table(con, name, [{"key": str(k)} for k in keys], {"key": "VARCHAR"})
    try:
        yield name
    finally:
        _drop_temp(con, name)


def rows_table(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict], types: dict[str, str]) -> None:
    """`rows` as the temp table `name` with these columns and DuckDB types, sent as one JSON parameter.
    Values JSON cannot hold (datetimes) go as text, which DuckDB casts to the column's type."""
    con.execute(f"create or replace temp table {name} ({', '.join(f'{c} {t}' for c, t in types.items())})")
    if rows:
        con.execute(f"insert into {name} select unnest(from_json(?, '{json.dumps([types])}'), recursive := true)",
                    [json.dumps(rows, default=str)])


def _drop_temp(con: duckdb.DuckDBPyConnection, name: str) -> None:
    try:
        con.execute(f"drop table if exists temp.{name}")
    except duckdb.Error:  # a transaction already aborted: its rollback drops the table with everything else
        pass


def upsert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], key: str,
                update: dict[str, str] | None = None, types: dict[str, str] | None = None) -> None:
    """Insert rows whose `key` is new; with `update` (column -> expression over `old` and `new`), also
    update the stored row of a key that exists. MERGE, not `insert ... on conflict`: a DuckLake has
    no primary keys for a conflict to be detected on, and both backends run the same statement.
    `types` (column -> DuckDB type, every column of the rows): the rows go as JSON (rows_table), not
    through Arrow, for writers that should not import pyarrow for a few rows (an unchanged rerun)."""
    if not rows:
        return
    if types is not None:
        rows_table(con, "_rows", rows, types)
    else:
        import pyarrow as pa

        con.register("_rows", pa.Table.from_pylist(rows))
    try:
        matched = (" when matched then update set " + ", ".join(f"{c} = {e}" for c, e in update.items())) if update else ""
        con.execute(f"merge into {table} as old using (select distinct on ({key}) * from _rows) as new"
                    f" on old.{key} = new.{key}{matched} when not matched then insert by name")
    finally:
        if types is not None:
            _drop_temp(con, "_rows")
        else:
            con.unregister("_rows")


def migrations(sql_dir: Path = SQL_DIR) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every sql/schema/NNN_name.sql, in order."""
    found = []
    for f in sorted((sql_dir / "schema").glob("*.sql")):
        m = _MIGRATION.match(f.name)
        if not m:
            raise ValueError(f"migration file name must be NNN_name.sql: {f.name}")
        found.append((int(m.group(1)), m.group(2), f.read_text(encoding="utf-8")))
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"duplicate migration numbers in {sql_dir / 'schema'}")
    return found


def migrate(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> list[int]:
    """Apply pending migrations, each in its own transaction, recorded in schema_migrations."""
    adapt = lake.adapt_ddl if lake.is_attached(con) else (lambda sql: sql)
    con.execute(adapt(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null, applied_at timestamp not null)"
    ))
    done = {v for (v,) in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations(sql_dir):
        if version in done:
            continue
        with transaction(con):
            con.execute(adapt(sql))
            con.execute("insert into schema_migrations values (?, ?, current_timestamp)", [version, name])
        applied.append(version)
    return applied


def apply_views(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> list[str]:
    """(Re)create every view in sql/views; views may depend on each other in any file order.

    Skipped when every view is there already, made from these very files over this very schema
    (a tag in the views' comments): a run then does not rewrite them, and two writers starting on
    one lake do not race to replace them (DuckLake: "attempting to drop view ... dropped it already").
    """
    pending = {f.stem: f.read_text(encoding="utf-8") for f in sorted((sql_dir / "views").glob("*.sql"))}
    tag = _views_tag(con, pending)
    if pending and _view_tags(con, list(pending)) == {tag}:
        return []
    created: list[str] = []
    while pending:
        errors = {}
        before = len(pending)
        for name, sql in list(pending.items()):
            try:
                con.execute(sql)
            # a view it reads is not created yet, or is still an older version without a new column
            except (duckdb.CatalogException, duckdb.BinderException) as exc:
                errors[name] = exc
                continue
            created.append(name)
            del pending[name]
        if len(pending) == before:  # a pass without progress: a real error, not an order issue
            name, exc = next(iter(errors.items()))
            raise RuntimeError(f"view {name} cannot be created: {exc}")
    for name in created:  # last: an interrupted pass leaves untagged views, made again next time
        con.execute(f"comment on view {name} is '{tag}'")
    return created


def _views_tag(con: duckdb.DuckDBPyConnection, views: dict[str, str]) -> str:
    """What the views were made from: their files and the migrations applied (a view binds its columns)."""
    import hashlib

    versions = [v for (v,) in con.execute("select version from schema_migrations order by version").fetchall()]
    text = repr(versions) + "".join(f"\0{name}\0{sql}" for name, sql in sorted(views.items()))
    return "newsclaims-views:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _view_tags(con: duckdb.DuckDBPyConnection, names: list[str]) -> set:
    """The tags of the named views in the current database (None for a view missing or untagged)."""
    rows = dict(con.execute("select view_name, comment from duckdb_views() where database_name = current_database()"
                            " and schema_name = current_schema() and view_name in (select unnest(?))",
                            [names]).fetchall())
    return {rows.get(name) for name in names}


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a connection's DB up to date: migrations, then views.

    Two writers starting on one lake both (re)create the views; the later commit conflicts with
    the earlier one and simply runs again (the views are the same)."""
    for attempt in range(CONFLICT_RETRIES):
        try:
            migrate(con)
            apply_views(con)
            return
        except (duckdb.TransactionException, WriteConflict) as exc:
            if "conflict" not in str(exc).lower() or attempt == CONFLICT_RETRIES - 1:
                raise
            time.sleep(0.05 + random.uniform(0, 0.2))
