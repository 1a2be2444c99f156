"""Dispute precision on an ingested corpus database: of figure_disputes rows with more than one value,
the share that is a real disagreement about one event and counted quantity, by the hand labels in
tests/data/events/corpus-dispute-labels.jsonl (every figure of those rows, labelled with its event
and what it counts).

    .venv/bin/python bench/events_disputes.py corpus.duckdb [--verbose]

Works on databases made before figure scopes existed (rows keyed by measure, subject and year).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.core.events.score import dispute_precision  # noqa: E402

LABELS = ROOT / "tests" / "data" / "events" / "corpus-dispute-labels.jsonl"


def dispute_rows(con: duckdb.DuckDBPyConnection) -> list[list[tuple[str, float, str]]]:
    """The (article file, value, evidence) of the numbered figures behind each row with more than one value."""
    cols = {r[0] for r in con.execute("describe figure_disputes").fetchall()}
    keyed = "figure_event_key" in cols
    key = ["figure_event_key"] if keyed else []
    key += ["measure", "subject_country", "subject_group", "event_year"]
    on = " and ".join(f"f.{k} is not distinct from d.{k}" for k in key)
    comparable = "f.is_comparable" if keyed else "not f.is_breakdown"
    rows = con.execute(
        f"select {', '.join('d.' + k for k in key)}, f.article_key, f.value, f.evidence"
        f" from figure_disputes d join figure_facts f on {on}"
        f" where d.n_values > 1 and f.value is not null and {comparable}").fetchall()
    groups: dict[tuple, list] = {}
    for r in rows:
        groups.setdefault(tuple(r[:len(key)]), []).append((Path(r[-3]).name, r[-2], r[-1]))
    return [groups[k] for k in sorted(groups, key=str)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with duckdb.connect(args.db, read_only=True) as con:
        rows = dispute_rows(con)
    result = dispute_precision(rows, labels)
    for figures, verdict in zip(rows, result["verdicts"]):
        if args.verbose or not verdict["real"]:
            print("REAL" if verdict["real"] else "MIXED", sorted({v for _, v, _ in figures}), verdict["labels"],
                  "unlabelled:" if verdict["unlabelled"] else "", verdict["unlabelled"][:3] or "")
    print(json.dumps({k: v for k, v in result.items() if k != "verdicts"}))


if __name__ == "__main__":
    main()
