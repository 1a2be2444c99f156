"""Print extracted claims and figures for corpus news articles, for reading by eye.

Usage: .venv/bin/python bench/claims_corpus.py [N_ARTICLES] [--figures-only] [--offset K]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.claims_eval import CORPUS, corpus_texts  # noqa: E402
from tasks.core.claims import extract_claims  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 15
    off = int(sys.argv[sys.argv.index("--offset") + 1]) if "--offset" in sys.argv else 0
    news = {json.loads(l)["id"] for l in (CORPUS / "manifest.jsonl").open() if json.loads(l).get("newsarticle_markup")}
    shown = 0
    for i, title, body in corpus_texts():
        if i not in news:
            continue
        ex = extract_claims(title, body, published_year=2022)
        if not ex.claims and not ex.figures:
            continue
        shown += 1
        if shown <= off:
            continue
        if shown > off + n:
            break
        actors = {a.key: a for a in ex.actors}
        print(f"\n######## {i}  ({len(ex.sentences)} sentences)")
        for f in ex.figures:
            a = actors.get(f.claimant_key)
            print(f"  FIG {f.measure} v={f.value} q={f.qualifier} t={f.value_text!r} subj={f.subject_country}/{f.subject_group} "
                  f"yr={f.event_year} by={a.name if a else None}/{a.country if a else None}\n      | {ex.sentences[f.sentence_index].text[:220]}")
        if "--figures-only" in sys.argv:
            continue
        for c in ex.claims:
            a = actors[c.claimant_key]
            print(f"  CLM {a.name}/{a.country}/{a.kind} [{c.claimant_text}] {c.reporting_verb} {c.claim_type} "
                  f"q={c.is_direct_quote} tgt={c.target_country}\n      | {ex.sentences[c.sentence_index].text[:200]}")


if __name__ == "__main__":
    main()
