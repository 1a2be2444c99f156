"""The one settings object: defaults, overridden by NEWSCLAIMS_* env vars, then by a config file or flags.

Read by every command (`ingest`, `reextract`, `query`, `serve` and its TOML/YAML config), by the
flow (its parameter defaults) and by the fetcher (`fetch`, nested: NEWSCLAIMS_FETCH_<FIELD>).
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from tasks.io.fetch_settings import FetchSettings
from tasks.io.workers import default_workers

ENV_PREFIX = "NEWSCLAIMS_"


class SettingsError(ValueError):
    """A setting (env var, config key or flag) has a value of the wrong kind; one line, for the user."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_nested_delimiter="_", env_nested_max_split=1,
                                      frozen=True, extra="ignore")

    db: str = Field("newsclaims.duckdb", description="the DuckDB file, or a DuckLake (ducklake:CATALOG or a .ducklake file)")
    data_path: str = Field("", description="where a new DuckLake keeps its Parquet files: a folder or an s3:// URL "
                           "(default: beside a .ducklake file)")
    runner: Literal["local", "dask", "ray"] = Field("local", description="where cleaning and extraction run: this "
                                                    "machine's process pool, or a Dask or Ray cluster")
    runner_address: str = Field("", description="an existing Dask scheduler (tcp://HOST:PORT) or Ray cluster "
                                "(ray://HOST:PORT); empty: a local cluster of `workers` workers for the run")
    batch_size: int = Field(64, ge=1, description="articles per task run and per load transaction")
    workers: int = Field(0, ge=0, description="processes for cleaning and extraction; 0 = all cores")
    max_bytes: int = Field(10 * 1024 * 1024, ge=1, description="inputs larger than this (also after gunzip) are rejected")
    lock_wait_s: float = Field(120.0, ge=0, description="seconds a run waits for another process's lock on the DB")
    max_pages: int = Field(1000, ge=1, description="web pages fetched per run at most, never-seen ones first")
    doc_timeout_s: float = Field(60.0, ge=0, description="seconds one document may take to clean and extract; "
                                 "a document over it is a reject and its batch goes on (0: no limit)")
    max_text_chars: int = Field(2_000_000, ge=1, description="cleaned text longer than this is a reject, not "
                                "extracted")
    revisit_after_s: float = Field(6 * 3600, ge=0, description="a page without ETag/Last-Modified is not fetched "
                                   "again sooner than this")
    # The local Prefect server that `ingest` starts once and reuses (newsclaims/server.py).
    server_start_s: float = Field(180.0, gt=0, description="start-up limit of the local Prefect server")
    server_port: int = Field(4201, ge=0, le=65535, description="preferred port of the local Prefect server "
                             "(another free one when taken)")
    server_wait_s: float = Field(10.0, ge=0, description="how long `serve` waits for PREFECT_API_URL to answer")
    fetch: FetchSettings = Field(default_factory=FetchSettings, description="HTTP fetching (NEWSCLAIMS_FETCH_*)")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then NEWSCLAIMS_* env vars, then `overrides` (flags, config keys); None means not given."""
        given = {k: v for k, v in overrides.items() if v is not None}
        try:
            return cls(**given)
        except ValidationError as exc:
            raise SettingsError(describe(exc, given)) from None

    def fetch_with(self, **overrides) -> FetchSettings:
        """The fetcher's settings with per-run overrides (flags such as --delay, --timeout)."""
        from dataclasses import replace

        return replace(self.fetch, **overrides)

    @property
    def effective_workers(self) -> int:
        return self.workers if self.workers > 0 else default_workers()


def env_name(field: str) -> str:
    return f"{ENV_PREFIX}{field.upper()}"


def describe(exc: ValidationError, given: dict | None = None) -> str:
    """A pydantic error as one line naming where the bad value came from."""
    parts = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else "?"
        where = field if given and field in given else env_name(field) if field in Settings.model_fields else field
        if len(err["loc"]) > 1:
            where = f"{env_name(field)}_{str(err['loc'][1]).upper()}"
        parts.append(f"{where}={err.get('input')!r}: {err['msg']}")
    return "invalid setting " + "; ".join(parts)
