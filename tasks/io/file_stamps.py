"""File stamps: an input file's stat when its bytes were read, so an unchanged file need not be read again.

An unchanged rerun compares every file's sha256 with the stored one; reading and gunzipping 800
pages for that took most of its time. When a file was read, its stamp is kept: size, mtime and
ctime in nanoseconds, inode and device (of the descriptor the bytes came from), the length of
what was read, its sha256, and the wall clock just before the stat. A later run takes the stored
sha256 without reading only when **all** of these hold (`known_hash`):

1. the file's stat now equals the stamp in size, mtime, ctime, inode and device;
2. the stamp was taken at least `SETTLED_S` after the file's last change (max of mtime and ctime);
3. the file and what was read fit the run's size limit (a lower --max-bytes must still refuse it).

Why that catches a file changed in place with the same size and mtime: every write, and every
change of the times themselves (`touch -d`, `cp -p`, `rsync -t`, `tar -x`, `os.utime`), sets the
ctime to the current time, and no system call sets the ctime back. A replacement by rename is a
new inode (and ctime). Rule 2 closes the remaining gap, a write in the same timestamp tick as the
stat (coarse clocks, file systems with one- or two-second times): a stamp is used only when the
file had been still for SETTLED_S when it was read, so any later write gets a later ctime. This
is git's "racily clean" rule. What it cannot see: a system clock set back by more than SETTLED_S
between two writes, a file system that keeps no ctime or fakes it (some FUSE and network mounts
whose server clock differs from ours), and writes through a shared mmap whose times the kernel
has not updated yet. For those, `NEWSCLAIMS_REREAD_FILES=1` makes every run read every file.

The stamps are facts about files, not about the database: they say what a file's bytes hash to,
and the run still compares that hash with what the database stores. They live beside the DB in
`<db>.file-stamps.json` (for a lake: its catalog file, or the user's state folder for a catalog
server), written atomically; a lost, stale or unreadable stamp file only means the files are read.
"""
from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

SETTLED_S = 2.0  # a FAT file system keeps times to 2 s; every other one finer
_SETTLED_NS = int(SETTLED_S * 1e9)
SUFFIX = ".file-stamps.json"
_VERSION = 1


def stamp(st: os.stat_result, n_bytes: int, sha256: str, stat_at_ns: int) -> list:
    """A stamp as stored: [size, mtime_ns, ctime_ns, inode, device, bytes read, sha256, stat taken at (ns)]."""
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev, n_bytes, sha256, stat_at_ns]


def known_hash(entry: list | None, path: Path, max_bytes: int) -> str | None:
    """The sha256 a stamp vouches for, or None: the file must be read (see the module doc)."""
    if entry is None or os.environ.get("NEWSCLAIMS_REREAD_FILES", "") not in ("", "0"):
        return None
    try:
        size, mtime, ctime, ino, dev, n_bytes, sha256, stat_at = entry
        st = os.stat(path)
    except (OSError, TypeError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode) or (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev) != \
            (size, mtime, ctime, ino, dev):
        return None
    if stat_at - max(mtime, ctime) < _SETTLED_NS or size > max_bytes or n_bytes > max_bytes:
        return None
    return sha256


def stamps_path(db: str | Path) -> Path:
    from tasks.io.runlog import beside_db

    return beside_db(db, SUFFIX)


def load(db: str | Path) -> dict[str, list]:
    """locator -> stamp; empty when there is no stamp file or it cannot be read."""
    try:
        data = json.loads(stamps_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION or not isinstance(data.get("stamps"), dict):
        return {}
    return data["stamps"]


def save(db: str | Path, fresh: dict[str, list]) -> None:
    """Add these stamps to the stored ones (atomically: a temp file renamed over the old one). Best effort:
    a stamp file that cannot be written means the next run reads the files. Two runs saving at once may
    lose one's new stamps, which costs a read, never a wrong answer."""
    if not fresh:
        return
    path = stamps_path(db)
    stamps = {**load(db), **fresh}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")  # the umask's mode, as the DB's
        try:
            with open(tmp, "x", encoding="utf-8") as out:
                json.dump({"version": _VERSION, "stamps": stamps}, out, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError:
        pass
