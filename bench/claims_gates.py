"""What each parse gate costs and what it earns: parses, tokens and how often the parse changed the rules' rows.

Usage: .venv/bin/python bench/claims_gates.py [--out OUT.jsonl]

Runs the extractor over the corpus truth texts (bench.claims_eval.corpus_texts) as it runs in an ingest, and for
every sentence needs_parse sends to the parser before the rules run, also runs the rules without the parse on a
copy of the article's memory: the gap between the two is what the parse earned there. It reports those sentences
split by whether the rules alone already named a speaker, and the second-chance parses (worth_parsing: parsed in
one batch at the first sentence whose rules named no one) by how many were read and how many changed a row.
--out writes one line per needs_parse sentence (the sentence, both row sets) to read what changed.

Measured at speed29 (413 texts): 6,174 parses (173,874 tokens) in 571 calls. Rules already named a speaker: 1,283
parses (40,390 tokens), the parse changed the rows of 141 (11%; mostly gains: the true speaker of a misread, such as
"Kurinji Selvaraj, a research analyst at the ... Council on Energy, Environment and Water think tank, told"). Rules
named no one: 3,922 parses (108,840 tokens), 862 changed (22%). Second chance: 969 parsed, 609 read, 56 changed.
"""
from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="one JSON line per needs_parse sentence")
    args = ap.parse_args()

    import tasks.core.claims.extract as ex
    from bench.claims_eval import corpus_texts
    from tasks.core.claims.speaker import UNKNOWN

    real_find, real_add, real_parse = ex.find_claims, ex.add_parse_claims, ex.parse_sentences
    stats = {"parses": 0, "tokens": 0, "calls": 0, "second_read": 0, "second_changed": 0}
    recs: list[dict] = []
    doc_no = [0]

    def sig(found):
        return sorted((c.actor.key, c.verb, c.subj_start, c.subj_end, c.verb_start) for c in found if c.actor is not UNKNOWN)

    def find(sent, mem, parsed=None, opened=False, syntax_on=False, opens_line=False):
        if parsed is None:
            return real_find(sent, mem, parsed, opened, syntax_on, opens_line)
        alone = real_find(sent, copy.deepcopy(mem), None, opened, syntax_on, opens_line)
        out = real_find(sent, mem, parsed, opened, syntax_on, opens_line)
        recs.append({"doc": doc_no[0], "sent": sent, "tokens": len(parsed), "changed": sig(alone) != sig(out),
                     "named": any(c.actor is not UNKNOWN for c in alone),
                     "rules": [(c.actor.key, c.verb) for c in alone if c.actor is not UNKNOWN],
                     "with_parse": [(c.actor.key, c.verb, c.rule) for c in out if c.actor is not UNKNOWN]})
        return out

    def add(sent, doc, found, mem, opened=False):
        before = sig(found)
        real_add(sent, doc, found, mem, opened)
        stats["second_read"] += 1
        stats["second_changed"] += sig(found) != before

    def parse(texts):
        docs = real_parse(texts)
        stats["calls"] += 1
        stats["parses"] += len(texts)
        stats["tokens"] += sum(len(d) for d in docs)
        return docs

    ex.find_claims, ex.add_parse_claims, ex.parse_sentences = find, add, parse
    try:
        n = 0
        for i, title, body in corpus_texts():
            doc_no[0], n = i, n + 1
            ex.extract_claims(title, body, published_year=2022)
    finally:
        ex.find_claims, ex.add_parse_claims, ex.parse_sentences = real_find, real_add, real_parse
    print(f"{n} texts: {stats['parses']} parses ({stats['tokens']} tokens) in {stats['calls']} calls")
    for named, label in ((True, "rules already named a speaker"), (False, "rules named no one")):
        part = [r for r in recs if r["named"] is named]
        changed = sum(r["changed"] for r in part)
        print(f"needs_parse, {label}: {len(part)} parses ({sum(r['tokens'] for r in part)} tokens); the parse changed "
              f"the rows of {changed} ({changed / max(1, len(part)):.0%})")
    second = stats["parses"] - len(recs)
    print(f"second chance (worth_parsing): {second} parsed, {stats['second_read']} read, {stats['second_changed']} changed")
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


if __name__ == "__main__":
    main()
