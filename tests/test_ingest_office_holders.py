"""End to end: a speaker the article calls only by office ("the Tánaiste said") is the person it names with that office,
in the rows and in the database's actors, one actor per person (tasks/core/claims/titled_holders.py), through the real
ingest flow into a real DuckDB file."""
from __future__ import annotations

import duckdb

from flows.ingest import ingest_flow

_ARTICLE = """Tánaiste rejects criticism of hospital plan

Tánaiste Leo Varadkar said the government would publish the report next week. The Health Minister, Stephen Donnelly, has played down concerns about hospital waiting lists.
The Tánaiste said the recommendation had not been thought through and accused the opposition of scaremongering.
Later, the Health Minister said the new wards would open in the spring.
"""


def test_an_office_speaks_as_its_named_holder_and_is_one_actor_in_the_database(tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hospital-plan.txt").write_text(_ARTICLE, encoding="utf-8")
    summary = ingest_flow(paths=[str(folder)], db=db_path, workers=1)
    assert summary["new"] == 1 and summary["rejected"] == 0, summary

    with duckdb.connect(db_path, read_only=True) as con:
        names = {r[0] for r in con.execute("select name from actors where kind = 'person'").fetchall()}
        said = dict(con.execute("""
            select s.text, any_value(c.claimant) from attributed_claims c join sentences s
              on s.article_id = c.article_id and s.sentence_index = c.sentence_index
            where s.section = 'body' group by s.text""").fetchall())
    # the offices are not people of their own beside their holders
    assert {"Leo Varadkar", "Stephen Donnelly"} <= names
    assert not names & {"Tánaiste", "Health Minister", "Minister"}, names
    tanaiste = next(t for t in said if t.startswith("The Tánaiste said"))
    minister = next(t for t in said if t.startswith("Later, the Health Minister said"))
    assert said[tanaiste] == "Leo Varadkar" and said[minister] == "Stephen Donnelly", said
