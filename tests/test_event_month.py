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
