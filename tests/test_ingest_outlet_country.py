"""End to end: a local story that names no country takes its outlet's country, from the page's address or the
outlet's name, through the real ingest flow into a real DuckDB file (tasks/core/process._begin_extract)."""
from __future__ import annotations

import duckdb

from flows.ingest import ingest_flow

# A local paper's story as it runs at home: no country, no town the gazetteer knows.
_BODY = ("<p>Two men were shot dead and three others injured in a gang attack in the town centre on Tuesday night, "
         "police said.</p><p>A police spokesman said detectives had arrested one suspect and were searching for two "
         "others.</p><p>Residents said the gunmen fired on a group gathered outside a bar before fleeing in a car.</p>")


def _page(head: str, title: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head>"
            f"<body><article><h1>{title}</h1>{_BODY}</article></body></html>")


def test_a_story_naming_no_country_takes_its_outlets_country_by_address_or_name(tmp_path, db_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    # a generic .com whose host name is a country's; a site name that is a country's; neither
    (pages / "address.html").write_text(_page(
        '<link rel="canonical" href="https://www.jamaicaobserver.com/news/two-shot-dead/">', "Two shot dead"))
    (pages / "name.html").write_text(_page(
        '<meta property="og:site_name" content="Malawi Voice">'
        '<link rel="canonical" href="https://www.voice-example.com/two-dead/">', "Two killed in gang attack"))
    (pages / "neither.html").write_text(_page(
        '<link rel="canonical" href="https://www.example-news.com/two-dead/">', "Two die in gang attack"))
    summary = ingest_flow(paths=[str(pages)], db=db_path, workers=1)
    assert summary["new"] == 3 and summary["rejected"] == 0, summary

    with duckdb.connect(db_path, read_only=True) as con:
        rows = con.execute("""
            select a.url, list_distinct(list(coalesce(f.subject_country, '-'))),
                   list_distinct(list(coalesce(f.claimant_country, '-')))
            from figure_claims f join articles a using (article_id)
            where f.measure = 'wounded' group by a.url""").fetchall()
        speakers = dict(con.execute("""
            select a.url, list_distinct(list(coalesce(c.claimant_country, '-'))) from attributed_claims c
            join articles a using (article_id) group by a.url""").fetchall())
    by_url = {url.split("/")[2]: (subjects, claimants) for url, subjects, claimants in rows}
    assert by_url["www.jamaicaobserver.com"] == (["JM"], ["JM"])
    assert by_url["www.voice-example.com"] == (["MW"], ["MW"])
    # no address or name to go by: no country is made up ('-')
    assert by_url["www.example-news.com"] == (["-"], ["-"])
    assert speakers["https://www.jamaicaobserver.com/news/two-shot-dead/"] == ["JM"]
    assert speakers["https://www.example-news.com/two-dead/"] == ["-"]
