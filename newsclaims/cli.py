"""The `newsclaims` command. Heavy imports (prefect, trafilatura) happen only in the commands that need them."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from newsclaims.settings import Settings

DEFAULT_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _quiet_prefect(verbose: bool) -> None:
    # Prefect's local server sends telemetry heartbeats that race its own SQLite database and
    # print tracebacks on shutdown; a research tool has no use for them anyway.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _check_db(path: str, lock_wait_s: float) -> None:
    """Fail fast, before Prefect starts, when the DB cannot be opened and migrated."""
    from tasks.io.db import open_db, prepare

    with open_db(path, wait_s=lock_wait_s) as con:
        prepare(con)


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = Settings.from_env(db=args.db, batch_size=args.batch_size, workers=args.workers, max_bytes=args.max_bytes)
    paths = args.paths or ([] if _has_web_inputs(args) else [str(DEFAULT_SEEDS)])
    if args.urls and not Path(args.urls).is_file():
        print(f"newsclaims: --urls file not found: {args.urls}", file=sys.stderr)
        return 2
    if paths and not any(Path(p).exists() for p in paths):
        print(f"newsclaims: no such file or directory: {', '.join(paths)}", file=sys.stderr)
        return 2
    _check_db(settings.db, settings.lock_wait_s)
    _quiet_prefect(args.verbose)
    from flows.ingest import ingest_flow

    summary = ingest_flow(
        paths=[str(p) for p in paths], db=settings.db, urls=_page_urls(args), feeds=args.feed or [],
        sitemaps=args.sitemap or [], batch_size=settings.batch_size, workers=settings.effective_workers,
        max_bytes=settings.max_bytes, lock_wait_s=settings.lock_wait_s, fetch=_fetch_overrides(args),
        max_pages=args.max_pages,
    )
    print(_format_summary(summary))
    _print_rejects(settings.db, summary["run_id"])
    return 0


def _page_urls(args: argparse.Namespace) -> list[str]:
    urls = list(args.url or [])
    if args.urls:
        lines = Path(args.urls).read_text(encoding="utf-8").splitlines()
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


def _format_summary(s: dict) -> str:
    extra = f", {s['reextracted']} re-extracted" if s.get("reextracted") else ""
    if s.get("fetched") or s.get("not_modified"):
        extra += f"; {s.get('fetched', 0)} pages downloaded, {s.get('not_modified', 0)} skipped as unchanged"
    if s.get("deferred"):
        extra += f"; {s['deferred']} pages left for the next run (--max-pages)"
    return (f"newsclaims ingest: {s.get('inputs', 0)} inputs: {s.get('new', 0)} new, {s.get('updated', 0)} updated, "
            f"{s.get('unchanged', 0)} unchanged, {s.get('rejected', 0)} rejected{extra} in {s['seconds']:.1f} s"
            f" -> {s['db']}")


def _print_rejects(db: str, run_id: str, limit: int = 20) -> None:
    from tasks.io.db import open_db

    with open_db(db, read_only=True) as con:
        rows = con.execute("select input, stage, reason from rejects where run_id = ? order by input", [run_id]).fetchall()
    for inp, stage, reason in rows[:limit]:
        print(f"  rejected [{stage}] {inp}: {reason}")
    if len(rows) > limit:
        print(f"  ... and {len(rows) - limit} more: select * from rejects where run_id = '{run_id}'")


def cmd_reextract(args: argparse.Namespace) -> int:
    settings = Settings.from_env(db=args.db, workers=args.workers)
    _check_db(settings.db, settings.lock_wait_s)
    _quiet_prefect(args.verbose)
    from flows.reextract import reextract_flow

    n = reextract_flow(db=settings.db, workers=settings.effective_workers, batch_size=settings.batch_size,
                       lock_wait_s=settings.lock_wait_s)
    print(f"newsclaims reextract: {n} articles re-extracted -> {settings.db}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from tasks.core.scoring import format_report, score_claims
    from tasks.io.db import open_db

    gold = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = Settings.from_env(db=args.db)
    with open_db(settings.db, read_only=True, wait_s=settings.lock_wait_s) as con:
        figures = _rows(con, "select * from figure_claims")
        attributions = _rows(con, "select * from attributed_claims")
    docs = set(args.docs.split(",")) if args.docs else None
    result = score_claims(gold, figures, attributions, docs=docs)
    print(json.dumps(result, indent=1, ensure_ascii=False, default=str) if args.json else format_report(result))
    return 0


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def build_parser() -> argparse.ArgumentParser:
    defaults = Settings()
    parser = argparse.ArgumentParser(prog="newsclaims", description="Turn news articles into a DuckDB database of who claims what.")
    sub = parser.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="load articles (files, folders, URLs, feeds, sitemaps) into the database",
                         description="Clean articles, extract claims and load them into DuckDB. Re-running on "
                         "the same inputs changes nothing; changed files update their article. Bad inputs are "
                         "listed and recorded in the `rejects` table; the exit code is 0 when the run completed.")
    ing.add_argument("paths", nargs="*", help=f"files (.txt .html .htm .html.gz) and folders (searched recursively); default: {DEFAULT_SEEDS}")
    _db_arg(ing)
    web = ing.add_argument_group("web inputs", "pages are fetched politely: robots.txt, per-host delay, retries with "
                                 "backoff on timeouts/429/5xx, conditional requests so unchanged pages are skipped "
                                 "(other fetch settings: env NEWSCLAIMS_FETCH_*, see tasks/io/http.py FetchSettings)")
    web.add_argument("--url", action="append", metavar="URL", help="an article page URL (repeatable)")
    web.add_argument("--urls", metavar="FILE", help="a file of article URLs, one per line (# comments allowed)")
    web.add_argument("--feed", action="append", metavar="URL", help="an RSS, Atom or JSON feed; its items are fetched (repeatable)")
    web.add_argument("--sitemap", action="append", metavar="URL", help="an XML sitemap or sitemap index (repeatable)")
    web.add_argument("--max-pages", type=int, default=1000, metavar="N",
                     help="fetch at most N pages this run, never-seen ones first; the rest wait for the next run (default 1000)")
    web.add_argument("--ignore-robots", action="store_true", help="do not check robots.txt (only for sites you may crawl)")
    web.add_argument("--delay", type=float, metavar="S", help="minimum seconds between requests to one host (default 1.0)")
    web.add_argument("--timeout", type=float, metavar="S", help="read timeout per request in seconds (default 15)")
    ing.add_argument("--batch-size", type=int, help=f"articles per task run and per load transaction (default {defaults.batch_size}; env NEWSCLAIMS_BATCH_SIZE)")
    ing.add_argument("--workers", type=int, help="processes for cleaning and extraction (default: all cores; env NEWSCLAIMS_WORKERS)")
    ing.add_argument("--max-bytes", type=int, help=f"reject inputs larger than this, also after gunzip (default {defaults.max_bytes}; env NEWSCLAIMS_MAX_BYTES)")
    _verbose_arg(ing)
    ing.set_defaults(func=cmd_ingest)

    rex = sub.add_parser("reextract", help="re-run claim extraction on stored articles (after an extractor upgrade)",
                         description="Re-extract claims from the stored cleaned text of every article whose claims "
                         "came from another extractor version, replacing its old claims. Nothing is re-read or re-fetched.")
    _db_arg(rex)
    rex.add_argument("--workers", type=int, help="processes for extraction (default: all cores)")
    _verbose_arg(rex)
    rex.set_defaults(func=cmd_reextract)

    ev = sub.add_parser("eval", help="score the database's claims against a gold file (as CLAIMS.md judges)",
                        description="Score the figure_claims and attributed_claims views against a gold JSONL "
                        "(format of tests/data/seed-claims.jsonl): F1, precision, recall, accuracies, misses.")
    ev.add_argument("gold", help="gold annotations, one JSON object per line")
    _db_arg(ev)
    ev.add_argument("--docs", help="comma-separated gold doc ids to limit the scoring to")
    ev.add_argument("--json", action="store_true", help="print the full result as JSON")
    ev.set_defaults(func=cmd_eval)

    # Commands whose arguments and code live in their own modules (kept light to import).
    from newsclaims import query_cmd, serve_cmd

    for module in (query_cmd, serve_cmd):
        sp = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION)
        module.add_arguments(sp)
        sp.set_defaults(func=module.run)
    return parser


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=f"DuckDB file (default {Settings().db} in the working directory; env NEWSCLAIMS_DB)")


def _verbose_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's flow and task logs")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the run itself could not happen: say why in one line
        from tasks.io.db import DatabaseLocked

        if isinstance(exc, (DatabaseLocked, OSError)) or type(exc).__module__.startswith("duckdb"):
            print(f"newsclaims: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
