"""`newsclaims serve`: run the ingest flow on a schedule against a Prefect server.

Arguments and the config file are read here (light imports); flows/serve.py does the Prefect part.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsclaims import options
from newsclaims.settings import Settings, SettingsError

NAME = "serve"
HELP = "serve the ingest flow as a scheduled Prefect deployment"
DESCRIPTION = (
    "Register the ingest flow as the Prefect deployment `newsclaims-ingest/NAME` on a cron schedule and serve "
    "it: this process is the worker that runs each scheduled (or manually triggered) run. Needs a Prefect server "
    "(PREFECT_API_URL, e.g. http://127.0.0.1:4200/api after `prefect server start`). Sources and schedule come "
    "from --config FILE (TOML or YAML, see deploy/newsclaims.toml) and/or options; options win over the file, "
    "the file over NEWSCLAIMS_* env vars."
)
DEFAULT_NAME = "newsclaims"
DEFAULT_CRON = "0 * * * *"
LIST_KEYS = ("paths", "urls", "feeds", "sitemaps")
# Config keys that are settings (newsclaims/settings.py): a config file sets them like flags do.
SETTINGS_KEYS = ("db", "batch_size", "workers", "max_bytes", "lock_wait_s", "max_pages")
SCALAR_KEYS = {"name": str, "cron": str, "timezone": str,
               **{k: Settings.model_fields[k].annotation for k in SETTINGS_KEYS}}


_KIND_NAMES = {str: "a string", int: "an integer", float: "a number"}


class ConfigError(ValueError):
    """The config file or options do not describe a servable deployment."""


@dataclass(frozen=True)
class ServeSpec:
    """Everything `serve` registers: the deployment's name, its schedule and the flow's parameters."""

    name: str
    cron: str
    timezone: str
    parameters: dict = field(default_factory=dict)

    @property
    def deployment(self) -> str:
        return f"newsclaims-ingest/{self.name}"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML (.toml) or YAML (.yaml/.yml) file with keys: name, cron, timezone, db, "
                   "paths, urls, feeds, sitemaps, batch_size, workers, max_bytes, lock_wait_s, max_pages; relative paths "
                   "are relative to the file")
    p.add_argument("--name", help=f"deployment name (default {DEFAULT_NAME}: newsclaims-ingest/{DEFAULT_NAME})")
    p.add_argument("--cron", help=f"when to run, a cron expression (default '{DEFAULT_CRON}': hourly)")
    p.add_argument("--timezone", help="time zone of the cron expression (default UTC)")
    p.add_argument("--path", dest="paths", action="append", metavar="PATH", help="file or folder to ingest (repeatable)")
    p.add_argument("--url", dest="urls", action="append", metavar="URL", help="article page URL (repeatable)")
    p.add_argument("--feed", dest="feeds", action="append", metavar="URL", help="RSS/Atom feed URL (repeatable)")
    p.add_argument("--sitemap", dest="sitemaps", action="append", metavar="URL", help="XML sitemap URL (repeatable)")
    options.add(p, "db", "batch_size", "workers", "max_bytes", "max_pages", "lock_wait_s", "verbose")
    p.add_argument("--check", action="store_true",
                   help="validate the config, print the deployment that would be served as JSON, and exit")


def load_config(path: str | Path) -> dict:
    """A serve config file (TOML or YAML) as a dict of known keys; relative paths made absolute."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        elif path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            raise ConfigError(f"config {path}: use a .toml, .yaml or .yml file")
    except ConfigError:
        raise
    except Exception as exc:  # tomllib.TOMLDecodeError, yaml.YAMLError
        raise ConfigError(f"config {path} does not parse: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config {path}: expected a table of keys at the top level")
    return _checked(data, origin=str(path), base=path.resolve().parent)


def _checked(data: dict, origin: str, base: Path | None) -> dict:
    unknown = sorted(set(data) - set(LIST_KEYS) - set(SCALAR_KEYS))
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) {', '.join(unknown)}; known: "
                          f"{', '.join(sorted([*LIST_KEYS, *SCALAR_KEYS]))}")
    out: dict = {}
    for key, value in data.items():
        if key in LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: {key} must be a list of strings")
        else:
            kind = SCALAR_KEYS[key]
            ok = isinstance(value, kind) or (kind is float and isinstance(value, int))
            if not ok or isinstance(value, bool):
                raise ConfigError(f"{origin}: {key} must be {_KIND_NAMES[kind]}, not {value!r}")
            value = kind(value)
        out[key] = value
    if base is not None:
        if "db" in out:
            out["db"] = str(base / out["db"])
        if "paths" in out:
            out["paths"] = [str(base / p) for p in out["paths"]]
    return out


def build_spec(args: argparse.Namespace) -> ServeSpec:
    """Config file, then options on top; settings defaults and NEWSCLAIMS_* env vars underneath."""
    values = load_config(args.config) if args.config else {}
    for key in (*LIST_KEYS, *SCALAR_KEYS):
        given = getattr(args, key, None)
        if given is not None:
            values[key] = given
    settings = Settings.from_env(**{k: values.get(k) for k in SETTINGS_KEYS})
    cron, timezone = values.get("cron", DEFAULT_CRON), values.get("timezone", "UTC")
    _check_schedule(cron, timezone)
    inputs = {k: values.get(k) or [] for k in LIST_KEYS}
    if not any(inputs.values()):
        raise ConfigError("nothing to ingest: give paths, urls, feeds or sitemaps (in --config or as options)")
    parameters = {
        "paths": [str(Path(p).resolve()) for p in inputs["paths"]],
        "db": str(Path(settings.db).resolve()),
        "batch_size": settings.batch_size,
        "workers": settings.effective_workers,
        "max_bytes": settings.max_bytes,
        "lock_wait_s": settings.lock_wait_s,
    }
    # Web inputs only when given, so a flow without them still takes the parameters.
    parameters.update({k: inputs[k] for k in ("urls", "feeds", "sitemaps") if inputs[k]})
    if values.get("max_pages"):
        parameters["max_pages"] = settings.max_pages
    return ServeSpec(name=values.get("name", DEFAULT_NAME), cron=cron, timezone=timezone, parameters=parameters)


def _check_schedule(cron: str, timezone: str) -> None:
    if len(cron.split()) not in (5, 6):
        raise ConfigError(f"cron {cron!r}: expected 5 fields (minute hour day month weekday)")
    from prefect.client.schemas.schedules import CronSchedule  # the server's own validation

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:  # pydantic's ValidationError is one
        reasons = "; ".join(e.get("msg", "") for e in getattr(exc, "errors", lambda: [])()) or str(exc)
        raise ConfigError(f"schedule cron={cron!r} timezone={timezone!r} is not valid: {reasons}") from exc


def api_url() -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile."""
    from newsclaims.server import configured_api_url

    return configured_api_url()


def _local_server_url() -> str | None:
    """The local server's API (newsclaims/server.py) when it is running; serve never starts it itself."""
    from newsclaims import server

    state, info = server.status()
    if state != "running":
        return None
    os.environ["PREFECT_API_URL"] = info.url
    return info.url


def check_server(url: str, wait_s: float = 10.0) -> str | None:
    """None when the Prefect API answers /health within wait_s, else why not."""
    import time

    import httpx

    deadline = time.monotonic() + wait_s
    while True:
        try:
            response = httpx.get(url.rstrip("/") + "/health", timeout=5.0)
            if response.status_code == 200:
                return None
            problem = f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            problem = str(exc) or type(exc).__name__
        if time.monotonic() >= deadline:
            return problem
        time.sleep(1.0)


def run(args: argparse.Namespace) -> int:
    # Before anything imports prefect: its settings read the environment once.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if args.verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "DEBUG"
    url = None if args.check else (api_url() or _local_server_url())
    try:
        spec = build_spec(args)
    except (ConfigError, SettingsError) as exc:
        print(f"newsclaims serve: {exc}", file=sys.stderr)
        return 2
    # A missing folder is not fatal (a mount may appear later; each run records it as a reject), but say so.
    for path in spec.parameters["paths"]:
        if not Path(path).exists():
            print(f"newsclaims serve: warning: no such file or directory (yet): {path}", file=sys.stderr)
    if args.check:
        print(json.dumps({"deployment": spec.deployment, **asdict(spec)}, indent=1))
        return 0
    if not url:
        print("newsclaims serve: no Prefect server to register the schedule with: start the local one with "
              "`newsclaims server start` (or point PREFECT_API_URL at yours, e.g. after `prefect server start` or "
              "`docker compose up`) and run `newsclaims serve` again", file=sys.stderr)
        return 2
    problem = check_server(url, wait_s=Settings.from_env().server_wait_s)
    if problem:
        print(f"newsclaims serve: no Prefect server answers at {url} ({problem}); start one with "
              "`prefect server start` or fix PREFECT_API_URL", file=sys.stderr)
        return 2
    from tasks.io.db import open_db, prepare

    # Fail now, not at the first scheduled run, when the DB cannot be created or migrated.
    with open_db(spec.parameters["db"], wait_s=spec.parameters["lock_wait_s"]) as con:
        prepare(con)
    from flows.serve import serve_ingest

    def ready() -> None:
        print(f"newsclaims serve: {spec.deployment} on '{spec.cron}' ({spec.timezone}) -> {spec.parameters['db']} "
              f"via {url}; Ctrl-C or SIGTERM stops serving and pauses the schedule", file=sys.stderr, flush=True)

    serve_ingest(spec.name, spec.cron, spec.timezone, spec.parameters, on_ready=ready)
    print(f"newsclaims serve: stopped; the schedule of {spec.deployment} is paused until serve runs again",
          file=sys.stderr, flush=True)
    return 0
