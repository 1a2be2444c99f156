"""Saved analyses (sql/analysis/*.sql) on the seeds, through the real flow and `newsclaims query`."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS
from flows.ingest import ingest_flow
from newsclaims.query_cmd import ANALYSIS_DIR, list_analyses, resolve_sql

ANALYSES = sorted(f.stem for f in ANALYSIS_DIR.glob("*.sql"))
CROSS_VIEWS = ("canonical_actors", "actor_resolution", "article_sources", "figure_facts", "figure_timeline",
               "figure_disputes", "claim_facts", "accusations", "claimant_statements", "outlet_claims")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("analysis") / "seeds.duckdb")
    summary = ingest_flow(paths=[str(SEEDS)], db=db, workers=2)
    assert summary["new"] == 5, summary
    return db


def run(db: str, name: str) -> list[dict]:
    with duckdb.connect(db, read_only=True) as con:
        cur = con.execute(resolve_sql(name))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclaims.cli", "query", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_every_analysis_states_its_question():
    assert len(ANALYSES) >= 6
    for name, about in list_analyses():
        lines = (ANALYSIS_DIR / f"{name}.sql").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("-- ") and len(about) > 20, f"{name}: first line is the question"
        assert sum(1 for ln in lines[:8] if ln.startswith("--")) >= 3, f"{name}: explain the question in a few lines"
        assert "select * from final" in lines[-1], f"{name}: end with select * from final"


def test_figure_disputes_lists_both_sides(seeds_db):
    rows = {(r["measure"], r["subject_country"], r["subject_group"], r["event_year"]): r
            for r in run(seeds_db, "figure_disputes")}
    am, az = rows[("killed", "AM", "military", 2022)], rows[("killed", "AZ", "military", 2022)]
    assert (am["values"], am["conservative_value"], am["latest_value"]) == ([49.0, 105.0], 49.0, 105.0)
    assert (az["values"], az["conservative_value"], az["latest_value"]) == ([50.0, 71.0], 50.0, 71.0)
    assert az["has_undisclosed"] and az["withheld_first"] and not am["has_undisclosed"]


def test_armenian_military_deaths_in_reporting_order(seeds_db):
    rows = run(seeds_db, "armenian_military_deaths")
    assert {r["value"] for r in rows} == {49.0, 105.0}
    assert rows[-1]["value"] == 105.0 and rows[-1]["claimant"] == "Armenia"
    assert [r["timeline_seq"] for r in rows] == sorted(r["timeline_seq"] for r in rows)
    assert {"Armenia", "Nikol Pashinyan"} <= {r["claimant"] for r in rows}


def test_withheld_numbers_names_azerbaijan_and_what_its_side_gave(seeds_db):
    rows = {r["claimant"]: r for r in run(seeds_db, "withheld_numbers")}
    az = rows["Azerbaijan"]
    assert (az["subject_country"], az["subject_group"], az["withheld_measures"]) == ("AZ", "military", ["casualties"])
    assert az["n_independent_sources"] == 3
    assert az["disclosed_values"] == ["killed 50.0", "killed 71.0"]
    assert az["disclosed_by"] == ["Ministry of Defence of Azerbaijan"]


def test_who_accuses_whom(seeds_db):
    rows = run(seeds_db, "who_accuses_whom")
    top = rows[0]
    assert (top["claimant"], top["claim_type"], top["target"]) == ("Armenia", "accusation", "Azerbaijan")
    pairs = {(r["claimant"], r["claim_type"], r["target"]) for r in rows}
    assert ("Azerbaijan", "accusation", "Armenia") in pairs
    assert any(r["claim_type"] == "denial" for r in rows)


def test_figure_support_counts_independent_stories(seeds_db):
    rows = {(r["measure"], r["subject_country"], r["value"]): r for r in run(seeds_db, "figure_support")}
    assert rows[("killed", "AM", 49.0)]["n_independent_sources"] == 4
    assert rows[("killed", "AM", 105.0)]["n_independent_sources"] == 1
    assert rows[("killed", "AZ", 71.0)]["claimants"] == ["Ministry of Defence of Azerbaijan"]
    assert ("killed", "AZ", 8.0) not in rows  # a breakdown of the 50, not a figure of its own


def test_single_source_claims(seeds_db):
    rows = run(seeds_db, "single_source_claims")
    summaries = {r["claim_summary"] for r in rows}
    assert "killed AM military 2022: 105 (Armenia)" in summaries
    assert "killed AZ military 2022: 71 (Ministry of Defence of Azerbaijan)" in summaries
    assert not any(s.startswith("killed AM military 2022: 49 (Armenia)") for s in summaries)  # four stories carry it
    assert all(len(r["sources"]) == 1 for r in rows)


def test_claimant_timeline(seeds_db):
    rows = run(seeds_db, "claimant_timeline")
    pashinyan = [r for r in rows if r["claimant"] == "Nikol Pashinyan"]
    assert len(pashinyan) >= 5
    assert [r["statement_seq"] for r in pashinyan] == list(range(1, len(pashinyan) + 1))
    dates = [r["published_on"] for r in pashinyan]
    assert dates == sorted(dates)
    assert any(r["figures"] == ["killed 49.0"] for r in pashinyan)


def test_wire_copies_is_empty_on_the_seeds(seeds_db):
    assert run(seeds_db, "wire_copies") == []  # five different stories; see test_crossref for real copies


def test_query_command_outputs_every_format(seeds_db, tmp_path):
    table = cli("figure_disputes", "--db", seeds_db)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split(" | ")[0].strip() == "measure"
    assert "49.0, 105.0" in table.stdout and "50.0, 71.0" in table.stdout and "(2 rows)" in table.stdout

    got = list(csv.DictReader(io.StringIO(cli("figure_disputes", "--db", seeds_db, "--format", "csv").stdout)))
    assert {(r["subject_country"], r["values"]) for r in got if r["measure"] == "killed"} >= {
        ("AM", "[49.0, 105.0]"), ("AZ", "[50.0, 71.0]")}

    data = json.loads(cli("figure_disputes", "--db", seeds_db, "--format", "json").stdout)
    az = next(r for r in data if r["subject_country"] == "AZ")
    assert az["values"] == [50.0, 71.0] and az["has_undisclosed"] is True

    out = tmp_path / "disputes.parquet"
    proc = cli("figure_disputes", "--db", seeds_db, "--format", "parquet", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = pq.read_table(out).to_pylist()
    assert {r["subject_country"]: r["latest_value"] for r in rows if r["measure"] == "killed"}["AM"] == 105.0

    listed = cli("--list").stdout
    assert all(name in listed for name in ANALYSES)


def test_views_and_analyses_on_the_whole_corpus(corpus, tmp_path):
    """The cross-source views and every analysis run, and fast, on all 799 corpus pages (~45 s)."""
    db = str(tmp_path / "corpus.duckdb")
    summary = ingest_flow(paths=[str(corpus / "pages")], db=db, workers=2)
    assert summary["new"] > 700 and summary["wire_links"] >= 5, summary
    with duckdb.connect(db, read_only=True) as con:
        for view in CROSS_VIEWS:
            started = time.perf_counter()
            con.execute(f"select count(*) from {view}").fetchall()
            assert time.perf_counter() - started < 5, view
        for name in ANALYSES:
            started = time.perf_counter()
            con.execute(resolve_sql(name)).fetchall()
            assert time.perf_counter() - started < 5, name
        pairs = {tuple(sorted(p)) for p in con.execute(
            "select a.article_key, b.article_key from article_links l join articles a on a.article_id = l.article_id"
            " join articles b on b.article_id = l.other_article_id").fetchall()}
        # the same CNN page, kept by two benchmark projects
        assert ("pages/newspaper-cnn_main_site.html.gz", "pages/np4k-cnn_main_site.html.gz") in pairs
        groups = con.execute("select count(*), count(distinct article_id) from story_groups").fetchall()[0]
        assert groups[0] == groups[1] == summary["new"]


def test_long_sql_strings_are_sql_not_file_names():
    sql = "select 1 as one" + " " * 300 + "-- a long ad-hoc query"
    assert resolve_sql(sql) == sql
    assert resolve_sql("figure_disputes").lstrip().startswith("--")
