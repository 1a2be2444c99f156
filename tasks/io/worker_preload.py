"""Imported once by the pool's fork server (tasks/io/workers.py), before it forks any worker.

Every start-up a worker would otherwise pay for itself happens here, once per flow process, and
each forked worker inherits it: importing trafilatura and the extractor (and compiling all its patterns: load_extractor),
loading the spaCy parser and the language model, and dateparser's per-locale patterns (htmldate
falls back to dateparser; its first call compiles them for every locale, about 2 s). Measured with
spawned workers (bench/clean_profile.py): about 3 s importing the extractor, 1.7 s for the first
document and 2 s for the first dateparser fallback, per worker and again for every replaced pool.

Only this module's import does the work: the fork server imports the modules it is told to
preload and nothing else. A failure here must never stop the pool: workers then warm up lazily.
The fork server's quick exit is tasks/io/fork_server_exit.py, preloaded after this one.
"""
from __future__ import annotations

import os

# One BLAS thread per worker: the pool's other workers already use the other cores (set before
# numpy is imported anywhere in this process, so OpenBLAS never starts its own threads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# A short page that goes through every stage: HTML cleaning with metadata, language detection,
# the claim rules and the parser's second chance on a reported-speech sentence.
_SAMPLE = (
    b"<html lang='en'><head><title>Council approves the new budget</title>"
    b"<meta property='article:published_time' content='2021-03-03T10:00:00+00:00'></head><body>"
    b"<article><h1>Council approves the new budget</h1>"
    b"<p>The city council approved a budget of 12 million dollars on Tuesday, officials said.</p>"
    b"<p>\"We made the case that schools come first,\" the mayor, Jane Smith, told reporters.</p>"
    b"<p>Critics argued that the plan, which raises fees by 3 percent, would hurt small shops.</p>"
    b"</article></body></html>"
)


def warm() -> None:
    from tasks.core.regex_cache import caching

    # Every `regex` pattern compiled meanwhile (the extractor's, dateparser's ~1,000 locale patterns: ~5 s of the
    # ~9 s warm-up) comes from the compiled-pattern cache of an earlier run when there is one.
    with caching():
        from htmldate.extractors import get_external_parser

        from tasks.core.claims.parse import load_parser
        from tasks.core.process import RawDoc, load_extractor, process_document

        load_extractor()
        load_parser()
        process_document(RawDoc("warm-up", _SAMPLE, is_html=True))
        get_external_parser().get_date_data("Zuletzt aktualisiert am 3. März 2021")


try:
    warm()
except Exception:  # noqa: BLE001 - a worker that is not warmed up still works, only slower
    pass
