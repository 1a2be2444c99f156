"""Figures into events: what scopes a figure (pure, on real sentences from the corpus), and the
cross-source views comparing figures within one event and counted quantity (real ingests)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import CORPUS
from flows.ingest import ingest_flow
from newsclaims.query_cmd import resolve_sql
from tasks.core.claims.model import Extraction, Figure, Sentence
from tasks.core.events.scope import figure_scopes


def scope_of(sentence: str, number: str, measure: str = "killed", before: list[str] = (), year: int = 2023):
    """The scope of the figure `number` in `sentence` (after the sentences `before`)."""
    sentences, offset = [], 0
    for text in [*before, sentence]:
        sentences.append(Sentence(len(sentences), "body", offset, offset + len(text), text))
        offset += len(text) + 1
    last = sentences[-1]
    start = last.start + sentence.index(number)
    figure = Figure(0, last.index, start, start + len(number), measure, 1.0, None, None, "exact", number,
                    None, "people", year, None)
    return figure_scopes(Extraction(sentences=sentences, figures=[figure]))[0]


def test_breakdowns_projections_rates_and_populations_are_no_counts():
    assert scope_of("This phase of the conflict started with a Hamas attack on Israel, where 1400 civilians were "
                    "killed, including one person who’s a dual Israeli-Irish citizen.", "one person").kind == "breakdown"
    assert scope_of("In January, Libyan militants beheaded 21 Christians — 20 of them Egyptian Copts — along the "
                    "country’s coast.", "20").kind == "breakdown"
    assert scope_of("The White House has previously touted estimates that 2.2 million Americans could die from "
                    "coronavirus if nothing was done to stop its spread.", "2.2 million").kind == "projection"
    assert scope_of("The daily rise in coronavirus deaths announced in New York state on Friday was 777.", "777").kind == "rate"
    assert scope_of("The event drew more than 10,000 people to the nation’s capital to train a spotlight on the "
                    "killing of unarmed black men.", "more than 10,000").kind == "not_people"
    assert scope_of("By contrast, today, average daily consumption for Gotham’s 8.4 million people has fallen to "
                    "about 1 billion gallons per day.", "8.4 million").kind != "count"
    taken = scope_of("Israel says Hamas killed 1,400 people, mostly civilians, and took more than 240 hostages in "
                     "the attacks on October 7th.", "more than 240 hostages", measure="detained")
    assert taken.kind == "count" and taken.running  # a dated count: the story's own, linked across reports


def test_bodies_sighted_are_not_bodies_recovered():
    sighted = scope_of("04.25 Three people killed on AirAsia flight QZ8501 were holding hands when their bodies were "
                       "spotted floating in the Java sea off Indonesia, a pilot involved in the search has claimed.", "Three")
    recovered = scope_of("National Search and Rescue Agency chief Bambang Soelistyo told a press conference Wednesday "
                         "that six bodies had now been recovered, including a woman in crew uniform.", "six")
    assert sighted.quantity == "bodies sighted" and recovered.quantity is None


def test_places_targets_periods_and_running_tolls():
    assert scope_of("Across the wider West Bank, at least 121 Palestinians have been killed by Israeli forces or "
                    "settlers.", "at least 121").places == ("west bank",)
    assert "al-maghazi refugee camp" in scope_of(
        "Late on Saturday, bombs fell on Al-Maghazi refugee camp, killing at least 45, according to Gaza's Health "
        "Ministry.", "at least 45").places
    assert "installation" in scope_of(
        "UNRWA says 50 of its installations in Gaza have also been hit with airstrikes or bombs, resulting in the "
        "deaths of at least 66 displaced people on their properties.", "at least 66").places
    jabalia = scope_of("The Health Ministry in Gaza said at least 195 people were killed.", "at least 195", before=[
        "There are news reports of subsequent deadly strikes at Jabalia, which is Gaza's largest refugee camp.",
        "Israel has said the attacks killed dozens of militants, including Hamas commanders."])
    assert jabalia.context_places[:1] == ("jabalia",) and not jabalia.running
    week = scope_of("Israeli troops have continued to advance – 16 Israeli soldiers have been killed this week.",
                    "16", before=["The Jabalia refugee camp has been hit by airstrikes for a second day in a row."])
    assert week.context_places == () and week.anchor == "this week"  # the week's count, not the camp's
    assert scope_of("More than 9,000 Palestinians have been killed so far, according to the Gaza Health Ministry.",
                    "More than 9,000").running
    plague = scope_of("Both diseases are associated with the Black Death pandemic that killed an estimated 25 million "
                      "people in Europe alone in the 14th Century.", "25 million", year=2019)
    assert plague.period == "century:14"
    colgan = scope_of("The 2009 Colgan Air crash outside Buffalo, which killed 50 people, was the last major "
                      "commercial disaster.", "50 people", year=2014)
    assert (colgan.period, colgan.year) == ("year:2009", 2009)
    months = [scope_of("There were 34 deaths in September compared to four in August.", n, year=2020).period
              for n in ("34", "four")]
    assert months == ["month:9", "month:8"]
    assert scope_of("Globally there are 1.6 million cases and 97,000 deaths.", "97,000", year=2020).places[0] == "world"
    hostages = scope_of("Israeli officials have said Hamas is believed to be holding more than 200 people captive "
                        "since its attack last month.", "more than 200 people", measure="detained")
    assert hostages.running and hostages.quantity == "hostages"
    assert scope_of("Their release came hours after the Afghan government freed three Taliban prisoners.",
                    "three Taliban prisoners", measure="detained").quantity == "prisoners"


# Gaza war reports, and the November 2023 Republican debate reports (one of which mentions the hostages)
ISRAEL = ["htmldate-irishtimes.com-israel.html.gz", "htmldate-npr.org-bombing.html.gz",
          "htmldate-huffingtonpost.co.uk-netanyahu.html.gz", "trafilatura-theintercept.com-gaza.html.gz",
          "np4k-wired_001.html.gz", "htmldate-abcnews.com-ramaswamy.html.gz", "htmldate-fox2news.com-hawley.html.gz",
          "htmldate-foxnews.com-gop.html.gz", "htmldate-huffpost.com-gop.html.gz", "htmldate-nbcnews.com-gop.html.gz",
          "htmldate-newsweek.com-republican-debate.html.gz", "htmldate-nypost.com-gop.html.gz",
          "htmldate-washingtontimes.com-gop.html.gz"]
LATER = ["htmldate-channel4.com-israel.html.gz"]


def _stage(corpus: Path, names: list[str], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy(corpus / "pages" / n, into / n)
    return into


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@pytest.fixture(scope="module")
def israel_db(tmp_path_factory) -> str:
    corpus = CORPUS
    if not (corpus / "manifest.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {corpus}")
    tmp = tmp_path_factory.mktemp("israel")
    db = str(tmp / "israel.duckdb")
    ingest_flow(paths=[str(_stage(corpus, ISRAEL, tmp / "in"))], db=db, workers=2)
    with duckdb.connect(db, read_only=True) as con:
        before = dict(con.execute("select article_key, event_id from article_events").fetchall())
    ingest_flow(paths=[str(_stage(corpus, LATER, tmp / "in"))], db=db, workers=2)  # a new report, later
    return db, before


def test_running_tolls_link_reports_that_share_no_names(israel_db):
    db, before = israel_db
    with duckdb.connect(db, read_only=True) as con:
        events = dict(con.execute("select article_key, event_id from article_events").fetchall())
        rows = _rows(con, "select * from figure_disputes where n_values > 1")
    assert {k: events[k] for k in before} == before  # the second run moved nobody
    # the GOP debate report and the Gaza reports are different events, yet count the same hostages
    assert events["in/htmldate-abcnews.com-ramaswamy.html.gz"] != events["in/htmldate-irishtimes.com-israel.html.gz"]
    hostages = [r for r in rows if r["measure"] == "detained" and r["subject_country"] == "IL"]
    assert [r["values"] for r in hostages] == [[200.0, 240.0]] and hostages[0]["n_events"] == 2
    soldiers = [r for r in rows if (r["measure"], r["subject_country"], r["subject_group"]) == ("killed", "IL", "military")]
    assert [r["values"] for r in soldiers] == [[16.0, 18.0]]  # channel4's 16, loaded by the second run, joined 18


def test_a_breakdown_or_an_incident_never_competes_with_the_toll(israel_db):
    db, _ = israel_db
    with duckdb.connect(db, read_only=True) as con:
        rows = _rows(con, "select * from figure_disputes where n_values > 1")
        one = _rows(con, "select * from figure_facts where value = 1 and measure = 'killed' and subject_country = 'IL'")
    assert one and not any(f["is_comparable"] for f in one)  # "including one dual Israeli-Irish citizen"
    for r in rows:
        assert not (1.0 in r["values"] and 1400.0 in r["values"]), r
        assert not ({195.0, 45.0, 66.0} & set(r["values"]) and {9061.0, 10000.0} & set(r["values"])), r


def test_view_and_analysis_of_the_same_name_agree(israel_db):
    db, _ = israel_db
    with duckdb.connect(db, read_only=True) as con:
        analysis = _rows(con, resolve_sql("figure_disputes"))
        view = _rows(con, "select * from figure_disputes where is_disputed and subject_country is not null")
        events = _rows(con, resolve_sql("events"))
    assert analysis and len(analysis) == len(view)
    key = lambda r: (r["measure"], r["subject_country"], r["subject_group"], r["event_year"], tuple(r["values"]))  # noqa: E731
    assert sorted(map(key, analysis)) == sorted(map(key, view))
    by_values = {key(r): r for r in view}
    for r in analysis:
        v = by_values[key(r)]
        assert (r["conservative_value"], r["latest_value"], r["n_independent_sources"], r["claimants"]) == (
            v["conservative_value"], v["latest_value"], v["n_independent_sources"], v["claimants"])
    assert sum(e["n_articles"] for e in events) == len(ISRAEL) + len(LATER) and any(e["has_dispute"] for e in events)


LABELS = Path(__file__).resolve().parent / "data" / "events" / "corpus-dispute-labels.jsonl"


@pytest.mark.slow
def test_dispute_precision_on_the_corpus(corpus, tmp_path):
    """All 799 corpus pages: of figure_disputes rows with more than one value, the share that is a real
    disagreement about one event and quantity, by hand labels (tests/data/events). Measured 5/5 strict
    since bodies sighted are told apart from bodies recovered (before: 4/5, the AirAsia bodies row held
    three bodies spotted holding hands); main before events: 4/28 and 5/28. claims-0.16.0: 6/6, the sixth row the WHO's
    Ebola toll in the Daily Star (7,793) and Reuters (more than 7,842) once a toll spread over several countries lost the
    story's country; its new figure was labelled by hand (the same running toll, a real difference of dates)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from events_disputes import dispute_rows

    from tasks.core.events.score import dispute_precision

    db = str(tmp_path / "corpus.duckdb")
    ingest_flow(paths=[str(corpus / "pages")], db=db, workers=2)
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with duckdb.connect(db, read_only=True) as con:
        result = dispute_precision(dispute_rows(con), labels)
        rows = _rows(con, "select measure, subject_country, subject_group, values from figure_disputes where n_values > 1")
    assert result["precision"] >= 0.9 and result["event_precision"] >= 0.9, result
    got = {(r["measure"], r["subject_country"], r["subject_group"]): set(r["values"]) for r in rows}
    assert {200.0, 240.0} <= got[("detained", "IL", "people")]  # hostages taken on 7 Oct 2023
    assert {3.0, 40.0} <= got[("killed", "ID", "people")]  # AirAsia bodies: the navy's 40, the rescue chief's 3
    assert {16.0, 18.0} <= got[("killed", "IL", "military")]  # Israeli soldiers in the Gaza ground operation
    assert {100.0, 106.0} <= got[("killed", "IR", "people")]  # Iran 2019 protest deaths


def test_a_range_is_one_report_in_the_disputes_view(tmp_path):
    """"Between 40 and 60 people were killed": the extractor gives the low end (at least 40) and the high end (up
    to 60) as two figures; in a real DuckDB file the high end is not comparable, so figure_disputes holds one value
    for the range, and a second article's other count still makes a dispute."""
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.txt").write_text("Dam collapse in Ghana kills dozens\n\nBetween 40 and 60 people were killed when a dam "
                                 "gave way in northern Ghana on Tuesday, local officials said.\n\nRescue teams were "
                                 "still searching the valley, officials said.\n", encoding="utf-8")
    (pages / "b.txt").write_text("Ghana dam collapse toll\n\nAt least 35 people were killed when a dam gave way in "
                                 "northern Ghana on Tuesday, the national disaster agency said.\n\nThe agency said "
                                 "rescue teams were still searching the valley.\n", encoding="utf-8")
    db = str(tmp_path / "range.duckdb")
    ingest_flow(paths=[str(pages)], db=db, workers=1)
    with duckdb.connect(db, read_only=True) as con:
        facts = con.execute("select value, qualifier, is_comparable from figure_facts where measure = 'killed' "
                            "and value is not null and article_key like '%a.txt' order by value").fetchall()
        values = con.execute("select list_sort(list(v)) from (select unnest(values) as v from figure_disputes "
                             "where measure = 'killed')").fetchone()[0]
    assert facts == [(40.0, "at_least", True), (60.0, "up_to", False)], facts
    assert 60.0 not in values and {35.0, 40.0} <= set(values), values
