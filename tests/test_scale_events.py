"""Event grouping in bounded memory: the close pairs computed in blocks of new articles are the
same pairs, with the same cosines, as one product over all of them."""
from __future__ import annotations

import random

from tasks.core.events import cluster
from tasks.core.events.cluster import Node, _close_pairs


def _nodes(n_existing: int, n_new: int, seed: int = 3) -> list[Node]:
    rng = random.Random(seed)
    vocab = list(range(400))  # a small vocabulary: many pairs share terms, as real articles do

    def vector() -> dict[int, float]:
        return {t: rng.random() for t in rng.sample(vocab, rng.randint(5, 40))}

    existing = [Node(f"e{i:03d}", vector(), 3, event_id=f"e{i:03d}") for i in range(n_existing)]
    return existing + [Node(f"a{i:03d}", vector()) for i in range(n_new)]


def test_close_pairs_in_blocks_equal_the_whole_product(monkeypatch):
    nodes = _nodes(7, 60)
    monkeypatch.setattr(cluster, "PAIR_BLOCK", 10_000)
    whole = _close_pairs(nodes, 7, 0.1)
    assert whole and any(i >= 7 and j < 7 for i, j, _ in whole)  # new-old and new-new pairs both present
    for block in (1, 7, 16):
        monkeypatch.setattr(cluster, "PAIR_BLOCK", block)
        assert _close_pairs(nodes, 7, 0.1) == whole
