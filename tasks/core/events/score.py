"""B-cubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998):
for each item, the share of its predicted cluster that shares its gold class (precision) and the
share of its gold class that shares its predicted cluster (recall), averaged over items."""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    if len(pred) != len(gold):
        raise ValueError("pred and gold must label the same items")
    if not pred:
        return 0.0, 0.0, 0.0
    both = Counter(zip(pred, gold))
    p_size, g_size = Counter(pred), Counter(gold)
    precision = sum(both[(p, g)] / p_size[p] for p, g in zip(pred, gold)) / len(pred)
    recall = sum(both[(p, g)] / g_size[g] for p, g in zip(pred, gold)) / len(pred)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def dispute_precision(rows: list[list[tuple[str, float, str]]], labels: list[dict]) -> dict:
    """Of dispute rows (each the (article file, value, evidence) of its figures), how many are a
    real disagreement about one event and one counted quantity: every figure labelled with the same
    (event, quantity) and at least two distinct values. Labels match by article file, value and the
    start of the evidence sentence; a row with an unlabelled figure counts as not real."""
    index = {}
    for lab in labels:
        index.setdefault((lab["article"], float(lab["value"])), []).append(lab)

    def label(fig: tuple[str, float, str]):
        for lab in index.get((fig[0], float(fig[1])), []):
            if fig[2].startswith(lab["evidence_starts"]):
                return lab["event"], lab["quantity"]
        return None

    verdicts = []
    for figures in rows:
        found = [label(f) for f in figures]
        real = None not in found and len(set(found)) == 1 and len({f[1] for f in figures}) >= 2
        verdicts.append({"real": real, "unlabelled": [f for f, l in zip(figures, found) if l is None],
                         "labels": sorted({l for l in found if l})})
    n_real = sum(v["real"] for v in verdicts)
    # lenient: every figure of the row from one event, and one quantity among them disputed (two values)
    n_event = 0
    for figures, v in zip(rows, verdicts):
        found = [label(f) for f in figures]
        if None in found or len({e for e, _ in found}) != 1:
            continue
        by_quantity: dict = {}
        for f, lab in zip(figures, found):
            by_quantity.setdefault(lab, set()).add(f[1])
        n_event += any(len(values) >= 2 for values in by_quantity.values())
    return {"rows": len(rows), "real": n_real, "precision": n_real / len(rows) if rows else 1.0,
            "one_event_with_dispute": n_event, "event_precision": n_event / len(rows) if rows else 1.0,
            "verdicts": verdicts}
