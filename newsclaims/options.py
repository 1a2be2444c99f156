"""Command-line options shared by several commands, each defined once.

A command asks for the ones it takes: `options.add(parser, "db", "workers", "verbose")`. Options that
set a field of `Settings` name it in `dest`; `options.settings(args)` then builds the one settings
object (defaults < NEWSCLAIMS_* env vars < flags). Help texts show the default and the env var.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from newsclaims.errors import UsageError
from newsclaims.settings import Settings, env_name

_DEFAULTS = Settings.model_fields


def _default(field: str):
    return _DEFAULTS[field].get_default(call_default_factory=True)


def _setting_help(field: str, text: str, default: str | None = None) -> str:
    shown = default if default is not None else _default(field)
    return f"{text} (default {shown}; env {env_name(field)})"


# name -> (flags, argparse keyword arguments). `dest` equal to a Settings field makes it a setting.
SHARED: dict[str, tuple[tuple[str, ...], dict]] = {
    "db": (("--db",), dict(metavar="FILE", help=_setting_help("db", "DuckDB file", f"{_default('db')} in the working directory"))),
    "workers": (("--workers",), dict(type=int, metavar="N", help=_setting_help("workers", "processes for cleaning and extraction", "0 = all cores"))),
    "batch_size": (("--batch-size",), dict(type=int, metavar="N", help=_setting_help("batch_size", "articles per task run and per load transaction"))),
    "max_bytes": (("--max-bytes",), dict(type=int, metavar="BYTES", help=_setting_help("max_bytes", "reject inputs larger than this, also after gunzip"))),
    "max_pages": (("--max-pages",), dict(type=int, metavar="N", help=_setting_help("max_pages", "fetch at most N web pages per run, never-seen ones first; the rest wait for the next run"))),
    "lock_wait_s": (("--lock-wait",), dict(dest="lock_wait_s", type=float, metavar="S", help=_setting_help("lock_wait_s", "seconds to wait for another process's lock on the DB before failing"))),
    "verbose": (("-v", "--verbose"), dict(action="store_true", help="show Prefect's flow and task logs, and a traceback on unexpected errors")),
    "json": (("--json",), dict(action="store_true", help="print the result as JSON (for scripts)")),
    "no_progress": (("--no-progress",), dict(action="store_true", help="no progress display on stderr (a live bar "
                                             "on a terminal, a line every few seconds otherwise)")),
}


def add(parser: argparse.ArgumentParser | argparse._ArgumentGroup, *names: str) -> None:
    """Add the shared options `names` to a command's parser (or one of its argument groups)."""
    for name in names:
        flags, kwargs = SHARED[name]
        parser.add_argument(*flags, **kwargs)


def settings(args: argparse.Namespace, **extra) -> Settings:
    """The settings for this invocation: every Settings field given as a flag (or in `extra`) wins."""
    given = {field: getattr(args, field, None) for field in _DEFAULTS}
    given.update({k: v for k, v in extra.items() if v is not None})
    settings = Settings.from_env(**given)
    if Path(settings.db).is_dir():
        raise UsageError(f"--db {settings.db} is a folder, not a DuckDB file")
    return settings
