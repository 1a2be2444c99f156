"""The speaker a pronoun names when the memory's own rules found none: the last one of its kind within reach, the
plural people a sentence just before opened with.
"""
from __future__ import annotations

import regex as re

from .description_actors import describe
from .groups import is_document, is_group, is_individual, is_people
from .inflections import word_lemmas
from .memory import ActorMemory
from .model import Actor
from .name_words import first_name_genders
from .no_person import may_be_he_or_she, names_no_person
from .source_words import may_be_surname, source_nouns


# How far back a pronoun may reach for its speaker when the memory's own rules found none (sentences).
REACH = 6


def plural_just_before(mem: ActorMemory) -> tuple[Actor, str] | None:
    """For a "they" no body or group within reach stands for: the plural people the sentence before (or the one
    before it) opened with (register_plural), named by their words."""
    if mem.plural is None or not 1 <= mem.now - mem.plural[0] <= 2:
        return None
    np = mem.plural[1]
    actor = describe(np, np.split()[-1].lower(), mem)
    return (actor, "pronoun 'they' -> the plural people a sentence just before opened with") if actor else None


def recent_speaker(pronoun: str, mem: ActorMemory, how: str, hearer: bool = False) -> tuple[Actor, str] | None:
    """The actor `pronoun` names within REACH sentences, and how it was found (`how` with "person" or "body" for
    {}), when the memory's own rules found none. `hearer`: the pronoun speaks to someone the sentence names ("she
    told him"), so it is one person of the story, not the reporter of an outlet that spoke last (who tells the
    reader)."""
    if pronoun in ("he", "she"):
        hit = mem.last(lambda a: may_be_he_or_she(a) and mem.seen.get(a.key, -99) >= mem.now - REACH
                       and mem.gender.get(a.key, pronoun) == pronoun and not mem.named_after_pronoun(a, pronoun))
        if asked := mem.asked_just_before(pronoun, hit):
            return asked, "pronoun -> the person asked just before"
        if subject := mem.person_just_before(pronoun):
            return subject, "pronoun -> the person the sentence before was about"
        if hit is None:
            # "Rubio said ... he said": a lone name the rules kept as a body until a pronoun shows it is a person
            lone = mem.last(lambda a: a.kind == "organization" and " " not in a.name and a.name[:1].isupper()
                            and not a.name.isupper() and may_be_surname(a.name)
                            and mem.seen.get(a.key, -99) >= mem.now - REACH)
            if lone is not None:
                hit = mem.person(lone.name, lone.country)
        # (one person described by a group word, "an activist", is no group here: the individual branch below)
        since = [a for a in mem.speakers[-5:] if a.kind != "person" and (not is_group(a) or is_individual(a))
                 and not (hearer and a.kind == "media")
                 and mem.seen.get(a.key, -99) > (mem.seen.get(hit.key, -99) if hit else -99)]
        if since and (hit is None or mem.seen.get(since[-1].key, -99) >= mem.now - 1):
            # "..., writes the PA agency. He adds ...": the agency's reporter; another body just before: say nothing
            last = since[-1]
            if last.kind == "media":
                if subject := _person_subject_near(mem, pronoun):
                    return subject, "pronoun -> the person a clause had as its subject, not the outlet's reporter"
                return last, "pronoun -> the news outlet that spoke last (its reporter)"
            if (last.key in mem.voices or is_individual(last) and hit is not None and hit not in mem.speakers) and \
                    mem.gender.get(last.key, pronoun) == pronoun and mem.seen.get(last.key, -99) >= mem.now - 1:
                # "the spokesman said ... he said": a body's spokesperson who spoke just before; "One activist in Homs
                # ... said ... He said": the unnamed person who spoke just before, not a person named in passing who
                # never spoke (a leader); after a named speaker the unnamed one may be a questioner ("asked by the
                # prosecutor") or that very speaker again ("said the official"): left as it was
                return last, "pronoun -> the unnamed person who spoke just before"
            if hit is None:
                # a body just before and no person within reach: say nothing, unless a full name was read since the
                # body last spoke ("... the Rove ad claims ... Clinton laughed off the ad. '...,' she said")
                fresh = _named_since(mem, mem.seen.get(last.key, -99), pronoun)
                return (fresh, "pronoun -> name read since the last body spoke") if fresh else None
        if hit is None:
            # a full name read in passing within reach ("Andrew Ross Sorkin of The Times ... he said")
            for at, name in reversed(mem.named):
                if at < mem.now - REACH:
                    break
                if not mem.reads_as_person(name) or names_no_person(name):
                    continue  # "Going to Pizza Express in Woking ...," he said: a business is no "he", a place no "she"
                person = mem.person(name, None)
                if mem.gender.get(person.key, pronoun) == pronoun:
                    return person, "pronoun -> last name read within %d sentences" % REACH
        if hit is None:
            # further back: the story's last person of that gender (news copy keeps "he" for its protagonist)
            hit = mem.last(lambda a: may_be_he_or_she(a) and mem.gender.get(a.key, pronoun) == pronoun)
            return (hit, "pronoun -> last person of that gender in the story") if hit else None
        return (hit, how.format("person")) if hit else None
    # "they" are people or a body, not the survey that spoke last ("it" may be the report)
    # "it" is never people ("Prosecutors said ... It showed how difficult ...")
    hit = mem.last(lambda a: a.kind != "person" and mem.seen.get(a.key, -99) >= mem.now - REACH
                   and not (pronoun == "they" and is_document(a))
                   and not (pronoun == "it" and (is_people(a) or is_individual(a))))
    return (hit, how.format("body")) if hit else None


# a capitalised word and the lower-case word after it: a surname and, maybe, the verb it is the subject of
_NAME_THEN_WORD = re.compile(r"(?<![\p{L}'’])(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)\b")


def _person_subject_near(mem: ActorMemory, pronoun: str) -> Actor | None:
    """The person the story knows, who may be `pronoun`, that the sentence before or this one has as a clause's subject
    ("As the paper noted, ... Trump has not always had good things to say ... He promises", "While he's said he'll
    fight, Sanders must decide"): the pronoun is that person, not the reporter of an outlet that spoke just before (as
    in "... to demand Pashinyan's resignation, the PA reports. He adds", where the person is only a possessor)."""
    for text in (mem.before, mem.sentence):
        for m in _NAME_THEN_WORD.finditer(text):
            lemmas = word_lemmas(m.group(2))  # an auxiliary ("has", "must"), or a word only a verb ("said")
            if "AUX" not in lemmas and ("VERB" not in lemmas or "NOUN" in lemmas):
                continue
            w = m.group(1)
            if (known := mem.by_surname.get(w)) is not None:
                if known.kind == "person" and mem.gender.get(known.key, pronoun) == pronoun:
                    return known
                continue
            # a person named in full in passing ("Donald Trump's rise": memory keeps the name as read), of that gender
            # when the first name tells
            full = next((f for f in (mem.names.get(w), mem.names.get(w + "'s"), mem.names.get(w + "’s")) if f), None)
            if full and " " in full and first_name_genders().get(full.split()[0].lower(), pronoun) == pronoun:
                return mem.person(full, None)
    return None


def _named_since(mem: ActorMemory, after: int, pronoun: str) -> Actor | None:
    """The person of the last full name read after sentence `after` and within reach, of that gender; or None."""
    for at, name in reversed(mem.named):
        if at <= after or at < mem.now - REACH:
            break
        if " " in name and mem.reads_as_person(name) and not names_no_person(name):
            person = mem.person(name, None)
            if mem.gender.get(person.key, pronoun) == pronoun:
                return person
    return None


# a bare "another" as a subject: one more of the kind of speaker just quoted
ANOTHER = frozenset(("another", "yet another"))


def another_speaker(mem: ActorMemory) -> tuple[Actor, str] | None:
    """'One resident said the buses were too loud. Another said ...': the speaker described by a noun for people
    (not a name) quoted last within reach, whose description a bare "another" takes up; None when the story quoted
    none ("One says ..., while another says ..." with no one described before)."""
    last = mem.speakers[-1] if mem.speakers else None
    if last is None or mem.seen.get(last.key, -99) < mem.now - REACH or not last.name or \
            any(w[:1].isupper() for w in last.name.split()[1:]) or source_nouns().get(last.name.split()[-1].lower()) != "person":
        return None
    return last, "another -> one more of the described speakers quoted last"
