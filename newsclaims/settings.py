"""The one place settings are defined: defaults, overridden by NEWSCLAIMS_* env vars, then CLI flags."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from tasks.io.workers import default_workers


@dataclass(frozen=True)
class Settings:
    db: str = "newsclaims.duckdb"  # NEWSCLAIMS_DB
    batch_size: int = 64  # NEWSCLAIMS_BATCH_SIZE: articles per Prefect task run / load transaction
    workers: int = 0  # NEWSCLAIMS_WORKERS: processes for cleaning + extraction; 0 = all cores
    max_bytes: int = 10 * 1024 * 1024  # NEWSCLAIMS_MAX_BYTES: larger inputs (also after gunzip) are rejected
    lock_wait_s: float = 120.0  # NEWSCLAIMS_LOCK_WAIT_S: how long a writer waits for another's lock

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            env = os.environ.get(f"NEWSCLAIMS_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = type(f.default)(env)
        settings = cls(**values)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def effective_workers(self) -> int:
        return self.workers if self.workers > 0 else default_workers()
