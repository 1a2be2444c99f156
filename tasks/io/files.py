"""Local inputs: find article files under the given paths and read them within limits.

Nothing here trusts the file system: a FIFO, a device or a socket (also behind a symbolic link)
is reported before it is opened, since reading one blocks forever or never ends (/dev/zero);
a file is opened non-blocking and checked again on the open descriptor (it may have been
swapped since the first look), and its size is counted while reading, never taken from
st_size. Folders that cannot be listed, links that lead nowhere and names that are not UTF-8
are reported or stored safely, never skipped in silence and never a crash.
"""
from __future__ import annotations

import gzip
import io
import os
import stat
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tasks.core.manifest import parse_manifest

ARTICLE_SUFFIXES = (".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt")
# Files that describe inputs rather than being inputs; never reported as unsupported.
SIDECARS = ("manifest.jsonl",)
SIDECAR_SUFFIXES = (".meta.json",)
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass
class FileInput:
    key: str  # path relative to the input root's parent: "seeds/000_x.txt", "pages/a.html.gz"
    path: Path
    meta: dict = field(default_factory=dict)

    @property
    def is_html(self) -> bool | None:
        name = self.path.name.lower()
        if name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            return True
        # .txt is sniffed: pages saved from a browser as "text" are often HTML
        return None

    @property
    def locator(self) -> str:
        """The absolute path as stored (see storable)."""
        return storable(str(self.path))


@dataclass
class Discovery:
    inputs: list[FileInput]
    problems: list[tuple[str, str]]  # (input, reason) for paths that cannot be inputs


def storable(name: str) -> str:
    """A file name as text any database can store, reversibly (see original_name).

    POSIX names are bytes; Python shows the bytes that are not UTF-8 as lone surrogates
    (os.fsdecode), which DuckDB refuses to store. Such a name is written with each of those bytes
    as a \\xNN escape and its backslashes doubled ("caf\\xe9.txt"); UTF-8 names stay as they are."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name.replace("\\", "\\\\")).decode("utf-8", "backslashreplace")


def original_name(stored: str) -> str:
    """The file name storable() was given (for a name it escaped)."""
    out, i = bytearray(), 0
    while i < len(stored):
        if stored.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif stored.startswith("\\x", i) and len(stored) >= i + 4:
            out.append(int(stored[i + 2:i + 4], 16))
            i += 4
        else:
            out += stored[i].encode("utf-8")
            i += 1
    return os.fsdecode(bytes(out))


def discover_files(paths: list[str | Path]) -> Discovery:
    """Expand files and folders (recursively) into article inputs, in a stable order."""
    inputs: dict[str, FileInput] = {}
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        kind = _kind_of(path)
        if kind == "folder":
            _walk(path.resolve(), inputs, problems)
        elif kind == "file":
            f = path.resolve()
            key = storable(f"{f.parent.name}/{f.name}" if f.parent.name else f.name)
            if not f.name.lower().endswith(ARTICLE_SUFFIXES):
                problems.append((key, _UNSUPPORTED))
                continue
            known = _load_manifest(f.parent, problems)
            inputs[key] = FileInput(key, f, known.get(f.name, {}))
        elif os.path.lexists(path):  # a FIFO, device or socket: keyed like a file, never opened
            f = path.absolute()
            problems.append((storable(f"{f.parent.name}/{f.name}" if f.parent.name else f.name), kind))
        else:
            problems.append((storable(str(raw)), kind))
    return Discovery(list(inputs.values()), problems)


_UNSUPPORTED = f"unsupported file type (expected {', '.join(ARTICLE_SUFFIXES)})"
_NOT_REGULAR = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device",
                stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


def _kind_of(path: Path) -> str:
    """'folder', 'file', or the reason the path is neither (following symbolic links)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "no such file or directory"
    except OSError as exc:
        return f"cannot look at it: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if stat.S_ISREG(st.st_mode):
        return "file"
    return _not_regular(st.st_mode)


def _not_regular(mode: int) -> str:
    what = _NOT_REGULAR.get(stat.S_IFMT(mode), "not a regular file")
    return f"not a regular file: {what}; not opened"


def _walk(root: Path, inputs: dict[str, FileInput], problems: list[tuple[str, str]]) -> None:
    manifest = _load_manifest(root, problems)

    def unlistable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        rel = where.relative_to(root).as_posix() if where != root else ""
        problems.append((storable(f"{root.name}/{rel}".rstrip("/")),
                         f"cannot list folder: {exc.strerror or exc}; its files were not read"))

    found = []
    for folder, dirs, files in os.walk(root, onerror=unlistable):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in list(dirs):
            if (here / d).is_symlink():  # os.walk lists links to folders as folders, never enters them
                dirs.remove(d)
                found.append(here / d)
        found.extend(here / f for f in files if not f.startswith("."))
    for f in sorted(found):
        rel = f.relative_to(root)
        if _is_sidecar(f):
            continue
        key = storable(f"{root.name}/{rel.as_posix()}")
        kind = _kind_of(f)
        if kind == "folder":
            problems.append((key, "symbolic link to a folder; not followed (link it or name it directly)"))
        elif kind != "file":
            problems.append((key, kind))
        elif not f.name.lower().endswith(ARTICLE_SUFFIXES):
            problems.append((key, _UNSUPPORTED))
        else:
            inputs[key] = FileInput(key, f, manifest.get(rel.as_posix(), {}))


def _is_sidecar(path: Path) -> bool:
    return path.name in SIDECARS or path.name.endswith(SIDECAR_SUFFIXES)


def _load_manifest(folder: Path, problems: list[tuple[str, str]] | None = None) -> dict[str, dict]:
    """Known metadata per file from a manifest.jsonl beside the inputs (tasks/core/manifest.py).

    A bad line is one problem and the other lines still apply; a manifest that cannot be read
    at all is one problem. Neither ever stops a run."""
    manifest = folder / "manifest.jsonl"
    label = storable(f"{folder.name}/manifest.jsonl")
    if not os.path.lexists(manifest):
        return {}
    try:
        data = read_input(manifest, MAX_MANIFEST_BYTES)
    except ReadError as exc:
        if problems is not None:
            problems.append((label, f"manifest ignored: {exc}"))
        return {}
    known, bad = parse_manifest(data, label)
    if problems is not None:
        problems.extend(bad)
    return known


class ReadError(ValueError):
    """The file cannot be read as an input (too large, broken compression, not a regular file)."""


def read_input(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped for .gz, refusing anything over max_bytes (also after gunzip)."""
    return read_input_stat(path, max_bytes)[0]


def read_input_stat(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result, int]:
    """read_input, with the stat of the descriptor the bytes were read from and the wall clock (ns)
    just before that stat was taken (tasks/io/file_stamps.py keeps them to skip an unchanged file)."""
    try:
        data, st, stat_at_ns = _read_regular_file(path, max_bytes)
        if not path.name.lower().endswith(".gz"):
            return data, st, stat_at_ns
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
        if len(out) > max_bytes:
            raise ReadError(f"decompressed size is over the {max_bytes:,}-byte limit")
        return out, st, stat_at_ns
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ReadError(f"broken gzip file: {exc or type(exc).__name__}") from exc
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc


def _read_regular_file(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result, int]:
    """(at most max_bytes of a regular file, its descriptor's stat, the clock before that stat);
    ReadError for anything else or anything more."""
    kind = _kind_of(path)
    if kind != "file":  # looked at before opening: opening a FIFO for reading can block
        raise ReadError(kind)
    # O_NONBLOCK: should the path have become a FIFO since, open() returns at once instead of
    # waiting for a writer; the descriptor's own fstat then tells what was really opened.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        stat_at_ns = time.time_ns()
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(_not_regular(st.st_mode))
        if st.st_size > max_bytes:  # an early "no"; a "yes" is only ever decided by counting
            raise ReadError(f"file is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise ReadError(f"file is over the {max_bytes:,}-byte limit (it grew while being read)")
        return b"".join(chunks), st, stat_at_ns
    finally:
        os.close(fd)
