"""Row-level comparison of two newsclaims databases: every contract view and saved analysis, and the rejects.

Usage: python bench/compare_dbs.py A.duckdb B.duckdb [--show 5]
For each view (sql/views/*.sql), analysis (sql/analysis/*.sql) and the rejects table: the row counts and
the rows themselves as sorted multisets, with the columns that differ between any two runs by nature
left out (timestamps, run ids, ids drawn at random). Exit code 1 when anything differs. Used to show
that a speed change (or another runner) gives the same rows.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Columns whose values differ between two runs of the same input: when the run wrote a row, which run
# wrote it. (Dates that come from the articles, such as published_at or first_report_at, are compared.)
VOLATILE = frozenset({"created_at", "updated_at", "loaded_at", "computed_at", "fetched_at", "rejected_at",
                      "joined_at", "first_seen_at", "last_seen_at", "checked_at", "run_id", "flow_run_id"})


def _volatile(column: str) -> bool:
    return column.lower() in VOLATILE


def relations() -> list[tuple[str, str]]:
    out = [(f.stem, f"select * from {f.stem}") for f in sorted((ROOT / "sql" / "views").glob("*.sql"))]
    out += [(f"analysis:{f.stem}", f.read_text(encoding="utf-8").strip().rstrip(";"))
            for f in sorted((ROOT / "sql" / "analysis").glob("*.sql"))]
    out.append(("rejects", "select input, stage, reason from rejects"))
    return out


def rows(con, sql: str) -> tuple[list[str], Counter]:
    cur = con.execute(f"select * from ({sql})")
    names = [d[0] for d in cur.description]
    keep = [i for i, n in enumerate(names) if not _volatile(n)]
    return [names[i] for i in keep], Counter(tuple(repr(r[i]) for i in keep) for r in cur.fetchall())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--show", type=int, default=3, help="differing rows shown per relation")
    args = ap.parse_args()
    import duckdb

    cons = [duckdb.connect(p, read_only=True) for p in (args.a, args.b)]
    differ = 0
    for name, sql in relations():
        try:
            (cols, ra), (_, rb) = (rows(c, sql) for c in cons)
        except duckdb.Error as exc:
            print(f"{name:34s} error: {exc}".splitlines()[0])
            differ += 1
            continue
        only_a, only_b = ra - rb, rb - ra
        same = not only_a and not only_b
        differ += not same
        print(f"{name:34s} {sum(ra.values()):6d} {sum(rb.values()):6d}  {'same rows' if same else 'DIFFERENT'}"
              f"  ({len(cols)} columns compared)")
        for label, extra in (("only in A", only_a), ("only in B", only_b)):
            for row in list(extra)[: args.show]:
                print(f"    {label}: {dict(zip(cols, row))}"[:400])
    print("all the same" if not differ else f"{differ} relations differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
