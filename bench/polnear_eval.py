"""Score the extractor on PolNeAR (complete attribution annotations of US political news), by split.

Usage: python bench/polnear_eval.py [--split dev|test|all] [--examples N] [--json OUT] [--keep DB] [--workers K]
       python bench/polnear_eval.py --fast [--no-syntax] [--sample N] [--rows OUT] [--misses OUT]   (dev only: in-process, per-rule precision)

The 837 articles of ../shared/polnear-train are split once and for all by a hash of the document
name (`split_of`): about 80% dev (tune on it), about 20% test (a measurement only: never read its
misses). The split's article files are ingested with the real flow into a temporary DuckDB file,
then scored with the official ../shared/tools/score_attributions.py (which only counts the
articles present in the DB, so the split needs no filtering on its side).
--fast skips the flow and the DB: each dev article goes through the same per-document pipeline
(tasks.core.process) in a process pool, and the official scorer's own matching functions score
the rows, broken down by the rule that made each row (claimant canonicalisation across articles,
which the DB's actor_aliases adds, is left out: the numbers are close to, not equal to, the flow's).
PolNeAR has no licence: nothing of it is copied into the repository.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup(own_prefect_home=False)

SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
POLNEAR = SHARED / "polnear-train"
SCORER = SHARED / "tools" / "score_attributions.py"


def split_of(doc: str) -> str:
    """'test' for about one document in five, 'dev' for the rest: fixed by the name, not by order or seed."""
    return "test" if int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "dev"


def split_files(split: str, polnear: Path = POLNEAR) -> list[Path]:
    files = sorted((polnear / "articles").rglob("*.txt"))
    return [f for f in files if split == "all" or split_of(f.stem) == split]


def fast_files(polnear: Path) -> list[Path]:
    """The articles --fast reads: PolNeAR's dev split, or every article of another folder in PolNeAR's layout (a blind
    sample's dev half is its own split; PolNeAR's hash would drop about one article in five of it)."""
    return split_files("dev" if polnear.resolve() == POLNEAR.resolve() else "all", polnear)


def _extract(path: str, syntax: bool) -> tuple[str, list[dict]]:
    from tasks.core.process import ProcessedDoc, RawDoc, process_document
    if not syntax:
        os.environ["NEWSCLAIMS_NO_PARSER"] = "1"
    p = Path(path)
    doc = process_document(RawDoc(f"articles/{p.name}", p.read_bytes(), is_html=False))
    if not isinstance(doc, ProcessedDoc):
        return p.stem, []
    ex = doc.extraction
    actors = {a.key: a for a in ex.actors}
    return p.stem, [{"article_key": doc.key, "evidence": ex.sentences[c.sentence_index].text,
                     "claimant": actors[c.claimant_key].name, "claimant_text": c.claimant_text,
                     "reporting_verb": c.reporting_verb, "rule": c.rule, "claim_type": c.claim_type}
                    for c in ex.claims]


def fast(args, polnear: Path) -> None:
    """In-process extraction of the dev split, scored with the official scorer's matching rule, per rule."""
    import importlib.util
    import json
    from collections import Counter, defaultdict
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    spec = importlib.util.spec_from_file_location("score_attributions", SCORER)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    files = fast_files(polnear)
    if args.sample:  # every k-th dev article: a fixed subset for quick comparisons while the machine is busy
        files = files[args.sample_from::max(1, len(files) // args.sample)][:args.sample]
    with ProcessPoolExecutor(args.workers) as pool:
        got = dict(pool.map(partial(_extract, syntax=not args.no_syntax), [str(f) for f in files], chunksize=8))
    gold = [json.loads(x) for x in (polnear / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = [g for g in gold if g["doc"] in got and g["source"]["type"] != "none"]
    by_doc = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    arts = {f.stem: sc.Article(f.read_text(encoding="utf-8")) for f in files}
    hit_gold: set[int] = set()
    per_rule: Counter = Counter()
    ok_rule: Counter = Counter()
    rows_out = []
    for d, rows in got.items():
        for r in rows:
            span = arts[d].locate(r["evidence"] or "")
            ev = sc.normalise(r["evidence"] or "")[0]
            match = []
            for g in by_doc[d]:
                here = (span and sc.overlap(span, g["region"]) >= 0.3 * (span[1] - span[0])) or \
                    (g.get("anchor") and sc.normalise(g["anchor"])[0] in ev)
                if here and sc.source_match(g, r):
                    match.append(id(g))
            per_rule[r["rule"]] += 1
            ok_rule[r["rule"]] += bool(match)
            hit_gold.update(match)
            rows_out.append({**r, "doc": d, "ok": bool(match)})
    n = sum(per_rule.values())
    p = sum(ok_rule.values()) / max(1, n)
    rec = len(hit_gold) / max(1, len(gold))
    print(f"FAST dev ({len(got)} docs, syntax={'off' if args.no_syntax else 'on'}): precision {p:.3f} ({sum(ok_rule.values())}/{n}) "
          f"recall {rec:.3f} ({len(hit_gold)}/{len(gold)}) F1 {2 * p * rec / max(1e-9, p + rec):.3f}")
    for rule, k in per_rule.most_common():
        print(f"  {rule:<22} rows {k:>5}  precision {ok_rule[rule] / k:.3f}")
    for field, key in (("cue class", lambda g: g["cue"]["cls"]), ("source", lambda g: g["source"]["type"])):
        tot, hit = Counter(map(key, gold)), Counter(key(g) for g in gold if id(g) in hit_gold)
        print(f"  recall by {field}: " + ", ".join(f"{k} {hit[k] / n:.3f} ({n})" for k, n in tot.most_common()))
    if args.misses:
        Path(args.misses).write_text("\n".join(json.dumps({k: g[k] for k in ("doc", "source", "cue", "cue_sentence")},
                                                          ensure_ascii=False) for g in gold if id(g) not in hit_gold),
                                     encoding="utf-8")
    if args.rows:
        Path(args.rows).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows_out), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--examples", type=int, default=0, help="print N random misses / unmatched rows (dev only)")
    ap.add_argument("--json", help="write every miss and unmatched row here (dev only)")
    ap.add_argument("--keep", help="keep the DB at this path (default: a temp file)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--polnear", default=str(POLNEAR))
    ap.add_argument("--fast", action="store_true", help="in-process, no DB, per-rule precision (dev only)")
    ap.add_argument("--sample", type=int, default=0, help="with --fast: only N dev articles, evenly spread")
    ap.add_argument("--sample-from", type=int, default=0, help="with --sample: start at this dev article (another subset)")
    ap.add_argument("--no-syntax", action="store_true", help="with --fast: the rules alone (the ablation)")
    ap.add_argument("--rows", help="with --fast: write every row with its rule and whether it matched")
    ap.add_argument("--misses", help="with --fast: write every gold attribution no row matched")
    args = ap.parse_args()
    if args.fast:
        return fast(args, Path(args.polnear))
    if (args.examples or args.json) and args.split != "dev":
        ap.error("--examples / --json only with --split dev: the test split stays a measurement")
    polnear = Path(args.polnear)
    if not (polnear / "gold.jsonl").is_file():
        sys.exit(f"no PolNeAR data at {polnear}")

    from flows.ingest import ingest_flow

    files = split_files(args.split, polnear)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        db = args.keep or str(Path(tmp) / "polnear.duckdb")
        if args.keep and Path(db).exists():
            Path(db).unlink()
        counts = ingest_flow(paths=[str(folder)], db=db, workers=args.workers)
        print(f"split={args.split} articles={len(files)} ingest seconds={counts.get('seconds')}", flush=True)
        cmd = [sys.executable, str(SCORER), db, str(polnear / "gold.jsonl")]
        if args.examples:
            cmd += ["--examples", str(args.examples)]
        if args.json:
            cmd += ["--json", args.json]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
