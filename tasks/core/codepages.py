"""Which legacy code page a text that is not UTF-8 is in (pure: bytes in, a codec name out).

charset-normalizer alone reads short Western text as Baltic or Central European ("Café" as
cp1257 "Cafķ") and Polish as cp1252 ("Wa³êsa"), because those code pages decode the same bytes
with equal "chaos". Here every candidate code page decodes the sample, and the decodings are
compared on two things, in this order:

1. broken words: a symbol or control inside a word ("Wa³êsa"), letters of two scripts in one
   word, an upper-case letter right after a lower-case one ("ŁódŸ"), a Latin word made mostly
   of accented letters (Cyrillic read as cp1252: "Ìèíèñòåðñòâî"), bytes the code page lacks;
2. letters outside an alphabet: how many of the distinct accented letters fit no single
   language's alphabet (data/alphabets.json): Czech read as cp1252 has ø, è and ž together,
   which no language writes; read as cp1250 it has ř, č and ž, which Czech does.

Among equals, the code page Western news uses most wins (the order of CANDIDATES).
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

import regex

# Most used first: ties go to the earlier one. latin-1 is read as its superset cp1252 (WHATWG).
CANDIDATES = ("cp1252", "cp1250", "cp1251", "cp1257", "cp1253", "cp1254", "koi8_r", "iso8859_2",
              "cp1255", "cp1256", "mac_roman")
ALPHABETS_FILE = Path(__file__).with_name("data") / "alphabets.json"
_WORD = regex.compile(r"[^\s\p{P}]+")  # words end at spaces and punctuation (CJK text has no spaces)


@lru_cache(maxsize=1)
def _alphabets() -> tuple[frozenset[str] | str, ...]:
    table = json.loads(ALPHABETS_FILE.read_text(encoding="utf-8"))
    return tuple(v.removeprefix("script:") if v.startswith("script:") else frozenset(v)
                 for k, v in table.items() if not k.startswith("_"))


def best_codec(sample: bytes, guess: Callable[[bytes], str | None] | None = None) -> str:
    """The candidate code page whose decoding of sample reads most like real text.

    When even the best one breaks words, guess(sample) (a detector's answer) is tried too: the
    text may be in a multi-byte legacy encoding (Shift_JIS, GBK, Big5, EUC-KR) none of them reads."""
    scored = sorted((score(sample, codec), i, codec) for i, codec in enumerate(CANDIDATES))
    best, _, codec = scored[0]
    if best[0] and guess is not None:
        other = guess(sample)
        try:
            if other and other not in CANDIDATES and score(sample, other) < best:
                return other
        except LookupError:
            pass
    return codec


def score(sample: bytes, codec: str) -> tuple[int, int]:
    """(broken words, letters outside any one alphabet) of sample decoded with codec; lower is better."""
    text = sample.decode(codec, errors="replace")
    broken = text.count("\ufffd")
    letters: set[str] = set()
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        core = word.strip("".join(ch for ch in word if _is_edge(ch)))
        if core and _looks_broken(core):
            broken += 1
        letters.update(low for low in (_lower(ch) for ch in core if ch.isalpha()) if not low.isascii())
    return broken, _misfits(letters)


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else low[0]  # "İ".lower() is "i" and a combining dot


def _misfits(letters: set[str]) -> int:
    if not letters:
        return 0
    best = len(letters)
    for alphabet in _alphabets():
        if isinstance(alphabet, str):  # a whole script
            outside = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith(alphabet))
        else:
            outside = len(letters - alphabet)
        best = min(best, outside)
    return best


def _script(ch: str) -> str:
    script = unicodedata.name(ch, "? ?").split()[0]
    # Japanese mixes kanji, hiragana and katakana in one word; Korean and Chinese likewise
    return "CJK" if script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH") else script


def _is_edge(ch: str) -> bool:
    # punctuation, symbols and digits may wrap a word: “quoted”, (€50), ¿qué? (not "³": Polish ł in cp1252)
    return unicodedata.category(ch)[0] in "PSZ" or ch.isdecimal()


def _looks_broken(word: str) -> bool:
    scripts: set[str] = set()
    lower_seen, accented, letters = False, 0, 0
    for ch in word:
        if ch.isascii():
            if ch.isalpha():
                letters += 1
                scripts.add("LATIN")
                lower_seen = lower_seen or ch.islower()  # ASCII camel case ("McDonald") is real
            continue
        if not ch.isalpha():
            return True  # "Wa³êsa": a symbol or control inside a word
        letters += 1
        accented += 1
        scripts.add(_script(ch))
        if ch.isupper() and lower_seen:
            return True  # "ŁódŸ"; KOI8-R read as cp1251 flips case inside words
        lower_seen = lower_seen or ch.islower()
    if len(scripts) > 1:
        return True
    return scripts == {"LATIN"} and letters >= 5 and accented * 2 > letters  # not "Łódź"
