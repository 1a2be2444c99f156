"""Headlinese: the shapes a headline gives an attribution that the sentence rules do not read.

- A speaker with a prepositional tail before the colon: "Clinton to Planned Parenthood: Trump will reverse Roe v.
  Wade.", "Former AG Mukasey at RNC: ...", "Gillibrand on Hillary's Transcripts: 'I Think She Will.'"
- A description before the colon: "Clinton camp: ...", "Historians: ...", "Insiders: ...", "Newspaper: ...",
  "Democrats' new warning: ..." (a claim noun speaks for its possessor).
- A rubric and a dash before the speaker: "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines."
- A passive with its "is" dropped is no claim of its subject: "FDIC Accused Of Covering Up ..." (also in body text:
  "The man accused of purchasing the guns ...").
Only the headline line (the extraction's first sentence, when the article has a title) is read for the colon shapes: in
body text a colon after a description opens a list or a label as often as a claim.
"""
from __future__ import annotations

import regex as re

from .actor_patterns import TITLE_LAST
from .actors import resolve
from .memory import ActorMemory
from .name_words import title_pattern
from .context import PLACE_NAMES
from .gazetteer import known_org
from .inflections import word_lemmas
from .model import Actor
from .cue_words import claim_nouns, reduced_passives
from .source_words import headline_rubrics, source_nouns
from .patterns import strip_possessive
from .speaker import FoundClaim
from .colon_speakers import colon_head
from .description_actors import describe, name_source

# [RUBRIC – ] HEAD [to|on|at|in TAIL] : content of three words or more
_HEAD = re.compile(r"^(?:(?P<rubric>[A-Z][A-Za-z'’]+)\s*[–—-]{1,2}\s*)?"
                   r"(?P<np>[\p{Lu}\p{Ll}][^:;“”\"‘?!]{0,60}?)"
                   r"(?:\s+(?P<prep>[Tt]o|[Oo]n|[Aa]t)\s+(?P<tail>[\p{L}][^:;“”\"?!]{0,70}?))?"
                   r"\s*:\s+(?=[“\"‘']?\s*(?:\S+\s+){2}\S)")
_POSS = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>.+)$")
# "the GOP field who he accused of preying on ...": the relative pronoun before the subject is the verb's object
_OBJECT_GAP = re.compile(r"(?i)\b(?:who|whom|that|which)\s+(?:[\p{L}.'’-]+\s+){1,3}$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NEXT_TOKEN = re.compile(r"\s+(\w+)")  # "as 12th Doctor": a number may open the role
# "as" idioms after an active verb ("confirmed as much", "announced as part of", "said as well"), not a role ("as coach")
_AS_IDIOMS = frozenset("much well part if though soon long such expected usual planned".split())
_WORD = re.compile(r"[\p{L}'’.&-]+")
# only spaces and commas between a subject and its verb (compiled once: a module-level re.fullmatch call looks the
# pattern up in regex's cache each time, which cost more than the match itself)
_GAP = re.compile(r"[\s,]*")


def _bare(word: str) -> str:
    """'Editor’s' -> 'editor'."""
    return strip_possessive(word.lower())


def _of_head(words: list[str]) -> str | None:
    """The head noun of a body named with its "of" ("Ministry of Health", "Head of Regional State Administration"): the
    source noun before the "of", which the name's last word is not; None where there is none."""
    if "of" in words[1:-1] and source_nouns().get(head := _bare(words[words.index("of") - 1])) is not None:
        return head
    return None


# a place's health authority by the short form Arab and South Asian copy heads its tolls with: "Gaza Health: ..."
_PLACE_HEALTH = re.compile(r"[A-Z][\p{L}-]+\s+Health")


# a body's acronym alone: "NDRRMC", "NDMA" (the headline comes before the body that spells it out)
_ACRONYM_ONLY = re.compile(r"\p{Lu}{3,8}")


def _spelled_body(np: str, mem: ActorMemory) -> Actor | None:
    """The body a headline names by an acronym the article spells out ("NDRRMC: Reported deaths ... climb to 12", "...
    CLIMBS TO 14 – NDRRMC" and later "the National Disaster Risk Reduction and Management Council (NDRRMC)"), or None."""
    if not _ACRONYM_ONLY.fullmatch(np) or np in PLACE_NAMES or (full := mem.acronym(np)) is None:
        return None
    # (with its article: the resolver reads a bare "National Disaster Risk Reduction and Management Council" as
    # coordinated names, its first conjunct a person's)
    actor = resolve(full if full.lower().startswith("the ") else f"the {full}", mem)
    return actor if actor is not None and actor.kind == "organization" else None


def _speaker(np: str, tail: bool, mem: ActorMemory) -> tuple[Actor, str, str] | None:
    """(actor, how, surface) for a headline's colon head, or None."""
    if (body := _spelled_body(np, mem)) is not None:
        return body, "headline acronym the article spells out", np
    words = _WORD.findall(np)
    rubrics = headline_rubrics()
    if not words or len(words) > 6 or "," in np or any(_bare(w) in rubrics for w in words[:-1]) or \
            rubrics.get(_bare(words[-1])) == "rubric" or len(words) == 1 and _bare(words[0]) in rubrics:
        return None  # "News Guide", "Fact Check", "Analysis", "Washington, DC:"; but "WSJ editorial" is the Journal's
    if (org := known_org(np)) is not None and org.kind == "organization":
        return org, "headline body before its colon", np  # "WHO: ...", "UNICEF: ...": a body the gazetteer knows
    if _PLACE_HEALTH.fullmatch(np) and np.split()[0] in PLACE_NAMES and \
            (ministry := resolve(f"{np} Ministry", mem)) is not None and ministry.kind == "organization":
        return ministry, "a place's health authority", np  # "Gaza Health: Malnutrition deaths rise to 459"
    last = _of_head(words) or words[-1].lower().strip("'’")
    if last in claim_nouns() and (m := _POSS.match(np)):
        owner = m.group("owner")  # "Democrats' new warning": the warning's owner speaks
        got = (resolve(owner, mem), "resolver") if resolve(owner, mem) else name_source(owner, mem)
        return (got[0], got[1], np) if got and got[0] is not None else None
    kind = source_nouns().get(last)
    if kind is not None and (len(words) > 1 or last.endswith("s") or kind in ("media", "document")):
        # "Clinton camp", "WSJ editorial", "Historians", "Newspaper" (not a lone "Official", a heading's word)
        actor = resolve(np, mem) or describe(np, last, mem)
        return (actor, "description (the words themselves)", np) if actor else None
    if tail or len(words) > 1 or words[0][:1].isupper():
        # a name with a tail ("Clinton to Planned Parenthood") or a title and a name ("Former AG Mukasey")
        got = colon_head(np, mem)
        if got is None and len(words) > 1 and all(w[:1].isupper() for w in words[-2:]):
            actor = resolve(np, mem)
            got = (actor, "resolver") if actor is not None and actor.kind == "person" else None
        return (got[0], got[1], np) if got and got[0] is not None else None
    return None


def _kicker(np: str) -> bool:
    """'LIKELY FOE: Saints suffer major injury': an all-caps label of plain English words that opens with a word no
    noun can be (an adjective or adverb: "LIKELY", "SHOCKING") is the desk's kicker over the headline, not a speaker
    ("POLICE CHIEF:", "TOP DOCTOR:", "TRUMP CAMP:" open with a noun or a name)."""
    words = [w.lower().strip("'’.") for w in _WORD.findall(np)]
    if not np.isupper() or len(words) < 2 or not all(word_lemmas(w) for w in words):
        return False
    first = word_lemmas(words[0])
    return "NOUN" not in first and "PROPN" not in first and words[0] not in TITLE_LAST


def headline_claims(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Append the claim of a headline whose speaker stands before its colon in a shape phrase_claims leaves."""
    if mem.now != 0 or not mem.titled or ":" not in sent[:90] or any(c.rule == "rules.colon_speaker" for c in found):
        return
    m = _HEAD.match(sent)
    if m is None or (m.group("rubric") and headline_rubrics().get(m.group("rubric").lower()) != "rubric"):
        return
    if any(0 <= c.subj_start < m.end() for c in found):
        return  # a speaker the rules or the parse found before the colon has the line
    plain = m.group("rubric") is None and m.group("tail") is None
    np = m.group("np").strip()
    if plain and np in PLACE_NAMES:
        _dash_head_claim(sent, m.end(), found, mem)  # "Egypt: Health Ministry - 32 People Die ..."
        return
    if _kicker(np):
        return
    got = _speaker(np, not plain, mem)
    if got is None or got[0] is None:
        return
    words = _WORD.findall(np)
    head = _of_head(words) or words[-1].lower().strip("'’")
    if plain and source_nouns().get(head) is None and head not in claim_nouns() and known_org(np) is None and \
            got[1] != "headline acronym the article spells out" and \
            not (_PLACE_HEALTH.fullmatch(np) and np.split()[0] in PLACE_NAMES) and \
            (len(words) > 1 or len(sent[m.end():].split()) > 3):
        return  # a bare name before a colon is phrase_claims' to read (and to refuse), unless the words after the
        # colon are too few for its shapes ("Trump: Mexico will pay"); a body the gazetteer knows speaks ("WHO: ...")
    if got[0].kind == "country" or np in PLACE_NAMES:
        return  # "Washington:", "Iowa to vote:": a place or a dateline is no headline speaker
    s0 = m.start("np")
    found.append(FoundClaim(got[0], got[2], s0, s0 + len(np), "said", m.end() - 1, m.end(), "statement",
                            rule="rules.headline_colon", resolved_by=got[1]))


# allAfrica files each headline under its country ("Egypt: Health Ministry - 32 People Die, 66 Others Injured ..."): after
# that place and its colon, a source before a spaced dash speaks for the rest as one before a colon does. Only a source
# noun or a body the gazetteer knows ("Health Ministry", "Police", "UN"): "Egypt: Sisi - a Decade On" has no speaker.
_DASH_HEAD = re.compile(r"(?P<np>[\p{Lu}][^:;“”\"‘?!–—]{0,60}?)\s+[–—-]\s+(?=[“\"‘']?\s*(?:\S+\s+){2}\S)")


def _dash_head_claim(sent: str, at: int, found: list[FoundClaim], mem: ActorMemory) -> None:
    if (m := _DASH_HEAD.match(sent, at)) is None:
        return
    np = m.group("np").strip()
    words = _WORD.findall(np)
    head = (_of_head(words) or words[-1].lower().strip("'’")) if words else ""
    if source_nouns().get(head) is None and known_org(np) is None:
        return
    got = _speaker(np, False, mem)
    if got is None or got[0] is None or got[0].kind == "country" or np in PLACE_NAMES:
        return
    s0 = m.start("np")
    found.append(FoundClaim(got[0], got[2], s0, s0 + len(np), "said", m.end("np"), m.end() - 1, "statement",
                            rule="rules.headline_colon", resolved_by=got[1]))


# A verbless source tag closing a headline: "Over 100,000 displaced by floods in Somalia: UN", "Missile strike kills
# three - governor", Reuters' "Russian shelling kills five civilians in Ukraine's Kharkiv -regional governor" (a space
# before the dash only). The words before it are the source's claim (the held-out gold keeps the attribution row optional,
# but a figure in the headline takes the tagged source as its claimant).
# (an office with its "of" may run longer: "- Head of Regional State Administration", "- Minister of Health")
_TAG_WORDS = 4
_TAG = re.compile(r"(?:\s*:\s+|\s+[–—-]\s*)(?P<src>[\p{L}][\p{L}.'’&-]*(?:\s+[\p{L}][\p{L}.'’&-]*){0,3}"
                  r"(?:\s+of(?:\s+[\p{L}][\p{L}.'’&-]*){1,3})?)\s*[.]?\s*$")


def closing_tag(sent: str) -> re.Match | None:
    """The verbless source tag closing a headline, its words in group "src" (": UN", " - governor", ": sources"), or
    None: the one reading of a headline's tag, for the tag's own claim here and for headline_tags' carrying of a bare
    tag's figures."""
    return _TAG.search(sent)


# a person's title before a name: "CM Naqvi", "Sen. Hontiveros" (titles.tsv)
_TITLED_TAG = re.compile(rf"^(?:{title_pattern()})\s+[A-Z]")


def _titled_person(src: str, mem: ActorMemory) -> Actor | None:
    """A tag that gives a person by title and name ("...: CM Naqvi", "..., says Sen. Hontiveros" as a bare tag): the
    person, though no source noun vouches for the words; None for anything else."""
    if _TITLED_TAG.match(src) and (actor := resolve(src, mem)) is not None and actor.kind == "person":
        return actor
    return None


def headline_tag_claims(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Append the claim of a headline that ends in a verbless source tag, when the tag names a body, a person or a
    source noun (source_nouns.tsv: "governor", "police", "ministry"), not a place or a rubric ("- analysis")."""
    if mem.now != 0 or not mem.titled or found or (m := closing_tag(sent)) is None or len(sent[:m.start()].split()) < 3:
        return
    if (actor := _tag_actor(m.group("src"), mem)) is not None:
        s0 = m.start("src")
        found.append(FoundClaim(actor, m.group("src"), s0, s0 + len(m.group("src")), "said", m.start(), m.start(),
                                "statement", rule="rules.headline_tag", resolved_by="headline source tag"))


# A title-case headline's closing speech tag with its verb first: "7K Migrants in Custody in South Texas Border Sector,
# Say Feds", "25 Soldiers Killed in Northern Mali, Says Government". The sentence rules read the verb in lower case only,
# and the parse makes the headline before the comma the verb's subject.
_SAY_TAG = re.compile(r",\s+(?P<v>Says?|Said)\s+(?P<src>[\p{L}][\p{L}.'’&-]*(?:\s+[\p{L}][\p{L}.'’&-]*){0,3})\s*[.]?\s*$")


def headline_say_tag_claims(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Append the claim of a headline that closes with a title-case ", Say(s) X" tag, before the parse reads one."""
    if mem.now != 0 or not mem.titled or found or (m := _SAY_TAG.search(sent)) is None or \
            len(sent[:m.start()].split()) < 3:
        return
    if (actor := _tag_actor(m.group("src"), mem)) is not None:
        s0 = m.start("src")
        found.append(FoundClaim(actor, m.group("src"), s0, s0 + len(m.group("src")), "said", m.start("v"), m.end("v"),
                                "statement", rule="rules.headline_tag", resolved_by="headline source tag"))


def _tag_actor(src: str, mem: ActorMemory) -> Actor | None:
    """The speaker a headline's closing tag names: a body, a person or a source noun, or None for a place, a rubric or
    an outlet."""
    if (body := _spelled_body(src, mem)) is not None:
        return body
    words = _WORD.findall(src)
    if len(words) > _TAG_WORDS and (src[:1].islower() or words[0].lower() in ("a", "an", "the")):
        return None  # a long tag is an office with its "of" ("- Head of Regional State Administration"), not a
        # description ("- - a user of Intel chips")
    last = _of_head(words) or _bare(words[-1])
    kind = source_nouns().get(last)
    if headline_rubrics().get(last) is not None and not (kind == "person" and last.endswith("s")) or \
            src in PLACE_NAMES and known_org(src) is None:
        return None  # "- live updates", "- analysis", ": Kenya", "...: Editor"; but people closing the line speak
        # ("...: sources", a credit label only where it opens a line), and so does a national body the place names
        # list only to place its story (": CBP", ": FBI")
    if kind in ("media", "document"):
        return None  # a page title's site name ("- La Prensa Latina Media", "- The Washington Post")
    if "and" in words and (k := words.index("and")) > 0 and words[k - 1][:1].islower() and \
            source_nouns().get(_bare(words[k - 1])) is None:
        return None  # ": arrests and injured officers": the first conjunct names no source, the tag is the story's topic
    if kind is not None and len(words) == 1 and src[:1].isupper() and src[1:].islower():
        src = src.lower()  # a title-case headline's ": Ministry", "- Police": the common noun, not a body's name
    actor = known_org(src) or (len(words) == 1 and src[1:].islower() and known_org(src.lower())) or \
        ((resolve(src, mem) or describe(src, last, mem)) if kind is not None else _titled_person(src, mem))
    if not actor or actor.kind in ("country", "media"):
        return None  # a place, an outlet ("- BBC News", "- Reuters"), or capitalised words no source noun or known body
        # vouches for ("AMD to Acquire SeaMicro: Accelerates Disruptive Server Strategy", "- Gulf Today")
    return actor


def _passive_participles() -> frozenset[str]:
    return frozenset(p for p, _ in reduced_passives())


def reduced_passive(sent: str, start: int, end: int) -> bool:
    """Whether the verb at sent[start:end] is a participle right before its reduced_passives preposition with no
    relative pronoun before it ("FDIC Accused Of ...", "the man accused of ..."; not "who he accused of ...")."""
    nxt = _NEXT_WORD.match(sent, end)
    if nxt and nxt.group(1).lower() == "by" and sent[start:end].lower() in _passive_participles():
        return not _OBJECT_GAP.search(sent, 0, start)  # "Maduro, accused by the opposition of ...": accused, not accusing
    if not nxt or (sent[start:end].lower(), nxt.group(1).lower()) not in reduced_passives():
        return False
    if nxt.group(1).lower() == "as" and ((after := _NEXT_TOKEN.match(sent, nxt.end())) is None or
                                         after.group(1).lower() in _AS_IDIOMS):
        return False  # "confirmed as much", "announced as part of ...": an active verb before an "as" idiom
    if nxt.group(1).lower() == "to" and ((after := _NEXT_TOKEN.match(sent, nxt.end())) is None or
                                         after.group(1).lower() not in ("be", "have")):
        return False  # "believed to his last day that ...": only "believed to be / to have" is the passive's infinitive
    return not _OBJECT_GAP.search(sent, 0, start)


def drop_reduced_passives(sent: str, found: list[FoundClaim]) -> None:
    """Remove claims whose verb is a passive participle right after its subject ("FDIC Accused Of ...")."""
    for c in list(found):
        if c.subj_end < 0 or c.verb_start < c.subj_end or _GAP.fullmatch(sent[c.subj_end:c.verb_start]) is None:
            continue
        if reduced_passive(sent, c.verb_start, c.verb_end):
            found.remove(c)
