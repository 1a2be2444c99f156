"""Imported by the local pool's fork server after tasks/io/worker_preload.py (tasks/io/workers.py).

The end of a run computes wire signatures and event terms on the pool's workers
(workers.map_if_running): without this each worker imported datasketch (~0.6 s) and
scikit-learn's hashing vectorizer (~1 s) there, both workers at once, while the flow waited. Done
once here, before the fork, the workers share it. A local Dask cluster's fork server preloads it
too (tasks/io/runners.py): its workers compute these steps (workers.on_cluster). The flow's own
process imports it while it waits for the first batch only when it computes the event terms itself
(flows/ingest.py _import_tail: a Ray run, or few new articles); otherwise only datasketch, for the
wire links' LSH. A failure here must never stop the pool.
"""
from __future__ import annotations


def warm() -> None:
    from datasketch import MinHash  # noqa: F401 - what sign_text imports on first use

    from tasks.core.events.features import article_terms

    article_terms([("Council approves the new budget", "The city council in Springfield approved a budget of "
                    "12 million dollars on Tuesday, officials said.")])  # the hashers and stop words, built once


try:
    warm()
except Exception:  # noqa: BLE001 - a worker without it still works, it imports on first use
    pass
