"""What `newsclaims report` shows, read from the database's contract views as plain rows.

Read-only, on the analysts' snapshot when it is current. Views that a database may not have yet
(`article_events`, a `withheld_numbers` view) are optional: an absent one is an empty section, and
`withheld_numbers` falls back to the saved analysis of that name.
"""
from __future__ import annotations

from pathlib import Path

from tasks.io.db import SQL_DIR, open_db
from tasks.io.snapshot import read_path

MAX_DISPUTES = 40  # charts: the most-reported disputes first
MAX_ROWS = 200  # table rows per section


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _relations(con) -> set[str]:
    return {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}


def read_report_data(db: str | Path, wait_s: float = 60.0) -> dict:
    with open_db(read_path(db), read_only=True, wait_s=wait_s) as con:
        have = _relations(con)
        data = {
            "totals": _rows(con, """
                select (select count(*) from articles) as articles,
                       (select count(*) from figure_claims) as figures,
                       (select count(*) from attributed_claims) as attributed_claims,
                       (select count(*) from rejects) as rejects,
                       (select count(*) from runs) as runs""")[0],
            # one row per event (the `events` saved analysis over article_events), largest first
            "events": (_rows(con, f"{_analysis('events')} limit {MAX_ROWS}") if "article_events" in have else None),
            "disputes": _rows(con, f"""
                select * from figure_disputes where is_disputed
                order by n_independent_sources desc, n_articles desc, measure, subject_country
                limit {MAX_DISPUTES}"""),
            "withheld": _rows(con, (f"select * from withheld_numbers limit {MAX_ROWS}" if "withheld_numbers" in have
                                    else _analysis("withheld_numbers"))),
            "accusations": _rows(con, f"""
                select claimant, target, claim_type, n_claims, n_articles, n_independent_sources,
                       first_reported_at, last_reported_at
                from accusations order by n_claims desc, claimant, target limit {MAX_ROWS}"""),
            "runs": _rows(con, """
                select run_id, started_at, finished_at, status, n_inputs, n_new, n_updated, n_unchanged,
                       n_reextracted, n_rejected
                from runs order by started_at"""),
        }
        data["timelines"] = [_timeline(con, d) for d in data["disputes"]]
    return data


def _timeline(con, dispute: dict) -> list[dict]:
    """The dispute's figures in reporting order: values (and withheld numbers) by claimant over time.

    Within the dispute's own event and scope (figure_event_key) when the database has events: the
    same measure and subject in another event is another count."""
    by_event = "figure_event_key" in dispute
    return _rows(con, f"""
        select published_at, value, is_undisclosed, claimant_label as claimant, source_name, article_key, evidence
        from figure_timeline
        where not is_breakdown
          and subject_country is not distinct from ? and subject_group is not distinct from ?
          and event_year is not distinct from ?
          and (measure = ? or (is_undisclosed and measure_family = ?))
          {"and figure_event_key is not distinct from ?" if by_event else ""}
        order by timeline_seq""",
        [dispute["subject_country"], dispute["subject_group"], dispute["event_year"], dispute["measure"],
         dispute.get("measure_family")] + ([dispute["figure_event_key"]] if by_event else []))


def _analysis(name: str) -> str:
    return (SQL_DIR / "analysis" / f"{name}.sql").read_text(encoding="utf-8").strip().rstrip(";")


def run_rejects(con, run_id: str) -> list[tuple[str, str]]:
    """(stage, reason) of every input rejected by this run."""
    return con.execute("select stage, reason from rejects where run_id = ? order by stage, input", [run_id]).fetchall()
