"""What an article has told the resolver so far: people by surname and role, groups by head noun,
who spoke last. One `ActorMemory` lives for one article; `actors.resolve` reads and updates it.
"""
from __future__ import annotations

from functools import lru_cache

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .calendar_words import MONTHS, WEEKDAYS
from .colon_labels import full_name_in
from .inflections import word_lemmas
from .name_words import (HONORIFICS, common_surnames, dictionary_only, first_name_genders, first_names, name_part_titles,
                         not_alone, not_name_start, opening_adverb, title_genders, title_pattern)
from .people_words import kin_forms
from .place_words import place_nouns
from .source_words import source_nouns
from .context import MIXED_ACRONYM, PLACE_NAMES, acronyms, spelled_out
from .gazetteer import ORGS, PEOPLE
from .model import Actor
from .no_person import may_be_he_or_she, owned_thing
from .patterns import alt, boundary_at, is_exec_office, is_possessive, strip_possessive
from .places import city_countries
from .portfolios import portfolio_holder

_SPACES = re.compile(r"\s+")
# the honorific is not the name; repeated ("Mr Mr Ng": an honorific put before a name read in passing as "Mr Ng") it
# goes whole, and the first one says the gender
_HONORIFIC = re.compile(rf"^(?:(?:{title_pattern(HONORIFICS)})\s+(?=\S))+")  # titles.tsv
_CAP_TOKEN = re.compile(r"\b[A-Z][\p{L}'’-]+")
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")
_ONE_HONORIFIC = re.compile(rf"^(?:{title_pattern(HONORIFICS)})\s+(?=\S)")


_LEAD_FUNCTION_WORDS = frozenset("the a an from to by with for of at in on and but".split())


def role_prefix(words: list[str]) -> int:
    """How many leading words of a name run are an office before a name of two or more words: the run's words up to
    its last person noun (source_nouns.tsv) or executive acronym ("Deputy Public Defender Peter Lynch" 3, "Coach Sean
    Payton" 1); 0 when there is none. Titles a reader keeps with the name ("Queen Elizabeth II", name_part_titles.tsv)
    and a first word that is also a first name ("Marine Le Pen", "Dean Del Mastro") stay."""
    nouns = source_nouns()
    for i in range(len(words) - 3, -1, -1):
        w = words[i].lower().rstrip(".,")
        if (nouns.get(w) == "person" or is_exec_office(words[i])) and w not in name_part_titles() and \
                not (i == 0 and w in first_name_genders()):
            return i + 1
    return 0


# the name words after a given name (name_runs)
_NAME_WORDS_AFTER = re.compile(r"(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}")


def name_runs(token: str, text: str) -> list[str]:
    """What re.finditer(rf"\\b{re.escape(token)}{_NAME_WORDS_AFTER.pattern}", text) matches, in order, found with
    str.find and one pattern for all names instead of a pattern compiled for each given name (tests/test_claims_speed_guards.py
    holds it to that reference). After a match the search goes on past its end, as finditer's does."""
    out, pos = [], 0
    while token and (i := text.find(token, pos)) >= 0:
        if boundary_at(text, i) and (m := _NAME_WORDS_AFTER.match(text, i + len(token))):
            out.append(text[i:m.end()])
            pos = m.end()
        else:
            pos = i + 1
    return out


@lru_cache(maxsize=256)
def _names_opening_with(token: str, text: str) -> tuple[str, ...]:
    """The full names `text` writes opening with the given name `token` ("Tommy Baker"); cached, since every lone
    mention of the name in the article asks again about the same text. A name ends before a closed-class word, a
    weekday or a month ("Tommy And ...", "Tommy Baker Monday"), and past its first surname word before an English
    word (a headline's "Ed Sheeran Wants To ...")."""
    found = []
    for written in name_runs(token, text):
        words = written.split()
        ends = [i for i, w in enumerate(words[1:], 1) if w.lower() in not_name_start() or w in WEEKDAYS or
                w in MONTHS or i >= 2 and word_lemmas(w.lower())]
        words = words[:ends[0]] if ends else words
        if len(words) > 1 and not words[-1].endswith("."):
            found.append(" ".join(words))
    return tuple(found)


def word_before_name(words: list[str]) -> bool:
    """'Icon Morton Blackwell', 'Interview Hillary Clinton', 'Deport Nikki Haley', 'Secretary of State Hillary Clinton' read
    from "State": a dictionary word that is no first name or common surname, capitalised before a first name and a
    surname (a headline's title case, a title's last word), is no part of the person's name."""
    if len(words) != 3 or words[0].isupper() or words[1].isupper():
        return False
    low = words[0].lower()
    # (a first name after it, not two words no dictionary knows: "Accidental Tech Podcast", "New York Knicks")
    return bool(word_lemmas(low)) and low not in first_names() and low not in common_surnames() and \
        low not in not_alone() and words[1].lower() in first_names()


class ActorMemory:
    """What an article has told us so far about who is who, and who spoke last."""

    def __init__(self) -> None:
        self.by_surname: dict[str, Actor] = {}
        self.by_role: dict[tuple[str, str | None], Actor] = {}
        self.role_holders: dict[str, list[Actor]] = {}  # every person named with a title, by title
        # people the article names as someone's relative or lawyer ("Flynn's father, Herbert Flynn"), by the relation's
        # word and the owner's last name (None for "his", "the"): kin.register_relatives, kin.resolve_kin
        self.relatives: list[tuple[str, str | None, Actor]] = []
        self.speakers: list[Actor] = []  # claimants, most recent last
        self.mentioned: list[Actor] = []
        self.now = 0  # index of the sentence being read
        self.seen: dict[str, int] = {}  # actor key -> last sentence index it was named or spoke in
        self.focus: str | None = None  # the country the story is about (context.focus_country)
        self.names: dict[str, str] = {}  # surname -> full name of people named in passing
        self.named: list[tuple[int, str]] = []  # (sentence index, full name) of every name read, in order
        self.groups: dict[str, Actor] = {}  # group head noun ("officials") -> the group it last named
        # bodies named so far, speaking or in passing: actor key -> (sentence index, actor), for "the group", "the
        # agency" later (bodies.register_bodies, bodies.described_body)
        self.bodies: dict[str, tuple[int, Actor]] = {}
        self.text = ""  # the article body, for facts read on demand (acronyms)
        self.title = ""  # the article's title (described.py: a headline may be the one place a person is named so)
        self.upto = 0  # where the current sentence ends in `text` (0 in the title): what the reader has read so far
        self.sentence = ""  # the current sentence as the rules read it (kin.possessor_person: who came before "her")
        self.before = ""  # the sentence read before it (recent_speakers: a person it had as a subject)
        self._acronyms: dict[str, str] | None = None
        # surname -> country of someone described before the article gives their full name ("Tegnell, the state
        # epidemiologist at Sweden's Public Health Agency" ... "Anders Tegnell"): people.register_people
        self.homes: dict[str, str] = {}
        self.gender: dict[str, str] = {}  # person key -> "he" / "she", from honorifics and resolved pronouns
        self.pair: tuple[Actor, int] | None = None  # people named together as one claimant ("Scher and Van Den Hoek")
        # the named body a sentence that made no claim opens with ("The Palestinian Health Ministry has recorded ...
        # It says ..."): (sentence index, actor), the antecedent of "it" in the next sentence
        self.subject_body: tuple[int, Actor] | None = None
        # the one known person a sentence that made no claim had as a clause's subject ("During an interview, Skaik
        # paused."): (sentence index, actor, or the full name of a person read in passing), the antecedent of "he" /
        # "she" in the next sentence (pronouns.subject_person)
        self.subject_person: tuple[int, Actor | str] | None = None
        # where the current item of a roundup began (a later dateline, places.item_dateline_country); a ministry
        # named in an earlier item is another country's
        self.item_start = 0
        # the article has a title, so sentence 0 is its headline (headlines.py reads headline shapes only there; a page
        # with no title opens with body text)
        self.titled = False
        # bodies that spoke through one spokesperson ("A Sussex Police spokesman said ... He said"): "he" or "she"
        # in the next sentences is that spokesperson, so the body (actors.resolve)
        self.voices: set[str] = set()
        # the last document named with its words ("an email to supporters", "a 2001 memorandum"): (sentence index,
        # the phrase), for an "it" that reads or says something next (cue_sources.resolve_source)
        self.document: tuple[int, str] | None = None
        # the speaker the story last named as issuing a statement ("said in a statement"): (sentence index, actor), whom
        # a bare "the statement" later means though others spoke since (statement_issuers.statement_issuer)
        self.issuer: tuple[int, Actor] | None = None
        # the person a question was put to at the opening of a sentence ("Asked about ..., Al-Hams sighed."): the
        # "he" or "she" of the next sentence is them, even after another person spoke (people.register_people)
        self.asked: tuple[int, Actor] | None = None
        # the last plural people a sentence opened with ("In a recent study, three economists ... raised"): (sentence
        # index, the phrase), the antecedent of a "they" that no body or group within reach stands for
        # (sentence_registers.register_plural, cue_sources.resolve_source)
        self.plural: tuple[int, str] | None = None
        # the last plural people a sentence named as a whole ("Vice-chancellors reacted ...", "two of the witnesses"),
        # in the singular: (sentence index, "Vice-chancellor"), for a bare "One" opening the next sentence ("One, who
        # asked not to be named, said") (sentence_registers.register_members, actors.resolve)
        self.members: tuple[int, str] | None = None

    def asked_just_before(self, pronoun: str, other: Actor | None) -> Actor | None:
        """The person asked in this or the previous sentence, when `pronoun` fits them and `other` (the resolver's
        pick) was not named after them."""
        if self.asked is None or self.asked[0] < self.now - 1:
            return None
        at, who = self.asked
        if self.gender.get(who.key, pronoun) != pronoun or (other is not None and self.seen.get(other.key, -9) > at):
            return None
        return who

    def one_of_them(self) -> Actor | None:
        """The person a bare "One" names: one of the plural people the sentence before named, of the story's country
        (as a described speaker is); None without such people."""
        if self.members is None or self.members[0] != self.now - 1:
            return None
        name, code = self.members[1], self.focus
        return Actor(f"person:{name.lower()}" + (f"@{code.lower()}" if code else ""), name, "person", code)

    def touch(self, actor: Actor) -> None:
        self.seen[actor.key] = self.now

    def person(self, name: str, code: str | None, title: str | None = None, local: bool = True) -> Actor:
        """The person `name` of country `code`; with no code, a local office in `title` places them in the story's
        country unless `local` is False (the caller knows whose office it is)."""
        code = code or (self.local(title) if local else None)
        name = _SPACES.sub(" ", name.strip())
        hon = _ONE_HONORIFIC.match(name)
        name = _HONORIFIC.sub("", name)
        name = strip_possessive(name)  # "Prime Minister Scott Morrison's approval": the name is "Scott Morrison"
        words = name.split()
        while len(words) > 1 and opening_adverb(words[0]):
            words.pop(0)  # "Although Reynolds", "Purportedly Simpson": the sentence's first word is not the name's
            if len(words) == 1 and words[0] not in self.by_surname and " " in (full := self.names.get(words[0], "")) \
                    and _has_first_name(full.split()):
                words = full.split()  # the person named in full in passing before ("Christopher Kenyon Simpson")
        if len(words) > 2 and (verb := next((i for i, w in enumerate(words[1:-1], 1) if _verb_only(w)), 0)) and \
                self._person_words(words[verb + 1:]):
            # "Pope Francesco Excommunicates Trump": a headline's clause, its object the name; the title is the subject's
            words, title = words[verb + 1:], None
        # "San Diego's Jackson", "Creighton's Doug McDermott": the owner before a possessive is no part of a name
        # (a person's: a known surname, or a first name, of either sex before a surname: "CNN’s Dana Bash", "Fox's Chris
        # Wallace"; "Indonesia's Meteorology" is a body's and keeps its owner)
        while len(words) > 1 and any(is_possessive(w) for w in words[:-1]):
            rest = words[next(i for i, w in enumerate(words) if is_possessive(w)) + 1:]
            if rest[-1] not in self.by_surname and rest[0].lower() not in first_name_genders() and \
                    (len(rest) < 2 or rest[0].lower() not in first_names()):  # ("Trump’s Son Says": no "Son")
                break
            words = rest
        if len(words) > 1 and any(is_possessive(w) for w in words[:-1]) and words[-1][:1].isupper() and \
                owned_thing(" ".join(words)):
            # "Rep. Alan Grayson’s Senate campaign" cut at "Senate", "Mrs. Clinton's Iraq war vote": a capitalised thing
            # the person owns is no part of the name; the owner is the person, when known or named in full (not
            # "Martha’s Vineyard"); a description ("Trump's inner circle") stays whole
            owner = words[:next(i for i, w in enumerate(words) if is_possessive(w)) + 1]
            owner[-1] = strip_possessive(owner[-1])
            if (k := self.by_surname.get(owner[-1])) is not None and k.kind == "person" or \
                    len(owner) > 1 and owner[0].lower() in first_names():
                words = owner
        if cut := role_prefix(words):
            # "Qualys CTO Wolfgang Kandek", "Coach Sean Payton": the office is the person's title, not their name
            title = title or " ".join(words[:cut])
            words = words[cut:]
        if len(words) == 2 and (names := self._titled_surname(words)):
            # "Chairman Gowdy", "Representative Brooks": a title before a lone surname, where the story names one person
            # in full with it, before or after ("Chairman Trey Gowdy (R-S.C.)", "Morris J. Brooks Jr.")
            title = title or words[0]
            words = names.split()
        if word_before_name(words):
            words = words[1:]  # "Secretary of Commerce Gary Locke" read from "Commerce"; "Pastor Bradley Cranston"
        if len(words) > 2 and (holder := portfolio_holder(" ".join(words), self.text)):
            words = holder.split()  # "Minister of State for Trade Policy Greg Hands": the portfolio is the office's
        name = " ".join(words)
        last = name.split()[-1]
        code = code or self.homes.get(last)
        known = self.by_surname.get(last)
        if known is None and " " not in name:
            # "Mr Ng" after "Ng Yat Chung": a family name written first (Chinese, Korean, Vietnamese names)
            known = next((k for k in reversed(list(self.by_surname.values()))
                          if k.kind == "person" and " " in k.name and k.name.split()[0] == name), None)
            if known is not None:
                last = known.name.split()[-1]
        same = known and (" " not in name or " " not in known.name or known.name == name)
        if same and (code is None or known.country in (None, code)):
            if code and known.country is None:
                known = Actor(known.key, known.name, "person", code)
        else:
            code = code or PEOPLE.get(name) or None
            if code is None and title and (role := norm_title(title)):
                # "Interior Minister Wolfgang Peschorn" after "Austria's interior minister said" (an honorific, "Dr",
                # is no office: one doctor's country is not the next one's)
                code = next((c for (t, c) in self.by_role if c and t == role), None)
            known = Actor(f"person:{name.lower()}", name, "person", code)
        self.by_surname[last] = known
        if hon and (g := title_genders().get(hon.group(0).strip().rstrip(".").lower())):
            self.gender.setdefault(known.key, g)
        elif " " in known.name and known.key not in self.gender:
            first = known.name.split()[0].lower()
            if g := first_name_genders().get(first):
                self.gender[known.key] = g
        self.touch(known)
        if title:
            t = norm_title(title)
            # "Superior Court Judge James Bodiford ... the judge said": the title's head noun names him too
            for role in (t, t.rsplit(None, 1)[-1]) if " " in t else (t,):
                self.by_role[(role, known.country)] = known
                self.by_role.setdefault((role, None), known)
                self.role_holders.setdefault(role, []).append(known)
        self.mentioned.append(known)
        return known

    def _person_words(self, words: list[str]) -> bool:
        """The words name a person: a surname the story knows as a person's, or a name with a given name before its
        last word (not "Poll" of "Morning Consult Poll", "PAC" of "America Rising PAC")."""
        known = self.by_surname.get(words[-1])
        return known is not None and known.kind == "person" and len(words) == 1 or _has_first_name(words)

    def acronym(self, token: str) -> str | None:
        """The name an acronym stands for, when the article spells it out ("People Power Party" ... "PPP")."""
        if self._acronyms is None:
            self._acronyms = acronyms(self.text)
        if token not in self._acronyms and MIXED_ACRONYM.fullmatch(token):
            self._acronyms[token] = spelled_out(self.text, token)  # "MoH": read on demand (context.spelled_out)
        return self._acronyms.get(token)

    def in_item(self, actor: Actor) -> bool:
        """The actor was named or spoke in the current roundup item (always, in a story of one item)."""
        return self.seen.get(actor.key, -1) >= self.item_start

    def reads_as_person(self, name: str) -> bool:
        """A name read in passing that can be the "he" or "she" of a later sentence: a person the story knows by that
        surname, a name with a first name before its last word ("Andrew Ross Sorkin"), or one whose first word can only
        be a given name (_unknown_given_name), or a relative called by the kin word ("Mom"). A business, a place or a
        show read as a run of capitals ("Pizza Express", "Accidental Tech Podcast") is no one's name."""
        words = _HONORIFIC.sub("", name).split()
        while words and words[0].lower() in _LEAD_FUNCTION_WORDS:
            words.pop(0)  # "From Mom", "The Chozo": a line's or sentence's first word read with the name
        if not words:
            return False
        known = self.by_surname.get(words[-1])
        if known is not None and known.kind == "person":
            return True
        if _has_first_name(words) or _unknown_given_name(name, words):
            return True
        return len(words) == 1 and words[0].lower() in kin_forms()

    def person_just_before(self, pronoun: str) -> Actor | None:
        """The person the previous sentence, which made no claim, had as a clause's subject, if `pronoun` fits them
        (of its gender, by a name that names a person: no_person.may_be_he_or_she)."""
        if self.subject_person and self.subject_person[0] == self.now - 1:
            who = self.subject_person[1]
            if isinstance(who, str):  # a full name read in passing (pronouns.subject_person): a person only now
                g = first_name_genders().get(who.split()[0].lower())
                if g not in (None, pronoun) or self._other_name_before(pronoun, who):
                    return None
                who = self.person(who, None)
            elif self.gender.get(who.key, pronoun) != pronoun:
                return None
            return who if may_be_he_or_she(who) else None
        return None

    def named_after_pronoun(self, actor: Actor, pronoun: str) -> bool:
        """The current sentence names `actor` (by its last word) after its last `pronoun` ("He said the Director
        Generals Military Operations met"): a name the pronoun comes before is not what it stands for."""
        last = max((m.end() for m in re.finditer(rf"\b{pronoun}\b", self.sentence, re.I)), default=None)
        word = actor.name.split()[-1]
        # (the word as a substring first: most sentences lack it, and the pattern is compiled for each name)
        return last is not None and word in self.sentence[last:] and \
            re.search(rf"\b{re.escape(word)}\b", self.sentence[last:]) is not None

    def _other_name_before(self, pronoun: str, who: str) -> bool:
        """The current sentence names someone other than `who` before its first `pronoun` ("went to Salinas’ home, where
        she said"): that name, not the subject of the sentence before, is the nearer antecedent."""
        m = re.search(rf"\b{pronoun}\b", self.sentence, re.I)
        last = who.split()[-1]
        before = _QUOTED.sub(" ", self.sentence[:m.start() if m else len(self.sentence)])  # a name quoted is no antecedent
        for t in _CAP_TOKEN.finditer(before):
            w = strip_possessive(t.group(0))
            if w == last:
                continue
            if w in self.names or (k := self.by_surname.get(w)) is not None and k.kind == "person":
                return True
            if t.start() > 0 and w not in PLACE_NAMES and not word_lemmas(w.lower()):
                return True  # a name the story did not read as one ("Salinas’ home")
        return False

    def body_just_before(self) -> Actor | None:
        """The body the previous sentence, which made no claim, opened with as its subject."""
        if self.subject_body and self.subject_body[0] == self.now - 1:
            return self.subject_body[1]
        return None

    def one_country(self) -> str | None:
        """The story's focus when its title and opening name hardly any other country (story_sides.one_side_story): a
        national body the story names without its country ("the DGHS said" in a Bangladeshi dengue story) is that
        country's, where a story of several countries leaves it unplaced."""
        if not self.focus:
            return None
        from .story_sides import one_side_story  # story_sides reads the context this module's callers build; import late
        head = self.text[:6000]
        first = head.find("\n")
        return self.focus if one_side_story(self.title, head, min(400, first if first >= 0 else len(head))) == self.focus \
            else None

    def local(self, title: str | None) -> str | None:
        """The story's country for someone introduced with a local office ("party leader", "mayor")."""
        if self.focus and title and LOCAL_OFFICE.search(title) and not international(title) and not names_body_abroad(title):
            return self.focus
        return None

    def surname(self, token: str) -> Actor | None:
        """The person a lone surname names: the last word of a known name, or its first (family name
        first: "Liu Xiaoming" ... "Liu said", "Yoon Suk Yeol" ... "Yoon apologized")."""
        if token in self.by_surname:
            return self.by_surname[token]
        for known in reversed(list(self.by_surname.values())):
            if known.kind == "person" and " " in known.name and known.name.split()[0] == token:
                return known
        if (full := self.names.get(token)) and token.lower() not in place_nouns():
            # named in passing by full name earlier: "Kurt Volker ... Volker said" (not "Broward County ... County")
            return self.person(full, None)
        if self.now == 0 and (full := _body_full_name(token, self.text or "")):
            # a headline's surname ("Barroso rejects Orban's Soviet analogy") is the person the body names in full
            # with it ("EUROPEAN COMMISSION chief José Manuel Barroso"), as a later lone surname would be
            return self.person(full, None)
        return None

    def _titled_surname(self, words: list[str]) -> str | None:
        """The full name the article writes anywhere in its body, before or after this sentence, for a title and a
        lone surname ("Representative Brooks" ... "Morris J. Brooks Jr."), when it names one person so; or None. A title
        readers keep with the name ("Pope Francis") and a given name that is a noun too ("Dean Baker") are no title."""
        low = words[0].lower().rstrip(".")
        if source_nouns().get(norm_title(words[0])) != "person" or low in first_names() or low in name_part_titles():
            return None
        names = {_after_title(n) for n in _body_full_names(words[1], self.text or "")}
        # (one such name only: "President Bush" in a story of George W. and Jeb Bush is neither for sure)
        full = names.pop() if len(names) == 1 else ""
        return full if " " in full and full != " ".join(words) else None

    def given_name_holder(self, token: str) -> str | None:
        """The person a lone given name stands for ("Tommy said", "Tommy — who goes by his first name online —
        retired"): the person the article names in full with it as a surname ("Vincent Jackson" for "Jackson"), else
        the one full name the article gives that opens with it, earlier or later ("Tommy Baker"), else the given name
        itself (also when the article gives it to several people: "Tommy Baker and Tommy Lee"); None for a word that is
        no given name (not in first_names, an English word: "Will", "Grant"; a month, a place)."""
        if token.lower() not in first_names() or word_lemmas(token.lower()) or token in MONTHS or token in WEEKDAYS or \
                token in PLACE_NAMES or max(city_countries(token).values(), default=0) >= 100_000:
            return None  # "back in June", "Virginia said", "Sydney said": a month, a state or a city, no given name
        if surnamed := full_name_in(token, self.text or ""):
            return surnamed  # "Wide receiver Jackson" in a story about Vincent Jackson: a surname that is a given name too
        fulls = {a.name for a in self.by_surname.values() if a.kind == "person" and a.name.split()[0] == token}
        fulls |= {full for full in self.names.values() if full.split()[0] == token}
        fulls |= set(_names_opening_with(token, self.text or ""))
        fulls = {_SPACES.sub(" ", strip_possessive(f)) for f in fulls}
        # the same person written shorter and longer ("Tommy Lee", "Tommy Lee Jones"): the longest
        fulls = {f for f in fulls if not any(g.startswith(f + " ") for g in fulls)}
        return fulls.pop() if len(fulls) == 1 else token

    def last(self, want) -> Actor | None:
        for a in reversed(self.speakers):
            if want(a):
                return a
        for a in reversed(self.mentioned):
            if want(a):
                return a
        return None


def _body_full_name(surname: str, text: str) -> str | None:
    """The first full name `text` writes ending with `surname` (_body_full_names), or None."""
    names = _body_full_names(surname, text)
    return names[0] if names else None


@lru_cache(maxsize=256)
def _body_full_names(surname: str, text: str) -> tuple[str, ...]:
    """The full names `text` writes ending with `surname`, in order: the capitalised words (or initials) before it that
    are no English word and not in capitals, one of them a first name ("José Manuel Barroso" in "COMMISSION chief José
    Manuel Barroso", "Morris J. Brooks")."""
    if len(surname) < 3 or not surname[:1].isupper() or surname.isupper():
        return ()
    found: list[str] = []
    for m in re.finditer(rf"((?:(?:\p{{Lu}}[\p{{L}}'’-]+|\p{{Lu}}\.)\s+){{1,3}}){re.escape(surname)}\b(?!['’]s\b)", text):
        words = m.group(1).split()
        while words and (words[0].isupper() or word_lemmas(words[0].lower()) or _ONE_HONORIFIC.match(words[0] + " ")
                         or words[0].lower() in not_name_start()):
            words.pop(0)
        if words and any(w.lower() in first_names() for w in words):  # a person's name: "The Audi", "Chief Sam" are not
            found.append(" ".join(words + [surname]))
    return tuple(dict.fromkeys(found))


def _after_title(name: str) -> str:
    """`name` from the word after its last title ("Florida Senator Marco Rubio" -> "Marco Rubio")."""
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if source_nouns().get(norm_title(w)) == "person"), default=0)
    return " ".join(words[cut:])


def _verb_only(word: str) -> bool:
    """A word inside a run of capitalised words that the dictionary knows only as a verb ("Excommunicates", "Slams")
    and that is no given name or common surname, capitalised as in a headline: no name holds one."""
    return word[:1].isupper() and not word.isupper() and dictionary_only(word.lower(), "VERB")


def _has_first_name(words: list[str]) -> bool:
    """A first name the census or first_names.tsv knows before the name's last word; a middle name counts ("Ka'Loni
    Marie Flynn"), an owner does not ("Sam's Club")."""
    return any(w.lower() in first_names() for w in words[:-1] if not is_possessive(w))


def _unknown_given_name(name: str, words: list[str]) -> bool:
    """A name of two or more words whose first word is no common English word nor an acronym: most likely a given name
    the census lacks ("Deval Patrick", "De’Broski Herbert"; not "San Diego", "Kamino Ward")."""
    first = words[0]
    if len(words) < 2 or word_lemmas(first.lower()) or first.isupper():
        return False
    if is_possessive(first):
        return False  # an owner opens a business's name: "Sam's Club"
    last = words[-1].lower()
    if last in place_nouns() or last in source_nouns():
        return False  # the run ends with a common noun for a place or a source: a place's or a body's name
    if name in PLACE_NAMES or any(w in PLACE_NAMES for w in words):
        return False  # a place, or a name with one in it
    if max(city_countries(" ".join(words)).values(), default=0) >= 100_000:
        return False  # the whole name is a city's ("San Diego's Jackson is arrested ... He releases statement"): no "he"
    # a city's name first, which no census first name is: a local outlet's or club's name ("breaking news from
    # Belfast Live", "Manchester United"), not a person's
    return max(city_countries(first).values(), default=0) < 100_000


def norm_title(t: str) -> str:
    t = _SPACES.sub(" ", t.lower().rstrip("."))
    return {"premier": "prime minister", "mr": "", "mrs": "", "ms": "", "dr": "", "gov": "governor", "sen": "senator",
            "rep": "representative", "sens": "senator", "reps": "representative",
            "det": "detective", "sgt": "sergeant", "capt": "captain", "gen": "general",
            "lt": "lieutenant", "col": "colonel", "maj": "major", "prof": "professor", "rev": "reverend",
            "adm": "admiral", "rear adm": "rear admiral", "vice adm": "vice admiral"}.get(t, t)


# Offices held inside one country: a holder named without a country belongs to the story's country.
LOCAL_OFFICE = re.compile(r"(?i)\b(?:(?:Gov|Sen|Rep|Lt)\.|mayor|governor|lawmaker|legislator|senator|congress(?:man|woman)|prime minister|premier|"
                          r"president|minister|ministry|commissioner|police|ombudsman|public defender|speaker|prosecutor|"
                          # the sides of a trial in the story's courts: "the prosecution said", "the defence argued"
                          r"prosecution|defen[cs]e|"
                          r"attorney general|judge|justice|MP|councill?or|sheriff|party|opposition|parliament\w*|leader|"
                          # the state's own services: "of the National Disaster Mitigation Agency", "police spokesman"
                          r"agency|spokes(?:man|woman|person)|military|army|navy|official|authorit(?:y|ies)|department|"
                          r"regency|coroner|rescue|disaster|emergency|fire service|firefighters?|"
                          # police and fire ranks serve where the story happens: "Inspector Dave Gaskin", "Fire Chief
                          # James Steele", "Det. Sgt. ..." (a foreign officer is named with his country)
                          r"fire chief|police chief|inspector|insp|detective|det|sergeant|sgt|constable|superintendent|"
                          r"trooper|"
                          # "a doctor at a health clinic in Lampahan city": the place's own clinics and hospitals
                          r"clinic|hospital)\b")
def international(text: str) -> bool:
    """The phrase names an international body or a post abroad ("of the UN refugee agency", "World Bank"): whoever
    holds it has no country of their own by it."""
    return _INTL.search(text) is not None


# A post of an international body placed in a country by "in": "IOM spokesman in Italy Flavio Di Giacomo", "the UNHCR
# representative in Chad". The place is where the body posted them, not their country (the body's staff keep none, as
# people.affiliation_country has it); a country named otherwise still places them ("Russia's UN envoy"), and so does
# "for" ("the executive director for China at the International Monetary Fund" sits for China). The body by its own
# name: orgs.tsv rows with no country, the UN's acronyms.
_INTL_BODY = re.compile(rf"\b(?:{alt(k for k, v in ORGS.items() if not v[1])}|UN[A-Z]{{2,}})\b")
_POSTED_IN = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}")


def names_body_abroad(text: str) -> bool:
    """The words name an international body by its own name ("IOM spokesman", "the UNHCR representative"): a post
    there is no local office of the story's country."""
    return _INTL_BODY.search(text) is not None


def posted_abroad(desc: str) -> str:
    """`desc` without the places an international body's post is placed in (_POSTED_IN), when it names such a body."""
    return _POSTED_IN.sub(" ", desc) if _INTL_BODY.search(desc) else desc


# (no word boundary after a final dot: "U.N. deputy spokesman" is the UN's, so the lookahead closes the names)
_INTL = re.compile(r"\b(?:UN|U\.N\.|United Nations|EU|European|NATO|International|Amnesty|World|Global|Red Cross|IMF|"
                   r"[Ff]oreign|[Ee]nvoy|[Aa]mbassador|High Commissioner)(?!\w)")
