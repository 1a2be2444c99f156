"""Who a pronoun subject ("he said", "they argued") points to: a speaker or a person earlier in its own
sentence, before what the article's memory offers."""
from __future__ import annotations

import regex as re

from .name_words import HONORIFICS, first_names, title_pattern, titles
from .memory import ActorMemory
from .patterns import strip_possessive
from .lazy_regex import EndAnchored
from .model import Actor
from .source_words import may_be_surname
from .speaker import UNKNOWN, FoundClaim

_CAP_WORD = re.compile(r"\b[A-Z][\p{L}'’-]+")
# courtesy titles (titles.tsv): "Mr" is no one's name, and "Dr. Chang" is a person's
_HONORIFICS = frozenset(t for t, _ in titles(HONORIFICS))
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{title_pattern(HONORIFICS)})\s+$")
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
# Where the subject of a clause starts: the sentence start, a clause boundary, or a subordinator.
_CLAUSE_SUBJECT = EndAnchored(r"(?:^|[,;:—–]\s*|\b(?i:when|as|after|while|if|although|though|because|since|before|until|once|"
                             r"but)\s+)(?:the\s+)?$")
_WORD_AFTER = re.compile(r"\w")
# a name that opens a relative clause as its subject ("The move comes as a surprise to Reunion Pictures' Matthew
# O'Connor, who coproduced Reid last year": the next sentence's '"...," he told E! News' is O'Connor), wherever the
# name itself stands in the sentence
_WHO_AFTER = re.compile(r",\s+who\s+(?!(?:was|were|is|are|had\s+been|has\s+been)\s)")
_NAME_WORD = EndAnchored(r"(?:[A-Z][\p{L}'’.-]*|al|bin|de|van|von)\s+$")
_OWNER_END = re.compile(r"['’]s?\s+")  # an owner's "'s " before a name (compiled once: _read_name runs per name)


# "Izuku found himself smiling ... as he replied": a name whose own verb takes "himself"/"herself" is that person
_REFLEXIVE_AFTER = re.compile(r"\s+\w+\s+(?P<r>himself|herself)\b")
_REFLEXIVE = {"he": "himself", "she": "herself"}
_TRAILING_TAG = re.compile(r"\s+(?:\w+\s+){0,2}\w+[.!?]?[”\"’]?\s*$")
_OPEN_QUOTE_LEFT = re.compile(r"^[^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)*[“\"][^“”\"]*$")


def _other_person(sent: str, a: int, b: int, quoted: list, actor: Actor, mem: ActorMemory) -> bool:
    """A known person other than `actor` is named between offsets a and b, outside quotations."""
    for w in _CAP_WORD.finditer(sent, a, b):
        token = strip_possessive(w.group(0))
        if not any(x <= w.start() < y for x, y in quoted) and (known := mem.by_surname.get(token)) and known != actor:
            return True
    return False


def _name_start(sent: str, pos: int) -> int:
    """Where the name (with its titles and first names) that ends with the word at `pos` begins."""
    while (m := _NAME_WORD.search(sent, max(0, pos - 40), pos)) and m.end() == pos:
        pos = m.start()
    return pos


def antecedent(sent: str, pron: tuple[int, int], subj, found: list[FoundClaim], mem: ActorMemory):
    """A pronoun subject points first to a speaker earlier in its own sentence ("Safadi said ..., where he
    said"), then, for "he"/"she", to a person named before it in the sentence ("As Mr Blinken left, he said");
    else to what the article's memory gave (`subj`, possibly None)."""
    p0, p1 = pron
    person = sent[p0:p1].lower() in ("he", "she")
    quoted = [q.span() for q in _QUOTED_SPAN.finditer(sent, 0, p0)]
    if person and _OPEN_QUOTE_LEFT.search(sent, 0, p0):
        return subj  # the pronoun is inside a quotation: its speaker's "he" is not ours to resolve
    for c in reversed(found):
        if person and c.actor.kind == "person" and _other_person(sent, c.verb_end, p0, quoted, c.actor, mem):
            break  # "Starner says that Ford's family ...; the story he wrote": another person stands closer
        # a lone capitalised name ("Safadi said") reads as a body until "he" shows it is a person
        # (a common noun that names a body or a document, "Police say ..., and that he told them", never does)
        lone = c.actor.kind == "organization" and c.surface == c.actor.name and " " not in c.surface \
            and may_be_surname(c.surface)
        if c.actor is not UNKNOWN and ((c.actor.kind == "person" or lone) if person else c.actor.kind != "person"):
            return (mem.person(c.actor.name, c.actor.country) if lone else c.actor), p0, p1
    # "Jackson was on probation for a previous arrest, he said.": a trailing speech tag's "he" is not the person the
    # reported words are about (who would be "Jackson said he was ..."), so no name before it is its antecedent
    trailing = _TRAILING_TAG.match(sent, p1) is not None and sent[:p0].rstrip().endswith(",")
    if person and not trailing:
        for w in reversed(list(_CAP_WORD.finditer(sent, 0, p0))):
            token = strip_possessive(w.group(0))
            if any(a <= w.start() < b for a, b in quoted) or not _CLAUSE_SUBJECT.search(sent, 0, _name_start(sent, w.start())):
                continue  # a name inside a quotation or in object position ("a call to Omar's office") is not "he"
            titled = _HONORIFIC_BEFORE.search(sent, 0, w.start()) is not None
            # a person's name read in passing counts too, when its first name says it is a person's ("Collins asked
            # Regev ... Each time, Regev focused on ..., which he said"; not "Pizza Express", "Ont.-based ATI")
            read = token in mem.names and mem.names[token].split()[0].lower() in first_names()
            # a name the story never made known, whose verb takes the pronoun's reflexive, is a person of that gender
            reflexive = (r := _REFLEXIVE_AFTER.match(sent, w.end())) is not None and \
                r.group("r") == _REFLEXIVE[sent[p0:p1].lower()]
            if (token in mem.by_surname or read or titled or reflexive) and \
                    (known := _written_person(sent, w, mem) or mem.surname(token) or mem.person(token, None)) and \
                    mem.gender.get(known.key, sent[p0:p1].lower()) == sent[p0:p1].lower():
                return known, p0, p1  # (one known to be of the other gender is not meant: "Andrew ..., because she")
        # "When investigators questioned Avalos about it, she said": a person of the pronoun's known gender named
        # earlier in the sentence, where no one of that gender is the subject
        w = sent[p0:p1].lower()
        for t in reversed(list(_CAP_WORD.finditer(sent, 0, p0))):
            tok = strip_possessive(t.group(0))
            known = mem.by_surname.get(tok)
            if known is not None and known.kind == "person" and mem.gender.get(known.key) == w and \
                    not any(a <= t.start() < b for a, b in quoted):
                return known, p0, p1
    return subj


def _written_person(sent: str, w, mem: ActorMemory) -> Actor | None:
    """The person this sentence names in full by the word `w` when the story knows another of that surname ("His son,
    T.J. DiLeo, ... and he said" after "Tony DiLeo"): the one written here is meant, and becomes the surname's
    holder for a later bare "DiLeo said"."""
    written = sent[_name_start(sent, w.start()):w.end()]
    known = mem.surname(strip_possessive(w.group(0)))
    if " " not in written or known is None or known.name == written or known.kind != "person" or \
            not known.name.endswith(" " + written.split()[-1]):
        return None
    return mem.person(written, known.country)


def _read_name(sent: str, w, full: str) -> str:
    """The name ending with the word `w` as this sentence writes it in full ("Fiona Parry" after "Eloise Parry"), else
    the full name the story read before for its last word ("Stafford" -> "Tom Stafford")."""
    written = sent[_name_start(sent, w.start()):w.end()]
    written = _OWNER_END.split(written)[-1]  # "Reunion Pictures' Matthew O'Connor": the owner is no part of it
    return written if " " in written else full


def subject_person(sent: str, mem: ActorMemory) -> Actor | str | None:
    """The one known person a sentence that made no claim has as the subject of a clause, outside quotations
    ("During an interview, Skaik paused", "The timeline was published after Ms Robison raised a point of order", "a
    surprise to Matthew O'Connor, who coproduced Reid"): the
    "he" or "she" of the next sentence's speech tag is them rather than an earlier speaker. A person in object position
    ("He then referred to Cooke's testimony", "he emailed Gaiman") is not; two people as subjects leave it open."""
    quoted = [q.span() for q in _QUOTED_SPAN.finditer(sent)] if '"' in sent or "“" in sent else []  # (most have no quote)
    found: list[Actor | str] = []
    relative: list[Actor | str] = []  # people named as a relative clause's subject ("O'Connor, who coproduced ...")
    for w in _CAP_WORD.finditer(sent):
        token = strip_possessive(w.group(0))
        if token != w.group(0) or any(a <= w.start() < b for a, b in quoted):
            continue  # a possessor ("Cooke's testimony") or a quoted name is no clause's subject
        known = mem.by_surname.get(token)
        if known is None and token in mem.names and token not in _HONORIFICS and " " in (full := _read_name(sent, w, mem.names[token])) and \
                mem.reads_as_person(full):
            # "Fraser Amos, a final-year student ..., is helping to rally support" / "“...,” he says.": a person the
            # story named in full without a speech verb (made known only if the next "he" takes them)
            known = full
        elif known is None and _name_start(sent, w.start()) == w.start() and \
                not sent[w.end():].lstrip()[:1].isupper() and (given := mem.given_name_holder(token)):
            # "Tommy — who only goes by his first name online — retired ...": a lone given name, the person it stands
            # for (made known only if the next "he" takes them)
            known = given
        elif known is None or known.kind != "person":
            continue
        if sent[w.end():].lstrip()[:1].isupper():
            continue  # a first name or title before the name's last word
        if not _WORD_AFTER.search(sent, w.end()):
            continue  # "... in a courtroom before Judge Stephen Herrick.": a name closing the sentence has no verb after
            # it, so "before" / "after" there is a preposition and the name its object, not a clause's subject
        if _CLAUSE_SUBJECT.search(sent, 0, _name_start(sent, w.start())) and known not in found:
            found.append(known)
        elif _WHO_AFTER.match(sent, w.end()) and known not in relative:
            relative.append(known)
    if not found and len(relative) == 1:
        return relative[0]  # only when no clause opens with a person: "Sarah studied ..., as Rothman, who ..." is Sarah's
    return found[0] if len(found) == 1 else None
