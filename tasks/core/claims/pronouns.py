"""Who a pronoun subject ("he said", "they argued") points to: a speaker or a person earlier in its own
sentence, before what the article's memory offers."""
from __future__ import annotations

import regex as re

from .memory import ActorMemory
from .model import Actor
from .speaker import UNKNOWN, FoundClaim

_CAP_WORD = re.compile(r"\b[A-Z][\p{L}'’-]+")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
# Where the subject of a clause starts: the sentence start, a clause boundary, or a subordinator.
_CLAUSE_SUBJECT = re.compile(r"(?:^|[,;:—–]\s*|\b(?i:when|as|after|while|if|although|though|because|since|before|until|once|"
                             r"but)\s+)(?:the\s+)?$")
_NAME_WORD = re.compile(r"(?:[A-Z][\p{L}'’.-]*|al|bin|de|van|von)\s+$")


_OPEN_QUOTE_LEFT = re.compile(r"^[^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)*[“\"][^“”\"]*$")


def _other_person(sent: str, a: int, b: int, quoted: list, actor: Actor, mem: ActorMemory) -> bool:
    """A known person other than `actor` is named between offsets a and b, outside quotations."""
    for w in _CAP_WORD.finditer(sent, a, b):
        token = w.group(0).removesuffix("’s").removesuffix("'s")
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
        lone = c.actor.kind == "organization" and c.surface == c.actor.name and " " not in c.surface
        if c.actor is not UNKNOWN and ((c.actor.kind == "person" or lone) if person else c.actor.kind != "person"):
            return (mem.person(c.actor.name, c.actor.country) if lone else c.actor), p0, p1
    if person:
        for w in reversed(list(_CAP_WORD.finditer(sent, 0, p0))):
            token = w.group(0).removesuffix("’s").removesuffix("'s")
            if any(a <= w.start() < b for a, b in quoted) or not _CLAUSE_SUBJECT.search(sent, 0, _name_start(sent, w.start())):
                continue  # a name inside a quotation or in object position ("a call to Omar's office") is not "he"
            titled = _HONORIFIC_BEFORE.search(sent, 0, w.start()) is not None
            if (token in mem.by_surname or titled) and (known := mem.surname(token) or mem.person(token, None)):
                return known, p0, p1
        # "When investigators questioned Avalos about it, she said": a person of the pronoun's known gender named
        # earlier in the sentence, where no one of that gender is the subject
        w = sent[p0:p1].lower()
        for t in reversed(list(_CAP_WORD.finditer(sent, 0, p0))):
            tok = t.group(0).removesuffix("’s").removesuffix("'s")
            known = mem.by_surname.get(tok)
            if known is not None and known.kind == "person" and mem.gender.get(known.key) == w and \
                    not any(a <= t.start() < b for a, b in quoted):
                return known, p0, p1
    return subj
