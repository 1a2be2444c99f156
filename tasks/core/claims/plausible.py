"""Which parsed noun can name who claims something: a name, a personal pronoun, a person, body or document noun, a
poll's share ("78 percent of voters", "one in four voters"); not "something", "the bond", "figures for the year"."""
from __future__ import annotations

import re

from .calendar_words import MONTHS_BUT_MAY, WEEKDAYS
from .figure_words import number_words, share_parts
from .inflections import word_lemmas
from .people_words import not_agent_plurals, not_doers, people_figure_mods
from .place_words import place_nouns
from .source_words import QUANTIFIER_SOURCES, container_nouns, document_parts, source_nouns

_PERSONAL = frozenset("he she they it".split())
_THOSE_NEAR = frozenset("around near inside within".split())
_NEVER = frozenset("something anything nothing everything thing one ones this that these those there which what whatever "
                   "who whom whose".split())
# words for a part of a group that speaks for it ("most of the residents say", "two-thirds of voters"): quantifiers,
# and every cardinal, order of magnitude and fraction of number_words.tsv
# and every percentage word of share_nouns.tsv ("percent", "%", the "cent" of "per cent")
PARTITIVE = frozenset("some many most all both several few none majority minority number lot plurality each "
                      "either neither any".split()) | share_parts()["percent"] | \
    frozenset(w for kind in ("unit", "ten", "plural", "fraction") for w in number_words(kind))
# a poll's share in words, "one in three", "four in ten" (number_words.tsv): any cardinal of any cardinal or of 10, 100
_CARDINALS = frozenset([*number_words("unit"), *number_words("ten")])
_SHARE_OF = (_CARDINALS - {"one"}) | {"10", "100"}
BARE_DATA = document_parts()["bare_data"]  # data/document_roles.tsv
# of those, the ones a modifier makes a kept document ("public records", "poll results") and that speak for a
# finding on their own ("records show", "the results suggest"; not "data showed")
_KEPT_DATA = document_parts()["kept_data"]
# "Some say", "others argue": vague, but the text's own source (source_words.QUANTIFIER_SOURCES)
_VAGUE = QUANTIFIER_SOURCES
# shares that speak for themselves in poll copy ("about two-thirds, 67 percent, say")
_SHARES = share_parts()["speaks"]  # data/share_nouns.tsv
# words that make "figures" people ("some party figures", "prominent figures"), not numbers
_PEOPLE_FIGURES = people_figure_mods()  # data/people_figure_mods.tsv
NAME_NOT_SOURCE = frozenset(w.lower() for w in WEEKDAYS + MONTHS_BUT_MAY) | frozenset(("note", "editor's"))
_AGENT_SUFFIX = re.compile(r"(?:ist|ian|ists|ians|eer|eers|ers|ents)$")
# plural nouns in -ers / -ents that name no people
_NOT_AGENTS = not_agent_plurals()  # data/not_agent_plurals.tsv


def plausible_source(tok, findings: bool = False):
    """The token heading a phrase that can name who claims something (a name, a personal pronoun, a person, body or
    document noun), following a partitive ("78 percent of voters", "one of the officials"); None for anything else
    ("something", "the bond", "a close look")."""
    low = tok.lower_
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children):
        return None  # "no group claimed": nobody
    if low in ("those", "anyone", "everyone", "someone", "others") and any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return tok  # "those who back her opponents say", "those surveyed say"
    if low == "those" and any(c.dep_ == "prep" and c.lower_ in _THOSE_NEAR or c.lower_ in ("close", "closest", "familiar")
                              for c in tok.children):
        return tok  # "those around him acknowledge", "those close to the campaign say": the people near someone
    if low == "cent" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "per"):
        return None  # a coin ("the euro cent"); only the "cent" of "per cent" is a share
    if (tok.tag_ == "CD" or low in PARTITIVE) and _share_of_n(tok):
        return tok  # "One in three said", "nearly nine out of 10 say": a poll's share speaks for those it counts
    if low == "another" and tok.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in tok.children):
        return tok  # "One resident said ... Another said ...": one more of those the story just quoted (cue_sources)
    if low in _NEVER and not tok.text.isupper() and \
            not (low == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
        return None  # but "one of the officials": a partitive, read below; "WHO" in capitals is a body's acronym
    if low == "others" and not any(c.dep_ == "prep" for c in tok.children):
        return tok  # "others argue": vague, but the text's own source
    if tok.tag_ == "PRP":
        return tok if low in _PERSONAL else None
    if tok.tag_ == "CD" and any(c.dep_ == "quantmod" and c.lower_ == "in" for c in tok.children):
        return tok  # "about four in 10 said": a poll's share speaks for those it counts
    if low in PARTITIVE or tok.tag_ == "CD":
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and low in _CARDINALS):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if c.lower_ == "in" and obj is not None and obj.lower_ in _SHARE_OF:
                    return tok  # "about four in 10 said": a poll's share speaks for those it counts
                if obj is not None and obj.tag_ != "PRP" and obj.lower_ not in _NEVER and \
                        plausible_source(obj, findings) is not None:
                    return tok
                return None  # "many of them": whom the rules' memory may know; the parse does not
        return tok if low in _SHARES or low in _VAGUE else None
    if tok.tag_ in ("NN", "NNS") and low in container_nouns():
        # "a copy of the memo said", "a body of research suggests": the container speaks for what it holds
        obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
        return tok if obj is not None and obj.tag_ in ("NN", "NNS") and \
            source_nouns().get(obj.lower_) == "document" and plausible_source(obj, True) is not None else None
    if tok.tag_.startswith("VB") and tok.dep_ == "nsubj" and tok.text[:1].isupper() and tok.i == 0:
        return tok  # "Trump subsequently defended ...": the tagger's verb; a name only if the resolver knows it
    if tok.tag_ in ("NNP", "NNPS") or (tok.text[:1].isupper() and (tok.tag_ in ("JJ", "NN", "NNS") or
                                                                    tok.tag_.startswith("VB") and tok.dep_ == "nsubj")
                                        and (tok.i > 0 or not word_lemmas(low))):
        return None if low in NAME_NOT_SOURCE else tok
    if tok.tag_ == "NN" and tok.i == 0 and tok.text[:1].isupper() and low not in source_nouns() and \
            tok.head.i > tok.i and all(t.dep_ in ("aux", "neg", "advmod") for t in tok.doc[tok.i + 1:tok.head.i]):
        return tok  # "Trump says ...", the tagger's common noun: a name only if the resolver knows it (cue_sources.py)
    if low == "figures" and not findings and any(c.dep_ in ("det", "amod", "compound") and c.lower_ in _PEOPLE_FIGURES
                                                 for c in tok.children):
        return tok  # "some GOP figures declared", "party figures concluded": people, not numbers
    if tok.tag_ in ("NN", "NNS"):
        kind = source_nouns().get(low)
        if low in BARE_DATA and not (findings and low in _KEPT_DATA) and not any(c.dep_ in ("poss", "compound") and (c.tag_.startswith("NNP") or c.tag_ == "PRP$")
                                         or low in _KEPT_DATA and c.dep_ in ("amod", "compound") for c in tok.children) \
                and not _kept_by_name(tok):
            return None  # "figures for the year show": numbers with no keeper named speak for no one
        if kind == "body" and low in place_nouns() and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None  # "a region like Delhi demands ...": an example of a place, not its government speaking
        if kind is not None or (_AGENT_SUFFIX.search(low) and low not in _NOT_AGENTS) or _doer(low):
            if kind == "document" and not findings and low not in ("statement", "report", "letter", "poll", "survey",
                                                                    "document", "documents", "filings", "records",
                                                                    "study", "memo", "email", "tweet", "post", "ad",
                                                                    "release", "complaint", "lawsuit", "suit",
                                                                    "indictment", "affidavit", "ruling", "editorial",
                                                                    "article", "story", "analysis", "review", "video",
                                                                    "research", "book", "transcript", "filing", "records",
                                                                    "documents", "message", "polls", "surveys", "studies",
                                                                    "reports", "statements", "letters", "data",
                                                                    "findings", "note", "page", "account", "platform",
                                                                    "guidelines", "regulations", "opinion", "textbook",
                                                                    "materials", "reporting", "average", "ranking",
                                                                    "disclosure", "emails", "ads", "petition",
                                                                    "notice", "notification",
                                                                    # laws speak through their text: "the
                                                                    # legislation makes clear that" (batch 3 rule)
                                                                    "legislation", "law", "regulation",
                                                                    "guidance"):
                return None
            return tok
    return None


# counts that stand for no group of people: "one" is anyone ("one might think"), "none" and its kin deny, "number" and
# "lot" are nouns ("a number of", "a lot")
_NOT_COUNTED = frozenset("one none neither either each any number lot".split())
# what a bare count may carry and still stand alone: "the two", "at least 21,000", "those over 60", "all but two"
_COUNT_KIDS = frozenset("det quantmod advmod nummod".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WHOLE = re.compile(r"\d[\d,]*|[a-z]+")  # a count in digits or words (not "2.5", not a name the tagger read as a number)


def counted_people(tok) -> bool:
    """'The two admit that ...', '39 have said they ...', 'all but two said', 'Both think', 'three-fourths of them tell
    pollsters': a bare count or share standing for the people the sentence or the poll just counted, with no noun of
    its own (the caller asks for a speech or belief verb with a clause under it); not 'one' (anyone), 'none', a year."""
    low = tok.lower_
    if not (low in PARTITIVE or tok.tag_ == "CD" and _WHOLE.fullmatch(low)) or low in _NOT_COUNTED or \
            _YEAR.fullmatch(low) or not (tok.tag_ in ("CD", "DT", "PDT", "NN", "NNS", "JJ") or low in _SHARES):
        return False  # ("2.5 ahead of Cruz": a margin, no people)
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return False  # "two-thirds of voters" cut at its hyphen: the share is the phrase after it
    if low == "all" and not any(c.dep_ in ("prep", "cc") for c in tok.children):
        return False  # "All told, ...": the idiom; a bare "all" says nothing alone ("all but two", "all of them" do)
    verb = tok.head
    if verb.i == tok.i + 1 and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ in ("NN", "NNS") and \
            doc[verb.i + 1].dep_ in ("dobj", "nsubj") and verb.lemma_ != "tell":
        # "60 pledged delegates", "where both claim roots": a participle on a noun or a verb of things, no clause
        # (not "two told reporters that ...")
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            # "three-fourths of them": a share of the people the sentence named (not "two of the bills"; nor a vague
            # "many of them", whom only the rules' memory may know)
            if low in _VAGUE or not any(g.dep_ == "pobj" and g.lower_ in ("them", "us", "those") for g in c.children):
                return False
        elif c.dep_ == "prep" and c.lower_ == "but" or c.dep_ == "cc" and c.lower_ == "but":
            continue  # "all but two"
        elif c.dep_ == "amod" and (c.tag_ in ("JJR", "JJS") or c.lower_ == "many"):
            continue  # "less than half of them", "more than two-thirds", "as many as three-fourths of them"
        elif c.dep_ not in _COUNT_KIDS or c.tag_ == "$":
            return False  # "2,000 people", "$5 million": a noun or an amount of its own
    return True


def _kept_by_name(tok) -> bool:
    """'data by the Kenya National Bureau of Statistics', "figures compiled by the Election Commission": numbers whose
    keeper a "by" names with a name of its own (not "figures by region", "data by age")."""
    for c in tok.children:
        by = c if c.dep_ == "prep" and c.lower_ == "by" else \
            next((g for g in c.children if g.dep_ == "agent"), None) if c.dep_ == "acl" and c.tag_ == "VBN" else None
        if by is not None and any(g.dep_ == "pobj" and g.tag_ in ("NNP", "NNPS") for g in by.children):
            return True
    return False


def _share_of_n(tok) -> bool:
    """'one in three', 'nine out of 10': a count of a number (not "one of the officials", "one in the room")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "out"):
            prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), c) if c.lower_ == "out" else c
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ == "NNS" and any(g.dep_ == "nummod" and g.tag_ == "CD" for g in obj.children):
                return True  # "one in four voters"
            return obj is not None and obj.tag_ == "CD" and not any(g.dep_ in ("det", "amod", "compound") for g in obj.children)
    return False


_NOT_DOERS = not_doers()  # data/not_doers.tsv


def _doer(low: str) -> bool:
    """A singular agent noun in -er made from a verb ("the designer", "a volunteer organizer", "the caller"), alone or
    after the noun it works on ("the carmaker"): a person or firm who can speak; not "paper", "water", "order" (no verb under them) or a few machines and things."""
    if not low.endswith("er") or len(low) < 5 or low in _NOT_DOERS:
        return False
    if any("VERB" in word_lemmas(stem) for stem in (low[:-2], low[:-1], low[:-3] if low[-3] == low[-4] else low[:-2])):
        return True
    # a noun and a doer written as one word: "carmaker", "chipmaker", "shipbuilder", "peacekeeper" (a maker of cars)
    # (both parts words of their own: not "char" + "acter")
    return any("NOUN" in word_lemmas(low[:k]) and "NOUN" in word_lemmas(low[k:]) and _doer(low[k:])
               for k in range(3, len(low) - 4))
