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
