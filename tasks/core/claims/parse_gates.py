"""Which sentences the syntactic core should parse, and the text the parser should see (cheap: no parse, no memory).

The parse costs more than everything else in claim extraction, so only sentences whose claims the rules may miss are
parsed: a cue verb in a shape the rules do not read (needs_parse, before the rules run), or, after the rules named no
one, a cue word the parse could read as a claim (worth_parsing). parse_text and mask_names keep offsets: the parser
sees title-case cue verbs in lower case and surnames that are English words ("Trump", "Bush") masked.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .calendar_words import MONTHS
from .gazetteer_rows import org_rows
from .cue_words import (claim_nouns, cue_forms, cue_verbs, estimate_nouns, finite_say, hearing_bodies, infinitive_nouns,
                        speech_nouns, stance_adjectives)
from .inflections import word_lemmas
from .name_words import not_alone
from .patterns import lower_words
from .verbs import VERB_TYPE

# Verb forms the rules read themselves: "X said" needs no parse, "X realized" does.
RULE_VERBS = frozenset(w for w in VERB_TYPE if " " not in w)
_BE = frozenset("is are was were be been being".split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,\"“”]")
_PRON = frozenset("he she they we i it".split())
# Words after which a cue verb's form is a noun or an infinitive: cheap to check, and they make a third of the
# sentences the parser would otherwise see ("the state", "a report", "his call", "of the post").
_NOUN_BEFORE = frozenset("the a an this that these those his her its their our my your whose every each no any "
                         "some another of for in on with by from at".split())
# as _WORD, with numbers ("four in 10 said") and dotted abbreviations ("the F.B.I. said") as words
_WORD_NUM = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*(?:\.[A-Za-z0-9]+)*|[,\"“”]")
# A straight quotation mark right after punctuation closes a quotation ('...," she recalled'), also one that opened
# in an earlier sentence; the quotation test reads it as the closing curly mark.
_CLOSING = re.compile(r'(?<=[,.!?])"')
_PREP_BEFORE = frozenset("of for in on with by from at".split())
_DET_BEFORE = frozenset("the a an this these those his its their our my your whose another".split())
_SKIP = frozenset("also has had have later then earlier previously now further again still often once".split())


# _ASCII_GATE: every cue form and stance adjective is a lower-case ASCII word (tests/test_claims_parse_speed.py), so
# one that the token loops below would find is also one of patterns.lower_words' [a-z]+ runs, which the rules compute
# for the sentence anyway: the set test in front drops only sentences the loops would drop, at a fraction of the cost.


def needs_parse(sent: str) -> bool:
    """A sentence with a cue verb whose speaker the rules cannot be trusted to find: not only "X said" / "he said" /
    '..., said X.' shapes. Cheap: no parse, no memory."""
    if parse_text(sent) is not sent:
        return True  # a title-case headline: the rules read no capitalised verb
    return _cue_to_parse(sent) or ((" that " in sent or " to " in sent) and _claim_noun_that(sent)) or _adjective_clause(sent) or \
        _light_appeal(sent)


_NOT_CLAUSE = frozenset("about of with by for to in at on over from as than and or but".split())
_ADJ_WORD = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")


@lru_cache(maxsize=None)
def _adjective_word():
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(stance_adjectives())) + r")\b")


def _adjective_clause(sent: str) -> bool:
    """A belief adjective followed by what may open a clause ("confident that", "sure many"), not a preposition
    or the end: syn.adjective's shape."""
    if stance_adjectives().isdisjoint(lower_words(sent)) or _adjective_word().search(sent) is None:
        return False  # most sentences: a set test on the words the rules read anyway, else one search in C
    words = _ADJ_WORD.findall(sent.lower())
    adjs = stance_adjectives()
    return any(w in adjs and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1] not in _NOT_CLAUSE
               and not _COPULAS.isdisjoint(words[max(0, i - 3):i]) for i, w in enumerate(words))


# a belief adjective reports a belief after one of these ("are convinced that", "remain confident", "is not sure");
# "make sure the ...", "certain people" do not reach the parser
_COPULAS = frozenset("is are was were be been being am remain remains remained stay stays stayed seem seems seemed "
                     "feel feels felt appear appears appeared grew become became s re m".split())


def _claim_noun_that(sent: str) -> bool:
    """A claim noun in the four words before a 'that' ("his claim in November that"): syn.noun's shape, which
    the rules do not read."""
    nouns = claim_nouns()
    i = sent.find(" that ")
    while i >= 0:
        if any(w.lower().strip(",") in nouns for w in sent[max(0, i - 60):i].split()[-4:]):
            return True
        i = sent.find(" that ", i + 1)
    # an appeal or pledge noun right before an infinitive ("his call to view ...", "his promise to build ..."):
    # syn.noun's other shape
    return " to " in sent and any(m.group(1).lower() in infinitive_nouns() for m in _BEFORE_TO.finditer(sent))


def _light_appeal(sent: str) -> bool:
    """An appeal noun before "for" / "on" as the object of a light verb that is no cue verb ("renewed his call for a
    ceasefire", "issued an appeal for calm"): syntax_nonverb._appeal_for's shape, which the rules do not read."""
    return ("call" in sent or "appeal" in sent or "demand" in sent or "plea" in sent) and \
        any(claim_nouns().get(m.group(1).lower()) == "appeal" for m in _LIGHT_BEFORE_FOR.finditer(sent))


_BEFORE_TO = re.compile(r"\b([A-Za-z]+) to [a-z]+")
# the light verbs of syntax_nonverb._appeal_for that are no cue verbs themselves (data/cue_frames.tsv "light")
_LIGHT_BEFORE_FOR = re.compile(r"\b(?:renew(?:ed|s|ing)?|issu(?:ed|es|e|ing)|rais(?:ed|es|e|ing)|deliver(?:ed|s|ing)?|"
                               r"ma(?:de|kes?|king))\s+"
                               r"(?:\w+\s+){0,2}?([A-Za-z]+)\s+(?:for|on)\s")


def worth_parsing(sent: str) -> bool:
    """For a sentence in which the rules named no one: a cue word outside quotations that the parse could read as
    a claim ("according to", or a cue verb's form not after a determiner, not a capitalised word mid-sentence, not
    with I / we / you as its subject). Looser than needs_parse
    (a quote before the verb, "considers him a liar", "by saying", "four in 10 said" pass), but on 100 corpus pages
    it sends about half as many sentences to the parser as any cue word outside quotations did, and those it
    drops showed no cue in their parse."""
    if "ccording to" in sent or _COLON_QUOTE.search(sent):
        return True  # 'Kasich resisted: "..."': syn.colon_quote reads any verb before a colon and a quotation
    forms = cue_forms()
    for _toks, low, i in _free_cues(sent, _WORD_NUM, forms):
        w = low[i]
        if i > 0 and (low[i - 1] in _DET_BEFORE and not (low[i - 1] == "another" and w in finite_say()) or
                      low[i - 1] in _PREP_BEFORE and not w.endswith("ing")):
            continue  # "the state", "his call", "of post"; not "by saying", "some say", "four in 10 said", "another said"
        if not _needed_word_near(sent, low, i, forms[w]):
            continue
        if not _not_own_claim(low, i):
            return True
    return False


_COLON_QUOTE = re.compile(r"\w:\s{0,2}[\"“]")
_QUOTE_SIGNS = ('"', "“", "”", ":", "''")


def _needed_word_near(sent: str, low: list[str], i: int, lemma: str) -> bool:
    """The word a light cue verb needs to report a claim is somewhere it could be (data/cue_verbs.tsv "needs"; looser
    than _cue_to_parse's test): "made clear", "as he put it", "pointed out", "pushed for", "spoke ... about", a quote
    for "continued" or "answered". Measured on the second-chance parses: it drops 58% of those the corpus consulted
    (2683 -> 1116) and 52% of PolNeAR dev's (1380 -> 666), keeping 89 of the 92 and 120 of the 122 that changed a row."""
    needs = cue_verbs()[lemma].needs
    if needs == "hearing":
        return _hearer_before(low, i)
    if needs == "topic":  # "spoke ... about", or a quotation ('he spoke, "I will ..."')
        return not _NEAR["topic"].isdisjoint(low[i + 1:]) or any(q in sent for q in _QUOTE_SIGNS)
    if needs == "quote":
        return any(q in sent for q in _QUOTE_SIGNS)
    if needs == "known":
        return "known" in low[i + 1:i + 5]
    if needs in ("likeness", "cause"):
        return _likeness_near(low, i)
    if needs == "that" and _tags_quote(low, i):
        return True
    if needs in ("clear", "figure", "that"):
        return not _NEAR[needs].isdisjoint(low[i + 1:i + 7])
    if needs.startswith("prt:") and lemma != "call":
        return not set(needs[4:].split("|")).isdisjoint(low[i + 1:i + 4])
    return True


def _free_cues(sent: str, word: re.Pattern, forms) -> Iterator[tuple[list[str], list[str], int]]:
    """The cue words of `sent` a parse could read as a claim's verb, as (tokens by `word`, the same in lower case,
    index): each cue form (`forms`) outside a quotation (a cue inside one is the quoted speaker's own: never a row)
    and not capitalised after the first token (find_cues reads no capitalised verb there: "Staff Reports", "Edward
    Said"). What the two gates share; each then asks its own questions of the words around."""
    if forms.keys().isdisjoint(lower_words(sent)):
        return  # most sentences: no cue word at all (see _ASCII_GATE)
    toks = word.findall(sent)
    low = [t.lower() for t in toks]
    if forms.keys().isdisjoint(low):
        return
    marks = word.findall(_CLOSING.sub("”", sent)) if '"' in sent else toks
    quoted = False
    for i, w in enumerate(low):
        if w in ('"', "“", "”"):
            quoted = marks[i] == "“" or (marks[i] == '"' and not quoted)
        elif w in forms and not quoted and not (toks[i][:1].isupper() and not sent.startswith(toks[i])):
            yield toks, low, i


def _cue_to_parse(sent: str) -> bool:
    forms = cue_forms()
    verbs = cue_verbs()
    for toks, low, i in _free_cues(sent, _WORD, forms):
        w = low[i]
        if i > 0 and low[i - 1] in _NOUN_BEFORE:
            continue  # "the state", "a report", "his call": a noun
        if _not_own_claim(low, i):
            continue
        needs = verbs[forms[w]].needs
        if needs in ("likeness", "cause") and not _likeness_near(low, i):
            continue
        if needs in _NEAR and not _NEAR[needs].intersection(low[i + 1:i + 5]) and not (needs in ("that", "quote") and _tags_quote(low, i)):
            continue  # "made a mistake", "put the blame": the word that makes it a claim is not there
        if needs.startswith("prt:") and not set(needs[4:].split("|")).intersection(low[i + 1:i + 4]) and forms[w] != "call":
            continue
        if needs == "hearing" and not _hearer_before(low, i):
            continue  # "heard" with no court before it: someone heard something, no claim
        if w not in RULE_VERBS or not _easy(toks, low, i):
            return True
    return False


# What may stand between a subject pronoun and its verb ("I don't really think").
_BETWEEN = _SKIP | frozenset("do does did don't doesn't didn't don’t doesn’t didn’t not never would will can could should "
                             "might may must really just certainly".split())
# "I’ve", "we're", "you’d": I / we / you with a contracted auxiliary, one word of _WORD's (the parse reads the pronoun)
_OWN_CONTRACTED = frozenset(f"{p}{a}{c}" for p in ("i", "we", "you") for a in "'’" for c in ("m", "ve", "re", "d", "ll"))


def _not_own_claim(low: list[str], i: int) -> bool:
    """Cue word i cannot make a row whatever its parse: its subject is I / we / you (plausible_source takes only
    he, she, they and it; "I" is a pronoun only as a word of its own, not the end of "F.B.I."), or it is a passive
    with no "by" after it ("was found", "is expected": _source gives a passive no source but its agent)."""
    j = i - 1
    while j >= 0 and low[j] in _BETWEEN:
        j -= 1
    if j < 0:
        return False
    if low[j] in _BE:
        return not low[i].endswith("ing") and "by" not in low[i + 1:]
    if low[j] in _OWN_CONTRACTED and low[j].endswith(("m", "re")) and not low[i].endswith("ing"):
        return "by" not in low[i + 1:]  # "I’m told", "we’re asked by ...": a passive, as after _BE
    if low[j] not in ("i", "we", "you") and low[j] not in _OWN_CONTRACTED or (j > 0 and low[j - 1] in ("and", "or", "nor")):
        return False
    return not (low[j] == "i" and j > 0 and len(low[j - 1]) == 1)


# Cheap tests for verbs that report a claim only with a word close after them (data/cue_verbs.tsv "needs").
_NEAR = {"clear": frozenset(["clear"]) | speech_nouns(), "figure": frozenset(["it"]) | estimate_nouns(), "as": frozenset(["as", "that"]), "predicate": frozenset(["as"]),
         "topic": frozenset(["about", "of", "out"]), "quote": frozenset(['"', "“", ":", ","]),
         "back": frozenset(["back"]), "that": frozenset(["that", "how", "whether", "what"])}


def _hearer_before(low: list[str], i: int) -> bool:
    """"the court heard", "an inquest has heard", "magistrates previously heard": a body that hears evidence right
    before cue word i, past its auxiliaries and adverbs (data/cue_verbs.tsv "hearing")."""
    j = i - 1
    while j >= 0 and low[j] in _SKIP:
        j -= 1
    return j >= 0 and low[j] in hearing_bodies()


def _likeness_near(low: list[str], i: int) -> bool:
    """"compared the damage to a war zone": an object, then "to" a few words on; "compared to last year", most of
    the verb's uses in news, is a preposition the parse would only read as one."""
    return i + 1 < len(low) and low[i + 1] not in ("to", "with", ",") and "to" in low[i + 2:i + 9]


def _tags_quote(low: list[str], i: int) -> bool:
    """Cue word i closes a quotation as its speech tag, the quotation's closing mark a few words before it ('"...,"
    the judge ruled'): what a "that" verb reports is the quotation, no clause after it."""
    return any(w in ('"', "”") for w in low[max(0, i - 6):i])


def _easy(toks: list[str], low: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and low[j] in _SKIP:
        j -= 1
    if j < 0:
        return False
    if low[j] in _PRON and (j == 0 or low[j - 1] in (",", "and", "but", '"', "“", "”")):
        return True
    if toks[j][:1].isupper() and j > 0 and toks[j - 1][:1].isupper() and (j < 2 or low[j - 2] in (",", '"', "“", "”")):
        return True  # ", Jane Doe said", "Jane Doe said" at the start
    if j > 0 and toks[j][:1].isupper() and low[j - 1] in (",", '"', "“", "”"):
        return True  # '..." Smilowitz said', ", Mayer said" (on the corpus the parse changed 11 of 661 such rows)
    if low[j] in (",", '"', "”") and i + 2 < len(toks) and toks[i + 1][:1].isupper() and low[i + 2] in (",", '"') \
            and i + 3 >= len(toks):
        return True  # '..., said Smith.'
    if low[j] in (",", '"', "”") and i + 2 == len(toks) and toks[i + 1][:1].isupper():
        return True  # '..." says Charpentier.'
    return False


def rules_name_one(sent: str) -> bool:
    """A cue verb the rules read in a shape whose speaker they name ("X said", '..., said Smith.', "he said"): a
    sentence worth_parsing lets through is then almost never looked at by the parse (the rules name someone), so it
    is parsed only when they did not (extract.py). Only where the parse goes: the parse is the same whenever done.
    On 200 corpus pages 395 of worth_parsing's 591 sentences have this shape, and the parse was consulted for 33."""
    if RULE_VERBS.isdisjoint(lower_words(sent)):
        return False
    toks = _WORD.findall(sent)
    low = [t.lower() for t in toks]
    return any(w in RULE_VERBS and _easy(toks, low, i) for i, w in enumerate(low))


# "Donald Trump", "Jeb Bush", "Mr. Pence": a name (no English word) or an honorific, then a surname that is an English word
_WORD_SURNAME = re.compile(r"\b(?:(?P<first>[A-Z][a-z]+)|Mrs?\.|Ms\.|Dr\.)\s+(?P<last>[A-Z][a-z]{2,})\b(?![ -][A-Z])")
_MONTHS = frozenset(m.lower() for m in MONTHS)
_MASK = "Kowalczykowskiego"


def word_surnames(text: str) -> frozenset[str]:
    """Surnames in the article that are also English words ("Trump", "Bush", "Pence", "Lynch", "May"), read from full
    names ("Donald Trump", "Mr. Pence"): the small model tags them as verbs or nouns ("Trump blasted Disney" as a
    noun phrase), so the parse sees them masked (mask_names). Months and weekdays are never masked."""
    out = set()
    for m in _WORD_SURNAME.finditer(text):
        last = m.group("last")
        first = m.group("first")
        if first is not None and (word_lemmas(first.lower()) or first.lower() in _MONTHS):
            continue  # "New York", "White House", "Fox News": a word, not a first name, before it
        if word_lemmas(last.lower()) and last.lower() not in _MONTHS and last.lower() not in not_alone():
            out.add(last)
    return frozenset(out)


@lru_cache(maxsize=1)
def _function_word_acronyms() -> frozenset[str]:
    """Bodies' acronyms (orgs.tsv) that spell an English function word: the tagger reads "WHO warns ..." as the
    pronoun "who" and finds no subject. spaCy's stop words are the closed-class words of the tagger's own language."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(surface for surface, _name, _code in org_rows()
                     if surface.isupper() and surface.isalpha() and surface.lower() in STOP_WORDS)


def word_acronyms(text: str) -> frozenset[str]:
    """The acronyms of _function_word_acronyms the article uses ("WHO"), which the parse sees masked as surnames are."""
    return frozenset(a for a in _function_word_acronyms() if a in text)


def mask_names(sent: str, names: frozenset[str]) -> str:
    """`sent` with each capitalised surname of `names` replaced by a made-up name of the same length (offsets hold)."""
    if not names or not any(name in sent for name in names):
        return sent
    return _names_pattern(names).sub(_masked, sent)


@lru_cache(maxsize=64)
def _names_pattern(names: frozenset[str]) -> re.Pattern:
    """One pattern for an article's masked surnames (compiled once, not one pattern per name and sentence). The names
    are whole words of letters ([A-Z][a-z]+, word_surnames), so at most one matches at a place and no mask makes another."""
    return re.compile(r"\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b")


def _masked(m: re.Match) -> str:
    return _MASK[:len(m.group(0))]


_TITLE_WORD = re.compile(r"[A-Z][a-z’']+")
_TEXT_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CAP_START = re.compile(r"(?:^| )[A-Z]")
# _HEADLINE_BOUND: a cheap test in front of the word count below that drops only sentences it drops (most of them).
# Capitalised words C are at most the capitals U; a lower-case letter after no word character starts one of
# _TEXT_WORD's words (a word ends only before such a character), so the lower-case words L are at least those. The
# test below returns the sentence when C < 0.7 (C + L), i.e. 3C < 7L, which holds when 3U < 7 x (those starts); and
# with U < 3 no four words are 70% capitalised.
_UPPER = re.compile(r"[A-Z]")
_LOWER_START = re.compile(r"(?<![\w’'-])[a-z]")


def parse_text(sent: str) -> str:
    """The sentence as the parser should see it: in a title-case headline ("Glenn Beck Says Trump Poses A Threat")
    capitalised cue verbs are lower-cased, or the tagger reads them as names. Same length, so offsets hold."""
    upper = len(_UPPER.findall(sent))
    if upper < 3 or 3 * upper < 7 * len(_LOWER_START.findall(sent)):
        return sent  # _HEADLINE_BOUND: fewer than 70% of the words can be capitalised
    words = _TEXT_WORD.findall(sent)
    # every word starts with an ASCII letter: count the capitalised ones in C, not word by word
    if len(words) < 4 or len(_CAP_START.findall(" ".join(words))) < 0.7 * len(words):
        return sent
    forms = cue_forms()
    out = _TITLE_WORD.sub(lambda m: m.group(0).lower() if m.start() > 0 and m.group(0).lower() in forms else m.group(0), sent)
    return sent if out == sent else out
