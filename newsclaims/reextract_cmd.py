"""`newsclaims reextract`: rebuild claims from stored text after an extractor upgrade."""
from __future__ import annotations

import argparse

from newsclaims import options

NAME = "reextract"
HELP = "re-run claim extraction on stored articles (after an extractor upgrade)"
DESCRIPTION = ("Re-extract claims from the stored cleaned text of every article whose claims came from another "
               "extractor version, replacing its old claims. Nothing is re-read or re-fetched.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    options.add(p, "db", "workers", "batch_size", "lock_wait_s", "verbose", "json")


def run(args: argparse.Namespace) -> int:
    from newsclaims import runtime

    settings = options.settings(args)
    runtime.check_db(settings.db, settings.lock_wait_s)
    runtime.prepare_prefect(args.verbose, settings)
    from flows.reextract import reextract_flow

    n = reextract_flow(db=settings.db, workers=settings.effective_workers, batch_size=settings.batch_size,
                       lock_wait_s=settings.lock_wait_s)
    if args.json:
        import json

        print(json.dumps({"reextracted": n, "db": settings.db}))
    else:
        print(f"newsclaims reextract: {n} articles re-extracted -> {settings.db}")
    return 0
