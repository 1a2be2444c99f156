"""What one sentence yields, and why: the rows, the rule that made each and how its claimant was resolved."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import extract_claims
from .parse import load_parser, parse_sentences
from .sentences import plain_quotes
from .parse_gates import needs_parse
from .syntax import find_cues


@dataclass
class Explanation:
    sentences: list[str]
    parsed: list[bool]  # whether the syntactic core parsed each sentence
    cues: list[list[str]]  # what the parse showed in each sentence (cue, source, rule), parsed or not
    claims: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    degraded: list[str] = field(default_factory=list)  # sentences whose parse could not be read (Extraction.degraded)


def explain(sentence: str, context: str = "", title: str | None = None, published_year: int | None = None) -> Explanation:
    """Extract `sentence` as the last paragraph of an article whose earlier text is `context` (so that "he",
    "the ministry" and the story's country resolve as they would there); report only the sentence's own rows."""
    context = context.strip("\n")
    text = f"{context}\n{sentence.strip()}" if context else sentence.strip()
    offset = len(text) - len(sentence.strip())
    ex = extract_claims(title, text, published_year=published_year)
    mine = [s for s in ex.sentences if s.section == "body" and s.start >= offset]
    idx = {s.index for s in mine}
    actors = {a.key: a for a in ex.actors}
    out = Explanation([s.text for s in mine], [needs_parse(s.text) for s in mine], [], degraded=ex.degraded)
    docs = parse_sentences([plain_quotes(s.text, singles=True) for s in mine]) if load_parser() is not None else []
    for doc in docs:
        out.cues.append([f"{c.verb!r} <- {doc.text[c.src_start:c.src_end]!r} ({c.rule}{', in a quotation' if c.in_quote else ''})"
                         for c in find_cues(doc)])
    for c in ex.claims:
        if c.sentence_index not in idx:
            continue
        a = actors[c.claimant_key]
        out.claims.append({"sentence": c.sentence_index - min(idx) + 1, "claimant": a.name, "kind": a.kind,
                           "country": a.country, "claimant_text": c.claimant_text, "verb": c.reporting_verb,
                           "claim_type": c.claim_type, "direct_quote": c.is_direct_quote, "quote": c.quote,
                           "target_country": c.target_country, "rule": c.rule, "resolved_by": c.resolved_by})
    for f in ex.figures:
        if f.sentence_index not in idx:
            continue
        a = actors.get(f.claimant_key) if f.claimant_key else None
        out.figures.append({"sentence": f.sentence_index - min(idx) + 1, "measure": f.measure, "value": f.value,
                            "qualifier": f.qualifier, "value_text": f.value_text, "subject_country": f.subject_country,
                            "claimant": a.name if a else None, "claimant_country": a.country if a else None,
                            "event_year": f.event_year})
    return out
