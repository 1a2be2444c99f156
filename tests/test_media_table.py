"""The one media table (tasks/core/data/media.tsv) is what the cleaner, wire detection and claims read.

The test adds an invented agency to a copy of the table and checks, in a fresh interpreter that reads
the copy, that credit parsing, wire-copy detection and claimant resolution all know it: a reader
that kept a list of its own would miss it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tasks.core import media

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import json, sys
import tasks.core.media as media
media.TABLE = __import__("pathlib").Path(sys.argv[1])
from tasks.core.clean_text import clean_plain_text
from tasks.core.wire import wire_credit
from tasks.core.claims import extract_claims
doc = clean_plain_text("Storm cuts power\n\nBy Jane Smith, Zorbex News Agency\n\n"
                       "Thousands of homes lost power on Tuesday after a storm hit the coast, officials said.\n")
ex = extract_claims("", "The storm killed three people, Zorbex reported on Tuesday.", published_year=2024)
names = {a.key: a.name for a in ex.actors}
print(json.dumps({"credit": doc.wire_agency,
                  "outlet": wire_credit(None, "Zorbex News Agency", None),
                  "site": wire_credit(None, None, "https://www.zorbex.example/world/1"),
                  "claimants": sorted(names.get(c.claimant_key) or "" for c in ex.claims)}))
"""


def _probe(table: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(table)], capture_output=True, text=True, env=env,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_an_agency_added_to_the_table_reaches_all_three_readers(tmp_path):
    row = "\t".join(["Zorbex News Agency", "agency", "credit wire claims", "Zorbex",
                     "Zorbex|Zorbex News Agency", "", "", "zorbex.example"])
    table = tmp_path / "media.tsv"
    table.write_text(media.TABLE.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    assert _probe(table) == {"credit": "Zorbex", "outlet": "zorbex", "site": "zorbex",
                             "claimants": ["Zorbex News Agency"]}
    # Without the row no reader knows the name: the byline's credit is no agency, the site no wire.
    without = _probe(media.TABLE)
    assert without["credit"] is None and without["outlet"] is None and without["site"] is None
    assert without["claimants"] != ["Zorbex News Agency"]


def test_each_reader_gets_its_own_view_of_the_rows():
    agencies = media.credit_agencies()
    assert agencies["the associated press"] == "AP" and "ap" in media.credit_capitals_only()
    assert "getty" in media.photo_sources() and "getty" not in agencies
    assert media.claimant_names()["AP"] == "Associated Press"
    assert "AA" not in media.claimant_names()  # a credit spelling only: American Airlines in running text
    assert "EPA" not in media.claimant_names() and agencies["epa"] == "EPA"  # the US agency in running text
    # "PA": PA Media in a credit, the Polish agency in running text (machine-translated PAP copy, seed 002)
    assert agencies["pa"] == "PA" and media.claimant_names()["PA"] == "Polish Press Agency"
    assert ("Agence France-Presse", "AFP") in media.wire_spellings()
    assert media.wire_domains()["apnews.com"] == "AP"
    assert "Bloomberg" not in {c for _, c in media.wire_spellings()}  # wire keeps to agencies outlets copy
