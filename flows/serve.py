"""Serve the ingest flow as a scheduled Prefect deployment; the serving process is the worker."""
from __future__ import annotations

from prefect.deployments.runner import EntrypointType
from prefect.schedules import Cron

from flows.ingest import ingest_flow


def serve_ingest(name: str, cron: str, timezone: str, parameters: dict) -> None:
    """Register `newsclaims-ingest/<name>` on the cron schedule and run its flow runs until stopped.

    One run at a time (limit=1): runs write the same DuckDB file, so a second would only wait
    for the first's lock. The entrypoint is the module path, which resolves the same in a
    checkout and in an installed image. Stopping the process pauses the schedule; serving
    again resumes it.
    """
    ingest_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        tags=["newsclaims"],
        limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
