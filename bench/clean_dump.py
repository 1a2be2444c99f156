"""Dump the cleaner's output for every corpus page (JSON lines), to check that a change to cleaning changes nothing.

Usage: .venv/bin/python bench/clean_dump.py OUT.jsonl [--limit N]
       diff <(jq -c . A.jsonl) <(jq -c . B.jsonl)   # or cmp A.jsonl B.jsonl

Each page goes through what process_document does before extraction (decode, tasks.core.process._clean:
clean_html, the known metadata, language), twice: without a URL (as `newsclaims ingest` of files) and with the
manifest's URL (as a fetched page). A reject is dumped as its message. Prints the CPU seconds of the cleaning.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from dataclasses import asdict
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
CORPUS = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    from tasks.core.clean_html import CleanError
    from tasks.core.decode import decode_bytes
    from tasks.core.process import RawDoc, _clean

    urls = {}
    for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        urls[Path(row["path"]).name] = row.get("url")
    pages = sorted((CORPUS / "pages").glob("*.html.gz"))
    if args.limit:
        pages = pages[:args.limit]
    cpu = 0.0
    with open(args.out, "w", encoding="utf-8") as out:
        for p in pages:
            data = gzip.decompress(p.read_bytes())
            for url in (None, urls.get(p.name)):
                t = time.process_time()
                text = decode_bytes(data, is_html=True)
                raw = RawDoc(p.name, data, is_html=True, url=url)
                try:
                    got = asdict(_clean(text, True, raw))
                except CleanError as exc:
                    got = {"reject": str(exc)}
                cpu += time.process_time() - t
                out.write(json.dumps({"page": p.name, "url": url, **got}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(pages)} pages x 2, cleaning CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
