"""Whether a process still runs: the one liveness check for run rows, snapshot temp files and the local server."""
from __future__ import annotations

import os


def pid_alive(pid: int) -> bool:
    """True while pid exists and has not exited; a process owned by another user counts as alive."""
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (a child that exited but was not reaped yet) still answers kill 0.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True
