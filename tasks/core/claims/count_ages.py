"""Ages that stand where a count would: "children younger than 5", "two men aged 18 and 24", "four children aged
between 5 and 12", "a woman around 60 was killed". A number right after one of these is a person's age, never a count
of people, whatever verb follows it ("... 24 died", "... 60 was killed"). Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .inflections import word_lemmas
from .people_words import person_nouns

# "younger than 5", "aged 18", "ages", "under 5"; and the later ages of a list or a range after "aged": "aged 18 and
# 24", "aged 30, 41 and 52", "aged between 5 and 12", "aged 5 to 12"
_AGE_WORDS = re.EndAnchored(r"(?i)\b(?:(?:younger|older)\s+than|(?:aged?|ages|under)(?:\s+between)?"
                            r"(?:\s+\d{1,3}(?:\s*(?:,|and|to|or|[-–])\s*|\s*,\s*and\s+))*)"
                            r"(?:\s+(?:about|around|approximately|roughly|nearly|almost))?\s*$")
# one person and a number right after the noun, with no comma or verb between: "a woman around 60", "an elderly man
# 85", "one boy aged about 12" (a comma makes a list: "killed a policeman, 20 civilians")
_ONE_PERSON = re.EndAnchored(r"(?i)\b(?:a|an|one)\s+(?:[\p{L}-]+\s+)?(?P<n>\p{Ll}[\p{L}-]+)\s+(?:aged\s+)?$")


def _singular_person(word: str) -> bool:
    """A noun for one person: a noun for people (person_nouns) that is its own noun lemma ("woman", "child", not
    "women")."""
    w = word.lower()
    return w in person_nouns() and w in word_lemmas(w).get("NOUN", ())


def age_before(sent: str, at: int) -> bool:
    """Whether the number whose qualifier starts at `at` of `sent` is an age by the words right before it."""
    before = sent[max(0, at - 60): at]
    if _AGE_WORDS.search(before):
        return True
    return (one := _ONE_PERSON.search(before)) is not None and _singular_person(one.group("n"))
