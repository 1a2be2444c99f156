"""Names a person actor may carry that name no one a "he" or "she" could stand for: a country or a state ("Florida is
one of the swing states"), a web address ("Factcheck.org"), a thing someone owns ("Axelrod’s memoir", "Alan Grayson’s
Senate campaign" cut at "Senate", "Martha’s Vineyard")."""
from __future__ import annotations

from functools import lru_cache

import pycountry
import regex as re

from .gazetteer import COUNTRY_NAMES, subdivisions
from .place_words import subdivision_homonyms
from .inflections import word_lemmas
from .name_words import agent_noun_endings, common_surnames, first_names
from .patterns import is_possessive
from .people_words import kin_forms, person_nouns
from .source_words import one_person, source_nouns

_WEB_ADDRESS = re.compile(r"(?i)\w\.(?:com|org|net|gov|edu|co\.uk)\b")
# where a description's post-modifier starts: a possessive inside it ("the head of the RNC’s rules committee") owns
# the modifier's noun, not the head's
_POSTMOD = re.compile(r"\s(?:of|for|on|in|at|from|with|to|by)\s")
_EDGE = ".,;:!?\"“”'‘’()"


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries and the top-level units of countries (pycountry: "Florida", "Bavaria", "Aceh"), also those two
    countries share a name of (gazetteer.subdivisions leaves "Florida" out, a department of Uruguay too: no country
    by it, but a place all the same)."""
    units = (s.name.split(" (")[0] for s in pycountry.subdivisions if s.parent_code is None)
    return frozenset(n.removeprefix("the ") for n in COUNTRY_NAMES) | frozenset(subdivisions()[0]) | \
        frozenset(n for n in units if len(n) >= 4 and n not in subdivision_homonyms())


def _person_word(word: str) -> bool:
    """A word that can head a person's description or name: a noun for people or kin ("adviser", "son", "rep" as
    "representative" is not: an agent noun's ending does), or a word no dictionary knows (a name: "Jeet Heer")."""
    low = word.lower().strip(_EDGE)
    if low in person_nouns() or low in kin_forms():
        return True
    if source_nouns().get(low) not in (None, "person"):
        return False  # a document, a body, an outlet: "Schlafly’s column", "Grayson’s Senate"
    lemmas = word_lemmas(low)
    if not lemmas and "-" in low:
        lemmas = word_lemmas(low.rsplit("-", 1)[1])  # "TV-friendly": the last part's word
    if not lemmas:
        return word[:1].isupper() or low.endswith(agent_noun_endings())  # a name, or a noun the dictionary lacks
    # an agent noun in either number ("adviser", "defenders"; not "comment", "agreement")
    return any(n.endswith(agent_noun_endings()) and not n.endswith(("ment", "ent", "ant")) or n in person_nouns()
               for n in lemmas.get("NOUN", ()))


def owned_thing(name: str) -> bool:
    """'Axelrod’s memoir', 'Clinton's Iraq', 'Trump's TV-friendly', 'Martha’s Vineyard': the words after the last
    possessive of the name's head phrase are no person's description or name (not "Trump’s Son", "Swift's rep",
    "The New Republic’s Jeet Heer", "the victim's nephew")."""
    head = _POSTMOD.split(name, 1)[0]
    words = head.split()
    at = max((i for i, w in enumerate(words) if is_possessive(w) or w.endswith(("s'", "s’"))), default=None)
    if at is None or at == len(words) - 1:
        return False
    owned = words[at + 1:]
    last = owned[-1].strip(_EDGE)
    if last in _places():
        return True  # "Clinton's Iraq", "China’s South China Sea"
    if any(w.lower() in first_names() and not word_lemmas(w.lower()) for w in owned):
        return False  # a given name: "MSNBC’s Ayman Mohyeldin"
    return not _person_word(last)


@lru_cache(maxsize=4096)
def names_no_person(name: str) -> bool:
    """The name of a person actor names no person: a country or top-level place (a common surname alone stays
    possible: "Jordan", "Israel"), a web address, a thing someone owns."""
    bare = name.removeprefix("the ").removeprefix("The ").strip()
    if not bare:
        return True
    if bare in _places() and (" " in bare or bare.lower() not in common_surnames()):
        return True
    return bool(_WEB_ADDRESS.search(bare)) or owned_thing(bare)


def may_be_he_or_she(actor) -> bool:
    """An actor a "he" or "she" may stand for: one person (source_words.one_person) by a name that names a person."""
    return one_person(actor) and not names_no_person(actor.name)
