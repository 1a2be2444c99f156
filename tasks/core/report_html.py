"""`newsclaims report` as one self-contained HTML file: Plotly charts with plotly.js inlined, no network.

Sections: the events (when the database has them), each disputed figure as values by claimant over
time (withheld numbers marked), withheld numbers, who accuses whom, and the run history.
"""
from __future__ import annotations

import html
from collections import defaultdict
from datetime import datetime

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 12.5px; }
th, td { border: 1px solid #e2e2e2; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f6f6f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.totals span { display: inline-block; margin-right: 1.5em; } .muted { color: #777; }
.chart { margin: .5em 0 1.5em; }
"""
TABLE_CELL_MAX = 160


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, (list, tuple)):
        return ", ".join(_fmt(v) for v in value)
    text = str(value)
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"


def table(rows: list[dict], columns: list[str] | None = None) -> str:
    if not rows:
        return '<p class="muted">(none)</p>'
    columns = columns or list(rows[0])
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td{" class=num" if isinstance(r.get(c), (int, float)) else ""}>{html.escape(_fmt(r.get(c)))}</td>'
                         for c in columns) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def dispute_title(d: dict) -> str:
    who = " ".join(str(x) for x in (d.get("subject_country"), d.get("subject_group")) if x)
    year = f" ({d['event_year']})" if d.get("event_year") else ""
    label = str(d.get("event_label") or "")  # the event it belongs to, when grouped (a headline: shortened)
    event = f" - {label if len(label) <= 60 else label[:59] + '…'}" if label else ""
    return f"{d['measure']}: {who or 'unknown subject'}{year}{event} - values {_fmt(d.get('values'))}"


def dispute_figure(dispute: dict, timeline: list[dict]):
    """Values by claimant over time; a withheld number is an open marker at the foot of the chart."""
    import plotly.graph_objects as go

    fig = go.Figure()
    by_claimant: dict[str, list[dict]] = defaultdict(list)
    for row in timeline:
        by_claimant[row.get("claimant") or "(unattributed)"].append(row)
    for claimant, rows in sorted(by_claimant.items()):
        rows = [r for r in rows if r.get("published_at") is not None]  # a point needs a date
        values = [r for r in rows if r["value"] is not None]
        if values:
            fig.add_trace(go.Scatter(
                x=[r["published_at"] for r in values], y=[r["value"] for r in values], name=claimant,
                mode="lines+markers", legendgroup=claimant, marker=dict(size=9),
                text=[_hover(r) for r in values], hovertemplate="%{text}<extra></extra>"))
        withheld = [r for r in rows if r.get("is_undisclosed")]
        if withheld:
            fig.add_trace(go.Scatter(
                x=[r["published_at"] for r in withheld], y=[0] * len(withheld), name=f"{claimant}: withheld",
                mode="markers", legendgroup=claimant, marker=dict(symbol="x-open", size=11),
                text=[_hover(r) for r in withheld], hovertemplate="%{text}<extra></extra>"))
    fig.update_layout(title=dict(text=html.escape(dispute_title(dispute)), font=dict(size=14)), height=340,
                      margin=dict(l=50, r=20, t=50, b=40), yaxis_title=dispute["measure"], xaxis_title="reported",
                      legend=dict(font=dict(size=11)), template="plotly_white")
    return fig


def _hover(row: dict) -> str:
    value = "withheld" if row.get("is_undisclosed") else _fmt(row.get("value"))
    return "<br>".join(html.escape(x) for x in (
        f"{row.get('claimant') or '(unattributed)'}: {value}", f"{row.get('source_name') or ''} {_fmt(row.get('published_at'))}",
        _fmt(row.get("evidence"))[:120]))


def accusations_figure(rows: list[dict]):
    import plotly.graph_objects as go

    top = rows[:25][::-1]
    fig = go.Figure(go.Bar(
        x=[r["n_claims"] for r in top], y=[f"{r['claimant']} → {r['target']} ({r['claim_type']})" for r in top],
        orientation="h", hovertemplate="%{y}: %{x} claims<extra></extra>"))
    fig.update_layout(title=dict(text="Who accuses whom (claims)", font=dict(size=14)), template="plotly_white",
                      height=max(240, 28 * len(top) + 90), margin=dict(l=20, r=20, t=50, b=40))
    fig.update_yaxes(automargin=True)
    return fig


def runs_figure(rows: list[dict]):
    import plotly.graph_objects as go

    fig = go.Figure()
    xs = [_fmt(r["started_at"]) + f" #{i + 1}" for i, r in enumerate(rows)]
    for key in ("n_new", "n_updated", "n_unchanged", "n_rejected"):
        fig.add_trace(go.Bar(x=xs, y=[r.get(key) or 0 for r in rows], name=key[2:]))
    fig.update_layout(barmode="stack", title=dict(text="Runs: inputs by outcome", font=dict(size=14)),
                      template="plotly_white", height=300, margin=dict(l=50, r=20, t=50, b=80))
    return fig


def build_report(data: dict, db_name: str, generated_at: datetime) -> tuple[str, int]:
    """The report's HTML and the number of charts in it."""
    import plotly.io as pio
    from plotly.offline import get_plotlyjs

    charts: list[str] = []

    def chart(fig) -> str:
        charts.append("x")
        # plotly.js is inlined once in <head>; each chart is its own div and a call to it.
        return '<div class="chart">' + pio.to_html(fig, full_html=False, include_plotlyjs=False,
                                                    config={"displaylogo": False, "responsive": True}) + "</div>"

    t = data["totals"]
    parts = [f"<h1>newsclaims report: {html.escape(db_name)}</h1>",
             f'<p class="totals muted">generated {generated_at:%Y-%m-%d %H:%M} UTC · '
             + " ".join(f"<span><b>{t[k]}</b> {k.replace('_', ' ')}</span>" for k in t) + "</p>"]

    parts.append("<h2>Events</h2>")
    if data.get("events") is None:
        parts.append('<p class="muted">This database has no <code>article_events</code> view yet; the disputes '
                     "below are grouped by measure, subject and year.</p>")
    else:
        parts.append(table(data["events"]))

    parts.append(f"<h2>Disputed figures ({len(data['disputes'])})</h2>"
                 '<p class="muted">Each chart: the values each claimant reported over time; an open cross at 0 '
                 "is a number withheld.</p>")
    for dispute, timeline in zip(data["disputes"], data["timelines"]):
        parts.append(chart(dispute_figure(dispute, timeline)) if timeline else
                     f"<p>{html.escape(dispute_title(dispute))} (no dated figures)</p>")
    if not data["disputes"]:
        parts.append('<p class="muted">(no disputed figures)</p>')

    parts.append("<h2>Withheld numbers</h2>" + table(data["withheld"]))
    parts.append("<h2>Who accuses whom</h2>")
    if data["accusations"]:
        parts.append(chart(accusations_figure(data["accusations"])))
    parts.append(table(data["accusations"]))
    parts.append("<h2>Run history</h2>")
    if data["runs"]:
        parts.append(chart(runs_figure(data["runs"])))
    parts.append(table(data["runs"]))

    page = ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
            f"<title>newsclaims report: {html.escape(db_name)}</title><style>{CSS}</style>"
            f"<script>{get_plotlyjs()}</script></head><body>{''.join(parts)}</body></html>")
    return page, len(charts)
