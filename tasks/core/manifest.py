"""manifest.jsonl: what is known about input files, one JSON object per line (pure: bytes in).

Each line names its file as "file" (or "path", relative to the folder) with any of
MANIFEST_FIELDS. One bad line (not UTF-8, not JSON, a field of the wrong type) is one problem
for that line only: every other line still applies, and the file it named loads without it.
Lines naming no file at all are another project's bookkeeping and are skipped silently.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

# Fields a manifest may give, and the names other manifests use for them.
MANIFEST_FIELDS = {"title": "title", "outlet": "outlet", "wire_agency": "wire_agency", "published_at": "published_at",
                   "language": "language", "lang": "language", "url": "url", "author": "author"}
MAX_TEXT = 2000  # characters of a title, outlet or author: more is not metadata
MAX_URL = 8192
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")  # en, pt-BR, zh-Hant-TW


def parse_manifest(data: bytes, label: str) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """({file name: known fields}, [(label:line, reason)]) for the manifest's bytes."""
    known: dict[str, dict] = {}
    problems: list[tuple[str, str]] = []
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{label}:{n}"
        try:
            row = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
        except UnicodeDecodeError:
            problems.append((where, f"manifest line {n} is not UTF-8 text; line ignored"))
            continue
        except ValueError as exc:
            problems.append((where, f"manifest line {n} is not JSON ({getattr(exc, 'msg', exc)}); line ignored"))
            continue
        if not isinstance(row, dict):
            problems.append((where, f"manifest line {n} is a JSON {_kind(row)}, not an object; line ignored"))
            continue
        name = row.get("file") if row.get("file") is not None else row.get("path")
        if name is None:
            continue
        if not isinstance(name, str) or not name.strip() or not _is_text(name):
            problems.append((where, f"manifest line {n}: 'file' must be a file name, got {_kind(name)}; line ignored"))
            continue
        meta, errors = {}, []
        for key, value in row.items():
            field = MANIFEST_FIELDS.get(key)
            if field is None or value is None or value == "":
                continue
            error = check_field(field, value)
            if error:
                errors.append(f"{key} {error}")
            else:
                meta[field] = value.strip()
        if errors:
            problems.append((where, f"manifest line {n} ({name}): {'; '.join(errors)}; line ignored"))
        else:
            known[name] = meta
    return known, problems


def check_field(field: str, value) -> str | None:
    """Why value cannot be the field's metadata; None when it can."""
    if not isinstance(value, str):
        return f"must be text, got {_kind(value)}"
    if not _is_text(value):
        return "holds characters that are not text (lone surrogates)"
    value = value.strip()
    if field == "language" and not _LANGUAGE.match(value):
        return f"must be a language code such as 'en' or 'pt-BR', got {value[:40]!r}"
    if field == "url":
        if len(value) > MAX_URL or urlsplit(value).scheme.lower() not in ("http", "https"):
            return "must be an http(s) URL"
        return None
    if len(value) > MAX_TEXT or any(ch in value for ch in "\x00\r\n"):
        return f"must be one line of at most {MAX_TEXT} characters"
    return None


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # "\ud800" in JSON decodes to a lone surrogate no database can store
        return False
    return True


def _kind(value) -> str:
    return {dict: "object", list: "list", bool: "true/false", int: "number", float: "number",
            str: "text", type(None): "null"}.get(type(value), type(value).__name__)
