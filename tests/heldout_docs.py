"""Stage the held-out gold's articles as input files: corpus pages by id, ECB+ texts (`doc_*`) with their manifest lines."""
from __future__ import annotations

import json
import shutil
from pathlib import Path


def stage_heldout_docs(docs: set[str], shared: Path, dest: Path) -> Path:
    """Copy each gold doc's input into `dest` (created) and return it, ready for `ingest_flow(paths=[dest])`."""
    dest.mkdir(parents=True, exist_ok=True)
    ecb = shared / "events" / "ecbplus-dev" / "articles"
    manifest = []
    for doc in sorted(docs):
        if doc.startswith("doc_"):
            shutil.copy(ecb / f"{doc}.txt", dest)
            manifest.append(f"{doc}.txt")
        else:
            shutil.copy(shared / "corpus" / "pages" / f"{doc}.html.gz", dest)
    if manifest:
        # what ECB+ knows of a text (outlet, date, url) comes with it, as for any folder with a manifest
        wanted = set(manifest)
        lines = [ln for ln in (ecb / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and json.loads(ln).get("file") in wanted]
        (dest / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest
