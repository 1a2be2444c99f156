"""People named in passing and lone surnames: who "Volker", "Lee" or "Mr Smith" are, from what
the article said earlier ("Kurt Volker, the special envoy", "South Korean President Yoon Suk Yeol").
"""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import ACRONYM_TOKEN, CLAUSE_CUT, CONTRACTION, NAME_TOKEN, NOT_NAME, SURNAME_TOKEN, NAME, TITLE
from .gazetteer import ORGS, PEOPLE
from .memory import ActorMemory, word_before_name
from .phrase_country import dateline_place, PLACE_FULL, country_in, nation_people
from .shared_bodies import country_in_story
from .context import PLACE_NAMES, SUBDIVISIONS, country_mentions
from .places import institution_place, lone_city_country, place_hits
from .place_homonyms import known_person_in, place_blocks_name
from .patterns import DEMONYM, PLACE, alt, lower_words, strip_possessive
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS
from .body_words import not_body_acronyms
from .calendar_words import MONTHS_BUT_MAY, WEEKDAYS
from .people_words import storyless_roles
from .place_words import place_nouns
from .source_words import source_nouns
from .inflections import word_lemmas
from .memory import international, names_body_abroad, posted_abroad
from .model import Actor
from .name_words import (ELECTED, OFFICE_TITLES, SURNAME_HONORIFICS, first_names, name_suffixes, not_lone_surnames, not_name_words, opening_adverb,
                         title_pattern, title_roles, titles)

# Cheap pre-check: a titled name needs a capitalised word after a title-ish word: TITLE's offices and roles, and
# every title of titles.tsv (without the ranks "Superior Court Judge James Bodiford" was never read as a judge)
_TITLE_HINT = title_roles() | frozenset(t.lower() for t, _ in titles(OFFICE_TITLES))  # data/title_roles.tsv, titles.tsv
# (the post's host after "to" is not the holder's country: "Pakistani Ambassador to Azerbaijan Bilal Hayee" is
# Pakistan's ambassador, "U.S. Ambassador to the United Nations Linda Thomas-Greenfield" the US's)
# (only a post abroad: "an adviser to Israel Prime Minister Benjamin Netanyahu" is Netanyahu's, read as titled himself)
TITLED = re.compile(rf"\b(?P<t>{TITLE}(?:\s+{TITLE})*)(?P<to>(?<=(?i:ambassador|envoy|representative|commissioner|consul))\s+to\s+(?:the\s+)?(?:{PLACE}|{DEMONYM}|United Nations|UN|U\.N\.|"
                    rf"European Union|EU|NATO|African Union|Holy See|Vatican))?\s+(?P<n>{NAME})")


_GROUP_WORDS = not_lone_surnames()  # data/not_lone_surnames.tsv


# Words that open a subordinate clause before its verb ("When asked by the prosecution, he responded ...", "Although
# asked twice, ..."): no surname, though capitalised at a sentence's start
_SUBORDINATORS = frozenset("when whenever while whilst after before although though if unless because since until once "
                           "where why how what who whom".split())

# tokens that look like an acronym but name no body (data/not_body_acronyms.tsv: "US", "TV")
_NOT_ACRONYMS = frozenset().union(*not_body_acronyms().values())

def surname_actor(token: str, mem: ActorMemory) -> Actor | None:
    """A lone capitalised word right before a reporting verb ("Alito declared") is almost always a surname."""
    token = token.strip()
    if ACRONYM_TOKEN.fullmatch(token) and token not in _NOT_ACRONYMS:
        if len(token) > 3 and dateline_place(token):
            return None  # "LAGOS: ...": a dateline, not an acronym
        if full := mem.acronym(token):  # spelled out in the article: "People Power Party (PPP)"
            code = ORGS[full][1] if full in ORGS else country_in(full) or mem.local(full)
            return Actor(f"org:{full.lower()}", full, "organization", code)
        return Actor(f"org:{token.lower()}", token, "organization", None)  # an acronym: "The RSF accused ..."
    if (not SURNAME_TOKEN.fullmatch(token) or token in _GROUP_WORDS or NOT_NAME.fullmatch(token)
            or token.lower() in _SUBORDINATORS or token == "One" or token in DEMONYMS or PLACE_FULL.fullmatch(token) or CONTRACTION.search(token)):
        return None
    if known := mem.surname(token):
        return known
    # never introduced by full name: more often a company or body ("Volkswagen says") than a bare surname; a nation's
    # people ("Saudis say") are that nation's side
    return Actor(f"org:{token.lower()}", token, "organization",
                 nation_people(token) or lone_city_country(token, mem.focus))


# A description in apposition that says who a named person is: "Lee Jae-myung, leader of the opposition".
APPOS_HEAD = re.compile(r"(?i)(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:president|chair(?:man|woman|person)?|head|"
                        r"leader|minister|secretary|spokes\w+|director|chief|ambassador|envoy|member|deputy|prime minister|"
                        r"commander|official|adviser|advisor|governor|mayor|founder|lawyer|attorney|professor|analyst|expert|"
                        r"commissioner|ombudsman|lawmaker|legislator|senator|prosecutor|judge|general|officer|coordinator|"
                        r"researcher|economist|scientist|activist|resident|doctor|physician|council+or)\b")
# A subordinate clause after a description's head noun tells of an event, not of the office ("secretary of state when
# the decision was made to intervene in Libya"). The words that open one are grammar (subordinators and relative
# words, a closed class), not vocabulary: kept here.
_CLAUSE_AFTER = re.compile(r"\s(?:when|where|while|after|before|because|since|until|during|whose|which|that)\s")
# Two or three capitalised words: the shape of a personal name (filtered below).
# (The first token is tested capital-first: a lookbehind at every position would cost more than the rest.)
_NAME_ANY = re.compile(rf"[A-Z](?<![\p{{L}}.’'-][A-Z])(?:[\p{{L}}’'-]*\p{{L}}|\.)(?:\s+(?:{NAME_TOKEN})){{1,3}}(?![\p{{L}}’'-])")
_NOT_NAME_WORDS = not_name_words() | frozenset(WEEKDAYS) | frozenset(MONTHS_BUT_MAY)  # data/not_name_words.tsv


# "Rep. Tom Malinowski, D-N.J.", "Sen. Ted Cruz (R-Texas)": a US party and state tag after a name.
_PARTY_TAG = re.compile(r"(?P<n>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}.'’-]*){0,2}\s+[A-Z][\p{L}'’-]+)(?:,\s*|\s+\()[DRI]-[A-Z][a-z]*\.?"
                        r"(?:\s?[A-Z][a-z]*\.?)?[,)]")


# what opens a party-tagged name and is no part of it: an elected office's title (titles.tsv), "Congressman", "U.S."
_TAG_TITLES = frozenset(t for t, _ in titles(ELECTED)) | {"Congressman", "Congresswoman", "U.S", "US"}
_HONORED = re.compile(rf"\b(?P<h>{title_pattern(SURNAME_HONORIFICS, dot=False)})\.?\s+(?P<n>[A-Z][\p{{Ll}}'’-]+(?:-[A-Z][\p{{Ll}}'’-]+)?)(?![\p{{L}}'’-])")


def _named_before(sentence: str, end: int, last: str) -> str | None:
    """The full name ending in `last` read earlier in the same sentence ("the director, John Ging, ... Mr Ging told"),
    which the loop over names below has not registered yet."""
    full = None
    for m in _NAME_ANY.finditer(sentence, 0, end):
        words = m.group(0).split()
        if words[-1] == last and _NOT_NAME_WORDS.isdisjoint(words):
            full = " ".join(words[_title_words(words):])
    return full if full and " " in full else None


# "the agency's spokesperson", "the group's leader": a role held in a body a common noun refers back to
_OWNER_BACKREF = re.compile(r"(?i)(?:the|this)\s+(?P<w>[a-z]+)['’]s\s")


def owner_named_before(office: str, mem: ActorMemory) -> Actor | None:
    """The body an appositive office's possessor refers back to ("the agency's spokesperson": the agency the story named
    speaking before), when backrefs.backref knows the word as one for a body and finds one whose country is known or
    that has none, an international body; a body of unknown country ("the company's chief operating officer" after
    "Tyvak") leaves the person to the other readings."""
    if (m := _OWNER_BACKREF.match(office)) is None:
        return None
    from .backrefs import backref  # backrefs reads this module's titled names; import late
    body = backref(m.group("w").lower(), mem)
    if body is None or body.kind not in ("organization", "media"):
        return None
    return body if body.country or _posted_by_body(body.name) or names_body_abroad(body.name) else None


_NEXT_WORD = re.compile(r"\s+(\p{Ll}+)\b")


def _question_auxiliary(words: list[str], sentence: str, start: int, end: int) -> bool:
    """'Will Sanders come down off the pique?', 'May Johnson survive the vote?': a question opening with an auxiliary
    that is a given name too, its subject's name and a verb's base form; the auxiliary is no part of the name
    ("Will Smith is in town?" keeps it: no base form after the name)."""
    if len(words) != 2 or sentence[:start].strip(" \"'“‘") or not sentence.rstrip(" \"'”’").endswith("?") or \
            "AUX" not in word_lemmas(words[0].lower()) or not (m := _NEXT_WORD.match(sentence, end)):
        return False
    verb = word_lemmas(m.group(1)).get("VERB", ())
    return m.group(1) in verb


def _headline_word(words: list[str], mem: ActorMemory) -> bool:
    """'Top Clinton adviser sent ...': a headline capitalises its words, so a dictionary word that is no given name
    before a lone surname is no part of a name ("Top Clinton" would stand for every later Clinton); the body names the
    person in full ("Hillary Clinton"). Not in the body, where such a word opens a name ("Newt Gingrich")."""
    first = words[0]
    return mem.now == 0 and mem.titled and len(words) == 2 and not first.isupper() and \
        first.lower() not in first_names() and bool(word_lemmas(first.lower()))


def register_people(sentence: str, mem: ActorMemory) -> None:
    """Remember people mentioned in passing, so later surnames and roles resolve."""
    if "-" in sentence:
        for m in _PARTY_TAG.finditer(sentence):
            name = m.group("n").split()
            while name and name[0].rstrip(".") in _TAG_TITLES:
                name = name[1:]
            if len(name) >= 2:
                mem.person(" ".join(name), "US")
    # "Morrison began the crisis ... He also stated": a known person who is the subject of a sentence is the
    # latest "he" (a surname elsewhere in the sentence, "He said Isaac ...", is not)
    subject = None
    known = (m := SURNAME_TOKEN.match(sentence)) and mem.by_surname.get(m.group(0))
    if not known and _listed(sentence) and (m := _AFTER_OPENER.match(sentence)):
        known = mem.by_surname.get(m.group(1))  # "But in a video ..., Mateen listed officials, including ...": see below
    if not known and (m := _ASKED_OPENER.match(sentence)) and (known := mem.by_surname.get(m.group(1))) and \
            known.kind == "person":
        mem.asked = (mem.now, known)  # "Asked about the aid ..., Al-Hams sighed. '...,' he said": him, not the last speaker
    if "asked" in sentence and (q := _ASKED_QUOTE.search(sentence)) and (asked := mem.by_surname.get(q.group(1))) is not None and \
            asked.kind == "person":
        mem.asked = (mem.now, asked)  # 'Lynch asked Coleman, "You lied, correct?" / "Yes," he responded': Coleman
    if known and known.kind == "person":
        subject = known
        mem.touch(known)
        mem.mentioned.append(known)
    if mem.names or mem.by_surname:
        # "Hillary Clinton ... In an interview, Clinton laughed off the ad.": a name read in full before, named again
        for w in _LONE_CAP.findall(sentence):
            known = mem.by_surname.get(w)
            full = known.name if known is not None and known.kind == "person" else mem.names.get(w, "")
            if " " in full and (not mem.named or mem.named[-1] != (mem.now, full)):
                mem.named.append((mem.now, full))
    if "." in sentence or "Mrs " in sentence or "Ms " in sentence or "Mr " in sentence:
        for m in _HONORED.finditer(sentence):
            # "Ms. Sherry worked on ...": an honorific makes a name a person and tells "he" from "she"
            last = m.group("n").split()[-1]
            if not mem.by_surname.get(last):
                # "Maria Costa ... Mrs Costa": the full name read before, now known to be a person
                mem.person(f"{m.group('h')} {mem.names.get(last) or _named_before(sentence, m.start(), last) or m.group('n')}",
                           None)
            mem.named.append((mem.now, m.group("n")))
    for m in _NAME_ANY.finditer(sentence):
        name = m.group(0)
        words = name.split()
        if len(words) > 2 and words[-1] in name_suffixes():
            words = words[:-1]  # "Harry B. Harris Jr": the surname is "Harris", not the suffix
            name = " ".join(words)
        _known_people(words, mem)
        if cut := _title_words(words):
            # "District Attorney Paul Howard spoke ...", "Sheriff Joe Lopez": the role before the name is no part of it
            words = words[cut:]
            name = " ".join(words)
        # "Later Peter Smith left", "Into Joe’s apartment strides ...": a closed-class word opening the line is no part
        # of the name after it; a lone name after it ("When Stern asked") is still a name read, but by itself
        opener = opening_adverb(words[0]) or _question_auxiliary(words, sentence, m.start(), m.end()) or \
            _headline_word(words, mem)
        lone = opener and len(words) == 2
        if opener and len(words) > 2 or word_before_name(words):
            words = words[1:]
            name = " ".join(words)
        if len(words) > 3 or not _NOT_NAME_WORDS.isdisjoint(words) or place_blocks_name(words) or name in PLACE_NAMES:
            continue
        if lone:
            mem.names.setdefault(words[-1], words[-1])  # "When Stern asked": a name read, by itself
        elif mem.names.get(words[-1], words[-1]) == words[-1]:
            # the first full name read, or one after the name read alone ("Is Sanders finally connecting ...?" and then
            # "Bernie Sanders first touched down"): not "Is Sanders"
            mem.names[words[-1]] = name
        full = mem.names[words[-1]]
        mem.named.append((mem.now, words[-1] if lone and full == name else full))  # ("From Mom:" reads "Mom")
        # "Kurt Volker, the special envoy, ...": a description in apposition introduces the person
        if sentence.startswith(", ", m.end()):
            desc = CLAUSE_CUT.split(sentence[m.end() + 2: m.end() + 92], maxsplit=1)[0]
            if head := APPOS_HEAD.match(desc):
                # the office's country is in the description, not in a clause it goes on with: "Hillary Clinton, who
                # served as secretary of state when the decision was made to intervene in the Libya civil war"
                office = desc[:cut.start()] if (cut := _CLAUSE_AFTER.search(desc, head.end())) else desc
                if (body := owner_named_before(office, mem)) is not None:
                    # "Babar Baloch, the agency's spokesperson" after "The UN refugee agency condemned ...": he speaks
                    # for the body the story named, of its country (none for an international one), not for the
                    # story's country as a bare "spokesperson" would (memory.local)
                    mem.person(name, body.country, desc, local=False)
                    continue
                mem.person(name, country_in_story(office, mem), desc)
                continue
        # "admirer Gustav Lloyd Agerblad from Stockholm", "Dr Melissa Lazenby, of the University of Edinburgh": where
        # the person is from or works places them (a person known by the surname already is that person: "David
        # Jolly ... Republicans Jolly of Indian Shores")
        # (a name ending in a common noun of bodies or places is none: "the Western District of New York")
        if (words[-1].lower() not in source_nouns() and words[-1].lower() not in place_nouns()
                and (code := affiliation_country(sentence, m.end()))):
            known = mem.by_surname.get(words[-1])
            full = known.name if known is not None and known.kind == "person" else mem.names.get(words[-1], name)
            if known is None or known.kind != "person" or known.country is None:
                mem.person(full, code)
    if ", " in sentence:
        # "Tegnell, the state epidemiologist at Sweden's Public Health Agency, has come to ...": a person named before,
        # described again
        for m in _SURNAME_APPOS.finditer(sentence):
            known = mem.by_surname.get(m.group(1))
            full = known.name if known is not None and known.kind == "person" and known.country is None else \
                mem.names.get(m.group(1)) if known is None else None
            if full and (code := affiliation_country(sentence, m.end(1))):
                mem.person(full, code)
            elif known is None and not full and m.group(1) not in _GROUP_WORDS and m.group(1) not in PLACE_NAMES and \
                    m.group(1) not in DEMONYMS and not NOT_NAME.fullmatch(m.group(1)) and \
                    (code := affiliation_country(sentence, m.end(1))):
                mem.homes.setdefault(m.group(1), code)  # the full name comes later
    for m in (TITLED.finditer(sentence) if not _TITLE_HINT.isdisjoint(lower_words(sentence)) else ()):
        name = m.group("n")
        if NOT_NAME.search(name) or PLACE_FULL.fullmatch(name):
            continue
        before = CLAUSE_CUT.split(sentence[max(0, m.start() - 60): m.start()])[-1]
        before = " ".join(before.split()[-3:])
        mem.person(name, country_in_story(before + " " + m.group("t"), mem), m.group("t"))
    if subject is not None and mem.mentioned[-1] is not subject and _listed(sentence):
        # "Mateen listed senior officials, including Ghani and former President Hamid Karzai, and he twisted ...":
        # people listed as examples are not the next "he"; the subject stays the latest person
        mem.touch(subject)
        mem.mentioned.append(subject)


# "But in a video posted Monday on Facebook, Mateen listed ...": the subject after an opening phrase and its comma
_AFTER_OPENER = re.compile(r"(?:(?:But|And|Yet|Then|Later|Still)\s+(?:in|on|at|during|after)|In|On|At|During|After)\s[^,]{3,60},\s+"
                           r"([A-Z][\p{Ll}'’-]+\p{Ll})\s+[a-z]")
# "Asked about the medical aid that entered ..., Al-Hams sighed.", "Pressed on the point, Smith shrugged.": a question put
# to someone opens the sentence, and the one asked is its subject (the "he" of the answer that follows)
_ASKED_OPENER = re.compile(r"(?:When\s+)?(?:Asked|Pressed|Questioned|Challenged|Reached|Contacted|Interviewed)\s[^,]{3,120},\s+"
                           r"([A-Z][\p{Ll}'’-]*[A-Z]?[\p{Ll}'’-]*\p{Ll})\s+[a-z]")
# "Lynch asked Coleman, “You just lied to this jury, correct?”": a question quoted as put to someone, whose answer
# ("“Yes,” he responded") follows
_ASKED_QUOTE = re.compile(r"\basked\s+([A-Z][\p{Ll}'’-]*[A-Z]?[\p{Ll}'’-]*\p{Ll})\s*[,:]\s*[“\"][^“”\"]*\?\s*[”\"]?\s*$")
# a list of examples: the people named in it are the object, not the topic
_LISTED = re.compile(r"\b(?:including|such as|among them)\s")


def _listed(sentence: str) -> bool:
    """_LISTED.search(sentence), its words as substrings first (register_people asks it of every sentence)."""
    return ("including" in sentence or "such as" in sentence or "among them" in sentence) and \
        _LISTED.search(sentence) is not None


_SURNAME_APPOS = re.compile(r"\b([A-Z][\p{Ll}'’-]+\p{Ll}),\s+(?:the|a|an)\s")
# What follows a person's name and says where they are from or work: ", the state epidemiologist at Sweden's Public
# Health Agency", ", of the University of Edinburgh", " from Stockholm", ", a researcher with the Kenya Medical Research
# Institute". The description's last word before the preposition must name a person's trade (source_nouns.tsv, or a
# word in -ist: "physicist", "pulmonologist"): "Julian Assange, a top target of the US government" is not the
# government's. A bare "at" ("Smith at a rally in Ohio") says where the person was, not where they belong.
_AFFILIATION = re.compile(r"(?:,\s+(?:(?:the|a|an)\s+(?P<d>(?:(?!(?:who|which|that|whose)\s)[\w’'-]+\s+){0,5}?)(?P<h>[a-z]+)\s+"
                          r"(?:of|from|at|with|for|in)|of|from)|\s+(?:of|from))\s+(?P<x>[^,;:()“”\"]{2,80})")
# An institution named by its place: "the University of Edinburgh", "Kyoto University", "the University of Texas
# Austin" (the state first), "Imperial College London".
_INSTITUTION_PLACE = re.compile(r"\b(?:University|College|Polytechnic|Institute|School|Hospital|Infirmary)\s+(?:of\s+(?:the\s+)?)?"
                                r"(?P<p>[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2})|"
                                r"(?P<q>[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2})\s+(?:University|College|Polytechnic)\b")
# international bodies by their own names (orgs.tsv rows with no country): "the director of UNRWA operations in Gaza"
_INTL_ORG = re.compile(rf"\b(?:{alt(k for k, v in ORGS.items() if not v[1])})\b")
_JOURNALISM = re.compile(r"(?i)\b(?:journalist|reporter|correspondent|photographer|editor|columnist|anchor)s?\b")


def affiliation_country(sentence: str, end: int) -> str | None:
    """The country of the institution or place the words right after a person's name (ending at `end`) tie them to:
    a country, demonym or capital ("at Sweden's Public Health Agency"), a city or region ("from Stockholm"), or the
    place an institution is named by ("of the University of Edinburgh"). International bodies give none (their staff
    keep no country, as the gold has it for UN, EU and NGO voices), nor do journalists (their outlets have none)."""
    m = _AFFILIATION.match(sentence, end, min(len(sentence), end + 140))
    if m is None:
        return None
    if m.group("h") is not None:
        head = m.group("h")
        if source_nouns().get(head) != "person" and not head.endswith("ist"):
            return None
    x = m.group("x")
    if international(x) or _INTL_ORG.search(x) or _JOURNALISM.search(m.group(0)):
        return None
    # the institution's own place first: "the University of Georgia" is the US state's, not the country's
    for inst in _INSTITUTION_PLACE.finditer(x):
        name = inst.group("p") or inst.group("q")
        for n in (name, name.split()[0]) if " " in name else (name,):
            if code := SUBDIVISIONS.get(n) or PLACE_NAMES.get(n) or institution_place(n):
                return code
    if m.group("h") is not None:
        return country_in(x)
    # a bare "of" / "from" takes a place's name only ("from Stockholm", "of Sweden's Public Health Agency"): a
    # demonym there is no one's home ("Republicans Jolly of Indian Shores")
    run = _PLACE_RUN.match(x)
    words = strip_possessive(run.group(0)).split() if run else []
    for k in range(len(words), 0, -1):
        n = strip_possessive(" ".join(words[:k]))
        if code := COUNTRY_NAMES.get(n) or CAPITALS.get(n) or SUBDIVISIONS.get(n):
            return code
    hits = list(place_hits("from " + x, datelines=False))
    return hits[0][2] if hits else None


_PLACE_RUN = re.compile(r"(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}")


# a capitalised word standing alone: no capitalised word right before or after it (not "Hillary Clinton")
_LONE_CAP = re.compile(r"(?<!\p{Lu}[\p{L}.’'-]*\s)\b\p{Lu}\p{Ll}+\b(?!\s+\p{Lu})")


def _title_words(words: list[str]) -> int:
    """How many of a run of capitalised words are a role before a name of two or more words: the run's words up to its
    last person noun ("District Attorney Paul Howard" 2, "Police Chief Ed Davis" 2); 0 when there is none."""
    return next((i + 1 for i in range(len(words) - 3, -1, -1) if source_nouns().get(words[i].lower()) == "person"), 0)


def _known_people(words: list[str], mem: ActorMemory) -> None:
    """Well-known office holders inside a run of name words ("President Emmanuel Macron")."""
    for a in range(len(words) - 1):
        for b in range(len(words), a + 1, -1):
            name = " ".join(words[a:b])
            if name in PEOPLE:
                if words[b - 1] not in mem.by_surname:
                    mem.person(name, PEOPLE[name] or None)
                return
    for a in range(len(words) - 1):
        if (name := known_person_in(words[a:])) and name.split()[-1] not in mem.by_surname:
            mem.person(name, PEOPLE[name] or None)  # "Donald J. Trump": the table's "Donald Trump"
            return


def office_holder(sentence: str, end: int) -> bool:
    """A description in apposition right after a name says it is a person's: "said Fauzi, an official of the local
    disaster agency" (a lone name is otherwise read as a body's, "Volkswagen said")."""
    rest = sentence[end: end + 90]
    return rest.startswith(", ") and bool(_PERSON_APPOS.match(rest[2:]))


def appositive_role(sentence: str, end: int) -> str | None:
    """The role a description in apposition right after a name gives that person ("said Ema Suryani, a doctor at a
    health clinic" -> "doctor"), so that "the doctor" later is her (actor_patterns.BACKREF)."""
    rest = sentence[end: end + 90]
    m = _PERSON_APPOS.match(rest[2:]) if rest.startswith(", ") else None
    return m.group("r").lower() if m else None


# An apposition that only a person takes: an office or trade with an article, not "a unit of" / "the company's".
_PERSON_APPOS = re.compile(r"(?i)(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<r>spokes\w+|official|officer|director|chief|head|"
                           r"minister|commander|governor|mayor|lawyer|professor|doctor|physician|resident|witness|farmer|"
                           r"fisherman|teacher|nurse|survivor|villager|student|activist|analyst|economist|envoy)\b(?!['’]s)")


def _around(sentence: str, start: int, end: int) -> tuple[str, str, str]:
    """The words that describe the name at `start:end`: the clause before it (within 60 characters), the 90 characters
    after it, and of those the apposition or of-phrase up to the next clause mark (", the state epidemiologist",
    " of the National Disaster Mitigation Agency"; "" when none follows)."""
    before = CLAUSE_CUT.split(sentence[max(0, start - 60): start])[-1]
    rest = sentence[end: end + 90]
    after = CLAUSE_CUT.split(rest[2:], maxsplit=1)[0] if rest.startswith((" of ", ", ")) else ""
    if cut := _CLAUSE_AFTER.search(after):  # ", who served as secretary of state when ... in the Libya civil war"
        after = after[:cut.start()]
    if after.startswith("who ") and not APPOS_HEAD.search(after):
        after = ""  # ", who suggested the battle could be left to Russia": what the person did, not an office
    return before, rest, after


def office_country(sentence: str, start: int, end: int, name: str, mem: ActorMemory) -> str | None:
    """The country of a person the sentence introduces by an office: "said Sutopo Purwo Nugroho of the
    National Disaster Mitigation Agency", "The regency police spokesman Snr. Comr. Agus Rianto told".
    A country in the description wins; a local office (memory.LOCAL_OFFICE) gives the story's country.
    A state or province named there gives its country (a party-state tag "R-Texas" the US).
    People with no office named keep no country: journalists, foreign experts and visiting officials are
    quoted in a story's country as often as its residents are."""
    before, rest, after = _around(sentence, start, end)
    if not before.strip() and rest.startswith(",") and (lead := sentence[max(0, start - 80): start].rstrip()).endswith(","):
        # "The governor of Unity State, Taban Deng, said": a name set off by commas after its office
        before = CLAUSE_CUT.split(lead[:-1])[-1]
    if not after and rest.startswith((" a ", " an ")) and APPOS_HEAD.match(rest[1:]):
        # "Henri Sembiring a local health official, said": the apposition's comma left out
        after = CLAUSE_CUT.split(rest[1:], maxsplit=1)[0]
    # the name itself is left out: "London Rene", "Sister Sharon Holland" name no country
    # (in any case: a transcript's "MARY FALLIN:" is Mary Fallin, not the Mary province of Turkmenistan)
    if rest.startswith(", ") and (body := owner_named_before(after, mem)) is not None:
        return body.country  # "Babar Baloch, the agency's spokesperson": the body referred back to (register_people)
    title = _without(sentence[start:end], name)
    desc = posted_abroad(f"{' '.join(before.split()[-5:])} {title} {after}")
    if _posted_by_body(f"{before} {title} {after}"):
        # an international body's staff keep none of the story's country: only one their office names ("Russia's UN
        # envoy"), not one it points back to ("A United Nations humanitarian adviser for the South Pacific island
        # nation, Mate Bagossy, said", "the UN responded through its spokesperson Ravina Shamdasani")
        return country_in(desc)
    return country_in_story(desc, mem) or _subdivision_in(desc, mem.focus) or mem.local(desc) or \
        _speaking_from(sentence, end) or affiliation_country(sentence, end)


def _posted_by_body(words: str) -> bool:
    return international(words) or _UN_BODY.search(words) is not None


def _without(text: str, name: str) -> str:
    """`text` with each occurrence of `name` (any case) replaced by a space. ASCII text, the usual case, is done with
    str methods (for ASCII letters `regex`'s case-insensitive match is lower-case equality); a regex.sub with the
    escaped name compiled a new pattern for nearly every call (~1% of extraction's CPU)."""
    if not name:
        return text  # nothing to leave out (an actor's name is never empty; the loop below would never end on one)
    if not (text.isascii() and name.isascii()):
        return re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    low, key = text.lower(), name.lower()
    out, i = [], 0
    while (j := low.find(key, i)) >= 0:
        out.append(text[i:j])
        out.append(" ")
        i = j + len(key)
    out.append(text[i:])
    return "".join(out)


def home_country(sentence: str, start: int, end: int, mem: ActorMemory) -> str | None:
    """The story's country for a named person whose description names none (office_country found nothing): the
    held-out gold gives a person quoted in a story the country the story is set in ("Fire Chief James Steele" and
    "The Rev. Larry Kroon" in an Alaska story are US, "said Rusli M. Saleh" in an Aceh quake story ID) for three in
    four of its person claimants, and a null country (what the rules gave before) is wrong for all but a few. Not for
    a reporter or an international post, who speak from elsewhere ("an AFP journalist", "a UN envoy")."""
    reporter, body, expert = _storyless()
    if not mem.focus or body.search(sentence[start:end]):
        return None  # a body the rules took for a name ("U. S. Geological Survey", "Advanced Micro Devices Inc.")
    before, _, after = _around(sentence, start, end)
    if reporter.search(f"{' '.join(before.split()[-5:])} {sentence[start:end]} {after}"):
        return None  # the name's own title or apposition ("AFP correspondent X", "X, a reporter for ...")
    if expert.search(after):
        return None  # "X, an oceanographer": experts are quoted from wherever they work
    if after and (owner := owner_named_before(after, mem)) is not None:
        return owner.country  # "X, the agency's spokesperson": the body referred back to places them (office_country)
    # an international post, in the words around the name across commas: "The head of the UN Palestinian refugee
    # agency, John Ging, said"
    around = sentence[max(0, start - 90): end + 90]
    if international(around) or _UN_BODY.search(around):
        return None
    if names_body_abroad(f"{sentence[max(0, start - 90): end]} {after}"):
        return None  # the words before the name or its apposition name one by its own name ("IOM spokesman in Italy
        # Flavio Di Giacomo", "The IOM's spokesman in Italy, Flavio Di Giacomo,"); not a clause after it ("who
        # suggested the battle against the Islamic State ...")
    return mem.focus


@lru_cache(maxsize=None)
def _storyless() -> tuple:
    """(reporter, body, expert) patterns from data/storyless_roles.tsv: people who report the news rather than live it
    and outlet words the rules took for part of a name; words that make a "name" a body; experts, with the trades
    named by their suffix ("oceanographer", "epidemiologist"), which no word list could hold."""
    roles = storyless_roles()
    reporter = re.compile(rf"(?i)\b(?:{alt(roles['reporter'])}|(?-i:{alt(roles['outlet'])}))\b")
    # "U.S."/"U. K." are written with dots and spaces that a word list cannot carry
    body = re.compile(rf"\b(?:U\.\s?S\.|U\.\s?K\.|{alt(roles['body'])})\b")
    expert = re.compile(rf"(?i)\b(?:[a-z]+olog(?:ist|er)s?|[a-z]+ographers?|{alt(roles['expert'])})\b")
    return reporter, body, expert


# the UN's agencies by their acronyms ("UNRWA", "UNHCR", "UNICEF") are international posts as "UN" is
_UN_BODY = re.compile(r"\b(?:UN[A-Z]{2,}|WHO)\b")


# "said doctor Ema Suryani to AFP, speaking from Lampahan city in Aceh's Bener Meriah district": where the speaker
# talks from (news copy says so of people on the scene, not of visitors, who are introduced by their office)
_SPEAKING_FROM = re.compile(r"[^,;.]{0,40},\s+(?:who\s+was\s+)?speaking\s+(?:to\s+[^,;.]{1,30}\s+)?(?:by\s+(?:tele)?phone\s+|"
                            r"via\s+video\s+link\s+)?from\s+(?P<p>[^,;.\n]{3,80})")


def _speaking_from(sentence: str, end: int) -> str | None:
    """The country of the place a speaker is said to be speaking from, if the text names one."""
    m = _SPEAKING_FROM.match(sentence, end) if "speaking" in sentence else None
    if m is None:
        return None
    place = m.group("p")
    if found := country_mentions(place) or country_mentions(place, names=SUBDIVISIONS):
        return found.most_common(1)[0][0]
    hits = list(place_hits(f"from {place}"))
    return hits[0][2] if hits else None


# The US Congress's party-state tag: "Rep. Will Hurd, R-Texas", "Sen. Chris Murphy (D-Conn.)"
_PARTY_STATE = re.compile(r"(?<![\p{L}-])[DRI]-[A-Z][\p{L}.]+")


def _subdivision_in(desc: str, focus: str | None) -> str | None:
    """The country of a state or province the description names: "New Jersey Gov. Phil Murphy", "Sen. Elizabeth
    Warren of Massachusetts", "Queensland Premier"; or the US for a party-state tag ("R-Texas"). In a story
    about another country the name is more likely a town's ("an economist in New Brunswick", N.J.): none."""
    if found := country_mentions(desc, names=SUBDIVISIONS):
        code = focus or found.most_common(1)[0][0]
        if code in found:
            return code
    return "US" if _PARTY_STATE.search(desc) else None
