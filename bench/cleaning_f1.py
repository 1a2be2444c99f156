"""Bag-of-words F1 of cleaned text against the corpus truth texts, for several cleaners.

Usage: python bench/cleaning_f1.py [CORPUS_DIR] [--configs default,project,...]
The baseline row is trafilatura's own default `extract()`; the `project` row is what
newsclaims stores (tasks.core.clean_html.clean_html).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from tasks.core.textmetrics import bow_f1  # noqa: E402


def load_truth_pages(corpus: Path):
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("truth_path"):
            html = gzip.decompress((corpus / row["path"]).read_bytes())
            truth = (corpus / row["truth_path"]).read_text(encoding="utf-8")
            yield row, html, truth


def cleaners():
    from tasks.core.clean_html import clean_html
    from tasks.core.decode import decode_bytes

    return {
        "default": lambda html, url: trafilatura.extract(html, url=url) or "",
        "no_comments": lambda html, url: trafilatura.extract(html, url=url, include_comments=False) or "",
        "recall": lambda html, url: trafilatura.extract(html, url=url, favor_recall=True) or "",
        "recall_no_comments": lambda html, url: trafilatura.extract(
            html, url=url, favor_recall=True, include_comments=False) or "",
        "project": lambda html, url: _project_text(clean_html, decode_bytes, html, url),
    }


def _project_text(clean_html, decode_bytes, html: bytes, url):
    try:
        doc = clean_html(decode_bytes(html, is_html=True), url=url)
    except Exception:  # a rejected page scores as empty text
        return ""
    return "\n".join(filter(None, [doc.text]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--configs", default="default,project")
    args = ap.parse_args()
    pages = list(load_truth_pages(Path(args.corpus)))
    table = cleaners()
    for name in args.configs.split(","):
        fn = table[name]
        t0 = time.perf_counter()
        scores = [bow_f1(fn(html, row.get("url")), truth) for row, html, truth in pages]
        dt = time.perf_counter() - t0
        print(f"{name:22s} pages={len(scores)} mean_f1={sum(scores) / len(scores):.4f} time={dt:.1f}s")


if __name__ == "__main__":
    main()
