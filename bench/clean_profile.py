"""Where one worker's time goes: per-stage CPU of cleaning + extraction vs a bare trafilatura.extract, same pages, one process.

Usage: .venv/bin/python bench/clean_profile.py [-n 60] [--offset 0] [--cprofile 25] [--no-claims]

Start-up (importing trafilatura, the extractor, the first date parse) is timed first, in this
process, before any page. Then page by page, interleaved so both see the same machine load:
`trafilatura.extract(html)` (the baseline), and the stages of tasks.core.process.process_document:
decode, clean_html (trafilatura.bare_extraction for the body plus tasks/core/page_meta.py; split into
metadata and body with a second call without metadata), language, claims. Prints CPU seconds per stage and ratios to the
baseline; --cprofile K prints the K most costly functions (cumulative) of process_document.
"""
from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import os
import pstats
import time
from copy import copy
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
CORPUS = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--cprofile", type=int, default=0)
    ap.add_argument("--no-claims", action="store_true", help="cleaning only (A/B of cleaning changes: faster)")
    args = ap.parse_args()
    pages = sorted((CORPUS / "pages").glob("*.html.gz"))[args.offset:args.offset + args.n]
    datas = [gzip.decompress(p.read_bytes()) for p in pages]
    t0 = time.process_time()
    import trafilatura

    from tasks.core import clean_html as ch
    from tasks.core.decode import decode_bytes
    from tasks.core.language import detect_language
    from tasks.core.process import RawDoc, extract_for, load_extractor, process_document
    t_imp = time.process_time() - t0
    load_extractor()
    t_ext_imp = time.process_time() - t0 - t_imp
    t = time.process_time()
    first = sorted((CORPUS / "pages").glob("*.html.gz"))[-1]  # a page outside the measured ones
    process_document(RawDoc(first.name, gzip.decompress(first.read_bytes()), is_html=True))
    # The rest of a pool worker's start-up (tasks/io/worker_preload.py), dateparser's locale
    # patterns above all: without it the first pages that reach htmldate's dateparser fallback
    # pay seconds of regex compiling once, which a per-page ratio must not count (a worker
    # inherits them from the fork server).
    from tasks.io import worker_preload  # noqa: F401 - its import does the warm-up
    t_first = time.process_time() - t
    print(f"start-up CPU: trafilatura + project imports {t_imp:.2f} s, extractor import {t_ext_imp:.2f} s, "
          f"first document + worker warm-up (parser, language model, date parsers) {t_first:.2f} s")
    no_meta = copy(ch._OPTIONS)
    no_meta.with_metadata = False
    tot = dict.fromkeys(["bare", "decode", "clean_html", "body only", "language", "claims"], 0.0)
    for i, data in enumerate(datas):
        t = time.process_time()
        trafilatura.extract(data)
        tot["bare"] += time.process_time() - t
        t = time.process_time()
        text = decode_bytes(data, is_html=True)
        tot["decode"] += time.process_time() - (t1 := t)
        t = time.process_time()
        try:
            cleaned = ch.clean_html(text)
        except ch.CleanError:
            cleaned = None
        dt = time.process_time() - t
        tot["clean_html"] += dt
        t = time.process_time()
        trafilatura.bare_extraction(text, options=no_meta)
        tot["body only"] += time.process_time() - t
        if cleaned is None:
            continue
        t = time.process_time()
        if not cleaned.language:
            cleaned.language = detect_language(cleaned.text)
        tot["language"] += time.process_time() - t
        if args.no_claims:
            continue
        t = time.process_time()
        extract_for(cleaned)
        tot["claims"] += time.process_time() - t
        del t1
    base = tot["bare"]
    print(f"{len(datas)} pages, CPU seconds (ratio to bare trafilatura.extract {base:.2f} s):")
    for k, v in tot.items():
        print(f"  {k:16s} {v:7.2f}  {v / base:5.2f}x")
    print(f"  metadata (clean_html - body only) {tot['clean_html'] - tot['body only']:.2f} s")
    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        for p, data in zip(pages, datas):
            process_document(RawDoc(p.name, data, is_html=True))
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.cprofile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
