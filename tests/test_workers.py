"""The worker pool survives a worker dying: only the culprit fails, everything else is computed."""
from __future__ import annotations

import pytest
from concurrent.futures.process import BrokenProcessPool

from crashy import double_or_die
from tasks.io.workers import MIN_ITEMS_FOR_POOL, map_in_processes


def test_results_in_order_across_processes():
    items = list(range(MIN_ITEMS_FOR_POOL * 2))
    assert map_in_processes(double_or_die, items, 2) == [i * 2 for i in items]


def test_a_dying_worker_only_fails_its_own_item():
    items = [1, 2, 3] + ["crash"] + list(range(4, MIN_ITEMS_FOR_POOL + 4))
    out = map_in_processes(double_or_die, items, 2, on_crash=lambda item: f"crashed:{item}")
    assert out == [i * 2 if i != "crash" else "crashed:crash" for i in items]
    # the pool is usable again afterwards
    assert map_in_processes(double_or_die, list(range(MIN_ITEMS_FOR_POOL)), 2) == [i * 2 for i in range(MIN_ITEMS_FOR_POOL)]


def test_without_a_fallback_the_crash_is_reported():
    with pytest.raises(BrokenProcessPool):
        map_in_processes(double_or_die, ["crash"] * MIN_ITEMS_FOR_POOL, 2)
