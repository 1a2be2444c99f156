"""Real servers for the scale tests, each on a free loopback port and stopped afterwards:
a Postgres cluster (Debian's postgresql: initdb + pg_ctl in a temp dir), an S3-compatible server
(moto_server from moto[server]) and a Dask scheduler with workers (the `dask` command line).

Each start function skips the test with the reason when its part is not installed here; CI
(.ci/run) installs them all.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, what: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not come up within {timeout:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- Postgres --------------------------------------------------------------------------------

@dataclass
class Postgres:
    host: str
    port: int
    user: str
    dbname: str

    @property
    def libpq(self) -> str:
        """The connection string DuckDB's postgres extension (and a DuckLake catalog) takes."""
        return f"dbname={self.dbname} host={self.host} port={self.port} user={self.user}"


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL server not installed (Debian package postgresql; .ci/run installs it)")
    return Path(found[-1]).parent


@contextmanager
def postgres_server(tmp: Path):
    """A throwaway cluster; as root it runs as the `postgres` user (initdb refuses root)."""
    pg = _pg_bin()
    as_user: list[str] = []
    user = pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user for initdb")
        as_user, user = ["runuser", "-u", "postgres", "--"], "postgres"
    # Its own folder in the system temp dir: pytest's tmp_path sits under a root-only (0700) folder
    # that the postgres user could not enter.
    tmp = Path(tempfile.mkdtemp(prefix="newsclaims-pg-"))
    os.chmod(tmp, 0o777)
    data = tmp / "pgdata"
    port = free_port()
    subprocess.run(as_user + [str(pg / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "--no-sync"],
                   check=True, capture_output=True, timeout=120)
    log = tmp / "pg.log"
    opts = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={tmp} -c fsync=off"
    subprocess.run(as_user + [str(pg / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "120", "start"],
                   check=True, capture_output=True, timeout=180)
    try:
        subprocess.run(as_user + [str(pg / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "newsclaims"],
                       check=True, capture_output=True, timeout=60)
        yield Postgres("127.0.0.1", port, user, "newsclaims")
    finally:
        subprocess.run(as_user + [str(pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


# --- S3 (moto) -------------------------------------------------------------------------------

@dataclass
class S3:
    endpoint: str  # http://127.0.0.1:PORT
    bucket: str
    env: dict  # AWS_* variables for newsclaims (and DuckDB's S3 secret)


@contextmanager
def s3_server(tmp: Path, bucket: str = "newsclaims-lake"):
    exe = shutil.which("moto_server", path=str(BIN)) or shutil.which("moto_server")
    if not exe:
        pytest.skip("moto_server not installed (pip install 'moto[server]'; the test extra has it)")
    port = free_port()
    log = open(tmp / "moto.log", "wb")
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: urllib.request.urlopen(endpoint + "/moto-api/", timeout=2).status == 200, "moto_server", 60, proc)
        req = urllib.request.Request(f"{endpoint}/{bucket}", method="PUT")  # create the bucket (S3 API)
        urllib.request.urlopen(req, timeout=10)
        env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
               "AWS_ENDPOINT_URL": endpoint}
        yield S3(endpoint, bucket, env)
    finally:
        _stop(proc)
        log.close()


# --- Dask ------------------------------------------------------------------------------------

@contextmanager
def dask_cluster(tmp: Path, n_workers: int = 2, env: dict | None = None):
    """`dask scheduler` and `dask worker` processes; yields the scheduler address."""
    exe = shutil.which("dask", path=str(BIN))
    if not exe:
        pytest.skip("the dask command line is not installed (pip install prefect-dask)")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, **(env or {})}
    procs = []
    try:
        procs.append(subprocess.Popen([exe, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                      stdout=open(tmp / "scheduler.log", "wb"), stderr=subprocess.STDOUT,
                                      env=env, start_new_session=True))
        _wait(lambda: socket.create_connection(("127.0.0.1", port), timeout=1).close() is None, "dask scheduler", 120,
              procs[0])
        for i in range(n_workers):
            procs.append(subprocess.Popen([exe, "worker", address, "--nthreads", "1", "--nworkers", "1",
                                           "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{i}"],
                                          stdout=open(tmp / f"worker{i}.log", "wb"), stderr=subprocess.STDOUT,
                                          env=env, cwd=str(tmp), start_new_session=True))
        from distributed import Client

        with Client(address, timeout=120) as client:
            client.wait_for_workers(n_workers, timeout=180)
        yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)
