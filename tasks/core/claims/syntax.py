"""The syntactic core: cue, source and content of attributions read off a sentence's dependency parse.

Pure: a spaCy Doc in, `SynCue` records out (character offsets into the sentence). Which actor a
source names is decided elsewhere (cue_sources.py), with the article's memory. The named rules, tried
in this order for every cue word:

  syn.according_to  "according to X"                      X = object of "to"
  syn.agent         "was criticized by X", "as reported by X", "When asked by X whether"  X = agent of a passive cue
  syn.reduced_agent "a fact first reported by X"           X = agent of a participle on a noun (speech, cognition)
  syn.root_noun     "The front-runner predicted that ..."  X = the root noun the tagger hung the finite verb on
  syn.inverted      '"...," recalled X', '"...," read the email', "..., concludes a new study"  X = the object the model
                                                          made of the speaker
  syn.relative      "X, who said ..."                      X = the noun the relative clause hangs on
  syn.relative_obj  "criticism from shop owners who say ...", "ire of lawmakers who thought ...", "of Cruz, who has called"
                                                          X = the object a speech or belief verb's relative clause hangs on
  syn.subject       "X said", "said X", "X believes that"  X = subject of the cue verb
  syn.conj          "X met them and said ..."              X = subject of the first conjoined verb
  syn.participle    "X spoke, saying ..."                  X = subject of the clause the participle hangs on
  syn.second_cue    "X testified that ..., saying ..."     X = subject of the cue verb whose reported clause the small
                                                          model hung the participle on (syntax_gates.second_cue_of)
  syn.xcomp         "X went on to say ...", "X was quick to add that"  X = subject of the carrying verb or copula
  syn.causative     "it led X to speculate that ..."       X = object of the causative verb
  syn.purpose       "X went on ABC to defend ..."          X = subject of the past-tense verb the purpose clause hangs on
  syn.records_show  "..., records show."                   the tagger's noun "show" after a plural document noun
  syn.adjective     "they are convinced that ..."         X = subject of the copula of a belief adjective
  syn.noun          "Trump's assertion that ...", "accusations by X that ...", "X's response was that ..."
                                                          X = the claim noun's possessor or agent
  syn.noun_light    "X has been pressing the case that ...", "X repeated the claim that ..."   X = the light verb's subject
  syn.noun_participle "left 62 percent of voters saying ...", "with polls showing ..."  X = the share or poll before it
  syn.colon_quote   'Kasich resisted: "..."'               X = subject of any main verb before a colon and a quotation
  syn.possessed     "Trump's inner circle believes that ..."  X = a common noun owned by a name or his / her / their
  syn.work_by       "An examination by the BGA found that ..."  X = the author ("by X") of a work noun that is no source itself
  syn.counted       "39 have said they ...", "The two admit that ..."  X = a bare count or share standing for people counted
                                                          just before (plausible.counted_people), with a clause
  syn.quote_tag     '"...," the passage continued', '"...," said the printed card'  X = any described common noun as
                                                          the subject of a speech verb tagging the quotation just closed;
                    '"...," the joint statement read.'    X = the document whose verb the tagger read as a root noun
The modules it reads with: syntax_tokens.py (token-level readings: clauses, subjects, agents, quotation spans),
syntax_gates.py (whether a cue word reports a claim here), syntax_sources.py (the source of a cue verb, by the rules
above), syntax_nonverb.py (the noun, adjective, colon and "records show" cues), syntax_cue.py (the record and its
source span) and syntax_words.py (the word classes they share).
"""
from __future__ import annotations

from .parse import parsed_text
from .verbs import verdict_type
from .cue_words import claim_nouns, cue_forms, cue_verbs, document_voice_verbs, stance_adjectives
from .plausible import BARE_DATA, counted_people, plausible_source
from .syntax_cue import SynCue, make_cue
from .syntax_gates import is_nested, is_relayed, names_as, needs_met, not_a_claim, second_cue_of, speech_object
from .syntax_nonverb import adjective_cue, colon_quote_cue, noun_cue, records_show
from .syntax_sources import find_source, venue_xcomp, work_by
from .syntax_tokens import amod_tag_speaker, caused_object, has_clause, noun_tag_speaker, object_tag_speaker, phrasal_particle, quote_spans, tags_closed_quote, \
    that_next
from .syntax_words import CARRIERS, DOC_NOUNS, FORECASTS, POLLS, adj_carrier, lemma_of, past_form, past_tense


RULES = ("syn.according_to", "syn.agent", "syn.reduced_agent", "syn.root_noun", "syn.inverted", "syn.relative", "syn.subject", "syn.conj", "syn.participle", "syn.issued",
         "syn.advcl", "syn.xcomp", "syn.relative_obj", "syn.noun_participle", "syn.colon_quote", "syn.possessed", "syn.causative", "syn.purpose", "syn.records_show", "syn.adjective", "syn.noun", "syn.noun_light", "syn.second_cue", "syn.work_by", "syn.counted",
         "syn.quote_tag")


_QUOTE_CHARS = ("\"", "“", "”", "''", "``")
# the verbs a document's own words do ("the statement read", "the letter states"): data/document_voice_verbs.tsv
DOC_VOICE = document_voice_verbs()


def find_cues(doc, opened: bool = False) -> list[SynCue]:
    """Every attribution the parse shows in one sentence, in the order of its cue words; `opened`: the sentence
    starts inside a quotation."""
    text = parsed_text(doc)
    quotes = quote_spans(text, opened) if opened or any(q in text for q in _QUOTE_CHARS) else []
    forms, verbs = cue_forms(), cue_verbs()
    out: list[SynCue] = []
    nouns, adjectives = claim_nouns(), stance_adjectives()
    for tok in doc:
        low, tag = tok.lower_, tok.tag_  # read once: each read builds a new str from the Doc
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None and (obj := plausible_source(obj)) is not None:
                out.append(make_cue("syn.according_to", "according to", "according to", "statement", tok.idx,
                                    doc[tok.i + 1].idx + 2, obj, quotes))
            continue
        root_verb = tag in ("NN", "NNS") and tok.lower_ in forms and _verb_read_as_noun(tok)
        if tag in ("NN", "NNS") and quotes and forms.get(low) in DOC_VOICE and \
                (speaker := noun_tag_speaker(tok, quotes)) is not None:
            # '"...," the joint statement read.': the tag's verb the tagger read as a noun, the document its subject
            lemma = forms[low]
            out.append(make_cue("syn.quote_tag", lemma, past_tense(lemma), verbs[lemma].claim_type, tok.idx,
                                tok.idx + len(tok.text), speaker, quotes))
            continue
        if tag in ("NN", "NNS") and low in nouns:
            if (cue := noun_cue(tok, quotes)) is not None:
                out.append(cue)
                continue
            if not root_verb:
                continue
        if low in adjectives and (cue := adjective_cue(tok, doc, quotes)) is not None:
            out.append(cue)  # not 'continue' otherwise: "worried" may be the cognition verb ("she worried that")
            continue
        lemma = forms.get(low)
        if lemma is None and quotes and (cue := colon_quote_cue(tok, quotes)) is not None:
            out.append(cue)
            continue
        if lemma is not None and (tag in ("NN", "NNS") or tag == "VBP" and tok.i > 0 and doc[tok.i - 1].dep_ == "compound"
                                  and doc[tok.i - 1].head.i == tok.i) and (cue := records_show(tok, lemma, quotes)) is not None:
            # (or a verb the small model gave the noun before it as a compound, "The guidelines state that")
            out.append(cue)
            continue
        if lemma is None or not (tag.startswith("VB") or root_verb) or (tok.text[:1].isupper() and tok.i > 0):
            continue  # "Staff Reports": a capitalised verb mid-sentence is a name or a byline
        cv = verbs[lemma]
        verb = past_form(lemma, tok)
        claim_type = cv.claim_type
        end = tok.idx + len(tok.text)
        if cv.needs.startswith("prt:"):
            part = phrasal_particle(tok, cv.needs[4:])
            if part is None and lemma == "call" and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                                 for g in c.children) for c in tok.children):
                part = "for"  # "called to ban Muslims from entering": an appeal
            if part == "for" and lemma == "call" and any(c.dep_ == "dobj" for c in tok.children):
                part = None  # "can call a private number for a ride", "called police for help": a call, no appeal
            if part == "on" and lemma == "call" and any(c.dep_ == "dobj" and c.i == tok.i + 1 for c in tok.children) and \
                    any(c.dep_ == "oprd" for c in tok.children):
                part = None  # "32% call themselves conservative on questions of ...": a verdict, its label before "on"
            if part == "for" and lemma == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("in", "up", "out")
                                                         and c.i == tok.i + 1 for c in tok.children):
                part = None  # "called in the army to support firefighters", "called up reservists to ...": a summons
            if part is None and not (lemma == "call" and names_as(tok, quotes)):
                continue
            if part is not None:
                verb = f"{verb} {part}"
            else:
                # "called the remarks 'deplorable'": a verdict, typed by its label (verbs.verdict_type)
                claim_type = verdict_type(parsed_text(tok.doc)[end:])
        elif not needs_met(cv.needs, tok, quotes) and object_tag_speaker(tok) is None:
            continue  # (an inverted tag reports the clause before it: "..., finds a study published in Nature")
        elif cv.needs == "clear":
            obj = speech_object(tok)
            verb = f"{verb} {'the ' + obj.lower_ if obj is not None else 'clear'}"
        elif cv.needs == "figure":
            verb = f"{verb} it" if any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) else verb
        elif cv.needs == "known":
            verb = f"{verb} it be known"
        elif cv.needs == "back":
            verb = f"{verb} back"
        elif cv.needs == "topic" and (part := phrasal_particle(tok, "about|of|out")):
            verb = f"{verb} {part}"
        if tok.dep_ == "xcomp" and tok.head.lower_ not in ("to",) and lemma_of(tok.head) not in CARRIERS and \
                not (adj_carrier(tok.head) and has_clause(tok)) and not caused_object(tok) and not venue_xcomp(tok):
            continue  # "wants to say", "declined to comment", "refused to deny": an intention, not a claim
        nested = is_nested(tok)
        relayed = nested and is_relayed(tok)
        outer = second_cue_of(tok) if nested and not relayed and cv.cls == "speech" else None
        if tok.dep_ == "amod" and cv.cls == "speech" and (speaker := amod_tag_speaker(tok, quotes)) is not None:
            # '"...," tweeted Rubio spokesman Alex Conant': the small model hung the inverted tag's verb on the
            # speaker's title as a modifier; the name it modifies is the speaker
            out.append(make_cue("syn.inverted", lemma, verb, claim_type, tok.idx, end, speaker, quotes))
            continue
        if tok.dep_ in ("amod", "compound") or (nested and not relayed and outer is None) or not_a_claim(lemma, tok):
            continue
        found = find_source(outer if outer is not None else tok, doc)
        if found is None:
            continue
        rule, src, rel = found
        if relayed:
            rule = "syn.relayed"
        elif outer is not None:
            rule = "syn.second_cue"  # "X admitted that ..., saying ...": the outer speaker's second claim
        if cv.cls == "cognition" and src.lower_ == "it" and lemma not in FORECASTS:
            # "it feels like", "nor does it know that": no one's belief; but a company or a body forecasts ("It
            # expects profit to rise", "it expects a $3 billion profit"; cue_frames.tsv "forecast")
            continue
        said_by = src
        # a document that argues, reveals or concludes something in a that-clause reports a finding as one that shows
        # it ("The audit revealed that ...", "the inquiry concluded that ..."), whatever its kind of document
        src = plausible_source(src, findings=cv.cls == "findings" or src.lower_ in DOC_NOUNS and src.tag_ in ("NN", "NNS")
                               and that_next(tok))
        if src is not None and src.lower_ == "one":
            src = _named_one(src)
        if src is None and cv.cls == "findings" and said_by.lower_ in BARE_DATA and that_next(tok):
            src = said_by  # "Data show that ...": with a that-clause bare data speak for a finding
        if src is None and rule == "syn.subject" and cv.cls in ("speech", "cognition") and said_by.i < tok.i and \
                tok.dep_ != "parataxis" and \
                _possessed(said_by) and \
                has_clause(tok):
            src, rule = said_by, "syn.possessed"  # "Trump's inner circle believes that ...": a named owner's people
        if src is None and rule == "syn.subject" and cv.cls in ("findings", "cognition", "speech") and \
                said_by.tag_ in ("NN", "NNS") and said_by.i < tok.i and has_clause(tok) and \
                (by := work_by(said_by)) is not None:
            src, rule = by, "syn.work_by"  # "A 2014 examination by the Better Government Association found that ..."
        if src is not None and src is said_by and rule == "syn.subject" and cv.cls == "speech" and \
                said_by.tag_ in ("NN", "NNS") and said_by.i < tok.i and said_by.lower_ not in POLLS and \
                (by := work_by(said_by, documents=True)) is not None:
            # "A report by the local newspaper the Post-Courier said": its author speaks (not "a poll published by
            # Ethnos newspaper": a poll's finding is the poll's, whoever prints it)
            src, rule = by, "syn.work_by"
        if src is None and rule in ("syn.subject", "syn.conj") and cv.cls in ("speech", "cognition") and \
                said_by.i < tok.i and said_by.dep_ == "nsubj" and has_clause(tok) and counted_people(said_by):
            src, rule = said_by, "syn.counted"  # "39 have said they support Sanders", "The two admit that ..."
        if src is None and rule in ("syn.subject", "syn.inverted") and cv.cls == "speech" and \
                tags_closed_quote(tok, said_by, quotes):
            # '"...," the progressive heavyweights wrote', '"...," said the printed campaign card': a speech verb that
            # tags the quotation just closed names its speaker whatever the noun (CLAIMS.md: any noun phrase);
            # source_nouns.tsv only guards subjects with no quotation to vouch for them
            src, rule = said_by, "syn.quote_tag"
        if src is None:
            continue
        out.append(make_cue(rule, lemma, verb, claim_type, tok.idx, end, src, quotes, rel))
    return out


def _verb_read_as_noun(tok) -> bool:
    """'Many parents whose children attend the school fear that ...': after a long subject with a relative clause the
    small model tags the main verb a noun, yet makes it the root with the subject before it and the reported clause
    after it, as a verb's; it is the verb."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NN" and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("NNS", "NN", "NNP", "NNPS") and \
        any(c.dep_ == "nsubj" and c.i < tok.i and c.tag_ == "NNS" for c in tok.children) and \
        any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) and \
        not any(c.dep_ in ("det", "amod", "poss", "compound", "nummod") for c in tok.children)


def _named_one(one):
    """'one of the rebel leaders, Abdel Aziz al-Hilu, said': the name set off after a partitive 'one of X' is who
    speaks (wherever the small model hangs the apposition); else 'one' itself (the group speaks through it)."""
    for t in [one] + [g for c in one.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]:
        name = next((c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if name is not None:
            return name
    return one


def _possessed(noun) -> bool:
    """A common noun owned by a name or a personal possessive ("Trump's inner circle", "his team", "their side"):
    whoever the owner is speaks through it when it says or believes a proposition."""
    return noun.tag_ in ("NN", "NNS") and noun.lower_ not in BARE_DATA and not noun.text[:1].isupper() and \
        any(c.dep_ == "poss" and (c.tag_ in ("NNP", "NNPS") or c.lower_ in ("his", "her", "their")) for c in noun.children)
