"""A probe of figure countries (claimant country, subject country) on unannotated, non-test news.

Usage: python bench/figure_country_probe.py OUT.jsonl                    (extract: every figure row)
       python bench/figure_country_probe.py OUT.jsonl --sample N --seed S [--exclude KEYS ...] [--keys-out KEYS]
                                            [--with-null]   (also rows that name no country at all)
       python bench/figure_country_probe.py OUT.jsonl --keys-in KEYS          (the same rows in another run)

Texts: the PolNeAR dev split (never its test split), the corpus truth texts, the corpus pages that have none (cleaned
from HTML by the real pipeline) and the ECB+ texts of the held-out dev
topics, less every document of a held-out TEST gold file and every ECB+ text of a test topic. None of them has
figure gold: the sample is judged by hand against CLAIMS.md (national bodies -> their country; local police and
officials -> the story's country; international bodies -> null; subject: whose people / where). --exclude leaves
out the rows of an earlier sample, so a second sample is fresh. The pool is small (about 420 rows, 380 with a country):
session 17 judged every row with a country (its keys: tune, fresh, rest), so session 18 drew from its fresh 100 and the
rows with no country (--with-null), and checked on news pages from outside the project.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup()
sys.path.insert(0, str(ROOT / "bench"))

from heldout_eval import DEV, DEV_FILES, HELDOUT, load_gold  # noqa: E402
from polnear_eval import POLNEAR, SHARED, split_files  # noqa: E402

ECB = SHARED / "events" / "ecbplus-dev"


def _test_exclusions() -> tuple[set[str], set[int], set[int]]:
    """(docs of the held-out test split, ECB+ topics of the test split, ECB+ topics of the dev split)."""
    gold = load_gold(sorted(HELDOUT.glob("*.jsonl")))
    dev = DEV | {g["doc"] for g in load_gold([HELDOUT / f for f in DEV_FILES if (HELDOUT / f).is_file()])}
    test = {g["doc"] for g in gold} - dev
    topic = {json.loads(x)["file"][:-4]: json.loads(x)["topic"]
             for x in (ECB / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    test_topics = {topic[d] for d in test if d in topic}
    dev_topics = {topic[d] for d in dev if d in topic} - test_topics
    return test, test_topics, dev_topics


def texts() -> list[tuple[str, str, str, int | None]]:
    test, _test_topics, dev_topics = _test_exclusions()
    topic = {json.loads(x)["file"][:-4]: json.loads(x)["topic"]
             for x in (ECB / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    out = []
    for p in sorted((SHARED / "corpus" / "truth").glob("*.txt")):
        if p.stem in test:
            continue
        paras = [" ".join(x.split()) for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n")]
        out.append(("corpus/" + p.stem, "", "\n".join(x for x in paras if x), 2022))
    for p in sorted((ECB / "articles").glob("*.txt")):
        if p.stem in test or topic.get(p.stem) not in dev_topics:
            continue
        lines = p.read_text(encoding="utf-8", errors="replace").split("\n\n")
        title, body = lines[0].strip(), "\n".join(" ".join(x.split()) for x in lines[1:] if x.strip())
        out.append(("ecb/" + p.stem, title, body, None))
    # corpus pages with no truth text: cleaned from their HTML by the real pipeline
    for x in (SHARED / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(x) if x.strip() else {}
        if m and not m.get("truth_path") and m["id"] not in test and m.get("lang") == "en":
            out.append(("page/" + m["id"], "", str(SHARED / "corpus" / m["path"]), None))
    meta = {json.loads(x)["doc"]: json.loads(x) for x in (POLNEAR / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()}
    for p in split_files("dev", POLNEAR):
        m = meta.get(p.stem, {})
        year = int(m["date"][:4]) if m.get("date") else None
        paras = [" ".join(x.split()) for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n")]
        out.append(("polnear/" + p.stem, m.get("title") or "", "\n".join(x for x in paras if x), year))
    return out


def rows(item: tuple[str, str, str, int | None]) -> list[dict]:
    from tasks.core.claims import extract_claims
    doc, title, body, year = item
    if doc.startswith("page/"):
        from tasks.core.process import ProcessedDoc, RawDoc, process_document
        data = Path(body).read_bytes()
        got = process_document(RawDoc(Path(body).name[:-3], gzip.decompress(data) if body.endswith(".gz") else data,
                                      is_html=True))
        if not isinstance(got, ProcessedDoc):
            return []
        ex, title = got.extraction, got.cleaned.title or ""
    else:
        ex = extract_claims(title, body, published_year=year)
    actors = {a.key: a for a in ex.actors}
    out = []
    for f in ex.figures:
        a = actors.get(f.claimant_key)
        s = ex.sentences[f.sentence_index]
        prev = ex.sentences[f.sentence_index - 1].text if f.sentence_index else ""
        out.append({"doc": doc, "title": title[:200], "sent": s.text[:600], "prev": prev[:300],
                    "text": f.value_text, "measure": f.measure, "subject": f.subject_country, "group": f.subject_group,
                    "claimant": a.name if a else None, "kind": a.kind if a else None, "country": a.country if a else None})
    return out


def key(r: dict) -> str:
    return f"{r['doc']}|{r['sent'][:120]}|{r['text']}|{r['measure']}"


def sample(all_rows: list[dict], n: int, seed: int, exclude: set[str], with_null: bool = False) -> list[dict]:
    """n rows drawn by seed; with_null also draws rows that name no country at all (a missing country is an error too)."""
    pool = sorted({key(r): r for r in all_rows
                   if key(r) not in exclude and (with_null or r["subject"] or r["country"])}.values(), key=key)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def show(rows: list[dict]) -> str:
    return "".join(f"[{i}] {r['doc']} | {r['title'][:100]}\n    prev: {r['prev'][:200]}\n    sent: {r['sent']}\n"
                   f"    -> {r['measure']} '{r['text']}' subject={r['subject']} ({r['group']}) "
                   f"claimant={r['claimant']} [{r['kind']}] {r['country']}\n\n" for i, r in enumerate(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--exclude", action="append", default=[], help="with --sample: a keys file of rows to leave out")
    ap.add_argument("--with-null", action="store_true", help="with --sample: also rows with no country at all")
    ap.add_argument("--keys-out", help="with --sample: write the sample's keys here")
    ap.add_argument("--keys-in", help="print the rows of this keys file as OUT has them (before / after)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.sample or args.keys_in:
        all_rows = [json.loads(x) for x in Path(args.out).read_text(encoding="utf-8").splitlines() if x.strip()]
        if args.keys_in:  # the rows of an earlier sample, as this run reads them (None: the row is gone)
            by_key = {key(r): r for r in all_rows}
            keys = json.loads(Path(args.keys_in).read_text(encoding="utf-8"))
            got = [by_key.get(k) or {"doc": k, "title": "", "prev": "", "sent": "(gone)", "measure": None, "text": None,
                                     "subject": None, "group": None, "claimant": None, "kind": None, "country": None}
                   for k in keys]
        else:
            exclude = set()
            for f in args.exclude:
                exclude |= set(json.loads(Path(f).read_text(encoding="utf-8")))
            got = sample(all_rows, args.sample, args.seed, exclude, args.with_null)
            if args.keys_out:
                Path(args.keys_out).write_text(json.dumps([key(r) for r in got], indent=0), encoding="utf-8")
        print(show(got), end="")
        return
    items = texts()
    with ProcessPoolExecutor(args.workers) as pool:
        got = [r for rs in pool.map(rows, items, chunksize=8) for r in rs]
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in got), encoding="utf-8")
    print(f"{len(items)} texts, {len(got)} figure rows ({sum(1 for r in got if r['subject'] or r['country'])} with a country)"
          f" -> {args.out}")


if __name__ == "__main__":
    main()
