"""Read snapshots: a checkpointed copy of the DB beside it, for analysts' long read-only sessions.

DuckDB lets one process write a file, and a reader in another process blocks that writer (and
vice versa). Analysts therefore read `<stem>.read.duckdb`, which each run replaces atomically
(copy to a temp file in the same folder, fsync, os.replace): a session holding the old snapshot
keeps reading the old inode, undisturbed, and never holds the writer's file.

A run that wrote nothing keeps the snapshot as it is (the DB's state is tagged on the snapshot);
otherwise the copy happens in the kernel (copy_file_range, a reflink on file systems that can).
Temp copies of a publisher killed mid-copy are removed by the next publish.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tasks.io.db import open_db
from tasks.io.lake import is_lake
from tasks.io.procs import pid_alive

SNAPSHOT_TAG = ".read"
_XATTR = "user.newsclaims.source"  # which DB state (dev:inode:size:mtime) a snapshot was copied from


def snapshot_path(db: str | Path) -> Path:
    """`runs/newsclaims.duckdb` -> `runs/newsclaims.read.duckdb` (suffix kept, `.duckdb` when none)."""
    db = Path(db)
    return db.with_name(f"{db.stem}{SNAPSHOT_TAG}{db.suffix or '.duckdb'}")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def is_fresh(db: str | Path) -> bool:
    """Whether the snapshot exists and is at least as new as the DB (and its WAL)."""
    db, snap = Path(db), snapshot_path(db)
    return snap.is_file() and _mtime_ns(snap) >= max(_mtime_ns(db), _mtime_ns(_wal(db)))


def read_path(db: str | Path) -> Path | str:
    """What a reader should open: the snapshot when it is fresh, else the DB itself (a DuckLake as given:
    its readers attach it read-only and never block a writer)."""
    if is_lake(db):
        return str(db)
    return snapshot_path(db) if is_fresh(db) else Path(db)


def publish_snapshot(db: str | Path, wait_s: float = 60.0) -> Path:
    """Checkpoint `db` and atomically replace its read snapshot with a copy; returns the snapshot path.

    The copy is taken while holding the DB's write lock, so no run changes it mid-copy. The source
    is read through a descriptor opened before the connection and closed after it: POSIX drops
    all of a process's locks on a file when any descriptor of that file is closed, which would
    release DuckDB's lock under the open connection.
    """
    db = Path(db)
    with open(db, "rb") as src:
        with open_db(db, wait_s=wait_s) as con:
            tmp = copy_for_snapshot(db, src, con)
        return install_snapshot(db, tmp)


def copy_for_snapshot(db: Path, src, con) -> str | None:
    """The first half of publish_snapshot, for a caller that holds `con` on `db` already (and opened
    `src`, a read descriptor of it, before `con`): checkpoint, then copy to a temp file beside the
    snapshot. None when the snapshot is a copy of the DB as it is (nothing to replace)."""
    snap = snapshot_path(db)
    remove_stale_temps(snap)
    con.execute("checkpoint")  # everything in the main file, nothing left in the WAL
    if _same_source(src, snap):
        return None  # nothing was written since the last snapshot: keep it, copy nothing
    return _copy_to_temp(src, snap)


def install_snapshot(db: Path, tmp: str | None) -> Path:
    """The second half: the copy replaces the snapshot (after the connection is closed)."""
    snap = snapshot_path(db)
    if tmp is None:
        return snap
    try:
        os.chmod(tmp, 0o444)  # a read-write open would leave a WAL for the next snapshot to replay
        _wal(snap).unlink(missing_ok=True)
        os.replace(tmp, snap)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # A checkpoint with nothing to write leaves the DB's mtime alone; make the snapshot no older.
    newest = max(_mtime_ns(snap), _mtime_ns(db), _mtime_ns(_wal(db)))
    os.utime(snap, ns=(newest, newest))
    _fsync_dir(snap.parent)
    return snap


def _source_tag(src) -> str:
    st = os.fstat(src.fileno())
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def _same_source(src, snap: Path) -> bool:
    """Whether the snapshot was copied from the DB exactly as it is now (tag kept in an xattr), and
    nobody wrote to it since (same size, no WAL of a read-write session beside it)."""
    try:
        if _wal(snap).exists() or snap.stat().st_size != os.fstat(src.fileno()).st_size:
            return False
        return os.getxattr(snap, _XATTR).decode() == _source_tag(src)
    except (OSError, AttributeError):  # no snapshot yet, or a file system without user xattrs
        return False


def remove_stale_temps(snap: Path) -> list[Path]:
    """Delete temp copies left by a publisher that died mid-copy (kill -9, power loss).

    Each temp file carries its writer's pid; a live writer's file is left alone.
    """
    removed = []
    for tmp in snap.parent.glob(f".{snap.name}.*.tmp"):
        parts = tmp.name[len(snap.name) + 2:].split(".")
        pid = int(parts[0]) if parts and parts[0].isdigit() else None
        if pid is not None and pid != os.getpid() and pid_alive(pid):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def _copy_to_temp(src, snap: Path) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{snap.name}.{os.getpid()}.", suffix=".tmp", dir=snap.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            _copy(src, out)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.setxattr(tmp, _XATTR, _source_tag(src).encode())
        except (OSError, AttributeError):
            pass  # then every run copies, as before
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _copy(src, out) -> None:
    """In the kernel (copy_file_range: no trip through Python, a reflink where the file system can)."""
    src.seek(0)
    size = os.fstat(src.fileno()).st_size
    try:
        done = 0
        while done < size:
            n = os.copy_file_range(src.fileno(), out.fileno(), size - done, done, done)
            if n == 0:
                break
            done += n
        if done == size:
            return
    except (OSError, AttributeError):
        pass
    src.seek(0)
    out.seek(0)
    out.truncate()
    shutil.copyfileobj(src, out, 4 * 1024 * 1024)


def _fsync_dir(folder: Path) -> None:
    # The rename itself is durable only once the directory entry is on disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
