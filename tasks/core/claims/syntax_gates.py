"""Whether a cue word the parse shows reports a claim here: its needs met (a clause, a quotation, an object of the
right kind), not nested in another cue's content (unless relayed), and none of the readings that report nothing
("pleaded guilty", "did not respond", "found dead", "declared war")."""
from __future__ import annotations

import re

from .cue_words import (act_objects, anonymity_requests, claim_nouns, estimate_nouns, blame_complements, cue_forms, cue_frames, cue_verbs, declared_acts, found_states, hearing_bodies,
                        picture_nouns, proposition_objects, relay_forms, speech_nouns)
from .figure_words import share_parts
from .source_words import source_nouns
from .parse import parsed_text
from .patterns import WH_WORDS, against_what
from .plausible import plausible_source
from .syntax_tokens import after_closed_quote, has_clause, quote_next_to, quote_spans, sorry_for_what, source_tokens, span_of, \
    that_next, verb_subject
from .syntax_words import DOC_NOUNS, FINDING_DOCS, FORECASTS, POLLS, lemma_of


# A percentage, a poll's result ("74 percent said"): no relayed party of its own
_PERCENT = share_parts()["percent"]  # data/share_nouns.tsv


def is_nested(tok) -> bool:
    """The cue stands inside what another cue verb reports ("Cruz said he's certain Rubio will continue ...",
    "Ross said Obama had told ..."): a nested attribution is part of the outer claim."""
    cur, steps = tok, 0
    while cur.head is not cur and steps < 8:
        if _concession(cur):
            return False  # "..., even though many observers doubt they would": the writer's contrast, not the claim
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.tag_.startswith("VB") and cur.head.lower_ in cue_forms() \
                and not _when_asked(cur.head) and not _own_clause(tok, cur.head) and not _heard(cur.head):
            return True
        cur, steps = cur.head, steps + 1
    return False


def _heard_by_court(verb) -> bool:
    """'the court heard ...', '..., an inquest has heard': a body that hears evidence as the subject of 'hear'."""
    subj = verb_subject(verb)
    return subj is not None and subj.lower_ in hearing_bodies()


def _heard(verb) -> bool:
    """'hear' (data/cue_verbs.tsv "hearing"): a cue under it is its own speaker's claim, never part of the hearer's. A
    court hears what the sides put to it ("the court heard Smith testify that ...", "heard that police believe ...":
    Smith's and the police's claims), and anyone else who heard something reports nothing of his own ("her campaign has
    heard what voters are saying", "came to hear Weld speak about ...")."""
    cv = cue_verbs().get(cue_forms().get(verb.lower_, ""))
    return cv is not None and cv.needs == "hearing"


def is_relayed(tok) -> bool:
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
            subj.lower_ in _PERCENT or (any(c.dep_ == "nummod" for c in subj.children) and
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
    # (not one opening a reported clause, "finds that, while 37 percent say ..., 39 percent ...": the finding's own)
    return first > 0 and clause.doc[first - 1].text == "," and (first < 2 or clause.doc[first - 2].lower_ != "that")


# concessive subordinators: grammar (a closed class), not vocabulary, so kept here; "while" set off by a comma
# contrasts too ("half said ..., while 34 per cent said ...", "Yerevan announced ..., while Baku announced ...")
_CONCESSIVE = frozenset("though although whereas while".split())


def _own_clause(inner, outer) -> bool:
    """'A majority of voters say ...; 26 percent of Democrats say ...': the small model hangs a clause on a cue verb
    after it across a semicolon or colon; a verb before the outer one and a ';' or ':' between them says its own."""
    return inner.i < outer.i and any(t.text in (";", ":") for t in inner.doc[inner.i + 1:outer.i])


def _when_asked(verb) -> bool:
    """'When asked why, Sembler responded ...': a subjectless participle clause the small model made the root (or a
    conjunct mid-sentence); what hangs on it is the sentence's main clause, not what was asked."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children) or \
            not any(c.lower_ in ("when", "if", "as", "once") for c in verb.children):
        return False
    # '..., and when asked what was next the Facebook founder said, "..."': the same clause mid-sentence, written
    # with no comma, which the small model reads as a past tense; "when" right before it marks it all the same
    return verb.tag_ == "VBN" and verb.i < 3 or verb.tag_ in ("VBN", "VBD") and verb.i > 0 and \
        verb.doc[verb.i - 1].lower_ in ("when", "if", "once")


# Cue verbs that report nothing negated ("did not respond", "would not confirm"; "employers cannot claim ignorance",
# "did not claim responsibility": no claim is made)
_NEG_NOT_CLAIM = cue_frames()["neg_no_claim"]  # data/cue_frames.tsv


def _asks_what(tok) -> bool:
    """A direct question whose object is the wh-word before the verb ("What did X say?", "What does the ruling
    mean?"): the sentence ends in a question mark, quotes no one, and the verb's object is that "what"."""
    if not any(c.dep_ in ("dobj", "ccomp") and c.lower_ == "what" and c.i < tok.i for c in tok.children) or \
            not any(c.dep_ == "aux" and c.i < tok.i for c in tok.children):
        return False  # (the cheap tests first: most cue verbs have no "what" before them)
    text = tok.sent.text.rstrip()
    return text.endswith("?") and not any(q in text for q in ('"', "“", "”"))


# modals of a talk still to come or never had (not_a_claim: "will discuss", "would rather not discuss")
_FUTURE = frozenset(("will", "would", "shall", "'ll", "’ll", "to"))


# modals of what a subject is able or allowed to do, not of what it did (not_a_claim: "Red ... can encourage taking
# action", "the union can urge its members to strike")
_ABILITY = frozenset(("can", "could", "may", "might"))


def not_a_claim(lemma: str, tok) -> bool:
    """'pleaded guilty', "did not respond to a request for comment": a cue verb that reports nothing here."""
    if cue_verbs()[lemma].claim_type == "appeal" and not any(c.dep_ == "ccomp" for c in tok.children) and \
            any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in tok.children):
        return True  # an appeal one can make is none made ("can encourage taking action"; "Police can now advise that
        # 12 people were arrested" reports the arrests)
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent", "contest") for c in tok.subtree):
        return True
    if _asks_what(tok):
        return True  # "What did the minister say?": a question about what was said (a sub-heading), no claim
    if against_what(parsed_text(tok.doc), tok.idx):
        return True  # "Despite what critics might suggest, ...": a claim never given
    if cue_verbs()[lemma].cls == "cognition" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        # "Whether he knew the victim was an agent could matter": what someone knew or believed, put as an open
        # question, is no one's belief ("whether Sanders will ever tell his supporters ..." still reports a telling)
        return True
    if lemma == "find" and any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.lower_ in found_states()
                               and not any(g.dep_ in ("mark", "aux", "auxpass", "cop") for g in c.children)
                               for c in tok.children):
        return True  # "daughter found dead", "found the man unconscious": a discovery (found_states.tsv)
    if lemma == "discuss" and not has_clause(tok) and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return True  # "will discuss the situation via video conference", "would rather not discuss": nothing said yet
    if lemma == "pen" and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "penned a piece entitled “...”": writing a thing, not the quote's speech tag
    if lemma in _NEG_NOT_CLAIM and any(c.dep_ == "neg" for c in tok.children):
        return True
    if _headline_passive_or_plan(tok):
        return True
    if lemma in act_objects() and any(c.dep_ == "dobj" and c.lower_ in act_objects()[lemma] for c in tok.children):
        return True  # "claiming the lives of five people", "claimed 200 lives": the storm killed them (act_objects.tsv)
    if lemma == "identify" and not any(c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves")) for c in tok.children):
        return True  # "identified herself as his cousin", "residents identified as European": who one says one is
    if lemma == "declare" and any(c.dep_ == "dobj" and _declared_act(c) for c in tok.children):
        return True  # "declared a state of emergency", "declared war on Germany": an act (data/declared_acts.tsv)
    if lemma == "declare" and tok.dep_ == "acl" and _declared_act(tok.head, skip=tok):
        return True  # "under a state of emergency declared by Warsaw": the act on the noun, said by no one
    if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i for c in tok.children) and \
            not has_clause(tok):
        return True  # "added to his collection of titles"
    if cue_verbs()[lemma].cls == "stance" and not has_clause(tok) and \
            any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in tok.children):
        return True  # "the Airbus A330 slammed into the sea", "blasted into orbit": a crash or a launch, no verdict
    if lemma == "argue" and not has_clause(tok) and \
            any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in tok.children):
        return True  # "were still arguing over which way was up": a quarrel over a question, no proposition argued
    if lemma == "add" and added_thing(tok):
        return True  # "NASA also added smaller landers to the contract", "added 300 jobs": a thing added, nothing said
    if lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and \
            not has_clause(tok) and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "before reporting to duty", "reports to the chief executive": a post, not a report
    if lemma == "tell" and _told_thing(tok):
        return True  # "tells a lot of jokes", "told a joke": a thing told, no one told anything
    if lemma == "find" and any(c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and _reflexive(c) or
                               any(g.dep_ == "nsubj" and _reflexive(g) for g in c.children) for c in tok.children):
        return True  # "finds himself mired in", "found herself alone": a plight, not a finding
    if lemma == "dismiss" and not (has_clause(tok) or _as_phrase(tok)) and any(
            c.dep_ == "dobj" and (c.tag_ in ("NNP", "NNPS", "PRP") or c.ent_type_ == "PERSON") for c in tok.children):
        return True  # "dismissed Yadav for 12", "dismissed the coach": sent off or fired ("dismissed him as a liar" stays)
    if lemma == "consider" and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children) and \
            not any(c.dep_ == "ccomp" for c in tok.children) and not that_next(tok) and not _as_phrase(tok):
        return True  # "should consider restricting the capital account": a course weighed, not a view held
    if cue_verbs()[lemma].cls == "cognition" and _only_open_question(tok):
        return True  # "understood what the bar was about", "knew how to let up": no proposition held
    if lemma in ("respond", "reply") and not (has_clause(tok) or any(c.dep_ == "dobj" for c in tok.children) or
                                              quote_next_to(tok, quote_spans(parsed_text(tok.doc))) or
                                              any(c.dep_ in ("xcomp", "advcl") and c.lower_ in cue_forms() and
                                                  any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                                  for c in tok.children)):
        # "responded to the tweet"; not 'She responded, "Well, ..."' nor "replied ... to suggest the dispute is ..."
        return True
    return False


def added_thing(tok) -> bool:
    """'added smaller landers to the contract', 'added 300 jobs': "add" with a noun for its object and neither a
    clause, a colon nor a quotation of its own ("added a caveat: ..." and 'added, "..."' still say something)."""
    # (an object with a clause of its own says something: "added a footnote that said ...")
    if not any(c.dep_ == "dobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "CD") and
               not any(t.tag_.startswith("VB") for t in c.subtree) for c in tok.children) or \
            has_clause(tok) or quote_next_to(tok, quote_spans(parsed_text(tok.doc))):
        return False
    return not any(t.text == ":" for t in tok.doc[tok.i + 1: tok.i + 9])


def rule_verb_is_act(parsed, sent: str, start: int) -> bool:
    """Whether the rules' cue verb at sent[start] is, in the parse, a verb that reports nothing there (not_a_claim:
    "added smaller landers to the contract", "argued over the terms")."""
    if parsed is None or parsed_text(parsed) != sent:
        return False
    tok = next((t for t in parsed if t.idx == start), None)
    lemma = cue_forms().get(tok.lower_) if tok is not None else None
    # (a sub-heading's question, "What did Suh say after the play?", stays the rules': it names who speaks in the
    # quotation under it)
    return lemma is not None and not _asks_what(tok) and not_a_claim(lemma, tok)


def _only_open_question(tok) -> bool:
    """Every clause the cognition verb governs opens with a wh-word ("understood what it was about", "knew how to
    let up", "wonders why"): what is known or understood is not said; a that-clause or a quotation beside it is."""
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    whs = [c for c in tok.children if c.dep_ in ("pobj", "dobj") and c.lower_ in WH_WORDS and c.i > tok.i]
    if not clauses:
        # "what she believes": a free relative's "what" as the object before the verb ("what he sees as the
        # problem" names a view: an 'as' phrase or a second complement after it)
        return any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") and c.i < tok.i for c in tok.children) and \
            not _as_phrase(tok) and not any(c.dep_ in ("oprd", "attr") for c in tok.children)
    first = [min(c.subtree, key=lambda t: t.i) for c in clauses]  # (the small model's trees may cross)
    # (a wh-word before the verb opens no question: a relative pronoun, "the NYPD, who they believe are responsible",
    # or a free relative's subject, "what scientists think is necessary": both hold a proposition)
    opens = all(f.lower_ in WH_WORDS and f.i > tok.i or any(tok.i < w.i < c.i for w in whs)
                for f, c in zip(first, clauses))
    return opens and not any(c.dep_ == "mark" and c.lower_ == "that" for cl in clauses for c in cl.children) and \
        not quote_next_to(tok, quote_spans(parsed_text(tok.doc)))


def _reflexive(tok) -> bool:
    return tok.tag_ == "PRP" and tok.lower_.endswith(("self", "selves"))


def _told_thing(tok) -> bool:
    """'tells a lot of jokes', 'told a joke': "tell" whose object phrase holds a thing told for its own sake
    (act_objects.tsv: the parse may head the phrase with "lot"), and neither a clause nor a quotation beside it."""
    # (a speech tag set in the sentence, "Her dad, she says, tells jokes", is no clause of the telling)
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in tok.children) or that_next(tok) or \
            quote_next_to(tok, quote_spans(parsed_text(tok.doc))):
        return False
    things = act_objects().get("tell", frozenset())
    return any(c.dep_ == "dobj" and any(t.lower_ in things for t in c.subtree) for c in tok.children)


# modifiers before a declared act that say how long or how wide it is ("a month-long state of emergency", "a nationwide
# curfew"): the act is the rest
_ACT_MODIFIERS = frozenset(("amod", "npadvmod", "advmod", "nummod", "punct", "quantmod", "compound"))


def _declared_act(obj, skip=None) -> bool:
    """The noun phrase of `obj` (less the subtree of `skip`, the participle on it) is an act declared
    (declared_acts.tsv), also with how long, wide or many before it ("a 30-day curfew", "three days of mourning")."""
    cut = {t.i for t in skip.subtree} if skip is not None else set()
    words = [t.lower_ for t in obj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in cut]  # scare quotes: declared “independence”
    phrase = " ".join(words)
    mods = {t.i for c in obj.lefts if c.dep_ in _ACT_MODIFIERS for t in c.subtree}
    bare = " ".join(t.lower_ for t in obj.subtree if t.dep_ != "det" and t.i not in mods and t.i not in cut)
    return any(p == a or p.startswith(a + " ") for a in declared_acts() for p in (phrase, bare))


def _as_phrase(tok) -> bool:
    """'sees the vote as a referendum': an 'as' phrase on the verb, or on its object, where the small model often hangs
    it ("Voters still view Mrs. Clinton as vastly more prepared"), or a bare predicate the model makes a clause
    ("portrayed protesters as undocumented", "sees Mr. Netanyahu as captured by ...": _as_predicate)."""
    return any(_as_prep(c) for c in tok.children) or \
        any(_as_prep(g) for c in tok.children if c.dep_ == "dobj" for g in c.children) or \
        _as_predicate(tok)


def _as_prep(tok) -> bool:
    """An 'as' preposition that names what the object is taken for; not the time idiom "as of" ("cast their ballots
    as of 4:00 p.m.")."""
    return tok.dep_ == "prep" and tok.lower_ == "as" and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of")


def _predicate_as(tok) -> bool:
    """An 'as' phrase that says what its object is: an adjective ("as unqualified", "as weak on immigration"), or a
    noun with no determiner or an indefinite one ("as a false conservative", "as part of the establishment"). A proper
    name, or a noun with a definite or possessive determiner, is a part played ("as Cleopatra", "as the Doctor", "as
    her prosecutor in a mock trial")."""
    if not _as_prep(tok):
        return False
    comp = next((c for c in tok.children if c.dep_ in ("pobj", "amod", "acomp")), None)
    if comp is None or comp.tag_ in ("NNP", "NNPS"):
        return False
    if comp.tag_.startswith("JJ") or comp.tag_ == "VBN":
        return True
    det = next((c for c in comp.children if c.dep_ in ("det", "poss")), None)
    return comp.tag_ in ("NN", "NNS") and (det is None or det.lower_ in ("a", "an"))


def _as_predicate(tok) -> bool:
    """'see their own party as insufficiently committed', 'considered the emails as classified': after the verb's
    object, an adjective or participle the small model hangs on the verb as a clause marked by 'as'; with no subject
    of its own, so it predicates the object (not "saw the video as he walked in": a time)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and any(
        c.dep_ == "advcl" and c.i > obj.i and c.tag_ in ("JJ", "VBN") and
        any(g.dep_ == "mark" and g.lower_ == "as" and g.i == min(t.i for t in c.subtree) for g in c.children) and
        not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children) for c in tok.children)


def _reported_by_tag(tok, quotes) -> bool:
    """'Taliban militants attacked an army post ..., military sources said': the parse hangs the speech tag that reports
    the sentence on its main verb (a parataxis with a subject of its own); that tag is no clause the verb reports."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) or that_next(tok) or quote_next_to(tok, quotes):
        return False
    return any(c.dep_ == "parataxis" and getattr(cue_verbs().get(lemma_of(c)), "cls", None) == "speech" and
               any(g.dep_ == "nsubj" for g in c.children) for c in tok.children)


def _perceived_event(tok) -> bool:
    """'saw their own gathering disrupted', 'have seen their contributions minimized': the only clause is a bare
    participle with its own subject (no "that", no finite verb, no 'as'), what was seen happen or undergone."""
    if tok.tag_ in ("VBP", "VBZ") or _as_phrase(tok) or that_next(tok) or any(c.dep_ in ("oprd", "xcomp") for c in tok.children):
        return False  # (the present tense is a view: "insiders see his return possibly giving Creighton a chance")
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(comps) and all(c.tag_ in ("VBN", "VBG") and not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children)
                               for c in comps)


def _reported_quote(tok, quotes) -> bool:
    """A quotation the verb reports: one right after it, or one closing right before it on its own punctuation ('"...,"
    the judge ruled'). Not a nickname or a scare-quoted name beside it ('Joko "Jokowi" Widodo ordered a review'): a
    "that" verb (cue_verbs.tsv) is mostly a noun or an act, and only its clause or its quotation makes it a claim."""
    text = parsed_text(tok.doc)
    a, b = tok.idx, tok.idx + len(tok.text)
    return any(0 <= s - b <= 14 or 0 <= a - e <= 14 and text[s:e].rstrip("\"”’' ")[-1:] in (",", ".", "!", "?", "…", ";", ":")
               for s, e in quotes)


def _tags_closed_quote(tok, quotes) -> bool:
    """'"Oh, my God," a young woman exclaimed upon seeing him': the verb's subject opens right after a closing quotation
    (a tag whose subject is too long for quote_next_to's few characters)."""
    subj = verb_subject(tok)
    return subj is not None and 0 < tok.i - subj.i <= 6 and \
        after_closed_quote(span_of(source_tokens(subj))[0], tok.doc, quotes)


def needs_met(needs: str, tok, quotes) -> bool:
    if needs == "-":
        return True
    # (a "that" verb's quotation must be one it reports, _reported_quote)
    clause = has_clause(tok) or quote_next_to(tok, quotes) and (needs != "that" or _reported_quote(tok, quotes))
    if needs in ("clause", "that"):  # ("that": as "clause", the parse gates only look for it harder)
        # or, for a speech verb, a proposition as its object ("is stressing the importance of ...",
        # proposition_objects.tsv) or an indirect question ("asked the students if ..."); a cognition verb's
        # "recognizes the need for" stays a stance, not a claim; a poll "found 90 percent support" is its result
        cls = getattr(cue_verbs().get(lemma_of(tok)), "cls", None)
        return clause or cls == "speech" and (_indirect_question(tok) or any(
            c.dep_ == "dobj" and c.lower_ in proposition_objects() for c in tok.children)) \
            or cls == "findings" and _poll_result(tok) or lemma_of(tok) in FORECASTS and _amount_object(tok)
    if needs == "noobj":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is None or clause and not _tag_only(tok, obj)
    if needs == "quote":
        return quote_next_to(tok, quotes) or any(c.dep_ == "ccomp" for c in tok.children) or _tags_closed_quote(tok, quotes)
    if needs == "back":  # '"...," Haley shot back', "fired back that ..."; not "troops fired back" (return fire)
        # (the small model makes 'back' a particle or an adverb; either way it stands right after the verb)
        return any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") and c.i == tok.i + 1 for c in tok.children) and clause
    if needs == "ask":  # "asked whether", "asked him to", '"...?" X asked', "X asked on Twitter."
        if _anonymity_request(tok):
            return False
        return clause or _indirect_question(tok) or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or not any(c.dep_ == "dobj" for c in tok.children)
    if needs == "topic":  # "talked about the economy", "spoke of a betrayal"; not "talked to reporters"
        return clause or any(c.dep_ in ("prep", "prt") and c.lower_ in ("about", "of", "out") for c in tok.children)
    if needs == "as":  # "sees the vote as a referendum", "considers him a liar", "believes ... that"
        if _perceived_event(tok):
            return False  # "saw their own gathering disrupted": an event seen, no view of it
        return clause or _as_phrase(tok) or \
            any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    if needs == "for":  # "attacked Romney for being a failed candidate", "attacked him as ..."; not "attacked the village"
        clause = clause and not _reported_by_tag(tok, quotes)
        return clause or any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "for" and _reason(c)) for c in tok.children) \
            or any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    if needs == "thing":  # "questioned Mr. Trump's veracity", "questioning Clinton's judgment"; not "questioned the suspect"
        return clause or _indirect_question(tok) or _doubted_thing(tok)
    if needs == "figure":  # "as he put it", "put the death toll at 40"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) or _set_at_number(tok)
    if needs == "clear":  # "made clear that", "made it clear"; "made the case that", "made those comments"
        return any(c.lower_ == "clear" and c.dep_ in ("oprd", "ccomp", "acomp", "dobj", "advmod", "xcomp") for c in tok.children) \
            or speech_object(tok) is not None \
            or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "clear" and has_clause(tok)
        # ("made clear the witness is reluctant": the small model hangs "clear" on the clause that follows)
    if needs == "known":  # "let it be known that ...": the passive "known" carries the reported clause
        return any(c.lower_ == "known" and c.dep_ in ("ccomp", "xcomp") and has_clause(c) for c in tok.children)
    if needs == "hearing":  # "the court heard (that) ...", "..., an inquest has heard"; not "the court heard the appeal"
        return clause and _heard_by_court(tok)
    if needs == "if":
        return sorry_for_what(tok) or quote_next_to(tok, quotes)  # 'apologizes: "..."' too
    if needs == "blame":  # "held the government responsible for the deaths"; not "held talks", nor a duty with no
        # blamed thing ("can help ... hold you accountable"); the small model hangs the adjective on the verb (an
        # advcl, a ccomp, an oprd) or on the object, after it ("the policies ... responsible for"; not "held the
        # responsible officers")
        comps = [c for c in tok.children if c.i > tok.i] + \
            [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]
        return any(c.lower_ in blame_complements() and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children)
                   for c in comps)
    if needs == "predicate":  # "cast Clinton as unqualified"; not "cast Peter Capaldi as the Doctor" (a role)
        if any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children):
            return False  # "cast himself as her prosecutor in a mock trial": a part taken on, a self-portrait
        return _as_predicate(tok) or any(_predicate_as(c) for c in tok.children) or \
            any(_predicate_as(g) for c in tok.children if c.dep_ == "dobj" for g in c.children)
    if needs == "verdict":  # 'labeled Mr. Trump "unfit to be president"', "branded him a traitor", "dubbed it as ..."
        return names_as(tok, quotes) or _as_phrase(tok)
    if needs == "likeness":  # "compared the damage to a war zone", "compares Trump's racism to ..."
        return _likened(tok)
    if needs == "cause":  # "attributed the increase to food prices", "attributed the attack to Boko Haram"
        return _likened(tok) and not _credited(tok)
    if needs == "doc":
        subj = _through_relative(tok, verb_subject(tok))
        seen = subj if subj is not None else tok.head if tok.dep_ == "acl" else \
            verb_subject(tok.head) if tok.dep_ in ("advcl", "conj") and tok.head is not tok else None
        if seen is not None and seen.lower_ in picture_nouns():
            return False  # "the video did not show support", "his page ..., showing young men": seen, not claimed
        return clause or (subj is not None and subj.lower_ in DOC_NOUNS) or _doc_finding(tok)
    return True


def _likened(tok) -> bool:
    """'compared the damage to a war zone', 'comparing Carson to a child molester': a direct object, and 'to' with its
    likeness on the verb or on the object, however the small model hangs it; not the preposition "compared to last
    year" (no object), nor a comparison set "with" ("compared the results with ...": a method). Nor a comparison that
    is the way to something ("by comparing prediction markets to ...", "focuses on comparing online panels to ...") or
    the step before a finding ("When they compared their simulated universe to observations, they found ..."): a
    method, whose result, if any, is the claim."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or tok.dep_ in ("prep", "amod", "acl") and tok.tag_ == "VBN" or tok.dep_ == "pcomp":
        return False
    if tok.dep_ == "advcl" and lemma_of(tok.head) in cue_verbs() and \
            any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children if c.i < tok.i):
        return False  # (not "attacked the governor, comparing his budget to ...": a participle adds the verdict)
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in list(tok.children) + list(obj.children))


def _credited(tok) -> bool:
    """'attributed this to Malcolm Hoenlein', "attributed the remark to an aide": what the verb gives a source for is
    words or an idea (a pronoun, a claim or document noun), a credit rather than a cause."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.tag_ in ("DT", "PRP") or obj.lower_ in claim_nouns() or
                                source_nouns().get(obj.lower_) == "document")


def _set_at_number(tok) -> bool:
    """'put the figure of the missing at 670', 'pegged the turnout at about 5,000': an object counting something
    (estimate_nouns.tsv) and "at" a number, on the verb or on the object; not "placed troops at the border"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in estimate_nouns()), None)
    if obj is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and (g.tag_ == "CD" or any(
        n.dep_ == "nummod" and n.tag_ == "CD" for n in g.children)) for g in c.children)
        for c in list(tok.children) + list(obj.children))


def _anonymity_request(tok) -> bool:
    """'He asked that his name not be used', 'asked not to be identified', 'asked that her identity be withheld': the
    source's terms for staying unnamed (a passive of an anonymity verb, anonymity_requests.tsv, whose subject is the
    asker's name or the asker himself), not an appeal the story reports."""
    words = anonymity_requests()
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lower_ not in words["verb"] or \
                not any(g.dep_ == "auxpass" for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is None or subj.lower_ in words["thing"] and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in subj.children):
            return True  # "asked not to be named" (no subject: the asker), "asked that his name not be used" (not
            # "asked that the names of the victims be published": someone else's, an appeal)
    return False


def _tag_only(tok, obj) -> bool:
    """'A local hospital admitted 28 patients ..., Mohammed Hassen, head of Dubti Hospital, told Reuters.': the only
    clause the small model hangs on the verb is the sentence's closing speech tag (a speech verb after the object and
    a comma, closing the sentence and reporting nothing itself), so the verb has a bare object and no clause."""
    kids = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
    if len(kids) != 1 or that_next(tok) or any(c.dep_ == "xcomp" for c in tok.children):
        return False
    tag = kids[0]
    first = min(t.i for t in tag.subtree)
    verb = cue_verbs().get(lemma_of(tag))
    last = max(t.i for t in tag.subtree)
    return tag.i > obj.i and first > 0 and tok.doc[first - 1].text == "," and verb is not None and \
        verb.cls == "speech" and all(t.is_punct for t in tok.doc[last + 1:]) and \
        not any(c.dep_ in ("ccomp", "xcomp") for c in tag.children)


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
    lemma = lemma_of(tok)
    if lemma not in cue_verbs() or cue_verbs()[lemma].cls != "findings" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    subj = _through_relative(tok, verb_subject(tok))
    if subj is None and tok.tag_ == "VBG" and tok.dep_ == "acl":
        subj = tok.head
    return subj is not None and subj.lower_ in FINDING_DOCS


def _through_relative(tok, subj):
    """'the polls that show Johnson at 10 percent', 'results which suggest ...': a relative pronoun's finding is the
    finding of the noun its clause hangs on."""
    if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl" and tok.head.tag_ in ("NN", "NNS"):
        return tok.head
    return subj


_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


def _amount_object(tok) -> bool:
    """'expects a ¥330 billion operating profit', 'anticipates 5 percent growth', 'expects a profit of $2 billion':
    a direct object counted by an amount before it or in its 'of' (not a year: "expects a 2025 recovery")."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        counts = [t for t in obj.children if t.i < obj.i] + \
            [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for t in counts:
            if any(g.tag_ == "CD" and not _YEAR_LIKE.fullmatch(g.text) or g.tag_ == "$" for g in t.subtree):
                return True
    return False


# people whose work finds things out: their "found" has a finding as its object, as a study's has
_RESEARCHERS = cue_frames()["researcher"]  # data/cue_frames.tsv


def _poll_result(tok) -> bool:
    """'a recent survey found 90 percent support', 'the study found no link', 'the scientists found no harmful
    microbes': a poll's, a study's or a researcher's object is what they found out (a thing found in a place is
    police work: "officers found a body")."""
    subj = verb_subject(tok)
    return subj is not None and (subj.lower_ in FINDING_DOCS or subj.lower_ in _RESEARCHERS and lemma_of(tok) == "find"
                                 and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)) and \
        any(c.dep_ == "dobj" for c in tok.children)  # (a researcher's "discovered the receptors" is an act; "if
    # scientists found signs" no finding at all)


# nouns for a stretch of time ("for hours"), not a reason
_SPELL = cue_frames()["stretch"]  # data/cue_frames.tsv


def _reason(prep) -> bool:
    """'for being a failed candidate', 'for her ties to Wall Street': a reason, not a stretch of time ("for hours")."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.lower_ not in _SPELL and not any(g.tag_ == "CD" for g in obj.children)


def names_as(tok, quotes) -> bool:
    """'called the remarks "racist"', "calls Horgos a mistake", "calling Trump his friend": the verb gives its object a
    second, predicative complement (however the small model hangs it), not "called the police"."""
    kids = list(tok.children)
    if any(c.dep_ in ("oprd", "ccomp") for c in kids):
        return True
    if sum(c.dep_ == "dobj" for c in kids) >= 2 or any(c.dep_ == "xcomp" and c.tag_[:2] in ("NN", "JJ") for c in kids):
        return True
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None and _appos_verdict(obj):
        return True
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


def _appos_verdict(obj) -> bool:
    """'called Mr. Trump a liar', 'called Mr. Yanukovych, a former coal trucking director, an outstanding leader': the
    small model hangs an unquoted verdict on the object as an apposition. An apposition names the object again and
    follows a comma; an indefinite phrase with no comma before it, or a second indefinite one after a first
    apposition, is what the object is called ("calling his brother, a lawyer," stays a call)."""
    chain, t = [], obj
    while (t := next((c for c in t.children if c.dep_ == "appos"), None)) is not None and len(chain) < 3:
        chain.append(t)
    doc = obj.doc
    for k, a in enumerate(chain):
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in a.children):
            continue
        first = min(x.i for x in a.subtree)
        if k > 0 or (first > 0 and not doc[first - 1].is_punct):
            return True
    return False


def speech_object(tok):
    """The object that makes a light verb a speech act ("made the case", "made those comments"), or None; not a
    negated or quantified one ("made no comment")."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ in speech_nouns() and \
                not any(g.dep_ == "det" and g.lower_ in ("no", "any") for g in c.children):
            return c
    return None


# pronouns that name one person, by which an inner clause's subject may be the outer speaker again ("He testified
# that he had been home, saying ..."): grammar (a closed class), kept here
_PERSONAL = frozenset("he she i we".split())


def second_cue_of(tok):
    """'He testified that he had been at home, saying he did not shoot her', 'Lynch admitted that the fund had lost
    money, saying that ...': a speech participle set off by a comma, with no subject of its own and a clause of its
    own, that the small model hangs on the last verb of another cue verb's reported clause. The writer adds a second
    claim of the same speaker (CLAIMS.md: one sentence may hold several claims); the outer cue verb, whose source is
    the speaker, or None. Not when the reported clause has another named speaker or a pronoun for someone else
    ("Ross said Obama had spoken, saying ...": Obama may be the one saying), not when that clause is itself a cue
    verb and not deeper than that clause."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or not has_clause(tok):
        return None
    host = tok.head
    if host.dep_ != "ccomp" or not host.head.tag_.startswith("VB") or host.head.lower_ not in cue_forms() or \
            cue_verbs()[lemma_of(host.head)].cls != "speech" or tok.i < host.head.i:
        return None
    if host.lower_ in cue_forms():
        return None  # '"...," the source recalled, adding that ...': the host's own speaker adds, read as its own
    outer = host.head
    inner = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if said is None or inner is None:
        return None
    if inner.tag_ == "PRP":
        if inner.lower_ not in _PERSONAL or (said.tag_ == "PRP" and said.lower_ != inner.lower_):
            return None  # "She said they had ..., saying": they may be the ones saying
    elif inner.tag_ in ("NNP", "NNPS") and inner.lower_ != said.lower_:
        return None  # another named party in the reported clause
    return outer


def _headline_passive_or_plan(tok) -> bool:
    """Headline grammar that reports nothing said: a participle negated with no auxiliary is a passive ("Tanaiste not
    told about resignation of HSE boss": the Tánaiste is the one not told), and a bare infinitive at the root is a
    plan ("Minister to make statement to clarify ...": nothing said yet)."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.children):
        return False
    if tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "neg" and c.i == tok.i - 1 for c in tok.children) and \
            not any(c.dep_ in ("dobj", "dative", "ccomp") for c in tok.children):
        return True
    return tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)

