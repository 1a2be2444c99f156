"""Bytes to text: BOMs, valid UTF-8, declared charsets (HTML meta, XML, HTTP), then detection."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from tasks.core.codepages import best_codec

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
    return decode_legacy(data)


def decode_legacy(data: bytes) -> str:
    """Text that is not all UTF-8 and declares no charset: legacy code page, or UTF-8 mixed with one.

    Lines that are valid UTF-8 stay UTF-8 (files pasted together from several sources mix
    them); the others are read in the code page that reads them best (tasks/core/codepages.py).
    For cp1252 the fallback is per invalid byte sequence, so a line mixing both still reads
    right ("Café" in UTF-8 and "Zürich" in cp1252 on one line).
    """
    lines = data.splitlines(keepends=True)
    legacy = [line for line in lines if not _is_utf8(line)]
    codec = best_codec(b"".join(legacy)[:SAMPLE_BYTES], guess=_guess)
    if codec == "cp1252":
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    return "".join(line.decode("utf-8") if _is_utf8(line) else line.decode(codec, errors="replace")
                   for line in lines)


SAMPLE_BYTES = 64 * 1024  # of the lines that are not UTF-8: enough to tell code pages apart
_CP1252_FALLBACK = "newsclaims-cp1252"


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """codecs error handler: bytes that are not UTF-8 read as cp1252 (its 5 holes as latin-1)."""
    chunk = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="strict") if b not in _CP1252_HOLES else chr(b)
                   for b in chunk), exc.end


_CP1252_HOLES = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's guess: asked only when no single-byte code page reads the text cleanly
    (Shift_JIS, GBK, Big5, EUC-KR and other multi-byte legacy encodings)."""
    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters: a binary file, not an article."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    replacement = sample.count("\ufffd")
    return (controls + replacement) / len(sample) > 0.05
