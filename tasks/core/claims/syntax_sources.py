"""Who is the source of a cue verb in the parse: its subject, a passive's agent, the noun its relative clause hangs
on, a poll's share before its participle, or the subject of the verb that carries it (conjoined, participle, purpose,
"went on to say", "released a statement saying"). Each answer names its rule (syntax.py lists them)."""
from __future__ import annotations

from .cue_words import cue_forms, cue_frames, cue_verbs, reduced_passives, witnessed_participles
from .figure_words import share_parts
from .inflections import verb_forms, word_lemmas
from .source_words import document_parts, held_participles, source_nouns, work_nouns
from .parse import parsed_text
from .plausible import plausible_source
from .syntax_gates import needs_met
from .syntax_tokens import agent_of, caused_object, has_clause, inverted_speaker, is_passive, object_tag_speaker, \
    quote_next_to, quote_spans, set_off_subject, sorry_for_what, unquoted_tag_speaker, verb_subject
from .syntax_words import CARRIERS, DOC_NOUNS, FINDING_DOCS, RELATIVE, adj_carrier, lemma_of, participle_only


# Verbs of going to a place or medium whose infinitive after that place is the act done there ("took to Twitter to say",
# "went on CNN to argue", "came to the Senate floor to say", "turned to Facebook to say"); not verbs of intention or
# refusal ("declined on Monday to say", "waited for weeks to say"), whose infinitive is no claim made
_VENUE_VERBS = cue_frames()["venue"]  # data/cue_frames.tsv
# Nouns for what a speaker issues, whose participle reports its content ("a statement saying", "a memo explaining").
_CARRIER_NOUNS = document_parts()["carrier"]  # data/document_roles.tsv
# "let X know / see / understand": X is the one told, the subject of the cognition verb only in the parse
_LET = verb_forms(("let",))
# Verbs whose participle with an agent names a thing made, not a claim ("the concept proposed by X", "the views
# expressed by X are their own"); "a fact first reported by X", "still seen by many as" report one
_MADE_BY = cue_frames()["made_by"]  # data/cue_frames.tsv
# Prepositions whose gerund is an act of the clause's subject ("Sanders, after initially saying ...", "aside from
# stating that ...", "focused on reiterating ..."); not "for" / "of" / "about", whose gerund is often the object's
# ("criticized Romney for saying", "accused him of lying"). Prepositions are grammar (a closed class): kept here.
_GERUND_PREPS = frozenset("after before while by in since upon when from on".split())
# Heads of a noun phrase that a participle right after it reports for: a poll's share, a group of people, a poll
# ("62 percent of voters saying race relations are worse", "with recent polls showing a tightening")
_SHARE_HEADS = share_parts()["heads"]  # data/share_nouns.tsv
# Prepositions whose object is whom a message goes to, not who says it ("an email to supporters saying ...")
_TO_WHOM = frozenset(["to"])
# participles of an accusation with its charge ("accused of", "criticized for": reduced_passives.tsv)
_CHARGED = frozenset(p for p, _ in reduced_passives())


def find_source(tok, doc):
    """(rule, source head token, the relative pronoun that names it or None) for the cue verb `tok`, or None."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.tag_.startswith("NN") and \
            tok.head.i < tok.i and agent_of(tok) is None and any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
        # "The GOP front-runner predicted in March that ...": the small model read the finite verb as a participle on a
        # noun it made the root, though a participle with an object or a clause is active; the noun is its subject
        return "syn.root_noun", tok.head, None
    if is_passive(tok):
        if lemma_of(tok) in ("cite", "quote") and any(t.lower_ == "saying" and t.doc[t.i - 1].lower_ == "as"
                                                      for t in tok.subtree if t.i > 0):
            return None  # "X was cited by Y as saying": X speaks, Y only carried the words (attribution._QUOTED_AS)
        agent = agent_of(tok)
        finite = any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        cv = cue_verbs().get(lemma_of(tok))
        if agent is not None and not finite and tok.dep_ == "acl" and tok.tag_ == "VBN" and cv is not None and \
                (cv.cls in ("speech", "cognition") or tok.lower_ in _CHARGED) and cv.needs != "noobj" and \
                cv.lemma not in _MADE_BY:
            # (and an accusation's participle, "Maduro, accused by the opposition of rigging the vote": the agent accuses)
            return "syn.reduced_agent", agent, None  # "a fact first reported by Christopher Heath": a passive all the same
        if agent is not None and not finite and tok.dep_ == "advcl" and tok.tag_ == "VBN" and cv is not None and \
                cv.needs == "ask":
            # "When asked by a reporter whether ..., Trump said": the reporter asked something; "Asked about the
            # tattoo by newspaper GP, Tegnell said": a topic only, the interviewer asserts nothing (no row)
            # "Asked by Reuters to comment, a police spokesperson said": a bare request to speak (a speech verb under it
            # with nothing of its own) is the interviewer's question only; "asked by X to respond to Trump's criticism"
            # still puts something to the speaker
            asks = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
            if asks and all(c.dep_ == "xcomp" and getattr(cue_verbs().get(lemma_of(c)), "cls", None) == "speech" and
                            all(g.dep_ in ("aux", "advmod", "punct") for g in c.children) for c in asks):
                return None
            return ("syn.agent", agent, None) if asks else None
        return ("syn.agent", agent, None) if agent is not None and finite else None
    if participle_only(tok.lower_) and tok.dep_ in ("ROOT", "conj") and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # a headline drops "was" ("Jury shown horrific moment ...", "Cabinet shown plan"): a bare participle is a
        # passive, its subject was shown or told something and says nothing (the tagger may read it as a past tense)
        return None
    subj = verb_subject(tok)
    if subj is not None and subj.i < tok.i and _objectless_prep(doc, subj, tok):
        subj = None  # "came to office pledging to ...": the small model made the preposition's object the subject
    if subj is not None:
        if subj.lower_ in RELATIVE and tok.dep_ == "relcl":
            if tok.head.dep_ in ("pobj", "dobj", "attr", "conj"):
                # "a backlash from business leaders who say the law ...", "ammunition to Republicans who say ...": an
                # object's relative clause reports a claim of that object's own when a speech verb governs a clause
                # and the object names people ("who"); not "policies that ...", "a plan which shows ..."
                cls = getattr(cue_verbs().get(lemma_of(tok)), "cls", None)
                # a belief adjective's copula (adjective_cue: "residents in the area, who are worried that there could
                # be further attacks") is no cue verb: the adjective's clause makes it a belief
                clause = has_clause(tok) or \
                    cls is None and any(c.dep_ == "acomp" and has_clause(c) for c in tok.children)
                cls = cls or ("cognition" if clause else None)
                # a view of a thing "as" something holds a proposition as a clause does ("analysts who view it as a
                # setback for the economy": it is a setback); cue_verbs.tsv's "as" verbs only
                clause = clause or cls == "cognition" and cue_verbs()[lemma_of(tok)].needs == "as" and needs_met("as", tok, ())
                if subj.lower_ == "who" and (clause and cls == "speech" or
                                             source_nouns().get(tok.head.lower_) not in ("body", "document", "media") and
                                             (clause and cls == "cognition" or subj.i > 0 and
                                              doc[subj.i - 1].text == "," and cls in ("speech", "stance"))):
                    # also, when the object names people (not "the department, who" the model hung on the wrong noun),
                    # a belief ("lawmakers who thought she was ...") and, set off by a comma, a speech act or an
                    # accusation without a clause ("opponents on the left, who accused the candidate of ...")
                    return "syn.relative_obj", tok.head, subj
                if subj.lower_ in ("that", "which") and cls == "findings" and (
                        tok.head.lower_ in FINDING_DOCS or tok.head.lower_ in DOC_NOUNS and has_clause(tok)):
                    # "provides entrance poll results that show where ...", "a 2014 paper that found ...": a poll,
                    # study or report as an object reports the finding its relative clause names
                    return "syn.relative_obj", tok.head, subj
                if (issued := _issued_relative(tok, subj, cls)) is not None:
                    return issued
                if subj.lower_ in ("that", "which") and _speaking_antecedent(tok, subj, cls, clause):
                    return "syn.relative_obj", tok.head, subj
                return None
            if all(c.dep_ in ("nsubj", "aux", "neg", "advmod", "npadvmod", "punct") for c in tok.children) and \
                    tok.i + 1 < len(doc) and (doc[tok.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD") or
                                              doc[tok.i + 1].dep_ == "punct") and \
                    not any(a <= tok.idx < b for a, b in quote_spans(parsed_text(doc))):
                # "A second mother who testified was shot": who she is, with nothing she said (the verb right before
                # the main clause's verb or a comma: "who brags he has held ..." has its clause, whatever the parse
                # hung it on)
                return None
            return "syn.relative", tok.head, subj
        if subj.lower_ in ("him", "them", "me", "us") or (subj.lower_ == "her" and subj.dep_ != "poss" and subj.tag_ == "PRP"):
            return None  # "let her know": an object, not a speaker
        if tok.dep_ == "ccomp" and tok.head.lower_ in _LET and \
                getattr(cue_verbs().get(lemma_of(tok)), "cls", None) == "cognition":
            return None  # "a sign letting customers know that masks must be worn": told, not telling
        return "syn.subject", _after_opening_clause(subj, tok), None
    if (subj := set_off_subject(tok)) is not None:
        return "syn.subject", subj, None
    if (subj := inverted_speaker(tok)) is not None:
        return "syn.inverted", subj, None
    if (subj := unquoted_tag_speaker(tok)) is not None:
        return "syn.inverted", subj, None
    if (subj := object_tag_speaker(tok)) is not None:
        return "syn.inverted", subj, None
    # no subject of its own: a poll's share right before it speaks ("left 62 percent of voters saying ..."), else
    # borrow the subject of the verb it hangs on
    if tok.dep_ == "advcl" and (said_by := _noun_before(tok)) is not None and \
            (said_by.lower_ in _SHARE_HEADS or said_by.tag_ == "CD"):
        return "syn.noun_participle", said_by, None
    if (said_by := _prep_subject(tok)) is not None:
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
        elif (head.dep_ == "advcl" or venue_xcomp(head)) and head.tag_ == "VB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and head.head.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux", "neg") and c.tag_ in ("MD", "RB", "PRP")
                                                        and c.dep_ != "nsubj" for c in head.head.children) \
                and _purpose_says(head):
            # "Tom Emanuel stood at a Bush event to say he was leaning toward Mr. Trump", "went on ABC to defend
            # ...", "held a rally to urge lawmakers to reject the bill": a speech act or an appeal done on a stage the
            # sentence sets, with what it said (not "would do better to say", "pressure on her to say", "the CSTO,
            # which convened on Tuesday to discuss the situation")
            head, rule = head.head, rule or "syn.purpose"
        elif head.dep_ == "xcomp" and lemma_of(head.head) in CARRIERS:
            head, rule = head.head, rule or "syn.xcomp"
        elif head.dep_ == "advcl" and head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and (carrier := _carrier_of(head)) is not None:
            # "Pence went on to say he's confident", "Auerbach went so far as to say: ...": the small model hangs the
            # infinitive on the carrying verb as an adverbial clause, not a complement; the subject is the carrier's
            head, rule = carrier, rule or "syn.xcomp"
        elif head.dep_ == "xcomp" and adj_carrier(head.head) and head.head.dep_ == "acomp":
            head, rule = head.head.head, rule or "syn.xcomp"  # "Trump was quick to add that ...": the copula's subject
        elif (obj := caused_object(head)) is not None:
            return "syn.causative", obj, None  # "led some allies to worry whether ...": the object is made to think
        elif rule is not None and _subject_control(head) and _has_content(tok):
            # "Trump has sought to bolster his credibility, painting others as weak and suggesting that ...": the cue's
            # participle hangs on an infinitive whose subject is the finite verb's own (no object to take it); the
            # intention itself is no claim (syntax.py drops an xcomp cue), the participle's clause is; a bare one
            # names an act ("opting to bat India out of the series before declaring": a cricket declaration)
            head = head.head
        else:
            break
        subj = verb_subject(head)
        if subj is None and tok.lower_ in cue_forms() and _after_passive(tok, head, rule):
            # "Mr. Trump was forced into damage control and said that ...", "He was asked about it, saying ...": the
            # passive's subject is also the subject of the active verb conjoined with or hung on it
            subj = next((c for c in head.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and head.dep_ == "relcl":
                return rule, head.head, subj
            return rule, subj, None
    if (said_by := _noun_before(tok)) is not None:
        return "syn.noun_participle", said_by, None
    return None


def _objectless_prep(doc, subj, tok) -> bool:
    """The subject's phrase opens right after a preposition of another verb that has no object of its own: the phrase
    is that object (not "Before X concluded that ...", a conjunction the model tagged as the cue's own preposition)."""
    first = min(t.i for t in subj.subtree)
    prev = doc[first - 1] if first > 0 else None
    return prev is not None and prev.dep_ == "prep" and prev.tag_ == "IN" and prev.head.i != tok.i and \
        not any(c.dep_ in ("pobj", "pcomp") for c in prev.children)


def _own_subject_before(tok, doc) -> bool:
    """A conjoined verb with no subject in the parse but a noun right before it (and its auxiliaries and adverbs):
    the small model lost the verb's own subject ("..., and numerous polls and surveys have found that ..."), which
    is not the first verb's."""
    first = min([tok.i] + [c.i for c in tok.children if c.i < tok.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")])
    return first > 0 and doc[first - 1].tag_ in ("NN", "NNS", "NNP", "NNPS") and doc[first - 1].dep_ != "npadvmod"


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
    if subj.lower_ in RELATIVE and owner.dep_ == "relcl":
        return "syn.issued", owner.head, subj  # "Paul, who released a video that accuses ...": Paul
    return "syn.issued", subj, None


def _speaking_antecedent(tok, rel, cls, clause: bool) -> bool:
    """'the ministry, which said 20 people had died', '45 studies that claimed a treatment was effective', 'Human
    Rights Watch World Report 2013, which accused it of abuses': a "that" / "which" relative clause on an object that
    names a speaker by its kind (a body, group, outlet or document noun: source_nouns.tsv) reports that speaker's own
    claim, as "who" does for people: a speech verb with its clause, a body's belief with its clause, or an accusation
    or denial set off by a comma. Not a thing that "says" or "claims" something ("a dispute that claimed two lives",
    "a plan which shows": no source noun, no clause), and a document believes nothing (no cognition verb)."""
    kind = source_nouns().get(tok.head.lower_)
    if kind in (None, "person") or tok.head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False  # people take "who" (above): "a message from her adviser, Ann O'Leary, that read" is the message's
    if cls == "speech":
        return clause
    if cls == "cognition":
        return clause and kind in ("body", "group")
    return cls == "stance" and rel.i > 0 and rel.doc[rel.i - 1].text == ","


def _purpose_says(inf) -> bool:
    """Whether a purpose infinitive says something of its own: a speech verb with its clause ("to say that ...", an
    apology's "for what"), or an appeal with its addressee and what they are to do ("to urge lawmakers to reject the
    bill"), as the finite verbs need (an appeal alone, "to urge caution", is read no more than "urged caution" is)."""
    cv = cue_verbs().get(lemma_of(inf))
    if cv is None:
        return False
    if cv.cls == "speech":
        return sorry_for_what(inf) if cv.needs == "if" else has_clause(inf)
    if any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS", "CD", "PRP") for c in inf.head.children):
        return False  # "drove hundreds of thousands to demand ...", "pushed them to urge ...": they appeal, if anyone
    return cv.claim_type == "appeal" and cv.needs == "-" and any(c.dep_ == "dobj" for c in inf.children) and \
        any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in inf.children)


def venue_xcomp(inf) -> bool:
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
    return head if head.tag_.startswith("VB") and lemma_of(head) in CARRIERS else None


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


# Prepositions whose object is the subject of the participle right after it ("despite Varadkar saying ...": Varadkar
# says it, not the clause's subject). Prepositions are grammar (a closed class): kept here.
_SUBJECT_PREPS = frozenset(["despite", "amid"])


def _prep_subject(tok):
    """'That's despite Tánaiste Leo Varadkar saying the proposals were ...': a name right before a speech participle
    that the parse hung on the clause, as the object of "despite", is the participle's subject."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    noun = tok.doc[tok.i - 1]
    if noun.tag_ != "NNP" or noun.dep_ != "pobj" or noun.head.lower_ not in _SUBJECT_PREPS or noun.head.head.i != tok.head.i:
        return None
    lemma = lemma_of(tok)
    return noun if lemma in cue_verbs() and has_clause(tok) else None


def _noun_before(tok):
    """'left 62 percent of voters saying ...', 'with recent polls showing ...', 'GOP primary voters saying they want
    ...': a participle with no subject and no comma before it, right after an object that is a poll's share, plural
    people or a poll; the object is who says it. Not after a single name ("attacked Clinton saying ...": the
    subject's act) and not what syn.participle reads (a comma: the sentence's subject)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or tok.i == 0 or tok.doc[tok.i - 1].is_punct:
        return None
    lemma = lemma_of(tok)
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
        return noun if low in FINDING_DOCS else None
    if low in _SHARE_HEADS or noun.tag_ == "CD":
        return plausible_source(noun)
    if noun.tag_ in ("NNS", "NNPS") and low not in DOC_NOUNS and noun.dep_ != "dobj":
        return plausible_source(noun)  # not "emailed supporters saying: ...": the subject's own message
    if _speaker_acl(tok, cls) and noun.i == tok.head.i and noun.left_edge.i > 0 and \
            tok.doc[noun.left_edge.i - 1].lower_ == "with":
        # "..., with one plaintiff claiming the cop punched him": the absolute "with X saying" has X say it, however
        # the small model hangs X (the object of "with", or the subject of the participle's clause). (This
        # compared tokens with "is", which spaCy never makes true, so no participle on a noun was read here; read
        # everywhere, it took "a disapproving parent rebuking", "any lawyer arguing a position", "the third
        # witness testifying Tuesday": only the absolute construction is kept)
        return plausible_source(noun)
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
        cue_verbs()[lemma_of(tok)].needs.startswith("prt:") or quote_next_to(tok, quote_spans(parsed_text(tok.doc)))


def work_by(noun, documents: bool = False):
    """'A 2014 examination by the Better Government Association found that ...', 'tallies compiled by Kantar Media
    show ...': a work the parse does not take for a speaking document speaks for its author, the object of its "by"
    (directly, or the agent of a participle on it), when the author can name who claims something; else None. Only
    works of inquiry (data/work_nouns.tsv): an event's "by" names no claimant ("victories by outsiders demonstrate")."""
    if noun.lower_ not in work_nouns() and not (documents and source_nouns().get(noun.lower_) == "document"):
        return None  # (documents: "A report by the local newspaper the Post-Courier said ...", the paper speaks)
    for c in noun.children:
        # (not the agent of a participle of getting or seeing it: "a UN report seen by Reuters said" is the UN's)
        by = c if c.dep_ == "prep" and c.lower_ == "by" else \
            next((g for g in c.children if g.dep_ == "agent"), None) if c.dep_ == "acl" and c.tag_ == "VBN" and \
            c.lower_ not in held_participles()["by"] else None
        if by is None:
            continue
        obj = next((g for g in by.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.tag_ in ("NN", "NNS"):
            # "by the local newspaper the Post-Courier": the name in apposition is the author
            obj = next((g for g in obj.children if g.dep_ == "appos" and g.tag_ == "NNP"), obj)
        if obj is not None and obj.tag_ != "PRP" and (src := plausible_source(obj)) is not None:
            return src
    return None


def _subject_control(inf) -> bool:
    """An infinitive complement (xcomp) of a finite verb before it with no object, passive subject or clause of its own
    ("has sought to bolster ...", "tried to explain ..."): the verb's subject is the infinitive's. Not "urged Trump to
    ...", "was asked to ...", whose object or passive subject does what the infinitive says; not one that is only
    possible or due ("she can use it to rally ... and show", "will have to continue to emphasize", "does not want to
    ...": a modal, a negation or the "have" of obligation), where nothing was said yet; not a cue verb's (its own
    claim reads it) nor one inside a noun's or another verb's clause ("rumors he was planning to write a book by
    tweeting ...": the small model's misreading, the tweet is not his who plans)."""
    verb = inf.head
    return inf.dep_ == "xcomp" and verb is not inf and verb.i < inf.i and verb.tag_.startswith("VB") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children) and \
        not any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "oprd", "neg") or c.tag_ == "MD" for c in verb.children) \
        and "have" not in word_lemmas(verb.lower_).get("VERB", ()) and verb.lower_ not in cue_forms() and \
        verb.dep_ not in ("acl", "ccomp", "parataxis")


def _has_content(tok) -> bool:
    """The cue verb says something of its own: an object, a clause, an addressee or a complement (not a bare
    "before declaring")."""
    return has_clause(tok) or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "oprd") for c in tok.children)
