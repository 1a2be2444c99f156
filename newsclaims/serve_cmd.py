"""`newsclaims serve`: run the ingest flow on a schedule against a Prefect server."""
from __future__ import annotations

import argparse
import sys

NAME = "serve"
HELP = "serve the ingest flow as a scheduled Prefect deployment"
DESCRIPTION = "Register the ingest flow as a Prefect deployment on a cron schedule and serve it."


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    print("newsclaims serve: not built yet", file=sys.stderr)
    return 2
