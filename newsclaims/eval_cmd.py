"""`newsclaims eval`: score the database's claims against a gold file."""
from __future__ import annotations

import argparse
from pathlib import Path

from newsclaims import options
from newsclaims.errors import UsageError

NAME = "eval"
HELP = "score the database's claims against a gold file (as CLAIMS.md judges)"
DESCRIPTION = ("Score the figure_claims and attributed_claims views against a gold JSONL (format of "
               "tests/data/seed-claims.jsonl): F1, precision, recall, accuracies, misses.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", help="gold annotations, one JSON object per line")
    options.add(p, "db")
    p.add_argument("--docs", help="comma-separated gold doc ids to limit the scoring to")
    options.add(p, "json")


def run(args: argparse.Namespace) -> int:
    import json

    from tasks.core.scoring import format_report, score_claims
    from tasks.io.db import open_db

    try:
        lines = Path(args.gold).read_text(encoding="utf-8").splitlines()
        gold = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read gold file {args.gold}: {exc}") from None
    settings = options.settings(args)
    if not Path(settings.db).is_file():
        raise UsageError(f"no database at {settings.db} (run `newsclaims ingest` first)")
    with open_db(settings.db, read_only=True, wait_s=settings.lock_wait_s) as con:
        figures = _rows(con, "select * from figure_claims")
        attributions = _rows(con, "select * from attributed_claims")
    docs = set(args.docs.split(",")) if args.docs else None
    result = score_claims(gold, figures, attributions, docs=docs)
    print(json.dumps(result, indent=1, ensure_ascii=False, default=str) if args.json else format_report(result))
    return 0


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
