"""Claim extraction's time per article as a ratio to a bare `trafilatura.extract` on the same corpus pages.

Usage: .venv/bin/python bench/claims_speed.py [-n N] [--offset K] [--rows OUT.jsonl] [--no-startup] [--batch-probe K]

Every page is first cleaned with the project's cleaner (untimed: that is the extractor's input in an
ingest). Then, page by page and interleaved so that both see the same machine load, the bench times
`trafilatura.extract(html)` (the baseline) and `extract_claims` on that page's cleaned text. It prints
both wall-clock and CPU (process_time) totals and their ratios, the share of extraction spent in the
spaCy parse, and how many sentences were parsed. Start-up (a fresh process importing the extractor and
loading the parser, as every pool worker does) is timed separately in a subprocess.
--rows writes every claim and figure row (JSON lines) so two versions' output can be compared exactly.
--batch-probe K re-parses the sentences the run parsed twice, interleaved: in the run's own calls (one or two per
article) and in calls that each take K articles' sentences at once, and prints the CPU per sentence of both: what
parsing across articles (not done today: each document is extracted on its own) would save.

Where the time goes (session 18, speed87; py-spy --native over the 413 corpus truth texts and 496 ECB+ texts in one
process, shares of extraction's CPU, one sampled run each, so +-1 point; before -> after the speed87 commits, rows
byte-identical):
- the spaCy parse of ~29% of the sentences, ~52% -> ~48%: the tok2vec ~18 points (its four window maxouts' products
  ~9, the cached embedding ~3, layer norms ~2.5); the parser's greedy loop ~20 (per transition step one small blis
  sgemm whose fixed cost, locking and allocation included, is ~7-10 points: its work is a few states x 64 x the
  classes; the transition system ~5; state features ~2); the tokenizer ~5 (mostly new lexemes); spaCy's pipe
  machinery ~4 -> ~2 (parse._annotate runs the components itself); the parser's precompute ~2; the tagger ~1.
- the rules ~48% -> ~52% (of a whole a few % smaller), flat (no function above ~2%): find_claims ~19 (cue and
  subject readers, actor resolution, the parse readers), figures ~5, story_country ~4, register_people ~4, the parse
  gates (needs_parse, worth_parsing, word_surnames) ~5, the body, document and member registers ~5 -> ~3; about 40%
  of the rules' time is inside `regex`'s matcher, spread over ~100 call sites.
What was cut: set tests on patterns.lower_words in front of five scans (patterns.last_runs), answers kept by text
(place hits, police forces, resolve's fullmatch cascade), doc.text rebuilt from the tokens on each read (now
parse.parsed_text), and spaCy's pipe generators. Tried and not kept: OpenBLAS's cblas_saxpy for the parser's feature
sums (slower than blis's); gc.freeze after loading (within noise: ~120k tracked objects). What would move the ratio
further: fewer transition steps (the parse batched across articles, --batch-probe) or a parser step without blis's
per-call cost, neither possible from Python without changing spaCy's compiled loop.
Measured (-n 200, main and speed87 alternating, 3 pairs each, main 92e2998): CPU ratio 1.319 / 1.325 / 1.343 ->
1.267 / 1.297 / 1.249 (parse 1.06-1.15 -> 1.02-1.07 ms a sentence; the same 2,409 of 8,435 sentences parsed).
Session 20 (speed89, main 5e1c8aa), the structural levers measured:
- Fewer parsed sentences (bench/claims_gate_reasons.py, 413 corpus truth + 496 ECB+ texts, 8,557 of 33,200 sentences
  parsed): needs_parse's cue verbs are 86% of the parses (a form the rules do not read 3,918, a form they read in a
  shape they do not 3,728, after "to" 757), worth_parsing's free cues 8%, the rest (headlines, claim nouns, belief
  adjectives, "according to", colon quotes) 4.5% together. The two gates overlap: turned off in needs_parse alone a
  reason's sentences mostly come back through worth_parsing when the rules name no one in them (a form the rules do
  not read: -135 parses, 101 rows changed; after "to": -2 parses). Parses drop only where both gates let go, and
  then right rows go with them: a cue right after "to" in both gates, -539 parses (6.3%, ~3% of extraction's CPU) for
  25 changed rows (14 right rows lost, "went on to say", "was quick to add", "prompted ... to argue"; 7 wrong ones
  gone, "allowed researchers to see"); a rule verb in a shape the rules do not name, -809 parses for 311 rows. Only
  the colon-quote reason changed no row (-45 parses, 0.5%; PolNeAR dev still has 4 syn.colon_quote rows). No exact
  pre-test found: the parse is read for every sentence it gets (syntactic cues and the content spans of rule rows).
  1.4% of the parses repeat a sentence already parsed (123 of 8,557): a parse cache would not pay.
- The parse batched across articles is built (tasks/core/process.py process_group_within, groups of GROUP_SIZE 8 in
  the worker pool and in-process): bench/claims_batch_speed.py -n 200 -k 8 gives CPU ratios single 1.218, shared
  parse 1.068, shared with the later sentences parsed ahead (what the flow runs) 1.004, rows identical. The flow is at
  ~1.0x trafilatura; this bench times the per-document path (explain, process_within), ~1.23x. --batch-probe K=8 /
  16 / 32: 0.83 / 0.83 / 0.82 of the per-article calls' parse CPU: bigger groups buy nothing (the parser's batches
  are 64 sentences, parse._BATCH; 8 articles give ~60-70). A parse call's fixed cost is ~1.0 ms (one sentence 1.37 ms,
  ten 4.52 ms, the parser's per-sentence cost is flat in the batch size): the per-article path pays it 1.55 times an
  article (~5% of extraction), the grouped path once for eight.
Session 21 (speed91), measured and not kept: the standard library's `re` for the lazy patterns that need nothing
`regex`-only (290 of the 394 tasks/core/claims/lazy_regex.py patterns compile in `re` with no warning and flags
I/M/S/X/U only; careful: regex.A is 128, re.A 256). -n 200, 3 pairs alternating at load 4-7: CPU ratio 1.312 /
1.317 / 1.326 with `regex` vs 1.283 / 1.324 / 1.321 with `re`, the same 2,409 sentences parsed: within noise, far
from the 5% that would pay for two engines. Not split further: how much of the matcher's time is in the 14 claims
modules that import `regex` directly (not switched) or in the ~100 lazy patterns left on `regex`.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
CORPUS = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"

_STARTUP = ("import time; t0 = time.process_time(); w0 = time.perf_counter(); "
            "from tasks.core.claims import extract_claims; t1 = time.process_time(); "
            "from tasks.core.claims.parse import load_parser; load_parser(); "
            "extract_claims('T', 'He said it is so.'); t2 = time.process_time(); w2 = time.perf_counter(); "
            "from tasks.core.claims.lazy_regex import compile_all; compile_all(); "
            "print(t1 - t0, t2 - t0, w2 - w0, time.process_time() - t2)")


def startup() -> tuple[float, float, float, float]:
    """CPU s importing the extractor, CPU s up to a first extraction (parser loaded), wall s for the same, and CPU s
    compiling the patterns still pending after it (what a pool's fork server does once, tasks.core.process.load_extractor)."""
    out = subprocess.run([sys.executable, "-c", _STARTUP], cwd=ROOT, capture_output=True, text=True, check=True)
    a, b, c, d = map(float, out.stdout.split())
    return a, b, c, d


def rows(key: str, ex) -> list[dict]:
    actors = {a.key: a for a in ex.actors}
    out = []
    for c in ex.claims:
        a = actors[c.claimant_key]
        out.append({"k": key, "t": "claim", "s": c.sentence_index, "a": [c.start, c.end], "claimant": a.name,
                    "country": a.country, "kind": a.kind, "text": c.claimant_text, "verb": c.reporting_verb,
                    "quote": c.quote, "type": c.claim_type, "target": c.target_country, "rule": c.rule,
                    "resolved": c.resolved_by})
    for f in ex.figures:
        a = actors.get(f.claimant_key) if f.claimant_key else None
        out.append({"k": key, "t": "figure", "s": f.sentence_index, "a": [f.start, f.end], "measure": f.measure,
                    "value": f.value, "q": f.qualifier, "subj": f.subject_country, "group": f.subject_group,
                    "year": f.event_year, "claimant": a.name if a else None, "claim": f.claim_index})
    return out


def batch_probe(calls: list[tuple[int, list[str]]], k: int, parse) -> None:
    """CPU per sentence parsing the recorded calls as they were vs. K articles' sentences per call, group by group
    alternating which goes first (both see the same machine load)."""
    groups: dict[int, list[list[str]]] = {}
    for page, texts in calls:
        if texts:
            groups.setdefault((page - 1) // k, []).append(texts)
    own = merged = 0.0
    n = 0
    for i, group in enumerate(groups.values()):
        runs = [("own", lambda g=group: [parse(t) for t in g]), ("merged", lambda g=group: parse([x for t in g for x in t]))]
        for name, run in (runs if i % 2 else runs[::-1]):
            c0 = time.process_time()
            run()
            dt = time.process_time() - c0
            own, merged = (own + dt, merged) if name == "own" else (own, merged + dt)
        n += sum(map(len, group))
    print(f"batch probe: {n} sentences; per-article calls {1000 * own / n:.2f} ms/sentence CPU, calls of {k} articles "
          f"{1000 * merged / n:.2f} ms/sentence (ratio {merged / own:.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="pages (default 200; 0 = all 799)")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--rows", help="write claim and figure rows here (JSON lines)")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--batch-probe", type=int, default=0, metavar="K")
    args = ap.parse_args()

    import trafilatura
    from tasks.core.process import extract_for
    import tasks.core.claims.extract as extract_mod
    from tasks.core.claims.lazy_regex import compile_all
    from tasks.core.claims.parse import load_parser

    if not args.no_startup:
        imp, first, wall, rest = startup()
        print(f"start-up (fresh process): import extractor {imp:.2f} s CPU; to first extraction with the parser "
              f"{first:.2f} s CPU ({wall:.2f} s wall); compiling the patterns it left pending {rest:.2f} s CPU")

    pages = benchenv.cleaned_corpus_pages(CORPUS, args.n, args.offset)
    load_parser()
    extract_for(pages[0][2])  # warm: word-list tables, lazy patterns
    compile_all()  # the rest of the patterns (tasks/core/claims/lazy_regex.py): the loop times the steady state

    parse = {"cpu": 0.0, "wall": 0.0, "sents": 0, "calls": 0}
    real_parse = extract_mod.parse_sentences
    calls: list[tuple[int, list[str]]] = []  # (page number, texts) of every parse call, for --batch-probe

    def timed_parse(texts):
        if args.batch_probe:
            calls.append((page_no[0], list(texts)))
        c0, w0 = time.process_time(), time.perf_counter()
        out = real_parse(texts)
        parse["cpu"] += time.process_time() - c0
        parse["wall"] += time.perf_counter() - w0
        parse["sents"] += len(texts)
        parse["calls"] += 1
        return out

    extract_mod.parse_sentences = timed_parse
    traf_cpu = traf_wall = ext_cpu = ext_wall = 0.0
    n_sent = 0
    out_rows = []
    page_no = [0]
    for key, html, cleaned in pages:
        page_no[0] += 1
        c0, w0 = time.process_time(), time.perf_counter()
        trafilatura.extract(html)
        c1, w1 = time.process_time(), time.perf_counter()
        ex = extract_for(cleaned)
        c2, w2 = time.process_time(), time.perf_counter()
        traf_cpu, traf_wall = traf_cpu + c1 - c0, traf_wall + w1 - w0
        ext_cpu, ext_wall = ext_cpu + c2 - c1, ext_wall + w2 - w1
        n_sent += len(ex.sentences)
        if args.rows:
            out_rows += rows(key, ex)
    extract_mod.parse_sentences = real_parse
    n = len(pages)
    ms = lambda s: 1000 * s / n  # noqa: E731
    print(f"{n} pages; trafilatura.extract {ms(traf_cpu):.1f} ms/page CPU ({ms(traf_wall):.1f} wall); "
          f"extract_claims {ms(ext_cpu):.1f} ms/article CPU ({ms(ext_wall):.1f} wall)")
    print(f"RATIO extraction/trafilatura: CPU {ext_cpu / traf_cpu:.3f}  wall {ext_wall / traf_wall:.3f}")
    print(f"parse: {ms(parse['cpu']):.1f} ms/article CPU = {parse['cpu'] / ext_cpu:.0%} of extraction; "
          f"{parse['sents']} of {n_sent} sentences parsed ({parse['sents'] / max(1, n_sent):.0%}) in "
          f"{parse['calls']} calls; {1000 * parse['cpu'] / max(1, parse['sents']):.2f} ms/sentence")
    if args.batch_probe:
        batch_probe(calls, args.batch_probe, real_parse)
    if args.rows:
        Path(args.rows).write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in out_rows), encoding="utf-8")
        print(f"{len(out_rows)} rows -> {args.rows}")


if __name__ == "__main__":
    main()
