#!/usr/bin/env python3
"""Validate the held-out gold: every anchor must be an exact substring of its doc's truth text.

Usage: python3 tests/data/heldout/check_anchors.py [GOLD.jsonl] [--truth DIR]

The truth texts live in the shared, read-only corpus (/work/shared/corpus/truth, or $NEWSCLAIMS_TRUTH_DIR).
If that folder is absent the check is skipped (exit 0), so it is safe to run anywhere.
Exit status 1 if any anchor is missing or a row is malformed.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "heldout-claims.jsonl")
DEFAULT_TRUTH = os.environ.get("NEWSCLAIMS_TRUTH_DIR", "/work/shared/corpus/truth")

QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to", "vague", "undisclosed"}
MEASURES = {"killed", "wounded", "casualties", "displaced", "detained", "missing", "deployed", "area", "protesters"}
CLAIM_TYPES = {"statement", "accusation", "denial", "appeal"}
KINDS = {"country", "person", "organization", "media"}
# abbreviations that end in a full stop but do not end a sentence
ABBREV = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cmdr|Gen|Sen|Rep|St|Nov|Oct|Dec|Jan|Feb|Aug|Sept?|U\.S|U\.N|U\.K)\.$")


def spans_sentences(anchor):
    """True if the anchor seems to cross a sentence boundary (full stop + capital, not after an abbreviation)."""
    for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z“\"])", anchor):
        if not ABBREV.search(anchor[: m.start() + 1]):
            return True
    return "\n" in anchor


def check_claimant(c, where, errors):
    if not isinstance(c, dict) or set(c) != {"name", "kind", "country"}:
        errors.append(f"{where}: malformed claimant {c!r}")
    elif c["kind"] not in KINDS:
        errors.append(f"{where}: bad claimant kind {c['kind']!r}")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    gold = args[0] if args else DEFAULT_GOLD
    truth_dir = DEFAULT_TRUTH
    if "--truth" in argv:
        truth_dir = argv[argv.index("--truth") + 1]
        if truth_dir in args:
            args.remove(truth_dir)
    if not os.path.isdir(truth_dir):
        print(f"SKIP: truth folder {truth_dir} not found (shared corpus absent)")
        return 0
    errors, warnings, n = [], [], 0
    texts = {}
    with open(gold, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            r = json.loads(line)
            where = f"line {lineno} ({r.get('doc')})"
            doc = r["doc"]
            if doc not in texts:
                path = os.path.join(truth_dir, doc + ".txt")
                if not os.path.exists(path):
                    errors.append(f"{where}: no truth text {path}")
                    texts[doc] = None
                    continue
                texts[doc] = open(path, encoding="utf-8").read()
            text = texts[doc]
            if text is None:
                continue
            anchor = r["anchor"]
            if anchor not in text:
                errors.append(f"{where}: anchor not in truth text: {anchor!r}")
            if spans_sentences(anchor):
                errors.append(f"{where}: anchor seems to span sentences: {anchor!r}")
            words = len(anchor.split())
            lo = 5 if r["kind"] == "figure" else 4
            if not lo <= words <= 15:
                warnings.append(f"{where}: anchor has {words} words: {anchor!r}")
            if not isinstance(r.get("required"), bool):
                errors.append(f"{where}: required must be a bool")
            if r["kind"] == "figure":
                if r["measure"] not in MEASURES:
                    errors.append(f"{where}: unknown measure {r['measure']!r}")
                if r["qualifier"] not in QUALIFIERS:
                    errors.append(f"{where}: unknown qualifier {r['qualifier']!r}")
                if (r["value"] is None) != (r["qualifier"] in {"vague", "undisclosed"}):
                    errors.append(f"{where}: value/qualifier mismatch")
                if r["qualifier"] == "vague" and not r.get("value_text"):
                    errors.append(f"{where}: vague figure without value_text")
                if r["claimant"] is not None:
                    check_claimant(r["claimant"], where, errors)
                if not isinstance(r.get("event_year"), int):
                    errors.append(f"{where}: event_year must be an int")
            elif r["kind"] == "attribution":
                if r["claim_type"] not in CLAIM_TYPES:
                    errors.append(f"{where}: unknown claim_type {r['claim_type']!r}")
                if not r["claimants"]:
                    errors.append(f"{where}: attribution without claimants")
                for c in r["claimants"]:
                    check_claimant(c, where, errors)
                if not isinstance(r.get("direct_quote"), bool):
                    errors.append(f"{where}: direct_quote must be a bool")
            else:
                errors.append(f"{where}: unknown kind {r['kind']!r}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{n} rows checked, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
