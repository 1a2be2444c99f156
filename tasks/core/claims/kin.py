"""Unnamed people known by whom they belong to: "the uncle", "one of baby Kristofer's uncles",
"Gastelum-Vera's grandfather", "his lawyers", "attorneys for Beblawi", "the loggers".

Readers count these as claimants (a relative, a lawyer, a witness speaks for themself). A person the
article names as that relation ("Flynn's father, Herbert Flynn", "said Frank Graham, Ramarley's
father") is the one "the father" or "his father" means later. Otherwise the claimant is a description,
written as one in lower case ("father", "grandfather of Sophia Gastelum-Vera": never "Father", which
reads as a priest's title or a name); an owner the article has named makes it precise, and the
owner's country, else the story's, is theirs.
"""
from __future__ import annotations

import re as _re

import regex as re

from .calendar_words import MONTHS, WEEKDAYS
from .figure_words import number_word_pattern
from .name_words import HONORIFICS, first_name_genders, first_names, titles
from .people_words import kin_forms
from .model import Actor
from .patterns import alt, is_possessive, lower_words, strip_possessive

# Relatives and people defined by a relation to someone, every form (kin_nouns.tsv).
_FORMS = kin_forms()
_KIN = alt(_FORMS)
# Every head word of those forms ("members" of "family members"): a phrase without one is not read further.
KIN_WORDS = frozenset(f.split()[-1] for f in _FORMS)
_OWNER = r"(?:(?:the\s+|baby\s+|little\s+)?[A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?|his|her|their)"
_ADJ = rf"(?:(?:older|younger|elder|eldest|late|own|other|{number_word_pattern(plurals=False, one=False)}|longtime|former|\d+-year-old|grieving)\s+)"
KIN = re.compile(
    rf"(?i:(?P<q>{number_word_pattern()}|some|many|several|both|all|each)\s+of\s+)?(?i:(?P<det>the|a|an|{number_word_pattern(plurals=False)}|another|"
    rf"these|those)\s+)?(?:(?P<own>{_OWNER})(?:['’]s?)\s+|(?P<pos>(?i:his|her|their|its))\s+)?{_ADJ}{{0,2}}(?P<k>(?i:{_KIN}))"
    rf"(?:\s+(?:for|of)\s+(?P<of>{_OWNER}))?(?:\s+who\s+.+)?")
_POSSESSIVE = re.compile(r"(?i)his|her|their")
_PRONOUN_OF = {"his": "he", "her": "she"}

# A name in apposition to a relation, either way round: "Flynn's father, Herbert Flynn,", "her nephew, Ravi Singh, 32",
# "Kathina Thomas' mother Shondell McAllister said", "said Frank Graham, Ramarley's father." One to three capitalised
# words; a first word that opens no name (a weekday, a month, a determiner) is not one.
_NAME = r"(?P<n>\p{Lu}[\p{Ll}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2})"
_REL_OWNER = r"(?:(?P<pos>(?i:his|her|their|the))|(?P<own>\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})['’]s?)"
# The relations a name in apposition may be (their singulars: kin_nouns.tsv "named").
_NAMED_FORMS = [f for f, named in _FORMS.items() if named]
_SINGLE = alt(_NAMED_FORMS)
_REL = rf"\b{_REL_OWNER}\s+{_ADJ}{{0,2}}(?P<k>(?i:{_SINGLE}))"
_END = r"(?=\s*(?:[,;.]|$))"
_KIN_THEN_NAME = re.compile(rf"{_REL}(?:,\s+{_NAME}{_END}|\s+(?=\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}){_NAME}(?=\s+\p{{Ll}}|\s*,))")
_NAME_THEN_KIN = re.compile(rf"(?<![\p{{L}}’'-]\s?){_NAME},\s+{_REL}{_END}")
_NOT_A_NAME = frozenset("The A An This That These Those His Her Their Its Our My".split()) | \
    frozenset(t for t, _ in titles(HONORIFICS)) | \
    frozenset(WEEKDAYS) | frozenset(MONTHS)


# The words _REL's relation can be, as patterns.lower_words reads them: the relation stands between whitespace and a
# comma, stop, space or the end, so each of its [a-z] runs is a whole run of the lower-cased sentence; the longest
# stands for it ("great-grandson" -> "grandson", "fiancé" -> "fianc"). Testing these first runs the two patterns on
# far fewer sentences, and lower_words is the rules' own word set of the sentence (kept, not built again).
_LOWER_RUN = _re.compile(r"[a-z]+")
_REL_RUNS = frozenset(max(_LOWER_RUN.findall(f), key=len) for f in _NAMED_FORMS)


def register_relatives(sent: str, mem) -> None:
    """Remember each person the sentence names as a relative or lawyer (memory.ActorMemory.relatives)."""
    if _REL_RUNS.isdisjoint(lower_words(sent)):
        return
    for rx in (_KIN_THEN_NAME, _NAME_THEN_KIN):
        for m in rx.finditer(sent):
            name = m.group("n")
            if name.endswith(".") and len(name.split()[-1]) > 3:
                name = name[:-1]  # the sentence's full stop, not an initial's ("Herbert Flynn.")
            if name.split()[0].rstrip(".") in _NOT_A_NAME or len(name) < 3:
                continue
            own = m.group("own") or m.group("pos") or ""
            owner = _bare(own).split()[-1] if m.group("own") else None
            if owner is not None and owner == name.split()[-1] and len(name.split()) == 1:
                continue
            # as an unnamed relative (resolve_kin): the owner's country, else the story's (the owner looked up only
            # among people already known, so that naming the relative touches no one else)
            of = mem.by_surname.get(owner) if owner else None
            code = (of.country if of else None) or mem.focus
            last = name.split()[-1]
            if (known := mem.by_surname.get(last)) is not None and known.kind == "person" and \
                    (" " not in name or known.name == name):
                # "his lawyer, Martinez" after "Aitor Martinez": the one the article knows (placed if not yet)
                person = mem.person(known.name, code if known.country is None else None)
            elif " " not in name and (full := mem.names.get(name)):
                person = mem.person(full, None)  # named in passing before by full name
            else:
                person = mem.person(name, code if known is None or known.country is None else None)
            mem.relatives.append((_singular(m.group("k")), owner, person))


def _singular(word: str) -> str:
    w = word.lower().replace("neighbour", "neighbor")
    return w[:-1] if w.endswith("s") and w not in ("counsel",) else w


def is_kin_name(name: str) -> bool:
    """The name kin.resolve_kin gives an unnamed relative ("mother of Kathina Thomas")."""
    return name.split(" ", 1)[0].lower() in KIN_WORDS


def _named_relative(head: str, own: str, mem) -> Actor | None:
    """The person the article named as this relation: of the same named owner, or the latest one for "the"/"his"."""
    word = _singular(head)
    owner = _bare(own).split()[-1] if own and _bare(own)[:1].isupper() else None
    for k, o, person in reversed(mem.relatives):
        if k == word and (owner is None or o == owner):
            return person
    return None


def resolve_kin(s: str, mem) -> Actor | None:
    """The unnamed relative, lawyer or associate the whole phrase `s` names, or None."""
    m = KIN.fullmatch(s)
    if not m:
        return None
    own = (m.group("own") or m.group("pos") or m.group("of") or "").strip()
    pronoun = _POSSESSIVE.fullmatch(own) is not None  # "his", "Her": a person named before, or no one known
    if own.lower() == "its" or own and not pronoun and not _bare(own)[:1].isupper() and not own.startswith("the "):
        return None  # "the police's lawyers", "its neighbours": not a person's relatives
    head = m.group("k").lower()
    plural = head.endswith("s") and head not in ("counsel",) and not m.group("q")
    if not plural and not m.group("q") and m.group("det") in (None, "the", "The") and \
            (named := _named_relative(head, own, mem)) is not None:
        return named  # "the father" after "Flynn's father, Herbert Flynn"
    owner = _owner(own, mem, _singular(head)) if own else None
    if pronoun and owner is None and own[:1].isupper():
        # "Her lawyers said" opening a sentence, of no one known: an unnamed group of the story's country
        # (actors.resolve_group), as before a capitalised possessive was read here at all
        return None
    if owner is None and not pronoun and (bare := _bare(own))[:1].isupper():
        owner = Actor("", bare, "person", None)  # "attorneys for Beblawi": someone the article names only so
    name = head if not m.group("q") else head.removesuffix("s")
    if owner is not None:
        name = f"{name} of {owner.name}"
        code = owner.country or mem.focus
    else:
        code = mem.focus
    kind = "organization" if plural else "person"
    # an unowned "Uncle" is a different person in every story: the key keeps the country apart
    key = f"{'org' if plural else 'person'}:{name.lower()}" + (f"@{code.lower()}" if owner is None and code else "")
    return Actor(key, name, kind, code)


def _bare(own: str) -> str:
    """The owner's words without article, endearment or possessive ending."""
    words = [w for w in own.replace("’", "'").split() if w.lower() not in ("the", "baby", "little")]
    return strip_possessive(" ".join(words)).rstrip(".")


def _owner(own: str, mem, relation: str | None = None) -> Actor | None:
    """The person who owns the relatives ("Kristofer's uncles", "his lawyers")."""
    if _POSSESSIVE.fullmatch(own):
        return possessor_person(own, mem, relation)
    words = _bare(own).split()
    if not words or not words[-1][:1].isupper():
        return None
    token = words[-1]
    if known := mem.surname(token):
        return known if known.kind == "person" else None
    for a in reversed(mem.mentioned):  # "Kristofer" for "Kristofer Ferreyra": a first name the article used
        if a.kind == "person" and a.name.split()[0] == token:
            return a
    if full := mem.names.get(token) or next((n for n in mem.names.values() if n.split()[0] == token), None):
        return mem.person(full, None)
    return None


def possessor_person(word: str, mem, relation: str | None = None) -> Actor | None:
    """The person a possessive "his", "her" or "their" points to ("Her lawyer said", "his office said"): the one a
    sentence that made no claim was just about ("Senator John Smith was charged ... His lawyer said"), else the last
    person named within three sentences, of the pronoun's gender where it is known ("Mayor Eric Adams met Governor
    Kathy Hochul. Her spokesman said": Hochul). Never another unnamed relative ("her mother" after "the mother of
    Kathina" is Kathina's), nor one the story named as that very relation ("One of Gray's friends, Devonte Brown ...
    His friends": not Brown's)."""
    pron = _PRONOUN_OF.get(word.lower())
    relatives = {p.key for k, _, p in mem.relatives if k == relation} if relation else set()
    if (at := re.search(rf"\b{word}\b", mem.sentence)) and \
            (hit := named_before_in_sentence(mem.sentence, at.start(), pron, mem, relatives)):
        return hit
    if pron and (subject := mem.person_just_before(pron)) is not None and not is_kin_name(subject.name) and \
            subject.key not in relatives:
        return subject
    if hit := mem.last(lambda a: a.kind == "person" and mem.seen.get(a.key, -9) >= mem.now - 3 and not is_kin_name(a.name)
                       and (pron is None or mem.gender.get(a.key, pron) == pron) and a.key not in relatives):
        return hit
    if pron is None:
        return None
    # a full name read in passing within reach that opens with a first name not of the other gender ("John Smith was
    # arrested on Friday. His case ..., his lawyer said"; not a firm's "F-Squared Paid")
    for at, name in reversed(mem.named):
        if at < mem.now - 3:
            break
        first = name.split()[0].lower()
        if " " in name and first in first_names() and first_name_genders().get(first, pron) == pron:
            return mem.person(name, None)
    return None


_CAP_WORD = re.compile(r"\b\p{Lu}[\p{L}'’-]+")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def named_before_in_sentence(sent: str, end: int, pron: str | None, mem, relatives: frozenset[str] | set[str] = frozenset()) \
        -> Actor | None:
    """The first known person `sent` names before offset `end` (a possessive "his" or "her"), outside quotations, of the
    pronoun's gender where it is known: the sentence's own subject more often than a person named after it ("Palin
    apologized to ... Kroon ..., a statement from her office said": Palin; "De Blasio also repeated his claim"), never a
    possessor."""
    quoted = [m.span() for m in _QUOTED.finditer(sent, 0, end)]
    for w in _CAP_WORD.finditer(sent, 0, end):
        if any(a <= w.start() < b for a, b in quoted) or is_possessive(w.group(0)):
            continue  # (a possessor is no clause's subject: "Mnangagwa's plan ..., opposition leader Morgan Tsvangirai")
        known = mem.by_surname.get(w.group(0))
        if known is not None and known.kind == "person" and not is_kin_name(known.name) and known.key not in relatives \
                and (pron is None or mem.gender.get(known.key, pron) == pron):
            return known
    return None
