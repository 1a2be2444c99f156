"""pid_alive: a running process is alive; one that exited is not, reaped or not (a zombie still answers kill 0)."""
import subprocess
import sys
import time

from tasks.io.procs import pid_alive


def test_running_exited_and_reaped_processes():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert pid_alive(child.pid)
    finally:
        child.kill()
    deadline = time.monotonic() + 30
    while pid_alive(child.pid) and time.monotonic() < deadline:  # a zombie until reaped: must already read dead
        time.sleep(0.05)
    assert not pid_alive(child.pid)
    child.wait()
    assert not pid_alive(child.pid)
