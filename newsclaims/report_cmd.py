"""`newsclaims report`: one self-contained HTML file to look at (charts inlined, no network)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsclaims import options
from newsclaims.errors import UsageError

NAME = "report"
HELP = "write one self-contained HTML report: events, disputes as charts, withheld numbers, accusations, runs"
DESCRIPTION = ("Write an HTML file that opens in any browser without a network (the chart library is inlined): "
               "the events, each disputed figure as a chart of values by claimant over time, withheld numbers, "
               "who accuses whom, and the run history.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    options.add(p, "db")
    p.add_argument("-o", "--output", default="report.html", metavar="FILE",
                   help="where to write the report (default report.html)")
    options.add(p, "json")


def run(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    settings = options.settings(args)
    if not Path(settings.db).is_file():
        raise UsageError(f"no database at {settings.db} (run `newsclaims ingest` first)")
    out = Path(args.output)
    if out.is_dir():
        raise UsageError(f"-o {out} is a folder; give a file name such as {out / 'report.html'}")
    from tasks.core.report_html import build_report
    from tasks.io.report_data import read_report_data

    data = read_report_data(settings.db, wait_s=settings.lock_wait_s)
    page, n_charts = build_report(data, Path(settings.db).name, datetime.now(timezone.utc))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    summary = {"report": str(out), "charts": n_charts, "disputes": len(data["disputes"]),
               "runs": len(data["runs"]), "bytes": out.stat().st_size}
    if args.json:
        import json

        print(json.dumps(summary))
    else:
        print(f"newsclaims report: {n_charts} charts ({summary['disputes']} disputes) -> {out} "
              f"({summary['bytes'] / 1e6:.1f} MB, opens offline)", file=sys.stdout)
    return 0
