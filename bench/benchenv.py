"""What every bench sets before importing the project: the repo on sys.path and a quiet Prefect.

Imported first by the benches (`import benchenv`; bench/ is on sys.path when a bench runs as a script).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup(own_prefect_home: bool = False) -> Path:
    """The repo root, put on sys.path; own_prefect_home: a temporary Prefect home whose SQLite no other run shares."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # Prefect's temporary server gets 20 s to start by default; a loaded machine needs longer
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    if own_prefect_home:
        os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="newsclaims-bench-prefect-"))
    return ROOT
