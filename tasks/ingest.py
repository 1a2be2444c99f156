"""Thin Prefect tasks for the ingest flow: open the resource, call one function, return a summary.

Tasks take and return plain data (paths, documents), never live connections, and do not cache:
inputs are large byte strings that would only be hashed for nothing.
"""
from __future__ import annotations

from functools import partial

from prefect import task

from tasks.common import TASK_OPTIONS, utc_now
from tasks.core.cleaner_version import CLEANER_VERSION
from tasks.core.extractor_version import EXTRACTOR_VERSION
from tasks.core.process import (GROUP_SIZE, ProcessedDoc, RawDoc, Reject, extract_for,
                                process_group_within, process_within)
from tasks.io import file_stamps, load, quick_rerun, runlog, snapshot
from tasks.io.db import open_db, prepare
from tasks.io.files import FileInput, ReadError, read_input_stat
from tasks.io.lake import is_lake
from tasks.io.load import SourceInfo
from tasks.io.pool_warmup import warm_for
from tasks.io.workers import hard_limit_for, map_in_groups, map_in_processes


@task(**TASK_OPTIONS)
def prepare_db(db: str, lock_wait_s: float, data_path: str | None = None) -> None:
    with open_db(db, wait_s=lock_wait_s, data_path=data_path) as con:
        prepare(con)


@task(**TASK_OPTIONS)
def begin_run(db: str, inputs: dict, flow_run_id: str | None, lock_wait_s: float) -> str:
    with open_db(db, wait_s=lock_wait_s) as con:
        runlog.apply_pending(con, db, _record_failure)  # failures an earlier run could not write itself
        return load.start_run(con, inputs, flow_run_id=flow_run_id, version=EXTRACTOR_VERSION, now=utc_now())


def _record_failure(con, run_id: str, counts: dict, error: str, when) -> None:
    load.finish_run(con, run_id, counts, status="failed", now=when, error=error)


@task(**TASK_OPTIONS)
def read_files(batch: list[FileInput], max_bytes: int) -> dict:
    """Read a batch of local files; same shape as tasks.web.fetch_pages' result."""
    out = {"docs": [], "rejects": [], "not_modified": [], "sources": {}, "stamps": {}}
    for item in batch:
        out["sources"][item.key] = SourceInfo("file", item.locator)  # a name that is not UTF-8, escaped
        try:
            data, st, stat_at_ns = read_input_stat(item.path, max_bytes)
        except ReadError as exc:
            out["rejects"].append(Reject(item.key, "read", str(exc)))
            continue
        doc = RawDoc(item.key, data, is_html=item.is_html, meta=item.meta)
        out["docs"].append(doc)
        # what a later unchanged rerun takes instead of reading the file again (tasks/io/file_stamps.py)
        out["stamps"][item.locator] = file_stamps.stamp(st, len(data), doc.content_hash, stat_at_ns)
    return out


def save_file_stamps(db: str, stamps: dict[str, list]) -> None:
    """The stamps of the files this run read, for the next run (best effort: see tasks/io/file_stamps.py)."""
    file_stamps.save(db, stamps)


@task(**TASK_OPTIONS)
def split_unchanged(db: str, docs: list[RawDoc], lock_wait_s: float) -> tuple[list[RawDoc], list[RawDoc]]:
    """(to process, unchanged): the same bytes cleaned by the same cleaner need no work at all.

    (An extractor change alone is handled later by reextract_stale, from the stored text.)
    """
    # Run once per batch between loads: no checkpoint on close (see tasks/io/db.py open_db); the
    # first open after the batches (cross-reference) does the run's one big checkpoint.
    return split_known(docs, stored_versions.fn(db, [d.key for d in docs], lock_wait_s))


@task(**TASK_OPTIONS)
def stored_versions(db: str, keys: list[str], lock_wait_s: float) -> dict[str, tuple[str, str | None]]:
    """(content hash, cleaner version) stored for each of these input keys that is stored.

    The flow asks once for all of a run's files, not once per batch: every open of the DB file
    between batches replays the write-ahead log the earlier batches left (~0.13 s an open at 800
    articles, growing with the log), and the compare was 32 s of a 7,990-page run. An input that
    another run stores meanwhile is processed again and replaces that row (write_batch looks again
    inside its transaction): work done twice, nothing doubled."""
    with open_db(db, wait_s=lock_wait_s, checkpoint_on_close=False) as con:
        known = load.known_articles(con, keys)
    return {k: (v.content_hash, v.cleaner_version) for k, v in known.items()}


def split_known(docs: list[RawDoc], stored: dict[str, tuple[str, str | None]]) -> tuple[list[RawDoc], list[RawDoc]]:
    """split_unchanged against what stored_versions returned."""
    same = lambda d: stored.get(d.key) == (d.content_hash, CLEANER_VERSION)  # noqa: E731
    return [d for d in docs if not same(d)], [d for d in docs if same(d)]


def warm_workers(db: str, workers: int, keys: list[str], lock_wait_s: float) -> bool:
    """The process pool started ahead of the first batch when this run has much to clean
    (tasks/io/pool_warmup.py). True when started."""
    return warm_for(db, workers, keys, lock_wait_s)


@task(**TASK_OPTIONS)
def process_batch(docs: list[RawDoc], workers: int) -> list[ProcessedDoc | Reject]:
    from newsclaims.settings import Settings

    s = Settings.from_env()  # the per-document budgets: NEWSCLAIMS_DOC_TIMEOUT_S, NEWSCLAIMS_MAX_TEXT_CHARS
    work = partial(process_within, seconds=s.doc_timeout_s, max_text_chars=s.max_text_chars)
    group = partial(process_group_within, seconds=s.doc_timeout_s, max_text_chars=s.max_text_chars)
    limit = hard_limit_for(s.doc_timeout_s)
    return map_in_groups(group, work, docs, workers, GROUP_SIZE, on_crash=crashed, hard_limit_s=limit,
                         on_hang=partial(hung, limit=limit))


def crashed(doc: RawDoc) -> Reject:
    return Reject(doc.key, "clean", "the worker process died on this input (a crash in native code, or out of memory)")


def hung(doc: RawDoc, limit: float) -> Reject:
    return Reject(doc.key, "clean", f"still running after {limit:g} s, stuck where the per-document budget cannot "
                  "interrupt it (native code); its worker process was stopped and replaced")


@task(**TASK_OPTIONS)
def load_batch(db: str, results: list, unchanged: list[tuple], sources: dict, run_id: str, lock_wait_s: float,
               hashes: dict[str, str] | None = None) -> dict:
    docs = [r for r in results if isinstance(r, ProcessedDoc)]
    rejects = [r for r in results if isinstance(r, Reject)]
    with open_db(db, wait_s=lock_wait_s, checkpoint_on_close=False) as con:  # as split_unchanged
        counts = load.write_batch(con, docs, rejects, sources, run_id=run_id, now=utc_now(), hashes=hashes)
        if unchanged:
            load.mark_unchanged(con, unchanged, utc_now())
    counts["unchanged"] = len(unchanged)
    return counts


@task(**TASK_OPTIONS)
def record_rejects(db: str, rejects: list[Reject], run_id: str, lock_wait_s: float) -> int:
    with open_db(db, wait_s=lock_wait_s) as con:
        load.save_rejects(con, rejects, run_id=run_id, now=utc_now())
    return len(rejects)


@task(**TASK_OPTIONS)
def reextract_stale(db: str, workers: int, batch_size: int, lock_wait_s: float, run_id: str | None = None) -> int:
    """Re-run extraction on stored text for articles extracted by another extractor version.

    One batch of texts in memory at a time, paged by article id. An article whose extraction
    fails, overruns the per-document budget or kills its worker keeps its old claims and old
    version and becomes a reject with the reason: the run goes on, and the next run tries it again.
    """
    from newsclaims.settings import Settings

    work = partial(_extract_row, seconds=Settings.from_env().doc_timeout_s)
    done, after = 0, None
    while True:
        with open_db(db, wait_s=lock_wait_s) as con:
            chunk = load.stale_extractions(con, EXTRACTOR_VERSION, limit=batch_size, after=after)
        if not chunk:
            return done
        after = chunk[-1][0]
        results = map_in_processes(work, chunk, workers, on_crash=_crashed_row)
        good = [(row, r) for row, r in zip(chunk, results) if not isinstance(r, Reject)]
        failed = [r for r in results if isinstance(r, Reject)]
        with open_db(db, wait_s=lock_wait_s) as con:
            load.replace_extractions(con, [(row[0], r) for row, r in good], EXTRACTOR_VERSION, utc_now(),
                                     inputs=[row[1] for row, _ in good])
            if failed:
                load.save_rejects(con, failed, run_id=run_id, now=utc_now())
        done += len(good)


def _extract_row(row: tuple, seconds: float | None = None):
    """The new extraction of one stored article, or a Reject naming it by its article key."""
    from tasks.core.article import CleanedDoc
    from tasks.core.budget import OverBudget, run_within

    _, key, title, text, published_at, language, url = row
    doc = CleanedDoc(title=title, text=text, published_at=published_at, language=language, url=url)
    try:
        return run_within(seconds, extract_for, doc)
    except OverBudget:
        return Reject(key, "extract", f"re-extraction took longer than {seconds:g} s (the per-document budget, "
                      "NEWSCLAIMS_DOC_TIMEOUT_S); its earlier claims are kept")
    except Exception as exc:  # one stored text must not stop the others
        return Reject(key, "extract", f"re-extraction failed, earlier claims kept: {type(exc).__name__}: {exc}"[:500])


def _crashed_row(row: tuple) -> Reject:
    return Reject(row[1], "extract", "the worker process died re-extracting this article (a crash in native code, "
                  "or out of memory); its earlier claims are kept")


@task(**TASK_OPTIONS)
def publish_snapshot(db: str, lock_wait_s: float) -> str:
    """Replace the analysts' read copy (<stem>.read.duckdb) with the DB as it is now.

    A DuckLake needs none: its readers attach it read-only and see the last committed snapshot."""
    if is_lake(db):
        return ""
    return str(snapshot.publish_snapshot(db, lock_wait_s))


@task(**TASK_OPTIONS)
def end_run(db: str, run_id: str, counts: dict, status: str, lock_wait_s: float, error: str | None = None) -> None:
    """Record how the run ended. A failed run never waits out the lock a second time and never
    raises: if the DB cannot take the record now, the next run writes it (tasks/io/runlog.py)."""
    if status == "completed":
        with open_db(db, wait_s=lock_wait_s) as con:
            load.finish_run(con, run_id, counts, status=status, now=utc_now())
            quick_rerun.stamp_code(con, run_id)  # what a later unchanged rerun compares with
        return
    try:
        with open_db(db, wait_s=min(lock_wait_s, FAILED_RECORD_WAIT_S)) as con:
            load.finish_run(con, run_id, counts, status=status, now=utc_now(), error=error)
    except Exception:  # locked (most likely what failed the run) or unusable: keep it for the next run
        runlog.keep_for_later(db, run_id, counts, error or "failed", utc_now())


# A failed run waits this long at most to write its own record (a short query may let go in time).
FAILED_RECORD_WAIT_S = 2.0


@task(**TASK_OPTIONS)
def run_rejects(db: str, run_id: str, lock_wait_s: float) -> list[tuple[str, str]]:
    from tasks.io.report_data import run_rejects as read

    with open_db(db, read_only=True, wait_s=lock_wait_s) as con:
        return read(con, run_id)
