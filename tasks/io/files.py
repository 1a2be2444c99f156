"""Local inputs: find article files under the given paths and read them within limits."""
from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIXES = (".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt")
# Files that describe inputs rather than being inputs; never reported as unsupported.
SIDECARS = ("manifest.jsonl",)
SIDECAR_SUFFIXES = (".meta.json",)


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


@dataclass
class Discovery:
    inputs: list[FileInput]
    problems: list[tuple[str, str]]  # (input, reason) for paths that cannot be inputs


def discover_files(paths: list[str | Path]) -> Discovery:
    """Expand files and folders (recursively) into article inputs, in a stable order."""
    inputs: dict[str, FileInput] = {}
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = path.resolve()
            manifest = _load_manifest(root, problems)
            for f in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
                rel = f.relative_to(root)
                if any(part.startswith(".") for part in rel.parts) or _is_sidecar(f):
                    continue
                key = f"{root.name}/{rel.as_posix()}"
                if not f.exists():
                    problems.append((key, "broken symbolic link"))
                    continue
                if not f.name.lower().endswith(ARTICLE_SUFFIXES):
                    problems.append((key, f"unsupported file type (expected {', '.join(ARTICLE_SUFFIXES)})"))
                    continue
                inputs[key] = FileInput(key, f, manifest.get(rel.as_posix(), {}))
        elif path.is_file():
            f = path.resolve()
            key = f"{f.parent.name}/{f.name}" if f.parent.name else f.name
            if not f.name.lower().endswith(ARTICLE_SUFFIXES):
                problems.append((key, f"unsupported file type (expected {', '.join(ARTICLE_SUFFIXES)})"))
                continue
            inputs[key] = FileInput(key, f, _load_manifest(f.parent, problems).get(f.name, {}))
        else:
            problems.append((str(raw), "no such file or directory"))
    return Discovery(list(inputs.values()), problems)


def _is_sidecar(path: Path) -> bool:
    return path.name in SIDECARS or path.name.endswith(SIDECAR_SUFFIXES)


# Fields a manifest may give, and the names other manifests use for them.
MANIFEST_FIELDS = {"title": "title", "outlet": "outlet", "wire_agency": "wire_agency", "published_at": "published_at",
                   "language": "language", "lang": "language", "url": "url", "author": "author"}


def _load_manifest(folder: Path, problems: list[tuple[str, str]] | None = None) -> dict[str, dict]:
    """Known metadata per file from a manifest.jsonl beside the inputs.

    One JSON object per line naming its file as "file" (or "path", relative to the folder),
    with any of MANIFEST_FIELDS. Lines naming no file are ignored; a manifest that is not
    JSON Lines is reported as a problem and otherwise ignored: it never stops a run.
    """
    manifest = folder / "manifest.jsonl"
    if not manifest.is_file():
        return {}
    known, n = {}, 0
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            name = row.get("file") or row.get("path") if isinstance(row, dict) else None
            if isinstance(name, str):
                known[name] = {MANIFEST_FIELDS[k]: v for k, v in row.items() if k in MANIFEST_FIELDS and v}
    except (ValueError, OSError) as exc:
        if problems is not None:
            problems.append((f"{folder.name}/manifest.jsonl", f"manifest ignored: line {n}: {exc}"))
        return {}
    return known


class ReadError(ValueError):
    """The file cannot be read as an input (too large, broken compression, unreadable)."""


def read_input(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped for .gz, refusing anything over max_bytes (also after gunzip)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        if not path.name.lower().endswith(".gz"):
            return path.read_bytes()
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(f"decompressed size is over the {max_bytes:,}-byte limit")
        return data
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ReadError(f"broken gzip file: {exc or type(exc).__name__}") from exc
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
