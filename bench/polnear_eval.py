"""Score the extractor on PolNeAR (complete attribution annotations of US political news), by split.

Usage: python bench/polnear_eval.py [--split dev|test|all] [--examples N] [--json OUT] [--keep DB] [--workers K]

The 837 articles of ../shared/polnear-train are split once and for all by a hash of the document
name (`split_of`): about 80% dev (tune on it), about 20% test (a measurement only: never read its
misses). The split's article files are ingested with the real flow into a temporary DuckDB file,
then scored with the official ../shared/tools/score_attributions.py (which only counts the
articles present in the DB, so the split needs no filtering on its side).
PolNeAR has no licence: nothing of it is copied into the repository.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
POLNEAR = SHARED / "polnear-train"
SCORER = SHARED / "tools" / "score_attributions.py"


def split_of(doc: str) -> str:
    """'test' for about one document in five, 'dev' for the rest: fixed by the name, not by order or seed."""
    return "test" if int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "dev"


def split_files(split: str, polnear: Path = POLNEAR) -> list[Path]:
    files = sorted((polnear / "articles").rglob("*.txt"))
    return [f for f in files if split == "all" or split_of(f.stem) == split]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--examples", type=int, default=0, help="print N random misses / unmatched rows (dev only)")
    ap.add_argument("--json", help="write every miss and unmatched row here (dev only)")
    ap.add_argument("--keep", help="keep the DB at this path (default: a temp file)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--polnear", default=str(POLNEAR))
    args = ap.parse_args()
    if (args.examples or args.json) and args.split != "dev":
        ap.error("--examples / --json only with --split dev: the test split stays a measurement")
    polnear = Path(args.polnear)
    if not (polnear / "gold.jsonl").is_file():
        sys.exit(f"no PolNeAR data at {polnear}")

    from flows.ingest import ingest_flow

    files = split_files(args.split, polnear)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        db = args.keep or str(Path(tmp) / "polnear.duckdb")
        if args.keep and Path(db).exists():
            Path(db).unlink()
        counts = ingest_flow(paths=[str(folder)], db=db, workers=args.workers)
        print(f"split={args.split} articles={len(files)} ingest seconds={counts.get('seconds')}", flush=True)
        cmd = [sys.executable, str(SCORER), db, str(polnear / "gold.jsonl")]
        if args.examples:
            cmd += ["--examples", str(args.examples)]
        if args.json:
            cmd += ["--json", args.json]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
