"""What each reason of the parse gates lets through, and what the rows lose when that reason alone is turned off.

Usage: .venv/bin/python bench/claims_gate_reasons.py [--ecb] [--only REASON,...] [--out DIR]

A sentence reaches the parser for one or more reasons (tasks/core/claims/parse_gates.py):
  needs_parse (parsed before the rules run)
    headline     a title-case headline (parse_text lower-cases its cue verbs)
    cue_new      a cue verb whose form the rules do not read at all ("realized", "insisted")
    cue_shape    a cue verb the rules read, in a shape whose speaker they do not name ("Officials in X said")
    cue_to       a cue verb right after "to" ("went on to say", "was quick to add", "led him to announce")
    noun_that    a claim noun before "that" or an appeal noun before "to" ("his claim that", "her call to")
    adjective    a belief adjective after a copula, before a clause ("is confident that")
  worth_parsing (parsed only when the rules named no one in the sentence: the second chance)
    according_to, colon_quote, free_cue, free_cue_to (a free cue word right after "to")
The bench extracts every corpus truth text (with --ecb also the ECB+ dev texts) once as it is, counting for each
reason the sentences parsed that it let through (alone, or with other reasons), then once per reason with that reason
turned off (a sentence still goes through for its other reasons), counting the sentences parsed and the claim and
figure rows (bench/claims_speed.py's row form) that differ from the full run. --out writes each narrowed run's
changed rows (lines "-" and "+") to DIR/REASON.diff, to judge them.

The reasons are read with parse_gates' own helpers (the bench mirrors needs_parse and worth_parsing: a run checks that
its reasons agree with the two gates on every sentence).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))

NEEDS = ("headline", "cue_new", "cue_shape", "cue_to", "noun_that", "adjective")
WORTH = ("according_to", "colon_quote", "free_cue", "free_cue_to")


def needs_reasons(sent: str) -> set[str]:
    """needs_parse's reasons for `sent` (empty when needs_parse says no)."""
    import tasks.core.claims.parse_gates as pg

    out = set()
    if pg.parse_text(sent) is not sent:
        out.add("headline")
    if pg._cue_to_parse(sent):
        forms, verbs = pg.cue_forms(), pg.cue_verbs()
        for toks, low, i in pg._free_cues(sent, pg._WORD, forms):  # _cue_to_parse's loop, every cue it would take
            w = low[i]
            if i > 0 and low[i - 1] in pg._NOUN_BEFORE or pg._not_own_claim(low, i):
                continue
            needs = verbs[forms[w]].needs
            if needs in pg._NEAR and not pg._NEAR[needs].intersection(low[i + 1:i + 5]):
                continue
            if needs.startswith("prt:") and not set(needs[4:].split("|")).intersection(low[i + 1:i + 4]) \
                    and forms[w] != "call":
                continue
            if w not in pg.RULE_VERBS or not pg._easy(toks, low, i):
                out.add("cue_to" if i > 0 and low[i - 1] == "to" else "cue_shape" if w in pg.RULE_VERBS else "cue_new")
    if " that " in sent and pg._claim_noun_that(sent):
        out.add("noun_that")
    if pg._adjective_clause(sent):
        out.add("adjective")
    return out


def worth_reasons(sent: str) -> set[str]:
    """worth_parsing's reasons for `sent` (empty when worth_parsing says no)."""
    import tasks.core.claims.parse_gates as pg

    out = set()
    if "ccording to" in sent:
        out.add("according_to")
    if pg._COLON_QUOTE.search(sent):
        out.add("colon_quote")
    forms = pg.cue_forms()
    for _toks, low, i in pg._free_cues(sent, pg._WORD_NUM, forms):  # worth_parsing's loop
        w = low[i]
        if i > 0 and (low[i - 1] in pg._DET_BEFORE or low[i - 1] in pg._PREP_BEFORE and not w.endswith("ing")):
            continue
        if pg._needed_word_near(sent, low, i, forms[w]) and not pg._not_own_claim(low, i):
            out.add("free_cue_to" if i > 0 and low[i - 1] == "to" else "free_cue")
    return out


def texts(ecb: bool) -> list[tuple[str, str, str]]:
    from bench.claims_eval import corpus_texts

    out = [("corpus/" + k, t, b) for k, t, b in corpus_texts()]
    if ecb:
        for p in sorted((SHARED / "events" / "ecbplus-dev" / "articles").glob("*.txt")):
            paras = [" ".join(x.split()) for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n")]
            paras = [x for x in paras if x]
            out.append(("ecb/" + p.stem, paras[0] if paras else "", "\n".join(paras[1:])))
    return out


def run(items, off: frozenset[str]) -> tuple[list[str], collections.Counter, int]:
    """Rows (JSON lines), parsed sentences by reason set, and the sentences parsed, with the reasons `off` turned off."""
    import tasks.core.claims.extract as ex
    from bench.claims_speed import rows
    import tasks.core.claims.parse_gates as pg

    reasons: dict[str, set[str]] = {}
    parsed: collections.Counter = collections.Counter()

    def needs(sent):
        got = needs_reasons(sent)
        assert bool(got) == pg.needs_parse(sent), sent
        reasons.setdefault(sent, set()).update(got)
        return bool(got - off)

    def worth(sent):
        got = worth_reasons(sent)
        assert bool(got) == pg.worth_parsing(sent), sent
        reasons.setdefault(sent, set()).update(got)
        return bool(got - off)

    def inputs(texts, masked):
        parsed.update(texts)
        return real_inputs(texts, masked)

    real = ex.needs_parse, ex.worth_parsing, ex._parse_inputs
    real_inputs = ex._parse_inputs
    ex.needs_parse, ex.worth_parsing, ex._parse_inputs = needs, worth, inputs
    out: list[str] = []
    by_set: collections.Counter = collections.Counter()
    n = 0
    try:
        for key, title, body in items:
            reasons.clear()
            parsed.clear()
            got = ex.extract_claims(title, body, published_year=2022)
            out += [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows(key, got)]
            for text, k in parsed.items():
                by_set[frozenset(reasons.get(text, ()))] += k
                n += k
    finally:
        ex.needs_parse, ex.worth_parsing, ex._parse_inputs = real
    return out, by_set, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ecb", action="store_true", help="the ECB+ dev texts too")
    ap.add_argument("--only", help="comma-separated reasons to turn off (default: each in turn)")
    ap.add_argument("--out", help="a folder for each narrowed run's changed rows")
    args = ap.parse_args()

    items = texts(args.ecb)
    full, by_set, n = run(items, frozenset())
    print(f"{len(items)} texts, {len(full)} rows, {n} sentences parsed; by reason (alone / with others):")
    for r in NEEDS + WORTH:
        alone = by_set[frozenset([r])]
        print(f"  {r:13s} {alone:6d} {sum(k for s, k in by_set.items() if r in s) - alone:6d}")
    print(f"  {'(no reason)':13s} {by_set[frozenset()]:6d}  (a sentence whose text the gates saw only as another's)")
    print("turned off alone: sentences parsed (change), rows changed (- old rows, + new rows):")
    base = collections.Counter(full)
    for r in (args.only.split(",") if args.only else NEEDS + WORTH):
        rows_off, _, n_off = run(items, frozenset([r]))
        cut = collections.Counter(rows_off)
        lost, new = base - cut, cut - base
        print(f"  {r:13s} {n_off:6d} ({n_off - n:+5d})  -{sum(lost.values())} +{sum(new.values())}")
        if args.out:
            Path(args.out).mkdir(parents=True, exist_ok=True)
            Path(args.out, f"{r}.diff").write_text("".join(f"- {x}\n" for x in sorted(lost.elements())) +
                                                   "".join(f"+ {x}\n" for x in sorted(new.elements())), encoding="utf-8")


if __name__ == "__main__":
    main()
