"""Cross-article tables and views through the real ingest flow: disputes, timeline, actor
aliases, wire copies, story groups, and rerun idempotency (real DuckDB files)."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS
from flows.ingest import ingest_flow
from test_crossref_units import paragraphs, truth_texts

CROSSREF_TABLES = ("actor_aliases", "article_signatures", "article_links", "story_groups")


def ingest(folder: Path, db: str) -> dict:
    return ingest_flow(paths=[str(folder)], db=db, workers=2)


def query(db: str, sql: str, params=()) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def counts(db: str) -> dict[str, int]:
    return {t: query(db, f"select count(*) from {t}")[0][0] for t in CROSSREF_TABLES + ("articles",)}


def manifest_dates() -> dict[str, datetime]:
    rows = [json.loads(line) for line in (SEEDS / "manifest.jsonl").read_text().splitlines() if line.strip()]
    return {f"seeds/{r['file']}": datetime.fromisoformat(r["published_at"]) for r in rows}


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("crossref") / "seeds.duckdb")
    summary = ingest(SEEDS, db)
    assert summary["new"] == 5 and summary["rejected"] == 0, summary
    return db


def dispute(db: str, country: str) -> dict:
    with duckdb.connect(db, read_only=True) as con:
        cur = con.execute("select * from figure_disputes where measure = 'killed' and subject_country = ?"
                          " and subject_group = 'military' and event_year = 2022", [country])
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    assert len(rows) == 1, rows
    return dict(zip(names, rows[0]))


def test_armenian_military_deaths_dispute(seeds_db):
    row = dispute(seeds_db, "AM")
    assert row["values"] == [49.0, 105.0]
    assert row["is_disputed"] and not row["has_undisclosed"]
    assert row["conservative_value"] == 49.0
    # 105 and a 49 were both published on the latest day: tolls are cumulative, so 105 is the later
    dates = manifest_dates()
    reporting = [k for (k,) in query(seeds_db, "select distinct article_key from figure_facts where measure = 'killed'"
                                              " and subject_country = 'AM' and subject_group = 'military'")]
    assert row["latest_value"] == 105.0 and row["latest_at"] == max(dates[k] for k in reporting)
    assert "Armenia" in row["claimants"] and "Nikol Pashinyan" in row["claimants"]
    assert "AFP (outlet voice)" in row["claimants"]  # the AFP headline states 49 in its own voice
    assert row["n_articles"] == 5 and row["n_independent_sources"] == 5  # no two seeds are wire copies


def test_azerbaijani_military_deaths_dispute_shows_the_withheld_number_first(seeds_db):
    row = dispute(seeds_db, "AZ")
    # "50 servicemen ..., including 42 army soldiers and eight border guards": 8 is a breakdown
    assert row["values"] == [50.0, 71.0]
    assert row["conservative_value"] == 50.0 and row["latest_value"] == 71.0
    assert row["latest_at"] == manifest_dates()["seeds/002_b0015fb7dc1699af.txt"]
    assert row["has_undisclosed"] and row["is_disputed"] and row["is_withheld_first"]
    assert row["undisclosed_claimants"] == ["Azerbaijan"]  # "losses, without giving a number"
    assert row["first_undisclosed_at"] == datetime(2022, 9, 13)
    assert row["n_independent_sources"] == 5


def test_figure_timeline_orders_withheld_before_numbers(seeds_db):
    rows = query(seeds_db, "select timeline_seq, published_at, qualifier, value, is_breakdown from figure_timeline"
                           " where measure_family = 'casualties' and subject_country = 'AZ'"
                           " and subject_group = 'military' and event_year = 2022 order by timeline_seq")
    assert rows[0][2] == "undisclosed" and rows[0][1] == datetime(2022, 9, 13)
    numbers = [(r[1], r[3]) for r in rows if r[3] is not None and not r[4]]
    assert numbers == sorted(numbers) and numbers[0][1] == 50.0 and numbers[-1][1] == 71.0
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))


def test_contract_views_keep_their_rows(seeds_db):
    figures = query(seeds_db, "select count(*) from claim_figures")[0][0]
    claims = query(seeds_db, "select count(*) from claims")[0][0]
    assert query(seeds_db, "select count(*) from figure_claims")[0][0] == figures
    assert query(seeds_db, "select count(*) from attributed_claims")[0][0] == claims
    assert query(seeds_db, "select count(*) from figure_facts")[0][0] == figures


def test_every_article_has_a_signature_and_a_story_group(seeds_db):
    assert query(seeds_db, "select count(*) from article_signatures where minhash is not null")[0][0] == 5
    assert query(seeds_db, "select count(*), count(distinct story_group_id) from story_groups")[0] == (5, 5)
    assert query(seeds_db, "select count(*) from article_links")[0][0] == 0


def test_rerun_changes_no_crossref_row_count(seeds_db):
    before = counts(seeds_db)
    signed = query(seeds_db, "select max(signed_at) from article_signatures")[0][0]
    summary = ingest(SEEDS, seeds_db)
    assert summary["unchanged"] == 5 and summary["wire_links"] == 0
    assert counts(seeds_db) == before
    assert query(seeds_db, "select max(signed_at) from article_signatures")[0][0] == signed  # nothing re-signed


def _article(title: str, body: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(body) + "\n"


def test_wire_copy_is_linked_and_an_update_recomputes_its_links(tmp_path, db_path):
    story, other = truth_texts(2)
    body = paragraphs(story)
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "original.txt").write_text(_article("The original report", body), encoding="utf-8")
    (folder / "copy.txt").write_text(_article("A different headline for the same story", body[:-1]), encoding="utf-8")
    (folder / "unrelated.txt").write_text(_article("Something else entirely", paragraphs(other)), encoding="utf-8")
    summary = ingest(folder, db_path)
    assert summary["new"] == 3 and summary["wire_links"] == 1
    links = query(db_path, "select a.article_key, b.article_key, l.rule, l.similarity from article_links l"
                           " join articles a on a.article_id = l.article_id"
                           " join articles b on b.article_id = l.other_article_id")
    assert [tuple(sorted(l[:2])) for l in links] == [("wire/copy.txt", "wire/original.txt")]
    assert links[0][2] == "near_duplicate" and links[0][3] >= 0.8
    groups = dict(query(db_path, "select a.article_key, g.story_group_id from story_groups g join articles a using (article_id)"))
    assert groups["wire/copy.txt"] == groups["wire/original.txt"] != groups["wire/unrelated.txt"]

    before = counts(db_path)
    ingest(folder, db_path)
    assert counts(db_path) == before

    # the copy is rewritten into another story: its link goes, the group splits, counts stay consistent
    (folder / "copy.txt").write_text(_article("Now a different story", paragraphs(other)[:-1]), encoding="utf-8")
    summary = ingest(folder, db_path)
    assert summary["updated"] == 1
    pairs = query(db_path, "select a.article_key, b.article_key from article_links l"
                           " join articles a on a.article_id = l.article_id"
                           " join articles b on b.article_id = l.other_article_id")
    assert [tuple(sorted(p)) for p in pairs] == [("wire/copy.txt", "wire/unrelated.txt")]
    assert query(db_path, "select count(*) from story_groups")[0][0] == 3


def test_surname_only_article_reads_as_the_full_name(tmp_path, db_path):
    folder = tmp_path / "people"
    folder.mkdir()
    (folder / "full.txt").write_text(_article("Armenia counts its dead", [
        "Armenian Security Council secretary Armen Grigoryan said that 30 soldiers were killed in the clashes.",
        "The fighting continued overnight along the border, officials in Yerevan said."]), encoding="utf-8")
    (folder / "surname.txt").write_text(_article("Talks are possible, Yerevan says", [
        # the extractor reads a bare "Grigoryan" as an organisation; "Mr Grigoryan" is a person
        "Mr Grigoryan said on Thursday that 30 soldiers had been killed in the fighting.",
        "He added that talks with Baku were still possible."]), encoding="utf-8")
    summary = ingest(folder, db_path)
    assert summary["actor_aliases"] == 1
    # the extractor keys "Mr Grigoryan" as person:grigoryan or person:mr grigoryan; both are surname forms
    [(alias, canonical, rule)] = query(db_path, "select a.actor_key, c.actor_key, l.rule from actor_aliases l"
                                                " join actors a using (actor_id) join actors c on c.actor_id = l.canonical_actor_id")
    # a stored key carries the country its article resolved (actors_merge.stored_key)
    assert alias.removesuffix("@AM") in ("person:grigoryan", "person:mr grigoryan")
    assert (canonical, rule) == ("person:armen grigoryan@AM", "surname_of_full_name")
    assert query(db_path, "select name, alias_keys from canonical_actors where kind = 'person'") == [
        ("Armen Grigoryan", [alias])]
    claimants = query(db_path, "select distinct claimant from attributed_claims where article_key = 'people/surname.txt'"
                               " and evidence like 'Mr Grigoryan%'")
    assert claimants == [("Armen Grigoryan",)]
    # both articles' figures have the one canonical claimant, in the contract view and the cross-source views
    assert query(db_path, "select distinct claimant from figure_claims") == [("Armen Grigoryan",)]
    assert query(db_path, "select count(distinct claimant_actor_id) from figure_facts")[0][0] == 1


def test_one_name_in_two_unrelated_articles_keeps_each_articles_country(tmp_path, db_path):
    # One stored row per actor key used to hold the first-loaded article's country for every article
    # naming the same single-name official (or "police"): the other article's figure read the wrong
    # country. Each article's claims and figures now carry the country their own text resolves.
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "a.txt").write_text(_article("Landslide in Aceh", [
        "Three people were killed in the landslide, said Fauzi, an official of the Indonesian disaster agency."]),
        encoding="utf-8")
    (folder / "b.txt").write_text(_article("Landslide in the hills", [
        "Three people were killed in the landslide, Fauzi said."]), encoding="utf-8")
    ingest(folder, db_path)
    rows = query(db_path, "select article_key, claimant, claimant_country from figure_claims order by 1")
    assert rows == [("names/a.txt", "Fauzi", "ID"), ("names/b.txt", "Fauzi", None)]
    claims = query(db_path, "select article_key, claimant_country from attributed_claims order by 1")
    assert claims == [("names/a.txt", "ID"), ("names/b.txt", None)]
    # a one-word name is not given a country from another article: two actors, no alias
    assert query(db_path, "select count(*) from actor_aliases")[0][0] == 0
    # an unchanged rerun keeps the same rows
    ingest(folder, db_path)
    assert query(db_path, "select article_key, claimant, claimant_country from figure_claims order by 1") == rows
