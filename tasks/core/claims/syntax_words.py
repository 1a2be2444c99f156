"""The word classes and word readings the syntactic core's modules share: carrying verbs and adjectives, document
and poll nouns, relative pronouns, a cue word's lemma and its past tense."""
from __future__ import annotations

from .cue_words import cue_forms, cue_frames, cue_verbs
from .source_words import document_parts


# Verbs that carry a cue in their infinitive without an intention of their own ("went on to say").
CARRIERS = cue_frames()["carrier"]  # data/cue_frames.tsv
# belief verbs whose object with an amount is a forecast ("expects a $3 billion profit"), as a body's too ("it expects")
FORECASTS = cue_frames()["forecast"]  # data/cue_frames.tsv
# Adjectives that carry a speech verb's infinitive as the subject's own act ("was quick to add that", "is correct to
# note that", "are careful to point out"), not an intention ("eager to tell", "likely to stress")
_ADJ_CARRIERS = cue_frames()["carrier_adj"]  # data/cue_frames.tsv


def adj_carrier(adj) -> bool:
    """'was quick to add that', and in poll copy 'Democrats are more likely to say that ...' (a share's answer)."""
    return adj.lower_ in _ADJ_CARRIERS or adj.lower_ == "likely" and \
        any(c.lower_ in ("more", "less", "most", "least") for c in adj.children)


# A document, poll or finding that "shows" or "suggests" something.
DOC_NOUNS = document_parts()["shows"]  # data/document_roles.tsv
# Documents whose object is a finding ("the poll finds Clinton ahead"); not "a video shows him", "the letter shows a date"
FINDING_DOCS = document_parts()["finds"]  # data/document_roles.tsv
# Polls, whose object is what they found ("a recent CNN survey found 90 percent support", "the poll finds Clinton
# with a small lead"); a study or analysis that "found evidence of plumes" found a thing, not a claim
POLLS = document_parts()["poll"]  # data/document_roles.tsv
# What a sentence that mentions a poll holds as written: each singular above, in lower case and as a sentence or a
# title opens it (a substring test, so "polls", "polling", "pollster", "Surveys" hold it too).
_POLL_MENTIONS = tuple(w for n in sorted(POLLS) if n + "s" in POLLS for w in (n, n.capitalize()))

# relative pronouns: grammar (a closed class), kept here
RELATIVE = frozenset("who which that whom".split())


def mentions_poll(sent: str) -> bool:
    """Whether `sent` may name a poll or survey: the cheap test in front of the poll readers (phrase_claims._IN_POLL,
    _IN_NAMED_POLL) and of attribution.find_claims's reading of a sentence with no cue word."""
    return any(w in sent for w in _POLL_MENTIONS)


def lemma_of(tok) -> str:
    """A cue word's lemma, or a carrying verb's ("went" -> "go"); else the word itself."""
    return cue_forms().get(tok.lower_) or _AUX_LEMMA.get(tok.lower_, tok.lower_)


# The carrying verbs' forms the rules have read so far, by hand: lemminflect's full table (inflections.verb_forms) would
# add "moving", "seeming", "beginning", "repeats", ..., a behaviour change to measure, not a clean-up
_AUX_LEMMA = {"seems": "seem", "seemed": "seem", "appears": "appear", "appeared": "appear", "went": "go", "goes": "go", "going": "go", "gone": "go", "continued": "continue", "continues": "continue",
              "began": "begin", "begins": "begin", "started": "start", "starts": "start", "moved": "move",
              "repeated": "repeat", "proceeded": "proceed", "hastened": "hasten", "rushed": "rush"}


def past_form(lemma: str, tok) -> str:
    """The cue verb as a row shows it: its own word when past already ("said"), else its lemma's past ("says" -> "said")."""
    return tok.lower_ if tok.tag_ in ("VBD", "VBN") else _past_table().get(lemma, tok.lower_)


def past_tense(lemma: str) -> str:
    return _past_table().get(lemma, lemma)


_PAST: dict[str, str] = {}
# Cue verbs' forms that are participles only ("shown", "written", "spoken"; not "told", "said", which are past tenses too)
_PARTICIPLE_ONLY: set[str] = set()


def _past_table() -> dict[str, str]:
    """Each cue verb's simple past, built on first use (lemminflect is imported only when a parse is read)."""
    if not _PAST:
        from lemminflect import getInflection
        for lemma in cue_verbs():
            forms = getInflection(lemma, tag="VBD")
            _PAST[lemma] = forms[0] if forms else lemma
            _PARTICIPLE_ONLY.update(set(getInflection(lemma, tag="VBN")) - set(forms) - {lemma})
    return _PAST


def participle_only(word: str) -> bool:
    """`word` (lower case) is a cue verb's past participle that is no past tense ("shown", "written")."""
    _past_table()
    return word in _PARTICIPLE_ONLY
