"""Bag-of-words F1 between a cleaned text and a reference text (the usual extraction metric)."""
from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+", re.UNICODE)


def bow_f1(candidate: str, reference: str) -> float:
    c, r = Counter(_TOKEN.findall(candidate.lower())), Counter(_TOKEN.findall(reference.lower()))
    if not c and not r:
        return 1.0
    common = sum((c & r).values())
    if not common:
        return 0.0
    precision, recall = common / sum(c.values()), common / sum(r.values())
    return 2 * precision * recall / (precision + recall)
