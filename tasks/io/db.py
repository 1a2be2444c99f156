"""DuckDB connections, numbered migrations and views. The only place that opens the file."""
from __future__ import annotations

import random
import re
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

def _find_sql_dir() -> Path:
    """sql/ of the source tree (a checkout, an editable install), else the copy a wheel ships."""
    source = Path(__file__).resolve().parents[2] / "sql"
    if (source / "schema").is_dir():
        return source
    import newsclaims

    return Path(newsclaims.__file__).resolve().parent / "sql"


SQL_DIR = _find_sql_dir()
_MIGRATION = re.compile(r"^(\d+)_([\w-]+)\.sql$")


class DatabaseLocked(RuntimeError):
    """Another process holds the DuckDB file for longer than we were willing to wait."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set lock" in text or "held" in text)


def connect(path: str | Path, *, read_only: bool = False, wait_s: float = 60.0,
            config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """Open the DB, retrying with backoff while another process holds its lock.

    DuckDB allows one writing process per file; an analyst's open session or a scheduled run
    may hold it briefly, so waiting a little beats failing the whole run.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                if _is_lock_error(exc):
                    raise DatabaseLocked(f"{path} is locked by another process: {exc}") from exc
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay = min(delay * 2, 2.0)


@contextmanager
def open_db(path: str | Path, *, read_only: bool = False, wait_s: float = 60.0, config: dict | None = None):
    con = connect(path, read_only=read_only, wait_s=wait_s, config=config)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    """Everything inside commits together or not at all."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], conflict: str = "",
                schema: pa.Schema | None = None) -> None:
    """Bulk insert through Arrow (one statement, not row by row); columns matched by name."""
    if not rows:
        return
    con.register("_rows", pa.Table.from_pylist(rows, schema=schema))
    try:
        con.execute(f"insert into {table} by name select * from _rows {conflict}")
    finally:
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
    con.execute(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null, applied_at timestamp not null)"
    )
    done = {v for (v,) in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations(sql_dir):
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute("insert into schema_migrations values (?, ?, current_timestamp)", [version, name])
        applied.append(version)
    return applied


def apply_views(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> list[str]:
    """(Re)create every view in sql/views; views may depend on each other in any file order."""
    pending = {f.stem: f.read_text(encoding="utf-8") for f in sorted((sql_dir / "views").glob("*.sql"))}
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
    return created


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a connection's DB up to date: migrations, then views."""
    migrate(con)
    apply_views(con)
