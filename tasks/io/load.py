"""Writes to DuckDB: bulk inserts through Arrow, one transaction per batch."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from tasks.core.process import ProcessedDoc, Reject
from tasks.core.rows import ARTICLE_TABLES, CLAIM_TABLES, TABLES, article_id, document_rows, extraction_rows
from tasks.core.safe_text import storable_text
from tasks.io.db import insert_rows, key_table, retry_conflicts, transaction, upsert_rows
# The run and source records, kept in a module that does not import the row builders (spaCy, through the
# event scope): an unchanged rerun writes only those. Re-exported here, where the flow's loading uses them.
from tasks.io.run_records import (SourceInfo, finish_run, insert_run, mark_abandoned_runs,  # noqa: F401
                                  record_finish, source_id, start_run, unique_by, upsert_sources)


@dataclass(frozen=True)
class Known:
    content_hash: str
    extractor_version: str | None
    first_loaded_at: datetime
    cleaner_version: str | None


def known_articles(con: duckdb.DuckDBPyConnection, keys: list[str]) -> dict[str, Known]:
    """What is stored for these article keys (to skip unchanged inputs before cleaning)."""
    if not keys:
        return {}
    with key_table(con, keys):
        rows = con.execute(
            "select article_key, content_hash, extractor_version, first_loaded_at, cleaner_version from articles"
            " where article_key in (select key from _keys)").fetchall()
    return {k: Known(h, v, t, c) for k, h, v, t, c in rows}


@dataclass(frozen=True)
class Seen:
    etag: str | None
    last_modified: str | None
    last_seen_at: datetime
    last_status: str | None


def stored_sources(con: duckdb.DuckDBPyConnection, urls: list[str]) -> dict[str, Seen]:
    """What earlier runs recorded for these page URLs: validators, when seen, how it ended."""
    if not urls:
        return {}
    with key_table(con, urls):
        rows = con.execute(
            "select locator, etag, last_modified, last_seen_at, last_status from sources"
            " where kind = 'url' and locator in (select key from _keys)").fetchall()
    return {u: Seen(e, m, t, st) for u, e, m, t, st in rows}


def _delete_articles(con: duckdb.DuckDBPyConnection, ids: list[str], tables: tuple[str, ...]) -> None:
    if ids:
        with key_table(con, ids):
            for table in tables:
                con.execute(f"delete from {table} where article_id in (select key from _keys)")


def _write(con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict]]) -> None:
    upsert_rows(con, "outlets", unique_by(rows.get("outlets", []), "outlet_id"), "outlet_id")
    upsert_rows(con, "actors", unique_by(rows.get("actors", []), "actor_id"), "actor_id")
    for table in TABLES[2:]:
        insert_rows(con, table, rows.get(table, []))


def _merge(parts: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = {t: [] for t in TABLES}
    for part in parts:
        for table, rows in part.items():
            merged[table].extend(rows)
    return merged


@retry_conflicts
def write_batch(
    con: duckdb.DuckDBPyConnection,
    docs: list[ProcessedDoc],
    rejects: list[Reject],
    sources: dict[str, SourceInfo],
    *,
    run_id: str,
    now: datetime,
    hashes: dict[str, str] | None = None,
) -> dict[str, int]:
    """Replace the batch's articles (all their rows) and record its rejects, atomically.

    `hashes`: the content hash of each input read (a rejected input's sources row keeps it, so a
    rerun can tell the same bytes apart: tasks/io/quick_rerun.py)."""
    with transaction(con):
        # Inside the transaction: in a DuckLake another writer may have stored one of these keys
        # since; only stored articles have rows to delete (each delete scans its whole table).
        known = known_articles(con, [d.key for d in docs])
        parts = [
            document_rows(d, source_id=source_id(sources[d.key]), now=now,
                          first_loaded_at=known[d.key].first_loaded_at if d.key in known else None)
            for d in docs
        ]
        _delete_articles(con, [article_id(d.key) for d in docs if d.key in known], ARTICLE_TABLES)
        _write(con, _merge(parts))
        upsert_sources(con, [(sources[d.key], d.content_hash, "loaded") for d in docs], now)
        upsert_sources(con, [(sources[r.input], (hashes or {}).get(r.input), "rejected") for r in rejects if r.input in sources], now)
        clear_rejects(con, [d.key for d in docs])
        record_rejects(con, rejects, run_id=run_id, now=now)
    updated = sum(1 for d in docs if d.key in known)
    return {"new": len(docs) - updated, "updated": updated, "rejected": len(rejects)}


@retry_conflicts
def mark_unchanged(con: duckdb.DuckDBPyConnection, items: list[tuple[SourceInfo, str, str]], now: datetime) -> None:
    """Inputs whose bytes did not change: note that they were seen; their rows stay as they are."""
    with transaction(con):
        upsert_sources(con, [(src, h, "unchanged") for src, h, _ in items], now)
        clear_rejects(con, [key for _, _, key in items])


def clear_rejects(con: duckdb.DuckDBPyConnection, inputs: list[str]) -> None:
    if inputs:
        with key_table(con, inputs):
            con.execute("delete from rejects where input in (select key from _keys)")


@retry_conflicts
def save_rejects(con: duckdb.DuckDBPyConnection, rejects: list[Reject], *, run_id: str, now: datetime) -> None:
    """record_rejects in a transaction of its own."""
    with transaction(con):
        record_rejects(con, rejects, run_id=run_id, now=now)


def record_rejects(con: duckdb.DuckDBPyConnection, rejects: list[Reject], *, run_id: str, now: datetime) -> None:
    # One odd input name must not fail the whole insert (and with it the batch): see safe_text.
    rows = [{"input": storable_text(r.input), "stage": r.stage, "reason": storable_text(r.reason), "run_id": run_id,
             "rejected_at": now} for r in rejects]
    upsert_rows(con, "rejects", unique_by(rows, "input"), "input", {
        "stage": "new.stage", "reason": "new.reason", "run_id": "new.run_id", "rejected_at": "new.rejected_at"})


def stale_extractions(con: duckdb.DuckDBPyConnection, version: str, limit: int | None = None,
                      after: str | None = None) -> list[tuple]:
    """(article_id, article_key, title, text, published_at, language, url) of articles extracted by another
    version, in article id order, from the first id past `after` (paging that skips the ones that failed)."""
    sql = ("select a.article_id, a.article_key, a.title, t.text, cast(a.published_at as varchar), a.language, a.url"
           " from articles a join article_texts t using (article_id)"
           " where a.extractor_version is distinct from ? and (? is null or a.article_id > ?) order by a.article_id")
    return con.execute(sql + (f" limit {int(limit)}" if limit else ""), [version, after, after]).fetchall()


@retry_conflicts
def replace_extractions(con: duckdb.DuckDBPyConnection, items: list[tuple[str, object]], version: str, now: datetime,
                        inputs: list[str] = ()) -> None:
    """Swap in new claim rows for already-stored articles, in one transaction; `inputs`, their article
    keys, lose the reject an earlier failed re-extraction left."""
    if not items:
        return
    parts = [extraction_rows(aid, ex, version) for aid, ex in items]
    ids = [aid for aid, _ in items]
    with transaction(con):
        _delete_articles(con, ids, CLAIM_TABLES)
        _write(con, _merge(parts))
        with key_table(con, ids):
            con.execute("update articles set extractor_version = ?, updated_at = ? where article_id in (select key from _keys)",
                        [version, now])
        clear_rejects(con, list(inputs))
