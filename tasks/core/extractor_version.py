"""The claim extractor's version, read without importing the extractor.

Importing tasks.core.claims compiles its large patterns (seconds of CPU); a run that finds nothing
new to extract (a repeat ingest) must not pay that just to learn the version it compares stored
claims with. The version stays defined where the extractor's authors bump it,
tasks/core/claims/__init__.py (`EXTRACTOR_VERSION = "..."`); tests check both agree.
"""
from __future__ import annotations

import re
from pathlib import Path

_SOURCE = Path(__file__).with_name("claims") / "__init__.py"


def _read() -> str:
    found = re.search(r'^EXTRACTOR_VERSION\s*=\s*["\']([^"\']+)["\']', _SOURCE.read_text(encoding="utf-8"), re.M)
    if found:
        return found.group(1)
    from tasks.core.claims import EXTRACTOR_VERSION as imported  # defined some other way: ask the package

    return imported


EXTRACTOR_VERSION = _read()
