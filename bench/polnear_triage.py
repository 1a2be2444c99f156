"""Where PolNeAR dev misses stand in the pipeline: a first sort before judging misses by hand (dev only).

Usage: python bench/polnear_triage.py MISSES ROWS [--json OUT]
  MISSES, ROWS: the files `bench/polnear_eval.py --fast --misses MISSES --rows ROWS` wrote (dev split only).

Each miss (a gold attribution no row matched) falls in one bin:
  row_in_region      a row of ours lies in the gold's sentences, with another source (another claim, or source words
                     the scorer does not match: a pronoun gold whose row names the antecedent, a shorter phrase)
  cue_found_*        no row there, yet find_cues reads a cue at the gold cue: the source was not resolved or refused
  other_cue_*        find_cues reads another cue in the sentence, not this one
  no_cue_*           find_cues reads no cue in the sentence at all
  (*_unparsed: the pipeline never parsed the sentence, parse_gates let it pass; the triage parses it anyway)
find_cues is the syntactic core's reader of the parse, so "no cue" means no cue of our verb classes and shapes with a
plausible source, not that the parser missed something: in a hand-judged sample of 150 dev misses (session 15) 73% were
out of scope (acts, bare stances, intentions) and the in-scope rest mostly cue shapes we do not read, then misparses.
PolNeAR has no licence: nothing of it is written into the repository.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

import benchenv  # noqa: E402

ROOT = benchenv.setup(own_prefect_home=False)

from polnear_eval import POLNEAR, SCORER  # noqa: E402


def _key(g: dict) -> tuple:
    return g["doc"], json.dumps(g["cue"]["spans"]), json.dumps(g["source"]["spans"])


def triage(misses_path: Path, rows_path: Path, polnear: Path = POLNEAR, scorer: Path = SCORER) -> tuple[list[dict], Counter]:
    """Every miss of `misses_path` with its bin (the module docstring's), and the count of each bin. `polnear`: the
    folder with gold.jsonl and articles/; `scorer`: score_attributions.py, whose Article locates sentences."""
    from tasks.core.claims.parse import parse_sentences
    from tasks.core.claims.parse_gates import mask_names
    from tasks.core.claims.syntax import find_cues
    from tasks.core.process import RawDoc, _begin_document, _finish_document

    spec = importlib.util.spec_from_file_location("score_attributions", scorer)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gold = {_key(g): g for g in map(json.loads, (polnear / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    misses = defaultdict(list)
    for m in map(json.loads, Path(misses_path).read_text(encoding="utf-8").splitlines()):
        misses[m["doc"]].append(gold[_key(m)])
    rows = defaultdict(list)
    for r in map(json.loads, Path(rows_path).read_text(encoding="utf-8").splitlines()):
        rows[r["doc"]].append(r)
    files = {p.stem: p for p in (polnear / "articles").rglob("*.txt")}
    out, bins = [], Counter()
    for d, gs in sorted(misses.items()):
        begun = _begin_document(RawDoc(f"articles/{files[d].name}", files[d].read_bytes(), is_html=False))
        if not hasattr(begun, "pending"):
            continue
        p = begun.pending
        _finish_document(begun)
        parsed = set(p.parsed or {}) | set(p.second)
        art = sc.Article(files[d].read_text(encoding="utf-8"))
        spans = [(s, art.locate(s.text)) for s in p.ex.sentences]
        row_spans = [(r, art.locate(r["evidence"])) for r in rows[d]]
        for g in gs:
            a, b = g["region"]
            rec = {"doc": d, "source": g["source"]["text"], "cue": g["cue"]["text"], "cls": g["cue"]["cls"]}
            here = [r for r, sp in row_spans if sp and sp[0] < b and sp[1] > a]
            at = g["cue"]["spans"][0][0] if g["cue"]["spans"] else g["cue_sentence"]["start"]
            hit = next(((s, sp) for s, sp in spans if sp and sp[0] <= at < sp[1]), None)
            if here:
                rec["bin"] = "row_in_region"
                rec["rows"] = [[r["claimant_text"], r["reporting_verb"], r["rule"]] for r in here]
            elif hit is None:
                rec["bin"] = "no_sentence"
            else:
                s, (off, _) = hit
                doc = parse_sentences([mask_names(p.read[s.index], p.masked)])[0]
                cues = find_cues(doc)
                mine = [c for c in cues if any(c.cue_start < e - off and c.cue_end > f - off for f, e in g["cue"]["spans"])]
                kind = "cue_found" if mine else "other_cue" if cues else "no_cue"
                rec["bin"] = f"{kind}_{'parsed' if s.index in parsed else 'unparsed'}"
                rec["sentence"] = s.text
                rec["cues"] = [[c.verb, doc.text[c.src_start:c.src_end], c.rule] for c in cues]
            bins[rec["bin"]] += 1
            out.append(rec)
    return out, bins


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("misses")
    ap.add_argument("rows")
    ap.add_argument("--json", help="write every miss with its bin, sentence and the cues read there")
    args = ap.parse_args()
    out, bins = triage(Path(args.misses), Path(args.rows))
    total = sum(bins.values())
    for name, n in bins.most_common():
        print(f"{name:<22} {n:>5}  {n / max(1, total):.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
