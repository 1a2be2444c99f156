"""`newsclaims server start|stop|status`: the local Prefect server that `ingest` uses and reuses."""
from __future__ import annotations

import argparse
import json
import sys
import time

from newsclaims import options
from newsclaims.errors import UsageError
from newsclaims.settings import Settings

NAME = "server"
HELP = "start, stop or show the local Prefect server that runs use (started on demand by ingest)"
DESCRIPTION = (
    "Without PREFECT_API_URL, `newsclaims ingest` runs its flow against a local Prefect server that it starts "
    "once, in the background, and reuses (so later runs start at once). It listens on 127.0.0.1 only "
    "(port NEWSCLAIMS_SERVER_PORT, default 4201, or a free one), keeps its database and log in "
    "<PREFECT_HOME>/newsclaims-server, and runs until `newsclaims server stop`. Its UI shows every run."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("start", "stop", "status"), help="start it (if not running), stop it, "
                   "or show whether it runs (exit 0 when it answers, 3 when it does not)")
    options.add(p, "json")


def run(args: argparse.Namespace) -> int:
    from newsclaims import server

    settings = Settings.from_env()
    say = (lambda msg: None) if args.json else (lambda msg: print(f"newsclaims server: {msg}", file=sys.stderr))
    if args.action == "start":
        info = server.ensure(settings.server_start_s, settings.server_port, say=say)
        return _report("running", info, args.json)
    if args.action == "stop":
        info = server.stop()
        if not args.json:
            print(f"newsclaims server: stopped (pid {info.pid})" if info else "newsclaims server: not running")
        else:
            print(json.dumps({"status": "stopped", "was_running": info is not None}))
        return 0
    if args.action == "status":
        state, info = server.status()
        _report(state, info, args.json)
        return 0 if state == "running" else 3
    raise UsageError(f"unknown action {args.action}")


def _report(state: str, info, as_json: bool) -> int:
    from newsclaims import server

    home = str(info.home) if info else str(server.default_home())
    if as_json:
        out = {"status": state, "home": home}
        if info and state != "stopped":
            out.update(pid=info.pid, api_url=info.url, ui=info.ui, prefect_version=info.prefect_version,
                       uptime_s=round(time.time() - info.started_at, 1), log=str(info.log))
        print(json.dumps(out))
    elif info and state != "stopped":
        print(f"{state}: {info.ui} (API {info.url}), pid {info.pid}, up {_ago(time.time() - info.started_at)}, "
              f"Prefect {info.prefect_version}, home {home}")
    else:
        print(f"{state} (home {home}); `newsclaims ingest` starts it on demand, or `newsclaims server start`")
    return 0


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
