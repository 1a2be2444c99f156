"""Cross-article tables in DuckDB: actor aliases, article signatures, wire links, story groups.

Incremental: only articles whose bytes changed since they were signed (or were never signed)
are read and compared; stored signatures stand in for every other text. Each refresh writes in
one transaction, so a failed run leaves the previous state.
"""
from __future__ import annotations

from datetime import datetime

import duckdb
import pyarrow as pa

from tasks.core.actors_merge import ActorRow, merge_actors
from tasks.core.wire import SIGNATURE_VERSION, Signature, find_links, group_stories, sign_text, wire_credit
from tasks.io.db import insert_rows, key_table, retry_conflicts, transaction
from tasks.io.workers import map_if_running


@retry_conflicts
def refresh_aliases(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute actor_aliases from all actors; returns the number of aliases."""
    actors = [ActorRow(*r) for r in con.execute("select actor_id, actor_key, kind, country from actors").fetchall()]
    rows = [a.__dict__ for a in merge_actors(actors)]
    stored = con.execute("select actor_id, canonical_actor_id, rule from actor_aliases order by actor_id").fetchall()
    if stored == [(r["actor_id"], r["canonical_actor_id"], r["rule"]) for r in rows]:
        return len(rows)  # nothing changed: no write, no lock held longer than a read
    with transaction(con):
        con.execute("delete from actor_aliases")
        insert_rows(con, "actor_aliases", rows)
    return len(rows)


def stale_articles(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, str | None]]:
    """(article_id, content_hash, text, wire credit) of articles without a current signature."""
    rows = con.execute(
        "select a.article_id, a.content_hash, coalesce(t.text, ''), a.wire_agency, o.name, a.url"
        " from articles a left join article_texts t using (article_id)"
        " left join outlets o using (outlet_id)"
        " left join article_signatures s using (article_id)"
        " where s.article_id is null or s.content_hash <> a.content_hash or s.signature_version <> ?"
        # a re-clean (newer cleaner) rewrites the text of unchanged bytes: its signature is stale too
        " or s.signed_at < a.updated_at"
        " order by a.article_id", [SIGNATURE_VERSION]
    ).fetchall()
    return [(aid, h, text, wire_credit(agency, outlet, url)) for aid, h, text, agency, outlet, url in rows]


def stored_signatures(con: duckdb.DuckDBPyConnection, exclude: set[str]) -> dict[str, Signature]:
    rows = con.execute(
        "select article_id, minhash, sentence_hashes, n_shingles, wire_agency from article_signatures"
        " where signature_version = ?", [SIGNATURE_VERSION]
    ).fetchall()
    return {aid: Signature(mh, sh, n, agency) for aid, mh, sh, n, agency in rows if aid not in exclude}


@retry_conflicts
def link_articles(con: duckdb.DuckDBPyConnection, now: datetime) -> dict[str, int]:
    """Sign new and changed articles, link them to every stored article, regroup stories."""
    stale = stale_articles(con)
    fresh = dict(zip((aid for aid, _, _, _ in stale), sign_texts([(text, agency) for _, _, text, agency in stale])))
    stored = stored_signatures(con, exclude=set(fresh))
    links = find_links(fresh, stored)
    changed = bool(stale) or _orphans(con) or _groups_out_of_date(con)
    if changed:
        with transaction(con):
            with key_table(con, list(fresh)):
                con.execute("delete from article_signatures where article_id in (select key from _keys)"
                            " or article_id not in (select article_id from articles)")
                con.execute("delete from article_links where article_id in (select key from _keys)"
                            " or other_article_id in (select key from _keys)"
                            " or article_id not in (select article_id from articles)"
                            " or other_article_id not in (select article_id from articles)")
            insert_rows(con, "article_signatures", [
                {"article_id": aid, "content_hash": h, "signature_version": SIGNATURE_VERSION,
                 "wire_agency": fresh[aid].wire_agency, "n_shingles": fresh[aid].n_shingles,
                 "minhash": fresh[aid].minhash, "sentence_hashes": fresh[aid].sentence_hashes, "signed_at": now}
                for aid, h, _, _ in stale
            ], schema=_SIGNATURE_SCHEMA)
            insert_rows(con, "article_links", [link.__dict__ for link in links])
            _regroup(con)
    n_links = con.execute("select count(*) from article_links").fetchall()[0][0]
    return {"signed": len(stale), "new_links": len(links), "links": n_links}


def sign_texts(items: list[tuple[str, str | None]]) -> list[Signature]:
    """sign_text of each (text, wire credit), in parts on the worker pool when the run has one up
    (tasks/io/workers.py map_if_running): a first ingest signs every article, ~4.5 ms each on one core."""
    parts = [items[i:i + SIGN_PART] for i in range(0, len(items), SIGN_PART)]
    return [s for part in map_if_running(_sign_part, parts) for s in part]


SIGN_PART = 50  # texts per part: small enough to spread ~800 over two workers evenly


def _sign_part(items: list[tuple[str, str | None]]) -> list[Signature]:
    return [sign_text(text, agency) for text, agency in items]


def _regroup(con: duckdb.DuckDBPyConnection) -> None:
    ids = [r[0] for r in con.execute("select article_id from articles order by article_id").fetchall()]
    pairs = con.execute("select article_id, other_article_id from article_links").fetchall()
    groups = group_stories(ids, pairs)
    con.execute("delete from story_groups")
    insert_rows(con, "story_groups", [
        {"article_id": aid, "story_group_id": gid, "group_size": size} for aid, (gid, size) in groups.items()
    ])


def _orphans(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("select count(*) from article_signatures where article_id not in"
                       " (select article_id from articles)").fetchall()[0][0] > 0


def _groups_out_of_date(con: duckdb.DuckDBPyConnection) -> bool:
    n_articles, n_grouped = con.execute(
        "select (select count(*) from articles), (select count(*) from story_groups"
        " where article_id in (select article_id from articles))").fetchall()[0]
    return n_articles != n_grouped


_SIGNATURE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("content_hash", pa.string()), ("signature_version", pa.string()),
    ("wire_agency", pa.string()), ("n_shingles", pa.int32()), ("minhash", pa.list_(pa.uint64())),
    ("sentence_hashes", pa.list_(pa.uint64())), ("signed_at", pa.timestamp("us")),
])
