"""The local Prefect server that `newsclaims ingest` starts once and reuses (newsclaims/server.py).

Real processes: the CLI in subprocesses, a real Prefect server in a PREFECT_HOME of the test's own,
and CPU hogs that keep both cores busy while the README's first command runs on a fresh home."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT

HOG = "import time\nend = time.monotonic() + 900\nwhile time.monotonic() < end: pass\n"  # stops by itself


def cli(home: Path, *args: str, timeout: float = 400) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "newsclaims.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env=env)


@contextmanager
def cpu_hogs(n: int = 2):
    hogs = [subprocess.Popen([sys.executable, "-c", HOG], start_new_session=True) for _ in range(n)]
    try:
        yield hogs
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait(timeout=30)


def session_alive(sid: int) -> bool:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text(errors="replace").rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                return True
    return False


@pytest.fixture
def home(tmp_path: Path):
    home = tmp_path / "prefect-home"
    home.mkdir()
    yield home
    cli(home, "server", "stop", timeout=120)


@pytest.mark.slow
def test_first_ingest_on_a_fresh_busy_machine_succeeds_and_a_repeat_is_quick(home, tmp_path):
    db = str(tmp_path / "n.duckdb")
    with cpu_hogs(2):  # both cores busy, as when the issue saw 4 of 5 first ingests fail
        started = time.monotonic()
        first = cli(home, "ingest", "--db", db)
        first_s = time.monotonic() - started
        assert first.returncode == 0, first.stderr
        assert "Traceback" not in first.stderr and "5 new" in first.stdout
        assert "first start" in first.stderr  # it said what it was doing while the server came up
        started = time.monotonic()
        again = cli(home, "ingest", "--db", db)
        again_s = time.monotonic() - started
    assert again.returncode == 0 and "5 unchanged" in again.stdout, again.stderr
    assert "starting the local Prefect server" not in again.stderr  # reused, not started again
    print(f"with 2 CPU hogs: first ingest (fresh home, server start) {first_s:.1f} s, repeat {again_s:.1f} s")
    started = time.monotonic()
    quiet = cli(home, "ingest", "--db", db)
    print(f"repeat ingest without hogs: {time.monotonic() - started:.1f} s")
    assert quiet.returncode == 0


def test_server_start_status_stop(home):
    stopped = cli(home, "server", "status", "--json")
    assert stopped.returncode == 3 and json.loads(stopped.stdout)["status"] == "stopped"
    start = cli(home, "server", "start", "--json")
    assert start.returncode == 0, start.stderr
    info = json.loads(start.stdout)
    assert info["status"] == "running" and info["api_url"].startswith("http://127.0.0.1:")
    assert Path(info["home"]) == home / "newsclaims-server" and (home / "newsclaims-server" / "prefect.db").exists()
    # It leads a session of its own: no terminal's Ctrl-C and no run's death reaches it.
    assert os.getsid(info["pid"]) == info["pid"]
    status = cli(home, "server", "status")
    assert status.returncode == 0 and info["api_url"] in status.stdout
    again = cli(home, "server", "start", "--json")  # idempotent: the same server
    assert json.loads(again.stdout)["pid"] == info["pid"]
    stop = cli(home, "server", "stop")
    assert stop.returncode == 0 and f"pid {info['pid']}" in stop.stdout
    assert not session_alive(info["pid"])  # nothing of it is left
    assert cli(home, "server", "status").returncode == 3
    assert "not running" in cli(home, "server", "stop").stdout


def test_a_server_that_cannot_start_is_one_line(home, tmp_path):
    """A start-up limit too short to be met: a one-line error naming the limit and the log, nothing left."""
    env = {**os.environ, "PREFECT_HOME": str(home), "NEWSCLAIMS_SERVER_START_S": "0.5"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "ingest", "--db", str(tmp_path / "n.duckdb")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    error = proc.stderr.strip().splitlines()[-1]
    assert "start-up limit of 0 s" in error or "start-up limit of 1 s" in error, error
    assert "NEWSCLAIMS_SERVER_START_S" in error and "server.log" in error
    assert not (home / "newsclaims-server" / "server.json").exists()


def test_killing_an_ingest_leaves_the_server_usable(home, tmp_path):
    """kill -9 of the ingest alone (what the OOM killer does): the server it uses was never its child."""
    assert cli(home, "server", "start").returncode == 0
    info = json.loads((home / "newsclaims-server" / "server.json").read_text())
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "newsclaims.cli", "ingest", "--db", str(tmp_path / "k.duckdb")],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert cli(home, "server", "status").returncode == 0  # still answering
    rerun = cli(home, "ingest", "--db", str(tmp_path / "k.duckdb"))
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads((home / "newsclaims-server" / "server.json").read_text())["pid"] == info["pid"]
