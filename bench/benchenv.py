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


def cleaned_corpus_pages(corpus: Path, n: int, offset: int = 0) -> list[tuple[str, str, str]]:
    """(page id, html, cleaned text) for n corpus pages from offset (n 0: all), as the speed benches time them:
    decoded and cleaned by the project's cleaner (the extractor's input in an ingest); pages it rejects are left out.
    Exits with a hint when the corpus has no pages."""
    import gzip

    from tasks.core.clean_html import CleanError, clean_html
    from tasks.core.decode import decode_bytes

    paths = sorted((corpus / "pages").glob("*.html.gz"))
    paths = paths[offset: offset + n] if n else paths[offset:]
    pages = []
    for p in paths:
        html = decode_bytes(gzip.decompress(p.read_bytes()))
        html = html if isinstance(html, str) else html[0]
        try:
            pages.append((p.name.removesuffix(".html.gz"), html, clean_html(html)))
        except CleanError:
            continue
    if not pages:
        sys.exit(f"no corpus pages under {corpus} (set NEWSCLAIMS_SHARED to the shared/ folder)")
    return pages


def stage_pages(pages: list[Path], tmp: Path) -> tuple[Path, Path]:
    """(tmp/pages with every page, tmp/one with the first alone): the ingest benches' input and the one-page
    ingest that starts the reused Prefect server before anything is timed."""
    import shutil

    folder, one = tmp / "pages", tmp / "one"
    folder.mkdir()
    one.mkdir()
    for page in pages:
        shutil.copy(page, folder / page.name)
    shutil.copy(pages[0], one / pages[0].name)
    return folder, one


def own_prefect_home(tmp: Path) -> None:
    """A Prefect home of the benchmark's own under tmp (its local server starts there and is stopped at the end),
    never a server the user's environment points at; 180 s for the server to answer, as setup()."""
    os.environ["PREFECT_HOME"] = str(tmp / "prefect")
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
