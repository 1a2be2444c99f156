"""The claim extractor's word lists, read once from the data files in `data/` (rules are data, not code).

Every list the readers share lives in a file beside this module; this module is the only one that
opens them. Inflected forms come from lemminflect's tables, not from hand-written lists.
"""
from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from lemminflect import getAllInflections, getAllInflectionsOOV, getAllLemmas

from ..media import claimant_names

DATA = Path(__file__).resolve().parent / "data"

# The days of the week and the months as news English writes them: the standard library's names (English under the
# C locale, which nothing here changes). "May" is also a name and a modal verb, so the lists of words that open or
# make no name leave it out (MONTHS_BUT_MAY).
WEEKDAYS = tuple(calendar.day_name)
MONTHS = tuple(calendar.month_name[1:])
MONTHS_BUT_MAY = tuple(m for m in MONTHS if m != "May")


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    cls: str  # speech | cognition | stance | findings
    claim_type: str  # statement | accusation | denial | appeal
    needs: str  # see data/cue_verbs.tsv
    tag: bool = False  # closes a quoted question as a bare speech tag (data/cue_verbs.tsv)


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]


def _tags(name: str) -> dict[str, frozenset[str]]:
    """A word -> tags data file: the first column, and the space-separated tags of the second."""
    return {r[0]: frozenset(r[1].split()) for r in _rows(name)}


def _parts(name: str) -> dict[str, frozenset[str]]:
    """A word -> parts data file read the other way round: each part, and the words that play it."""
    out: dict[str, set[str]] = {}
    for form, parts in _rows(name):
        for part in parts.split():
            out.setdefault(part, set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}


def _words(name: str) -> frozenset[str]:
    """The first column of a one-word-a-line data file (most word lists here)."""
    return frozenset(r[0] for r in _rows(name))

@lru_cache(maxsize=None)
def cue_verbs() -> dict[str, CueVerb]:
    """lemma -> cue verb."""
    return {r[0]: CueVerb(r[0], r[1], r[2], r[3], r[4:5] == ["tag"]) for r in _rows("cue_verbs.tsv")}


@lru_cache(maxsize=None)
def tag_verb_forms() -> tuple[str, ...]:
    """The past and third-person forms of the cue verbs that close a quoted question as a bare speech tag ('said',
    'asks', 'replied'), longest first (for a pattern's alternation)."""
    forms = {f for cv in cue_verbs().values() if cv.tag
             for tag in ("VBD", "VBZ") for f in getAllInflections(cv.lemma, upos="VERB").get(tag, ())}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def verb_forms(lemmas) -> frozenset[str]:
    """The verbs `lemmas` in every form lemminflect gives them: 'leave' -> leave, leaves, leaving, left."""
    return frozenset(lemmas) | {f for lemma in lemmas for forms in getAllInflections(lemma, upos="VERB").values() for f in forms}


@lru_cache(maxsize=None)
def cue_forms() -> dict[str, str]:
    """Every inflected form of a cue verb (lower case) -> its lemma: 'said' -> 'say', 'criticised' -> 'criticise'."""
    out: dict[str, str] = {}
    for lemma in cue_verbs():
        out.setdefault(lemma, lemma)
        for forms in (getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")).values():
            for f in forms:
                out.setdefault(f.lower(), lemma)
    return out


@dataclass(frozen=True)
class RuleVerb:
    claim_type: str  # statement | accusation | denial | appeal
    specs: frozenset[str]  # the tags and written-out forms of rule_verbs.tsv's forms column
    forms: tuple[str, ...]  # every form the rules read, in the file's order
    doc: bool  # only a document does it with a claim (rule_verbs.tsv's doc column)


@lru_cache(maxsize=None)
def rule_verbs() -> dict[str, RuleVerb]:
    """lemma -> the reporting verb the regex rules read (rule_verbs.tsv: the forms lemminflect gives for the tags
    listed, and the forms written out), in file order."""
    out: dict[str, RuleVerb] = {}
    for lemma, claim_type, specs, *doc in _rows("rule_verbs.tsv"):
        inflections = getAllInflections(lemma, upos="VERB")
        forms = tuple(f for spec in specs.split() for f in (inflections[spec] if spec.isupper() else (spec,)))
        out[lemma] = RuleVerb(claim_type, frozenset(specs.split()), forms, doc == ["doc"])
    return out


@lru_cache(maxsize=None)
def rule_verb_types() -> dict[str, str]:
    """Every form the regex rules read as a reporting verb (lower case) -> the claim type it signals: 'said' ->
    'statement', 'urging' -> 'appeal' (rule_verbs.tsv)."""
    return {f: rv.claim_type for rv in rule_verbs().values() for f in rv.forms}


@lru_cache(maxsize=None)
def relay_forms() -> frozenset[str]:
    """Inflected forms of the speech verbs that carry a relayed party's own claim inside another's (lower case):
    'told', 'said', 'acknowledged' (relay_verbs.tsv)."""
    return frozenset(f.lower() for lemma in _words("relay_verbs.tsv")
                     for forms in getAllInflections(lemma, upos="VERB").values() for f in forms)


def cue_lemma(word: str) -> str | None:
    return cue_forms().get(word.lower())


@lru_cache(maxsize=1 << 16)
def word_lemmas(word: str) -> MappingProxyType:
    """lemminflect's getAllLemmas(word) (part of speech -> lemmas; empty for a word the dictionary does not know),
    read-only and kept by word: lemminflect deep-copies its table entry on every call (~30 us, 3-4% of extraction's
    CPU when the readers asked it ~45 times an article), and the readers ask about the same words again and again.
    Bounded, so a long run's memory stays flat."""
    return MappingProxyType(getAllLemmas(word))


def _with_noun_forms(rows) -> dict[str, str]:
    """(lemma, value) rows -> every number of each lemma (lower case, from lemminflect) -> value; first row wins."""
    out: dict[str, str] = {}
    for lemma, value in rows:
        out.setdefault(lemma, value)
        for forms in (getAllInflections(lemma, upos="NOUN") or getAllInflectionsOOV(lemma, upos="NOUN")).values():
            for f in forms:
                out.setdefault(f.lower(), value)
    return out


@lru_cache(maxsize=None)
def source_nouns() -> dict[str, str]:
    """Head nouns that can name a claim's source, every number (lower case) -> kind (person, group, body,
    document, media): 'prosecutors' -> 'person', 'polls' -> 'document'."""
    return _with_noun_forms(_rows("source_nouns.tsv"))


@lru_cache(maxsize=None)
def name_part_titles() -> frozenset[str]:
    """Titles a reader keeps as part of a name (lower case): 'queen', 'pope', 'sheikh' (name_part_titles.tsv)."""
    return _words("name_part_titles.tsv")


@lru_cache(maxsize=None)
def speaks_for() -> frozenset[str]:
    """Nouns that speak for their possessor (lower case): 'office', 'campaign', 'spokesman' (speaks_for.tsv)."""
    return _words("speaks_for.tsv")


@lru_cache(maxsize=None)
def body_voices() -> frozenset[str]:
    """Nouns for people who speak for a body named after them, every number (lower case): 'spokesperson',
    'officials' (body_voices.tsv)."""
    return _words("body_voices.tsv")


@lru_cache(maxsize=None)
def group_words() -> dict[str, frozenset[str]]:
    """Words of group phrases (lower case) -> tags: 'head' (a head the group pattern holds in the singular or inside an
    optional part: 'spokesman', 'party'), 'one' (names one unnamed person: 'official') (group_words.tsv)."""
    return _tags("group_words.tsv")


@lru_cache(maxsize=None)
def unnamed_group_mods() -> frozenset[str]:
    """Modifiers that rank or count a group without naming it (lower case): 'senior', 'unnamed' (unnamed_group_mods.tsv)."""
    return _words("unnamed_group_mods.tsv")


@lru_cache(maxsize=None)
def proper_group_mods() -> frozenset[str]:
    """Capitalised group modifiers that are names (lower case): 'senate', 'democratic' (proper_group_mods.tsv)."""
    return _words("proper_group_mods.tsv")


@lru_cache(maxsize=None)
def not_person_plurals() -> frozenset[str]:
    """Plurals that end like nouns for people but name things ("events", "documents"): not_person_plurals.tsv."""
    return _words("not_person_plurals.tsv")


@lru_cache(maxsize=None)
def person_nouns() -> frozenset[str]:
    """Nouns for people, every number (lower case): the person heads of source_nouns.tsv ("sons", "students",
    "officials") and person_nouns.tsv (people who are rarely a source: "males", "newborns"). A count of them with a
    toll verb is a figure ("his two sons were arrested")."""
    rows = [r for r in _rows("source_nouns.tsv") if r[1] == "person"] + [[r[0], "person"] for r in _rows("person_nouns.tsv")]
    return frozenset(_with_noun_forms(rows))


@lru_cache(maxsize=None)
def measure_cues() -> tuple[tuple[str, str, bool], ...]:
    """Measure cues that figures.py adds to its own (measure_cues.tsv): (measure, regex source, may follow any plural
    noun for people). A verb line gives every form of its lemma, a phrase is matched as written."""
    out: list[tuple[str, str, bool]] = []
    for measure, kind, text, head in _rows("measure_cues.tsv"):
        if kind == "verb":
            forms = {text} | {f.lower() for fs in (getAllInflections(text, upos="VERB") or
                                                   getAllInflectionsOOV(text, upos="VERB")).values() for f in fs}
            src = "|".join(sorted(forms, key=lambda f: (-len(f), f)))  # ties in a fixed order: a set's follows hashing
        else:
            src = r"\s+".join(w for w in text.split())
        out.append((measure, src, head == "yes"))
    return tuple(out)


def _noun_plurals(lemma: str) -> tuple[str, ...]:
    """The plurals of a noun (lower case) from lemminflect; a compound the dictionary lacks ("great-grandchild",
    "family member") takes its last part's ("great-grandchildren", not the guessed "great-grandchilds")."""
    def plurals(word: str) -> tuple[str, ...]:
        return getAllInflections(word, upos="NOUN").get("NNS", ())
    if got := plurals(lemma):
        return tuple(f.lower() for f in got)
    cut = max(lemma.rfind("-"), lemma.rfind(" "))
    if cut > 0 and (tail := plurals(lemma[cut + 1:])):
        return tuple(lemma[:cut + 1] + f.lower() for f in tail)
    return tuple(f.lower() for f in getAllInflectionsOOV(lemma, upos="NOUN").get("NNS", ()))


@lru_cache(maxsize=None)
def kin_forms() -> MappingProxyType:
    """Every form of the nouns for relatives and associates (kin_nouns.tsv), lower case -> whether a name in apposition
    is that person (only the singular of a 'named' row): 'father' -> True, 'fathers' -> False, 'colleague' -> False."""
    out: dict[str, bool] = {}
    for lemma, number, named in _rows("kin_nouns.tsv"):
        lemma = lemma.replace("_", " ")
        out[lemma] = named == "yes"
        if number == "both":
            for f in _noun_plurals(lemma):
                out.setdefault(f, False)
    return MappingProxyType(out)


@lru_cache(maxsize=None)
def container_nouns() -> dict[str, str]:
    """Nouns that speak for the document or findings they hold, every number (lower case): 'copy', 'copies', 'body'."""
    return _with_noun_forms([[r[0], "container"] for r in _rows("container_nouns.tsv")])


@lru_cache(maxsize=None)
def not_name_start() -> frozenset[str]:
    """Closed-class words that never open a claimant's name (lower case): 'although', 'afterwards', 'to'."""
    return _words("not_name_start.tsv")


# A census first name tells the gender when this share or more of its bearers are of one sex ("James" 99.7% men);
# names given to both ("Kim" 86% women, "Jean", "Leslie", "Chris") tell nothing.
_NAME_SHARE = 0.95


def _census_shares() -> dict[str, float]:
    """First name (lower case) -> the share of its US-census bearers who are women, from the `names` package's data."""
    from importlib.resources import files

    freq: dict[str, list[float]] = {}
    for i, sex in enumerate(("female", "male")):
        for line in files("names").joinpath(f"dist.{sex}.first").read_text(encoding="ascii").splitlines():
            name, pct, *_ = line.split()
            freq.setdefault(name.lower(), [0.0, 0.0])[i] = float(pct)
    return {n: f / (f + m) for n, (f, m) in freq.items() if f + m}


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Every first name the census or first_names.tsv knows (lower case), whatever gender it tells: 'pat', 'kim'."""
    return frozenset(_census_shares()) | _words("first_names.tsv")


@lru_cache(maxsize=None)
def first_name_genders() -> MappingProxyType:
    """First name (lower case) -> "she" / "he": the census names one sex clearly bears, then first_names.tsv (names
    news English knows that the census lacks or leaves open: "Vladimir", "Narendra", "Kelly"; "-" for neither)."""
    genders = {n: "she" if s >= _NAME_SHARE else "he" for n, s in _census_shares().items()
               if s >= _NAME_SHARE or s <= 1 - _NAME_SHARE}
    for name, gender in _rows("first_names.tsv"):
        if gender == "-":
            genders.pop(name, None)
        else:
            genders[name] = gender
    return MappingProxyType(genders)


@lru_cache(maxsize=None)
def city_homonyms() -> frozenset[str]:
    """City names never read as the city: ordinary words, first names, better known as something else."""
    return _words("city_homonyms.tsv")


@lru_cache(maxsize=None)
def subdivision_homonyms() -> frozenset[str]:
    """Top-level subdivision names never read as the place: ordinary words, first names ("Victoria", "Georgia")."""
    return _words("subdivision_homonyms.tsv")


@lru_cache(maxsize=None)
def not_alone() -> frozenset[str]:
    """Words that are no claimant on their own though they may open one ("First Lady Jill Biden"): ordinals,
    wh-words (not_alone.tsv), the days of the week ("many on Tuesday issued statements") and the number words
    (numbers.py: "Two accused gangbangers went on trial" has no claimant "Two"; "Three Rivers" may still open a name)."""
    from .numbers import NUMBER_WORDS
    return frozenset([r[0] for r in _rows("not_alone.tsv")] + [d.lower() for d in WEEKDAYS] + list(NUMBER_WORDS))


@lru_cache(maxsize=None)
def time_after_count() -> tuple[frozenset[str], frozenset[str]]:
    """Words for when that may follow a count governed by its verb (time_after_count.tsv, lower case), and the
    days of the week ("injured dozens Sunday")."""
    return _words("time_after_count.tsv"), frozenset(d.lower() for d in WEEKDAYS)


@lru_cache(maxsize=None)
def speech_nouns() -> frozenset[str]:
    """Objects that make "make" a speech act, every number (lower case): 'case', 'comments', 'remarks'."""
    out: set[str] = set()
    for (lemma,) in _rows("speech_nouns.tsv"):
        out.add(lemma)
        for forms in (getAllInflections(lemma, upos="NOUN") or getAllInflectionsOOV(lemma, upos="NOUN")).values():
            out.update(f.lower() for f in forms)
    return frozenset(out)


@lru_cache(maxsize=None)
def speaking_documents() -> frozenset[str]:
    """Documents that carry words of their own, every number (lower case): 'email', 'memos' (speaking_documents.tsv);
    an "it" that says something right after one names it."""
    return frozenset(_with_noun_forms((r[0], "") for r in _rows("speaking_documents.tsv")))


@lru_cache(maxsize=None)
def picture_nouns() -> frozenset[str]:
    """Things that show by being looked at, every number (lower case): 'video', 'footage', 'pages'
    (picture_nouns.tsv); what they "show" is no claim."""
    return frozenset(_with_noun_forms((r[0], "") for r in _rows("picture_nouns.tsv")))


@lru_cache(maxsize=None)
def document_parts() -> dict[str, frozenset[str]]:
    """Part a rule gives a document noun -> the forms that play it, as written: 'finds' -> poll, polls, study, ...
    (document_roles.tsv)."""
    return _parts("document_roles.tsv")


@lru_cache(maxsize=None)
def body_staff() -> dict[str, frozenset[str]]:
    """Shape that names a body -> the nouns for its staff after it: 'of' -> officials, spokesman, ... (body_staff.tsv)."""
    return _parts("body_staff.tsv")


@lru_cache(maxsize=None)
def cue_frames() -> dict[str, frozenset[str]]:
    """Part a word plays around a cue word -> the words that play it: 'carrier' -> go, continue, ... (cue_frames.tsv)."""
    return _parts("cue_frames.tsv")


@lru_cache(maxsize=None)
def share_parts() -> dict[str, frozenset[str]]:
    """Part a rule gives a noun for a share -> the forms that play it, as written: 'percent' -> percent, % ...
    (share_nouns.tsv)."""
    return _parts("share_nouns.tsv")


@lru_cache(maxsize=None)
def party_members() -> dict[str, frozenset[str]]:
    """Words for one member of a party, as written -> the elected titles such a member holds: 'Republican' ->
    {'senator', 'representative', ...} (party_members.tsv)."""
    return {r[0]: frozenset(t.replace("_", " ") for t in r[1].split()) for r in _rows("party_members.tsv")}


@lru_cache(maxsize=None)
def claim_nouns() -> dict[str, str]:
    """Nouns that report a claim with a possessor and a that-clause, every number (lower case) -> claim type:
    'assertions' -> 'statement', 'allegation' -> 'accusation' (claim_nouns.tsv)."""
    return _with_noun_forms(_rows("claim_nouns.tsv"))


@lru_cache(maxsize=None)
def body_descriptions() -> dict[str, frozenset[str]]:
    """A common noun that refers back to a named body ("the rights group") -> the bodies it may stand for: `nonstate`,
    `named` or the words of names it fits (body_descriptions.tsv)."""
    return _tags("body_descriptions.tsv")


@lru_cache(maxsize=None)
def hostile_people() -> dict[str, tuple[str, ...]]:
    """Nouns for people a figure counts who are not the place's own -> `attacker` or `irregular`, each kind's words in
    file order (hostile_people.tsv)."""
    kinds: dict[str, list[str]] = {}
    for word, kind in _rows("hostile_people.tsv"):
        kinds.setdefault(kind, []).append(word)
    return {kind: tuple(words) for kind, words in kinds.items()}


@lru_cache(maxsize=None)
def body_kinds() -> dict[str, frozenset[str]]:
    """Common nouns that name a body by its kind alone ("the university said") -> how the reader finds which body:
    backref, named, vague, unplaced (body_kinds.tsv)."""
    return _tags("body_kinds.tsv")


@lru_cache(maxsize=None)
def apposed_body_nouns() -> tuple[str, ...]:
    """Nouns a body's name stands in apposition to, as written, in file order: 'group', 'NGO' (apposed_body_nouns.tsv)."""
    return tuple(r[0] for r in _rows("apposed_body_nouns.tsv"))


@lru_cache(maxsize=None)
def name_lead_words() -> frozenset[str]:
    """Capitalised words that open a phrase before a body's name and are no part of it: 'The', 'According', 'Senior'
    (name_lead_words.tsv)."""
    return _words("name_lead_words.tsv")


@lru_cache(maxsize=None)
def body_name_heads(reader: str = "described") -> tuple[str, ...]:
    """Capitalised head nouns that end a body's name ("Watch", "Department", "Centre"), in file order, for one of the
    two readers of body_name_heads.tsv: 'described' (bodies.py) or 'named' (actors.py)."""
    return tuple(r[0] for r in _rows("body_name_heads.tsv") if reader in r[1].split())


@lru_cache(maxsize=None)
def group_synonyms() -> dict[str, str]:
    """Group head nouns of one kind of people, every number (lower case) -> the kind: 'physicians' -> 'doctor'
    (group_synonyms.tsv)."""
    return _with_noun_forms(_rows("group_synonyms.tsv"))


@lru_cache(maxsize=None)
def synonym_heads(head: str) -> tuple[str, ...]:
    """The other head nouns of the same number that name the kind of people `head` names ('physicians' -> 'doctors')."""
    table = group_synonyms()
    kind, low = table.get(head.lower()), head.lower()
    if kind is None:
        return ()
    return tuple(sorted(w for w, k in table.items() if k == kind and w != low and w.endswith("s") == low.endswith("s")))


@lru_cache(maxsize=None)
def state_nouns() -> frozenset[str]:
    """Nouns that after a demonym name the state itself ("the Azerbaijani side", "the Russian government"); any other
    head is a group of that country's people ("Greek officials") (state_nouns.tsv)."""
    return _words("state_nouns.tsv")


@lru_cache(maxsize=None)
def agent_compounds() -> frozenset[str]:
    """Participles after 'Country-' that make the country an agent, not the phrase's place ("Israeli-occupied")."""
    return _words("agent_compounds.tsv")


@lru_cache(maxsize=None)
def declared_acts() -> tuple[str, ...]:
    """What "declare" makes as an act, not a claim: 'state of emergency', 'martial law', 'war' (declared_acts.tsv),
    longest first."""
    return tuple(sorted((r[0] for r in _rows("declared_acts.tsv")), key=len, reverse=True))


@lru_cache(maxsize=None)
def proposition_objects() -> frozenset[str]:
    """Object nouns that hold a proposition ("stressed the importance of ..."), every number, lower case
    (proposition_objects.tsv)."""
    return frozenset(_with_noun_forms((r[0], r[0]) for r in _rows("proposition_objects.tsv")))


@lru_cache(maxsize=None)
def act_objects() -> dict[str, frozenset[str]]:
    """Cue verb lemma -> the object nouns (every number, lower case) that make it an act, not a claim: 'claim' ->
    life, lives, victim, victims ("claimed the lives of five people") (act_objects.tsv)."""
    out: dict[str, set[str]] = {}
    for verb, obj in _rows("act_objects.tsv"):
        out.setdefault(verb, set()).update(_with_noun_forms([(obj, obj)]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def name_titles() -> frozenset[str]:
    """Titles and roles after which one capitalised word is a person's name ("official Fauzi") (name_titles.tsv)."""
    return _words("name_titles.tsv")


@lru_cache(maxsize=None)
def rescue_not_flight() -> dict[str, str]:
    """Words that make an "evacuate" count a rescue or an attempt, not people displaced: word -> 'attempt' (before "to
    evacuate") or 'state' (after the people's noun: "trapped") (rescue_not_flight.tsv)."""
    return {r[0]: r[1] for r in _rows("rescue_not_flight.tsv")}


@lru_cache(maxsize=None)
def non_agents() -> dict[str, bool]:
    """Nouns for events, forces and conditions that never speak, every number (lower case) -> whether the word also
    opens such an event's proper name ('storm' -> True for "Storm Ciarán"; 'pandemic' -> False) (non_agents.tsv)."""
    return {k: v == "title" for k, v in _with_noun_forms((r[0], r[1]) for r in _rows("non_agents.tsv")).items()}


@lru_cache(maxsize=None)
def stance_adjectives() -> frozenset[str]:
    """Adjectives that report a belief with a clause after them: 'confident', 'convinced' (stance_adjectives.tsv)."""
    return _words("stance_adjectives.tsv")


@lru_cache(maxsize=None)
def verdict_words() -> dict[str, str]:
    """Labels that make "called X '...'" an accusation or a denial: 'terrorist' -> accusation, 'sham' -> denial
    (verdict_words.tsv)."""
    return {r[0]: r[1] for r in _rows("verdict_words.tsv")}


@lru_cache(maxsize=None)
def place_nouns() -> frozenset[str]:
    """Common nouns for places, every number (lower case): 'region', 'provinces' (place_nouns.tsv)."""
    return frozenset(_with_noun_forms((r[0], r[0]) for r in _rows("place_nouns.tsv")))


@lru_cache(maxsize=None)
def paired_mod_heads() -> tuple[str, ...]:
    """People nouns a count's two coordinated modifiers may come before, in file order: 'civilians', ...
    (paired_mod_heads.tsv)."""
    return tuple(r[0] for r in _rows("paired_mod_heads.tsv"))


@lru_cache(maxsize=None)
def national_place_nouns() -> tuple[str, ...]:
    """Nouns for a place a nation's adjective names, as written: 'capital', 'border town' (national_place_nouns.tsv)."""
    return tuple(r[0] for r in _rows("national_place_nouns.tsv"))


@lru_cache(maxsize=None)
def toll_places() -> tuple[tuple[str, str], ...]:
    """Cities and regions that place a figure's people, in file order: ('Khan Younis', 'PS'), ... (toll_places.tsv)."""
    return tuple((r[0], r[1]) for r in _rows("toll_places.tsv"))


@lru_cache(maxsize=None)
def business_nouns() -> dict[str, frozenset[str]]:
    """A role noun for a business ("airline") -> the words that mark a business of that kind in its name ("Airlines");
    empty for a noun any business answers to ("company") (business_nouns.tsv)."""
    return {r[0]: frozenset(r[2].split() if len(r) > 2 else ()) for r in _rows("business_nouns.tsv") if r[1] == "business"}


@lru_cache(maxsize=None)
def public_body_words() -> frozenset[str]:
    """Words (lower case) that make a body's name a public body's ("Department", "Embassy"), which a business noun never
    refers back to (business_nouns.tsv)."""
    return frozenset(r[0] for r in _rows("business_nouns.tsv") if r[1] == "public")


@lru_cache(maxsize=None)
def role_nouns() -> dict[str, frozenset[str]]:
    """A definite role noun -> the titles whose holders it may name: 'diplomat' -> ambassador, envoy, ... (role_nouns.tsv)."""
    return {r[0]: frozenset(t.replace("_", " ") for t in r[1].split()) | {r[0]} for r in _rows("role_nouns.tsv")}


def demonym_rows() -> list[tuple[str, str]]:
    """(country code, demonym) in file order, for the demonyms no rule derives from the name (demonyms.tsv)."""
    return [(r[0], r[1]) for r in _rows("demonyms.tsv")]


def media_claimants() -> dict[str, str]:
    """News agencies and outlets as running text names them -> their name as a claimant ('AP' ->
    'Associated Press'), from the one media table the cleaner and wire detection share (tasks/core/data/media.tsv)."""
    return claimant_names()


def capital_rows() -> list[tuple[str, str]]:
    """(surface, country code) in file order: seats of government that stand for a country (capitals.tsv)."""
    return [(r[0], r[1]) for r in _rows("capitals.tsv")]


def org_rows() -> list[tuple[str, str, str | None]]:
    """(surface, canonical name, country code or None) in file order: international bodies, armed groups and
    national agencies named without their country (orgs.tsv)."""
    return [(r[0], r[1], r[2] or None) for r in _rows("orgs.tsv")]


@lru_cache(maxsize=None)
def country_cues() -> dict[str, str]:
    """Institutions and terms only one country's copy uses -> its code: evidence of where a story happens
    (country_cues.tsv)."""
    return {r[0]: r[1] for r in _rows("country_cues.tsv")}


def people_rows() -> list[tuple[str, str]]:
    """(full name, country code or '') in file order: well-known office holders (people.tsv)."""
    return [(r[0], r[1]) for r in _rows("people.tsv")]


@lru_cache(maxsize=None)
def country_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, everyday name or '', other names) in file order: what ISO 3166-1 does not give (countries.tsv)."""
    return tuple((r[0], r[1], tuple(a for a in r[2].split("|") if a)) for r in _rows("countries.tsv"))


@lru_cache(maxsize=None)
def headline_rubrics() -> dict[str, str]:
    """Rubric words that open a headline or head a colon line without naming a speaker (lower case) -> 'rubric', or
    'piece' for an owner's piece that speaks for the owner ('WSJ editorial') (headline_rubrics.tsv)."""
    return {r[0]: r[1] for r in _rows("headline_rubrics.tsv")}


@lru_cache(maxsize=None)
def reduced_passives() -> frozenset[tuple[str, str]]:
    """(participle, preposition) pairs that read as a passive when nothing stands between them: ('accused', 'of')
    (reduced_passives.tsv)."""
    return frozenset((r[0], r[1]) for r in _rows("reduced_passives.tsv"))


@lru_cache(maxsize=None)
def found_states() -> frozenset[str]:
    """States someone is found in ("found dead", "found him unconscious"): a discovery, not a finding (found_states.tsv)."""
    return _words("found_states.tsv")


@lru_cache(maxsize=None)
def witnessed_participles() -> frozenset[str]:
    """Past participles of hearing or recording someone ("was heard saying", "was recorded saying"):
    witnessed_participles.tsv."""
    return _words("witnessed_participles.tsv")


@lru_cache(maxsize=None)
def storyless_roles() -> dict[str, tuple[str, ...]]:
    """kind -> words (storyless_roles.tsv): 'reporter' and 'expert' nouns in every number (lower case), 'outlet' and
    'body' words as written. A named person described by one keeps no story country (people.home_country)."""
    rows = _rows("storyless_roles.tsv")
    out: dict[str, tuple[str, ...]] = {}
    for kind in ("reporter", "expert"):
        out[kind] = tuple(_with_noun_forms((w, "") for w, k in rows if k == kind))
    for kind in ("outlet", "body"):
        out[kind] = tuple(w for w, k in rows if k == kind)
    return out


@lru_cache(maxsize=None)
def described_roles() -> dict[str, tuple[frozenset[str], str | None]]:
    """A person's role noun -> (the words of the same role, the gender it tells or None) (described_roles.tsv)."""
    return {r[0]: (frozenset(w.replace("_", " ") for w in r[1].split()) | {r[0]}, r[2] if r[2] in ("he", "she") else None)
            for r in _rows("described_roles.tsv")}


@lru_cache(maxsize=None)
def finite_say() -> frozenset[str]:
    """Speech verb forms that are finite in practice, so they mark a speaker even with no nameable subject: 'said',
    'told', 'warned' (finite_say.tsv)."""
    return _words("finite_say.tsv")


@lru_cache(maxsize=None)
def count_words() -> frozenset[str]:
    """Words for counts and what they count, the cheap test before the count-source pattern: 'toll', 'figures',
    'deaths' (count_words.tsv)."""
    return _words("count_words.tsv")


@lru_cache(maxsize=None)
def not_agent_plurals() -> frozenset[str]:
    """Plurals that end like agent nouns but name no people: 'numbers', 'documents' (not_agent_plurals.tsv)."""
    return _words("not_agent_plurals.tsv")


@lru_cache(maxsize=None)
def not_doers() -> frozenset[str]:
    """Singular nouns in -er over a seeming verb that name things: 'counter', 'poster' (not_doers.tsv)."""
    return _words("not_doers.tsv")


@lru_cache(maxsize=None)
def people_figure_mods() -> frozenset[str]:
    """Modifiers that make "figures" people: 'prominent', 'party' (people_figure_mods.tsv)."""
    return _words("people_figure_mods.tsv")


@lru_cache(maxsize=None)
def singular_s_people() -> frozenset[str]:
    """Nouns for people that end in "s" in the singular: 'boss', 'witness' (singular_s_people.tsv)."""
    return _words("singular_s_people.tsv")


@lru_cache(maxsize=None)
def document_voice_verbs() -> frozenset[str]:
    """Lemmas of the verbs a document's own words do: 'say', 'read', 'slam' (document_voice_verbs.tsv)."""
    return _words("document_voice_verbs.tsv")


@lru_cache(maxsize=None)
def plural_heads() -> frozenset[str]:
    """Plural heads without an "-s": 'people', 'police', 'staff' (plural_heads.tsv)."""
    return _words("plural_heads.tsv")


@lru_cache(maxsize=None)
def document_words() -> dict[str, bool]:
    """Words for what a claimant publishes (lower case) -> whether it is a word for numbers that follows a publisher
    with no article before it: 'statement' -> False, 'figures' -> True (document_words.tsv)."""
    return {r[0]: r[1:2] == ["data"] for r in _rows("document_words.tsv")}


@lru_cache(maxsize=None)
def back_reference_words() -> dict[str, frozenset[str]]:
    """Part a word plays in pointing a figure's clause to a country named near it -> the words that play it:
    'back_place' -> country, nation, ...; 'state_force'; 'government'; 'government_act' (back_reference_words.tsv)."""
    return _parts("back_reference_words.tsv")


@lru_cache(maxsize=None)
def actor_pattern_ends() -> dict[str, frozenset[str]]:
    """Actor pattern -> the fixed words that end it, as written: 'outlet' -> newspaper, TV channel, ...;
    'national_media', 'state_unit', 'org_voice' (actor_pattern_ends.tsv)."""
    return _parts("actor_pattern_ends.tsv")


@lru_cache(maxsize=None)
def party_plurals() -> frozenset[str]:
    """Plurals for a party's members (lower case): 'democrats', 'tories' (party_plurals.tsv)."""
    return _words("party_plurals.tsv")


@lru_cache(maxsize=None)
def described_mods() -> dict[str, frozenset[str]]:
    """Part -> the modifiers that keep a description from naming the person named with its role: 'other_holder' ->
    former, deputy, ...; 'another' -> other, second, ... (described_mods.tsv)."""
    return _parts("described_mods.tsv")
