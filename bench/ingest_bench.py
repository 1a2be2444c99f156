"""Ingest N corpus pages with the newsclaims flow and, in the same run, a bare trafilatura loop.

Usage: python bench/ingest_bench.py [-n 200] [--corpus ../shared/corpus] [--workers K]
Prints seconds for: a bare single-process `trafilatura.extract` loop over the same pages (the
baseline), the flow's first ingest (clean + extract + load), and a second, unchanged run; and
the ratios to the baseline. Numbers are ratios because these machines are noisy.
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import tempfile
import time
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup(own_prefect_home=False)


def bare_trafilatura(pages: list[Path]) -> float:
    import trafilatura

    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(gzip.decompress(page.read_bytes()))
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="number of pages (default 200; 0 = all)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--workers", type=int, default=0, help="flow worker processes (default: all cores)")
    args = ap.parse_args()

    from flows.ingest import ingest_flow
    from newsclaims.settings import Settings

    pages = sorted((Path(args.corpus) / "pages").glob("*.html.gz"))
    pages = pages[: args.n] if args.n else pages
    workers = Settings.from_env(workers=args.workers or None).effective_workers
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page in pages:
            shutil.copy(page, folder / page.name)
        db = str(Path(tmp) / "bench.duckdb")
        ingest_flow(paths=[str(folder / pages[0].name)], db=str(Path(tmp) / "warm.duckdb"), workers=1)  # server start-up
        baseline = bare_trafilatura(pages)
        t0 = time.perf_counter()
        first = ingest_flow(paths=[str(folder)], db=db, workers=workers)
        t_first = time.perf_counter() - t0
        t0 = time.perf_counter()
        second = ingest_flow(paths=[str(folder)], db=db, workers=workers)
        t_second = time.perf_counter() - t0
    print(f"pages={len(pages)} workers={workers} cores={os.cpu_count()}")
    print(f"baseline  bare trafilatura.extract loop (1 process): {baseline:7.2f} s  ({1000 * baseline / len(pages):.1f} ms/page)")
    print(f"newsclaims ingest, first run (clean+extract+load):   {t_first:7.2f} s  ratio {t_first / baseline:.2f}"
          f"  [{first.get('new', 0)} new, {first.get('rejected', 0)} rejected]")
    print(f"newsclaims ingest, second run (nothing changed):      {t_second:7.2f} s  ratio {t_second / baseline:.2f}"
          f"  [{second.get('unchanged', 0)} unchanged]")


if __name__ == "__main__":
    main()
