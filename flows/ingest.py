"""The ingest flow: discover -> read or fetch -> (skip unchanged) -> clean + extract -> load, in batches."""
from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import asdict
from functools import partial
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from flows.progress import Clock, Progress
from newsclaims.settings import Settings
from tasks import crossref
from tasks import events
from tasks import ingest as t
from tasks import web
from tasks.core.netpolicy import named_hosts
from tasks.core.process import Reject
from tasks.core.run_summary import describe_inputs, summary_markdown
from tasks.io.events import TERMS_PART
from tasks.io.files import discover_files
from tasks.io.runners import Runner, open_runner
from tasks.io.workers import on_cluster
from tasks.io.runlog import one_line


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _flow_run_name() -> str:
    return _run_name()


@flow(name="newsclaims-ingest", flow_run_name=_flow_run_name)
def ingest_flow(
    paths: list[str] | None = None,
    db: str | None = None,
    urls: list[str] | None = None,
    feeds: list[str] | None = None,
    sitemaps: list[str] | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    max_bytes: int | None = None,
    lock_wait_s: float | None = None,
    fetch: dict | None = None,
    revisit_after_s: float | None = None,
    max_pages: int | None = None,
    runner: str | None = None,
    runner_address: str | None = None,
    data_path: str | None = None,
) -> dict:
    """Ingest files, folders, page URLs, feeds and sitemaps into the DuckDB file `db`.

    Parameters left out come from the settings (newsclaims/settings.py: defaults < NEWSCLAIMS_* env
    vars of the process running the flow). `fetch` overrides fetch settings fields (timeouts,
    politeness, robots); a page loaded before without ETag/Last-Modified is not re-downloaded within
    `revisit_after_s`; at most `max_pages` pages are fetched per run, never-seen ones first (the
    rest wait for the next). `runner` says where cleaning + extraction run: `local` (this machine's
    process pool of `workers` processes), `dask` or `ray` (a local cluster of `workers` workers, or
    the one at `runner_address`). `db` may be a DuckLake (`ducklake:...` or a `.ducklake` file);
    `data_path` is where a new lake keeps its Parquet files (a folder or an s3:// URL).
    Returns the run's counts.
    """
    started = time.perf_counter()
    s = Settings.from_env(db=db, batch_size=batch_size, workers=workers, max_bytes=max_bytes,
                          lock_wait_s=lock_wait_s, revisit_after_s=revisit_after_s, max_pages=max_pages,
                          runner=runner, runner_address=runner_address, data_path=data_path)
    db, batch_size, workers, max_bytes = s.db, s.batch_size, s.effective_workers, s.max_bytes
    lock_wait_s, revisit_after_s, max_pages = s.lock_wait_s, s.revisit_after_s, s.max_pages
    runner, runner_address, data_path = s.runner, s.runner_address or None, s.data_path or None
    paths, urls, feeds, sitemaps = paths or [], urls or [], feeds or [], sitemaps or []
    # The fetcher gets the settings' fetch values (env NEWSCLAIMS_FETCH_*) with this run's overrides.
    # Hosts the user named may be private (a feed on the intranet); hosts that documents name may not.
    named = named_hosts(urls + feeds + sitemaps)
    fetch = asdict(s.fetch_with(**{"max_body_bytes": max_bytes, "named_hosts": named, **(fetch or {})}))
    clock, shown = Clock(), Progress(_logger())
    with clock("prepare"):  # migrations and views (a no-op on an up-to-date DB), the run's row
        t.prepare_db(db, lock_wait_s, data_path)
        asked = {"paths": paths, "urls": urls, "feeds": feeds, "sitemaps": sitemaps}
        run_id = t.begin_run(db, {k: v for k, v in asked.items() if v}, flow_run.get_id(), lock_wait_s)
    counts: Counter = Counter()
    status, error = "failed", None
    try:
        shown.stage("discovering inputs")
        with clock("discover"):
            found = discover_files(paths)
        rejects = [Reject(key, "discover", reason) for key, reason in found.problems]
        batches = [(t.read_files, (b, max_bytes)) for b in _chunks(found.inputs, batch_size)]
        counts["inputs"] = len(found.inputs) + len(found.problems)
        if feeds or sitemaps or urls:
            with clock("discover"):
                listed, feed_rejects = web.discover_pages(feeds, sitemaps, fetch)
                pages, counts["deferred"] = web.prioritise_pages(db, list(dict.fromkeys(urls + listed)), max_pages, lock_wait_s)
            rejects += feed_rejects
            batches += [(web.fetch_pages, (db, b, fetch, revisit_after_s, lock_wait_s)) for b in _chunks(pages, batch_size)]
            counts["inputs"] += len(pages) + len(feed_rejects)
        warming = runner == "local" and t.warm_workers(  # its workers import the extractor while the first batch is read
            db, workers, [f.key for f in found.inputs] + (pages if feeds or sitemaps or urls else []), lock_wait_s)
        counts["rejected"] += t.record_rejects(db, rejects, run_id, lock_wait_s)
        shown.stage("cleaning, extracting, loading", total=counts["inputs"])
        shown.advance(len(rejects), counts)
        with clock("compare"):  # once for all files (see tasks/ingest.py stored_versions)
            stored = t.stored_versions(db, [f.key for f in found.inputs], lock_wait_s) if found.inputs else {}
        # The cluster stays up for the end of the run: its idle workers compute the wire signatures
        # and event terms there (workers.on_cluster), as the local pool's do on a local run.
        terms_here = runner == "ray" or counts["inputs"] - len(stored) < 2 * TERMS_PART  # see _import_tail
        with open_runner(runner, runner_address, workers) as engine, on_cluster(engine.map_plain()):
            _process_and_load(batches, db, run_id, engine, lock_wait_s, counts, clock, shown, stored,
                              while_waiting=partial(_import_tail, terms_here) if warming or runner != "local" else None)
            shown.stage("re-extracting stored articles")
            with clock("re-extract"):
                counts["reextracted"] = t.reextract_stale(db, workers, batch_size, lock_wait_s, run_id)
            shown.stage("linking actors and wire copies")
            with clock("cross-reference"):
                counts["actor_aliases"] = crossref.merge_actors(db, lock_wait_s)
                counts["wire_links"] = crossref.link_articles(db, lock_wait_s)
            shown.stage("grouping reports into events")
            with clock("events"):
                grouped = events.group_articles(db, lock_wait_s)
        counts.update({k: grouped.get(k, 0) for k in ("events", "grouped", "candidate_events")})
        status = "completed"
    except BaseException as exc:  # recorded in one line with the run, then raised as it was
        error = one_line(exc)
        raise
    finally:
        t.end_run(db, run_id, dict(counts), status, lock_wait_s, error)
    # Only after a completed run: a run that failed on a lock must not wait for it a second time.
    shown.stage("publishing the read snapshot")
    with clock("snapshot"):
        t.publish_snapshot(db, lock_wait_s)  # analysts read <stem>.read.duckdb, never the writer's file
    summary = {**dict(counts), "name": _run_name(), "run_id": run_id, "flow_run_id": flow_run.get_id(),
               "seconds": round(time.perf_counter() - started, 2),
               "db": str(Path(db)), "stages": clock.rounded(), "stages_cpu": clock.rounded_cpu()}
    summary["slowest_stage"] = next(iter(summary["stages"]), None)
    _publish_summary(summary, db, lock_wait_s)
    return summary


def _run_name() -> str:
    """A flow run is named after what it ingests ('seeds', 'inbox + feed example.org')."""
    p = flow_run.parameters or {}
    return describe_inputs(p.get("paths"), p.get("urls"), p.get("feeds"), p.get("sitemaps"))


def _logger():
    try:
        return get_run_logger()
    except Exception:  # outside a flow run context (never in practice): no progress log
        return None


def _publish_summary(summary: dict, db: str, lock_wait_s: float) -> None:
    """The run summary as a markdown artifact on the flow run (Prefect UI: Artifacts)."""
    try:
        rejects = t.run_rejects(db, summary["run_id"], lock_wait_s)
        create_markdown_artifact(key="newsclaims-run-summary", markdown=summary_markdown(summary, rejects),
                                 description=f"newsclaims ingest: {summary['name']}")
    except Exception as exc:  # a summary that cannot be shown must not fail a completed run
        logger = _logger()
        if logger:
            logger.warning(f"could not create the run summary artifact: {exc}")


def _import_tail(terms_here: bool) -> None:
    """What the end of the run imports in this process, imported while the flow waits for the first batch
    instead of at the end, where the workers wait for it: datasketch for the wire links (~1 s CPU, scipy's
    integrate with it), and scikit-learn's hashers and stop words (~1-1.5 s CPU) only when the event terms
    are computed here too (`terms_here`: a Ray run, or too few new articles to spread): otherwise the pool's
    or the cluster's workers compute them (tasks/io/events.py terms_of), and the import here only took CPU
    from those workers."""
    if terms_here:
        import tasks.io.tail_preload  # noqa: F401 - its import is the work
    else:
        from datasketch import LeanMinHash, MinHashLSH  # noqa: F401 - what tasks/core/wire.py find_links imports


def _process_and_load(batches: list, db: str, run_id: str, engine: Runner, lock_wait_s: float, counts: Counter,
                      clock: Clock, shown: Progress, stored: dict, while_waiting=None) -> None:
    """Each batch is processed by the runner (in parts on a cluster) while earlier ones load (one writer).

    The clock charges each stage with the time the flow waits for it: reading or fetching,
    comparing with the DB, cleaning and extraction (what is left of it once the previous batch
    has loaded), and loading. `while_waiting` runs once, before the flow first waits for a batch:
    the pool is still warming up then (its fork server's start-up), and the flow has nothing to do.
    """
    pending: deque = deque()
    stamps: dict = {}
    for read, args in batches:
        with clock("fetch" if read is web.fetch_pages else "read"):
            got = read(*args)
            stamps.update(got.get("stamps", {}))
        with clock("compare"):  # files against what the run found stored at its start; pages as fetched
            fresh, unchanged = t.split_known(got["docs"], stored) if read is t.read_files else \
                t.split_unchanged(db, quote(got["docs"]), lock_wait_s)
        parts = [(part, engine.submit(t.process_batch, docs=part, workers=engine.task_workers))
                 for part in engine.split(fresh)]
        # The oldest batch loads once enough later parts are queued to keep every worker busy meanwhile.
        while len(pending) >= engine.lookahead:
            if while_waiting is not None:
                with clock("prefetch"):
                    while_waiting()
                while_waiting = None
            _load(db, run_id, lock_wait_s, engine, *pending.popleft(), counts=counts, clock=clock, shown=shown)
        same = [(got["sources"][d.key], d.content_hash, d.key) for d in unchanged] + got["not_modified"]
        counts["fetched"] += len(got["docs"]) if read is web.fetch_pages else 0
        counts["not_modified"] += len(got["not_modified"]) + got.get("skipped", 0)
        counts["unchanged"] += got.get("skipped", 0)
        pending.append((parts, got["rejects"], same, got["sources"], len(args[1] if read is web.fetch_pages else args[0])))
    while pending:
        _load(db, run_id, lock_wait_s, engine, *pending.popleft(), counts=counts, clock=clock, shown=shown)
    with clock("read"):
        t.save_file_stamps(db, stamps)


def _load(db: str, run_id: str, lock_wait_s: float, engine: Runner, parts: list, rejects: list, same: list,
          sources: dict, n_inputs: int, *, counts: Counter, clock: Clock, shown: Progress) -> None:
    with clock("clean + extract"):
        results = [r for docs, future in parts
                   for r in engine.result(t.process_batch, future, docs, "docs", t.crashed, workers=engine.task_workers)]
    hashes = {d.key: d.content_hash for docs, _ in parts for d in docs}  # kept for inputs rejected now
    with clock("load"):
        # quote(): not walked by Prefect object by object (see Runner.submit)
        counts.update(t.load_batch(db, quote(results + rejects), quote(same), quote(sources), run_id, lock_wait_s,
                                   quote(hashes)))
    shown.advance(n_inputs, counts)
