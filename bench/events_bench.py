"""What grouping articles into events costs, measured against work done in the same run.

1. Corpus ingest: all corpus pages through the real flow (which groups at the end), then the
   grouping step again from scratch on that database: grouping time / rest of the ingest.
2. Incremental: a database of N articles (corpus truth texts and ECB+ texts, reworded and
   redated so no two are the same) is grouped, then 50 new articles are added and grouped again:
   time and work (texts read, candidate events compared) of the incremental run against the full.

    .venv/bin/python bench/events_bench.py [--corpus-pages N] [--articles 5000] [--skip-ingest]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

import benchenv  # noqa: E402

ROOT = benchenv.setup(own_prefect_home=True)
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))

from tasks.core.rows import article_id  # noqa: E402
from tasks.io.db import insert_rows, prepare  # noqa: E402
from tasks.io.events import group_articles  # noqa: E402

EVENT_TABLES = ("event_term_df", "article_vectors", "events", "event_index", "event_members")


def regroup_seconds(db: str) -> tuple[float, dict]:
    with duckdb.connect(db) as con:
        for t in EVENT_TABLES:
            con.execute(f"delete from {t}")
        started = time.perf_counter()
        counts = group_articles(con, datetime(2026, 1, 1))
        return time.perf_counter() - started, counts


def corpus_ratio(pages: int | None, workers: int, keep: str | None = None) -> dict:
    """The flow times its own `events` stage (grouping + figure scopes): that stage against the rest
    of the same ingest; then the grouping alone again from scratch on the loaded database."""
    from flows.ingest import ingest_flow

    with tempfile.TemporaryDirectory() as tmp:
        src = SHARED / "corpus" / "pages"
        if pages:
            folder = Path(tmp) / "pages"
            folder.mkdir()
            for p in sorted(src.iterdir())[:pages]:
                (folder / p.name).symlink_to(p)
            src = folder
        db = keep or str(Path(tmp) / "corpus.duckdb")
        started = time.perf_counter()
        summary = ingest_flow(paths=[str(src)], db=db, workers=workers)
        ingest = time.perf_counter() - started
        stage = float((summary.get("stages") or {}).get("events", 0.0))
        grouping, counts = regroup_seconds(db)
    return {"articles": summary.get("new"), "ingest_s": round(ingest, 1), "events_stage_s": round(stage, 2),
            "events_stage_share_of_rest": round(stage / max(ingest - stage, 1e-9), 3),
            "regroup_s": round(grouping, 2), "regroup_share_of_rest": round(grouping / max(ingest - stage, 1e-9), 3),
            "events": counts.get("events") or summary.get("events"), "stages": summary.get("stages")}


def _texts() -> list[tuple[str, str]]:
    """(title, text) of the corpus truth texts and the ECB+ texts."""
    out = []
    for f in sorted((SHARED / "corpus" / "truth").glob("*.txt")):
        lines = f.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        if len(lines) > 3:
            out.append((lines[0], "\n".join(lines[1:])))
    for f in sorted((SHARED / "events" / "ecbplus-dev" / "articles").glob("doc_*.txt")):
        title, _, body = f.read_text(encoding="utf-8").partition("\n\n")
        out.append((title.strip(), body))
    return out


def _variant(rng: random.Random, title: str, text: str, i: int) -> tuple[str, str]:
    """Another article from a text: sentences dropped and reordered, a few words swapped for names."""
    sentences = [s for s in text.replace("\n", " ").split(". ") if s.strip()]
    keep = [s for s in sentences if rng.random() > 0.3] or sentences[:1]
    rng.shuffle(keep)
    tag = f"Report {i} from {rng.choice(['Lagos', 'Quito', 'Hanoi', 'Oslo', 'Perth', 'Lima', 'Accra', 'Riga'])}"
    return f"{title} ({tag})", tag + ". " + ". ".join(keep)


def _insert(con, rows: list[tuple[str, str, datetime]], start: int) -> None:
    now = datetime(2026, 1, 1)
    arts, texts = [], []
    for n, (title, text, when) in enumerate(rows, start):
        key = f"bench/{n:06d}.txt"
        aid = article_id(key)
        arts.append({"article_id": aid, "article_key": key, "title": title, "published_at": when,
                     "input_format": "text", "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                     "n_bytes": len(text), "first_loaded_at": now, "updated_at": now, "cleaner_version": "bench"})
        texts.append({"article_id": aid, "text": text})
    insert_rows(con, "articles", arts)
    insert_rows(con, "article_texts", texts)


def incremental(n_articles: int, n_new: int = 50, seed: int = 1) -> dict:
    rng = random.Random(seed)
    base = _texts()
    day0 = datetime(2020, 1, 1)
    rows = []
    for i in range(n_articles + n_new):
        title, text = base[i % len(base)]
        if i >= len(base):
            title, text = _variant(rng, title, text, i)
        rows.append((title, text, day0 + timedelta(days=rng.randrange(0, 1500), minutes=i)))
    old, new = rows[:n_articles], rows[n_articles:]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "inc.duckdb")
        with duckdb.connect(db) as con:
            prepare(con)
            _insert(con, old, 0)
            started = time.perf_counter()
            full = group_articles(con, datetime(2026, 1, 1))
            full_s = time.perf_counter() - started
            _insert(con, new, n_articles)
            started = time.perf_counter()
            inc = group_articles(con, datetime(2026, 1, 2))
            inc_s = time.perf_counter() - started
            moved = con.execute("select count(*) from event_members where joined_at > '2026-01-01'"
                                " and article_id not in (select article_id from articles where article_key >= ?)",
                                [f"bench/{n_articles:06d}.txt"]).fetchall()[0][0]
    return {"articles": n_articles, "new": n_new, "full_s": round(full_s, 2), "incremental_s": round(inc_s, 2),
            "incremental_over_full": round(inc_s / full_s, 3), "full": full, "incremental": inc,
            "old_articles_moved": moved}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus-pages", type=int, default=None, help="ingest only the first N pages")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-incremental", action="store_true")
    ap.add_argument("--keep-db", help="ingest into this file and keep it (for bench/events_disputes.py)")
    args = ap.parse_args()
    if not args.skip_ingest:
        print("corpus", json.dumps(corpus_ratio(args.corpus_pages, args.workers, args.keep_db)), flush=True)
    if args.skip_incremental:
        return
    print("incremental", json.dumps(incremental(args.articles), default=str), flush=True)


if __name__ == "__main__":
    main()
