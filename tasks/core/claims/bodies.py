"""Bodies a story names and the common nouns it later calls them by: "Human Rights Watch said ... The rights group
added", "NASA's search ... according to the agency", "a group of employees. The group, WeWorkers Coalition, ...".

A reader takes a definite description of a body ("the group", "the agency", "the watchdog") for the body of a fitting
kind the story named last, whether it spoke or was only named (data/body_descriptions.tsv says which bodies each noun
fits); a description with its name beside it ("the group, called Energy Control", "a recently formed group Doctors for
Camp Closure") is that name, also when the name follows in the next sentences.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .context import PLACE_NAMES, country_mentions
from .gazetteer import DEMONYMS, ORGS, known_org
from .actor_patterns import BACKREF, ORG_HEADS
from .body_words import (apposed_body_nouns, body_descriptions, body_name_heads, body_staff, home_body_words,
                         name_lead_words, public_body_words)
from .inflections import word_lemmas
from .memory import ActorMemory, international, names_body_abroad
from .model import Actor
from .patterns import alt, last_runs, may_hold
from .phrase_country import country_in
from .source_words import source_nouns

# a body's name: capitalised words (with the small words names hold), ending in a body's head noun
_HEAD = "|".join(body_name_heads())  # data/body_name_heads.tsv
_NAME_RUN = (rf"(?:[A-Z][\p{{L}}&'’.-]*\s+(?:(?:of|for|and|the|on|against|without)\s+)*){{0,6}}(?:{_HEAD})"
             r"(?:\s+(?:of|for|on|against|without)\s+(?:the\s+)?[A-Z][\p{L}&'’-]*(?:\s+[A-Z][\p{L}&'’-]*){0,3})?")
_HEAD_END = re.compile(rf"(?:{_HEAD})$")
_NAMED_BODY = re.compile(rf"(?<![\p{{L}}&'’.-])(?:{_NAME_RUN})(?![\p{{L}}])")
# the cheap test first: most sentences hold no head noun at all, and the name-run scan costs ~25 us a sentence
_ANY_HEAD = re.compile(rf"(?:{_HEAD})(?![\p{{L}}])")
# and a cheaper one before it (~1 us against ~3 us, on the words the rules have read anyway): in a _NAMED_BODY match the
# head (one ASCII word) has no letter on either side, so it is one of the sentence's lower_words (patterns.last_runs);
# a sentence without any has no name run, whatever _ANY_HEAD finds inside a word (tests/test_claims_speed_guards.py)
_HEAD_RUNS = last_runs(body_name_heads())
_ORG_NAME = re.compile(rf"(?<![\p{{L}}&'’.-])(?:{alt(ORGS)})(?![\p{{L}}&'’-])")
# a name in apposition to a description noun: "the group, WeWorkers Coalition,", "a group called Energy Control",
# "the rights group Human Rights Watch"
_NOUNS = "|".join(re.escape(w) for w in apposed_body_nouns())  # data/apposed_body_nouns.tsv
_NAME = r"[A-Z][\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|the|on|against|without)\s+)?[A-Z][\p{L}&'’.-]*){0,5}"
_APPOSED = re.compile(rf"\b(?:{_NOUNS})(?:,?\s+(?:called|named|known\s+as)\s+|,\s*|\s+)(?:the\s+)?(?P<n>{_NAME})"
                      r"(?=\s*[,.;:()—–]|\s+(?:which|that|who|has|have|had|is|was|were|are|said|says|and)\b|\s*$)")
# set tests in front of the _ORG_NAME and _APPOSED scans (patterns.last_runs: a known body's name, an apposed noun,
# stands with no letter right before or after it): ~6 in 7 sentences name none, and each scan tries its whole
# alternation at every word
_ORG_RUNS = last_runs(ORGS)
_NOUN_RUNS = last_runs(apposed_body_nouns())
# a description of a body: a determiner, up to two modifiers, the noun (body_descriptions.tsv)
_DESCRIPTION = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?P<mods>(?:(?:[a-z][\p{L}-]*|[A-Z][\p{L}]*-based)\s+){0,2})"
                          r"(?P<h>[A-Za-z-]+)")
# a group of people first described, then named: "a group of physicians", "a group of employees"
_GROUP_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:new|newly|recently|formed|small|local)\s+)*(?:group|coalition|network|alliance)"
                       r"\s+of\s+(?P<h>[a-z][\p{L}-]*)")
# national agencies the gazetteer knows (orgs.tsv rows with a country): "the agency" fits them
_NATIONAL = frozenset(name for name, code in ORGS.values() if code)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘']?[A-Z])|\n")


def drop_lead_words(name: str) -> str:
    """A capitalised run without the words that open it before the name itself ("The Metropolitan Police",
    "Senior Doctors for Camp Closure" -> "Metropolitan Police", "Doctors for Camp Closure"; name_lead_words.tsv)."""
    words = name.split()
    while words and words[0] in name_lead_words():
        words.pop(0)
    return " ".join(words)


def body_named(name: str, mem: ActorMemory) -> Actor | None:
    """The body a name read in passing names ("Human Rights Watch", "Republican National Committee"), registering
    nothing; None for a person's name or a place's."""
    return _body_actor(drop_lead_words(name), mem)


def _body_actor(name: str, mem: ActorMemory, described: bool = False) -> Actor | None:
    """The body a name names: a known one by its canonical name, else the name as written (as actors.resolve names a
    body of that shape: "Texas Department of Criminal Justice"); None for a person or a place read as a name. Nothing
    is resolved here, so reading a name in passing never registers it as someone's."""
    if org := known_org(name):
        # a body the gazetteer names by its acronym, which the article spelled out in full ("The UN Office for the
        # Coordination of Humanitarian Affairs (OCHA)"): the actor the article's full name already is, so "the
        # office" after it is that one, as the acronym alone is (no second actor for one body)
        full = mem.acronym(org.name) if org.name.isupper() else None
        if full and (named := mem.last(lambda a: a.kind == "organization" and a.name != org.name and
                                       (a.name == full or a.name.endswith(f" {full}")))) is not None:
            return named
        return org
    if not name or name in PLACE_NAMES or name in DEMONYMS or not _proper(name):
        return None
    if not described and not _HEAD_END.search(name) and mem.reads_as_person(name):
        return None  # "Maria Costa" is no body; "the group, called Energy Control" says it is one (`described`)
    return Actor(f"org:{name.lower()}", name, "organization", body_home(name, mem))


def _proper(name: str) -> bool:
    """A proper name, not a common noun phrase a sentence opened with ("Users", "Team", "Companies"): more than one
    capitalised word, an acronym, or a word that is no common English word."""
    caps = [w for w in name.split() if w[:1].isupper()]
    return len(caps) > 1 or (len(caps) == 1 and (caps[0].isupper() or not word_lemmas(caps[0].lower())))


def body_home(name: str, mem: ActorMemory) -> str | None:
    """The country of a body the story names: the one its name gives, else the story's country, unless the name is an
    international body's ("World Food Programme"). The one rule for a body found by its name here and for one a bare
    group noun points back to (named_bodies.named_body_by_head)."""
    return country_in(name) or mem.local(name) or (None if international(name) else mem.focus)


def home_body(name: str, mem: ActorMemory) -> str | None:
    """The country of a group a story of one country names by a name that places it nowhere ("the Civil Human Rights
    Front", "the Catatumbo Peasant Association"): that country's (ActorMemory.one_country), when its name has a word of
    home_body_words.tsv, names no international body, and its sentence names no other country or place after it (the
    OSCE cut at "The Organisation for Security and Co-operation" before "in Europe")."""
    if home_body_words().isdisjoint(name.split()) or international(name) or names_body_abroad(name):
        return None
    code = mem.one_country() or _only_country(mem)
    sentence = mem.sentence or ""
    if code is None or country_in(sentence) not in (None, code):
        return None
    at = sentence.find(name)
    if at >= 0 and _PLACED_AFTER.match(sentence, at + len(name)):
        return None
    return code


def _only_country(mem: ActorMemory) -> str | None:
    """The story's focus when its title and opening name no other country at all, however seldom they name it (a Hong
    Kong march story naming only the University of Hong Kong)."""
    if not mem.focus:
        return None
    named = set(country_mentions(f"{mem.title}\n{mem.text[:6000]}")) - {"EU"}
    return mem.focus if named <= {mem.focus} else None


# a name the sentence goes on to place: "... Co-operation in Europe", "..., a Washington-based"
_PLACED_AFTER = re.compile(r"(?:\s+in\s+|,?\s+(?:an?\s+)?[A-Z][\p{L}-]*-based\b)")


def _bodies_in(text: str, mem: ActorMemory) -> list[Actor]:
    """The bodies a stretch of text names, in their order."""
    found: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _ORG_NAME.finditer(text)] \
        if may_hold(_ORG_RUNS, text) else []
    if may_hold(_HEAD_RUNS, text) and _ANY_HEAD.search(text):
        found += [(m.start(), drop_lead_words(m.group(0))) for m in _NAMED_BODY.finditer(text)]
    if may_hold(_NOUN_RUNS, text):
        found += [(m.start("n"), m.group("n"), True) for m in _APPOSED.finditer(text)]
    return [actor for _, name, *described in sorted(found) if (actor := _body_actor(name, mem, bool(described))) is not None]


def register_bodies(sent: str, mem: ActorMemory) -> None:
    """Remember the bodies a sentence names, in passing or speaking, for a description that refers back to them."""
    for actor in _bodies_in(sent, mem):
        mem.bodies[actor.key] = (mem.now, actor)


def body_by_first_name(name: str, mem: ActorMemory) -> Actor | None:
    """The body the story named earlier as this one name and a description in lower case after it ("the Vesna human
    rights center", "the Memorial rights group") or its name with a body's head after it ("Hengaw Organization for
    Human Rights"), the latest of them: a later lone "Vesna", "Memorial" or "Hengaw" is that body."""
    best, best_at = None, -1
    for at, actor in list(mem.bodies.values()) + [(mem.seen.get(a.key, -1), a) for a in mem.speakers]:
        first, _, rest = actor.name.partition(" ")
        if first in DEMONYMS:  # "Russian OVD-Info rights group": the story's country the resolver put before the name
            first, _, rest = rest.partition(" ")
        words = rest.split()
        # the description: lower-case words ending in a noun for a body, not a second party ("Microsoft and numerous
        # security firms")
        described = rest.islower() and not {"and", "or", "of", "with"} & set(words) and \
            source_nouns().get(words[-1]) in ("body", "media")
        # or a name whose next word is a body's head ("the Hengaw Organization for Human Rights" ... "Hengaw said")
        if actor.kind == "organization" and first == name and words and at >= best_at and \
                (described or words[0] in ORG_HEADS and first not in ORG_HEADS):
            best, best_at = actor, at
    return best


def _short_name(head: str) -> bool:
    """A capitalised common noun that may be a body's name cut to its head ("the Observatory" for the Syrian
    Observatory for Human Rights, "the Commission"): not a word the back-references read as a kind or a title ("the
    Government", "the President"), not a demonym."""
    low = head.lower()
    return head[1:].islower() and head[:1].isupper() and "NOUN" in word_lemmas(low) and head not in DEMONYMS and \
        BACKREF.fullmatch(f"the {low}") is None


# the words after which a body's name goes on with what it is for ("Observatory for Human Rights")
_NAME_TAIL = re.compile(r"\s+(?:of|for|on|against|without|in)\s+.*$")


def _heads_name(head: str, actor: Actor) -> bool:
    """`head` is the head noun of the body's name: its last word before any "of"/"for" tail ("Syrian Observatory
    for Human Rights", "Kenya National Commission on Human Rights"); "House" is no head of "House Judiciary Committee"."""
    if actor.kind != "organization" or actor.name == head:
        return False
    words = _NAME_TAIL.sub("", actor.name).split()
    return len(words) >= 1 and words[-1] == head and len(actor.name.split()) > 1


def _fits(desc: str, mods: list[str], actor: Actor, spelled: str | None = None) -> bool:
    """The body can be called by the description (body_descriptions.tsv); `spelled`: what the article spells an
    acronym's name out as."""
    kinds = body_descriptions()[desc]
    words = actor.name.lower().replace("organisation", "organization").split()
    if actor.kind == "media":
        return desc == "agency"  # "the agency" after a news agency reported
    if actor.kind != "organization":
        return False
    if len(words) == 1 and actor.name.isupper():
        # "IAEA": an acronym says no kind, unless the article spells it out ("the presidential office" is no CSTO, the
        # Collective Security Treaty Organisation)
        return spelled is None or " " not in spelled or _fits(desc, mods, Actor(actor.key, spelled, actor.kind, actor.country))
    head = desc.split()[-1].replace("organisation", "organization")
    if "named" in kinds:
        return any(w[:1].isupper() and w.lower() == head for w in actor.name.split()) and all(m.lower() in words for m in mods)
    if "nonstate" in kinds and public_body_words().isdisjoint(words) and \
            words[-1] not in body_descriptions()["institution"]:
        return True
    if desc == "agency" and actor.name in _NATIONAL:
        return True  # "CBP ... the agency": a national agency the gazetteer knows, whatever its name's words
    # a capitalised word of the name ("Food and Drug Administration"), not a description ("the Trump administration")
    return any(w[:1].isupper() and w.lower() in kinds for w in actor.name.split())


def described_fits(mods: list[str], head: str, actor: Actor) -> bool:
    """The named body `actor` can be what "a <mods> <head>" describes ("a war monitor": an observatory; "his
    organisation": any non-state body); a head body_descriptions.tsv does not know describes none."""
    if (desc := _known_description(mods, head)) is None:
        return False
    return _fits(desc, [] if " " in desc else mods, actor)


def _known_description(mods: list[str], head: str) -> str | None:
    """The description body_descriptions.tsv knows: with its modifiers ("war monitor"), else the head alone."""
    if (desc := " ".join([*mods, head]).lower()) in body_descriptions():
        return desc
    return head.lower() if head.lower() in body_descriptions() else None


def described_body(s: str, mem: ActorMemory, is_body) -> Actor | None:
    """The named body a definite description refers back to ("the rights group" for Human Rights Watch): the body
    named beside it in this sentence ("The group, called Energy Control,"), else the fitting body the story named or
    heard last. `is_body`: which actors can speak as one body (not a crowd of officials, not a document)."""
    m = _DESCRIPTION.fullmatch(s)
    if m is None:
        return None
    mods = [w for w in m.group("mods").split() if not w.endswith("-based")]
    desc = _known_description(mods, m.group("h"))
    if desc is None:
        if mods or s[:1] not in "Tt" or not _short_name(m.group("h")):
            return None
        desc = ""  # "the Observatory": a name cut to its head (_heads_name), no description of a kind
    elif " " in desc:
        mods = []  # the modifiers are part of the description ("rights group")

    def fits(actor: Actor) -> bool:
        return _heads_name(m.group("h"), actor) if not desc else _fits(
            desc, mods, actor, mem.acronym(actor.name) if actor.name.isupper() else None)
    if mem.text and mem.upto > 0:
        # back to the sentence's start at least: a long quotation may put the name more than 400 characters before
        # "the group said" at its end
        here = mem.text[max(0, mem.upto - max(400, len(mem.sentence) + 20)):mem.upto]
        at = here.rfind(s)
        if at >= 0 and (a := _APPOSED.match(here, at + len(s) - len(m.group("h")))) and \
                (hit := _body_actor(a.group("n"), mem, True)) is not None:
            return hit  # "The group, called Energy Control, which ... said": the name beside it
        if at >= 0:
            # "The Texas Department of Criminal Justice has made changes ..., the agency announced": named before it in
            # the same sentence
            start = max((e.end() for e in _SENTENCE_END.finditer(here, 0, at)), default=0)
            for actor in reversed(_bodies_in(here[start:at], mem)):
                if is_body(actor) and fits(actor):
                    return actor
    best, best_at = None, -1
    for at, actor in mem.bodies.values():
        if at < mem.now and at >= best_at and is_body(actor) and fits(actor):
            best, best_at = actor, at
    for actor in mem.speakers:
        at = mem.seen.get(actor.key, -1)
        if at >= best_at and is_body(actor) and _proper(actor.name) and fits(actor):
            best, best_at = actor, at
    return best


# the staff of a body called by a description: "officials at the institution", "a spokesman for the charity"
# (data/body_staff.tsv); the determiners and prepositions around the noun are grammar, kept here
_STAFF_OF = re.compile(r"(?P<g>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]enior)\s+)*"
                       rf"(?:{alt(sorted(body_staff()['of']))}))"
                       r"\s+(?:at|of|from|for)\s+(?P<d>the\s+[a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*)?)")


def staff_of_body(s: str, mem: ActorMemory, is_body) -> Actor | None:
    """'Japanese Red Cross Kobe Hospital ... officials at the institution said': the staff speak for the body the
    description refers back to; "the officials" later are they."""
    if " the " not in s or (m := _STAFF_OF.fullmatch(s)) is None:
        return None
    if (hit := described_body(m.group("d"), mem, is_body)) is not None:
        mem.groups[m.group("g").rsplit(None, 1)[-1].lower()] = hit
    return hit


def group_named_later(s: str, mem: ActorMemory) -> Actor | None:
    """'a group of physicians ... The doctors, members of a recently formed group Doctors for Camp Closure': a group
    described first and named in one of the next two sentences is that body."""
    if not _GROUP_OF.fullmatch(s) or not mem.text or mem.upto <= 0:
        return None
    ahead = mem.text[mem.upto:mem.upto + 800].lstrip()
    ends = [e.end() for e in _SENTENCE_END.finditer(ahead)]
    ahead = ahead[:ends[1]] if len(ends) > 1 else ahead
    for a in _APPOSED.finditer(ahead):
        if a.group(0).lower().startswith(("group", "coalition", "network", "alliance", "organi")) and \
                (hit := _body_actor(a.group("n"), mem, True)) is not None:
            return hit
    return None


# a body first described, with no name: "a war monitor", "a monitoring group" (body_descriptions.tsv)
_INDEFINITE = re.compile(r"(?:[Aa]n?)\s+(?P<mods>(?:[a-z][\p{L}-]*\s+){0,2})(?P<h>[a-z][\p{L}-]*)")


def body_named_next(s: str, mem: ActorMemory, is_body) -> Actor | None:
    """'..., a war monitor reported on Wednesday. "...," Rami Abdel-Rahman, the head of the Syrian Observatory for
    Human Rights, told dpa.': a body described in passing and named in the very next sentence is that body, when the
    next sentence names one body only that the description fits."""
    if (m := _INDEFINITE.fullmatch(s)) is None or not mem.text or mem.upto <= 0:
        return None
    if (desc := _known_description(m.group("mods").split(), m.group("h"))) is None:
        return None
    ahead = mem.text[mem.upto:mem.upto + 600].lstrip()
    if (end := _SENTENCE_END.search(ahead)) is not None:
        ahead = ahead[:end.end()]
    hits = {a.key: a for a in _bodies_in(ahead, mem) if is_body(a) and _proper(a.name) and _fits(desc, [], a)}
    return next(iter(hits.values())) if len(hits) == 1 else None


# a lone voice of a body, with no modifier to say whose ("an official", "a spokesperson", "the spokeswoman"), and the
# clause that may follow it ("who did not wish to be named because of agency policy")
_LONE_STAFF = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+"
                         rf"(?P<h>{alt(sorted(w for w in body_staff()['of'] if not w.endswith('s')))})"
                         r"(?:\s+who\s+[^,;]{1,80})?")
# a description of a body in the same sentence ("the hospital has enough masks", "that the agency never has")
_DESC_HEADS = "|".join(sorted({d.split()[-1] for d in body_descriptions()}, key=len, reverse=True))
# as the subject of a clause of the sentence (its opening, after a comma or a conjunction), not an owner ("the group's
# report") and not the object of a preposition ("rejected by the ministry")
_DESC_IN = re.compile(rf"(?:^|[,;:“\"]\s*|\b(?:that|although|though|because|while|as|and|but|since)\s+)"
                      rf"(?P<d>(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\p{{L}}-]*\s+)?(?:{_DESC_HEADS}))(?![\p{{L}}'’-])"
                      r"(?:\s+(?P<be>is|was|were|are|has\s+been|had\s+been|have\s+been)\s+(?P<v>[a-z]+))?")


def staff_of_described(s: str, mem: ActorMemory, is_body) -> Actor | None:
    """'The incident is "regrettable" although the hospital has enough masks for its staff, an official said': a lone
    official or spokesperson in a sentence that speaks of a body by a description is that body's voice, when the
    description refers back to a body the story named (described_body); "the spokesperson" later is the same voice.
    An official with a word that says whose ("a union official", "a White House spokesman") is not this."""
    if (m := _LONE_STAFF.fullmatch(s)) is None or not mem.text or mem.upto <= 0:
        return None
    head = m.group("h").lower()
    if s[:1] in "Tt" and head in mem.groups:
        return None  # "the spokesperson" who spoke before (groups.resolve_group)
    here = mem.text[max(0, mem.upto - 600):mem.upto]
    start = max((e.end() for e in _SENTENCE_END.finditer(here) if e.end() < len(here)), default=0)
    for d in _DESC_IN.finditer(here[start:]):
        if d.group("be") and "VERB" in word_lemmas(d.group("v")):
            continue  # "the hospital was hit": a body things happen to, whose voice the official need not be
        if (before := mem.body_just_before()) is not None and is_body(before) and \
                _desc_of(d.group("d")) in body_descriptions() and _fits(_desc_of(d.group("d")), [], before):
            hit = before  # "CBP, part of Homeland Security, did not accept ... the agency": the subject before
        elif (hit := described_body(d.group("d"), mem, is_body)) is None:
            continue
        mem.groups[head] = hit
        return hit
    return None


def _desc_of(surface: str) -> str:
    """The description a surface like "the rights group" or "the hospital" is in body_descriptions.tsv."""
    words = surface.lower().split()[1:]
    full = " ".join(words)
    return full if full in body_descriptions() or words[-1] not in body_descriptions() else words[-1]
