"""Re-extraction after an extractor change: from stored text, replacing claims, never duplicating."""
from __future__ import annotations

import re
import shutil

import duckdb

from conftest import SEEDS
from flows.ingest import ingest_flow
from flows.reextract import reextract_flow
from tasks.core.claims import EXTRACTOR_VERSION

CLAIM_TABLES = ("sentences", "actor_mentions", "claims", "claim_figures")


def _counts(db):
    with duckdb.connect(db, read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in CLAIM_TABLES}


def _age_claims(db):
    """Make the stored claims look like an older extractor's, with one stale extra claim."""
    with duckdb.connect(db) as con:
        con.execute("update articles set extractor_version = 'claims-old'")
        con.execute("update claims set extractor_version = 'claims-old'")
        con.execute("insert into claims select * replace ('stale-claim' as claim_id, 999 as claim_index)"
                    " from claims limit 1")


def test_reextract_rebuilds_claims_from_stored_text_without_the_files(tmp_path, db_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    ingest_flow(paths=[str(folder)], db=db_path, workers=1)
    fresh = _counts(db_path)
    _age_claims(db_path)
    shutil.rmtree(folder)  # nothing can be re-read
    assert reextract_flow(db=db_path, workers=1) == 5
    assert _counts(db_path) == fresh
    with duckdb.connect(db_path, read_only=True) as con:
        assert con.execute("select count(*) from claims where claim_id = 'stale-claim'").fetchone()[0] == 0
        assert con.execute("select distinct extractor_version from claims").fetchall() == [(EXTRACTOR_VERSION,)]
        assert con.execute("select distinct extractor_version from articles").fetchall() == [(EXTRACTOR_VERSION,)]
    assert reextract_flow(db=db_path, workers=1) == 0  # up to date: nothing to do


def test_ingest_reextracts_unchanged_articles_after_an_upgrade(db_path):
    ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)
    fresh = _counts(db_path)
    _age_claims(db_path)
    summary = ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)
    assert (summary["unchanged"], summary["reextracted"], summary["new"], summary["updated"]) == (5, 5, 0, 0)
    assert _counts(db_path) == fresh


def test_a_newer_cleaner_recleans_unchanged_files(db_path):
    ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)
    fresh = _counts(db_path)
    with duckdb.connect(db_path) as con:
        con.execute("update articles set cleaner_version = 'clean-old'")
        con.execute("update article_texts set text = 'stale text'")
    summary = ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)
    assert (summary["updated"], summary["unchanged"]) == (5, 0)
    assert _counts(db_path) == fresh
    with duckdb.connect(db_path, read_only=True) as con:
        assert con.execute("select count(*) from article_texts where text = 'stale text'").fetchone()[0] == 0


def test_reextract_pages_through_small_batches(db_path):
    ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)
    fresh = _counts(db_path)
    _age_claims(db_path)
    assert reextract_flow(db=db_path, workers=1, batch_size=2) == 5  # batches of 2, 2 and 1
    assert _counts(db_path) == fresh


def test_an_article_that_overruns_its_budget_keeps_its_claims_and_becomes_a_reject(db_path, monkeypatch):
    """Re-extraction has the same per-document budget as ingest: the slow article is skipped with a
    reason, the others are upgraded, and once it is fine again the next run upgrades it too."""
    ingest_flow(paths=[str(SEEDS)], db=db_path, workers=1)  # also loads the extractor in this process
    fresh = _counts(db_path)
    with duckdb.connect(db_path) as con:
        con.execute("update articles set extractor_version = 'claims-old'")
        aid, key, text = con.execute("select a.article_id, a.article_key, t.text from articles a"
                                     " join article_texts t using (article_id) order by a.article_id limit 1").fetchone()
        before = con.execute("select count(*) from claims where article_id = ?", [aid]).fetchone()[0]
        # hundreds of copies of a whole article, each sentence made unique (a sentence read before is skipped, not
        # extracted again): minutes of extraction, far past a 5 s budget
        copies = [re.sub(r"([.!?])(?=\s|$)", rf" (copy {i})\1", text) for i in range(400)]
        con.execute("update article_texts set text = ? where article_id = ?", ["\n".join(copies), aid])
    monkeypatch.setenv("NEWSCLAIMS_DOC_TIMEOUT_S", "5")
    assert reextract_flow(db=db_path, workers=1) == 4
    with duckdb.connect(db_path, read_only=True) as con:
        assert con.execute("select extractor_version from articles where article_id = ?", [aid]).fetchone() == ("claims-old",)
        assert con.execute("select count(*) from claims where article_id = ?", [aid]).fetchone()[0] == before
        stage, reason = con.execute("select stage, reason from rejects where input = ?", [key]).fetchone()
        assert stage == "extract" and "longer than 5 s" in reason and "earlier claims are kept" in reason
        assert con.execute("select count(*) from articles where extractor_version = ?", [EXTRACTOR_VERSION]).fetchone()[0] == 4
    with duckdb.connect(db_path) as con:
        con.execute("update article_texts set text = ? where article_id = ?", [text, aid])
    assert reextract_flow(db=db_path, workers=1) == 1
    assert _counts(db_path) == fresh
    with duckdb.connect(db_path, read_only=True) as con:
        assert con.execute("select count(*) from rejects where input = ?", [key]).fetchone()[0] == 0
