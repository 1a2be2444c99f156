"""Text decoding: BOMs, UTF-8, cp1252, declared HTML charsets, binary junk."""
from __future__ import annotations

import codecs

import pytest

from tasks.core.decode import DecodeError, decode_bytes, declared_charset, looks_binary

TEXT = "Café “quoted” — naïve Zürich €5"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
])
def test_common_encodings_decode(data):
    assert decode_bytes(data).lstrip("\ufeff") == TEXT


def test_latin1_text_without_declaration():
    text = "Le ministère a déclaré que la coopération continuerait à Genève et à Besançon."
    assert decode_bytes(text.encode("latin-1")) == text


def test_html_meta_charset_is_used():
    html = '<html><head><meta charset="windows-1251"></head><body><p>Министерство обороны</p></body></html>'
    assert declared_charset(html.encode("cp1251")) == "cp1251"
    assert "Министерство обороны" in decode_bytes(html.encode("cp1251"), is_html=True)


def test_http_equiv_charset_and_mislabelled_utf8():
    html = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Señor Müller</p>'
    # declared latin-1, truly latin-1
    assert "Señor Müller" in decode_bytes(html.encode("latin-1"), is_html=True)
    # declared latin-1 but really UTF-8: valid UTF-8 wins, no mojibake
    assert "Señor Müller" in decode_bytes(html.encode("utf-8"), is_html=True)


def test_header_charset_used_when_no_meta():
    assert decode_bytes("Grüße".encode("cp1252"), header_charset="ISO-8859-1") == "Grüße"


def test_binary_junk_is_refused():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert looks_binary("".join(chr(i) for i in range(1, 32)) * 10)
    assert not looks_binary("An ordinary sentence.\nAnother line.\t Tabbed.")
