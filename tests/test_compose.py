"""docker-compose.yml and the Dockerfile, checked without a Docker engine: the stack is wired as
documented, and the `newsclaims` service runs the very `serve` invocation and config the tests run."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from newsclaims.serve_cmd import build_spec, load_config
from test_serve import QUIET, newsclaims_command, serve_argv

COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
CONFIG_IN_CONTAINER = "/config/newsclaims.toml"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def dockerfile_instruction(name: str) -> list[str]:
    """Arguments of the last NAME instruction (exec form parsed as JSON)."""
    found = [ln.split(None, 1)[1] for ln in DOCKERFILE.read_text(encoding="utf-8").splitlines()
             if ln.split(None, 1)[:1] == [name]]
    assert found, f"Dockerfile has no {name}"
    value = found[-1].strip()
    return json.loads(value) if value.startswith("[") else value.split()


def mounts(service: dict) -> dict[str, str]:
    """container path -> source (named volume or host path) for short-syntax volumes."""
    out = {}
    for spec in service.get("volumes", []):
        source, target = spec.split(":")[:2]
        out[target] = source
    return out


def is_named_volume(source: str) -> bool:
    return not source.startswith((".", "/", "~", "$"))


def test_services_are_complete_and_references_resolve(compose):
    services = compose["services"]
    assert {"postgres", "prefect-server", "newsclaims", "lake-catalog", "object-store", "dask-scheduler",
            "dask-worker"} <= set(services)
    declared = set(compose.get("volumes") or {})
    for name, svc in services.items():
        assert svc.get("image") or svc.get("build"), f"{name}: no image and no build"
        if "build" in svc:
            context = svc["build"] if isinstance(svc["build"], str) else svc["build"].get("context", ".")
            assert (ROOT / context / "Dockerfile").is_file(), name
        for source in mounts(svc).values():
            if is_named_volume(source):
                assert source in declared, f"{name}: volume {source} is not declared"
        depends = svc.get("depends_on", {})
        for target, cond in (depends.items() if isinstance(depends, dict) else ((d, {}) for d in depends)):
            assert target in services, f"{name} depends on unknown service {target}"
            if cond.get("condition") == "service_healthy":
                assert services[target].get("healthcheck", {}).get("test"), f"{target} has no healthcheck"
    for name in ("postgres", "prefect-server"):
        assert services[name]["healthcheck"]["test"], name


def test_prefect_server_runs_on_postgres(compose):
    server, pg = compose["services"]["prefect-server"], compose["services"]["postgres"]
    argv = list(server.get("entrypoint") or []) + list(server["command"])
    assert argv == ["prefect", "server", "start", "--host", "0.0.0.0"]
    url = server["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert url.startswith("postgresql+asyncpg://prefect:") and url.endswith("@postgres:5432/prefect")
    assert pg["environment"]["POSTGRES_USER"] == "prefect" and pg["environment"]["POSTGRES_DB"] == "prefect"
    assert is_named_volume(mounts(pg)["/var/lib/postgresql/data"])
    assert "/api/health" in " ".join(server["healthcheck"]["test"]) and "4200" in " ".join(server["healthcheck"]["test"])
    assert server["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_newsclaims_service_runs_the_tested_serve_command(compose):
    svc = compose["services"]["newsclaims"]
    assert dockerfile_instruction("ENTRYPOINT") == ["newsclaims"]
    assert "entrypoint" not in svc  # the image's: `newsclaims`
    # Exactly the invocation tests/test_serve.py runs against a real Prefect server.
    assert svc["command"] == serve_argv(CONFIG_IN_CONTAINER)
    assert dockerfile_instruction("CMD") == serve_argv(CONFIG_IN_CONTAINER)
    assert svc["environment"]["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    assert svc["depends_on"]["prefect-server"]["condition"] == "service_healthy"


def test_the_mounted_config_is_in_the_repo_and_parses_like_serve_parses_it(compose):
    svc = compose["services"]["newsclaims"]
    volumes = mounts(svc)
    config_dir = str(Path(CONFIG_IN_CONTAINER).parent)
    host_config = ROOT / volumes[config_dir] / Path(CONFIG_IN_CONTAINER).name
    assert host_config == ROOT / "deploy" / "newsclaims.toml" and host_config.is_file()
    config = load_config(host_config)  # the loader `serve` uses
    # The config names no db, so the service's NEWSCLAIMS_DB (the lake) is what serve writes.
    assert "db" not in config and "runner" not in config and "data_path" not in config
    for path in config.get("paths", []):
        assert any(path == m or path.startswith(m + "/") for m in volumes), f"{path} is not mounted"


def _compose_env(compose) -> dict[str, str]:
    """The newsclaims service's environment with ${VAR:-default} resolved to the defaults."""
    env = compose["services"]["newsclaims"]["environment"]
    return {k: re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", str(v)) for k, v in env.items()}


def test_serve_writes_a_ducklake_on_the_catalog_and_object_store_and_runs_batches_on_dask(compose):
    services, env = compose["services"], _compose_env(compose)
    catalog = dict(kv.split("=", 1) for kv in env["NEWSCLAIMS_DB"].removeprefix("ducklake:postgres:").split())
    assert env["NEWSCLAIMS_DB"].startswith("ducklake:postgres:")
    pg = services[catalog["host"]]["environment"]
    assert catalog["dbname"] == pg["POSTGRES_DB"] and catalog["user"] == pg["POSTGRES_USER"]
    assert catalog["password"] == re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", pg["POSTGRES_PASSWORD"])
    bucket = env["NEWSCLAIMS_DATA_PATH"].removeprefix("s3://").split("/")[0]
    store = env["AWS_ENDPOINT_URL"].split("//")[1].split(":")[0]
    assert store == "object-store" and "minio" in services[store]["image"]
    assert f"lake/{bucket}" in " ".join(services["object-store-bucket"]["command"])
    store_env = {k: re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", v) for k, v in services[store]["environment"].items()}
    assert (env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"]) == (store_env["MINIO_ROOT_USER"], store_env["MINIO_ROOT_PASSWORD"])
    # Batches go to the compose Dask scheduler, whose workers run the same image and report to Prefect.
    assert env["NEWSCLAIMS_RUNNER"] == "dask"
    address = env["NEWSCLAIMS_RUNNER_ADDRESS"]
    scheduler, worker = services["dask-scheduler"], services["dask-worker"]
    assert address == f"tcp://dask-scheduler:{scheduler['command'][scheduler['command'].index('--port') + 1]}"
    assert worker["command"][:2] == ["worker", address] and worker["entrypoint"] == ["dask"]
    assert worker["image"] == services["newsclaims"]["image"] == scheduler["image"]
    assert worker["environment"]["PREFECT_API_URL"] == env["PREFECT_API_URL"]
    for dep in ("lake-catalog", "dask-scheduler", "object-store-bucket"):
        assert dep in services["newsclaims"]["depends_on"]


def test_the_compose_invocation_is_accepted_by_serve(compose, tmp_path):
    # The same arguments and environment, pointed at the repo's copy of the mounted file; --check
    # stops before serving (and before reaching the catalog).
    env = {k: v for k, v in _compose_env(compose).items() if k.startswith("NEWSCLAIMS_")}
    result = subprocess.run(newsclaims_command() + serve_argv(str(ROOT / "deploy" / "newsclaims.toml")) + ["--check"],
                            env={**QUIET, **env, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    spec = json.loads(result.stdout)
    assert spec["deployment"] == "newsclaims-ingest/newsclaims"
    params = spec["parameters"]
    assert params["db"] == env["NEWSCLAIMS_DB"] and params["paths"] == ["/inbox"]
    assert params["runner"] == "dask" and params["runner_address"] == env["NEWSCLAIMS_RUNNER_ADDRESS"]
    assert params["data_path"] == env["NEWSCLAIMS_DATA_PATH"]


def test_dockerfile_builds_the_project_as_a_non_root_user():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert dockerfile_instruction("FROM") == ["python:3.11-slim"]
    assert re.search(r"pip install \.(\s|$)", text)
    user = dockerfile_instruction("USER")
    assert user and user[0] not in ("root", "0")
    ignored = {ln.strip() for ln in (ROOT / ".dockerignore").read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    assert {".venv", ".git", "*.duckdb"} <= ignored
    assert not ignored & {"sql", "flows", "tasks", "newsclaims", "pyproject.toml"}  # what the image needs


def test_docker_compose_config_accepts_the_file():
    docker = shutil.which("docker")
    if not docker:
        pytest.skip("docker client not installed")
    if subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30).returncode != 0:
        pytest.skip("the docker compose plugin is not installed (`docker compose config` validates offline)")
    result = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--format", "json"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    resolved = json.loads(result.stdout)
    assert resolved["services"]["newsclaims"]["command"] == serve_argv(CONFIG_IN_CONTAINER)
    assert set(resolved["volumes"]) >= {"prefect-db", "newsclaims-data", "lake-catalog", "lake-data"}


def test_serve_spec_of_the_yaml_example_matches_the_toml_one():
    import argparse

    from newsclaims import serve_cmd

    parser = argparse.ArgumentParser()
    serve_cmd.add_arguments(parser)
    specs = [build_spec(parser.parse_args(["--config", str(ROOT / "deploy" / f"newsclaims.{ext}")]))
             for ext in ("toml", "yaml")]
    assert specs[0] == specs[1]
