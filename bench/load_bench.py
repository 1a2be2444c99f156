"""Load-path benchmark: the flow's per-batch DB work alone, as the stored data grows.

Usage: python bench/load_bench.py [-n 0] [--copies 10] [--schemas=all,-42] [--wal-mb 4,inf] [--batch-size 64] [--rounds 1]

Cleans and extracts N corpus pages once (cached in the temp folder per extractor version), then
loads them `copies` times under new article keys into a fresh DuckDB file, batch by batch as the
ingest flow does (tasks/ingest.py: stored_versions' lookup, then load_batch's write, each in its
own connection closed without a checkpoint; the lookup is one for the whole copy, as the flow does
now, or one per batch with --per-batch-compare), then the run's one checkpoint (the next writer's
open) and a rerun of the first copy (every article replaced: the delete-then-insert path).
`--schemas=all,-42`: one fresh DB per variant (all migrations; all but number 42), run
alternately (A/B of a schema change on the same machine state). `--wal-mb 4,inf`: the same for the WAL
size past which a batch's connection checkpoints on close (tasks/io/db.py WAL_CHECKPOINT_BYTES; inf:
never, DuckDB's own 16 MB autocheckpoint only, as before 2026-12-04). Prints seconds per copy and the
last copy's time over the first's (flat = cost per page does not grow with the DB).
"""
from __future__ import annotations

import argparse
import gzip
import os
import pickle
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import benchenv

ROOT = benchenv.setup()

from tasks.common import utc_now  # noqa: E402
from tasks.core.extractor_version import EXTRACTOR_VERSION  # noqa: E402
from tasks.core.process import ProcessedDoc, RawDoc, process_document  # noqa: E402
from tasks.io import load  # noqa: E402
from tasks.io.db import SQL_DIR, apply_views, migrate, open_db  # noqa: E402
from tasks.io.load import SourceInfo  # noqa: E402
from tasks.io.workers import default_workers, map_in_processes  # noqa: E402


def processed(pages: list[Path]) -> list[ProcessedDoc]:
    cache = Path(tempfile.gettempdir()) / f"newsclaims-load-bench-{os.getuid()}-{EXTRACTOR_VERSION}-{len(pages)}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    raws = [RawDoc(p.name, gzip.decompress(p.read_bytes()), is_html=True) for p in pages]
    docs = [d for d in map_in_processes(process_document, raws, default_workers()) if isinstance(d, ProcessedDoc)]
    cache.write_bytes(pickle.dumps(docs))
    return docs


def sql_variant(variant: str, folder: Path) -> Path:
    """A copy of sql/: every migration ('all'), or every one but number N ('-N')."""
    left_out = int(variant[1:]) if variant.startswith("-") else None
    shutil.copytree(SQL_DIR / "views", folder / "views")
    (folder / "schema").mkdir()
    for f in (SQL_DIR / "schema").glob("*.sql"):
        if int(f.name.split("_")[0]) != left_out:
            shutil.copy(f, folder / "schema" / f.name)
    return folder


# --per-batch-compare: the flow before 2026-12-03 looked up each batch's keys in a connection of its own
PER_BATCH_COMPARE = [False]


def load_copy(db: Path, docs: list[ProcessedDoc], prefix: str, batch_size: int, run_id: str) -> float:
    started = time.perf_counter()
    if not PER_BATCH_COMPARE[0]:  # the flow's one lookup for all of a run's files (tasks/ingest.py stored_versions)
        with open_db(db, checkpoint_on_close=False) as con:
            load.known_articles(con, [prefix + d.key for d in docs])
    for start in range(0, len(docs), batch_size):
        batch = [replace(d, key=prefix + d.key) for d in docs[start:start + batch_size]]
        sources = {d.key: SourceInfo("file", "/bench/" + d.key) for d in batch}
        if PER_BATCH_COMPARE[0]:
            with open_db(db, checkpoint_on_close=False) as con:
                load.known_articles(con, [d.key for d in batch])
        with open_db(db, checkpoint_on_close=False) as con:
            load.write_batch(con, batch, [], sources, run_id=run_id, now=utc_now())
    return time.perf_counter() - started


def run(db: Path, sql: Path, docs: list[ProcessedDoc], copies: int, batch_size: int) -> list[float]:
    with open_db(db) as con:
        migrate(con, sql)
        apply_views(con, sql)
        run_id = load.start_run(con, {}, flow_run_id=None, version=EXTRACTOR_VERSION, now=utc_now())
    return [load_copy(db, docs, f"c{k:02d}/", batch_size, run_id) for k in range(copies)]


def finish(db: Path, docs: list[ProcessedDoc], batch_size: int) -> tuple[float, float, int]:
    """(the checkpoint of the next open, a rerun of copy 0, rows in claims)."""
    started = time.perf_counter()
    with open_db(db) as con:
        pass
    checkpoint = time.perf_counter() - started
    with open_db(db) as con:
        run_id = load.start_run(con, {}, flow_run_id=None, version=EXTRACTOR_VERSION, now=utc_now())
    rerun = load_copy(db, docs, "c00/", batch_size, run_id)
    with open_db(db) as con:
        n = con.execute("select count(*) from claims").fetchone()[0]
    return checkpoint, rerun, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=0)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--schemas", default="all")
    ap.add_argument("--wal-mb", default="", help="comma-separated WAL_CHECKPOINT_BYTES variants in MiB (inf: never)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=1, help="alternate the schema variants this many times")
    ap.add_argument("--per-batch-compare", action="store_true", help="one key lookup per batch (the older flow)")
    args = ap.parse_args()
    PER_BATCH_COMPARE[0] = args.per_batch_compare
    pages = sorted((Path(args.corpus) / "pages").glob("*.html.gz"))
    pages = pages[: args.n] if args.n else pages
    docs = processed(pages)
    print(f"{len(docs)} processed articles x {args.copies} copies, batches of {args.batch_size}, cores {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for r in range(args.rounds):
            for variant, wal_mb in [(v, w) for v in args.schemas.split(",") for w in (args.wal_mb.split(",") if args.wal_mb else [""])]:
                if wal_mb:
                    from tasks.io import db as dbmod

                    dbmod.WAL_CHECKPOINT_BYTES = float(wal_mb) * 2**20
                    variant_name = f"{variant} wal {wal_mb} MiB"
                else:
                    variant_name = variant
                sql = sql_variant(variant, tmp / f"sql{variant}-{r}-{wal_mb}")
                db = tmp / f"load{variant}-{r}-{wal_mb}.duckdb"
                load_avg = os.getloadavg()[0]
                per_copy = run(db, sql, docs, args.copies, args.batch_size)
                checkpoint, rerun, n = finish(db, docs, args.batch_size)
                print(f"schema {variant_name:4s} round {r}: load {sum(per_copy):6.1f} s for {args.copies} copies "
                      f"(first {per_copy[0]:.1f} s, last {per_copy[-1]:.1f} s, last/first x{per_copy[-1] / per_copy[0]:.2f}); "
                      f"checkpoint {checkpoint:.1f} s; rerun of copy 0 {rerun:.1f} s; claims {n}; "
                      f"file {db.stat().st_size / 2**20:.0f} MiB; load avg {load_avg:.1f} -> {os.getloadavg()[0]:.1f}"
                      f"\n    per copy: {' '.join(f'{s:.1f}' for s in per_copy)}", flush=True)
                db.unlink()


if __name__ == "__main__":
    sys.exit(main())
