"""Events in DuckDB: assign new and changed articles to events, incrementally.

A run reads only what it must: the texts of articles not grouped yet (or changed since), the
document frequencies of their terms, and the candidate events that share their heaviest terms
(a join on event_index). Stored events keep their members; new articles join them or found new
events. Removals (changed or deleted articles) come out of their events first, in their own
transaction; additions are written in one transaction, so a failed run leaves a consistent state
and the next run picks up what is missing.
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from datetime import datetime

import duckdb
import pyarrow as pa

from tasks.core.claims.model import Extraction, Figure, Sentence
from tasks.core.events import grouping as g
from tasks.core.events.scope import SCOPE_VERSION, scope_rows
from tasks.core.rows import figure_id
from tasks.core.events.features import FEATURES_VERSION, article_terms
from tasks.core.events.places import places as place_names
from tasks.io.db import WriteConflict, insert_rows, retry_conflicts, transaction
from tasks.io.workers import map_if_running

CANDIDATES_PER_ARTICLE = 20
# New articles grouped at once; a bigger first ingest is grouped chunk by chunk, in date order.
# It bounds the run's memory (every article of a chunk is held with its term vectors, ~0.1 MB
# each): 4000 made the 3,995-page run's peak 2.5x the 799-page run's. Above the corpus's 799.
CHUNK = 1000
WINDOW_DAYS = 365  # cluster.MAX_GAP_DAYS: an event silent for longer is no candidate for a dated report


@contextmanager
def _id_table(con: duckdb.DuckDBPyConnection, ids: list[str], name: str = "_ids"):
    """Ids as a registered Arrow table: a Python list parameter costs DuckDB two failed optional
    imports per element (pandas is not installed), ~1 ms each."""
    con.register(name, pa.table({"id": pa.array(ids, pa.string())}))
    try:
        yield name
    finally:
        con.unregister(name)


def stale_articles(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str]]:
    """(articles to group, grouped articles to take out first: changed or deleted)."""
    todo = [r[0] for r in con.execute(
        "select a.article_id from articles a left join article_vectors v using (article_id)"
        " where v.article_id is null or v.content_hash <> a.content_hash"
        " or v.cleaner_version is distinct from a.cleaner_version or v.features_version <> ?"
        " order by a.published_at nulls last, a.article_key", [FEATURES_VERSION]).fetchall()]
    old = [r[0] for r in con.execute(
        "select v.article_id from article_vectors v left join articles a using (article_id)"
        " where a.article_id is null or v.content_hash <> a.content_hash"
        " or v.cleaner_version is distinct from a.cleaner_version or v.features_version <> ?"
        " order by v.article_id", [FEATURES_VERSION]).fetchall()]
    return todo, old


def refresh_scopes(con: duckdb.DuckDBPyConnection) -> int:
    """Figure scopes for figures loaded without one (before scopes existed) or by an older
    scope.py: recomputed from the stored sentences and figures, article by article."""
    ids = [r[0] for r in con.execute(
        "select distinct f.article_id from claim_figures f left join figure_scopes s using (figure_id)"
        " where s.figure_id is null or s.scope_version <> ? order by f.article_id", [SCOPE_VERSION]).fetchall()]
    if not ids:
        return 0
    with _id_table(con, ids):
        sentences: dict[str, list[Sentence]] = {}
        for aid, i, section, a, b, text in con.execute(
                "select article_id, sentence_index, section, start_char, end_char, text from sentences"
                " where article_id in (select id from _ids) order by article_id, sentence_index").fetchall():
            sentences.setdefault(aid, []).append(Sentence(i, section, a, b, text))
        figures: dict[str, list[Figure]] = {}
        for r in con.execute(
                "select article_id, figure_index, sentence_index, start_char, end_char, measure, value, value_low,"
                " value_high, qualifier, value_text, subject_country, subject_group, event_year from claim_figures"
                " where article_id in (select id from _ids) order by article_id, figure_index").fetchall():
            figures.setdefault(r[0], []).append(Figure(*r[1:], claimant_key=None))
        rows = [row for aid in ids for row in scope_rows(
            aid, Extraction(sentences=sentences.get(aid, []), figures=figures.get(aid, [])), figure_id)]
        with transaction(con):
            con.execute("delete from figure_scopes where article_id in (select id from _ids)")
            insert_rows(con, "figure_scopes", rows)
    return len(ids)


@retry_conflicts  # another lake writer committed first: run again from what is now committed
def group_articles(con: duckdb.DuckDBPyConnection, now: datetime) -> dict[str, int]:
    """Bring events up to date with the articles table; returns what the run did."""
    counts: Counter = Counter()
    counts["scoped"] = refresh_scopes(con)
    todo, old = stale_articles(con)
    if old:
        _remove(con, old, now)
        counts["removed"] = len(old)
    for start in range(0, len(todo), CHUNK):
        counts.update(_add(con, todo[start:start + CHUNK], now))
    counts["events"] = con.execute("select count(*) from events").fetchall()[0][0]
    return {k: v for k, v in counts.items() if v or k == "events"}


def _remove(con: duckdb.DuckDBPyConnection, ids: list[str], now: datetime) -> None:
    with _id_table(con, ids):
        rows = con.execute(
            "select v.article_id, v.count_terms, v.terms, v.weights, m.event_id from article_vectors v"
            " left join event_members m using (article_id) where v.article_id in (select id from _ids)").fetchall()
    df_minus: Counter = Counter()
    by_event: dict[str, list[dict[int, float]]] = {}
    for _, count_terms, terms, weights, event_id in rows:
        df_minus.update(count_terms)
        if event_id:
            by_event.setdefault(event_id, []).append(dict(zip(terms, weights)))
    events = _load_events(con, list(by_event))
    with transaction(con), _id_table(con, ids):
        _unchanged_since_read(con, ids, len({r[0] for r in rows}))
        con.execute("delete from article_vectors where article_id in (select id from _ids)")
        con.execute("delete from event_members where article_id in (select id from _ids)")
        _add_df(con, {t: -n for t, n in df_minus.items()})
        for e in events:
            for vec in by_event[e.event_id]:
                for t, w in vec.items():
                    e.vector[t] = e.vector.get(t, 0.0) - w
            e.vector = {t: w for t, w in e.vector.items() if abs(w) > 1e-9}
        _rewrite_events(con, [e.event_id for e in events], {e.event_id: e.vector for e in events}, {}, now)


def _add(con: duckdb.DuckDBPyConnection, ids: list[str], now: datetime) -> dict[str, int]:
    with _id_table(con, ids):
        rows = con.execute(
            "select a.article_id, a.article_key, a.title, coalesce(t.text, ''), a.published_at, a.content_hash,"
            " a.cleaner_version from articles a left join article_texts t using (article_id)"
            " where a.article_id in (select id from _ids) order by a.published_at nulls last, a.article_key").fetchall()
    articles, meta = [], {}
    for (aid, key, title, text, published, content_hash, cleaner), terms in zip(
            rows, terms_of([(r[2], r[3]) for r in rows])):
        if not (title or "").strip():
            title = g.first_sentence(text)
        articles.append(g.NewArticle(aid, key, title, published, terms, place_names(terms.top_entities, terms.located)))
        meta[aid] = (content_hash, cleaner)
    present = Counter(t for a in articles for t in a.terms.counts)
    with transaction(con):
        with _id_table(con, ids):
            _unchanged_since_read(con, ids, 0)
        _add_df(con, dict(present))
        df = _df_for(con, list(present))
        n_docs = con.execute("select count(*) from article_vectors").fetchall()[0][0] + len(articles)
        g.vectorise(articles, df, n_docs)
        candidates = _candidates(con, articles)
        events = g.group(articles, candidates)
        insert_rows(con, "article_vectors", [{
            "article_id": a.article_id, "content_hash": meta[a.article_id][0], "cleaner_version": meta[a.article_id][1],
            "features_version": FEATURES_VERSION, "count_terms": list(a.terms.counts),
            "counts": list(a.terms.counts.values()), "terms": list(a.vector), "weights": list(a.vector.values()),
            "headline": a.title, "top_entities": a.terms.top_entities, "places": a.places, "published_at": a.published_at,
            "computed_at": now} for a in articles], schema=_VECTOR_SCHEMA)
        insert_rows(con, "event_members", [
            {"article_id": m, "event_id": e.event_id, "joined_at": now} for e in events for m in e.new_members])
        founders = {e.event_id: e.founding_article_id for e in events if e.is_new}
        _rewrite_events(con, [e.event_id for e in events], {e.event_id: e.vector for e in events}, founders, now)
    return {"grouped": len(articles), "events_new": len(founders), "candidate_events": len(candidates),
            "events_joined": sum(1 for e in events if not e.is_new)}


def terms_of(docs: list[tuple[str | None, str | None]]) -> list:
    """article_terms of each (title, text), in parts on the worker pool when the run has one up
    (tasks/io/workers.py map_if_running; each article's terms are its own, so the parts give the
    same terms): a first ingest reads every article, ~3 ms each on one core."""
    parts = [docs[i:i + TERMS_PART] for i in range(0, len(docs), TERMS_PART)]
    return [t for part in map_if_running(article_terms, parts) for t in part]


TERMS_PART = 50


def _unchanged_since_read(con: duckdb.DuckDBPyConnection, ids: list[str], expected: int) -> None:
    """Inside the write transaction: the articles still have the vectors they had when this run read
    them. Another lake writer may have grouped them in between (its commit came before this
    transaction began, so no commit conflict would show it): then run again from what it committed,
    instead of grouping (and counting their terms) twice."""
    found = con.execute("select count(*) from article_vectors where article_id in (select id from _ids)").fetchone()[0]
    if found != expected:
        raise WriteConflict(f"{found} of {len(ids)} articles were (re)grouped by another writer meanwhile")


def _add_df(con: duckdb.DuckDBPyConnection, delta: dict[int, int]) -> None:
    if not delta:
        return
    con.register("_df_delta", pa.table({"term": pa.array(list(delta), pa.int32()),
                                        "d": pa.array(list(delta.values()), pa.int32())}))
    try:
        # MERGE, not ON CONFLICT: a DuckLake has no primary keys (see tasks/io/db.py upsert_rows)
        con.execute("merge into event_term_df as old using _df_delta as new on old.term = new.term"
                    " when matched then update set df = old.df + new.d"
                    " when not matched and new.d > 0 then insert (term, df) values (new.term, new.d)")
        con.execute("delete from event_term_df where df <= 0")
    finally:
        con.unregister("_df_delta")


def _df_for(con: duckdb.DuckDBPyConnection, terms: list[int]) -> dict[int, int]:
    con.register("_terms", pa.table({"term": pa.array(terms, pa.int32())}))
    try:
        return dict(con.execute("select d.term, d.df from event_term_df d join _terms using (term)").fetchall())
    finally:
        con.unregister("_terms")


def _candidates(con: duckdb.DuckDBPyConnection, articles: list[g.NewArticle]) -> list[g.EventState]:
    """Stored events sharing heavy terms with a new article (and not silent for a year before it)."""
    query = [(i, t, w, a.published_at) for i, a in enumerate(articles) for t, w in g.query_terms(a.vector)]
    if not query:
        return []
    con.register("_query", pa.table({
        "node": pa.array([q[0] for q in query], pa.int32()), "term": pa.array([q[1] for q in query], pa.int32()),
        "w": pa.array([q[2] for q in query], pa.float64()),
        "published_at": pa.array([q[3] for q in query], pa.timestamp("us"))}))
    try:
        ids = [r[0] for r in con.execute(
            "with scored as (select q.node, i.event_id, sum(q.w * i.weight) as s from _query q"
            " join event_index i using (term)"
            f" where q.published_at is null or i.last_report_at is null"
            f" or i.last_report_at >= q.published_at - interval {WINDOW_DAYS} day"
            " group by q.node, i.event_id)"
            f" select distinct event_id from scored where s >= {g.MIN_PARTIAL}"
            f" qualify row_number() over (partition by node order by s desc, event_id) <= {CANDIDATES_PER_ARTICLE}"
            " order by event_id").fetchall()]
    finally:
        con.unregister("_query")
    return _load_events(con, ids)


def _load_events(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[g.EventState]:
    if not ids:
        return []
    with _id_table(con, ids, "_events"):
        rows = con.execute(
            "select event_id, terms, weights, n_articles, first_report_at, last_report_at from events"
            " where event_id in (select id from _events) order by event_id").fetchall()
    return [g.EventState(eid, dict(zip(terms, weights)), n, first, last) for eid, terms, weights, n, first, last in rows]


def _rewrite_events(con: duckdb.DuckDBPyConnection, ids: list[str], vectors: dict[str, dict[int, float]],
                    founders: dict[str, str], now: datetime) -> None:
    """Rewrite the rows of these events from their members: label, places, dates, size, index."""
    if not ids:
        return
    with _id_table(con, ids, "_events"):
        members: dict[str, list[g.Member]] = {}
        for eid, aid, title, published, terms, weights, places, names in con.execute(
                "select m.event_id, m.article_id, v.headline, v.published_at, v.terms, v.weights, v.places,"
                " v.top_entities"
                " from event_members m join article_vectors v using (article_id)"
                " where m.event_id in (select id from _events) order by m.event_id, m.article_id").fetchall():
            members.setdefault(eid, []).append(
                g.Member(aid, title, published, dict(zip(terms, weights)), places, names[:g.NAMES]))
        stored = {eid: (founder, created) for eid, founder, created in con.execute(
            "select event_id, founding_article_id, created_at from events where event_id in (select id from _events)").fetchall()}
        con.execute("delete from events where event_id in (select id from _events)")
        con.execute("delete from event_index where event_id in (select id from _events)")
    rows, index = [], []
    for eid in ids:
        ms = members.get(eid, [])
        if not ms:
            continue  # every member left: the event is gone
        vector = vectors[eid]
        label, places, names = g.describe(vector, ms)
        dates = [m.published_at for m in ms if m.published_at is not None]
        last = max(dates) if dates else None
        founder = founders.get(eid) or stored[eid][0]
        rows.append({"event_id": eid, "founding_article_id": founder, "label": label, "places": places, "names": names,
                     "first_report_at": min(dates) if dates else None, "last_report_at": last,
                     "n_articles": len(ms), "terms": list(vector), "weights": list(vector.values()),
                     "created_at": stored[eid][1] if eid in stored else now, "updated_at": now})
        index += g.index_rows(eid, vector, last)
    insert_rows(con, "events", rows, schema=_EVENT_SCHEMA)
    insert_rows(con, "event_index", index)


_VECTOR_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("content_hash", pa.string()), ("cleaner_version", pa.string()),
    ("features_version", pa.string()), ("headline", pa.string()), ("count_terms", pa.list_(pa.int32())), ("counts", pa.list_(pa.float32())),
    ("terms", pa.list_(pa.int32())), ("weights", pa.list_(pa.float64())), ("top_entities", pa.list_(pa.string())),
    ("places", pa.list_(pa.string())), ("published_at", pa.timestamp("us")), ("computed_at", pa.timestamp("us")),
])
_EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("founding_article_id", pa.string()), ("label", pa.string()),
    ("places", pa.list_(pa.string())), ("names", pa.list_(pa.string())), ("first_report_at", pa.timestamp("us")),
    ("last_report_at", pa.timestamp("us")), ("n_articles", pa.int32()), ("terms", pa.list_(pa.int32())), ("weights", pa.list_(pa.float64())),
    ("created_at", pa.timestamp("us")), ("updated_at", pa.timestamp("us")),
])
