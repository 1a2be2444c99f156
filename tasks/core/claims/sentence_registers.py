"""What a sentence leaves in the article's memory for the next ones to point back to: the last document with words
of its own, the plural people it opens with, the people it names as a whole ("One, who ...").
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .figure_words import number_word_pattern
from .inflections import word_lemmas
from .memory import ActorMemory
from .patterns import last_runs, lower_words, may_hold
from .people_words import singular_s_people
from .source_words import source_nouns, speaking_documents


_DOC_DET = r"(?:the|a|an|this|that|his|her|its|their|our|[A-Z][\p{L}.&-]*['’]s)\s+(?:[\p{L}\d'’/&.-]+\s+){0,4}?"


@lru_cache(maxsize=None)
def _doc_heads() -> tuple[str, ...]:
    """The singular document heads of speaking_documents.tsv, longest first."""
    return tuple(sorted((d for d in speaking_documents() if not d.endswith("s") or d in ("press",)), key=len, reverse=True))


@lru_cache(maxsize=None)
def _doc_phrase() -> re.Pattern:
    """A determiner, up to four words and a singular document head of speaking_documents.tsv."""
    return re.compile(r"\b" + _DOC_DET + r"(?:" + "|".join(re.escape(h) for h in _doc_heads()) + r")\b(?![-’'])")


@lru_cache(maxsize=None)
def _doc_head_runs() -> frozenset[str] | None:
    """The heads' last words, the set test in front of _doc_phrase's scan (a head follows a space and no letter
    follows it): ~1% of extraction's CPU went to scanning sentences that name no document."""
    return last_runs(_doc_heads())


def register_document(sent: str, mem: ActorMemory) -> None:
    """Remember the last document with words of its own the sentence names ("an email to supporters", "a 2001
    memorandum issued by the agency"): an "it" that reads or says something next may be it."""
    if not may_hold(_doc_head_runs(), sent):
        return
    last = None
    for last in _doc_phrase().finditer(sent):
        pass
    if last is not None:
        mem.document = (mem.now, last.group(0))


def register_plural(sent: str, mem: ActorMemory) -> None:
    """Remember the plural people a sentence opens with, after at most a short opening phrase ("In a recent study,
    three economists -- ... -- raised ...", "Economists looked at ..."): a "they" in the next two sentences that no
    body or group within reach stands for is them. Only a subject's place, so that "moving workers into ..." is not
    read; only person nouns of source_nouns.tsv ("economists", "analysts", "officials")."""
    if not plural_people().isdisjoint(lower_words(sent)) and (m := _PLURAL_OPENING.match(sent)) is not None and \
            ((np := m.group("np")) and m.group("head").lower() in plural_people() or
             (np := _noun_modified(sent, m)) is not None):
        mem.plural = (mem.now, np)
    elif sent.startswith("They ") and mem.plural is not None and mem.now - mem.plural[0] <= 2:
        mem.plural = (mem.now, mem.plural[1])  # "They examined ...": the same people, further on


def _noun_modified(sent: str, m) -> str | None:
    """The opening's phrase when the word the opening took for its head is a noun in "s" modifying the plural people
    right after it ("Business leaders", "Bus drivers", "News reporters", "Garments workers"), else None."""
    before = sent[m.start("np"):m.start("head")].lower().split()
    if len(before) > 1 or not _SUBJECT_WORDS.isdisjoint(before) or (n := _NEXT_PLURAL.match(sent, m.end())) is None or \
            n.group("head").lower() not in plural_people():
        return None  # ("He says officials ...", "This means workers ...": a subject and its verb, no noun)
    return sent[m.start("np"):n.end()]


# the plural noun right after an opening's head ("leaders" after "Business")
_SUBJECT_WORDS = frozenset("i you he she it we they this that there what which who".split())
_NEXT_PLURAL = re.compile(r"\s+(?P<head>\p{L}+s)\b(?![’'-])")


def register_members(sent: str, mem: ActorMemory) -> None:
    """Remember the plural people a sentence names as a whole, in the singular ("Vice-chancellors reacted with fury
    ..." -> "Vice-chancellor", "began with two of the witnesses" -> "witness"): a bare "One" opening the next sentence
    is one of them (memory.one_of_them). Only person nouns of source_nouns.tsv; the last such phrase wins."""
    if _member_nouns().isdisjoint(lower_words(sent)):
        return  # no person noun a match's head could be: nothing to scan for
    found = [m for rx in (_MEMBERS_OPENING, _MEMBERS_OF) for m in rx.finditer(sent)]
    for m in sorted(found, key=_start, reverse=True):
        head = m.group("head")
        last = head.rsplit("-", 1)[-1].lower()  # "Vice-chancellors": the noun is "chancellors"
        if source_nouns().get(last) != "person" or last in _SINGULAR_S or not (one := word_lemmas(last).get("NOUN")):
            continue
        if one[0] == last:
            continue  # a singular ("boss", "witness"): no plural people
        name = m.group("np")[:m.start("head") - m.start("np")] + head[:len(head) - len(last)] + one[0]
        mem.members = (mem.now, name[:1].upper() + name[1:])
        return


def _start(m) -> int:
    return m.start()


@lru_cache(maxsize=None)
def _member_nouns() -> frozenset[str]:
    """The words a head register_members keeps can end with (its part after a hyphen, lower case): person nouns of
    source_nouns.tsv that end in "s" as the heads do, but those singular in "s". A head follows a space or a hyphen
    and ends before a non-word character, so its last part is one of the sentence's lower_words ([a-z]+ runs)
    whenever it is one of these; the set test spares the two scans on the sentences with none (most of them)."""
    return frozenset(w for w, kind in source_nouns().items() if kind == "person" and w not in _SINGULAR_S
                     and w.endswith("s") and w.isascii() and w.isalpha() and w.islower())


# "Vice-chancellors reacted ...", "Many residents say": the plural people a sentence opens with (a hyphenated head too)
_MEMBERS_OPENING = re.compile(r"^(?:[^,“”\"]{0,60},\s+)?(?:(?i:the|these|those|many|some|most|several)\s+)?"
                              r"(?P<np>(?:(?![\p{L}-]*ing\s)\p{Ll}[\p{L}-]*\s+){0,2}?(?P<head>\p{L}[\p{L}-]*s))\b(?![’'-])")
# "two of the witnesses", "several of its members": some of a plural people, anywhere in the sentence
_MEMBERS_OF = re.compile(rf"(?i)\b(?:{number_word_pattern(one=False)}|several|some|many|both|\d+)\s+of\s+(?:the|these|those|its|their)\s+"
                         r"(?P<np>(?:[\p{L}-]+\s+){0,2}?(?P<head>\p{L}[\p{L}-]*s))\b(?![’'-])")


# a sentence's opening: an optional phrase closed by a comma, a quantifier or determiner, up to two modifiers (no
# "-ing" word: "Showing writers that ..." opens with a gerund, not with writers) and a plural noun, then no
# possessive ("the researchers' findings")
_PLURAL_OPENING = re.compile(r"^(?:[^,“”\"]{0,60},\s+)?(?P<np>(?:(?i:the|these|those|" + number_word_pattern(plurals=False, one=False) + r"|several|"
                             r"many|some|most|\d+)\s+)?(?:(?![\p{L}-]*ing\s)[\p{L}-]+\s+){0,2}?(?P<head>\p{L}+s))\b(?![’'-])")


@lru_cache(maxsize=None)
def plural_people() -> frozenset[str]:
    """The plural forms of source_nouns.tsv's person nouns ("economists", "officials"; not "economist")."""
    return frozenset(w for w, kind in source_nouns().items() if kind == "person" and w.endswith("s")
                     and w[:-1] in source_nouns() and w not in _SINGULAR_S)


# person nouns that end in "s" in the singular
_SINGULAR_S = singular_s_people()  # data/singular_s_people.tsv
