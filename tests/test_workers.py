"""The worker pool survives a worker dying: only the culprit fails, everything else is computed."""
from __future__ import annotations

import pytest
from concurrent.futures.process import BrokenProcessPool

import os
import time
from functools import partial
from pathlib import Path

from crashy import crash_or_hang, double_or_die, double_or_hang, note_pid, pid_after
from tasks.io import workers
from tasks.io.workers import MIN_ITEMS_FOR_POOL, map_in_processes, warm


def test_results_in_order_across_processes():
    items = list(range(MIN_ITEMS_FOR_POOL * 2))
    assert map_in_processes(double_or_die, items, 2) == [i * 2 for i in items]


def test_a_dying_worker_only_fails_its_own_item():
    items = [1, 2, 3] + ["crash"] + list(range(4, MIN_ITEMS_FOR_POOL + 4))
    out = map_in_processes(double_or_die, items, 2, on_crash=lambda item: f"crashed:{item}")
    assert out == [i * 2 if i != "crash" else "crashed:crash" for i in items]
    # the pool is usable again afterwards
    assert map_in_processes(double_or_die, list(range(MIN_ITEMS_FOR_POOL)), 2) == [i * 2 for i in range(MIN_ITEMS_FOR_POOL)]


def test_a_worker_stuck_in_native_code_is_killed_and_only_its_item_is_lost():
    """pause(2) under a per-item budget that cannot interrupt it: the watchdog kills that worker,
    the item gets on_hang, every other item (also those of the killed worker) its real result."""
    items = list(range(8)) + ["hang"] + list(range(8, MIN_ITEMS_FOR_POOL + 8))
    out = map_in_processes(double_or_hang, items, 2, on_crash=lambda item: f"crashed:{item}",
                           hard_limit_s=3, on_hang=lambda item: f"hung:{item}")
    assert out == ["hung:hang" if i == "hang" else i * 2 for i in items]
    assert map_in_processes(double_or_die, list(range(MIN_ITEMS_FOR_POOL)), 2) == [i * 2 for i in range(MIN_ITEMS_FOR_POOL)]


def test_a_stuck_worker_among_crashes_is_still_told_apart():
    items = ["crash"] + list(range(MIN_ITEMS_FOR_POOL)) + ["hang"]
    out = map_in_processes(crash_or_hang, items, 2, on_crash=lambda item: f"crashed:{item}",
                           hard_limit_s=3, on_hang=lambda item: f"hung:{item}")
    assert out == ["crashed:crash"] + [i * 2 for i in range(MIN_ITEMS_FOR_POOL)] + ["hung:hang"]


def test_without_a_fallback_the_crash_is_reported():
    with pytest.raises(BrokenProcessPool):
        map_in_processes(double_or_die, ["crash"] * MIN_ITEMS_FOR_POOL, 2)


def test_in_process_batches_from_two_threads_never_overlap():
    """The flow processes a batch while it loads the previous one: in-process work must not
    run in two threads at once (trafilatura's shared lxml parsers crash when it does)."""
    import threading
    import time

    active, peak, guard = [0], [0], threading.Lock()

    def slow_identity(item):
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with guard:
            active[0] -= 1
        return item

    out: dict = {}
    threads = [threading.Thread(target=lambda n=n: out.__setitem__(n, map_in_processes(slow_identity, list(range(20)), 1)))
               for n in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert peak[0] == 1
    assert out == {n: list(range(20)) for n in range(3)}


def _clean_text(html: str) -> str:
    from tasks.core.clean_html import CleanError, clean_html

    try:
        return clean_html(html).text
    except CleanError as exc:
        return f"rejected: {exc}"


def test_real_pages_cleaned_from_two_threads_match_a_sequential_run(corpus):
    import gzip
    import threading

    pages = sorted((corpus / "pages").glob("*.html.gz"))[:30]
    htmls = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]
    expected = [_clean_text(h) for h in htmls]
    got: dict = {}
    threads = [threading.Thread(target=lambda n=n: got.__setitem__(n, map_in_processes(_clean_text, htmls, 1)))
               for n in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert got == {0: expected, 1: expected}


def test_warm_starts_the_pool_ahead_of_the_first_batch(tmp_path):
    """The flow warms the pool while it reads the first batch: the workers exist and have run the
    preparation (the extractor's imports), and a batch that follows runs on them."""
    workers._discard(3)  # a pool of its own size: no other test's pool
    try:
        warm(3, partial(note_pid, str(tmp_path)))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(tmp_path.iterdir()):
            time.sleep(0.1)
        prepared = {int(f.name) for f in tmp_path.iterdir()}
        pool = {p.pid for p in workers._pools[3]._processes.values()}
        assert prepared and prepared <= pool and os.getpid() not in pool
        # a batch smaller than MIN_ITEMS_FOR_POOL would run in-process; with a warm pool it uses it
        assert set(map_in_processes(pid_after, [0.01] * 4, 3)) <= pool
    finally:
        workers._discard(3)


def test_the_flow_warms_the_pool_only_when_many_inputs_are_new(db_path):
    from tasks.ingest import warm_workers
    from tasks.io.db import open_db, prepare

    keys = [f"pages/{i}.html" for i in range(MIN_ITEMS_FOR_POOL + 2)]
    with open_db(db_path) as con:
        prepare(con)
        for i, key in enumerate(keys[:3]):  # three of them stored already
            con.execute("insert into articles (article_id, article_key, input_format, content_hash, n_bytes,"
                        " first_loaded_at, updated_at) values (?, ?, 'html', 'h', 1, now(), now())", [f"a{i}", key])
    workers._discard(3)
    try:
        assert not warm_workers(db_path, 3, keys[:MIN_ITEMS_FOR_POOL - 1], 5)  # a small run: in-process
        assert not warm_workers(db_path, 3, keys, 5)  # only MIN_ITEMS_FOR_POOL - 1 of them new: a rerun
        assert 3 not in workers._pools
        assert warm_workers(db_path, 3, keys + ["pages/x.html"], 5)
        assert 3 in workers._pools
    finally:
        workers._discard(3)


def test_map_if_running_uses_a_pool_only_when_one_is_up():
    """The end-of-run steps (wire signatures, event terms) spread over the pool a run started for
    cleaning, and never start one themselves: with no pool they run in this process."""
    from crashy import chunk_pids
    from tasks.io.workers import map_if_running

    for size in list(workers._pools):
        workers._discard(size)
    chunks = [[0] * 3 for _ in range(6)]
    assert map_if_running(chunk_pids, chunks) == [[os.getpid()] * 3] * 6
    assert not workers._pools  # nothing was started
    try:
        pool = set(map_in_processes(pid_after, [0.01] * MIN_ITEMS_FOR_POOL, 2))
        got = map_if_running(chunk_pids, chunks)
        assert [len(c) for c in got] == [3] * 6
        assert {p for c in got for p in c} <= pool and os.getpid() not in pool
    finally:
        workers._discard(2)


def test_map_if_running_finishes_in_process_when_a_worker_dies():
    from crashy import chunk_double_or_die_in_worker
    from tasks.io.workers import map_if_running

    me = os.getpid()
    try:
        map_in_processes(double_or_die, list(range(MIN_ITEMS_FOR_POOL)), 2)  # a pool is up
        chunks = [(me, [1, 2]), (me, ["crash", 3]), (me, [4])]
        assert map_if_running(chunk_double_or_die_in_worker, chunks) == [[2, 4], ["survived", 6], [8]]
        assert map_in_processes(double_or_die, list(range(MIN_ITEMS_FOR_POOL)), 2) == [i * 2 for i in range(MIN_ITEMS_FOR_POOL)]
    finally:
        workers._discard(2)


def test_only_the_fork_server_skips_its_teardown_at_exit():
    """The pool's fork server leaves through os._exit once its last client is gone (freeing what
    the warm-up loaded took it ~1.5 s, while the run waited for it); a process that merely imports
    the warm-up module (a test, a tool) still runs its own exit handlers."""
    import subprocess
    import sys

    from crashy import preload_exits_at_once

    workers._discard(2)
    try:
        assert set(map_in_processes(preload_exits_at_once, list(range(MIN_ITEMS_FOR_POOL)), 2)) == {True}
    finally:
        workers._discard(2)
    script = ("import atexit\n"
              "atexit.register(lambda: print('handler ran', flush=True))\n"
              "import sys\n"
              "import tasks.io.worker_preload\n"
              "print('exits at once', 'tasks.io.fork_server_exit' in sys.modules, flush=True)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         cwd=str(Path(__file__).resolve().parents[1]))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[:2] == ["exits at once False", "handler ran"]



def test_map_if_running_sends_chunks_to_a_cluster_and_falls_back_here():
    """on_cluster(mapper): with no local pool up, the end-of-run chunks go to the run's cluster (a Dask
    cluster's workers); a cluster that fails them leaves the same results computed here."""
    from tasks.io import workers
    from tasks.io.workers import map_if_running, on_cluster

    for size in list(workers._pools):
        workers._discard(size)
    sent = []

    def cluster(fn, chunks):
        sent.append(len(chunks))
        return [fn(c) for c in chunks]

    def broken(fn, chunks):
        raise OSError("scheduler gone")

    chunks = [[1, 2], [3], [4, 5]]
    with on_cluster(cluster):
        assert map_if_running(sum, chunks) == [3, 3, 9]
    assert sent == [3]
    with on_cluster(broken):
        assert map_if_running(sum, chunks) == [3, 3, 9]
    with on_cluster(None):
        assert map_if_running(sum, chunks) == [3, 3, 9]
    assert sent == [3] and not workers._cluster_map
