"""bench/polnear_triage.py sorts PolNeAR misses into bins: a synthetic article, gold and misses file (PolNeAR
itself has no licence, so none of it is used here) give one miss of each bin whose answer the article fixes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
polnear_triage = pytest.importorskip("polnear_triage")

ARTICLE = ("Senator Maria Lopez said the bridge would reopen in May.\n\n"
           "The river rose two metres on Tuesday.\n\n"
           "Officials believe the dam is safe because engineers inspected it.\n")
DOC = "synthetic_2016-01-01_bridge"


def _gold(source: str, cue: str, sentence: str) -> dict:
    """A gold attribution in PolNeAR's shape, its spans found in ARTICLE."""
    start = ARTICLE.index(sentence)
    src, at = ARTICLE.index(source, start), ARTICLE.index(cue, start)
    return {"doc": DOC, "source": {"text": source, "spans": [[src, src + len(source)]], "type": "name"},
            "cue": {"text": cue, "spans": [[at, at + len(cue)]], "cls": "communication"},
            "cue_sentence": {"start": start, "end": start + len(sentence), "text": sentence},
            "region": [start, start + len(sentence)]}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_each_miss_falls_in_its_bin(tmp_path):
    if not polnear_triage.SCORER.is_file():
        pytest.skip(f"official scorer not found at {polnear_triage.SCORER}")
    polnear = tmp_path / "polnear"
    (polnear / "articles" / "synthetic").mkdir(parents=True)
    (polnear / "articles" / "synthetic" / f"{DOC}.txt").write_text(ARTICLE, encoding="utf-8")
    said = _gold("Senator Maria Lopez", "said", "Senator Maria Lopez said the bridge would reopen in May.")
    rose = _gold("The river", "rose", "The river rose two metres on Tuesday.")
    believe = _gold("Officials", "believe", "Officials believe the dam is safe because engineers inspected it.")
    inspected = _gold("engineers", "inspected", "Officials believe the dam is safe because engineers inspected it.")
    _write(polnear / "gold.jsonl", [said, rose, believe, inspected])
    misses = _write(tmp_path / "misses.jsonl", [said, rose, believe, inspected])
    # our one row stands in the first sentence, with a source the scorer did not match
    rows = _write(tmp_path / "rows.jsonl", [{"doc": DOC, "evidence": said["cue_sentence"]["text"],
                                             "claimant_text": "Lopez", "reporting_verb": "said", "rule": "test"}])

    out, bins = polnear_triage.triage(misses, rows, polnear=polnear)

    got = {r["cue"]: r["bin"].rsplit("_", 1)[0] if r["bin"] != "row_in_region" else r["bin"] for r in out}
    assert got == {"said": "row_in_region", "rose": "no_cue", "believe": "cue_found", "inspected": "other_cue"}
    assert sum(bins.values()) == 4
    by_cue = {r["cue"]: r for r in out}
    assert by_cue["said"]["rows"] == [["Lopez", "said", "test"]]
    # the cue read elsewhere in the sentence is named with its source, for judging the miss by hand
    assert [c[1] for c in by_cue["inspected"]["cues"]] == ["Officials"]
