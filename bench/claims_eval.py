"""Score the claim extractor on the seeds with the official scorer, and time it against trafilatura.

Usage: .venv/bin/python bench/claims_eval.py [--no-timing] [--keep DB]
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.core.claims import extract_claims  # noqa: E402

CLEANING = ROOT / "tests/data/seed-cleaning.jsonl"
GOLD = ROOT / "tests/data/seed-claims.jsonl"
SCORER = Path("/work/shared/tools/score_claims.py")
CORPUS = Path("/work/shared/corpus")

FIG_COLS = ["article_key", "evidence", "measure", "value", "value_low", "value_high", "qualifier", "value_text",
            "subject_country", "subject_group", "claimant", "claimant_country", "claimant_kind", "event_year"]
ATT_COLS = ["article_key", "evidence", "claimant", "claimant_country", "claimant_kind", "claimant_text",
            "reporting_verb", "is_direct_quote", "quote", "claim_type", "target_country"]


def seed_inputs() -> list[tuple[str, str | None, str]]:
    """(doc, title, text) per seed, exactly as the cleaner's gold labels give them."""
    out = []
    for line in CLEANING.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        title = next((x["text"] for x in d["lines"] if x["label"] == "title"), None)
        body = "\n".join(x["text"] for x in d["lines"] if x["label"] in ("standfirst", "body", "subheading"))
        out.append((d["doc"], title, body))
    return out


def view_rows(key: str, ex) -> tuple[list[tuple], list[tuple]]:
    """The rows the figure_claims / attributed_claims views would hold for one article."""
    actors = {a.key: a for a in ex.actors}
    sents = ex.sentences
    figs, atts = [], []
    for f in ex.figures:
        a = actors.get(f.claimant_key) if f.claimant_key else None
        figs.append((key, sents[f.sentence_index].text, f.measure, f.value, f.value_low, f.value_high, f.qualifier,
                     f.value_text, f.subject_country, f.subject_group, a.name if a else None,
                     a.country if a else None, a.kind if a else None, f.event_year))
    for c in ex.claims:
        a = actors[c.claimant_key]
        atts.append((key, sents[c.sentence_index].text, a.name, a.country, a.kind, c.claimant_text, c.reporting_verb,
                     c.is_direct_quote, c.quote, c.claim_type, c.target_country))
    return figs, atts


def write_db(path: str, docs: list[tuple[str, str | None, str]], year: int | None = 2022) -> None:
    import duckdb

    con = duckdb.connect(path)
    con.execute("create or replace table figure_claims (article_key varchar, evidence varchar, measure varchar, value double, "
                "value_low double, value_high double, qualifier varchar, value_text varchar, subject_country varchar, "
                "subject_group varchar, claimant varchar, claimant_country varchar, claimant_kind varchar, event_year integer)")
    con.execute("create or replace table attributed_claims (article_key varchar, evidence varchar, claimant varchar, "
                "claimant_country varchar, claimant_kind varchar, claimant_text varchar, reporting_verb varchar, "
                "is_direct_quote boolean, quote varchar, claim_type varchar, target_country varchar)")
    for doc, title, text in docs:
        figs, atts = view_rows(f"seeds/{doc}.txt", extract_claims(title, text, published_year=year))
        if figs:
            con.executemany(f"insert into figure_claims values ({','.join('?' * len(FIG_COLS))})", figs)
        if atts:
            con.executemany(f"insert into attributed_claims values ({','.join('?' * len(ATT_COLS))})", atts)
    con.close()


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpus_texts() -> list[tuple[str, str, str]]:
    """(id, title, body) for every corpus truth text: blank-line paragraphs become newline-separated."""
    out = []
    for p in sorted((CORPUS / "truth").glob("*.txt")):
        paras = [" ".join(x.split()) for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n")]
        out.append((p.stem, "", "\n".join(x for x in paras if x)))
    return out


def timing() -> None:
    texts = corpus_texts()
    t0 = time.perf_counter()
    for _, title, body in texts:
        extract_claims(title, body, published_year=2022)
    ext = (time.perf_counter() - t0) / len(texts) * 1000
    import trafilatura

    pages = [CORPUS / "pages" / f"{i}.html.gz" for i, _, _ in texts]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace") for p in pages if p.exists()]
    t0 = time.perf_counter()
    for html in pages:
        trafilatura.extract(html)
    traf = (time.perf_counter() - t0) / max(1, len(pages)) * 1000
    print(f"extract_claims: {ext:.2f} ms/article over {len(texts)} truth texts; "
          f"trafilatura.extract: {traf:.2f} ms/page over {len(pages)} pages; ratio {ext / traf:.3f}")


def main() -> None:
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        db = keep or str(Path(tmp) / "claims.duckdb")
        write_db(db, seed_inputs())
        subprocess.run([sys.executable, str(SCORER), db, str(GOLD)], check=True)
    if "--no-timing" not in sys.argv:
        timing()


if __name__ == "__main__":
    main()
