"""The syntactic core's record of one attribution (`SynCue`) and how a cue word and its source's parse become one:
the source's span (a close name or a coordinated office's holder in its place) and whether the cue is quoted."""
from __future__ import annotations

from dataclasses import dataclass

from .colon_labels import person_shaped
from .source_words import source_nouns
from .parse import parsed_text
from .patterns import is_exec_office
from .syntax_tokens import original, owner_of, source_tokens, span_of


@dataclass(frozen=True)
class SynCue:
    rule: str
    lemma: str  # the cue verb's lemma ("say"), or "according to"
    verb: str  # the reporting verb as a row shows it: "said", "according to", "called for"
    claim_type: str
    cue_start: int
    cue_end: int
    src_start: int  # the words that name the source
    src_end: int
    head: str  # the source's head word ("office" in "his office")
    head_tag: str  # its Penn tag (PRP, NNP, NN, ...)
    owner: str | None  # a possessor that the source speaks for: "his" in "his office", "Trump" in "Trump's campaign"
    in_quote: bool  # the cue stands inside a quotation (a nested attribution)
    full_start: int = 0  # the source's whole phrase, with its relative clauses and appositions
    full_end: int = 0
    inner: tuple = ()  # spans of the source's relative clauses and prepositional phrases ("who spoke with X")
    # the same, at any depth below the source ("Kasich, a Republican who has refused to endorse Mr. Trump,")
    deep: tuple = ()
    clauses: tuple = ()  # the source's own relative and participle clauses ("officials who spoke with X")


def _close_name(src):
    """'said fisherman's wife Mapahai, 35': a person noun with a name in close apposition right after it (no comma)
    is that named person."""
    if src.tag_ == "NN" and source_nouns().get(src.lower_) == "person" and src.i + 1 < len(src.doc):
        nxt = src.doc[src.i + 1]
        if nxt.dep_ == "appos" and nxt.head.i == src.i and nxt.tag_ == "NNP" and nxt.text[:1].isupper():
            return nxt
        # "the economist Joseph Stiglitz": a first name the model hangs on the surname it set in apposition
        name = nxt
        while name.dep_ == "compound" and name.tag_ == "NNP" and name.head.i == name.i + 1:
            name = name.head
        if name is not nxt and name.dep_ == "appos" and name.head.i == src.i and name.tag_ == "NNP" and \
                nxt.text[:1].isupper():
            return name
        if (name := _coordinated_office_name(src)) is not None:
            return name
    return src


def _set_off_name(src, c0: int):
    """'governor of Qasr-e Shirin, Faramarz Akbari, said', 'A Djaiba resident who survived the massacre, Daniel
    Kisembo, told Reuters': a person noun whose phrase closes with a full name set off by commas right before the
    cue is that named person. The small model hangs such an apposition on the nearest noun (the place, the
    massacre), so the role alone would speak and the name would be lost."""
    if src.tag_ != "NN" or source_nouns().get(src.lower_) != "person" or src.idx >= c0:
        return src
    doc = src.doc
    j = next((t.i for t in doc if t.idx >= c0), len(doc)) - 1  # the word right before the cue
    if j <= src.i + 2 or doc[j].text != ",":
        return src
    k = j - 1
    while k > src.i and doc[k].tag_ == "NNP" and doc[k].text[:1].isupper():
        k -= 1
    if j - 1 - k < 2 or doc[k].text != ",":  # a full name (two words or more) between two commas
        return src
    return doc[j - 1]


def _apposed_name(src):
    """'said head coach of the men's team, Dwayne Killings', "Mozilla's CTO, Brendan Eich, acknowledged", "A family
    friend, Kevin Blacks, 33, said": a person noun (or an executive office) with a full name set off by a comma as
    its apposition is that named person; the role alone would hide who speaks. Only a person's full name (two
    words or more, person-shaped): "the head of the agency, Interpol," names a body, not a holder."""
    if not (src.tag_ in ("NN", "NNP") and source_nouns().get(src.lower_) == "person" or is_exec_office(src.text)):
        return src
    doc = src.doc
    for c in src.children:
        if c.dep_ != "appos" or c.i <= src.i or c.tag_ not in ("NNP", "NNPS") or not c.text[:1].isupper():
            continue
        first = min(t.i for t in c.subtree if t.i <= c.i and (t.i == c.i or t.dep_ == "compound"))
        words = [t.text for t in doc[first:c.i + 1]]
        if doc[first - 1].text == "," and len(words) >= 2 and all(w[:1].isupper() for w in words) and \
                person_shaped(" ".join(words)):
            return c
    return src


def _office_word(tok) -> bool:
    """A word of an office: a common noun or adjective in lower case ("chief executive"), a person noun written in
    capitals ("Chief Executive") or an executive acronym ("CEO")."""
    return tok.tag_ in ("NN", "JJ") and tok.text[:1].islower() or source_nouns().get(tok.lower_) == "person" or \
        is_exec_office(tok.text)


def _coordinated_office_name(src):
    """'AMD president and chief executive Rory Read', 'company chairman and CEO John Smith': two offices joined by
    'and' before one name are that named person's titles; the small model makes the name a conjunct (or an
    apposition) of the first office, so the source would stop at "AMD president". The words after 'and' must be an
    office (ending in a person noun) and the name must follow them at once."""
    doc = src.doc
    j = src.i + 1
    if doc[j].lower_ != "and" or doc[j].head.i != src.i:
        return None
    k = j + 1
    while k < len(doc) and _office_word(doc[k]):
        k += 1
    office = doc[k - 1]
    if k == j + 1 or k >= len(doc) or not (source_nouns().get(office.lower_) == "person" or is_exec_office(office.text)) \
            or doc[k].tag_ != "NNP" or not doc[k].text[:1].isupper():
        return None
    name = doc[k]
    while name.dep_ == "compound" and name.head.tag_ == "NNP" and name.head.i > name.i:
        name = name.head  # "Rory" -> "Read"
    if name.head.i == src.i and name.dep_ in ("conj", "appos"):
        return name
    return None


_MARKS = " \"'“”‘’"


def make_cue(rule: str, lemma: str, verb: str, claim_type: str, c0: int, c1: int, src, quotes, rel=None) -> SynCue:
    """The record of cue `rule` at characters c0..c1 whose source is the token `src` (`rel`: the relative pronoun
    its clause names it by); `quotes`: the sentence's quotation spans."""
    src = _set_off_name(_apposed_name(_close_name(src)), c0)
    toks = source_tokens(src)
    if src.idx < c0 and any(t.idx >= c0 for t in toks):
        toks = [t for t in toks if t.idx < c0]  # "100% of the women commenting ...": the source ends before its cue
    elif src.idx >= c1 and any(t.idx < c1 for t in toks):
        toks = [t for t in toks if t.idx >= c1]  # '"...," tweeted Rubio spokesman X': the source starts after its cue
    s0, s1 = span_of(toks)
    if rel is not None and rel.i > src.i and rel.i - src.i <= 3:
        s1 = rel.idx + len(rel.text)  # "a retired general who": the relative pronoun is the clause's own mention
    # a quotation that opens at the cue, its source outside before it, quotes the source's own verb too ('The
    # Government provided no messages, but "made clear that all key decisions were recorded"'): the source's claim
    text = parsed_text(src.doc)
    in_quote = any(a < c0 < b and not (s1 <= a and not text[a:c0].strip(_MARKS)) for a, b in quotes)
    f0, f1 = span_of(list(src.subtree))
    inner = tuple(span_of(list(c.subtree)) for c in src.rights if c.dep_ in ("relcl", "acl", "prep"))
    deep = tuple(span_of(list(t.subtree)) for t in src.subtree if t.i > src.i and t.dep_ in ("relcl", "acl", "prep"))
    clauses = tuple(span_of(list(c.subtree)) for c in src.rights if c.dep_ in ("relcl", "acl"))
    return SynCue(rule, lemma, verb, claim_type, c0, c1, s0, s1, original(src), src.tag_, owner_of(src), in_quote, f0, f1, inner,
                  deep, clauses)
