"""Error and placeholder pages ("Page Not Found", "Loading...", soft 404s) are rejects with a reason,
not articles; real articles whose titles merely contain such words still load."""
from __future__ import annotations

import duckdb
import pytest

from flows.ingest import ingest_flow
from tasks.core.error_pages import error_page_reason
from tasks.core.process import ProcessedDoc, RawDoc, Reject, process_document

STORY = ("The regional governor said on Tuesday that at least 14 people were killed when floodwater swept "
         "through three villages overnight, and that rescue teams were still searching for survivors. ")


def page(title: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><header><nav>Home News Sport</nav>"
            f"</header><main><h1>{title}</h1><p>{body}</p></main><footer>Contact us</footer></body></html>").encode()


@pytest.mark.parametrize("title, body", [
    ("Page Not Found | The Daily Courier", "Sorry, the page you are looking for does not exist or has been moved. "
     "Try the search box or go back to the home page."),
    ("404 - The Daily Courier", "We could not find that page. It may have been removed, renamed or it may never "
     "have existed at all."),
    ("Loading...", "Please wait while the content of this page is loading for you in your web browser now."),
    ("Just a moment...", "Checking if the site connection is secure before you can read the content of this site."),
])
def test_error_pages_are_rejected_with_a_reason(title, body):
    result = process_document(RawDoc("site/x.html", page(title, body), is_html=True))
    assert isinstance(result, Reject), result
    assert result.stage == "clean" and "error or placeholder page" in result.reason and title[:20] in result.reason


@pytest.mark.parametrize("title", ["Missing hiker not found after storm", "Loading the dice: how the vote was won",
                                   "Sorry state of the roads, minister admits"])
def test_articles_with_such_words_in_their_titles_load(title):
    result = process_document(RawDoc("site/y.html", page(title, STORY * 3), is_html=True))
    assert isinstance(result, ProcessedDoc), result


def test_a_long_text_is_an_article_whatever_its_title():
    assert error_page_reason("Page not found", STORY * 12) is None
    assert error_page_reason("Page not found", "Nothing here.") is not None


def test_ingest_records_the_error_page_as_a_reject_and_loads_the_rest(tmp_path, db_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "missing.html").write_bytes(page("Page Not Found | Courier", "The page you requested could not be "
                                               "found on this server, sorry about that."))
    (folder / "story.html").write_bytes(page("Floods kill 14 in three villages", STORY * 3))
    summary = ingest_flow(paths=[str(folder)], db=db_path, workers=1)
    assert summary["new"] == 1 and summary["rejected"] == 1
    with duckdb.connect(db_path, read_only=True) as con:
        rows = con.execute("select input, stage, reason from rejects").fetchall()
    assert rows[0][0] == "site/missing.html" and rows[0][1] == "clean" and "error or placeholder" in rows[0][2]
