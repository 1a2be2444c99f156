"""B-cubed F1 of article_events on the ECB+ dev set (../shared/events/ecbplus-dev), end to end.

The texts are ingested by the real flow into a fresh DuckDB file, then `article_events` is
scored against the gold event ids. The 21 topics are split by topic into a tuning half (topics
in even positions of the sorted list) and a check half (odd positions); each half is ingested
into its own database, so neither sees the other, and the whole set into a third.

    .venv/bin/python bench/events_ecbplus.py [--halves] [--runs N] [--folder DIR]

--folder scores another set in the same layout (articles/doc_*.txt with articles/manifest.jsonl, gold.jsonl with
file, event_id, topic): a blind set annotated outside the repository, for instance.

--runs N ingests the texts in N runs (in publication order, undated last), to measure the online
path: later runs assign their articles to events the earlier runs stored.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup(own_prefect_home=True)

from tasks.core.events.score import bcubed  # noqa: E402

ECB = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "events" / "ecbplus-dev"


def load_gold(folder: Path = ECB) -> dict[str, dict]:
    return {r["file"]: r for r in map(json.loads, (folder / "gold.jsonl").read_text().splitlines())}


def halves(gold: dict[str, dict]) -> dict[str, set[str]]:
    topics = sorted({r["topic"] for r in gold.values()})
    tune, check = set(topics[0::2]), set(topics[1::2])
    return {"tune": {f for f, r in gold.items() if r["topic"] in tune},
            "check": {f for f, r in gold.items() if r["topic"] in check},
            "all": set(gold)}


def stage(files: set[str], into: Path, folder: Path = ECB, runs: int = 1) -> list[Path]:
    """Copy the chosen texts (and their manifest lines) into `runs` folders, in date order."""
    manifest = {r["file"]: r for r in map(json.loads, (folder / "articles" / "manifest.jsonl").read_text().splitlines())}
    ordered = sorted(files, key=lambda f: (manifest[f].get("published_at") is None, manifest[f].get("published_at") or "", f))
    dirs = []
    for i in range(runs):
        part = ordered[i * len(ordered) // runs:(i + 1) * len(ordered) // runs]
        d = into / f"run{i}"
        d.mkdir(parents=True)
        for f in part:
            shutil.copy(folder / "articles" / f, d / f)
        (d / "manifest.jsonl").write_text("".join(json.dumps(manifest[f]) + "\n" for f in part))
        dirs.append(d)
    return dirs


def score_db(db: str, gold: dict[str, dict]) -> dict:
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("select article_key, event_id from article_events").fetchall()
    pred = {Path(k).name: e for k, e in rows}
    keys = sorted(f for f in pred if f in gold)
    p, r, f1 = bcubed([pred[k] for k in keys], [gold[k]["event_id"] for k in keys])
    return {"n": len(keys), "events": len({pred[k] for k in keys}), "gold_events": len({gold[k]["event_id"] for k in keys}),
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def run(files: set[str], gold: dict[str, dict], runs: int = 1, workers: int = 2, folder: Path = ECB) -> dict:
    from flows.ingest import ingest_flow

    with tempfile.TemporaryDirectory() as tmp:
        dirs = stage(files, Path(tmp), folder=folder, runs=runs)
        db = str(Path(tmp) / "ecb.duckdb")
        started = time.perf_counter()
        for d in dirs:
            ingest_flow(paths=[str(d)], db=db, workers=workers)
        out = score_db(db, gold)
        out["seconds"] = round(time.perf_counter() - started, 1)
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--halves", action="store_true", help="also score the tuning and check halves, each in its own DB")
    ap.add_argument("--runs", type=int, default=1, help="ingest in this many runs (online path)")
    ap.add_argument("--folder", type=Path, default=ECB, help="a set in ECB+ dev's layout (default: ECB+ dev)")
    args = ap.parse_args()
    gold = load_gold(args.folder)
    parts = halves(gold)
    for name in (("tune", "check", "all") if args.halves else ("all",)):
        print(name, json.dumps(run(parts[name], gold, runs=args.runs, folder=args.folder)), flush=True)


if __name__ == "__main__":
    main()
