"""Nouns that name a claim's source, and the documents and containers that speak for one (source_nouns.tsv,
document_roles.tsv, document_words.tsv, ...); nouns for what never speaks (non_agents.tsv)."""
from __future__ import annotations

from functools import lru_cache

from .data_files import read_pair_list, read_pairs, read_parts, read_rows, read_word_list, read_words
from .inflections import noun_forms, noun_set, word_lemmas


@lru_cache(maxsize=None)
def source_nouns() -> dict[str, str]:
    """Head nouns that can name a claim's source, every number (lower case) -> kind (person, group, body,
    document, media): 'prosecutors' -> 'person', 'polls' -> 'document'."""
    return noun_forms(read_rows("source_nouns.tsv"))

# Quantifiers that stand for people as a source: "Some say", "others argue", "Many believe". Vague, but the text's
# own source; never one person. A closed class of grammar words, so kept here rather than in a data file.
QUANTIFIER_SOURCES = frozenset("some many others several most few".split())


def one_person(actor) -> bool:
    """Whether an actor may be the "he" or "she" of a later sentence: a person, and not a quantifier the rules
    described as one ("Many believe ...", "Some said ...": several people)."""
    return actor.kind == "person" and actor.name.lower() not in QUANTIFIER_SOURCES


def may_be_surname(word: str) -> bool:
    """A lone capitalised word the rules kept as a body may still be a person's surname ("Safadi said ... he said"),
    unless it is a noun that names a body, a document or many people ("Police say ...", "Authorities say", "Study
    finds") or a quantifier standing for people ("Others may argue ... he wrote"): never a "he"."""
    if word.lower() in QUANTIFIER_SOURCES:
        return False
    kind = source_nouns().get(word.lower())
    if kind is None:
        return True
    # one person by a role ("a doctor said ... he says") still may be: a singular noun for a person
    return kind == "person" and word.lower() in word_lemmas(word.lower()).get("NOUN", ())


@lru_cache(maxsize=None)
def container_nouns() -> dict[str, str]:
    """Nouns that speak for the document or findings they hold, every number (lower case): 'copy', 'copies', 'body'."""
    return noun_forms((w, "container") for w in read_word_list("container_nouns.tsv"))


@lru_cache(maxsize=None)
def speaking_documents() -> frozenset[str]:
    """Documents that carry words of their own, every number (lower case): 'email', 'memos' (speaking_documents.tsv);
    an "it" that says something right after one names it."""
    return noun_set(read_word_list("speaking_documents.tsv"))


@lru_cache(maxsize=None)
def unnamed_papers() -> dict[str, frozenset[str]]:
    """The words of a newspaper described, not named: 'mod' -> local, state-run, ...; 'head' -> daily, newspaper, ...
    (unnamed_papers.tsv)."""
    return {part: frozenset(w.replace("_", " ") for w in words) for part, words in read_parts("unnamed_papers.tsv").items()}


@lru_cache(maxsize=None)
def outlet_short_names() -> frozenset[str]:
    """Last words of newspapers' names that stand for the whole after it was given: 'Journal', 'Post'
    (outlet_short_names.tsv)."""
    return read_words("outlet_short_names.tsv")


@lru_cache(maxsize=None)
def issued_documents() -> tuple[str, ...]:
    """Documents a body issues under its name, whose issuer a sentence names (lower case, file order): 'statement',
    'press release' (issued_documents.tsv)."""
    return read_word_list("issued_documents.tsv")


@lru_cache(maxsize=None)
def held_participles() -> dict[str, frozenset[str]]:
    """Preposition -> the participles before it of a document reaching someone other than its author: 'by' -> seen,
    obtained, ...; 'to' -> sent, leaked, ... (held_participles.tsv)."""
    return read_parts("held_participles.tsv")


@lru_cache(maxsize=None)
def work_nouns() -> frozenset[str]:
    """Works of inquiry that speak for the author their "by" names, every number (lower case): 'examination',
    'tallies' (work_nouns.tsv)."""
    return noun_set(read_word_list("work_nouns.tsv"))


@lru_cache(maxsize=None)
def document_parts() -> dict[str, frozenset[str]]:
    """Part a rule gives a document noun -> the forms that play it, as written: 'finds' -> poll, polls, study, ...
    (document_roles.tsv)."""
    return read_parts("document_roles.tsv")


@lru_cache(maxsize=None)
def document_issue_words() -> dict[str, frozenset[str]]:
    """Part -> the words between a document's word and its author: 'modifier' -> provisional, recent, ...;
    'participle' -> issued, tweeted, ... (document_issue_words.tsv)."""
    return read_parts("document_issue_words.tsv")


@lru_cache(maxsize=None)
def document_words() -> dict[str, bool]:
    """Words for what a claimant publishes (lower case) -> whether it is a word for numbers that follows a publisher
    with no article before it: 'statement' -> False, 'figures' -> True (document_words.tsv)."""
    return {r[0]: r[1:2] == ["data"] for r in read_rows("document_words.tsv")}


@lru_cache(maxsize=None)
def headline_rubrics() -> dict[str, str]:
    """Rubric words that open a headline or head a colon line without naming a speaker (lower case) -> 'rubric', or
    'piece' for an owner's piece that speaks for the owner ('WSJ editorial') (headline_rubrics.tsv)."""
    return read_pairs("headline_rubrics.tsv")


@lru_cache(maxsize=None)
def bare_tags() -> frozenset[str]:
    """Nouns (every number, lower case) that close a headline as a bare source tag naming no one: 'sources',
    'officials', 'police' (bare_tags.tsv)."""
    return noun_set(read_word_list("bare_tags.tsv"))


@lru_cache(maxsize=None)
def non_agents() -> dict[str, bool]:
    """Nouns for events, forces and conditions that never speak, every number (lower case) -> whether the word also
    opens such an event's proper name ('storm' -> True for "Storm Ciarán"; 'pandemic' -> False) (non_agents.tsv)."""
    return {k: v == "title" for k, v in noun_forms(read_pair_list("non_agents.tsv")).items()}


@lru_cache(maxsize=None)
def non_agent_suffixes() -> frozenset[str]:
    """Nouns that close the proper name of a thing that never speaks, lower case, every number: 'river' for "the Wien
    River" (non_agents.tsv, names "suffix")."""
    return frozenset(k for k, v in noun_forms(read_pair_list("non_agents.tsv")).items() if v == "suffix")


@lru_cache(maxsize=None)
def umbrella_events() -> frozenset[str]:
    """Nouns that name any event, every number (lower case): 'catastrophe', 'tragedies' (umbrella_events.tsv)."""
    return noun_set(read_word_list("umbrella_events.tsv"))


@lru_cache(maxsize=None)
def public_broadcaster_words() -> frozenset[str]:
    """Words that make an outlet named after a nation its public broadcaster: public_broadcaster_words.tsv."""
    return frozenset(read_word_list("public_broadcaster_words.tsv"))
