"""Words of a person's name: first names and the gender they tell, titles kept in or before a name, words that never
open one or are no name alone (first_names.tsv with the `names` package's census data, name_titles.tsv, ...)."""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from .calendar_words import WEEKDAYS
from .data_files import read_rows, read_tags, read_word_list, read_words
from .inflections import word_lemmas


@lru_cache(maxsize=None)
def name_particles() -> tuple[str, ...]:
    """Lower-case particles inside a person's name, in file order: 'al', 'bin', 'von', 'der' (name_particles.tsv)."""
    return read_word_list("name_particles.tsv")


# A census first name tells the gender when this share or more of its bearers are of one sex ("James" 99.7% men);
# names given to both ("Kim" 86% women, "Jean", "Leslie", "Chris") tell nothing.
_NAME_SHARE = 0.95


def _census_shares() -> dict[str, float]:
    """First name (lower case) -> the share of its US-census bearers who are women, from the `names` package's data."""
    from importlib.resources import files

    freq: dict[str, list[float]] = {}
    for i, sex in enumerate(("female", "male")):
        for line in files("names").joinpath(f"dist.{sex}.first").read_text(encoding="ascii").splitlines():
            name, pct, *_ = line.split()
            freq.setdefault(name.lower(), [0.0, 0.0])[i] = float(pct)
    return {n: f / (f + m) for n, (f, m) in freq.items() if f + m}


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Every first name the census or first_names.tsv knows (lower case), whatever gender it tells: 'pat', 'kim'."""
    return frozenset(_census_shares()) | read_words("first_names.tsv")


# Surnames as common as this rank or commoner in the US census ("Hardy" 310, "Moody" 401, "Bright" 915) are names a
# story may give alone; rarer entries of the census list are mostly ordinary words ("Few" 11,873, "Most" 22,781).
_COMMON_SURNAME_RANK = 5000


@lru_cache(maxsize=None)
def common_surnames() -> frozenset[str]:
    """The commonest US-census surnames (lower case), from the `names` package's data: 'smith', 'hardy', 'rich'."""
    from importlib.resources import files

    lines = files("names").joinpath("dist.all.last").read_text(encoding="ascii").splitlines()
    return frozenset(line.split()[0].lower() for line in lines[:_COMMON_SURNAME_RANK] if line.strip())


@lru_cache(maxsize=None)
def first_name_genders() -> MappingProxyType:
    """First name (lower case) -> "she" / "he": the census names one sex clearly bears, then first_names.tsv (names
    news English knows that the census lacks or leaves open: "Vladimir", "Narendra", "Kelly"; "-" for neither)."""
    genders = {n: "she" if s >= _NAME_SHARE else "he" for n, s in _census_shares().items()
               if s >= _NAME_SHARE or s <= 1 - _NAME_SHARE}
    for name, gender in read_rows("first_names.tsv"):
        if gender == "-":
            genders.pop(name, None)
        else:
            genders[name] = gender
    return MappingProxyType(genders)


@lru_cache(maxsize=None)
def name_part_titles() -> frozenset[str]:
    """Titles a reader keeps as part of a name (lower case): 'queen', 'pope', 'sheikh' (name_part_titles.tsv)."""
    return read_words("name_part_titles.tsv")


@lru_cache(maxsize=None)
def title_roles() -> frozenset[str]:
    """The office and role words a title before a name is built on, lower case: 'president', 'spokesman'
    (title_roles.tsv)."""
    return read_words("title_roles.tsv")


@lru_cache(maxsize=None)
def title_acronyms() -> MappingProxyType:
    """An office's initials -> the title they spell, lower case: 'CM' -> 'chief minister' (title_acronyms.tsv)."""
    return MappingProxyType(dict(read_rows("title_acronyms.tsv")))


@lru_cache(maxsize=None)
def name_titles() -> frozenset[str]:
    """Titles and roles after which one capitalised word is a person's name ("official Fauzi") (name_titles.tsv)."""
    return read_words("name_titles.tsv")


def opening_adverb(word: str) -> bool:
    """'Purportedly Simpson became angry', 'Apparently Lindsey wrote': a word the dictionary (lemminflect) knows only as
    an adverb, opening a run of capitalised words, is no part of the name after it; a first name or a common surname
    it does not know so ("Kelly") or that is one too, and a stop word of spaCy's, stay."""
    low = word.lower().strip(",")
    if low in not_name_start():
        return True
    # (not a stop word: "Some Democrats", "either side": a quantifier or determiner is the description's own)
    return low not in _stop_words() and dictionary_only(low, "ADV")


def dictionary_only(low: str, pos: str) -> bool:
    """A lower-case word the dictionary (lemminflect) knows only as `pos` ("ADV", "VERB") and that is no given name or
    common surname: no part of a person's name ("purportedly", "excommunicates"; not "kelly", "bush")."""
    return low not in first_names() and low not in common_surnames() and set(word_lemmas(low)) == {pos}


@lru_cache(maxsize=None)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on the first call."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=None)
def not_name_start() -> frozenset[str]:
    """Closed-class words that never open a claimant's name (lower case): 'although', 'afterwards', 'to'."""
    return read_words("not_name_start.tsv")


@lru_cache(maxsize=None)
def not_alone() -> frozenset[str]:
    """Words that are no claimant on their own though they may open one ("First Lady Jill Biden"): ordinals,
    wh-words (not_alone.tsv), the days of the week ("many on Tuesday issued statements") and the number words
    (numbers.py: "Two accused gangbangers went on trial" has no claimant "Two"; "Three Rivers" may still open a name)."""
    from .numbers import NUMBER_WORDS
    return frozenset(list(read_word_list("not_alone.tsv")) + [d.lower() for d in WEEKDAYS] + list(NUMBER_WORDS))


@lru_cache(maxsize=None)
def surname_adjectives() -> frozenset[str]:
    """Adjectives that are common surnames too: 'brown', 'young' (surname_adjectives.tsv)."""
    return read_words("surname_adjectives.tsv")


@lru_cache(maxsize=None)
def agent_noun_endings() -> tuple[str, ...]:
    """Endings of a singular agent noun that may describe a person before the name: 'er', 'ist' (agent_noun_endings.tsv)."""
    return read_word_list("agent_noun_endings.tsv")


@lru_cache(maxsize=None)
def not_lone_surnames() -> frozenset[str]:
    """Capitalised words that open a sentence as a lone surname would and are none: 'Officials', 'Moreover', 'His'
    (not_lone_surnames.tsv)."""
    return read_words("not_lone_surnames.tsv")


@lru_cache(maxsize=None)
def not_name_words(read_by: str = "passing") -> frozenset[str]:
    """Capitalised words no person's name holds: 'Ministry', 'Airport', 'Minister', 'According', those the reader
    `read_by` takes: 'passing' (names read in passing) or 'claimant' (a claimant's name run) (not_name_words.tsv)."""
    return frozenset(word for word, readers in read_tags("not_name_words.tsv").items() if read_by in readers)


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """Abbreviations other than titles and months a dot after which ends no sentence (lower case): 'st', 'corp', 'no'
    (abbreviations.tsv)."""
    return read_words("abbreviations.tsv")


@lru_cache(maxsize=None)
def company_suffixes() -> frozenset[str]:
    """Abbreviations that close a company's name, after which a dot ends a sentence before a typical opener:
    'corp', 'inc' (company_suffixes.tsv)."""
    return read_words("company_suffixes.tsv")


# the courtesy titles of titles.tsv, which say nothing of an office or rank: "Mr", "Dame", "Dr", "Prof"; those
# before a surname alone ("Mr Gaskin", "Dr Chang"; not "Sir Keith", a given name)
HONORIFICS = frozenset({"honorific", "honour", "academic"})
SURNAME_HONORIFICS = frozenset({"honorific", "academic"})
# the titles before a name a role or office may stand beside ("Police spokesman Supt. Ali"): all but a knighthood's,
# which goes with the given name ("Sir Keith" is Keith Joseph, no Mr Keith)
OFFICE_TITLES = frozenset({"honorific", "academic", "elected", "political", "military", "police", "clergy"})
# the titles of elected offices, whose holder news copy names by the title and surname alone ("Gov. Murphy")
ELECTED = frozenset({"elected"})


@lru_cache(maxsize=None)
def title_services() -> tuple[str, ...]:
    """The services a title names after "of" before a name ("Superintendent of Police ..."), longest first
    (title_services.tsv)."""
    return tuple(sorted(read_word_list("title_services.tsv"), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def title_genders() -> MappingProxyType:
    """Title (lower case) -> "he" / "she" where it tells the gender: 'mrs' -> she, 'sir' -> he (titles.tsv)."""
    return MappingProxyType({title.lower(): g for title, *_, g in read_rows("titles.tsv") if g != "-"})


@lru_cache(maxsize=None)
def titles(kinds: frozenset[str] | None = None, form: str | None = None,
           suffixes: bool = False) -> tuple[tuple[str, bool], ...]:
    """The titles of titles.tsv of these kinds (None: every title written before a name) and this form ("abbr" /
    "word"), in file order, each with whether a dot must follow it: ("Mr", False), ("Det", True); the name suffixes
    ("Jr") too when `suffixes`."""
    return tuple((title, dot == "required") for title, f, kind, dot, _ in read_rows("titles.tsv")
                 if (kind in kinds if kinds is not None else kind != "suffix" or suffixes)
                 and (form is None or f == form))


@lru_cache(maxsize=None)
def name_suffixes() -> frozenset[str]:
    """The suffixes written after a name, without their dot ("Jr", "Sr": titles.tsv), and a generation's numeral."""
    return frozenset(t for t, _ in titles(frozenset({"suffix"}))) | {"II", "III", "IV"}


def title_pattern(kinds: frozenset[str] | None = None, form: str | None = None, dot: bool = True,
                  suffixes: bool = False) -> str:
    """A regex alternation of those titles: an abbreviation with its dot, optional where titles.tsv allows ("Mr\\.?",
    "Det\\."); without the dot when `dot` is False (for a pattern that reads the dot itself)."""
    forms = {t: (r"\." if required else r"\.?") if dot and f == "abbr" else ""
             for f in (("abbr", "word") if form is None else (form,)) for t, required in titles(kinds, f, suffixes)}
    # longest first, so "Mrs" is tried before "Mr" and "Sens" before "Sen"
    return "|".join(t + forms[t] for t in sorted(forms, key=lambda t: (-len(t), t)))
