"""An actor named by its description when no resolver knows the phrase ("the candidate", "critics", "Nielsen"):
the words a reader can check, placed in the story's country.
"""
from __future__ import annotations

import regex as re

from .bodies import body_by_first_name
from .figure_words import number_word_pattern, share_parts
from .groups import demonym_of, is_document, np_head
from .memory import ActorMemory, names_body_abroad
from .model import Actor
from .people_words import plural_heads
from .phrase_country import country_actor, country_in
from .source_words import container_nouns, source_nouns
from .sources import WHEN
from .syntax_words import DOC_NOUNS


# compiled once, not looked up in the pattern cache on every call
_THOSE = re.compile(r"(?i)those\s")
# a percentage ("62 percent of voters") is no "he" or "she"
_PERCENT = share_parts()["percent"]  # data/share_nouns.tsv


LEAD_DET = re.compile(r"(?i)^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|several|other|"
                       # (not a poll share's count: "Three in 10 Americans", "one out of five voters" keep it)
                       rf"another|{number_word_pattern(plurals=False)}(?!\s+(?:in|out\s+of)\s)|both|all|most|few)\s+")


# a definite document by its head alone ("the affidavit", "the report"): the one the story named before; a capital
# is a name ("the Post" is a newspaper)
_THE_DOC = re.compile(r"[Tt]he\s+[a-z][a-z-]*")


def describe(text: str, head: str, mem: ActorMemory) -> Actor | None:
    """An actor for a description no resolver knows ("the candidate", "the poll", "critics"): named by the
    description, placed in the story's country. The description itself is what a reader can check."""
    if _THE_DOC.fullmatch(text) and (head in DOC_NOUNS or source_nouns().get(head) == "document") and (hit := mem.last(
            lambda a: is_document(a) and np_head(a.name) == head)) is not None:
        return hit  # "according to a criminal complaint affidavit from Homeland Security ... the affidavit said": that one
    name = text
    while (m := LEAD_DET.match(name)) and len(name) > m.end() and not _THOSE.match(name) and \
            not _SHARE.match(name):
        name = name[m.end():]
    if not name or not name[:1].isalnum():
        return None
    if _BOTH_SIDES.fullmatch(text):
        return None  # "the parties", "both countries": two actors named before, not one
    name = name[:1].upper() + name[1:]
    # a document, a plural or a poll's share ("62 percent of voters", "100% of the women") is no "he" or "she"
    # a body ("the airline", "the company") is no "he" or "she" either, nor are "those who ..." / "others"
    kind = "organization" if head in DOC_NOUNS or np_head(name) in DOC_NOUNS or head.endswith("s") or \
        head in _PLURAL_HEADS or \
        head in _PERCENT or head[:1].isdigit() or source_nouns().get(head) in ("body", "document") or \
        source_nouns().get(np_head(name)) == "document" or \
        head in container_nouns() or head in ("those", "others") else "person"
    # a UN post has no country of its own ("the UN envoy for Yemen" is no Yemeni), as the UN's staff keep none; nor
    # does one an international body names ("a statement made on Tuesday by the head of the World Health Organization")
    # nor has the unnamed press ("TV stations reported", "reports say"): only its name, a demonym, "state" or "local"
    # places it
    unplaced = (source_nouns().get(head) == "media" and not _PLACED_PRESS.search(text) and not _NAME_INSIDE.search(text)) or \
        _BARE_REPORT.fullmatch(text) and not _placed_after(text, mem.sentence)
    code = None if _UN_POST.search(text) or names_body_abroad(text) else country_in(text) or (None if unplaced else mem.focus)
    if code and _THE_COUNTRY.fullmatch(text):
        return country_actor(code)  # "the country adopted ...", "the nation's": the country the story is about
    display = name if not code or name.split()[0] in (demonym_of(code),) else name
    return Actor(f"{'org' if kind == 'organization' else 'person'}:{display.lower()}" + (f"@{code.lower()}" if code else ""),
                 display, kind, code)


_THE = re.compile(r"(?i)^the\s+")


def describe_count(text: str, mem: ActorMemory) -> Actor:
    """The people a bare count stands for ("the two", "39", "all but two", "three-fourths of them"): many people,
    never a later "he" or "she", named by all the count's words (not "But two"), placed as any description is."""
    name = _THE.sub("", text)
    name = name[:1].upper() + name[1:]
    code = country_in(text) or mem.focus
    return Actor(f"org:{name.lower()}" + (f"@{code.lower()}" if code else ""), name, "organization", code)


WORDS = re.compile(r"[\p{L}'’-]+")
# plurals without an -s: "People are assuming ...", "Men said": a crowd, never the "he" or "she" of a later sentence
_PLURAL_HEADS = plural_heads()  # data/plural_heads.tsv
_UN_POST = re.compile(r"\b(?:UN|U\.N\.|United Nations)(?!\w)")
_PLACED_PRESS = re.compile(r"(?i)\b(?:state|state-run|state-owned|national|government|official|local)\b")
# a report no one is named as making ("One report said", "media reports", "Reports:")
# (not "the report", a document the story has in mind, whose country is its maker's)
_BARE_REPORT = re.compile(r"(?i)(?:(?:a|an|one|some|other|several|many|media|news|press|local|unconfirmed|initial|earlier|"
                          r"later)\s+)*(?:reports|(?<=\S\s)report)")
# a name inside the description places the press it names ("a report from WCCO-TV", "reports in an Atlanta newspaper")
_NAME_INSIDE = re.compile(r"(?<=\s)(?!TV\b)\p{Lu}")


def _placed_after(text: str, sentence: str) -> bool:
    """Whether the sentence places the press it calls `text` right after it ("said reports from Ashgabat")."""
    return re.search(rf"\b{re.escape(text)}\s+(?:from|in|out\s+of)\s+\p{{Lu}}", sentence) is not None
_THE_COUNTRY = re.compile(r"(?i)the\s+(?:country|nation)")


# "one in three", "nine out of 10": a poll's share is named by all its words
_SHARE = re.compile(rf"(?i)[\w-]+\s+(?:in|out\s+of)\s+(?:\d+|{number_word_pattern(plurals=False, one=False)})\b")


_BOTH_SIDES = re.compile(rf"(?i)(?:the|both|(?:the\s+)?{number_word_pattern(plurals=False, one=False)}|all)\s+(?:parties|countries|sides|nations|states|"
                         r"governments|leaders|men|women|candidates|presidents|ministers|teams|camps|campaigns)")
_FIRST_NOT = frozenset("him her them it this that these those me us you which what".split())


def name_source(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """An actor for a source phrase no resolver knows, read without a parse ("Nielsen", "FEC filings",
    "Democrats involved in the negotiations"): a capitalised name as a body, else the description itself."""
    np = WHEN.sub("", np.strip())  # "a Texas prison statement Monday": when it spoke is no part of its name
    words = WORDS.findall(np)
    if not words or len(words) > 14 or words[0].lower() in _FIRST_NOT:
        return None
    text = np.strip()
    if words[0][:1].isupper() and not LEAD_DET.match(text) and all(w[:1].isupper() for w in words[:2]) or \
            len(words) == 1 and words[0][:1].isupper():
        name = text
        if len(words) == 1 and (known := body_by_first_name(name, mem)) is not None:
            # "The Vesna human rights center said ... According to Vesna, ...": the body the story named with it
            return known, "a body's name without its description"
        return Actor(f"org:{name.lower()}", name, "organization", None), "new name (body)"
    # the head comes before a participle or relative clause: "a group monitoring the civil war" is a body, not a "war"
    head = POSTMODIFIER.split(text, 1)[0]
    actor = describe(text, (WORDS.findall(head) or words)[-1].lower(), mem)
    return (actor, "description (the words themselves)") if actor else None


# where a participle with its object or a relative clause opens after a noun ("a group monitoring the war", "a man who
# saw it")
POSTMODIFIER = re.compile(r"(?<=\w)\s+(?:(?:who|which|that)\s|[a-z]{3,}ing\s+(?=(?:the|a|an|its|their|his|her)\s))")
