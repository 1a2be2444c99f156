"""Whose report a bare "the report said" is: the body the story named as the report's author ("The HRW report
released on Friday ... 'the report had noted'", "a report by Amnesty International ... the report said"), not
whoever spoke last (a spokesman rejecting it, refugees it quoted).
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .bodies import body_named
from .calendar_words import MONTHS, WEEKDAYS
from .groups import is_document, is_people
from .memory import ActorMemory
from .model import Actor

# a name as a story writes a report's author: capitalised words, with "of"/"for"/"and" inside ("Human Rights Watch",
# "Office of the Inspector General") and an acronym in brackets after it ("Human Rights Watch (HRW)")
# (a dot only between letters, "U.S": one before a space ends the sentence, "the World Bank. At ...")
_WORD = r"[A-Z](?:[\p{L}&'’-]|\.(?=\p{L}))*"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_WORD}){{0,6}}"
_ADJ = r"(?:(?:new|latest|recent|annual|monthly|quarterly|final|preliminary|interim|full|joint|\d{4})\s+)*"
# what makes the mention of a report say whose it is, and what makes it a new, unowned one; lower-case "report" only
# (a capitalised one ends a title: "World Report 2013")
_MENTION = re.compile(
    rf"(?P<own>(?P<o1>{_NAME})(?:['’]s?)\s+{_ADJ}report\b"  # "Amnesty's latest report"
    rf"|\b(?:[Tt]he|[Aa]n?)\s+{_ADJ}(?P<o2>{_NAME})(?:\s+\([A-Z]{{2,8}}\))?\s+{_ADJ}report\b"  # "the HRW report"
    rf"|\breport\s+(?:issued\s+|released\s+|published\s+|prepared\s+|compiled\s+|commissioned\s+|written\s+)?"
    rf"(?:by|from)\s+(?:the\s+)?(?P<o3>{_NAME})"  # "a report by Amnesty International"
    rf"|(?P<o4>{_NAME})\s+(?:has\s+|had\s+)?(?:published|released|issued|presented|unveiled|launched)\s+"
    rf"(?:a|an|its|the)\s+{_ADJ}(?:[\w-]+\s+){{0,2}}?report\b)"  # "the Republican National Committee published a report"
    # "a new report": another report, of no known author
    rf"|(?P<new>\b[Aa]n?\s+{_ADJ}(?:[\w-]+\s+){{0,2}}?report\b(?!\s+(?:\w+ed\s+)?(?:by|from)\s))")
# days and months: when a report came, never whose it is
_WHEN = frozenset(WEEKDAYS + MONTHS)
# words that open a sentence or a clause, never a report's author
_NOT_OWNER = frozenset("The A An This That It Its In On At But And As After According".split())


def report_owner(text: str) -> str | None:
    """The author's name the last report mention in `text` (the story read so far) gives, when that mention or the
    one it refers back to says whose the report is; None when the story named no author, or its last report is a
    new one of no known author ("a new report said")."""
    if "report" not in text:
        return None
    owner = None
    for m in _MENTION.finditer(text):
        if m.group("new"):
            owner = None
            continue
        name = next(g for g in (m.group("o1"), m.group("o2"), m.group("o3"), m.group("o4")) if g)
        words = name.split()
        while words and words[0] in _NOT_OWNER:
            words.pop(0)  # "The Associated Press ...": a sentence's first word is no part of the name's start
        if words and not _WHEN.isdisjoint(words):
            continue  # "Tuesday's report", "the January report": when, not whose (the report named before)
        if words:
            owner = " ".join(words)
    return owner


def report_author(np: str, word: str, mem: ActorMemory) -> Actor | None:
    """The body a bare "the report" (the noun phrase `np`, BACKREF's `word`) speaks for when the story named the
    report's author as a body ("Human Rights Watch", "the Republican National Committee"); None otherwise ("his
    report" is his), or when the name is a person's or reads as people or as a document, which author no report
    here. The name is read in passing (bodies.body_named), so nothing is registered under it."""
    if word != "report" or not np.lower().startswith(("the ", "this ", "that ")) or \
            (owner := report_owner(f"{mem.title}\n{mem.text[:mem.upto]}")) is None:
        return None
    if owner.isupper() and (full := _bracketed(owner, mem.text[:mem.upto])):
        owner = full  # "The recent Human Rights Watch (HRW) report ... The HRW report": the name spelled out
    who = body_named(owner, mem)
    return who if who is not None and not is_people(who) and not is_document(who) else None


def _bracketed(acronym: str, text: str) -> str | None:
    """The name the text writes before `acronym` in brackets, cut to the words whose initials spell it ("Human Rights
    Watch" of "on Saturday Human Rights Watch (HRW)"); None when it writes none."""
    for m in re.finditer(rf"(?P<n>{_NAME})\s+\({re.escape(acronym)}\)", text):
        words = m.group("n").split()
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        if len(caps) >= len(acronym) and "".join(words[i][0] for i in caps[-len(acronym):]) == acronym:
            return " ".join(words[caps[-len(acronym)]:])
    return None
