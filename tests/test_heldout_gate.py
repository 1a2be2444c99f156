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
import duckdb
import pytest

from conftest import DATA, SHARED
from heldout_docs import stage_heldout_docs
from flows.ingest import ingest_flow
from tasks.core.scoring import score_claims

# (corpus pages: batches 1-8 and 10-12; ECB+ texts: batch 9, blind at claims-0.6.33 0.823 / 0.792;
# batch 10 blind at claims-0.7.0: attribution F1 0.833, all 99 articles 0.869 / 0.881;
# batches 11 and 12 too: batch 12 blind at claims-0.9.2: attribution F1 0.828, no figure rows; corpus 100 articles 0.879 / 0.874;
# batch 13, 12 more ECB+ texts, blind at claims-0.10.0: 0.888 / 0.860; ECB+ part with it, 31 texts: 0.855 / 0.850; floors unchanged;
# batch 14, 12 more ECB+ texts, blind at claims-0.11.0: 0.823 / 0.912; ECB+ part with it, 43 texts: 0.853 / 0.865; floors unchanged;
# batch 16, 8 pages + 3 ECB+ texts, blind at claims-0.12.1: 0.873 / 0.845; with it corpus 118: 0.903 / 0.877, ECB+ 48: 0.891 / 0.866; floors unchanged;
# batch 17, 6 pages + 3 ECB+ texts, blind at claims-0.12.2: 0.857 / 0.844; with it corpus 124: 0.897 / 0.875, ECB+ 51: 0.895 / 0.867; floors unchanged;
# batch 18, 5 pages + 4 ECB+ texts, blind at claims-0.13.0: 0.851 / 0.902; with it corpus 129: 0.898 / 0.883, ECB+ 55: 0.889 / 0.871; floors unchanged;
# batch 19, 3 pages + 11 ECB+ texts, blind at claims-0.14.0: 0.925 / 0.931; with it corpus 132: 0.905 / 0.887, ECB+ 66: 0.899 / 0.883; floors unchanged
# batch 20, 7 pages + 5 ECB+ texts, blind at claims-0.15.0: 0.957 / 0.863; with it corpus 139: 0.906 / 0.880, ECB+ 71: 0.905 / 0.903; floors unchanged;
# batch 21, 3 pages + 15 ECB+ texts, blind at claims-0.16.1: 0.699 / 0.949; with it corpus 142: 0.899 / 0.890, ECB+ 86: 0.891 / 0.912; floors unchanged;
# batch 22, 11 pages + 5 ECB+ texts, blind at claims-0.17.0: 0.748 / 0.919; with it corpus 153: 0.902 / 0.897, ECB+ 91: 0.899 / 0.913; floors unchanged)
FLOORS = {"corpus": (0.87, 0.84), "ecbplus": (0.80, 0.77)}


def _rows(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def test_heldout_scores_stay_above_their_floors(corpus, tmp_path):
    if not (SHARED / "events" / "ecbplus-dev" / "articles").is_dir():
        pytest.skip(f"ECB+ texts not found under {SHARED / 'events'}")
    gold = []
    for f in sorted((DATA / "heldout").glob("*.jsonl")):
        gold += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = {g["doc"] for g in gold}
    pages = stage_heldout_docs(docs, SHARED, tmp_path / "pages")
    db = str(tmp_path / "heldout.duckdb")
    ingest_flow(paths=[str(pages)], db=db, workers=1)
    with duckdb.connect(db, read_only=True) as con:
        figures, attributions = _rows(con, "select * from figure_claims"), _rows(con, "select * from attributed_claims")
    for name, (figure_floor, attribution_floor) in FLOORS.items():
        part = {d for d in docs if d.startswith("doc_") == (name == "ecbplus")}
        result = score_claims(gold, figures, attributions, docs=part)
        summary = result["summary"]
        print(f"held-out {name} ({len(part)} articles): {summary}")
        assert summary["figure_f1"] >= figure_floor, (name, result["figures"]["missed"])
        assert summary["attribution_f1"] >= attribution_floor, (name, result["attributions"]["missed"])
