"""`newsclaims explain "SENTENCE" [--context FILE]`: the rows one sentence yields and why."""
from __future__ import annotations

import argparse
from pathlib import Path

from newsclaims.errors import UsageError

NAME = "explain"
HELP = "show the claims and figures one sentence yields, each with its rule and how its claimant was resolved"
DESCRIPTION = ("Extract SENTENCE as the last paragraph of an article (whose earlier text is --context, so that "
               "'he', 'the ministry' and the story's country resolve as they would there) and print its rows: "
               "claimant, verb, the named rule that made the row and how the claimant was resolved.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sentence", help="the sentence (or paragraph) to explain")
    p.add_argument("--context", help="a text file with the article text before the sentence")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--json", action="store_true", help="print the explanation as JSON")


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    context = ""
    if args.context:
        try:
            context = Path(args.context).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read context file {args.context}: {exc}") from None
    if not args.sentence.strip():
        raise UsageError("the sentence is empty")
    from tasks.core.claims.explain import explain

    ex = explain(args.sentence, context, title=args.title)
    if args.json:
        print(json.dumps(asdict(ex), ensure_ascii=False, indent=2))
        return 0
    for i, (text, parsed, cues) in enumerate(zip(ex.sentences, ex.parsed, ex.cues or [[]] * len(ex.sentences)), 1):
        print(f"sentence {i}: {text}")
        print(f"  parsed before the rules: {'yes' if parsed else 'no'}; the parse's cues: {'; '.join(cues) or 'none'}")
    for c in ex.claims:
        print(f"claim (sentence {c['sentence']}): {c['claimant']} [{c['kind']}, {c['country'] or '-'}] "
              f"'{c['claimant_text']}' {c['verb']} ({c['claim_type']}{', direct quote' if c['direct_quote'] else ''})"
              f"\n  rule: {c['rule']}; claimant resolved by: {c['resolved_by']}")
    for f in ex.figures:
        print(f"figure (sentence {f['sentence']}): {f['measure']} {f['value_text'] or f['value']} ({f['qualifier']}), "
              f"subject {f['subject_country'] or '-'}, claimant {f['claimant'] or '-'}")
    if not ex.claims and not ex.figures:
        print("no claims or figures")
    for d in ex.degraded:  # a bug to report: the rows above are the rules' alone for that sentence
        print(f"the parse of {d.split(':', 1)[0]} could not be read ({d.split(': ', 1)[1]}): rules only")
    return 0
