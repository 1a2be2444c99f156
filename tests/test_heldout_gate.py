"""Regression gate on the blind held-out gold: real corpus pages, end to end, scored as CLAIMS.md judges.

The floors sit a little under what the extractor reached when they were set (28 articles,
claims-0.6.6: figure F1 0.893, attribution F1 0.887; with batch 4, 33 articles, claims-0.6.20:
0.873 / 0.878; with batches 5 and 6, 48 articles, claims-0.6.27: 0.884 / 0.878; with batch 7, 56 articles,
claims-0.6.33: 0.895 / 0.875), so a change that loses generalisation fails
here even when the seeds still score 1.0. Raise them as the extractor improves; never lower them to
pass. (bench/heldout_eval.py reports the dev and test splits separately.)
"""
from __future__ import annotations

import json
import shutil

import duckdb

from conftest import DATA
from flows.ingest import ingest_flow
from tasks.core.scoring import score_claims

FIGURE_F1_FLOOR = 0.87
ATTRIBUTION_F1_FLOOR = 0.84


def _rows(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def test_heldout_scores_stay_above_their_floors(corpus, tmp_path):
    gold = []
    for f in sorted((DATA / "heldout").glob("*.jsonl")):
        gold += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = sorted({g["doc"] for g in gold})
    pages = tmp_path / "pages"
    pages.mkdir()
    for doc in docs:
        shutil.copy(corpus / "pages" / f"{doc}.html.gz", pages)
    db = str(tmp_path / "heldout.duckdb")
    ingest_flow(paths=[str(pages)], db=db, workers=1)
    with duckdb.connect(db, read_only=True) as con:
        result = score_claims(gold, _rows(con, "select * from figure_claims"), _rows(con, "select * from attributed_claims"))
    summary = result["summary"]
    print(f"held-out ({len(docs)} articles): {summary}")
    assert summary["figure_f1"] >= FIGURE_F1_FLOOR, result["figures"]["missed"]
    assert summary["attribution_f1"] >= ATTRIBUTION_F1_FLOOR, result["attributions"]["missed"]
