"""The syntactic core: cue, source and content of attributions read off a sentence's dependency parse.

Pure: a spaCy Doc in, `SynCue` records out (character offsets into the sentence). Which actor a
source names is decided elsewhere (syntactic.py), with the article's memory. The named rules, tried
in this order for every cue word:

  syn.according_to  "according to X"                      X = object of "to"
  syn.agent         "was criticized by X", "as reported by X", "When asked by X whether"  X = agent of a passive cue
  syn.reduced_agent "a fact first reported by X"           X = agent of a participle on a noun (speech, cognition)
  syn.root_noun     "The front-runner predicted that ..."  X = the root noun the tagger hung the finite verb on
  syn.inverted      '"...," recalled X', '"...," read the email'  X = the object the model made of the speaker
  syn.relative      "X, who said ..."                      X = the noun the relative clause hangs on
  syn.relative_obj  "criticism from shop owners who say ...", "ire of lawmakers who thought ...", "of Cruz, who has called"
                                                          X = the object a speech or belief verb's relative clause hangs on
  syn.subject       "X said", "said X", "X believes that"  X = subject of the cue verb
  syn.conj          "X met them and said ..."              X = subject of the first conjoined verb
  syn.participle    "X spoke, saying ..."                  X = subject of the clause the participle hangs on
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
Token-level readings (clauses, subjects, agents, quotation spans) are in syntax_tokens.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace


from .parse import parsed_text
from .verbs import verdict_type
from .lexicon import relay_forms, act_objects, claim_nouns, cue_forms, cue_verbs, declared_acts, document_parts, found_states, picture_nouns, proposition_objects, \
    source_nouns, speech_nouns, stance_adjectives, witnessed_participles, word_lemmas
from .patterns import against_what, is_exec_office
from .plausible import BARE_DATA, plausible_source
from .syntax_tokens import (CLOSERS, agent_of, inverted_speaker, caused_object, colon_quote, has_clause, is_passive, original, owner_of, phrasal_particle, quote_next_to, quote_spans, set_off_subject, sorry_for_what, source_tokens, span_of, that_next, verb_subject)


RULES = ("syn.according_to", "syn.agent", "syn.reduced_agent", "syn.root_noun", "syn.inverted", "syn.relative", "syn.subject", "syn.conj", "syn.participle", "syn.issued",
         "syn.advcl", "syn.xcomp", "syn.relative_obj", "syn.noun_participle", "syn.colon_quote", "syn.possessed", "syn.causative", "syn.purpose", "syn.records_show", "syn.adjective", "syn.noun", "syn.noun_light")


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


# Verbs that carry a cue in their infinitive without an intention of their own ("went on to say").
_CARRIERS = frozenset("go continue repeat begin start proceed hasten rush move seem appear".split())
# Adjectives that carry a speech verb's infinitive as the subject's own act ("was quick to add that", "is correct to
# note that", "are careful to point out"), not an intention ("eager to tell", "likely to stress")
# Verbs of going to a place or medium whose infinitive after that place is the act done there ("took to Twitter to say",
# "went on CNN to argue", "came to the Senate floor to say", "turned to Facebook to say"); not verbs of intention or
# refusal ("declined on Monday to say", "waited for weeks to say"), whose infinitive is no claim made
_VENUE_VERBS = frozenset("take go come appear turn return head rise stand step".split())
_ADJ_CARRIERS = frozenset("quick quicker careful correct right wrong keen".split())


def _adj_carrier(adj) -> bool:
    """'was quick to add that', and in poll copy 'Democrats are more likely to say that ...' (a share's answer)."""
    return adj.lower_ in _ADJ_CARRIERS or adj.lower_ == "likely" and \
        any(c.lower_ in ("more", "less", "most", "least") for c in adj.children)


# A document, poll or finding that "shows" or "suggests" something.
DOC_NOUNS = document_parts()["shows"]  # data/document_roles.tsv
# Nouns for what a speaker issues, whose participle reports its content ("a statement saying", "a memo explaining").
_CARRIER_NOUNS = document_parts()["carrier"]  # data/document_roles.tsv
_RELATIVE = frozenset("who which that whom".split())
# "let X know / see / understand": X is the one told, the subject of the cognition verb only in the parse
_LET = frozenset("let lets letting".split())
_QUOTE_CHARS = ("\"", "“", "”", "''", "``")




def _past(lemma: str, tok) -> str:
    return tok.lower_ if tok.tag_ in ("VBD", "VBN") else _PAST.get(lemma, tok.lower_)


_PAST: dict[str, str] = {}
# Cue verbs' forms that are participles only ("shown", "written", "spoken"; not "told", "said", which are past tenses too)
_PARTICIPLE_ONLY: set[str] = set()


def _past_forms() -> None:
    from lemminflect import getInflection
    for lemma in cue_verbs():
        forms = getInflection(lemma, tag="VBD")
        _PAST[lemma] = forms[0] if forms else lemma
        _PARTICIPLE_ONLY.update(set(getInflection(lemma, tag="VBN")) - set(forms) - {lemma})


def find_cues(doc, opened: bool = False) -> list[SynCue]:
    """Every attribution the parse shows in one sentence, in the order of its cue words; `opened`: the sentence
    starts inside a quotation."""
    if not _PAST:
        _past_forms()
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
                out.append(_make("syn.according_to", "according to", "according to", "statement", tok.idx,
                                 doc[tok.i + 1].idx + 2, obj, quotes))
            continue
        if tag in ("NN", "NNS") and low in nouns:
            if (cue := _noun_cue(tok, quotes)) is not None:
                out.append(cue)
            continue
        if low in adjectives and (cue := _adjective_cue(tok, doc, quotes)) is not None:
            out.append(cue)  # not 'continue' otherwise: "worried" may be the cognition verb ("she worried that")
            continue
        lemma = forms.get(low)
        if lemma is None and quotes and (cue := _colon_quote_cue(tok, quotes)) is not None:
            out.append(cue)
            continue
        if lemma is not None and (tag in ("NN", "NNS") or tag == "VBP" and tok.i > 0 and doc[tok.i - 1].dep_ == "compound"
                                  and doc[tok.i - 1].head.i == tok.i) and (cue := _records_show(tok, lemma, quotes)) is not None:
            # (or a verb the small model gave the noun before it as a compound, "The guidelines state that")
            out.append(cue)
            continue
        if lemma is None or not tag.startswith("VB") or (tok.text[:1].isupper() and tok.i > 0):
            continue  # "Staff Reports": a capitalised verb mid-sentence is a name or a byline
        cv = verbs[lemma]
        verb = _past(lemma, tok)
        claim_type = cv.claim_type
        end = tok.idx + len(tok.text)
        if cv.needs.startswith("prt:"):
            part = phrasal_particle(tok, cv.needs[4:])
            if part is None and lemma == "call" and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                                 for g in c.children) for c in tok.children):
                part = "for"  # "called to ban Muslims from entering": an appeal
            if part == "for" and lemma == "call" and any(c.dep_ == "dobj" for c in tok.children):
                part = None  # "can call a private number for a ride", "called police for help": a call, no appeal
            if part is None and not (lemma == "call" and _names_as(tok, quotes)):
                continue
            if part is not None:
                verb = f"{verb} {part}"
            else:
                # "called the remarks 'deplorable'": a verdict, typed by its label (verbs.verdict_type)
                claim_type = verdict_type(tok.doc.text[end:])
        elif not _needs_met(cv.needs, tok, quotes):
            continue
        elif cv.needs == "clear":
            obj = _speech_object(tok)
            verb = f"{verb} {'the ' + obj.lower_ if obj is not None else 'clear'}"
        elif cv.needs == "it":
            verb = f"{verb} it"
        elif cv.needs == "topic" and (part := phrasal_particle(tok, "about|of|out")):
            verb = f"{verb} {part}"
        if tok.dep_ == "xcomp" and tok.head.lower_ not in ("to",) and _lemma_of(tok.head) not in _CARRIERS and \
                not (_adj_carrier(tok.head) and has_clause(tok)) and not caused_object(tok) and not _venue_xcomp(tok):
            continue  # "wants to say", "declined to comment", "refused to deny": an intention, not a claim
        nested = _nested(tok)
        relayed = nested and _relayed(tok)
        if tok.dep_ in ("amod", "compound") or (nested and not relayed) or _not_a_claim(lemma, tok):
            continue
        found = _source(tok, doc)
        if found is None:
            continue
        rule, src, rel = found
        if relayed:
            rule = "syn.relayed"
        if cv.cls == "cognition" and src.lower_ == "it":
            continue  # "it seems", "it feels like": no one's belief
        said_by = src
        src = plausible_source(src, findings=cv.cls == "findings")
        if src is not None and src.lower_ == "one":
            src = _named_one(src)
        if src is None and cv.cls == "findings" and said_by.lower_ in BARE_DATA and that_next(tok):
            src = said_by  # "Data show that ...": with a that-clause bare data speak for a finding
        if src is None and rule == "syn.subject" and cv.cls in ("speech", "cognition") and said_by.i < tok.i and \
                tok.dep_ != "parataxis" and \
                _possessed(said_by) and \
                has_clause(tok):
            src, rule = said_by, "syn.possessed"  # "Trump's inner circle believes that ...": a named owner's people
        if src is None:
            continue
        out.append(_make(rule, lemma, verb, claim_type, tok.idx, end, src, quotes, rel))
    return out


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


def _nested(tok) -> bool:
    """The cue stands inside what another cue verb reports ("Cruz said he's certain Rubio will continue ...",
    "Ross said Obama had told ..."): a nested attribution is part of the outer claim."""
    cur, steps = tok, 0
    while cur.head is not cur and steps < 8:
        if _concession(cur):
            return False  # "..., even though many observers doubt they would": the writer's contrast, not the claim
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.tag_.startswith("VB") and cur.head.lower_ in cue_forms() \
                and not _when_asked(cur.head) and not _own_clause(tok, cur.head):
            return True
        cur, steps = cur.head, steps + 1
    return False


def _relayed(tok) -> bool:
    """A plain speech verb inside what another plain speech verb reports, with a named or described subject of its
    own ("Howard said jurors told him the holdouts refused to deliberate", "prosecutors alleged that Noel and Thomas
    acknowledged ..."): the relayed party's own claim, a row beside the relayer's (relay_verbs.tsv). Not a pronoun
    subject ("X said he told ...": most often the relayer again); not a share or a bare count ("74 percent said",
    "520 superdelegates have said": a poll's or a tally's result, which the poll reports; "the two guards" are
    people); not under a finding, a note or an aside ("the poll showed", "pointed out that Comey said only ...")."""
    forms = relay_forms()
    if tok.lower_ not in forms or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNS", "NNP", "NNPS") or \
            subj.lower_ in ("percent", "%") or (any(c.dep_ == "nummod" for c in subj.children) and
                                                not any(c.dep_ == "det" for c in subj.children)):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "a police source said King never told detectives that ...": no claim of hers
    if not has_clause(tok) and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "the plaintiffs alleged that Lahav routinely told racially charged jokes": no proposition
    cur = tok
    while cur.head is not cur and cur.dep_ not in ("ccomp", "parataxis"):
        cur = cur.head
    return cur.head is not cur and cur.head.lower_ in forms


def _concession(clause) -> bool:
    """An adverbial clause of concession set off by a comma ("..., although critics say ...", "..., even though many
    observers doubt ..."): the small model may hang it inside the reported clause before it, but it sets another
    view against the claim and is no part of what the claim's source said."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in clause.children):
        return False
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


_CONCESSIVE = frozenset("though although whereas".split())


def _own_clause(inner, outer) -> bool:
    """'A majority of voters say ...; 26 percent of Democrats say ...': the small model hangs a clause on a cue verb
    after it across a semicolon or colon; a verb before the outer one and a ';' or ':' between them says its own."""
    return inner.i < outer.i and any(t.text in (";", ":") for t in inner.doc[inner.i + 1:outer.i])


def _when_asked(verb) -> bool:
    """'When asked why, Sembler responded ...': a subjectless participle clause the small model made the root; what
    hangs on it is the sentence's main clause, not what was asked."""
    return verb.tag_ == "VBN" and verb.i < 3 and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children) \
        and any(c.lower_ in ("when", "if", "as", "once") for c in verb.children)


# Cue verbs that report nothing negated ("did not respond", "would not confirm"; "employers cannot claim ignorance",
# "did not claim responsibility": no claim is made)
_NEG_NOT_CLAIM = frozenset("respond reply comment answer return confirm claim".split())


def _not_a_claim(lemma: str, tok) -> bool:
    """'pleaded guilty', "did not respond to a request for comment": a cue verb that reports nothing here."""
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent", "contest") for c in tok.subtree):
        return True
    if against_what(tok.doc.text, tok.idx):
        return True  # "Despite what critics might suggest, ...": a claim never given
    if cue_verbs()[lemma].cls == "cognition" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        # "Whether he knew the victim was an agent could matter": what someone knew or believed, put as an open
        # question, is no one's belief ("whether Sanders will ever tell his supporters ..." still reports a telling)
        return True
    if lemma == "find" and any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.lower_ in found_states()
                               and not any(g.dep_ in ("mark", "aux", "auxpass", "cop") for g in c.children)
                               for c in tok.children):
        return True  # "daughter found dead", "found the man unconscious": a discovery (found_states.tsv)
    if lemma == "pen" and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "penned a piece entitled “...”": writing a thing, not the quote's speech tag
    if lemma in _NEG_NOT_CLAIM and any(c.dep_ == "neg" for c in tok.children):
        return True
    if lemma in act_objects() and any(c.dep_ == "dobj" and c.lower_ in act_objects()[lemma] for c in tok.children):
        return True  # "claiming the lives of five people", "claimed 200 lives": the storm killed them (act_objects.tsv)
    if lemma == "declare" and any(c.dep_ == "dobj" and _declared_act(c) for c in tok.children):
        return True  # "declared a state of emergency", "declared war on Germany": an act (data/declared_acts.tsv)
    if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and not has_clause(tok):
        return True  # "added to his collection of titles"
    if lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and \
            not has_clause(tok) and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "before reporting to duty", "reports to the chief executive": a post, not a report
    if lemma in ("respond", "reply") and not (has_clause(tok) or any(c.dep_ == "dobj" for c in tok.children) or
                                              quote_next_to(tok, quote_spans(tok.doc.text))):
        return True  # "responded to the tweet"; not 'She responded, "Well, ..."'
    return False


def _declared_act(obj) -> bool:
    words = [t.lower_ for t in obj.subtree if t.dep_ != "det"]
    phrase = " ".join(words)
    return any(phrase == a or phrase.startswith(a + " ") for a in declared_acts())


def _lemma_of(tok) -> str:
    return cue_forms().get(tok.lower_) or _AUX_LEMMA.get(tok.lower_, tok.lower_)


_AUX_LEMMA = {"seems": "seem", "seemed": "seem", "appears": "appear", "appeared": "appear", "went": "go", "goes": "go", "going": "go", "gone": "go", "continued": "continue", "continues": "continue",
              "began": "begin", "begins": "begin", "started": "start", "starts": "start", "moved": "move",
              "repeated": "repeat", "proceeded": "proceed", "hastened": "hasten", "rushed": "rush"}


def _as_phrase(tok) -> bool:
    """'sees the vote as a referendum': an 'as' phrase on the verb, or on its object, where the small model often hangs
    it ("Voters still view Mrs. Clinton as vastly more prepared")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) or \
        any(g.dep_ == "prep" and g.lower_ == "as" for c in tok.children if c.dep_ == "dobj" for g in c.children)


def _needs_met(needs: str, tok, quotes) -> bool:
    if needs == "-":
        return True
    clause = has_clause(tok) or quote_next_to(tok, quotes)
    if needs == "clause":
        # or, for a speech verb, a proposition as its object ("is stressing the importance of ...",
        # proposition_objects.tsv) or an indirect question ("asked the students if ..."); a cognition verb's
        # "recognizes the need for" stays a stance, not a claim; a poll "found 90 percent support" is its result
        cls = getattr(cue_verbs().get(_lemma_of(tok)), "cls", None)
        return clause or cls == "speech" and (_indirect_question(tok) or any(
            c.dep_ == "dobj" and c.lower_ in proposition_objects() for c in tok.children)) \
            or cls == "findings" and _poll_result(tok)
    if needs == "noobj":
        return clause or not any(c.dep_ == "dobj" for c in tok.children)
    if needs == "quote":
        return quote_next_to(tok, quotes) or any(c.dep_ == "ccomp" for c in tok.children)
    if needs == "ask":  # "asked whether", "asked him to", '"...?" X asked', "X asked on Twitter."
        return clause or _indirect_question(tok) or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or not any(c.dep_ == "dobj" for c in tok.children)
    if needs == "topic":  # "talked about the economy", "spoke of a betrayal"; not "talked to reporters"
        return clause or any(c.dep_ in ("prep", "prt") and c.lower_ in ("about", "of", "out") for c in tok.children)
    if needs == "as":  # "sees the vote as a referendum", "considers him a liar", "believes ... that"
        return clause or _as_phrase(tok) or \
            any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    if needs == "for":  # "attacked Romney for being a failed candidate", "attacked him as ..."; not "attacked the village"
        return clause or any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "for" and _reason(c)) for c in tok.children) \
            or any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    if needs == "thing":  # "questioned Mr. Trump's veracity", "questioning Clinton's judgment"; not "questioned the suspect"
        return clause or _indirect_question(tok) or _doubted_thing(tok)
    if needs == "it":  # "as he put it"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if needs == "clear":  # "made clear that", "made it clear"; "made the case that", "made those comments"
        return any(c.lower_ == "clear" and c.dep_ in ("oprd", "ccomp", "acomp", "dobj", "advmod", "xcomp") for c in tok.children) \
            or _speech_object(tok) is not None \
            or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "clear" and has_clause(tok)
        # ("made clear the witness is reluctant": the small model hangs "clear" on the clause that follows)
    if needs == "if":
        return sorry_for_what(tok) or quote_next_to(tok, quotes)  # 'apologizes: "..."' too
    if needs == "verdict":  # 'labeled Mr. Trump "unfit to be president"', "branded him a traitor", "dubbed it as ..."
        return _names_as(tok, quotes) or _as_phrase(tok)
    if needs == "doc":
        subj = _through_relative(tok, verb_subject(tok))
        seen = subj if subj is not None else tok.head if tok.dep_ == "acl" else \
            verb_subject(tok.head) if tok.dep_ in ("advcl", "conj") and tok.head is not tok else None
        if seen is not None and seen.lower_ in picture_nouns():
            return False  # "the video did not show support", "his page ..., showing young men": seen, not claimed
        return clause or (subj is not None and subj.lower_ in DOC_NOUNS) or _doc_finding(tok)
    return True


def _doubted_thing(tok) -> bool:
    """The verb's object is a quality, act or claim, not a person ("questioned his judgment", "challenged the
    results"; not "questioned the suspect", "questioned Pence about it"): doubting it is a stance."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in ("PRP", "NNP", "NNPS") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    if source_nouns().get(obj.lower_) is not None or plausible_source(obj) is not None:
        return False  # a person, body or document: questioned as a witness, not doubted
    return not any(c.dep_ == "prep" and c.lower_ in ("about", "on", "over") for c in tok.children)


def _indirect_question(tok) -> bool:
    """'asked the students if they were ...', 'questioned whether it would pass': the small model often hangs an
    indirect question after the verb's object as an adverbial clause; after a speech verb it is what was asked."""
    return any(c.dep_ == "advcl" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") and g.i < c.i
                                                          for g in c.children) for c in tok.children)


def _doc_finding(tok) -> bool:
    """'with recent polls showing a tightening': a findings verb whose subject (or, for a participle, the noun it hangs
    on) is a poll, study or report reports its object as a finding (for 'show'; "a 2018 analysis found evidence of
    plumes" stays no claim, tests/test_claims_recall.py)."""
    lemma = _lemma_of(tok)
    if lemma not in cue_verbs() or cue_verbs()[lemma].cls != "findings" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    subj = _through_relative(tok, verb_subject(tok))
    if subj is None and tok.tag_ == "VBG" and tok.dep_ == "acl":
        subj = tok.head
    return subj is not None and subj.lower_ in _FINDING_DOCS


def _through_relative(tok, subj):
    """'the polls that show Johnson at 10 percent', 'results which suggest ...': a relative pronoun's finding is the
    finding of the noun its clause hangs on."""
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl" and tok.head.tag_ in ("NN", "NNS"):
        return tok.head
    return subj


# Documents whose object is a finding ("the poll finds Clinton ahead"); not "a video shows him", "the letter shows a date"
_FINDING_DOCS = document_parts()["finds"]  # data/document_roles.tsv


# Polls, whose object is what they found ("a recent CNN survey found 90 percent support", "the poll finds Clinton
# with a small lead"); a study or analysis that "found evidence of plumes" found a thing, not a claim
_POLLS = document_parts()["poll"]  # data/document_roles.tsv
# What a sentence that mentions a poll holds as written: each singular above, in lower case and as a sentence or a
# title opens it (a substring test, so "polls", "polling", "pollster", "Surveys" hold it too).
_POLL_MENTIONS = tuple(w for n in sorted(_POLLS) if n + "s" in _POLLS for w in (n, n.capitalize()))


def mentions_poll(sent: str) -> bool:
    """Whether `sent` may name a poll or survey: the cheap test in front of the poll readers (syntactic._IN_POLL,
    _IN_NAMED_POLL) and of attribution.find_claims's reading of a sentence with no cue word."""
    return any(w in sent for w in _POLL_MENTIONS)


def _poll_result(tok) -> bool:
    subj = verb_subject(tok)
    return subj is not None and subj.lower_ in _POLLS and any(c.dep_ == "dobj" for c in tok.children)


_SPELL = frozenset("hours hour days day weeks week months month years year minutes nights night time decades".split())


def _reason(prep) -> bool:
    """'for being a failed candidate', 'for her ties to Wall Street': a reason, not a stretch of time ("for hours")."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.lower_ not in _SPELL and not any(g.tag_ == "CD" for g in obj.children)


def _names_as(tok, quotes) -> bool:
    """'called the remarks "racist"', "calls Horgos a mistake", "calling Trump his friend": the verb gives its object a
    second, predicative complement (however the small model hangs it), not "called the police"."""
    kids = list(tok.children)
    if any(c.dep_ in ("oprd", "ccomp") for c in kids):
        return True
    if sum(c.dep_ == "dobj" for c in kids) >= 2 or any(c.dep_ == "xcomp" and c.tag_[:2] in ("NN", "JJ") for c in kids):
        return True
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or not quotes:
        return False
    end = max(t.idx + len(t.text) for t in obj.subtree)
    if any(0 <= s - end <= 2 for s, _ in quotes):
        return True  # 'called it "shameful"'
    doc = tok.doc
    last = min(len(doc), max(t.i for t in obj.subtree) + 8)
    if any(obj.idx < s < doc[last - 1].idx + len(doc[last - 1].text) and not any(t.text == "." for t in doc[obj.i:last] if t.idx < s)
           for s, _ in quotes):
        # 'calls the issue of security "a priority"', 'calling him, among other things, "a failed candidate"': the
        # verdict's quotation opens inside the object or a few words after it, however the model hung it
        return True
    # 'calling the protester "a very obnoxious guy"', 'called Clinton, his challenger, an ISIS "co-founder"': the
    # model hung the verdict on the object as an apposition; the quotation opens inside it
    appos = [span_of(list(c.subtree)) for c in obj.children if c.dep_ == "appos"]
    if any(a <= s < b for s, _ in quotes for a, b in appos):
        return True
    # 'called the massacre by his son, Omar Mateen, "the act of a terrorist"': the verdict hung as an apposition inside
    # a phrase after the object; the quotation opens at the apposition
    later = [span_of(list(t.subtree)) for c in kids if c.dep_ in ("prep", "agent") and c.i > obj.i
             for t in c.subtree if t.dep_ == "appos" and t.i > c.i]
    return any(a - 2 <= s < b for s, _ in quotes for a, b in later)


def _speech_object(tok):
    """The object that makes a light verb a speech act ("made the case", "made those comments"), or None; not a
    negated or quantified one ("made no comment")."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ in speech_nouns() and \
                not any(g.dep_ == "det" and g.lower_ in ("no", "any") for g in c.children):
            return c
    return None


def _own_subject_before(tok, doc) -> bool:
    """A conjoined verb with no subject in the parse but a noun right before it (and its auxiliaries and adverbs):
    the small model lost the verb's own subject ("..., and numerous polls and surveys have found that ..."), which
    is not the first verb's."""
    first = min([tok.i] + [c.i for c in tok.children if c.i < tok.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")])
    return first > 0 and doc[first - 1].tag_ in ("NN", "NNS", "NNP", "NNPS") and doc[first - 1].dep_ != "npadvmod"


def _source(tok, doc):
    """(rule, source head token) for the cue verb `tok`, or None."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.tag_.startswith("NN") and \
            tok.head.i < tok.i and agent_of(tok) is None and any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
        # "The GOP front-runner predicted in March that ...": the small model read the finite verb as a participle on a
        # noun it made the root, though a participle with an object or a clause is active; the noun is its subject
        return "syn.root_noun", tok.head, None
    if is_passive(tok):
        agent = agent_of(tok)
        finite = any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        cv = cue_verbs().get(_lemma_of(tok))
        if agent is not None and not finite and tok.dep_ == "acl" and tok.tag_ == "VBN" and cv is not None and \
                cv.cls in ("speech", "cognition") and cv.needs != "noobj" and cv.lemma not in _MADE_BY:
            return "syn.reduced_agent", agent, None  # "a fact first reported by Christopher Heath": a passive all the same
        if agent is not None and not finite and tok.dep_ == "advcl" and tok.tag_ == "VBN" and cv is not None and \
                cv.needs == "ask":
            # "When asked by a reporter whether ..., Trump said": the reporter asked something; "Asked about the
            # tattoo by newspaper GP, Tegnell said": a topic only, the interviewer asserts nothing (no row)
            return ("syn.agent", agent, None) if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) else None
        return ("syn.agent", agent, None) if agent is not None and finite else None
    if tok.lower_ in _PARTICIPLE_ONLY and tok.dep_ in ("ROOT", "conj") and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # a headline drops "was" ("Jury shown horrific moment ...", "Cabinet shown plan"): a bare participle is a
        # passive, its subject was shown or told something and says nothing (the tagger may read it as a past tense)
        return None
    subj = verb_subject(tok)
    if subj is not None:
        if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            if tok.head.dep_ in ("pobj", "dobj", "attr", "conj"):
                # "a backlash from business leaders who say the law ...", "ammunition to Republicans who say ...": an
                # object's relative clause reports a claim of that object's own when a speech verb governs a clause
                # and the object names people ("who"); not "policies that ...", "a plan which shows ..."
                cls = cue_verbs()[_lemma_of(tok)].cls
                if subj.lower_ == "who" and (has_clause(tok) and cls == "speech" or
                                             source_nouns().get(tok.head.lower_) not in ("body", "document", "media") and
                                             (has_clause(tok) and cls == "cognition" or subj.i > 0 and
                                              doc[subj.i - 1].text == "," and cls in ("speech", "stance"))):
                    # also, when the object names people (not "the department, who" the model hung on the wrong noun),
                    # a belief ("lawmakers who thought she was ...") and, set off by a comma, a speech act or an
                    # accusation without a clause ("opponents on the left, who accused the candidate of ...")
                    return "syn.relative_obj", tok.head, subj
                if subj.lower_ in ("that", "which") and cls == "findings" and (
                        tok.head.lower_ in _FINDING_DOCS or tok.head.lower_ in DOC_NOUNS and has_clause(tok)):
                    # "provides entrance poll results that show where ...", "a 2014 paper that found ...": a poll,
                    # study or report as an object reports the finding its relative clause names
                    return "syn.relative_obj", tok.head, subj
                if (issued := _issued_relative(tok, subj, cls)) is not None:
                    return issued
                return None
            if all(c.dep_ in ("nsubj", "aux", "neg", "advmod", "npadvmod", "punct") for c in tok.children) and \
                    tok.i + 1 < len(doc) and (doc[tok.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD") or
                                              doc[tok.i + 1].dep_ == "punct") and \
                    not any(a <= tok.idx < b for a, b in quote_spans(parsed_text(doc))):
                # (the verb right before the main clause's verb or a comma: "who brags he has held ..." has its clause,
                # whatever the parse hung it on)
                return None  # "A second mother who testified was shot": who she is, with nothing she said
            return "syn.relative", tok.head, subj
        if subj.lower_ in ("him", "them", "me", "us") or (subj.lower_ == "her" and subj.dep_ != "poss" and subj.tag_ == "PRP"):
            return None  # "let her know": an object, not a speaker
        if tok.dep_ == "ccomp" and tok.head.lower_ in _LET and cue_verbs()[_lemma_of(tok)].cls == "cognition":
            return None  # "a sign letting customers know that masks must be worn": told, not telling
        return "syn.subject", _after_opening_clause(subj, tok), None
    if (subj := set_off_subject(tok)) is not None:
        return "syn.subject", subj, None
    if (subj := inverted_speaker(tok)) is not None:
        return "syn.inverted", subj, None
    # no subject of its own: a poll's share right before it speaks ("left 62 percent of voters saying ..."), else
    # borrow the subject of the verb it hangs on
    if tok.dep_ == "advcl" and (said_by := _noun_before(tok)) is not None and \
            (said_by.lower_ in _SHARE_HEADS or said_by.tag_ == "CD"):
        return "syn.noun_participle", said_by, None
    head, rule = tok, None
    for _ in range(4):
        if head.dep_ == "conj" and head.head is not head:
            if head.tag_ == "VB" and head.head.tag_ in ("VBZ", "VBD") and \
                    not any(c.dep_ in ("aux", "auxpass") for c in head.children):
                # "an arc of volcanoes and fault lines" read as "is ... and fault": a bare form cannot share a finite
                # verb's subject ("says and fault"), so the small model has made a verb of a noun
                return None
            if head is tok and _own_subject_before(tok, doc):
                return None  # "The county is 43 percent black, and numerous polls have found that ...": the polls'
            head, rule = head.head, rule or "syn.conj"
        elif head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > 0 and doc[head.i - 1].text == "," and head.head is not head:
            head, rule = head.head, rule or "syn.participle"
        elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep" and \
                head.head.lower_ in _GERUND_PREPS and head.head.head is not head.head:
            head, rule = head.head.head, rule or "syn.participle"  # "Sanders, after initially saying ..., changed course"
        elif head.dep_ == "acl" and head.tag_ == "VBG" and head.i > 1 and "," in (doc[head.i - 1].text, doc[head.i - 2].text) \
                and head.head.dep_ in ("dobj", "attr", "pobj") and head.head.head.tag_.startswith("VB"):
            head, rule = head.head.head, rule or "syn.participle"  # 'talked up her "strategy," promising ...'
        elif head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lower_ in _CARRIER_NOUNS and \
                head.head.dep_ in ("dobj", "pobj") and not any(c.dep_ == "nsubj" for c in head.children) and \
                not any(c.dep_ == "poss" for c in head.head.children):
            # "she released a statement saying ...", "he sent a memo to The Post explaining ...": the statement's
            # author is the subject of the verb that issued it
            owner = head.head.head.head if head.head.dep_ == "pobj" else head.head.head
            if not owner.tag_.startswith("VB"):
                break
            head, rule = owner, rule or "syn.issued"
        elif head.dep_ == "advcl" and head.tag_ == "VBG" and head.head is not head and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head, rule = head.head, rule or "syn.advcl"  # "while urging his critics to ...", no comma before it
        elif (head.dep_ == "advcl" or _venue_xcomp(head)) and head.tag_ == "VB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and head.head.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux", "neg") and c.tag_ in ("MD", "RB", "PRP")
                                                        and c.dep_ != "nsubj" for c in head.head.children) \
                and cue_verbs().get(_lemma_of(head), None) is not None and cue_verbs()[_lemma_of(head)].cls == "speech" \
                and (sorry_for_what(head) if cue_verbs()[_lemma_of(head)].needs == "if" else has_clause(head)):
            # "Tom Emanuel stood at a Bush event to say he was leaning toward Mr. Trump", "went on ABC to defend
            # ...": a speech act done on a stage the sentence sets, with what it said (not "would do better to say",
            # "pressure on her to say", "the CSTO, which convened on Tuesday to discuss the situation")
            head, rule = head.head, rule or "syn.purpose"
        elif head.dep_ == "xcomp" and _lemma_of(head.head) in _CARRIERS:
            head, rule = head.head, rule or "syn.xcomp"
        elif head.dep_ == "advcl" and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and (carrier := _carrier_of(head)) is not None:
            # "Pence went on to say he's confident", "Auerbach went so far as to say: ...": the small model hangs the
            # infinitive on the carrying verb as an adverbial clause, not a complement; the subject is the carrier's
            head, rule = carrier, rule or "syn.xcomp"
        elif head.dep_ == "xcomp" and _adj_carrier(head.head) and head.head.dep_ == "acomp":
            head, rule = head.head.head, rule or "syn.xcomp"  # "Trump was quick to add that ...": the copula's subject
        elif (obj := caused_object(head)) is not None:
            return "syn.causative", obj, None  # "led some allies to worry whether ...": the object is made to think
        else:
            break
        subj = verb_subject(head)
        if subj is None and tok.lower_ in cue_forms() and _after_passive(tok, head, rule):
            # "Mr. Trump was forced into damage control and said that ...", "He was asked about it, saying ...": the
            # passive's subject is also the subject of the active verb conjoined with or hung on it
            subj = next((c for c in head.children if c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and head.dep_ == "relcl":
                return rule, head.head, subj
            return rule, subj, None
    if (said_by := _noun_before(tok)) is not None:
        return "syn.noun_participle", said_by, None
    return None


def _issued_relative(tok, rel, cls):
    """'Rand Paul has released a Web video that accuses Cruz of ...', 'Sanders is releasing an ad that urges voters to
    ...': a speech or stance verb in a relative clause on what a speaker issues (a statement, ad, video, letter), the
    object of a verb with a subject, says what its issuer says, as "a statement saying ..." does (syn.issued). Not
    a possessed one ("Trump's video, which ...": whose words it holds is the possessor's, read elsewhere) and not a
    finding ("a report that found ...": the report's own, syn.relative_obj)."""
    carrier, owner = tok.head, tok.head.head
    if rel.lower_ not in ("that", "which") or cls not in ("speech", "stance") or carrier.dep_ != "dobj" or \
            carrier.lower_ not in _CARRIER_NOUNS or not owner.tag_.startswith("VB") or \
            any(c.dep_ == "poss" for c in carrier.children):
        return None
    subj = verb_subject(owner)
    if subj is None:
        return None
    if subj.lower_ in _RELATIVE and owner.dep_ == "relcl":
        return "syn.issued", owner.head, subj  # "Paul, who released a video that accuses ...": Paul
    return "syn.issued", subj, None


def _venue_xcomp(inf) -> bool:
    """'Donald Trump took to Twitter to say that ...', 'went on Fox News on Monday to say ...': the small model may hang
    a purpose infinitive on the verb as its complement (xcomp) instead of an adverbial clause. It is a purpose all the
    same when the verb takes a place or medium ('to Twitter', 'on Fox News') before it and no object that could be the
    infinitive's subject ("urged Trump to say", "told him to say") and is no cue word of its own ("called on Trump to
    say": Trump is to say it)."""
    verb = inf.head
    if inf.dep_ != "xcomp" or verb is inf or verb.i > inf.i or not _VENUE_VERBS.intersection(word_lemmas(verb.lower_).get("VERB", ())):
        return False
    if any(c.dep_ in ("dobj", "dative", "ccomp", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.i < inf.i and any(g.dep_ == "pobj" and g.tag_ != "PRP" for g in c.children)
               for c in verb.children)


def _carrier_of(inf):
    """The verb that carries the speech infinitive `inf` read as an adverbial clause: "went on to say" (a carrier with
    its particle), "went so far as to say" (through "far"); else None."""
    head = inf.head
    if head.lower_ == "far" and any(c.dep_ == "mark" and c.lower_ == "as" for c in inf.children) and head.head is not head:
        head = head.head
    elif not any(c.dep_ == "prt" for c in head.children):
        return None  # "went to Iowa to say ...": a purpose (syn.purpose), not a carrier
    return head if head.tag_.startswith("VB") and _lemma_of(head) in _CARRIERS else None


def _after_opening_clause(subj, tok):
    """'Speaking with Professor Sharon Lewin, ..., and Professor Shitij Kapur – dean of ... – Dr Fauci said ...': after
    a participle clause that opens the sentence, the small model may take the last name it governs for the verb's
    subject and hang the real subject on it as an apposition. A name apposed to a name and standing right before the
    verb is the subject; the first name belongs to the opening clause."""
    doc = tok.doc
    first = next((t for t in doc if not t.is_punct), None)
    if first is None or first.tag_ not in ("VBG", "VBN") or first.dep_ != "advcl" or first.head.i != tok.i or \
            subj.tag_ not in ("NNP", "NNPS") or not subj.i < tok.i:
        return subj
    names = [c for c in subj.children if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and c.i > subj.i and
             max(t.i for t in c.subtree) == tok.i - 1]
    return names[-1] if names else subj


def _after_passive(tok, head, rule) -> bool:
    """`tok` shares the subject of the passive `head`: conjoined right after its 'and' ("was forced into damage
    control and said that ..."; not "..., and one of the officers saw") or a gerund after a preposition on it ("was
    suspended after slamming ..."); not a participle set off by a comma, whose doer may be anyone in the clause
    ("Nichols was spared ... when the jury failed ..., recommending that punishment")."""
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children) or any(c.dep_ == "agent" for c in tok.children):
        return False
    doc = tok.doc
    if rule == "syn.conj" and tok.dep_ == "conj" and tok.head.i == head.i:
        j = tok.i - 1
        while j > head.i and doc[j].dep_ in ("advmod", "aux", "neg") and doc[j].head.i == tok.i:
            j -= 1
        return doc[j].dep_ == "cc" and doc[j].lower_ in ("and", "but")
    if rule == "syn.advcl" and tok.tag_ == "VBG" and tok.head.i == head.i and head.lower_ in witnessed_participles():
        return True  # "Nichols was recorded saying he didn't regret ...", "she was heard telling ...": hers
    return rule == "syn.participle" and tok.dep_ == "pcomp" and tok.head.head.i == head.i


# Prepositions whose gerund is an act of the clause's subject ("Sanders, after initially saying ...", "aside from
# stating that ...", "focused on reiterating ..."); not "for" / "of" / "about", whose gerund is often the object's
# ("criticized Romney for saying", "accused him of lying")
# Verbs whose participle with an agent names a thing made, not a claim ("the concept proposed by X", "the views
# expressed by X are their own"); "a fact first reported by X", "still seen by many as" report one
_MADE_BY = frozenset("propose express".split())
_GERUND_PREPS = frozenset("after before while by in since upon when from on".split())
# Heads of a noun phrase that a participle right after it reports for: a poll's share, a group of people, a poll
# ("62 percent of voters saying race relations are worse", "with recent polls showing a tightening")
_SHARE_HEADS = frozenset("percent % share proportion majority plurality half third thirds quarter fourths".split())


# Prepositions whose object is whom a message goes to, not who says it ("an email to supporters saying ...")
_TO_WHOM = frozenset(["to"])


def _noun_before(tok):
    """'left 62 percent of voters saying ...', 'with recent polls showing ...', 'GOP primary voters saying they want
    ...': a participle with no subject and no comma before it, right after an object that is a poll's share, plural
    people or a poll; the object is who says it. Not after a single name ("attacked Clinton saying ...": the
    subject's act) and not what syn.participle reads (a comma: the sentence's subject)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or tok.i == 0 or tok.doc[tok.i - 1].is_punct:
        return None
    lemma = _lemma_of(tok)
    cls = cue_verbs()[lemma].cls if lemma in cue_verbs() else None
    if cls is None or not (has_clause(tok) or cls == "findings" and any(c.dep_ == "dobj" for c in tok.children) or
                           _speaker_acl(tok, cls)):
        return None
    noun = tok.head if tok.dep_ == "acl" else tok.doc[tok.i - 1]
    while noun.dep_ in ("compound", "amod", "nummod") and tok.i > noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i and \
            (noun.head.head.lower_ in _SHARE_HEADS or noun.head.head.tag_ == "CD"):
        noun = noun.head.head  # "62 percent of voters": the share, with whom it counts
    if noun.dep_ == "pobj" and noun.head.lower_ in _TO_WHOM:
        return None  # "sent a text message to supporters saying ...": what the sender says to them
    if noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "ROOT") or \
            max(t.i for t in noun.subtree if t.i < tok.i) != tok.i - 1 or not noun.tag_.startswith(("NN", "CD")):
        return None
    low = noun.lower_
    if cls == "findings":
        return noun if low in _FINDING_DOCS else None
    if low in _SHARE_HEADS or noun.tag_ == "CD":
        return plausible_source(noun)
    if noun.tag_ in ("NNS", "NNPS") and low not in DOC_NOUNS and noun.dep_ != "dobj":
        return plausible_source(noun)  # not "emailed supporters saying: ...": the subject's own message
    if _speaker_acl(tok, cls) and noun is tok.head:
        return plausible_source(noun)  # "a U.S.-born gunman claiming allegiance to ...", "a chorus of Democrats urging"
    return None


def _speaker_acl(tok, cls: str) -> bool:
    """'a chorus of Democrats urging him to bow out', 'a gunman claiming allegiance to ...': a speech or stance
    participle right after a person or body noun it hangs on (the cue's needs already met), not an object of the
    clause's verb ("attacked Clinton saying ...", "emailed supporters saying": the subject's own act) or a recipient
    ("a text message to supporters saying": the sender's), and not a document (syn.issued reads "released a
    statement saying" as its issuer's). The participle must say something: an object, a clause, a quotation or its
    particle ("calling for"); not "with nine witnesses testifying over three days"."""
    noun = tok.head
    if not (tok.dep_ == "acl" and cls in ("speech", "stance") and noun.i < tok.i and noun.dep_ != "dobj" and
            not (noun.dep_ == "pobj" and noun.head.lower_ in _TO_WHOM) and noun.tag_ in ("NN", "NNS") and
            source_nouns().get(noun.lower_) in ("person", "body") and noun.lower_ not in DOC_NOUNS):
        return False
    return has_clause(tok) or any(c.dep_ in ("dobj", "xcomp", "ccomp", "prt") for c in tok.children) or \
        cue_verbs()[_lemma_of(tok)].needs.startswith("prt:") or quote_next_to(tok, quote_spans(tok.doc.text))


def _close_name(src):
    """'said fisherman's wife Mapahai, 35': a person noun with a name in close apposition right after it (no comma)
    is that named person."""
    if src.tag_ == "NN" and source_nouns().get(src.lower_) == "person" and src.i + 1 < len(src.doc):
        nxt = src.doc[src.i + 1]
        if nxt.dep_ == "appos" and nxt.head.i == src.i and nxt.tag_ == "NNP" and nxt.text[:1].isupper():
            return nxt
        if (name := _coordinated_office_name(src)) is not None:
            return name
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


def _make(rule: str, lemma: str, verb: str, claim_type: str, c0: int, c1: int, src, quotes, rel=None) -> SynCue:
    src = _close_name(src)
    toks = source_tokens(src)
    if src.idx < c0 and any(t.idx >= c0 for t in toks):
        toks = [t for t in toks if t.idx < c0]  # "100% of the women commenting ...": the source ends before its cue
    s0, s1 = span_of(toks)
    if rel is not None and rel.i > src.i and rel.i - src.i <= 3:
        s1 = rel.idx + len(rel.text)  # "a retired general who": the relative pronoun is the clause's own mention
    # a quotation that opens at the cue, its source outside before it, quotes the source's own verb too ('The
    # Government provided no messages, but "made clear that all key decisions were recorded"'): the source's claim
    text = src.doc.text
    in_quote = any(a < c0 < b and not (s1 <= a and not text[a:c0].strip(_MARKS)) for a, b in quotes)
    f0, f1 = span_of(list(src.subtree))
    inner = tuple(span_of(list(c.subtree)) for c in src.rights if c.dep_ in ("relcl", "acl", "prep"))
    deep = tuple(span_of(list(t.subtree)) for t in src.subtree if t.i > src.i and t.dep_ in ("relcl", "acl", "prep"))
    clauses = tuple(span_of(list(c.subtree)) for c in src.rights if c.dep_ in ("relcl", "acl"))
    return SynCue(rule, lemma, verb, claim_type, c0, c1, s0, s1, original(src), src.tag_, owner_of(src), in_quote, f0, f1, inner,
                  deep, clauses)


def _adjective_cue(tok, doc, quotes) -> SynCue | None:
    """'they are convinced that ...', 'Ms. Henry remains confident that ...', 'is worried that ...': a belief adjective
    (data/stance_adjectives.tsv) after a copula, or the model's passive ('are convinced'), with a clause of its own;
    the source is the copula's subject. Not 'concerned about', 'worried by', 'a confident speech'."""
    if not (any(c.dep_ == "ccomp" for c in tok.children) or that_next(tok)) or _nested(tok):
        return None
    if any(c.lower_ in ("enough", "so", "too") for c in tok.children) or tok.doc[tok.i + 1: tok.i + 2].text == "enough":
        return None  # "concerned enough that they have begun ...": a result, not a belief
    if tok.dep_ == "acomp" and tok.head.tag_.startswith("VB"):
        found = _source(tok.head, doc)
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
    return _make("syn.adjective" if rule == "syn.subject" else rule, tok.lower_, tok.lower_, "statement", tok.idx,
                 tok.idx + len(tok.text), src, quotes, rel)


def _colon_quote_cue(tok, quotes) -> SynCue | None:
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
    return _make("syn.colon_quote", tok.lower_, tok.lower_, "statement", tok.idx, tok.idx + len(tok.text), src, quotes)


def _records_show(tok, lemma: str, quotes) -> SynCue | None:
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
    return _make("syn.records_show", lemma, _PAST.get(lemma, lemma), "statement", tok.idx, tok.idx + len(tok.text), src,
                 quotes)


_POSSESSIVE = frozenset("his her their its".split())
# Verbs that make their claim-noun object the subject's own claim ("pressing the case that", "repeated the claim
# that", "reiterated the view that"); "made the argument that" is the cue verb "make" (speech_nouns.tsv)
_LIGHT_VERBS = frozenset("press repeat reiterate restate renew push advance issue deliver voice express make".split())


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
    infinitive right after it says what is asked for (not "a call to arms": a phrase, no verb)."""
    doc = noun.doc
    if claim_nouns()[noun.lower_] != "appeal" or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return False
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.i == noun.i + 2 and
               any(g.dep_ == "aux" and g.i == noun.i + 1 for g in c.children) for c in noun.children)


def _that_clause(noun, at: int) -> bool:
    """A that-clause on `noun` that opens at token `at`: 'that' as a complementiser (not the relative pronoun "the
    argument that won", tagged WDT) starting a clause the parse hung on the noun (acl / ccomp), whatever role the small
    model gave the 'that' itself ("the argument by X that the cuts will pay": 'that' read as the object of 'pay')."""
    doc = noun.doc
    if at >= len(doc) or doc[at].lower_ != "that" or doc[at].tag_ != "IN":
        return False
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > at), None)
    return clause is not None and min(t.i for t in clause.subtree) == at


def _noun_cue(tok, quotes) -> SynCue | None:
    """'Trump's assertion that Russia should hack ...', "his earlier statements that the contact never occurred",
    "accusations by the campaign that ...", "the suggestion of the senator that ...": a claim noun whose possessor (or
    'by'/'from'/'of' phrase) names who made it and whose that-clause says what; not "the claim that ..." (no one
    named) or "his claims" (no content). syn.noun_light: "X has been pressing the case that ...", "X repeated the
    claim that ...": the object of a light verb of saying again or urging, made by the verb's subject."""
    if _nested(tok):
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
    if src is None and that and tok.dep_ == "dobj" and _light_verb(tok.head, tok) and not is_passive(tok.head) and \
            not any(c.dep_ == "det" and c.lower_ not in ("the", "a", "an") for c in tok.children):
        # the light verb's own subject, or the one it borrows ("..., pressing the case that ...": the clause's subject)
        found = _source(tok.head, tok.doc)
        if found is not None and found[0] in ("syn.subject", "syn.conj", "syn.participle", "syn.advcl") and \
                found[1].lower_ not in _RELATIVE | {"it", "this", "there"}:
            src, rule = found[1], "syn.noun_light"
    if src is not None and not that and tok.dep_ == "nsubj" and tok.head.lower_ in ("is", "was", "remains", "remained"):
        # "Their fear is that ...", "Rubio's response was that ...": the copula's that-clause is the content
        that = any(c.dep_ in ("ccomp", "attr") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                   for c in tok.head.children)
    if src is None or not that:
        return None
    if not (src.tag_ == "PRP$" and src.lower_ in _POSSESSIVE):
        src = plausible_source(src)
        if src is None:
            return None
    end = tok.idx + len(tok.text)
    cue = _make(rule, tok.lower_, tok.lower_, claim_nouns()[tok.lower_], tok.idx, end, src, quotes)
    kept = [t for t in source_tokens(src) if t.dep_ != "case"]  # "Trump's": the name without its 's
    return replace(cue, src_end=max(t.idx + len(t.text) for t in kept)) if kept else cue
