"""Score figure and attribution rows against a gold claim annotation (the rules of CLAIMS.md).

The numbers and the result layout match the official `score_claims.py` so the two can be
compared directly; this module only takes plain rows, reading the database is the caller's job.
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Callable, Iterable

CORE_MEASURES = frozenset(
    {"killed", "wounded", "casualties", "displaced", "detained", "missing", "deployed", "area", "protesters"})
# A gold measure also accepts these system measures ("losses" may be reported as killed or wounded).
COMPATIBLE_MEASURES = {"casualties": frozenset({"casualties", "killed", "wounded"})}
MIN_OVERLAP = 0.6  # share of the anchor's words the evidence sentence must hold
VALUE_TOLERANCE = 0.005  # relative, with a floor of 1.0 on the scale
LIST_LIMIT = 40  # longest false-positive / wrong-row list kept in a result

_TOKEN = re.compile(r"\w+", re.UNICODE)

Row = dict
Pair = tuple[dict, dict]


def parse_gold(jsonl: str) -> list[dict]:
    """Gold rows from the text of a JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


# ---------------------------------------------------------------- matching primitives

def _tokens(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").lower().replace("’", "'")
    return _TOKEN.findall(text)


def _overlap(anchor: str, evidence: str | None) -> float:
    """Share of the anchor's words (with repeats) that occur in the evidence."""
    wanted = _tokens(anchor)
    present = set(_tokens(evidence))
    return sum(token in present for token in wanted) / max(1, len(wanted))


def _same_doc(gold_doc: str, article_key: str | None) -> bool:
    """A gold doc id names an article key by path, by file name, or by a substring of the file name."""
    key = (article_key or "").replace("\\", "/")
    return (key == gold_doc or key.endswith("/" + gold_doc) or key.endswith(gold_doc + ".txt")
            or gold_doc in key.rsplit("/", 1)[-1])


def _name_match(gold_name: str | None, system_name: str | None) -> bool:
    """At least half of the gold name's words appear in the system name."""
    gold, system = set(_tokens(gold_name)), set(_tokens(system_name))
    return bool(gold and system) and len(gold & system) / len(gold) >= 0.5


def _value_eq(gold_value, system_value) -> bool:
    if gold_value is None:
        return system_value is None
    if system_value is None:
        return False
    gold_value, system_value = float(gold_value), float(system_value)
    return abs(system_value - gold_value) <= VALUE_TOLERANCE * max(1.0, abs(gold_value))


def _claimant_ok(claimants: Iterable[dict], row: Row) -> bool:
    """The row's claimant is one of the gold claimants: same country, or same name."""
    return any((c.get("country") is not None and c.get("country") == row.get("claimant_country"))
               or _name_match(c.get("name"), row.get("claimant")) for c in claimants)


def _figure_fits(gold: dict, row: Row) -> bool:
    measures = COMPATIBLE_MEASURES.get(gold["measure"], {gold["measure"]})
    return (_same_doc(gold["doc"], row.get("article_key")) and row.get("measure") in measures
            and _value_eq(gold["value"], row.get("value")))


def _attribution_fits(gold: dict, row: Row) -> bool:
    return _same_doc(gold["doc"], row.get("article_key")) and _claimant_ok(gold["claimants"], row)


def _greedy_match(golds: list[dict], rows: list[Row], fits: Callable[[dict, Row], bool]) -> dict[int, int]:
    """Gold index -> row index. Gold rows in order each take the unused row of best overlap;
    the first such row wins a tie, and one row serves one gold row only."""
    matches: dict[int, int] = {}
    used: set[int] = set()
    for gi, gold in enumerate(golds):
        best_overlap, best_row = -1.0, None
        for ri, row in enumerate(rows):
            if ri in used or not fits(gold, row):
                continue
            ov = _overlap(gold["anchor"], row.get("evidence"))
            if ov >= MIN_OVERLAP and ov > best_overlap:
                best_overlap, best_row = ov, ri
        if best_row is not None:
            used.add(best_row)
            matches[gi] = best_row
    return matches


# ---------------------------------------------------------------- measures

def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / max(1, denominator), 3)


def _accuracy(pairs: list[Pair], correct: Callable[[dict, Row], bool]) -> float | None:
    if not pairs:
        return None
    return round(sum(bool(correct(g, r)) for g, r in pairs) / len(pairs), 3)


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def _gold_label(gold: dict) -> str:
    return f"{gold['doc'][:3]}: {gold['anchor']}"


def _figure_claimant_country_ok(gold: dict, row: Row) -> bool:
    claimant = gold["claimant"]
    same_country = (claimant or {}).get("country") == row.get("claimant_country")
    return same_country and (claimant is None) == (row.get("claimant") is None)


def _figure_claimant_name_ok(gold: dict, row: Row) -> bool:
    claimant = gold["claimant"]
    if claimant is None:
        return row.get("claimant") is None
    return _name_match(claimant["name"], row.get("claimant"))


# ---------------------------------------------------------------- scoring

def _score_figures(golds: list[dict], rows: list[Row]) -> dict:
    matches = _greedy_match(golds, rows, _figure_fits)
    required = [i for i, g in enumerate(golds) if g["required"]]
    found = [(golds[i], rows[matches[i]]) for i in required if i in matches]
    core = [i for i, r in enumerate(rows) if r.get("measure") in CORE_MEASURES]
    used = set(matches.values())
    false_pos = [rows[i] for i in core if i not in used]
    return {
        "gold_required": len(required),
        "recall": _ratio(len(found), len(required)),
        "system_core_rows": len(core),
        "precision": _ratio(len(core) - len(false_pos), len(core)),
        "claimant_country_acc": _accuracy(found, _figure_claimant_country_ok),
        "claimant_name_acc": _accuracy(found, _figure_claimant_name_ok),
        "qualifier_acc": _accuracy(found, lambda g, r: g["qualifier"] == r.get("qualifier")),
        "subject_country_acc": _accuracy(found, lambda g, r: g["subject_country"] == r.get("subject_country")),
        "event_year_acc": _accuracy(found, lambda g, r: g["event_year"] == r.get("event_year")),
        "missed": [_gold_label(golds[i]) for i in required if i not in matches],
        "false_positives": [f"{r['article_key']}: {r['measure']} {r['value']} | {str(r['evidence'])[:90]}"
                            for r in false_pos][:LIST_LIMIT],
    }


def _score_attributions(golds: list[dict], rows: list[Row]) -> dict:
    matches = _greedy_match(golds, rows, _attribution_fits)
    required = [i for i, g in enumerate(golds) if g["required"]]
    found = [(golds[i], rows[matches[i]]) for i in required if i in matches]
    used = set(matches.values())

    # A second row for a sentence gold already attributes to the same claimant (another clause of
    # one statement) is not held against the system.
    def covered(row: Row) -> bool:
        return any(_attribution_fits(g, row) and _overlap(g["anchor"], row.get("evidence")) >= MIN_OVERLAP
                   for g in golds)

    wrong = [r for i, r in enumerate(rows) if i not in used and not covered(r)]
    return {
        "gold_required": len(required),
        "recall": _ratio(len(found), len(required)),
        "system_rows": len(rows),
        "precision": _ratio(len(rows) - len(wrong), len(rows)),
        "claimant_name_acc": _accuracy(
            found, lambda g, r: any(_name_match(c.get("name"), r.get("claimant")) for c in g["claimants"])),
        "direct_quote_acc": _accuracy(found, lambda g, r: bool(g["direct_quote"]) == bool(r.get("is_direct_quote"))),
        "missed": [_gold_label(golds[i]) for i in required if i not in matches],
        "wrong": [f"{r['article_key']}: {r.get('claimant')} | {str(r['evidence'])[:90]}" for r in wrong][:LIST_LIMIT],
    }


def score_claims(gold: list[dict], figure_rows: list[Row], attribution_rows: list[Row],
                 docs: set[str] | None = None) -> dict:
    """Score system rows (dicts with the columns of the `figure_claims` / `attributed_claims` views)
    against gold rows; only articles that the gold covers are judged. `docs` limits the gold."""
    if docs:
        gold = [g for g in gold if g["doc"] in docs]
    gold_docs = sorted({g["doc"] for g in gold})

    def in_gold(row: Row) -> bool:
        return any(_same_doc(doc, row.get("article_key")) for doc in gold_docs)

    figures = _score_figures([g for g in gold if g["kind"] == "figure"], [r for r in figure_rows if in_gold(r)])
    attributions = _score_attributions([g for g in gold if g["kind"] == "attribution"],
                                       [r for r in attribution_rows if in_gold(r)])
    summary = {"figure_f1": _f1(figures["precision"], figures["recall"]),
               "attribution_f1": _f1(attributions["precision"], attributions["recall"])}
    return {"figures": figures, "attributions": attributions, "summary": summary}


def _matched_pairs(kind: str, fits, gold: list[dict], system_rows: list[Row], docs: set[str] | None):
    """(gold row, system row) of one kind, matched as `score_claims` matches them (the error listings read these)."""
    golds = [g for g in gold if g["kind"] == kind and (not docs or g["doc"] in docs)]
    gold_docs = sorted({g["doc"] for g in golds})
    rows = [r for r in system_rows if any(_same_doc(d, r.get("article_key")) for d in gold_docs)]
    for gi, ri in sorted(_greedy_match(golds, rows, fits).items()):
        yield golds[gi], rows[ri]


def figure_field_errors(gold: list[dict], figure_rows: list[Row], docs: set[str] | None = None) -> list[str]:
    """One line per matched required figure whose claimant country, subject country or event year
    differs from the gold (gold -> system), matched as `score_claims` matches them. Kept out of the
    result dict so that its layout stays the official scorer's; for error reading (dev split) only."""
    out = []
    for g, r in _matched_pairs("figure", _figure_fits, gold, figure_rows, docs):
        if not g["required"]:
            continue
        bad = []
        if not _figure_claimant_country_ok(g, r):
            gc = g["claimant"]
            bad.append(f"claimant {gc and gc.get('name')}/{gc and gc.get('country')} -> "
                       f"{r.get('claimant')}/{r.get('claimant_country')}")
        if g["subject_country"] != r.get("subject_country"):
            bad.append(f"subject {g['subject_country']} -> {r.get('subject_country')}")
        if g["event_year"] != r.get("event_year"):
            bad.append(f"year {g['event_year']} -> {r.get('event_year')}")
        if bad:
            out.append(f"{g['doc']}: {'; '.join(bad)} | {g['anchor'][:80]}")
    return out


def event_year_by_dating(gold: list[dict], figure_rows: list[Row], docs: set[str] | None = None) -> dict:
    """Event year accuracy of matched required figures, split by whether the article carries a
    publication date: a dated article's year is read against its date, an undated one's only from
    the text, which often never writes it. One number hides that; numbers only, safe on any split."""
    counts = {"dated": [0, 0], "undated": [0, 0]}
    for g, r in _matched_pairs("figure", _figure_fits, gold, figure_rows, docs):
        if g["required"]:
            tally = counts["dated" if r.get("published_at") is not None else "undated"]
            tally[0] += g["event_year"] == r.get("event_year")
            tally[1] += 1
    return {k: {"right": right, "figures": n, "acc": _ratio(right, n) if n else None}
            for k, (right, n) in counts.items()}


def attribution_name_errors(gold: list[dict], attribution_rows: list[Row], docs: set[str] | None = None) -> list[str]:
    """One line per matched required attribution whose claimant name matches none of the gold names
    (gold names -> system name), matched as `score_claims` matches them; for error reading (dev split) only."""
    out = []
    for g, r in _matched_pairs("attribution", _attribution_fits, gold, attribution_rows, docs):
        if g["required"] and not any(_name_match(c.get("name"), r.get("claimant")) for c in g["claimants"]):
            names = " / ".join(f"{c.get('name')}({c.get('country')})" for c in g["claimants"])
            out.append(f"{g['doc']}: {names} -> {r.get('claimant')}({r.get('claimant_country')}) | {g['anchor'][:80]}")
    return out


# ---------------------------------------------------------------- report

def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(result: dict) -> str:
    """A short plain-text report: scores first, then what was missed and what was wrong."""
    fig, att, summary = result["figures"], result["attributions"], result["summary"]
    rows = [
        ("", "figures", "attributions"),
        ("F1", _fmt(summary["figure_f1"]), _fmt(summary["attribution_f1"])),
        ("precision", _fmt(fig["precision"]), _fmt(att["precision"])),
        ("recall", _fmt(fig["recall"]), _fmt(att["recall"])),
        ("gold required", str(fig["gold_required"]), str(att["gold_required"])),
        ("system rows", f"{fig['system_core_rows']} core", str(att["system_rows"])),
        ("claimant name acc", _fmt(fig["claimant_name_acc"]), _fmt(att["claimant_name_acc"])),
        ("claimant country acc", _fmt(fig["claimant_country_acc"]), ""),
        ("qualifier acc", _fmt(fig["qualifier_acc"]), ""),
        ("subject country acc", _fmt(fig["subject_country_acc"]), ""),
        ("event year acc", _fmt(fig["event_year_acc"]), ""),
        ("direct quote acc", "", _fmt(att["direct_quote_acc"])),
    ]
    widths = [max(len(r[c]) for r in rows) for c in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    for title, items in (("missed figures", fig["missed"]), ("false-positive figures", fig["false_positives"]),
                         ("missed attributions", att["missed"]), ("wrong attributions", att["wrong"])):
        lines.append("")
        lines.append(f"{title} ({len(items)}):" if items else f"{title}: none")
        lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)
