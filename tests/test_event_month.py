"""The article's publication month reaches the extractor (tasks.core.process -> begin_extraction): a bare month
after the story's month is last year's ("an October landslide" in a January story), and only a known date moves it."""
from __future__ import annotations

import pytest

from tasks.core.process import ProcessedDoc, RawDoc, process_document

_TEXT = ("Landslide toll rises\n\nAt least 19 people died in an October landslide in the mountain town, "
         "officials said.\n").encode()


@pytest.mark.parametrize("published_at, year", [("2013-01-12", 2012), ("2013-11-20", 2013),
                                                 ("2013-01-12T08:00:00+00:00", 2012), (None, None)])
def test_a_bare_month_is_dated_by_the_articles_own_month(published_at, year):
    meta = {"published_at": published_at} if published_at else {}
    doc = process_document(RawDoc("landslide.txt", _TEXT, is_html=False, meta=meta))
    assert isinstance(doc, ProcessedDoc)
    assert [(f.measure, f.value, f.event_year) for f in doc.extraction.figures] == [("killed", 19.0, year)]


_PAGE = ("<html><head><title>Landslide toll rises</title>"
         '<meta property="article:published_time" content="{date}"></head><body><article>'
         "<h1>Landslide toll rises</h1>"
         "<p>At least 19 people died in an October landslide in the mountain town, officials said on Monday.</p>"
         "<p>Rescue teams were still searching the slope for survivors on Tuesday, the regional governor said, "
         "and roads into the valley stayed closed to traffic while engineers checked the bridges.</p>"
         "</article></body></html>")


def _ingest_and_query(tmp_path, files: dict[str, bytes], manifest: str, sql: str) -> list[tuple]:
    """Ingest one folder (its files and manifest.jsonl) into a fresh DuckDB file with the real flow; `sql`'s rows with
    the article key cut to its file name."""
    import duckdb

    from flows.ingest import ingest_flow

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    (inbox / "manifest.jsonl").write_text(manifest)
    db = str(tmp_path / "dated.duckdb")
    summary = ingest_flow(paths=[str(inbox)], db=db, workers=1)
    assert summary["new"] == len(files) and summary["rejected"] == 0, summary
    with duckdb.connect(db, read_only=True) as con:
        return [(key.rsplit("/", 1)[-1], *rest) for key, *rest in con.execute(sql).fetchall()]


def test_the_month_reaches_the_stored_figure_through_a_full_ingest(tmp_path):
    """Both ways a date arrives (a page's own meta tag, a manifest line for a text file) end in claim_figures."""
    rows = _ingest_and_query(tmp_path, {"page.html": _PAGE.format(date="2013-01-12").encode(), "wire.txt": _TEXT},
                             '{"file": "wire.txt", "published_at": "2013-11-20"}\n',
                             "select a.article_key, f.measure, f.value, f.event_year from claim_figures f "
                             "join articles a using (article_id) order by a.article_key")
    assert rows == [
        ("page.html", "killed", 19.0, 2012), ("wire.txt", "killed", 19.0, 2013)]



@pytest.mark.parametrize("url, day, year", [("https://news.example/world/2013/11/20/landslide-toll", "2013-11-20", 2013),
                                            ("https://news.example/2013-01-12/landslide-toll", "2013-01-12", 2012),
                                            # a year and month date the story's figures, not the page
                                            ("https://news.example/world/2013/11/landslide-toll", None, 2013),
                                            ("https://news.example/world/2014/01/landslide-toll", None, 2013),
                                            ("https://news.example/world/landslide-toll", None, None)])
def test_a_text_without_a_date_is_dated_by_its_urls_day(url, day, year):
    """A manifest that gives a text's page URL but no date: the URL's whole day (htmldate's URL rule) dates it, as it
    would date the page itself; a year and month alone leave the page undated but still date its figures ("an October
    landslide" in a story of January 2014 is of 2013)."""
    doc = process_document(RawDoc("landslide.txt", _TEXT, is_html=False, meta={"url": url}))
    assert isinstance(doc, ProcessedDoc)
    assert doc.cleaned.published_at == day
    assert [f.event_year for f in doc.extraction.figures] == [year]


def test_the_urls_day_reaches_the_stored_article_through_a_full_ingest(tmp_path):
    """A manifest line that gives a text's page URL and no date: the stored article carries the URL's day and its
    figure the year that day implies; a text whose line gives no URL stays undated."""
    rows = _ingest_and_query(tmp_path, {"dated_by_url.txt": _TEXT,
                                        "undated.txt": _TEXT.replace(b"mountain town", b"hill town")},
                             '{"file": "dated_by_url.txt", "url": "https://news.example/world/2013/01/12/landslide-toll"}\n'
                             '{"file": "undated.txt", "outlet": "News Example"}\n',
                             "select a.article_key, cast(a.published_at as date)::varchar, f.event_year "
                             "from articles a join claim_figures f using (article_id) order by a.article_key")
    assert rows == [
        ("dated_by_url.txt", "2013-01-12", 2012), ("undated.txt", None, None)]


def test_the_outlets_country_reaches_a_story_that_names_none_through_a_full_ingest(tmp_path):
    """A text that names no country or place, whose manifest gives its page on a country domain: the stored figures
    and their claimant take the outlet's country (url_country; the headline's toll has no claimant, only the subject);
    the same text on a .com page stays without one."""
    text = (b"Death toll due to floods rises to 27\n\nThe Disaster Management Centre said that 27 persons were killed "
            b"in floods and landslides since Sunday.\n")
    rows = _ingest_and_query(tmp_path, {"local.txt": text, "generic.txt": text.replace(b"Sunday", b"Monday")},
                             '{"file": "local.txt", "url": "https://www.dailymirror.lk/breaking_news/floods/155-271"}\n'
                             '{"file": "generic.txt", "url": "https://www.example.com/breaking_news/floods/155-272"}\n',
                             "select distinct article_key, claimant_country, subject_country from figure_claims "
                             "where measure = 'killed' order by article_key, claimant_country nulls first")
    assert rows == [("generic.txt", None, None), ("local.txt", None, "LK"), ("local.txt", "LK", "LK")]
