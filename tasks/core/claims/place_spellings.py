"""The spellings English news copy uses for a place ISO writes in a scholarly romanisation.

pycountry names Afghan, Iraqi, Syrian and Yemeni provinces with diacritics and the Arabic article ("Nangarhār",
"Al Anbār", "Karbalā’", "Ar Raqqah"); wire copy writes "Nangarhar", "Anbar", "Karbala", "Raqqa". The variants are
derived by rule (accents folded, the letters for the glottal stop and ʿayn dropped, the article dropped, a final
"-ah" written "-a"), never listed by hand; the caller decides which of them may stand for the place.
"""
from __future__ import annotations

import unicodedata

import regex as re

# the letters romanisations use for hamza and ʿayn ("Ma’rib", "Tāʻizz", "Dar'ā"), which news copy leaves out
_GLOTTAL = re.compile(r"[’‘ʻʼʿʾ'`]")
# the Arabic article as ISO writes it before a capital, assimilated or not ("Al Anbār", "An Najaf", "Ar Raqqah",
# "Ash Sharqīyah", "Aḑ Ḑāli‘")
_ARTICLE = re.compile(r"^(?:Al|El|Ad|Adh|An|Ar|As|Ash|At|Ath|Az)[ -](?=\p{Lu})")  # (read after folding)
_FINAL_AH = re.compile(r"(?<=\p{Ll}{2})ah$")
# Arabic compass and position words ("south", "northern", "central", "interior"): a unit named by them alone ("Al Janūb",
# "Al Wusţá", "Ad Dākhilīyah") is a part of any Arab country in copy ("Asharq Al-Awsat" is a paper), as English
# "Northern" is (gazetteer._COMPASS_ONLY)
_COMPASS = re.compile(r"(?i)(?:(?:al|ash|ad|as)\s)?(?:janub|shamal|shimal|sharq|gharb|wust|awsat|dakhil)\w*")


def compass_only(name: str) -> bool:
    """`name` is an Arabic compass or position word, perhaps with its article ("Janubiya", "Al Awsat")."""
    return _COMPASS.fullmatch(name) is not None


def fold(name: str) -> str:
    """`name` without accents and other combining marks ("Kandahār" -> "Kandahar")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def plain_spellings(name: str) -> tuple[str, ...]:
    """The spellings of `name` news copy may use, other than `name` itself, in a fixed order: "Al Başrah" ->
    ("Al Basrah", "Basrah", "Basra"); "Karbalā’" -> ("Karbala",). An ASCII name is ISO's English or a Latin-script
    name already, written as it is ("Sabah" is no "Saba", "An Giang" no "Giang")."""
    if name.isascii():
        return ()
    out: dict[str, None] = {}
    base = _GLOTTAL.sub("", fold(name)).strip()
    for form in (base, _ARTICLE.sub("", base)):
        out[form] = None
        if (short := _FINAL_AH.sub("a", form)) != form:
            out[short] = None
    out.pop(name, None)
    return tuple(out)
