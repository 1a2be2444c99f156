"""A person the article names, spoken of by a description: "the church's minister said" ... "the Rev. Larry Kroon",
"The dad of a man missing for a decade has said" ... "His dad, Allan Bryant Snr", "the city's chief prosecutor said"
... "Philadelphia District Attorney Lynne Abraham said". News copy describes a person before naming them (the lede)
and after (a back-reference), and a reader takes the description for that person when the story names exactly one
person with a word of the same role (data/described_roles.tsv): as a title before the name, a description in
apposition on either side of it, or the lede's description of the person the next sentence opens with. Two such
people, or none, leave the description as it is: a description resolved to the wrong person is worse than the
description.
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .actor_patterns import NOT_NAME
from .name_words import HONORIFICS, first_name_genders, first_names, name_titles, title_pattern
from .people_words import client_roles, described_acts, described_ages, described_mods, described_roles, public_office_mods
from .calendar_words import MONTHS_BUT_MAY, WEEKDAYS
from .colon_labels import person_shaped
from .model import Actor
from .patterns import alt, strip_possessive
from .phrase_country import PLACE_FULL, country_in
from .sentences import split_spans
from .source_words import source_nouns

# "the church's minister", "the Alaska governor", "The dad of a man missing for a decade", "The concerned mother":
# a definite article, an owner that is no person (a place, a body: "the city's"), up to three modifiers, the head
_DESCRIPTION = re.compile(r"(?:[Tt]he\s+)(?:(?P<own>[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?)['’]s?\s+)?"
                          r"(?P<mods>(?:[\p{L}-]+\s+){0,3}?)(?P<h>[A-Za-z][a-z]+)(?:\s+of\s+(?P<of>[^,;:]{1,80}))?")
# "one of Britain’s few Black female professors": one member of a class of people, described by the role in the plural
_ONE_OF = re.compile(r"[Oo]ne\s+of\s+(?:the\s+)?(?:(?P<own>[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?)['’]s?\s+)?"
                     r"(?P<mods>(?:[\p{L}-]+\s+){0,4}?)(?P<h>[A-Za-z][a-z]+s)")


def _singular(noun: str) -> str:
    """A role noun as described_roles.tsv keys it: "professors" -> "professor" (the plural of "one of ...")."""
    return noun if noun in described_roles() or not noun.endswith("s") else noun[:-1]


# modifiers that make the description another holder than the one named ("the assistant pastor", "the former
# governor"), and words that set its person apart from one named before ("the other mother"): data/described_mods.tsv
_OTHER = described_mods()["other_holder"]
_ANOTHER = described_mods()["another"]
# a person's name: two to four capitalised words (an initial counts), after an optional honorific
_NAME = r"(?P<n>\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,3})"
_HONORIFIC = rf"(?:(?:{title_pattern(HONORIFICS)})\s+)?"  # titles.tsv
# capitalised function words that open a sentence, not a name (closed-class grammar, so kept here)
_NOT_FIRST = frozenset("The A An This That These Those His Her Their Its Our My In On At But And When After Before "
                       "Another Other Some".split())
_DET = r"(?:the|a|an|his|her|their|its)"
# words that put a role after a name's apposition in a phrase of its own, someone else's: "Tom Briggs, a fan of the
# star", "Ann Lee, who met the singer" (closed-class grammar)
_GOVERNED_BY = frozenset("of the a an to for with by at from who whose his her their its".split())
_JOIN = r"[\s-]+"
_WORD_RUN = re.compile(r"[\p{L}’'-]+")  # a word with its apostrophes and hyphens (is_description, per claim)


@lru_cache(maxsize=64)
def _patterns(words: frozenset[str]) -> tuple:
    """Where a text describes a named person with one of `words`: a title before the name ("Pastor Larry Kroon", "the
    Rev. Larry Kroon"), a description then the name ("The church's pastor, Larry Kroon,", "the father of Omar Mateen,
    Seddique Mateen,"), the name then a description ("Larry Kroon, the pastor of ..."), the head of the role's office."""
    role = _role(words)
    title = re.compile(rf"(?<![\p{{L}}’'-])(?P<w>{role})\.?\s+{_HONORIFIC}{_NAME}(?![\p{{L}}’'-])")
    before = re.compile(rf"(?<![\p{{L}}’'-])(?P<w>{role})(?:\s+of\s+[^,.;:\n]{{1,60}}?)?,\s+{_HONORIFIC}{_NAME}(?=\s*(?:[,(.;]|$))")
    after = re.compile(rf"{_NAME},\s+(?:\d{{1,3}},\s+)?(?:{_DET}\s+)?(?P<m>(?:[\p{{L}}’'-]+\s+){{0,4}}?)(?P<w>{role})(?![\p{{L}}’'-])")
    # the head of the role's office holds the role: "The head of Peru ombudsman's office, Eliana Revollar," ... "said
    # the ombudsman"
    headed = re.compile(rf"(?<![\p{{L}}’'-])(?:head|chief|director)\s+of\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}-]+\s+){{0,2}}"
                        rf"(?P<w>{role})['’]s\s+office,\s+{_HONORIFIC}{_NAME}(?=\s*(?:[,(.;]|$))")
    return title, before, after, headed


_WHEN_WORDS = frozenset(WEEKDAYS + MONTHS_BUT_MAY)
# a name of one to four capitalised words: a surname alone counts when the story knows its person
_ANY_NAME = r"(?P<n>\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,3})"


# a person named with an age: "16-year-old Jermayne Timmons", "then- 15-year-old Timmons", "Jermayne Timmons, 17,"
_AGED = re.compile(rf"(?<!\d)(?P<a1>\d{{1,2}})[- ]year[- ]old\s+{_ANY_NAME}(?![\p{{L}}’'-])|"
                   rf"(?<![\p{{L}}’'-]){_ANY_NAME.replace('?P<n>', '?P<n2>')},\s+(?P<a2>\d{{1,2}}),")


# a person of an age the story does not name: "Timmons' 16 year-old best friend", "a 17-year-old boy"
_AGED_UNNAMED = re.compile(r"(?<!\d)(?P<a>\d{1,2})[- ]year[- ]old\s+[a-z]")


@lru_cache(maxsize=64)
def _story_patterns(words: frozenset[str], acts: frozenset[str]) -> tuple:
    """Where a story says who holds the role otherwise than by a title or an apposition: the name then "being the" /
    "is the" role ("Lopez, who was 18 at the time, confessed to being the rooftop sniper"), and, for a role that
    an act names (described_acts.tsv), the name with that act done to it ("Nichols was convicted", "sentenced Brian
    Nichols", "Lopez has been charged")."""
    role = _role(words)
    found = [re.compile(rf"(?<![\p{{L}}’'-]){_ANY_NAME}(?:,[^,.;:\n]{{1,60}},)?\s+(?:[a-z]+\s+){{0,3}}?"
                        rf"(?:being|is|was|as)\s+the\s+(?P<m>(?:[\p{{L}}’'-]+\s+){{0,3}}?)(?P<w>{role})(?![\p{{L}}’'-])")]
    if acts:
        did = alt(acts)
        found.append(re.compile(rf"(?<![\p{{L}}’'-]){_ANY_NAME}(?:,\s+\d{{1,3}},)?\s+(?:was|is|were|has\s+been|had\s+been)"
                                rf"\s+(?:[a-z]+ly\s+)?(?P<w>{did})(?![\p{{L}}’'-])"))
        found.append(re.compile(rf"(?<![\p{{L}}’'-])(?P<w>{did})\s+{_ANY_NAME}(?![\p{{L}}’'-])"))
    return tuple(found)


_OWNER_NAME = r"\p{Lu}[\p{Ll}’'.-]+(?:\s+\p{Lu}[\p{Ll}’'.-]+){0,2}"


@lru_cache(maxsize=64)
def _lede_pattern(words: frozenset[str]):
    """The opening sentence (after a dateline) describing someone with one of `words`, the next opening with a name."""
    # (the description may be a client's: "Lindsay Lohan’s attorney said ... Mark Jay Heller told a judge")
    return re.compile(rf"(?:^|\n)[\s|]*(?:[^\n]{{0,60}}?(?:--|—|–)\s+)?(?P<d>(?:The|An?|{_OWNER_NAME}['’]s?)\s+(?:[\p{{L}}’'.-]+\s+){{0,4}}?"
                      rf"{_role(words)})\b[^\n]*?[.!?][”\"’]?\s+{_HONORIFIC}{_NAME}\s+(?!(?:of|and|from|in|at)\s)[a-z]")


def _role(words: frozenset[str]) -> str:
    """The role's words as one case-blind alternation, a title's words joined by a space or a hyphen."""
    joined = alt(w.replace(" ", "_") for w in words).replace("_", _JOIN)
    return f"(?i:{joined})"


def _other_holder(text: str, start: int) -> bool:
    """The two words before a role word make it another holder's ("assistant pastor", "former Gov.")."""
    prev = re.findall(r"[\p{L}-]+", text[max(0, start - 30): start])[-2:]
    # (a prefix counts: "then-US Attorney General John Ashcroft", "ex-Gov. Smith")
    return any(w.lower().strip("-") in _OTHER or w.lower().split("-")[0] in _OTHER for w in prev)


def _gender_fits(name: str, gender: str | None, mem) -> bool:
    if gender is None:
        return True
    known = mem.by_surname.get(name.split()[-1])
    if known is not None and known.kind == "person" and mem.gender.get(known.key, gender) != gender:
        return False
    return first_name_genders().get(name.split()[0].lower(), gender) in (gender, "-")


def _lede_person(text: str, words: frozenset[str]) -> str | None:
    """The person the lede describes with one of `words` and the next sentence opens with ("The father of the Orlando
    nightclub gunman came to the U.S. ... Seddique Mir Mateen maintained ...", "The US's top coronavirus expert has
    praised ... Dr Anthony Fauci told ..."): the article's opening sentence, after a dateline, only."""
    m = _lede_pattern(words).search(text[:700])
    if m is None or any(w.lower() in _OTHER or w.lower() in _ANOTHER for w in m.group("d").split()):
        return None
    name = strip_possessive(m.group("n"))
    # a page's next line may be a link's title, no name: "The suspect, Michael Webb, was convicted ... Help Shape the
    # Future of Public Transit"
    return name if person_shaped(name) else None


# "the county's Chief Medical Examiner Dr. Laura Carbone": a description with the person's name after an honorific
_TITLED_NAME = re.compile(rf"[Tt]he\s+[^,;:]{{3,80}}?\s(?:{title_pattern(HONORIFICS)})\s+{_NAME}")


# "the Kurdistan Regional Government’s Health Minister Rekawt Hama Rasheed": a body's or place's titled officer, by name
_OWNED_TITLE = re.compile(r"[Tt]he\s+(?P<pre>[^,;:’']{3,80}?)[’']s\s+(?P<rest>(?:[\p{L}’'.-]+\s*){3,7})")


def _owned_title_name(surface: str) -> tuple[str, str] | None:
    """(owner, name) of "the <owner>’s <Title ...> <Name>": the name is what follows the last title word
    (name_titles.tsv), two to four capitalised words."""
    if (t := _OWNED_TITLE.fullmatch(surface)) is None:
        return None
    words = t.group("rest").split()
    for i in range(len(words) - 3, -1, -1):
        if words[i].lower() in name_titles() and 2 <= len(words) - i - 1 <= 4 and \
                all(w[:1].isupper() for w in words[i + 1:]):
            return t.group("pre"), " ".join(words[i + 1:])
    return None


def described_person(surface: str, mem) -> Actor | None:
    """The one person the article names with the role a definite description `surface` gives, or None; else the
    person a description names itself after its title ("the Kurdistan Regional Government’s Health Minister Rekawt
    Hama Rasheed")."""
    if (found := _role_person(surface, mem)) is not None:
        return found
    if (owned := _owned_title_name(surface.strip())) and _a_person(owned[1], mem) and \
            not any(w.lower() in name_titles() or w.lower() in source_nouns() for w in owned[1].split()):
        # (a name, not more of the title: "the county's Chief Medical Examiner" names no one)
        known = _person(owned[1], mem)
        return known if known.country else mem.person(owned[1], country_in(owned[0]))
    return None


# "An 18-year-old gang member has confessed ...": one unnamed person of an age, a lede's description
_AGED_DESCRIPTION = re.compile(r"[Aa]n?\s+(?P<a>\d{1,2})[- ]year[- ]old\s+(?:[a-z][\p{Ll}-]*\s+){0,2}[a-z][\p{Ll}-]*")


def aged_person(surface: str, mem) -> Actor | None:
    """The one person the article names with the age an indefinite description `surface` gives ("An 18-year-old gang
    member" ... "Andrew Lopez, 18," / "18-year-old Andrew Lopez"), before or after it: wire copy describes a suspect
    or a victim in the lede and names them further down. Two people named with that age, or none: None."""
    if (m := _AGED_DESCRIPTION.fullmatch(surface.strip())) is None:
        return None
    text = f"{mem.title}\n{mem.text}" if mem.title else mem.text
    found: dict[str, str] = {}
    for c in _AGED.finditer(text):
        name = _story_name(strip_possessive(c.group("n") or c.group("n2")), mem)
        if name is not None and c.group("a1" if c.group("a1") else "a2") == m.group("a") and _a_person(name, mem):
            found.setdefault(name.split()[-1], name)
    return _person(next(iter(found.values())), mem) if len(found) == 1 else None


def _role_person(surface: str, mem) -> Actor | None:
    """The one person the article names with the role a definite description `surface` gives, or None."""
    if (t := _TITLED_NAME.fullmatch(surface.strip())) and _a_person(t.group("n"), mem):
        return _person(t.group("n"), mem)
    m = _DESCRIPTION.fullmatch(surface.strip()) or _ONE_OF.fullmatch(surface.strip())
    if m is None:
        return None
    # a two-word role first ("the district attorney"), then its head ("the pastor")
    pair = "_".join([*m.group("mods").split()[-1:], m.group("h")]).lower()
    if (row := described_roles().get(pair) or described_roles().get(_singular(m.group("h").lower()))) is None:
        return None
    if m.group("h")[:1].isupper() and not m.group("own") and m.group("mods").strip():
        # "the Washington Examiner": a capitalised head is a title only after its owner ("the county's") or alone
        # ("said the Ombudsman" after "Ombudsman Carlos Camargo")
        return None
    if any(w.lower() in _OTHER or w.lower() in _ANOTHER for w in m.group("mods").split()):
        return None
    if (own := m.group("own")) and (known := mem.by_surname.get(own.split()[-1])) is not None and known.kind == "person":
        return None  # "Flynn's father": a relative of a person (kin.py)
    words, gender = row
    text = f"{mem.title}\n{mem.text}" if mem.title else mem.text
    found: dict[str, str] = {}  # surname -> full name of each person the article describes so
    for rx in _patterns(words):  # compiled once per role class
        for c in rx.finditer(text):
            name = strip_possessive(c.group("n"))  # "Gov. Sarah Palin's home church"
            if name.split()[0] in _NOT_FIRST or _other_holder(text, c.start("w")) or \
                    (c.groupdict().get("m") and any(w.lower() in _OTHER or w.lower() in _GOVERNED_BY
                                                    for w in c.group("m").split())):
                continue  # (and "Tom Briggs, a fan of the star": the role is in a phrase about someone else)
            found.setdefault(name.split()[-1], name)
    if (ages := described_ages().get(m.group("h").lower())) is not None:
        if any(int(u.group("a")) in ages for u in _AGED_UNNAMED.finditer(text)):
            return None  # "Timmons' 16 year-old best friend ... The teen did tell police": an unnamed teen too
        for c in _AGED.finditer(text):
            name = _story_name(strip_possessive(c.group("n") or c.group("n2")), mem)
            if name is not None and int(c.group("a1") or c.group("a2")) in ages:
                found.setdefault(name.split()[-1], name)
    for rx in _story_patterns(words, described_acts().get(m.group("h").lower(), frozenset())):
        for c in rx.finditer(text):
            name = _story_name(strip_possessive(c.group("n")), mem)
            if name is None or (c.groupdict().get("m") and any(w.lower() in _OTHER or w.lower() in _ANOTHER
                                                                 for w in c.group("m").split())):
                continue
            found.setdefault(name.split()[-1], name)
    if (lede := _lede_person(mem.text, words)) is not None:
        found.setdefault(lede.split()[-1], lede)
    for name in _introduced_people(mem.text, words, mem.title):
        found.setdefault(name.split()[-1], name)
    return _the_one(found, gender, mem)


def _the_one(found: dict[str, str], gender, mem) -> Actor | None:
    """The person of `found` (surname -> name) who fits the role's gender and is a person the story knows, when exactly
    one does: a role read as the wrong person is worse than the role."""
    fits = [v for v in found.values() if _gender_fits(v, gender, mem) and _a_person(v, mem)]
    return _person(fits[0], mem) if len(fits) == 1 else None


@lru_cache(maxsize=64)
def _opens_with_role(words: frozenset[str]):
    """A sentence opening with a definite description in one of `words`: "The American Pie actress and velvet-rope
    fixture has ...", "The 33-year-old hard partying actress ..."."""
    return re.compile(rf"^[\s|]*The\s+(?P<m>(?:[\p{{L}}\d’'\".-]+\s+){{0,4}}?){_role(words)}(?![\p{{L}}’'-])")


def _introduced_people(text: str, words: frozenset[str], title: str | None = None) -> list[str]:
    """The person a sentence names right before the next sentence opens with a description in the role: "Tara Reid
    has seemingly spent the last decade out and about ... The American Pie actress and velvet-rope fixture has
    checked into Promises": feature copy names its subject, then calls them by their role (the lede pattern the
    other way round). The headline counts as the sentence before the lede ("Tara Reid checks into rehab" / "The
    American Pie actress has ..."). Only a sentence that names exactly one person: with two, the description could
    be either's."""
    out: list[str] = []
    sentences = ([title] if title and title.strip() else []) + \
        [text[a:b] for a, b in split_spans(text) if text[a:b].strip()]  # the extractor's own splitter
    opens = _opens_with_role(words)
    for i, (prev, sent) in enumerate(zip(sentences, sentences[1:])):
        if (m := opens.match(sent)) is None or any(w.lower() in _OTHER or w.lower() in _ANOTHER for w in m.group("m").split()):
            continue
        if re.search(rf"(?<![\p{{L}}’'-]){_role(words)}(?![\p{{L}}’'-])", prev):
            continue  # "Tom Briggs, a fan of the star, waited outside": the role is already another's there
        names = {strip_possessive(c.group("n")) for c in re.finditer(rf"(?<![\p{{L}}’'-]){_NAME}(?![\p{{L}}’'-])", prev)}
        people = {n.split()[-1]: n for n in names if n.split()[0] not in _NOT_FIRST and person_shaped(n)}
        if i == 0 and title and title.strip():
            # a headline capitalises every word ("The two Aussie Covid measures ..."): there a name opens with a
            # first name ("Tara Reid Checks Into Rehab")
            people = {k: n for k, n in people.items() if n.split()[0].lower() in first_names()}
        if len(people) == 1:
            out.append(next(iter(people.values())))
    return out


# a client's role as the story speaks of it before naming its holder: "A publicist", "Lindsay Lohan’s attorney", "her
# lawyer", "lawyer" (a headline's "..., lawyer says" or "Lawyer: ...")
_SERVED = re.compile(rf"(?:(?P<det>[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+|(?P<own>{_OWNER_NAME})['’]s?\s+)?(?P<h>\p{{L}}\p{{Ll}}+)")
# the words before a role word that make it a public office's title, not a client's lawyer ("District Attorney Lynne
# Abraham", "U.S. Attorney", "Attorney General"): a capitalised word, or one of these
_PUBLIC_OFFICE = public_office_mods()


def served_person(surface: str, mem) -> Actor | None:
    """The one person the story names in the client's role `surface` gives (client_roles.tsv): as a title or an
    apposition anywhere ("her lawyer Mark Heller", "Mark Heller, her attorney"), or as the person the next
    sentence opens with after the lede says the role ("A publicist says Tara Reid has checked into rehab. Jack
    Ketsoyan said Friday ..."). None unless exactly one person fits: a role read as the wrong person is worse than
    the role."""
    m = _SERVED.fullmatch(surface.strip())
    if m is None or (head := m.group("h").lower()) not in client_roles() or (row := described_roles().get(head)) is None:
        return None
    if m.group("h")[:1].isupper() and (m.group("det") or m.group("own")):
        return None  # "the Attorney": a title of its own
    words, gender = row
    text = f"{mem.title}\n{mem.text}" if mem.title else mem.text
    found: dict[str, str] = {}
    for rx in _patterns(words):
        for c in rx.finditer(text):
            name = strip_possessive(c.group("n"))
            before = re.findall(r"[\p{L}.-]+", text[max(0, c.start("w") - 20): c.start("w")])[-1:]
            if name.split()[0] in _NOT_FIRST or name.split()[0].lower() in _PUBLIC_OFFICE or _other_holder(text, c.start("w")) \
                    or c.group("w")[:1].isupper() and c.start("w") > 0 and before and (
                        before[0][:1].isupper() or before[0].lower() in _PUBLIC_OFFICE):
                continue
            found.setdefault(name.split()[-1], name)
    if (lede := _lede_person(text, words)) is not None:
        found.setdefault(lede.split()[-1], lede)
    return _the_one(found, gender, mem)


_BARE_TITLE = re.compile(r"\p{Lu}\p{Ll}{3,}")


def titled_person(surface: str, mem) -> Actor | None:
    """A headline's bare title as its speaker ("..., Taoiseach says", "Governor: ...") is the one person the story
    names with that title right before the name ("Taoiseach Leo Varadkar has said ..."). None for anything else: a
    word that is no capitalised title, one no name follows anywhere, or one two names follow."""
    word = surface.strip()
    if not _BARE_TITLE.fullmatch(word) or word.lower() in _OTHER or word.lower() in _ANOTHER:
        return None
    title = re.compile(rf"(?<![\p{{L}}’'.-]){re.escape(word)}\s+{_HONORIFIC}{_NAME}(?![\p{{L}}’'-])")
    text = f"{mem.title}\n{mem.text}" if mem.title else mem.text
    found: dict[str, str] = {}
    for c in title.finditer(text):
        name = strip_possessive(c.group("n"))
        if name.split()[0] in _NOT_FIRST or source_nouns().get(name.split()[0].lower()) is not None or c.start() > 0 and text[c.start() - 1:c.start()].strip() and \
                not text[c.start() - 1] in "\n\"“‘(":
            continue
        found.setdefault(name.split()[-1], name)
    found = {k: v for k, v in found.items() if _a_person(v, mem) and person_shaped(v)}
    if len(found) != 1:
        return None
    return _person(next(iter(found.values())), mem)


def _story_name(name: str, mem) -> str | None:
    """A name _story_patterns found, in full: a surname alone only as a person the story knows ("Nichols" ->
    "Brian Nichols"); nothing for a capitalised word that opens a sentence ("The", "Police")."""
    words = name.split()
    while words and words[-1] in _WHEN_WORDS:
        words.pop()  # "sentenced Brian Nichols Saturday": the day is no part of the name
    if not words or words[0] in _NOT_FIRST:
        return None
    name = " ".join(words)
    if " " in name:
        return name
    known = mem.by_surname.get(name)
    return known.name if known is not None and known.kind == "person" and " " in known.name else None


def _person(name: str, mem) -> Actor:
    """The person `name` names: the one the story knows by it, else a new one."""
    known = mem.by_surname.get(name.split()[-1])
    if known is None or known.kind != "person":
        return mem.person(name, None)
    if known.name == name or known.name.split()[0] == name.split()[0] or known.name.endswith(" " + name):
        return known  # (and "Van Der Beek" after "James Van Der Beek": the person by the rest of the name)
    if " " not in known.name:
        return Actor(f"person:{name.lower()}", name, "person", known.country)  # "Ms. Palin" read before: her full name
    # another person of that surname is the one the story knows ("his son, Omar Mateen"): the described one, kept
    # out of the memory of surnames
    return Actor(f"person:{name.lower()}", name, "person", None)


def _a_person(name: str, mem) -> bool:
    """A run of capitalised words that is a person's name, not a body's or a place's."""
    return not NOT_NAME.search(name) and not PLACE_FULL.fullmatch(name)


def is_description(actor: Actor, surface: str, demonym: str | None) -> bool:
    """The actor is the description itself ("Church's minister", "American prosecutor" for "the city's chief
    prosecutor", "father"), not a name: its words are the surface's, less a demonym of its country."""
    if actor.kind not in ("person", "organization"):
        return False
    said = {w.lower().strip("’'") for w in _WORD_RUN.findall(surface)}
    said |= {w.removesuffix("’s").removesuffix("'s") for w in said}
    words = [w.lower() for w in _WORD_RUN.findall(actor.name)]
    if demonym and words and words[0] == demonym.lower():
        words = words[1:]
    return bool(words) and all(w in said or w.removesuffix("’s").removesuffix("'s") in said for w in words)
