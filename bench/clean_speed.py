"""The cleaning step's CPU per page, by sub-step, against a bare `trafilatura.extract(html)` on the same pages, interleaved.

Usage: .venv/bin/python bench/clean_speed.py [-n 0] [--offset 0] [--worker]

The cleaning step is what a pool worker runs on a page before extraction (tasks.core.process._begin_document up to
begin_extraction): decode_bytes, looks_binary, _clean (clean_html: load_html once, page_metadata and body_text on that
one tree; the known metadata; detect_language), the word count and error_page_reason. Per page, in one process, first
the bare `trafilatura.extract(data)` (the issue's yardstick), then that step, so both see the same machine load. The
sub-steps are timed by wrapping the functions the step calls (module attributes, patched for this run only), so the
step runs exactly as in the flow; the wrappers' own cost (~1 us a call) is in the totals. --worker also runs the whole
worker path (process_group_within on groups of 8, as tasks/ingest.py process_batch) over the same pages afterwards, so
cleaning's share of a worker's CPU is in the same run.

Where the time goes (session 21, 799 corpus pages, load 5-7 from other work, so ratios only): the cleaning step is
about 0.85x the bare loop's CPU, not the ~2x that (ingest CPU - extraction - the rest) suggested; extraction (rules
and parse, groups of 8) is about 1.3x, so a worker spends ~40% of its CPU cleaning and ~60% extracting
(py-spy over a real ingest's workers agrees: _clean 38%, rules + parse 62%). Inside cleaning: trafilatura's body
cascade ~55% (tree cleaning and tag conversion with their two tree copies, the main extractor, readability/justext on
the pages where the main extractor found little), metadata ~20% (htmldate ~8, JSON-LD ~4, author fallback ~3),
parsing the HTML once ~8%, language ~10% (py3langid's byte-by-byte DFA walk over the first 3,000 characters).
The page is parsed once and no trafilatura pass repeats: `bare` runs the same cascade (without metadata, with its
own decode and default precision/recall balance), which is why body alone is ~0.5-0.6x of it. What is left inside is
trafilatura's own (its XPath prunes, tree copies ~7%: one of the raw tree for readability even when recall mode then
skips the comparison, ~2-3% of cleaning, only to be had by copying trafilatura's cascade into the project).
Outside the step, in the worker (py-spy over a real first ingest's workers, session 21, before the speed91 fixes):
the per-document budgets' threading.Timer threads ~9% of the workers' samples (a thread started and stopped per
document and stage, each stop a forced GIL handoff: ~75 us CPU and, on a busy machine, ms of wall a call; now one
watcher thread per process, tasks/core/budget.py, ~3 us), the die-with-parent thread's 0.5 s polling ~1.5% (now
blocked on the parent's sentinel), pool IPC ~1.3%, wire signatures and event terms at the end ~5%.
Not kept (measured): gc.freeze() in the fork server before forking workers (child CPU within noise on 160 pages,
fewer minor faults: 42k -> 34k).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections import defaultdict
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
CORPUS = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"

# (module, attribute, label): the functions the cleaning step calls, timed where the step looks them up.
_STEPS = [
    ("tasks.core.process", "decode_bytes", "decode"),
    ("tasks.core.clean_html", "load_html", "parse HTML (load_html)"),
    ("tasks.core.clean_html", "page_metadata", "metadata (page_metadata)"),
    ("tasks.core.page_meta", "examine_meta", "  meta tags"),
    ("tasks.core.page_meta", "extract_meta_json", "  JSON-LD"),
    ("tasks.core.page_meta", "page_author", "  author fallback"),
    ("tasks.core.page_meta", "find_date", "  date (htmldate)"),
    ("tasks.core.clean_html", "body_text", "body (trafilatura cascade)"),
    ("trafilatura.core", "prune_unwanted_nodes", "  raw-tree prunes"),
    ("trafilatura.core", "_prepare_tree", "  tree cleaning + tag conversion"),
    ("trafilatura.core", "copy", "  (tree copies, inside the lines above and below)"),
    ("trafilatura.core", "extract_content", "  main extractor"),
    ("trafilatura.core", "compare_extraction", "  readability/justext comparison"),
    ("trafilatura.core", "baseline", "  baseline rescue"),
    ("trafilatura.core", "_recall_retry", "  recall retry"),
    ("tasks.core.clean_html", "xmltotxt", "  tree to text"),
    ("tasks.core.process", "detect_language", "language"),
    ("tasks.core.process", "error_page_reason", "error-page check"),
]


_COUNTING = [False]  # only the cleaning step's calls count: the bare loop calls some of the same trafilatura functions


def _wrap(totals: dict, label: str, fn):
    def timed(*a, **k):
        if not _COUNTING[0]:
            return fn(*a, **k)
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            totals[label] += time.process_time() - t
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=0, help="pages (0: all 799)")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--worker", action="store_true", help="also the whole worker path, groups of 8")
    ap.add_argument("--json", help="write the totals here")
    args = ap.parse_args()
    pages = sorted((CORPUS / "pages").glob("*.html.gz"))
    pages = pages[args.offset:args.offset + args.n] if args.n else pages[args.offset:]
    datas = [(p.name, gzip.decompress(p.read_bytes())) for p in pages]
    import importlib

    import trafilatura

    from tasks.core.process import GROUP_SIZE, RawDoc, _begin_document, process_group_within
    from tasks.io import worker_preload  # noqa: F401 - a pool worker's warm-up (parser, date parsers), not timed

    totals: dict[str, float] = defaultdict(float)
    originals = []
    for mod, name, label in _STEPS:
        m = importlib.import_module(mod)
        if hasattr(m, name):
            originals.append((m, name, getattr(m, name)))
            setattr(m, name, _wrap(totals, label, getattr(m, name)))
    import tasks.core.process as proc
    begin_extract, rejected = proc._begin_extract, 0

    def no_extract(cleaned):  # the step stops where extraction begins
        return None

    bare = clean = 0.0
    for key, data in datas:
        t = time.process_time()
        trafilatura.extract(data)
        bare += time.process_time() - t
        proc._begin_extract, _COUNTING[0] = no_extract, True
        t = time.process_time()
        got = _begin_document(RawDoc(key, data, is_html=True))
        clean += time.process_time() - t
        proc._begin_extract, _COUNTING[0] = begin_extract, False
        rejected += not isinstance(got, proc._Begun)
    print(f"{len(datas)} pages ({rejected} rejected), load {os.getloadavg()[0]:.1f}; CPU seconds, ratio to the bare "
          f"trafilatura.extract loop ({bare:.2f} s, {1000 * bare / len(datas):.1f} ms/page):")
    print(f"  {'cleaning step (all)':36s} {clean:7.2f}  {clean / bare:5.3f}x")
    for _, _, label in _STEPS:
        if label in totals:
            print(f"  {label:36s} {totals[label]:7.2f}  {totals[label] / bare:5.3f}x  {100 * totals[label] / clean:4.1f}%")
    listed = sum(v for (_, _, lb) in _STEPS for k, v in totals.items() if k == lb and not lb.startswith("  "))
    print(f"  {'  rest (sniff, checks, wrappers)':36s} {clean - listed:7.2f}  {(clean - listed) / bare:5.3f}x")
    out = {"pages": len(datas), "bare": bare, "clean": clean, **totals}
    if args.worker:
        for m, name, fn in originals:  # unwrapped again: the worker path as the flow runs it
            setattr(m, name, fn)
        t = time.process_time()
        for i in range(0, len(datas), GROUP_SIZE):
            process_group_within([RawDoc(k, d, is_html=True) for k, d in datas[i:i + GROUP_SIZE]])
        whole = time.process_time() - t
        print(f"  worker path (clean + extract, groups of {GROUP_SIZE}) {whole:7.2f}  {whole / bare:5.3f}x; "
              f"cleaning ~{100 * clean / whole:.0f}% of it, extraction ~{(whole - clean) / bare:.3f}x")
        out["worker"] = whole
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
