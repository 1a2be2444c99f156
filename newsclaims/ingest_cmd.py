"""`newsclaims ingest`: load files, folders, URLs, feeds and sitemaps into the database."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsclaims import options
from newsclaims.errors import UsageError

NAME = "ingest"
HELP = "load articles (files, folders, URLs, feeds, sitemaps) into the database"
DESCRIPTION = ("Clean articles, extract claims and load them into DuckDB. Re-running on the same inputs changes "
               "nothing; changed files update their article. Bad inputs are listed and recorded in the `rejects` "
               "table; the exit code is 0 when the run completed.")
DEFAULT_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help=f"files (.txt .html .htm .html.gz) and folders (searched recursively); "
                   f"default: {DEFAULT_SEEDS}")
    options.add(p, "db")
    web = p.add_argument_group("web inputs", "pages are fetched politely: robots.txt, per-host delay, retries with "
                               "backoff on timeouts/429/5xx, conditional requests so unchanged pages are skipped "
                               "(other fetch settings: env NEWSCLAIMS_FETCH_<FIELD>, see tasks/io/fetch_settings.py)")
    web.add_argument("--url", action="append", metavar="URL", help="an article page URL (repeatable)")
    web.add_argument("--urls", metavar="FILE", help="a file of article URLs, one per line (# comments allowed)")
    web.add_argument("--feed", action="append", metavar="URL", help="an RSS, Atom or JSON feed; its items are fetched (repeatable)")
    web.add_argument("--sitemap", action="append", metavar="URL", help="an XML sitemap or sitemap index (repeatable)")
    options.add(web, "max_pages")
    web.add_argument("--ignore-robots", action="store_true", help="do not check robots.txt (only for sites you may crawl)")
    web.add_argument("--delay", type=float, metavar="S", help="minimum seconds between requests to one host "
                     "(default 1.0; env NEWSCLAIMS_FETCH_PER_HOST_DELAY_S)")
    web.add_argument("--timeout", type=float, metavar="S", help="read timeout per request in seconds "
                     "(default 15; env NEWSCLAIMS_FETCH_READ_TIMEOUT_S)")
    options.add(p, "batch_size", "workers", "max_bytes", "lock_wait_s", "runner", "runner_address", "data_path",
                "verbose", "json", "no_progress")


def run(args: argparse.Namespace) -> int:
    settings = options.settings(args)
    paths = args.paths or ([] if _has_web_inputs(args) else [str(DEFAULT_SEEDS)])
    if args.urls and not Path(args.urls).is_file():
        raise UsageError(f"--urls file not found: {args.urls}")
    missing = [p for p in paths if not Path(p).exists()]
    if paths and len(missing) == len(paths):
        raise UsageError(f"no such file or directory: {', '.join(paths)}")
    for path in missing:
        print(f"newsclaims ingest: warning: no such file or directory: {path}", file=sys.stderr)
    urls = _page_urls(args)
    if not (urls or args.feed or args.sitemap) and _nothing_in(paths):
        print(f"newsclaims ingest: warning: nothing to ingest in {', '.join(paths)} (no files ending in "
              ".txt .html .htm .html.gz)", file=sys.stderr)
        return 0
    from newsclaims import runtime

    _check_runner(settings.runner)
    if urls or args.feed or args.sitemap:
        runtime.check_db(settings.db, settings.lock_wait_s, settings.data_path or None)
        summary = None
    else:  # checks the DB as check_db does, on the connection it goes on with
        summary = _unchanged_run(paths, settings)
    if summary is None:
        summary = _run_flow(args, settings, paths, urls)
    rejects = _rejects(settings.db, summary["run_id"])
    if args.json:
        import json

        print(json.dumps({**summary, "rejects": [dict(zip(("input", "stage", "reason"), r)) for r in rejects]},
                         ensure_ascii=False, default=str))
    else:
        print(format_summary(summary))
        _print_rejects(rejects, summary["run_id"])
    return 0


def _unchanged_run(paths: list[str], settings) -> dict | None:
    """A rerun whose files are all unchanged is recorded without starting Prefect (tasks/io/quick_rerun.py)."""
    from tasks.core.run_summary import describe_inputs
    from tasks.io.quick_rerun import try_unchanged_run

    paths = [str(p) for p in paths]
    return try_unchanged_run(paths, settings.db, settings.max_bytes, settings.lock_wait_s, settings.data_path or None,
                             describe_inputs(paths))


def _run_flow(args: argparse.Namespace, settings, paths: list[str], urls: list[str]) -> dict:
    from newsclaims import runtime

    _warm_pool_early(paths, settings)
    runtime.prepare_prefect(args.verbose, settings)
    _prestart_local_cluster(settings)
    from flows.ingest import ingest_flow
    from newsclaims.progress_view import shown

    with shown("ingest", enabled=not args.no_progress):
        return ingest_flow(
            paths=[str(p) for p in paths], db=settings.db, urls=urls, feeds=args.feed or [],
            sitemaps=args.sitemap or [], batch_size=settings.batch_size, workers=settings.effective_workers,
            max_bytes=settings.max_bytes, lock_wait_s=settings.lock_wait_s, fetch=_fetch_overrides(args),
            max_pages=settings.max_pages, runner=settings.runner, runner_address=settings.runner_address or None,
            data_path=settings.data_path or None,
        )


def _warm_pool_early(paths: list[str], settings) -> None:
    """A local run with much to clean starts its worker pool now: the pool's warm-up then runs on
    another core while Prefect and the flow import (tasks/io/pool_warmup.py). Best effort: the
    flow starts the pool itself otherwise."""
    if settings.runner != "local" or not paths:
        return
    from tasks.io.files import discover_files
    from tasks.io.pool_warmup import warm_for

    try:
        warm_for(settings.db, settings.effective_workers, [f.key for f in discover_files(paths).inputs],
                 settings.lock_wait_s)
    except Exception:  # noqa: BLE001 - the flow decides again and reports any real problem
        pass


def _prestart_local_cluster(settings) -> None:
    """A run on a local Dask cluster starts the fork server its workers will come from now, so
    their warm-up runs on another core while the flow imports and starts (tasks/io/runners.py).
    After prepare_prefect: the workers inherit its environment, and a worker without
    PREFECT_API_URL would start a Prefect server of its own. Best effort."""
    if settings.runner != "dask" or settings.runner_address:
        return
    from tasks.io.runners import prestart_local_dask

    try:
        prestart_local_dask()
    except Exception:  # noqa: BLE001 - the cluster starts its own fork server otherwise
        pass


def _check_runner(kind: str) -> None:
    """A cluster runner whose extra is not installed is a usage error, found before Prefect starts."""
    from tasks.io.runners import RunnerError, check_available

    try:
        check_available(kind)
    except RunnerError as exc:
        raise UsageError(str(exc)) from None


def _nothing_in(paths: list[str]) -> bool:
    """True when the paths hold no file at all that could be an input (cheap: no reading)."""
    from tasks.io.files import discover_files

    found = discover_files([p for p in paths if Path(p).exists()])
    return not found.inputs and not found.problems


def _page_urls(args: argparse.Namespace) -> list[str]:
    urls = list(args.url or [])
    if args.urls:
        lines = Path(args.urls).read_text(encoding="utf-8", errors="replace").splitlines()
        urls += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return urls


def _fetch_overrides(args: argparse.Namespace) -> dict:
    overrides = {}
    if args.ignore_robots:
        overrides["respect_robots"] = False
    if args.delay is not None:
        overrides["per_host_delay_s"] = args.delay
    if args.timeout is not None:
        overrides["read_timeout_s"] = args.timeout
    return overrides


def _has_web_inputs(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) for name in ("urls", "url", "feed", "sitemap"))


def format_summary(s: dict) -> str:
    extra = f", {s['reextracted']} re-extracted" if s.get("reextracted") else ""
    if s.get("fetched") or s.get("not_modified"):
        extra += f"; {s.get('fetched', 0)} pages downloaded, {s.get('not_modified', 0)} skipped as unchanged"
    if s.get("deferred"):
        extra += f"; {s['deferred']} pages left for the next run (--max-pages)"
    slowest = f" (slowest stage: {s['slowest_stage']}, {s['stages'][s['slowest_stage']]:.1f} s)" if s.get("slowest_stage") else ""
    return (f"newsclaims ingest: {s.get('inputs', 0)} inputs: {s.get('new', 0)} new, {s.get('updated', 0)} updated, "
            f"{s.get('unchanged', 0)} unchanged, {s.get('rejected', 0)} rejected{extra} in {s['seconds']:.1f} s"
            f"{slowest} -> {s['db']}")


def _rejects(db: str, run_id: str) -> list[tuple]:
    from tasks.io.db import open_db

    with open_db(db, read_only=True) as con:
        return con.execute("select input, stage, reason from rejects where run_id = ? order by input", [run_id]).fetchall()


def _print_rejects(rows: list[tuple], run_id: str, limit: int = 20) -> None:
    for inp, stage, reason in rows[:limit]:
        print(f"  rejected [{stage}] {inp}: {reason}")
    if len(rows) > limit:
        print(f"  ... and {len(rows) - limit} more: select * from rejects where run_id = '{run_id}'")
