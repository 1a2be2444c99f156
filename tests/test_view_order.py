"""The scored contract views list rows in reading order without an ORDER BY of the caller's: the headline's rows first,
then each sentence's, and within a sentence the extractor's own order (a real ingest into a real DuckDB file)."""
from __future__ import annotations

import duckdb

from flows.ingest import ingest_flow

_TEXT = ("14 killed, 35 injured in train collision\n\n"
         "At least 14 people were killed and 35 injured when a train hit a stationary coach on Tuesday, police said.\n"
         "The railway minister said rescue teams had found two more bodies, and a doctor told reporters that five "
         "people were in critical condition.\n"
         "Officials said on Wednesday that the signal system had failed, and a union leader accused the operator of "
         "ignoring warnings.\n")


def test_figure_and_attribution_rows_come_in_reading_order(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("b.txt", "a.txt"):  # two articles, written in the opposite order of their keys
        (inbox / name).write_text(_TEXT)
    db = str(tmp_path / "order.duckdb")
    summary = ingest_flow(paths=[str(inbox)], db=db, workers=1)
    assert summary["new"] == 2 and summary["rejected"] == 0, summary
    with duckdb.connect(db, read_only=True) as con:
        figs = con.execute("select article_key, sentence_index, evidence from figure_claims").fetchall()
        atts = con.execute("select article_key, sentence_index from attributed_claims").fetchall()
        indexed = con.execute("select a.article_key, k.sentence_index, k.claim_index from claims k "
                              "join articles a using (article_id)").fetchall()
    assert figs and figs[0][2].startswith("14 killed")  # the headline's figure before the body's same count
    assert [(k, i) for k, i, _ in figs] == sorted((k, i) for k, i, _ in figs)
    assert len(atts) >= 3 and atts == [(k, i) for k, i, _ in sorted(indexed)]
