"""The local Prefect server that `newsclaims ingest` starts once, in the background, and reuses.

Prefect's temporary server (what a flow uses when no PREFECT_API_URL is set) is started anew by
every run, has 20 s to come up and creates its database on a first start: on a busy machine that
failed most runs, and it cost 5-15 s every time. This server is started on demand by the first
`ingest` (or by `newsclaims server start`), lives in `<home>` (its SQLite database, log and
`server.json`: pid, port, Prefect version), answers on 127.0.0.1 only, and keeps running after the
run on purpose, so the next run starts at once; `newsclaims server stop` ends it. Start and stop
hold `<home>/server.lock`, so two runs starting at once share one server.

Light imports only (no prefect): this runs before the flow module is imported.
"""
from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from tasks.io.procs import pid_alive
from newsclaims.errors import RunError

STATE_FILE = "server.json"
LOG_FILE = "server.log"
STOP_GRACE_S = 10.0


@dataclass
class ServerInfo:
    pid: int
    port: int
    home: str
    prefect_version: str
    started_at: float

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def ui(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return Path(self.home) / LOG_FILE


def default_home() -> Path:
    """<PREFECT_HOME>/newsclaims-server (PREFECT_HOME defaults to ~/.prefect), unless set."""
    prefect_home = os.environ.get("PREFECT_HOME") or str(Path.home() / ".prefect")
    return Path(prefect_home).expanduser() / "newsclaims-server"


def prefect_version() -> str:
    from importlib.metadata import version

    return version("prefect")


def configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile (read without importing prefect)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    prefect_home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or prefect_home / "profiles.toml")
    try:
        import tomllib

        data = tomllib.loads(profiles.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active")
    return (data.get("profiles", {}).get(active) or {}).get("PREFECT_API_URL") or None


def healthy(url: str, timeout_s: float = 2.0) -> bool:
    import httpx

    try:
        return httpx.get(url.rstrip("/") + "/health", timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return False


def read_state(home: Path) -> ServerInfo | None:
    try:
        data = json.loads((home / STATE_FILE).read_text(encoding="utf-8"))
        return ServerInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


@contextmanager
def _locked(home: Path):
    home.mkdir(parents=True, exist_ok=True)
    with open(home / "server.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def status(home: Path | None = None) -> tuple[str, ServerInfo | None]:
    """("running" | "not answering" | "stopped", info)."""
    home = home or default_home()
    info = read_state(home)
    if info is None or not pid_alive(info.pid):
        return "stopped", info
    return ("running" if healthy(info.url) else "not answering"), info


def ensure(start_limit_s: float, preferred_port: int = 4201, home: Path | None = None,
           say: Callable[[str], None] = lambda msg: None) -> ServerInfo:
    """The running local server, started (and waited for, up to start_limit_s) when it is not."""
    home = home or default_home()
    info = read_state(home)
    if info and info.prefect_version == prefect_version() and pid_alive(info.pid) and healthy(info.url):
        return info  # the common case: no lock, one health request
    with _locked(home):
        info = read_state(home)
        if info and pid_alive(info.pid):
            if info.prefect_version == prefect_version() and _wait_healthy(info, min(start_limit_s, 30.0)):
                return info
            say(f"restarting the local Prefect server (pid {info.pid}: "
                + ("another Prefect version)" if info.prefect_version != prefect_version() else "not answering)"))
            _terminate(info.pid)
        return _start(home, start_limit_s, preferred_port, say)


def _wait_healthy(info: ServerInfo, wait_s: float) -> bool:
    deadline = time.monotonic() + wait_s
    while pid_alive(info.pid):
        if healthy(info.url):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.25)
    return False


def _start(home: Path, start_limit_s: float, preferred_port: int, say: Callable[[str], None]) -> ServerInfo:
    import subprocess

    port = preferred_port if preferred_port and _port_free(preferred_port) else _free_port()
    first = not (home / "prefect.db").exists()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_SERVER_LOGGING_LEVEL": os.environ.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING"),
           "PREFECT_UI_API_URL": f"http://127.0.0.1:{port}/api"}
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_PROFILES_PATH", None)
    log_path = home / LOG_FILE
    say(f"starting the local Prefect server on 127.0.0.1:{port} "
        f"({'first start: creating its database; ' if first else ''}up to {start_limit_s:.0f} s; log: {log_path})")
    started = time.monotonic()
    with open(log_path, "wb") as log:
        # A session of its own: it outlives this run on purpose, and Ctrl-C in the terminal that
        # started it does not reach it. `newsclaims server stop` ends it.
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, cwd=str(home), stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    info = ServerInfo(pid=proc.pid, port=port, home=str(home), prefect_version=prefect_version(),
                      started_at=time.time())
    _write_state(home, info)
    deadline = started + start_limit_s
    while True:
        code = proc.poll()
        if code is not None:
            (home / STATE_FILE).unlink(missing_ok=True)
            raise RunError(f"the local Prefect server exited during start-up (exit code {code}): "
                           f"{_last_line(log_path)} (log: {log_path})")
        if healthy(info.url, timeout_s=min(2.0, max(0.2, deadline - time.monotonic()))):
            say(f"local Prefect server ready in {time.monotonic() - started:.1f} s: {info.ui} "
                "(it keeps running for the next runs; `newsclaims server stop` ends it)")
            return info
        if time.monotonic() >= deadline:
            _terminate(proc.pid)
            (home / STATE_FILE).unlink(missing_ok=True)
            raise RunError(f"the local Prefect server did not answer within its start-up limit of {start_limit_s:.0f} s "
                           f"(a very busy machine?); raise NEWSCLAIMS_SERVER_START_S or run `newsclaims server start` "
                           f"first (log: {log_path})")
        time.sleep(0.25)


def stop(home: Path | None = None, grace_s: float = STOP_GRACE_S) -> ServerInfo | None:
    """Stop the local server (SIGTERM to its process group, SIGKILL after grace_s); its info, or None."""
    home = home or default_home()
    with _locked(home):
        info = read_state(home)
        if info is None or not pid_alive(info.pid):
            (home / STATE_FILE).unlink(missing_ok=True)
            return None
        _terminate(info.pid, grace_s)
        (home / STATE_FILE).unlink(missing_ok=True)
        return info


def _terminate(pid: int, grace_s: float = STOP_GRACE_S) -> None:
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)  # the server leads its own session: its group is all of it
        except ProcessLookupError:
            return
        except PermissionError:
            os.kill(pid, sig)
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            _reap(pid)
            if not pid_alive(pid):
                return
            time.sleep(0.1)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _write_state(home: Path, info: ServerInfo) -> None:
    tmp = home / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(asdict(info), indent=1), encoding="utf-8")
    tmp.replace(home / STATE_FILE)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _last_line(path: Path) -> str:
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""
