"""Scale benchmark: runners, reruns and growth, each as a ratio to a bare trafilatura loop timed in the same run.

Usage: python bench/scale_bench.py [-n 0] [--grow 10] [--runners local,dask] [--skip-grow]
  -n N        corpus pages (0 = all 799)
  --grow K    also ingest K x N generated pages (each corpus page's paragraphs replaced by paragraphs
              drawn from other pages, so the copies are not near-duplicates) and compare time per page
              and peak memory with the N-page run
Every ingest runs in a fresh process (`newsclaims ingest --json`, one reused Prefect server warmed up
first) so its peak memory (RSS of the process and its pool, max of each) is its own. Prints seconds,
ratios to the bare loop, and the growth ratios.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchenv  # bench/ is on sys.path when a bench runs as a script

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "newsclaims")
_PARA = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.IGNORECASE | re.DOTALL)


def bare_trafilatura(pages: list[Path]) -> tuple[float, float]:
    """(wall s, CPU s) of the bare loop."""
    import trafilatura

    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        trafilatura.extract(gzip.decompress(page.read_bytes()))
    return time.perf_counter() - started, time.process_time() - cpu


# Runs one command and reports the largest RSS of its processes (getrusage of the children it and its
# own children waited for): a measure of this ingest alone, not of the runs before it.
_PEAK = ("import resource, subprocess, sys\n"
         "rc = subprocess.run(sys.argv[1:]).returncode\n"
         "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "print('PEAK_KIB', u.ru_maxrss, u.ru_utime + u.ru_stime, file=sys.stderr)\n"
         "sys.exit(rc)\n")


# CPU seconds of the last ingest (its process and every process it waited for: the pool's fork
# server and workers; not the Prefect server, started once and shared): a measure that a loaded
# machine does not inflate the way it inflates wall time.
LAST_CPU = [0.0]


def ingest(folder: Path, db: Path, *extra: str) -> tuple[float, dict, float]:
    """(seconds, summary, peak RSS in MiB of the largest of the ingest's processes) of one `newsclaims ingest`."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, CLI, "ingest", str(folder), "--db", str(db), "--json",
                          "--no-progress", *extra], capture_output=True, text=True,
                         env={**os.environ, "PREFECT_LOGGING_LEVEL": "ERROR"})
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"ingest failed: {out.stderr[-2000:]}")
    peak, LAST_CPU[0] = next((int(line.split()[1]), float(line.split()[2]))
                             for line in out.stderr.splitlines() if line.startswith("PEAK_KIB"))
    return seconds, json.loads(out.stdout.strip().splitlines()[-1]), peak / 1024


def stages(summary: dict) -> str:
    """The run's own clock (seconds the flow waited on each stage), largest first."""
    return "  ".join(f"{k} {v:.1f}" for k, v in (summary.get("stages") or {}).items())


def generate(pages: list[Path], copies: int, folder: Path, seed: int = 7) -> int:
    """`copies` variants of every page, each paragraph replaced by one drawn from the whole corpus."""
    htmls = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]
    pool = [m.group(2) for h in htmls for m in _PARA.finditer(h) if len(m.group(2)) > 80]
    rng = random.Random(seed)
    n = 0
    for k in range(copies):
        for page, html in zip(pages, htmls):
            varied = _PARA.sub(lambda m: m.group(1) + rng.choice(pool) + m.group(3), html)
            (folder / f"v{k:02d}-{page.name}").write_bytes(gzip.compress(varied.encode("utf-8"), 1))
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=0)
    ap.add_argument("--corpus", default=str(Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"))
    ap.add_argument("--runners", default="local,dask")
    ap.add_argument("--grow", type=int, default=10)
    ap.add_argument("--skip-grow", action="store_true")
    ap.add_argument("--workers", type=int, default=0)
    args = ap.parse_args()
    pages = sorted((Path(args.corpus) / "pages").glob("*.html.gz"))
    if not pages:
        sys.exit(f"no corpus pages under {args.corpus} (set NEWSCLAIMS_SHARED or --corpus)")
    pages = pages[: args.n] if args.n else pages
    workers = ["--workers", str(args.workers)] if args.workers else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        benchenv.own_prefect_home(tmp)
        try:
            run(args, pages, workers, tmp)
        finally:
            subprocess.run([CLI, "server", "stop"], capture_output=True)


def run(args, pages: list[Path], workers: list[str], tmp: Path) -> None:
    folder, one = benchenv.stage_pages(pages, tmp)
    t_cold, _, _ = ingest(one, tmp / "warm.duckdb", "--workers", "1")  # the reused Prefect server starts
    t_warm, s_warm, _ = ingest(one, tmp / "warm2.duckdb", "--workers", "1")
    t_import = import_seconds()
    baseline, base_cpu = bare_trafilatura(pages)
    print(f"pages={len(pages)} cores={os.cpu_count()} load {os.getloadavg()[0]:.1f}  baseline bare trafilatura.extract"
          f" loop: {baseline:.2f} s, CPU {base_cpu:.2f} s ({1000 * baseline / len(pages):.1f} ms/page)")
    print(f"fixed costs: 1-page ingest with the server start {t_cold:.1f} s, with the server up {t_warm:.1f} s"
          f" [{stages(s_warm)}]; import of flows.ingest {t_import:.1f} s")
    rows = {}
    for runner in args.runners.split(","):
        db = tmp / f"{runner}.duckdb"
        t1, s1, m1 = ingest(folder, db, "--runner", runner, *workers)
        rows[runner] = t1
        print(f"{runner:6s} first run:  {t1:7.2f} s  ratio {t1 / baseline:.2f}  CPU {LAST_CPU[0]:.1f} s = "
              f"{LAST_CPU[0] / base_cpu:.2f}x the loop's  load {os.getloadavg()[0]:.1f}  peak {m1:.0f} MiB"
              f"  [{s1.get('new', 0)} new, {s1.get('rejected', 0)} rejected; flow {s1.get('seconds')} s: {stages(s1)}]")
        if runner == "local":
            t2, s2, _ = ingest(folder, db, "--runner", runner, *workers)
            print(f"{runner:6s} rerun:      {t2:7.2f} s  ratio {t2 / baseline:.2f}  = {t2 / t1:.1%} of the first run"
                  f"  [{s2.get('unchanged', 0)} unchanged; flow {s2.get('seconds')} s: {stages(s2)}]")
    if "local" in rows and "dask" in rows:
        print(f"dask / local first run: {rows['dask'] / rows['local']:.2f}")
    if args.skip_grow or "local" not in rows:
        return
    small = tmp / "small"
    small.mkdir()
    generate(pages, 1, small, seed=11)
    t_small, s_small, m_small = ingest(small, tmp / "small.duckdb", *workers)
    cpu_small = LAST_CPU[0]
    big = tmp / "grown"
    big.mkdir()
    n_big = generate(pages, args.grow, big)
    t_big, s_big, m_big = ingest(big, tmp / "big.duckdb", *workers)
    print(f"growth: {len(pages)} generated pages {t_small:.1f} s, CPU {cpu_small:.1f} s (peak {m_small:.0f} MiB)"
          f" [{stages(s_small)}]")
    print(f"growth: {n_big} generated pages {t_big:.1f} s, CPU {LAST_CPU[0]:.1f} s (peak {m_big:.0f} MiB)"
          f" load {os.getloadavg()[0]:.1f} [{stages(s_big)}]")
    print(f"growth: time x{t_big / t_small:.2f}, CPU x{LAST_CPU[0] / cpu_small:.2f} for x{n_big / len(pages):.0f} pages,"
          f" peak memory x{m_big / m_small:.2f}"
          f"  [{s_big.get('new', 0)} new]")


def import_seconds() -> float:
    """Wall time of a fresh interpreter importing the flow (what every ingest pays before its work)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import flows.ingest"], cwd=ROOT, check=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
