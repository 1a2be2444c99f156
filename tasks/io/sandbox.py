"""Analysts' SQL in a sandbox: read-only, one SELECT at a time, no files, no network, no extensions.

Every read path that runs SQL a user typed (`newsclaims query`, `newsclaims report`) goes through
`open_sandboxed` + `run_sandboxed`. Three layers, because each alone has a hole:

1. The connection is read-only, with `enable_external_access = false` (no reading or writing of
   other files, no ATTACH, no INSTALL/LOAD), extension auto-install/auto-load off, and the
   configuration locked so SQL cannot switch any of it back on.
2. Only a single SELECT (or EXPLAIN of one) runs. DuckDB 1.5.5 keeps the open database file on
   its list of allowed paths, so with external access off
   `COPY (...) TO 'db.duckdb' (use_tmp_file false)` still overwrites the database itself; the
   statement type is checked with DuckDB's own parser (`duckdb.extract_statements`) first.
3. Table functions with side effects (profiling and logging switches, checkpoints, `query()` that
   runs SQL hidden in a string, scans of raw memory pointers) are refused by name, found in
   DuckDB's own parse tree (`json_serialize_sql`).
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tasks.io.db import open_db
from tasks.io.snapshot import read_path

SANDBOX_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,  # last: nothing after it can change the settings above
}
_EXPLAIN = re.compile(r"^\s*explain\s+(analyze\s+)?", re.IGNORECASE)
# Functions that change state or run SQL the checks above cannot see.
_DENIED_FUNCTION = re.compile(
    r"^(enable_|disable_|verify_|truncate_)|checkpoint|_scan$"
    r"|^(query|copy_database|import_database|export_database|json_execute_serialized_sql"
    r"|python_map_function|add_parquet_key|write_log)$",
    re.IGNORECASE,
)


class RefusedSQL(ValueError):
    """SQL the sandbox does not run (not a single read-only SELECT)."""


@contextmanager
def open_sandboxed(db: str | Path, *, wait_s: float = 60.0, prefer_snapshot: bool = True):
    """A locked-down read-only connection: the read snapshot when it is fresh, else the DB itself."""
    path = read_path(db) if prefer_snapshot else Path(db)
    with open_db(path, read_only=True, wait_s=wait_s, config=SANDBOX_CONFIG) as con:
        yield con


def check_sql(sql: str, con: duckdb.DuckDBPyConnection | None = None) -> str:
    """The single read-only statement in sql, or RefusedSQL saying why not (duckdb's error for bad syntax)."""
    statements = duckdb.extract_statements(sql)  # a syntax error raises duckdb.ParserException
    if len(statements) != 1:
        raise RefusedSQL(f"one statement at a time, got {len(statements)}")
    statement = statements[0]
    query = statement.query.strip() or sql.strip()
    kind = statement.type
    if kind == duckdb.StatementType.EXPLAIN:
        inner = duckdb.extract_statements(_EXPLAIN.sub("", query, count=1))
        if len(inner) != 1 or inner[0].type != duckdb.StatementType.SELECT:
            raise RefusedSQL("EXPLAIN is allowed of a SELECT only")
        _check_functions(inner[0].query or _EXPLAIN.sub("", query, count=1), con)
        return query
    if kind != duckdb.StatementType.SELECT:
        raise RefusedSQL(f"{kind.name} statements are not allowed: queries are read-only, SELECT only")
    _check_functions(query, con)
    return query


def run_sandboxed(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    """Check, then execute sql on a sandboxed connection; returns the cursor with the result."""
    return con.execute(check_sql(sql, con))


def _check_functions(query: str, con: duckdb.DuckDBPyConnection | None) -> None:
    names = _function_names(query, con)
    denied = sorted({n for n in names if _DENIED_FUNCTION.search(n)})
    if denied:
        raise RefusedSQL(f"function {denied[0]}() is not allowed in queries (it changes state or runs hidden SQL)")


def _function_names(query: str, con: duckdb.DuckDBPyConnection | None) -> set[str]:
    """Every function name in the statement's parse tree; a text scan when DuckDB cannot serialise it."""
    runner = con if con is not None else duckdb.connect()
    try:
        tree = json.loads(runner.execute("select json_serialize_sql(?)", [query]).fetchone()[0])
    except duckdb.Error:
        tree = {"error": True}
    finally:
        if con is None:
            runner.close()
    if tree.get("error"):  # e.g. PRAGMA show_tables, a SELECT DuckDB rewrites before serialising
        return set(re.findall(r"([A-Za-z_][\w]*)\s*\(", query))
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            name = node.get("function_name")
            if isinstance(name, str):
                found.add(name)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found
