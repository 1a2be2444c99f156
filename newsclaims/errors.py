"""User-facing errors: one line on stderr and the right exit code, never a traceback."""
from __future__ import annotations

EXIT_USAGE = 2  # bad arguments, options, config or settings
EXIT_FAILED = 1  # the run could not happen: unusable database, lock, server that would not start


class UsageError(Exception):
    """The user asked for something that cannot work as given (exit 2)."""

    exit_code = EXIT_USAGE


class RunError(Exception):
    """The command was fine but could not be carried out (exit 1)."""

    exit_code = EXIT_FAILED


def one_line(exc: BaseException) -> str:
    """An exception's message on one line: DuckDB's 'LINE 1: ...' source echo and caret lines dropped."""
    lines = [ln.strip() for ln in str(exc).splitlines()]
    kept = [ln for ln in lines if ln and not ln.startswith("LINE ") and set(ln) != {"^"}]
    text = " ".join(kept) or type(exc).__name__
    return text if len(text) <= 400 else text[:399] + "…"


def exit_code_for(exc: BaseException) -> int | None:
    """The exit code for an expected failure, or None for a bug (which --verbose shows in full)."""
    import duckdb

    from newsclaims.settings import SettingsError
    from tasks.io.db import DatabaseLocked

    if isinstance(exc, (UsageError, RunError)):
        return exc.exit_code
    if isinstance(exc, SettingsError):
        return EXIT_USAGE
    # duckdb raises from the `duckdb` and `_duckdb` modules alike: check the class, not the module.
    if isinstance(exc, (DatabaseLocked, OSError, duckdb.Error)):
        return EXIT_FAILED
    return None
