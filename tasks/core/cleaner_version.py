"""The cleaner's version, importable without the cleaner.

Importing tasks.core.process brings in trafilatura and lxml (a fifth of a second); an unchanged
rerun compares stored articles with this version and must not pay that just to read it
(tasks/io/quick_rerun.py). tasks.core.process re-exports it where the cleaner is used.
"""
from __future__ import annotations

# Bump when cleaning output changes: stored articles from an older cleaner are cleaned again
# (from their file) on the next ingest even though their bytes did not change.
CLEANER_VERSION = "clean-5"  # clean-5: a text with no date takes its URL's day
