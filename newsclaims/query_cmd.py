"""`newsclaims query`: run a saved analysis (sql/analysis/NAME.sql) or any SQL, read-only."""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from newsclaims import options
from newsclaims.errors import UsageError
from newsclaims.settings import Settings
from tasks.io.db import SQL_DIR

NAME = "query"
HELP = "run a saved analysis or any SQL against the database, read-only"
ANALYSIS_DIR = SQL_DIR / "analysis"
DESCRIPTION = (
    "Run NAME (a saved analysis in sql/analysis, e.g. `newsclaims query figure_disputes`; `--list` shows "
    "them), a .sql file, or a SQL string against the database, in a sandbox: one SELECT at a time, no other files, "
    "no network, no extensions. Prints a table by default."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", help="analysis name, path to a .sql file, or a SQL statement")
    options.add(p, "db")
    p.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table",
                   help="output format (default table); parquet needs --output")
    p.add_argument("--output", "-o", help="write to this file instead of standard output")
    p.add_argument("--max-width", type=int, default=60, help="truncate table cells to this many characters (default 60)")
    p.add_argument("--list", action="store_true", help="list the saved analyses with their descriptions")


def list_analyses() -> list[tuple[str, str]]:
    """(name, first header comment line) for every saved analysis."""
    out = []
    for f in sorted(ANALYSIS_DIR.glob("*.sql")):
        first = next((ln.lstrip("- ").strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.startswith("--")), "")
        out.append((f.stem, first))
    return out


def resolve_sql(query: str) -> str:
    """A saved analysis name, a .sql path, or the SQL itself."""
    if re.fullmatch(r"[\w-]+", query) and (ANALYSIS_DIR / f"{query}.sql").is_file():
        return (ANALYSIS_DIR / f"{query}.sql").read_text(encoding="utf-8")
    if query.endswith(".sql") and "\n" not in query and len(query) < 4096 and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8")
    if re.fullmatch(r"[\w-]+", query) and query.lower() not in _ONE_WORD_STATEMENTS:
        raise UsageError(_unknown_analysis(query))
    return query


# SQL statements that are a single word; any other single word is meant as an analysis name.
_ONE_WORD_STATEMENTS = {"checkpoint", "vacuum", "analyze", "show", "describe", "summarize", "pragma"}


def _unknown_analysis(name: str) -> str:
    import difflib

    names = [n for n, _ in list_analyses()]
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return (f"no saved analysis '{name}'; {hint}(`newsclaims query --list` lists them; for a table or view "
            f"write SQL: \"select * from {name}\")")


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name, about in list_analyses():
            print(f"{name:32s} {about}")
        return 0
    if not args.query:
        print("newsclaims query: give an analysis name or SQL (or --list)", file=sys.stderr)
        return 2
    if args.format == "parquet" and not args.output:
        print("newsclaims query: --format parquet needs --output FILE", file=sys.stderr)
        return 2
    sql = resolve_sql(args.query).strip().rstrip(";")
    settings = Settings.from_env(db=args.db)
    if Path(settings.db).is_dir():
        raise UsageError(f"--db {settings.db} is a folder, not a DuckDB file")
    if not Path(settings.db).is_file():
        print(f"newsclaims query: no database at {settings.db} (run `newsclaims ingest` first)", file=sys.stderr)
        return 1
    import duckdb

    from tasks.io.sandbox import RefusedSQL, open_sandboxed, run_sandboxed

    if args.output and _is_database_file(args.output, settings.db):
        print(f"newsclaims query: refusing to write over the database: {args.output}", file=sys.stderr)
        return 2
    try:
        # The read snapshot when it is current: it never holds up a run writing the DB. The
        # sandbox reads nothing but the database and writes nothing at all (tasks/io/sandbox.py).
        with open_sandboxed(settings.db, wait_s=settings.lock_wait_s) as con:
            cur = run_sandboxed(con, sql)
            if args.format == "parquet":  # written here, from Arrow: SQL may not write files
                import pyarrow.parquet as pq

                pq.write_table(cur.to_arrow_table(), args.output)
                return 0
            names = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if names else []
    except RefusedSQL as exc:
        print(f"newsclaims query: refused: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"newsclaims query: {_first_line(exc)}", file=sys.stderr)
        return 1
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        write_rows(out, names, rows, args.format, args.max_width)
    finally:
        if args.output:
            out.close()
    return 0


def _is_database_file(output: str, db: str) -> bool:
    """Whether output names the DB, its snapshot or one of their WAL files."""
    from tasks.io.snapshot import snapshot_path

    target = Path(output).resolve()
    protected = {Path(db).resolve(), snapshot_path(db).resolve()}
    protected |= {p.with_name(p.name + ".wal") for p in protected}
    return target in protected


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def write_rows(out, names: list[str], rows: list[tuple], fmt: str, max_width: int = 60) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(rows)
    elif fmt == "json":
        json.dump([dict(zip(names, r)) for r in rows], out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
    else:
        out.write(format_table(names, rows, max_width) + "\n")


def format_table(names: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """A plain aligned text table; long cells are cut with an ellipsis."""
    def cell(v) -> str:
        text = "NULL" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else str(v))
        text = text.replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    parts = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    parts.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(parts)
