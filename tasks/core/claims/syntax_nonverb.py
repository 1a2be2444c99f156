"""Cues that are no cue verb in the parse: a claim noun with its owner and that-clause ("Trump's assertion that ..."),
a belief adjective ("they are convinced that ..."), a verb before a colon and a quotation ('Kasich resisted: "..."')
and "records show" read as a noun."""
from __future__ import annotations

from dataclasses import replace

from .cue_words import claim_nouns, cue_forms, cue_frames, cue_verbs, infinitive_nouns, speech_nouns
from .inflections import word_lemmas
from .source_words import source_nouns
from .plausible import plausible_source
from .syntax_cue import SynCue, make_cue
from .syntax_gates import is_nested
from .syntax_sources import find_source
from .syntax_tokens import CLOSERS, agent_of, colon_quote, is_passive, source_tokens, that_next, verb_subject
from .syntax_words import DOC_NOUNS, RELATIVE, past_tense


def adjective_cue(tok, doc, quotes) -> SynCue | None:
    """'they are convinced that ...', 'Ms. Henry remains confident that ...', 'is worried that ...': a belief adjective
    (data/stance_adjectives.tsv) after a copula, or the model's passive ('are convinced'), with a clause of its own;
    the source is the copula's subject. Not 'concerned about', 'worried by', 'a confident speech'."""
    if not (any(c.dep_ == "ccomp" for c in tok.children) or that_next(tok)) or is_nested(tok):
        return None
    if any(c.lower_ in ("enough", "so", "too") for c in tok.children) or tok.doc[tok.i + 1: tok.i + 2].text == "enough":
        return None  # "concerned enough that they have begun ...": a result, not a belief
    if tok.dep_ == "acomp" and tok.head.tag_.startswith("VB"):
        found = find_source(tok.head, doc)
    elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and agent_of(tok) is None:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        found = ("syn.subject", subj, None) if subj is not None else None
    else:
        return None
    if found is None or found[1] is None:
        return None
    rule, src, rel = found
    src = plausible_source(src)
    if src is None:
        return None
    return make_cue("syn.adjective" if rule == "syn.subject" else rule, tok.lower_, tok.lower_, "statement", tok.idx,
                    tok.idx + len(tok.text), src, quotes, rel)


def colon_quote_cue(tok, quotes) -> SynCue | None:
    """'Kasich resisted: "Ohio governors do not have the power ..."', 'Kelly responded pointedly, with a smile: "..."':
    a main verb that is no cue word, with a subject and no object, whose clause ends in a colon and a quotation:
    the quotation is what the subject said."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ", "VBP") or not colon_quote(tok, quotes) or \
            any(a <= tok.idx < b for a, b in quotes):
        return None
    colon = next(t.i for t in tok.doc[tok.i + 1:] if t.text == ":")
    if any(c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp", "nsubjpass", "auxpass", "dative") and c.i < colon
           for c in tok.children):
        return None  # "The crowd went wild: ...", "She had a message: ...": the verb says something of its own
    subj = verb_subject(tok)
    if subj is None or subj.i > tok.i or subj.lower_ in ("it", "this", "that", "there"):
        return None
    src = plausible_source(subj)
    if src is None:
        return None
    return make_cue("syn.colon_quote", tok.lower_, tok.lower_, "statement", tok.idx, tok.idx + len(tok.text), src, quotes)


def records_show(tok, lemma: str, quotes) -> SynCue | None:
    """'..., records show.', "F.A.A. records show, the Cessna has flown ...": a findings verb after a plural document
    noun that the tagger read as a compound noun ("records show") at the end of its clause."""
    doc = tok.doc
    cls = cue_verbs()[lemma].cls
    if cls not in ("findings", "speech") or tok.lower_ != lemma or tok.i == 0:
        return None
    prev = doc[tok.i - 1]
    if prev.tag_ not in ("NNS", "NNPS"):
        return None
    if cls == "speech":
        # "The new regulations state that venues must not ...", "the rules say that": a text that speaks (laws,
        # regulations, guidelines: source_nouns.tsv, kind document) before a speech verb the tagger read as a noun;
        # only with its that-clause ("the state rules" is no claim)
        if source_nouns().get(prev.lower_) != "document" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that":
            return None
    elif prev.lower_ not in DOC_NOUNS:
        return None
    if not (tok.i + 1 == len(doc) or doc[tok.i + 1].text in CLOSERS or doc[tok.i + 1].lower_ == "that"):
        return None
    src = plausible_source(prev, findings=True)
    if src is None:
        return None
    return make_cue("syn.records_show", lemma, past_tense(lemma), "statement", tok.idx, tok.idx + len(tok.text), src,
                    quotes)


# possessive pronouns that own a claim noun ("his claim that"): grammar, kept here
_POSSESSIVE = frozenset("his her their its".split())
# Verbs that make their claim-noun object the subject's own claim ("pressing the case that", "repeated the claim
# that", "reiterated the view that"); "made the argument that" is the cue verb "make" (speech_nouns.tsv)
_LIGHT_VERBS = cue_frames()["light"]  # data/cue_frames.tsv


def _light_verb(verb, noun) -> bool:
    """'pressing the case that', 'issued a warning that', 'made the suggestion that': a light verb (not "make" with a
    noun of speech_nouns.tsv, which the cue verb "make" reads itself: "made the argument that")."""
    if not verb.tag_.startswith("VB"):
        return False
    lemmas = set(word_lemmas(verb.lower_).get("VERB", ())) or {verb.lower_}
    if not lemmas & _LIGHT_VERBS:
        return False
    return not ("make" in lemmas and noun.lower_ in speech_nouns())


def _appeal_infinitive(noun) -> bool:
    """"his call to view Muslim immigrants as a threat", "George Will's call to abandon Trump": an appeal noun whose
    infinitive right after it says what is asked for (not "a call to arms": a phrase, no verb); so too a noun of
    pledging and what is pledged ("his promise to build a wall": cue_frames.tsv "pledge_noun")."""
    doc = noun.doc
    if noun.lower_ not in infinitive_nouns() or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return False
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.i == noun.i + 2 and
               any(g.dep_ == "aux" and g.i == noun.i + 1 for g in c.children) for c in noun.children)


def _appeal_for(noun) -> bool:
    """"renewed his call for a ceasefire", "issued calls for restraint": an appeal noun that a light verb other than a
    cue verb takes for its object, with what is asked for in the "for" / "on" phrase right after it (a bare "his call
    for a ban" named in passing is no appeal made here; "reiterated its call for" is the cue verb's own claim)."""
    if claim_nouns().get(noun.lower_) != "appeal" or noun.dep_ != "dobj" or not _light_verb(noun.head, noun) or \
            noun.head.lower_ in cue_forms() and "make" not in word_lemmas(noun.head.lower_).get("VERB", ()):
        return False  # "make" is a cue verb only with "clear" or a speech noun: "made an urgent appeal for funds" is not
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == noun.i + 1 for c in noun.children)


def _that_clause(noun, at: int) -> bool:
    """A that-clause on `noun` that opens at token `at`: 'that' as a complementiser (not the relative pronoun "the
    argument that won", tagged WDT) starting a clause the parse hung on the noun (acl / ccomp), whatever role the small
    model gave the 'that' itself ("the argument by X that the cuts will pay": 'that' read as the object of 'pay')."""
    doc = noun.doc
    if at >= len(doc) or doc[at].lower_ != "that" or doc[at].tag_ != "IN":
        return False
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > at), None)
    return clause is not None and min(t.i for t in clause.subtree) == at


def noun_cue(tok, quotes) -> SynCue | None:
    """'Trump's assertion that Russia should hack ...', "his earlier statements that the contact never occurred",
    "accusations by the campaign that ...", "the suggestion of the senator that ...": a claim noun whose possessor (or
    'by'/'from'/'of' phrase) names who made it and whose that-clause says what; not "the claim that ..." (no one
    named) or "his claims" (no content). syn.noun_light: "X has been pressing the case that ...", "X repeated the
    claim that ...": the object of a light verb of saying again or urging, made by the verb's subject."""
    if is_nested(tok):
        return None
    rule = "syn.noun"
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    that = that_next(tok) or _that_clause(tok, tok.i + 1) or _appeal_infinitive(tok)
    if src is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i == tok.i + 1),
                    None)
        src = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if src is not None:  # "accusations by the Sanders campaign that ...": after the phrase
            after = max(t.i for t in prep.subtree) + 1
            that = _that_clause(tok, after) or prep.lower_ != "of" and (that or after < len(tok.doc) and
                                                                     tok.doc[after].lower_ == "that" and
                                                                     tok.doc[after].dep_ == "mark")
            if prep.lower_ == "of" and src.tag_ not in ("NNP", "NNPS"):
                src = None  # "the claim of fraud that ...", "the view of many that ...": a topic or no one named
    if not that and _appeal_for(tok):
        that = True  # "renewed his call for a ceasefire", "issued calls for restraint": what is asked for
        if src is not None and src.tag_ == "PRP$":
            src = None  # "Guterres renewed his call for": the light verb's subject, whom "his" means
    if src is None and that and tok.dep_ == "dobj" and _light_verb(tok.head, tok) and not is_passive(tok.head) and \
            not any(c.dep_ == "det" and c.lower_ not in ("the", "a", "an") for c in tok.children):
        # the light verb's own subject, or the one it borrows ("..., pressing the case that ...": the clause's subject)
        found = find_source(tok.head, tok.doc)
        if found is not None and found[0] in ("syn.subject", "syn.conj", "syn.participle", "syn.advcl") and \
                found[1].lower_ not in RELATIVE | {"it", "this", "there"}:
            src, rule = found[1], "syn.noun_light"
    if src is not None and not that and tok.dep_ == "nsubj" and \
            (tok.head.lower_ in ("is", "was", "remains", "remained") or tok.head.lower_ == "been" and
             any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in tok.head.children)):
        # "Their fear is that ...", "Rubio's response was that ...", "His message long has been that ...": the
        # copula's that-clause is the content
        that = any(c.dep_ in ("ccomp", "attr") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                   for c in tok.head.children)
    if src is None or not that:
        return None
    if not (src.tag_ == "PRP$" and src.lower_ in _POSSESSIVE):
        src = plausible_source(src)
        if src is None:
            return None
    end = tok.idx + len(tok.text)
    cue = make_cue(rule, tok.lower_, tok.lower_, claim_nouns()[tok.lower_], tok.idx, end, src, quotes)
    kept = [t for t in source_tokens(src) if t.dep_ != "case"]  # "Trump's": the name without its 's
    return replace(cue, src_end=max(t.idx + len(t.text) for t in kept)) if kept else cue
