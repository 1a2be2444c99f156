"""Extraction one document at a time vs. K documents with one shared parse, against the same trafilatura baseline.

Usage: .venv/bin/python bench/claims_batch_speed.py [-n N] [--offset K] [-k K] [--reps R]

Every page is first cleaned with the project's cleaner (untimed: the extractor's input in an ingest). Then, group by
group of K pages, the bench times in one process and interleaved (the order rotating from group to group, so every
variant sees the same machine load): `trafilatura.extract(html)` on each page (the baseline of issues 10 and 11),
`extract_for` on each page (today's per-document path) and tasks.core.process.extract_group on the K cleaned pages,
with only the sentences parsed before the rules shared ("first") and with the sentences the rules may parse later
parsed ahead too ("ahead", what the worker pool uses). CPU time (process_time) is the measure: the machine is shared.
Each variant's rows are checked to equal the per-document ones.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
CORPUS = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="pages (default 200; 0 = all 799)")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("-k", type=int, default=8, help="documents per shared parse (default 8)")
    ap.add_argument("--reps", type=int, default=1, help="times over the pages (default 1)")
    args = ap.parse_args()

    import trafilatura
    from tasks.core.process import extract_for, extract_group
    from tasks.core.claims.lazy_regex import compile_all
    from tasks.core.claims.parse import load_parser

    # (html, cleaned text) per page
    pages = [(html, cleaned) for _, html, cleaned in benchenv.cleaned_corpus_pages(CORPUS, args.n, args.offset)]
    load_parser()
    extract_for(pages[0][1])
    compile_all()

    variants = {
        "trafilatura": lambda g: [trafilatura.extract(h) for h, _ in g],
        "single": lambda g: [extract_for(c) for _, c in g],
        "first": lambda g: extract_group([c for _, c in g], ahead=False),
        "ahead": lambda g: extract_group([c for _, c in g], ahead=True),
    }
    cpu = dict.fromkeys(variants, 0.0)
    wall = dict.fromkeys(variants, 0.0)
    same = True
    groups = [pages[i:i + args.k] for i in range(0, len(pages), args.k)]
    names = list(variants)
    turn = 0
    for _ in range(args.reps):
        for g in groups:
            order = names[turn % len(names):] + names[:turn % len(names)]
            turn += 1
            got = {}
            for name in order:
                c0, w0 = time.process_time(), time.perf_counter()
                got[name] = variants[name](g)
                cpu[name] += time.process_time() - c0
                wall[name] += time.perf_counter() - w0
            same = same and all(_key(a) == _key(b) == _key(c) for a, b, c in zip(got["single"], got["first"], got["ahead"]))
    n = len(pages) * args.reps
    base = cpu["trafilatura"]
    print(f"{len(pages)} pages x {args.reps}, groups of {args.k}; ms/page CPU (wall) and CPU ratio to trafilatura:")
    for name in names:
        print(f"  {name:12s} {1000 * cpu[name] / n:7.1f} ({1000 * wall[name] / n:7.1f})  {cpu[name] / base:.3f}")
    print(f"batched/single CPU: first {cpu['first'] / cpu['single']:.3f}, ahead {cpu['ahead'] / cpu['single']:.3f}; "
          f"rows identical: {same}")


def _key(ex) -> tuple:
    return (tuple(map(repr, ex.claims)), tuple(map(repr, ex.figures)), tuple(map(repr, ex.actors)), tuple(map(repr, ex.mentions)))


if __name__ == "__main__":
    main()
