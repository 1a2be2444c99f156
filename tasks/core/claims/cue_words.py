"""Words that cue a claim, or keep a cue from making one: reporting verbs and their forms, stance adjectives, claim
and speech nouns, the objects that make a cue verb an act (cue_verbs.tsv, rule_verbs.tsv, cue_frames.tsv, ...)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllInflections

from .data_files import read_pair_list, read_pairs, read_parts, read_rows, read_word_list, read_words
from .inflections import inflections, noun_forms, noun_set, verb_forms


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    cls: str  # speech | cognition | stance | findings
    claim_type: str  # statement | accusation | denial | appeal
    needs: str  # see data/cue_verbs.tsv
    tag: bool = False  # closes a quoted question as a bare speech tag (data/cue_verbs.tsv)


@lru_cache(maxsize=None)
def cue_verbs() -> dict[str, CueVerb]:
    """lemma -> cue verb."""
    return {r[0]: CueVerb(r[0], r[1], r[2], r[3], r[4:5] == ["tag"]) for r in read_rows("cue_verbs.tsv")}


@lru_cache(maxsize=None)
def tag_verb_forms() -> tuple[str, ...]:
    """The past and third-person forms of the cue verbs that close a quoted question as a bare speech tag ('said',
    'asks', 'replied'), longest first (for a pattern's alternation)."""
    forms = {f for cv in cue_verbs().values() if cv.tag
             for tag in ("VBD", "VBZ") for f in getAllInflections(cv.lemma, upos="VERB").get(tag, ())}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=None)
def cue_forms() -> dict[str, str]:
    """Every inflected form of a cue verb (lower case) -> its lemma: 'said' -> 'say', 'criticised' -> 'criticise'."""
    out: dict[str, str] = {}
    for lemma in cue_verbs():
        out.setdefault(lemma, lemma)
        for forms in inflections(lemma, "VERB").values():
            for f in forms:
                out.setdefault(f.lower(), lemma)
    return out


def cue_lemma(word: str) -> str | None:
    return cue_forms().get(word.lower())


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
    for lemma, claim_type, specs, *doc in read_rows("rule_verbs.tsv"):
        table = getAllInflections(lemma, upos="VERB")
        forms = tuple(f for spec in specs.split() for f in (table[spec] if spec.isupper() else (spec,)))
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
    return frozenset(f.lower() for lemma in read_words("relay_verbs.tsv")
                     for forms in getAllInflections(lemma, upos="VERB").values() for f in forms)


@lru_cache(maxsize=None)
def cue_frames() -> dict[str, frozenset[str]]:
    """Part a word plays around a cue word -> the words that play it: 'carrier' -> go, continue, ... (cue_frames.tsv)."""
    return read_parts("cue_frames.tsv")


@lru_cache(maxsize=None)
def finite_say() -> frozenset[str]:
    """Speech verb forms that are finite in practice, so they mark a speaker even with no nameable subject: 'said',
    'told', 'warned' (finite_say.tsv)."""
    return read_words("finite_say.tsv")


@lru_cache(maxsize=None)
def document_voice_verbs() -> frozenset[str]:
    """Lemmas of the verbs a document's own words do: 'say', 'read', 'slam' (document_voice_verbs.tsv)."""
    return read_words("document_voice_verbs.tsv")


@lru_cache(maxsize=None)
def blame_complements() -> frozenset[str]:
    """Adjectives that make "held X ..." an accusation: 'responsible', 'accountable' (blame_complements.tsv)."""
    return read_words("blame_complements.tsv")


@lru_cache(maxsize=None)
def hearing_bodies() -> frozenset[str]:
    """Every number of the nouns for a body that hears evidence, the subject that makes "heard" report a claim put to it
    ("the court heard that ...", "magistrates heard"): 'court', 'courts', 'inquest' (hearing_bodies.tsv)."""
    return noun_set(read_words("hearing_bodies.tsv"))


@lru_cache(maxsize=None)
def witnessed_participles() -> frozenset[str]:
    """Past participles of hearing or recording someone ("was heard saying", "was recorded saying"):
    witnessed_participles.tsv."""
    return read_words("witnessed_participles.tsv")


@lru_cache(maxsize=None)
def found_states() -> frozenset[str]:
    """States someone is found in ("found dead", "found him unconscious"): a discovery, not a finding (found_states.tsv)."""
    return read_words("found_states.tsv")


@lru_cache(maxsize=None)
def reduced_passives() -> frozenset[tuple[str, str]]:
    """(participle, preposition) pairs that read as a passive when nothing stands between them: ('accused', 'of')
    (reduced_passives.tsv)."""
    return frozenset(read_pair_list("reduced_passives.tsv"))


@lru_cache(maxsize=None)
def stance_adjectives() -> frozenset[str]:
    """Adjectives that report a belief with a clause after them: 'confident', 'convinced' (stance_adjectives.tsv)."""
    return read_words("stance_adjectives.tsv")


@lru_cache(maxsize=None)
def verdict_words() -> dict[str, str]:
    """Labels that make "called X '...'" an accusation or a denial: 'terrorist' -> accusation, 'sham' -> denial
    (verdict_words.tsv)."""
    return read_pairs("verdict_words.tsv")


@lru_cache(maxsize=None)
def claim_nouns() -> dict[str, str]:
    """Nouns that report a claim with a possessor and a that-clause, every number (lower case) -> claim type:
    'assertions' -> 'statement', 'allegation' -> 'accusation' (claim_nouns.tsv)."""
    return noun_forms(read_rows("claim_nouns.tsv"))


@lru_cache(maxsize=None)
def infinitive_nouns() -> frozenset[str]:
    """Claim nouns (every number, lower case) whose infinitive right after them says their content: the appeal nouns
    ("his call to view ...") and those of pledging ("his promise to build a wall": cue_frames.tsv "pledge_noun")."""
    nouns = claim_nouns()
    pledges = noun_set(cue_frames().get("pledge_noun", ()))
    return frozenset(w for w, kind in nouns.items() if kind == "appeal") | (pledges & nouns.keys())


@lru_cache(maxsize=None)
def speech_nouns() -> frozenset[str]:
    """Objects that make "make" a speech act, every number (lower case): 'case', 'comments', 'remarks'."""
    return noun_set(read_word_list("speech_nouns.tsv"))


@lru_cache(maxsize=None)
def estimate_nouns() -> frozenset[str]:
    """Counts a source sets at a number ("put the death toll at 40"), every number, lower case (estimate_nouns.tsv)."""
    return noun_set(read_word_list("estimate_nouns.tsv"))


@lru_cache(maxsize=None)
def act_objects() -> dict[str, frozenset[str]]:
    """Cue verb lemma -> the object nouns (every number, lower case) that make it an act, not a claim: 'claim' ->
    life, lives, victim, victims ("claimed the lives of five people") (act_objects.tsv)."""
    out: dict[str, set[str]] = {}
    for verb, obj in read_rows("act_objects.tsv"):
        out.setdefault(verb, set()).update(noun_set([obj]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def proposition_objects() -> frozenset[str]:
    """Object nouns that hold a proposition ("stressed the importance of ..."), every number, lower case
    (proposition_objects.tsv)."""
    return noun_set(read_word_list("proposition_objects.tsv"))


@lru_cache(maxsize=None)
def declared_acts() -> tuple[str, ...]:
    """What "declare" makes as an act, not a claim: 'state of emergency', 'martial law', 'war' (declared_acts.tsv),
    longest first."""
    return tuple(sorted(read_word_list("declared_acts.tsv"), key=len, reverse=True))


@lru_cache(maxsize=None)
def anonymity_requests() -> dict[str, frozenset[str]]:
    """The words of a source's request to stay unnamed, by kind: 'verb' (lemmas: 'name', 'use', 'withhold') and
    'thing' ('name', 'identity'; anonymity_requests.tsv): such a request is no appeal. The verbs in every form
    (lemminflect: "used", "named"), the things in both numbers."""
    parts = read_parts("anonymity_requests.tsv")
    return {"verb": verb_forms(parts.get("verb", ())), "thing": noun_set(parts.get("thing", ()))}


@lru_cache(maxsize=None)
def picture_nouns() -> frozenset[str]:
    """Things that show by being looked at, every number (lower case): 'video', 'footage', 'pages'
    (picture_nouns.tsv); what they "show" is no claim."""
    return noun_set(read_word_list("picture_nouns.tsv"))
