"""The last check on every claimant before it becomes a row: no sentence-initial adverb, conjunction or
preposition read as part of a name ("Although Reynolds" -> Reynolds, "To Antony Blinken" -> Antony Blinken),
and no claimant that is only such a word, a contraction ("Couldn't"), a demonym ("Armenian") or an inflected
verb ("Having")."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex as re

from .actor_patterns import TITLE_LAST
from .actors import resolve
from .memory import ActorMemory
from .calendar_words import WEEKDAYS
from .colon_labels import full_name_in
from .context import PLACE_NAMES
from .described import aged_person, described_person, is_description, served_person, titled_person
from .document_authors import document_author
from .groups import demonym_of, is_document, np_head
from .gazetteer import DEMONYMS
from .inflections import word_lemmas
from .name_words import abbreviations, common_surnames, first_names, not_alone, not_name_start
from .source_words import document_parts, non_agent_suffixes, non_agents, source_nouns
from .patterns import strip_possessive
from .portfolios import title_holder
from .model import Actor
from .speaker import UNKNOWN, FoundClaim
from .recent_speakers import ANOTHER

_CONTRACTION = re.compile(r"(?i)\w(?:n['’]t|['’](?:ll|re|ve|d|m))$")
# a clitic alone: "I’ve understood" split after "I" ("Lowe’s" keeps its "’s": only the bare clitic)
_CLITIC = re.compile(r"(?i)^(?:n['’]t|['’](?:ll|re|ve|d|m|s))$")
_EDGE = ".,;:!?\"“”'‘’()"
_LETTER = re.compile(r"\p{L}")


def _poll_share(c: FoundClaim, mem: ActorMemory) -> bool:
    """'42% say they're liberal, 34% conservative': a share written in figures alone (no letter in it) names those a
    poll counts when the story has named a poll that spoke; else it is no one ("Another 48.6% indicated that ..." of
    a census). (A share with words, "42 percent", "some 22%", is a name already.)"""
    return _PERCENT_ALONE.fullmatch(c.surface.strip()) is not None and c.actor.name == c.surface.strip() and \
        mem.last(lambda a: np_head(a.name).lower() in _POLLS) is not None


_PERCENT_ALONE = re.compile(r"\d+(?:\.\d+)?\s?%")
_POLLS = document_parts()["poll"]  # data/document_roles.tsv


def bad_name(name: str) -> bool:
    """A name no reader would accept as a claimant: empty, a closed-class word, a contraction, a demonym alone, a
    word the dictionary knows only as an adjective or adverb."""
    words = name.split()
    if not words:
        return True
    if len(words) > 1:
        return False
    if _CLITIC.match(words[0]) or not _LETTER.search(words[0]):
        return True  # a clitic alone, or no letter at all ("48.6% indicated that ...")
    w = words[0].strip(_EDGE)
    return not w or w.lower() in not_name_start() or w.lower() in not_alone() or bool(_CONTRACTION.search(w)) \
        or (w in DEMONYMS and not w.isupper()) or _only_adverb(w) or _only_adjective(w) or _inflected_verb(w)


# what a name's edges hold that is no part of it: a web page's markup before it ('2016">Donald Trump'), a dash or bullet
# opening a by-line ("-Craig Fehrman"), a soft hyphen, a conjunction the span stopped after ("31% of Republicans and")
_MARKUP_LEAD = re.compile(r'^[^"<>]*">')
_DASH_LEAD = re.compile(r"^[\s\-–—•*]+(?=\p{L})")
_CONJ_END = re.compile(r"(?:\s+(?:and|or|but|-|–|—))+$")
_QUOTES = re.compile(r'["“”]')


def clean_edges(name: str) -> str:
    """`name` without markup, a leading dash, soft hyphens or a trailing conjunction, and without its quotation marks when
    they do not pair ('the "Medicare', 'this CNN “reporter'): a quotation the span was cut inside of."""
    out = _CONJ_END.sub("", _DASH_LEAD.sub("", _MARKUP_LEAD.sub("", name.replace("\u00ad", ""))))
    quotes = _QUOTES.findall(out)
    if quotes and (len(quotes) % 2 or out.count("“") != out.count("”")):
        out = " ".join(_QUOTES.sub("", out).split())
    return out.strip()


def _renamed(actor: Actor, name: str) -> Actor:
    """`actor` under another name, of the same kind and country."""
    kind, _, rest = actor.key.partition(":")
    at = rest.rpartition("@")[2] if "@" in rest else ""
    return Actor(f"{kind}:{name.lower()}" + (f"@{at}" if at else ""), name, actor.kind, actor.country)


_CLAUSE_SUBJECT_DET = frozenset("the a an his her their its our my your this that these those".split())


def _participle_cut(name: str, surface: str) -> str:
    """'Poll released', 'Advisory issued', 'CBS News survey conducted': a description's name without the past
    participle that ended it once its time ("a poll released Sunday") was cut off; the participle is the poll's
    release, not its name (not after an adverb: "the advisory Microsoft also published today" is a clause). A
    participle the words end with is the description's own ("those surveyed", "Cuban-Americans polled"), and a word
    the dictionary knows as a noun too stays ("Survey shows")."""
    head, _, last = name.rpartition(" ")
    if not head or not last.islower() or not last.endswith(("ed", "en")) or \
            head.rpartition(" ")[2].lower() in not_name_start() or \
            not re.search(rf"\b{re.escape(last)}\s+\S", surface):
        return name
    words = head.split()
    if any(w in _CLAUSE_SUBJECT_DET for w in words[1:]) or words[-1].islower() and source_nouns().get(words[-1]) == "person":
        return name  # "figures her campaign released Friday", "a fact sheet lawmakers released": a clause, not a name
    lemmas = word_lemmas(last)
    return head if "VERB" in lemmas and "NOUN" not in lemmas and last not in lemmas["VERB"] else name


_AFTER_TIME = re.compile(rf"^.+?\s(?:on|last|this)\s+(?:{'|'.join(WEEKDAYS)})\s+and\s+(?P<rest>\S.*)$")
# (and where a relative clause or a participle with its object opens: "a group monitoring the civil war" is headed by
# "group", not "war")
_NP_CUT = re.compile(r"\s+(?:of|in|at|from|for|on|over|across|with|who|which|that)\s|[,(;:]|"
                     r"(?<=\w\s+)\s*\b[a-z]{3,}ing\s+(?=(?:the|a|an|its|their|his|her)\s)")
_POSSESSOR = re.compile(r"^.*?['’]s?\s+(?=\S)")
_DET = frozenset("the a an this that its their his her".split())


def non_agent(name: str) -> bool:
    """An event, a force of nature or a condition, not anyone who could say it: the phrase's head noun is one
    (data/non_agents.tsv: "The coronavirus pandemic", "Hurricane-force Winds", "the quake in Aceh") or the phrase is
    such an event's proper name ("Storm Ciarán", "Tropical Storm Harvey", "Hurricane Katrina")."""
    table = non_agents()
    phrase = _POSSESSOR.sub("", _NP_CUT.split(name, 1)[0])  # "The Blaze’s Matt Walsh": the possessed noun heads it
    words = [w for w in phrase.split() if w.lower() not in _DET]
    if not words:
        return False
    head = strip_possessive(words[-1].split("-")[-1].strip(_EDGE))
    # a capitalised head only in the plural after a dictionary word ("Hurricane-force Winds Bash UK", "Star Wars"):
    # "William Gale", "The Blaze", "Andrew Storms" are names
    if table.get(head.lower()) is not None and (head.islower() or len(words) >= 2 and (
            head.lower() not in word_lemmas(head.lower()).get("NOUN", ())) and (
            "-" in words[-2] or word_lemmas(words[-2].lower().strip(_EDGE)))):
        return True
    if len(words) >= 2 and head[:1].isupper() and words[-2][:1].isupper() and head.lower() in non_agent_suffixes():
        return True  # "the Wien River", "the Yangtze River": a natural feature's proper name
    # "Storm Ciarán", "Tropical Storm Harvey", "Super Typhoon Haiyan": the title and one name that is no English noun
    # (not "the National Hurricane Center", "Storm Prediction Center", "the Hurricane Hunters")
    last = words[-1].strip(_EDGE)
    return len(words) in (2, 3) and table.get(words[-2].lower()) is True and words[0][:1].isupper() and \
        last[:1].isupper() and "NOUN" not in word_lemmas(last.lower())


def event_alone(name: str) -> bool:
    """A claimant named by one event noun alone, capitalised as a line's first word: "Coronavirus: How these travelers
    got stranded" (the story's topic before a headline's colon). Read on the actor's own name, so that a surname
    that is such a noun in the plural ("Storms added" after "Andrew Storms") stays the person's."""
    w = name.strip(_EDGE)
    return " " not in w and "-" not in w and w[:1].isupper() and w[1:].islower() and \
        non_agents().get(w.lower()) is not None


def _only_adverb(w: str) -> bool:
    """'Publicly', 'Frankly': a word the dictionary knows only as an adverb (a name like "Kelly" it does not know)."""
    lemmas = word_lemmas(w.lower())
    return bool(lemmas) and set(lemmas) == {"ADV"}


@lru_cache(maxsize=None)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words ('few', 'most', 'several'), imported on the first adjective-only claimant."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def _only_adjective(w: str) -> bool:
    """'Historical notes at the end separate fact from fiction': a word the dictionary knows
    only as an adjective (or an adverb too), read as the subject because the sentence opens with it. A first name or a
    common census surname that is such a word ("Rich", "Hardy", "Moody") and a word in capitals stay possible names."""
    low = w.lower()
    if w.isupper() or low in first_names() or low in common_surnames():
        return False  # "Rich", "Hardy", "Moody": a first name or a common surname may be the person's name
    lemmas = word_lemmas(low)
    # "Few would argue", "Most believe": a quantifier (a stop word) stands for the people it counts, and PolNeAR
    # annotates it as a source (ruling it out cost 6 of its dev rows)
    return "ADJ" in lemmas and set(lemmas) <= {"ADJ", "ADV"} and low not in _stop_words()


def _inflected_verb(w: str) -> bool:
    """'Having described ...', 'Published estimates put ...', 'Flopping Is Threatening': a word the dictionary knows
    only as an inflected verb form. A verb's own base form ("Google", "Rob") or a word in capitals ("WIRED") stays a
    possible name."""
    if w.isupper():
        return False  # "WIRED": a name in capitals
    lemmas = word_lemmas(w.lower())
    return bool(lemmas) and set(lemmas) <= {"VERB", "AUX"} and all(w.lower() not in forms for forms in lemmas.values())


def _surname_demonym(surface: str, mem: ActorMemory) -> Actor | None:
    """'Cuban said' after "Mark Cuban", 'Still said' after "Steven Still": a demonym or a word no name opens
    (an adverb, a number) that is the surname of a person the story named in full."""
    w = surface.strip(_EDGE)
    if " " in w or not w[:1].isupper():
        return None
    person = mem.surname(w)
    if person is not None and person.kind == "person" and " " in person.name and person.name.split()[-1] == w:
        return person
    if w not in DEMONYMS:
        return None
    # the name readers refuse a demonym as a surname: "owner Mark Cuban" is the full name a lone "Cuban" speaks for
    for m in re.finditer(rf"\b(\p{{Lu}}\p{{Ll}}+) {w}\b(?!\s*\p{{Lu}})", mem.text):
        first = m.group(1)
        if first not in PLACE_NAMES and first not in DEMONYMS and first.lower() not in not_name_start() and \
                first not in ("The", "A", "An"):
            return mem.person(f"{first} {w}", None)
    return None


def _described_surname(words: list[str], mem: ActorMemory) -> Actor | None:
    """'An angry Nichols was recorded saying', 'a defiant Trump said': lower-case words of description before the
    surname of a person the story named in full are no body's name; the person speaks."""
    if len(words) < 2 or not words[-1][:1].isupper() or not all(
            w.replace("-", "").isalpha() and w.islower() and ("-" in w or {"ADJ", "ADV"} & set(word_lemmas(w)))
            for w in words[:-1]):
        return None  # (adjectives and adverbs only: "The ex-staffer recalled Morales" is a clause the parse ran together)
    person = mem.surname(words[-1])
    if person is not None and person.kind == "person" and " " in person.name and person.name.split()[-1] == words[-1]:
        return person
    return None


def _headline_verb_cut(words: list[str], mem: ActorMemory) -> Actor | None:
    """'Trump Addresses Munich Attack', 'McCaul Announces Bill Revoking': a title-case headline's verb (a capitalised
    third-person form, "Addresses", "Announces") and the words after it read into the name of the person before it;
    the person the story names with that surname speaks."""
    for i in range(1, len(words) - 1):  # (words after the verb: "Johnson Controls" alone is a company's name)
        w = words[i]
        if not (w[:1].isupper() and w[1:].islower() and w.endswith("s")):
            continue
        verb = word_lemmas(w.lower()).get("VERB", ())
        if not verb or w.lower() in verb or " ".join(words[i - 1:i + 1]) in mem.text:
            return None  # (a name the story writes with that word is the name: "Johnson Controls said")
        full = full_name_in(words[i - 1], mem.text)
        return mem.person(full, None) if full else None
    return None


# a name after an abbreviated rank's dot: capitalised words, initials, further ranks ("Gen."), Arabic particles
_NAME_AFTER_DOT = re.compile(r"\.\s+((?:(?:\p{Lu}[\p{L}'’-]*|al-\p{L}+|el-\p{L}+|bin|de|van|von)\.?(?:\s+|$)){1,5})")


def _abbreviated_title_cut(surface: str, sentence: str) -> str:
    """The claimant's words with the name after them when they end with a rank or title abbreviated with a dot
    ("Interior Ministry spokesman Maj" in "... spokesman Maj. Falah al-Mohammedawi."), else ''."""
    head, _, last = surface.rstrip().rpartition(" ")
    if last.lower() in abbreviations() and head.rpartition(" ")[2].lower().rstrip(".") in TITLE_LAST:
        last = head.rpartition(" ")[2]  # "Col. Inf": a rank and its arm ("Inf." for infantry)
    if not last or len(last) > 6 or last.lower().rstrip(".") not in TITLE_LAST or not last[:1].isupper():
        return ""
    at = sentence.find(surface.rstrip())
    m = _NAME_AFTER_DOT.match(sentence, at + len(surface.rstrip())) if at >= 0 else None
    return f"{surface.rstrip()}. {m.group(1).strip().rstrip('.')}" if m else ""


def _ranked_person(rank: str, whole: str, code: str | None, mem: ActorMemory) -> Actor | None:
    """The person named after the rank in `whole` ("Falah al-Mohammedawi"), of two words or more, the rank's words
    their title; or None."""
    name = whole[len(rank.rstrip()) + 1:].strip()
    while name.split(" ", 1)[0].lower().rstrip(".") in TITLE_LAST and " " in name:
        name = name.split(" ", 1)[1]  # "Maj. Gen. Abdul-Karim Khalaf": the ranks go on
    return mem.person(name, code, rank) if len(name.split()) >= 2 else None


def _lead(words: list[str]) -> int:
    n = 0
    while n < len(words) - 1 and words[n].strip(_EDGE).lower() in not_name_start():
        n += 1
    return n


def clean_claimants(found: list[FoundClaim], mem: ActorMemory) -> list[FoundClaim]:
    """`found` with leading function words stripped from claimant names and text, and bad claimants dropped."""
    out: list[FoundClaim] = []
    for c in found:
        if c.actor is UNKNOWN:
            out.append(c)
            continue
        if (cut := _participle_cut(c.actor.name, c.surface)) != c.actor.name:
            c = replace(c, actor=_renamed(c.actor, cut))  # the same description: no new person or body to remember
        if (name := clean_edges(c.actor.name)) != c.actor.name:
            if bad_name(name):
                continue
            actor = resolve(name, mem)
            if actor is None or actor.kind != c.actor.kind:
                actor = mem.person(name, c.actor.country) if c.actor.kind == "person" and name.istitle() else \
                    _renamed(c.actor, name)
            c = replace(c, actor=actor, surface=clean_edges(c.surface) or c.surface)
        if (m := _AFTER_TIME.match(c.surface)) and (actor := resolve(m.group("rest"), mem)) is not None:
            # "Governor Palin visited the church on Saturday and her office later released": the words up to the day are
            # the clause before; the subject is the noun phrase after "and"
            c = replace(c, actor=actor, surface=m.group("rest"), resolved_by="noun phrase after a clause's time")
        if c.actor.kind == "person" and (whole := _abbreviated_title_cut(c.surface, mem.sentence)) and \
                (actor := resolve(whole, mem) or _ranked_person(c.surface, whole, c.actor.country, mem)) is not None \
                and actor.kind == "person" and actor.key != c.actor.key:
            # "said Interior Ministry spokesman Maj. Falah al-Mohammedawi": the parse ended the subject at the rank's
            # dot ("... spokesman Maj"); the name after it is the person
            c = replace(c, actor=actor, surface=whole, resolved_by="name after a rank's abbreviation")
        if non_agent(c.surface) or non_agent(c.actor.name) or event_alone(c.actor.name):
            continue  # "The pandemic has highlighted ...", "Storm Ciarán: Winds bash UK": no one speaks
        office = c.surface.strip() if c.actor.kind != "person" else \
            c.actor.name if c.actor.name.rsplit(None, 1)[-1].lower().rstrip(".") in TITLE_LAST else ""
        if office and (name := title_holder(office, mem.sentence)):
            # "Minister of State for Government Communication Bence Tuzson accused": the parse took the office for the
            # subject; the holder named after its portfolio speaks (also when the office was read as a person's name:
            # "UN Special Coordinator for the Middle East Peace Process Tor Wennesland said")
            out.append(replace(c, actor=mem.person(name, c.actor.country), resolved_by="holder of the office named"))
            continue
        if (c.surface[:1] in "Tt" or c.surface[:7].lower() == "one of ") and is_description(c.actor, c.surface, demonym_of(c.actor.country) if c.actor.country else None) \
                and (person := described_person(c.surface, mem)) is not None:
            # "the church's minister said" ... "the Rev. Larry Kroon": the one person the story names in that role
            out.append(replace(c, actor=person, resolved_by="description of the one person named in that role"))
            continue
        if c.surface[:1] in "Aa" and is_description(c.actor, c.surface, None) and \
                (person := aged_person(c.surface, mem)) is not None:
            # "An 18-year-old gang member has confessed" ... "Andrew Lopez, 18,": the one person named with that age
            out.append(replace(c, actor=person, resolved_by="description of the one person named with that age"))
            continue
        if c.actor.kind == "person" and (person := served_person(c.surface, mem)) is not None and \
                person.key != c.actor.key:
            # "Lindsay Lohan’s attorney said" ... "her lawyer Mark Heller": the one person the story names in that role
            out.append(replace(c, actor=person, resolved_by="role of the one person named in it"))
            continue
        if mem.now == 0 and mem.titled and " " not in c.surface.strip() and c.actor.name == c.surface.strip() and \
                (person := titled_person(c.surface, mem)) is not None and person.key != c.actor.key:
            # "Israel war resembles ..., Taoiseach says" over "Taoiseach Leo Varadkar has said": the titled person
            out.append(replace(c, actor=person, resolved_by="title of the one person named with it"))
            continue
        if c.actor.kind == "organization" and (body := document_author(c.surface, mem)) is not None:
            # "according to a Texas prison statement" ... "the statement from the Texas Department of Criminal Justice"
            out.append(replace(c, actor=body, resolved_by="document of the one body named as its author"))
            continue
        words = c.actor.name.split()
        if mem.now == 0 and (person := _headline_verb_cut(words, mem)) is not None:
            out.append(replace(c, actor=person, resolved_by="surname before a headline's verb"))
            continue
        if c.actor.kind != "person" and (person := _described_surname(words, mem)) is not None:
            out.append(replace(c, actor=person, resolved_by="surname of a person named earlier (described)"))
            continue
        n = _lead(words)
        if n == 0:
            if not bad_name(c.actor.name) and (not bad_name(c.surface) or c.surface.strip().lower() in ANOTHER) or \
                    _poll_share(c, mem) or c.rule == "syn.counted":
                # ("39 have said they ...": a count the parse read as the people counted, syntax.find_cues)
                # ("Another said": the speaker described before that "another" takes up, recent_speakers.another_speaker)
                out.append(_trim_surface(c))
            elif (person := _surname_demonym(c.surface, mem)) is not None:
                out.append(replace(c, actor=person, resolved_by="surname of a person named earlier (not the word)"))
            continue
        rest = " ".join(words[n:])
        if bad_name(rest):
            continue
        actor = resolve(rest, mem)
        if actor is None:
            actor = mem.person(rest, c.actor.country) if c.actor.kind == "person" else \
                Actor(f"org:{rest.lower()}", rest, c.actor.kind, c.actor.country)
        out.append(_trim_surface(replace(c, actor=actor)))
    return reporters_they(out, mem.sentence)


_THEY = frozenset(("they", "them"))
_PRONOUN_SURFACE = frozenset("he she it they we i you him her them us".split())
_SAID_THEY = re.compile(r"\s*(?:,\s*)?(?:that\s+)?")


def reporters_they(found: list[FoundClaim], sentence: str) -> list[FoundClaim]:
    """'Some 20 percent of people in the poll said they believe ...', 'Some delegates said they welcomed ...': a "they"
    right after what a body or a group of people said in the same sentence ("said they", "said that they") is that
    body or group, whoever the memory's last plural was. Not a person's report ("Trump said they would pay": others), nor a document's ("the poll found
    they ...": the poll is no "they")."""
    out = []
    for c in found:
        if c.actor is not UNKNOWN and c.surface.strip().lower() in _THEY:
            said = [d for d in found if d is not c and d.actor is not UNKNOWN and d.actor.kind != "person" and
                    not d.joint and d.surface.strip().lower() not in _PRONOUN_SURFACE and not is_document(d.actor) and
                    0 <= d.verb_end <= c.subj_start and _SAID_THEY.fullmatch(sentence, d.verb_end, c.subj_start)]
            if said and said[-1].actor.key != c.actor.key:
                c = replace(c, actor=said[-1].actor, resolved_by="pronoun 'they' -> who said it in the same sentence")
        out.append(c)
    return out


def _trim_surface(c: FoundClaim) -> FoundClaim:
    """The claimant's words without a leading function word ("Although Reynolds" -> "Reynolds")."""
    words = c.surface.split()
    k = _lead(words)
    if not k or not c.surface[:1].isupper():
        return c
    cut = c.surface.index(words[k])
    return replace(c, surface=c.surface[cut:], subj_start=c.subj_start + cut if c.subj_start >= 0 else c.subj_start)
