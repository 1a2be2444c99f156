"""`newsclaims report`: one self-contained HTML file, opened in a real headless Chromium."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from chromium import Browser, chromium_binary, png_is_blank
from conftest import ROOT, SEEDS
from flows.ingest import ingest_flow

COUNT_CHARTS = """[...document.querySelectorAll('.js-plotly-plot')].map(d => ({
    svgs: d.querySelectorAll('svg.main-svg').length,
    marks: d.querySelectorAll('.scatterlayer .point, .barlayer .point').length,
    box: d.getBoundingClientRect().height}))"""


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("report")
    db = str(folder / "r.duckdb")
    ingest_flow(paths=[str(SEEDS)], db=db, workers=1)
    ingest_flow(paths=[str(SEEDS)], db=db, workers=1)  # a second run for the history
    out = folder / "report.html"
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "report", "--db", db, "-o", str(out), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_report_is_one_file_that_needs_no_network(seeds_report):
    out, proc = seeds_report
    page = out.read_text(encoding="utf-8")
    assert '"charts": 4' in proc.stdout  # 2 disputes on the seeds + accusations + runs
    # No external script, stylesheet, font or image: everything is inline.
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", page, re.I)
    assert "Plotly" in page and "killed: AM military (2022)" in page
    for section in ("Events", "Disputed figures", "Withheld numbers", "Who accuses whom", "Run history"):
        assert f"<h2>{section}" in page


@pytest.mark.skipif(chromium_binary() is None, reason="chromium is not installed (CI installs it: apt-get install chromium)")
def test_report_charts_render_in_chromium_without_errors(seeds_report, tmp_path):
    out, _ = seeds_report
    with Browser() as browser:
        browser.open(out.resolve().as_uri())
        charts = browser.evaluate(COUNT_CHARTS)
        shot = browser.screenshot(tmp_path / "report.png")
        errors = browser.errors()
    assert len(charts) == 4, charts
    for chart in charts:  # each drew its axes and its marks, at a visible size
        assert chart["svgs"] >= 1 and chart["marks"] > 0 and chart["box"] > 100, charts
    assert not png_is_blank(shot)
    assert errors == []


def test_report_without_a_database_is_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "report", "--db", str(tmp_path / "none.duckdb")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "no database" in proc.stderr


def test_report_of_an_empty_database_still_opens(tmp_path):
    from tasks.io.db import open_db, prepare

    db = tmp_path / "e.duckdb"
    with open_db(db) as con:
        prepare(con)
    out = tmp_path / "e.html"
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "report", "--db", str(db), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "(no disputed figures)" in out.read_text(encoding="utf-8")


def test_report_events_section_is_one_row_per_event_and_charts_name_it(seeds_report):
    """The seeds are one event (article_events): the Events table has one row for it, with its five
    reports and its disputes, and each dispute chart is titled with that event."""
    out, _ = seeds_report
    page = out.read_text(encoding="utf-8")
    section = page[page.index("<h2>Events"):page.index("<h2>Disputed figures")]
    rows = re.findall(r"<tr>(.*?)</tr>", section.split("<tbody>", 1)[1])
    assert len(rows) == 1, rows
    cells = re.findall(r"<td[^>]*>(.*?)</td>", rows[0])
    assert "Armenia says 49 soldiers" in rows[0] and "killed AM, killed AZ" in rows[0]
    assert "5" in cells and "True" in cells  # five articles, and it holds a dispute
    assert page.count("killed: AM military (2022) - Armenia says 49 soldiers") == 1
