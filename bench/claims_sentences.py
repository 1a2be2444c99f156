"""Compare sentence splitters: our rule-based splitter vs pysbd (PyPI), on accuracy and speed.

Accuracy: tests/data/claims_sentences.jsonl, hand-checked tricky cases (abbreviations, initials,
decimals, quotes after periods, dotted acronyms). Speed: every corpus truth text.
Usage: .venv/bin/python bench/claims_sentences.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.claims_eval import corpus_texts  # noqa: E402
from tasks.core.claims.sentences import split_sentences  # noqa: E402

CASES = ROOT / "tests/data/claims_sentences.jsonl"


def pysbd_splitter():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for line in text.split("\n") for s in seg.segment(line) if s.strip()]


def main() -> None:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [body for _, _, body in corpus_texts()]
    chars = sum(map(len, texts))
    splitters = {"rules (sentences.py)": split_sentences, "pysbd 0.3.4": pysbd_splitter()}
    base = None
    for name, split in splitters.items():
        ok = sum(split(c["text"]) == c["sentences"] for c in cases)
        fails = [c["text"][:60] for c in cases if split(c["text"]) != c["sentences"]]
        t0 = time.perf_counter()
        n = sum(len(split(t)) for t in texts)
        dt = time.perf_counter() - t0
        agree = ""
        if base is None:
            base = [split(t) for t in texts]
        else:
            same = sum(a == split(t) for a, t in zip(base, texts))
            agree = f"; identical output on {same}/{len(texts)} texts"
        print(f"{name:22s} tricky cases {ok}/{len(cases)}  corpus: {n} sentences in {dt * 1000:.0f} ms "
              f"({dt / len(texts) * 1000:.2f} ms/article, {chars / dt / 1e6:.2f} MB/s){agree}")
        for f in fails:
            print(f"    failed: {f}")


if __name__ == "__main__":
    main()
