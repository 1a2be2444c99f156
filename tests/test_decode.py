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


# Real accented names, written in each legacy code page from Python strings (issue 12.6).
LEGACY = {
    "cp1252": "Café President Jürgen Müller met François Hollande and José Manuel Barroso in Zürich; "
              "“we agree,” Søren Kierkegaard’s biographer said — €50 a ticket.",
    "latin-1": "Le ministère a déclaré que la coopération continuerait à Genève, selon Sébastien Lecornu "
               "et Ségolène Royal.",
    "cp1250": "Prezydent Lech Wałęsa i premier Donald Tusk spotkali się w Łodzi, a Petr Fiala řekl, "
              "že Česká republika pomůže. Orbán Viktor és Zoran Milanović szerint erős marad.",
    "cp1251": "Министр обороны Сергей Шойгу заявил, что Владимир Путин встретится с Александром "
              "Лукашенко и Владимиром Зеленским.",
}


@pytest.mark.parametrize("codec", LEGACY)
def test_legacy_code_pages_with_real_names(codec, tmp_path):
    from tasks.io.files import read_input

    text = LEGACY[codec]
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(text.encode(codec))
    assert decode_bytes(read_input(path, 1_000_000)) == text
    assert decode_bytes(read_input(path, 1_000_000), is_html=True) == text  # no meta: the same guess


def test_short_western_text_is_not_read_as_baltic():
    """The issue's case: "Café President" in Windows-1252 loaded as cp1257 "Cafķ President"."""
    assert decode_bytes("Café President".encode("cp1252")) == "Café President"
    assert decode_bytes("Lech Wałęsa".encode("cp1250")) == "Lech Wałęsa"
    assert decode_bytes("Сергей Шойгу".encode("cp1251")) == "Сергей Шойгу"


def test_mixed_utf8_and_cp1252_decodes_each_part_in_its_own_encoding():
    utf8 = "Zürich, São Paulo and Kraków — “quoted” in UTF-8.\n".encode("utf-8")
    cp1252 = "Café President Müller said “no” and paid €50.\n".encode("cp1252")
    same_line = "Ségolène (UTF-8) ".encode("utf-8") + "and Renée (cp1252)\n".encode("cp1252")
    text = decode_bytes(utf8 + cp1252 + same_line + utf8)
    assert text == ("Zürich, São Paulo and Kraków — “quoted” in UTF-8.\n"
                    "Café President Müller said “no” and paid €50.\n"
                    "Ségolène (UTF-8) and Renée (cp1252)\n"
                    "Zürich, São Paulo and Kraków — “quoted” in UTF-8.\n")
    assert "Ă" not in text and "Ã" not in text  # not read as cp1250 or double-decoded


def test_mixed_utf8_and_cp1251_lines():
    data = "Moscow, “Kremlin” — UTF-8 line.\n".encode("utf-8") + "Министр обороны Сергей Шойгу\n".encode("cp1251")
    assert decode_bytes(data) == "Moscow, “Kremlin” — UTF-8 line.\nМинистр обороны Сергей Шойгу\n"


def test_a_multibyte_legacy_encoding_is_still_recognised():
    text = "日本の首相は記者会見で、経済対策を発表したと述べた。東京都内では多くの人が集まった。"
    assert decode_bytes(text.encode("shift_jis")) == text
