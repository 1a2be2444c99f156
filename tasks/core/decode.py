"""Bytes to text: BOMs, valid UTF-8, declared charsets (HTML meta, XML, HTTP), then detection."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""",
    re.IGNORECASE,
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names in the first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore").lower()
    return _normalise(name)


def _normalise(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG); so should we.
    return "cp1252" if codec in ("latin_1", "iso8859-1", "ascii") else codec


def decode_bytes(data: bytes, *, header_charset: str | None = None, is_html: bool = False) -> str:
    """Decode article bytes. Order: BOM, strict UTF-8, declared charset, detection, cp1252.

    Valid UTF-8 wins over a declared single-byte charset because multi-byte UTF-8 sequences
    are vanishingly unlikely in real cp1252 text, while mislabelled UTF-8 pages are common.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data (NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in (declared_charset(data) if is_html else None, _normalise(header_charset)):
        if name and name not in ("utf_8", "utf-8"):
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode(_detect(data[:200_000]), errors="replace")


def _detect(sample: bytes) -> str:
    """charset-normalizer's guess, but cp1252 when it fits as well as the best guess.

    Western single-byte pages are far more often cp1252 than the cp1250/cp775 look-alikes
    that decode the same bytes with equal 'chaos'.
    """
    matches = list(from_bytes(sample))
    if not matches:
        return "cp1252"
    best = min(m.chaos for m in matches)
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best + 0.1:
            return "cp1252"
    return matches[0].encoding


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters: a binary file, not an article."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    replacement = sample.count("\ufffd")
    return (controls + replacement) / len(sample) > 0.05
