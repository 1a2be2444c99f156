"""Token-level readings of a spaCy parse that the syntactic core (syntax.py) builds its cues from: quotation
spans, a source's words, whether a verb governs a clause, its subject, passive agent and particles. Pure: tokens in,
booleans, tokens and spans out.
"""
from __future__ import annotations

import re

from .cue_words import cue_forms, cue_frames, cue_verbs, reduced_passives
from .inflections import verb_forms
from .people_words import posted_titles
from .plausible import NAME_NOT_SOURCE, PARTITIVE
from .source_words import source_nouns

# Verbs whose object is made to say or think something ("led some to speculate that", "left many to wonder whether")
_CAUSATIVES = verb_forms(cue_frames()["causative"])  # data/cue_frames.tsv
# Verbs that follow the clause they report with the speaker after them ("..., concludes a new study")
_INVERTED = frozenset(cue_frames()["inverted"])  # data/cue_frames.tsv
_NP_RIGHT_PREPS = frozenset("of for at from in with on out".split())
_DROP_LEAD = frozenset("advmod cc preconj punct mark npadvmod".split())
_NP_STOP = frozenset("relcl acl appos punct conj cc advcl prep".split())


# a statement's participle that names its issuer by "by" ("a statement issued by X")
_ISSUED = frozenset("issued released published signed posted".split())
# (what a body issues in its own voice: not a poll or a study, whose publisher is not its author)
_STATEMENTS = frozenset("statement statements communique communiqué notice bulletin readout release".split())

_QUOTE_MARK = re.compile(r"“|”|\"|''|``")


def quote_spans(text: str, opened: bool = False) -> list[tuple[int, int]]:
    """Spans of quoted stretches (straight, curly or doubled-apostrophe quotes), an unclosed one running to the end;
    `opened`: the sentence starts inside a quotation left open by the one before."""
    spans, start = [], (0 if opened else None)
    for m in _QUOTE_MARK.finditer(text):
        ch = m.group(0)
        opening = ch in ("“", "``") or (ch in ('"', "''") and start is None)
        if opening and start is None:
            start = m.start()
        elif not opening and start is not None:
            spans.append((start, m.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def original(tok) -> str:
    """The token's words in the sentence as written: a parse of a masked text (mask_names) keeps it in user_data."""
    text = tok.doc.user_data.get("text")
    return text[tok.idx:tok.idx + len(tok.text)] if text is not None else tok.text


def span_of(tokens) -> tuple[int, int]:
    """Character span of `tokens` in their sentence."""
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


span_of = span_of


def _charge_of_agent(head, prep) -> bool:
    """`prep` is the charge of a passive accusation whose agent is `head` ("accused by X of ...", "criticised by X
    for ..."; reduced_passives.tsv pairs the participle with its preposition), which the small model hangs on X."""
    by = head.head
    return head.dep_ == "pobj" and by.dep_ == "agent" and (by.head.lower_, prep.lower_) in reduced_passives()


def source_tokens(head) -> list:
    """The tokens naming the source whose head is `head`: its determiners, possessors, compounds and modifiers on
    the left, a short 'of/for/at ...' phrase on the right; not its appositions, relative clauses or conjuncts
    (but "those who back her", where the relative clause is all that names them)."""
    if head.lower_ in ("those", "anyone", "everyone", "someone", "others"):
        rel = next((c for c in head.children if c.dep_ == "relcl"), None)
        if rel is not None and len(list(rel.subtree)) <= 10:
            return [head] + list(rel.subtree)
    left = []
    for t in head.lefts:
        if t.dep_ in _DROP_LEAD and not left:
            continue
        left.extend(t.subtree)
    # a comma inside the left part ("Trump, 70,"): keep what follows the last one
    while any(t.text == "," for t in left):
        left = left[[t.text for t in left].index(",") + 1:]
    # (not the first part of a hyphenated word: "State-owned train operator Renfe" keeps its "State")
    while left and (left[0].dep_ in _DROP_LEAD or left[0].is_punct) and not (
            len(left) > 2 and left[1].text == "-" and not left[0].whitespace_ and not left[1].whitespace_):
        left = left[1:]
    right = []
    for t in head.rights:
        if t.dep_ == "case" or t.dep_ == "compound" or t.dep_ == "nummod":
            right.extend(t.subtree)
        elif t.dep_ == "acl" and t.lower_ in _ISSUED and not right and t.i == head.i + 1 and head.lower_ in _STATEMENTS and \
                (by := next((c for c in t.children if c.dep_ == "agent"), None)) is not None:
            # "said a statement issued by Siem Reap provincial hall": the statement with its issuer, who speaks
            # (sources.document_owner), not a bare "statement"; an issuer by name only (not "the letter signed by
            # seven physicians", which refers back to the body that wrote it), and not what the participle says
            # besides ("... published by Ethnos newspaper on Sunday")
            sub = [t, by] + list(next((g for g in by.children if g.dep_ == "pobj"), by).subtree)
            if len(sub) <= 8 and any(x.tag_ in ("NNP", "NNPS") for x in sub) and \
                    not any(x.is_punct and x.text not in ".&'’-" for x in sub):
                right.extend(sub)
            break
        elif t.dep_ == "prep" and t.lower_ == "by" and not right and t.i == head.i + 1 and \
                source_nouns().get(head.lower_) == "document":
            # "data by the Kenya National Bureau of Statistics has shown", "a study by Harvard economists": the
            # document with its author, who speaks (sources.document_owner); an author by name only, not "figures by
            # region"), with the rest of a name ("Bureau of Statistics") but not what it is about ("An analysis by
            # Politifact of presidential elections": Politifact)
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            sub = [t] + [x for x in obj.subtree if x.i <= obj.i] if obj is not None else []
            named_of = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == obj.i + 1 and
                             all(x.text[:1].isupper() or x.lower_ in ("of", "and", "the") for x in c.subtree)), None) \
                if obj is not None else None
            sub += list(named_of.subtree) if named_of is not None else []
            if obj is not None and obj.tag_ in ("NNP", "NNPS") and len(sub) <= 8 and \
                    not any(x.is_punct and x.text not in ".&'’-" for x in sub):
                right.extend(sub)
            break
        elif t.dep_ == "prep" and _charge_of_agent(head, t):
            break  # "accused by the opposition of rigging the vote": what the agent accuses of, hung on the agent
        elif t.dep_ == "prep" and (t.lower_ in _NP_RIGHT_PREPS or t.lower_ == "to" and head.lower_ in posted_titles()) \
                and not right and t.i == head.i + 1:
            # ("Peru's ambassador to the United Nations": a post abroad keeps where it is posted, posted_titles.tsv)
            sub = list(t.subtree)
            cut = next((k for k, x in enumerate(sub) if x.is_punct and x.text not in ".&'’-"), len(sub))
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if len(sub) <= 8 and cut == len(sub):
                right.extend(sub)
            elif cut <= 6 and obj is not None and obj in sub[:cut] and sub[cut].text == "," and \
                    head.tag_ in ("NNP", "NNPS") and obj.tag_ in ("NNP", "NNPS"):
                # "Superintendent of Police Prajwol Maharjan, chief of ...": the capitalised title's 'of' phrase
                # up to the apposition hung on its object (the object is the name; the head alone is a bare rank)
                right.extend(sub[:cut])
            elif t.lower_ in ("in", "of") and (head.tag_ == "CD" or head.lower_ in PARTITIVE) and \
                    (obj := next((g for g in t.children if g.dep_ == "pobj"), None)) is not None:
                # "One in four voters in a New York Times poll last year": the share and whom it counts
                right.extend([t] + [x for x in obj.subtree if x.i <= obj.i])
            break
        else:
            break
    return sorted(set(left) | {head} | set(right), key=lambda t: t.i)


def owner_of(head) -> str | None:
    for t in head.lefts:
        if t.dep_ == "poss":
            toks = [x for x in t.subtree if x.dep_ != "case"]
            return " ".join(original(x) for x in toks)
    return None


def has_clause(tok) -> bool:
    # (a passive infinitive is no clause: "how indignant he felt to be referred to as white")
    return any(c.dep_ in ("ccomp", "parataxis") and not _infinitive_run_on(tok, c) for c in tok.children) or (
        tok.dep_ in ("parataxis",)) or any(c.dep_ == "xcomp" and c.tag_ != "VB" and not _to_infinitive(c)
                                           for c in tok.children) or \
        that_next(tok) or parenthetical(tok) or as_clause(tok)


def _infinitive_run_on(tok, comp) -> bool:
    """'agreed to release hostages and hand over remains in exchange ...': a "clause" with no subject or marker of its
    own after the verb's to-infinitive is the infinitive's object or second verb misread ("remains" as a verb), so
    the verb reports an act agreed to, not a proposition."""
    # (a cognition verb only, "agreed to", "decided to": a speech verb's infinitive is a request whose clause may follow,
    # "urged them to leave, saying ...")
    lemma = cue_forms().get(tok.lower_)
    if lemma is None or cue_verbs()[lemma].cls != "cognition" or comp.dep_ != "ccomp" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        return False
    return any(c.dep_ == "xcomp" and c.i < comp.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _to_infinitive(tok) -> bool:
    """'to be referred', 'to be acquired': a passive infinitive (the marker "to" and a passive "be"). Only the passive:
    an active one the tagger reads as a participle ("hoped to be running") is left as it was, as PolNeAR annotates
    it and the speaker it keeps in memory names the next "she" (measured on PolNeAR dev)."""
    kids = list(tok.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and any(c.dep_ == "auxpass" for c in kids)


def as_clause(tok) -> bool:
    """'As the Washington Post observed, Republicans now control ...', 'as many experts believe, ...': an 'as' clause
    with a subject and nothing of its own to report: the sentence's main clause is what it reports."""
    lemma = cue_forms().get(tok.lower_)
    if lemma is None or cue_verbs()[lemma].needs in ("topic", "if"):
        return False  # "As he spoke in the lobby, ...", "as he apologized for his tardiness": a time, not what he said
    kids = list(tok.children)
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) and \
        any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp")
                                                        for c in kids)


CLOSERS = frozenset(", . ; : ! ? ” \" '' ) —".split())


def parenthetical(tok) -> bool:
    """'..., the poll found.', 'which, his advisers believe, would lead': subject and verb set off by a comma, nothing
    of their own after them: the rest of the sentence is what they report, however the small model hangs it."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") and c.tag_ != "WDT"
                                             for c in tok.children):
        return False
    first = min(t.i for t in subj.subtree)
    if first == 0 or doc[first - 1].text not in (",", "”", "''", '"') or tok.i - first > 8:
        return False
    between = [t for t in doc[first:tok.i] if t not in set(subj.subtree)]
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in between):
        return False
    return tok.i + 1 == len(doc) or doc[tok.i + 1].text in CLOSERS


def that_next(tok) -> bool:
    """'agreed that the Treasury ...': a complementiser right after the verb (or after 'on Monday,') opens its
    clause whatever the small model made of the rest."""
    doc = tok.doc
    for t in doc[tok.i + 1: tok.i + 5]:
        if t.lower_ == "that":
            return t.dep_ == "mark"  # not "found that car" (a determiner)
        if t.dep_ not in ("prep", "pobj", "npadvmod", "advmod", "punct", "det", "compound", "amod"):
            return False
    return False


def quote_next_to(tok, quotes: list[tuple[int, int]]) -> bool:
    a, b = tok.idx, tok.idx + len(tok.text)
    return any(0 <= a - e <= 14 or 0 <= s - b <= 14 for s, e in quotes) or colon_quote(tok, quotes)


# entity types of a noun that names a time or an amount, never who speaks ('"...," the day ended')
_NOT_SPEAKER_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"))
_RELATIVE_DETS = frozenset(("whose", "which", "what"))


def tags_closed_quote(tok, subj, quotes: list[tuple[int, int]]) -> bool:
    """'"...," the progressive heavyweights wrote', '"...," said the printed card': `subj` is a described common noun
    (a determiner or possessor before it) and it and the verb `tok` stand right after a closing quotation, nothing but a
    comma or a space between."""
    if subj.tag_ not in ("NN", "NNS") or not subj.text[:1].islower() or subj.ent_type_ in _NOT_SPEAKER_ENTS or \
            not any(c.dep_ in ("det", "poss") and c.i < subj.i and c.lower_ not in _RELATIVE_DETS for c in subj.children):
        return False  # (not '"://" whose tooltip says "MRL Browser"': a relative clause after the quotation)
    s0, s1 = span_of(source_tokens(subj))
    if max(subj.i, tok.i) - min(subj.i, tok.i) > 8:
        return False  # the verb and its speaker make up the tag; a long way between them is a sentence of its own
    if subj.i > tok.i and s1 < len(tok.doc.text) and tok.doc.text[s1:].strip()[:1].isalnum():
        return False  # an inverted tag's speaker closes it ('"...," said the card.'); not '"...," says a lot about it'
    start = min(s0, tok.idx)
    return after_closed_quote(start, tok.doc, quotes)


def after_closed_quote(at: int, doc, quotes: list[tuple[int, int]]) -> bool:
    """Whether a quotation closes right before character `at`, nothing but a comma or a space between."""
    text = doc.text
    return any(e <= at and not text[e:at].strip(" ,") for _, e in quotes)


def amod_tag_speaker(tok, quotes: list[tuple[int, int]]):
    """'"...," tweeted Rubio spokesman Alex Conant': for a verb right after a closing quotation that the small model
    read as a modifier of the noun phrase after it, the head of that phrase (the name its title and role words lead
    up to), when the phrase closes the sentence or a clause; else None."""
    if tok.tag_ not in ("VBD", "VBN") or not after_closed_quote(tok.idx, tok.doc, quotes):
        return None
    top = tok.head
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    if top.i <= tok.i or top.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    after = top.doc[top.i + 1] if top.i + 1 < len(top.doc) else None
    return top if after is None or after.is_punct else None


def noun_tag_speaker(tok, quotes: list[tuple[int, int]]):
    """'"...," the joint statement read.', '"...," the email read.': a document's verb closing the sentence after a closed
    quotation, which the small model tagged a noun and made the root, the document its subject or modifier; the
    document's head word (the subject, else the word right before), when its phrase opens right after the quotation."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct or tok.i < 2:
        return None
    lefts = list(tok.lefts)
    head = next((c for c in reversed(lefts) if c.dep_ == "nsubj"), None)
    if head is None:
        head = doc[tok.i - 1] if doc[tok.i - 1].dep_ in ("compound", "amod") and doc[tok.i - 1].head.i == tok.i else None
    if head is None or head.tag_ not in ("NN", "NNS", "JJ") or not head.text[:1].islower():
        return None
    words = [t for t in lefts if t.i >= min(t2.i for t2 in head.subtree) or t.dep_ in ("det", "poss", "amod", "compound")]
    if not any(t.dep_ in ("det", "poss") for t in words + list(head.subtree)):
        return None  # "the email", "the ministry's statement": a described document, not a bare word
    start = min(t.idx for t in words + list(head.subtree))
    return head if after_closed_quote(start, doc, quotes) else None


def colon_quote(tok, quotes: list[tuple[int, int]]) -> bool:
    """'responded in a text message: "Trump will be ..."': a colon ends the verb's own words and a quotation follows."""
    doc = tok.doc
    for t in doc[tok.i + 1: tok.i + 9]:
        if t.text == ":":
            end = t.idx + 1
            return any(0 <= s - end <= 2 for s, _ in quotes)
        if t.is_punct and t.text != "," or t.tag_.startswith("VB"):
            return False
    return False


def phrasal_particle(tok, words: str) -> str | None:
    want = set(words.split("|"))
    for c in tok.children:
        if c.dep_ in ("prt", "prep") and c.lower_ in want and not is_temporal(c):
            return c.lower_
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in want and nxt.dep_ in ("mark", "prep", "prt", "dative"):
        return nxt.lower_  # "is calling for the United States to take ...": the model hung 'for' on the infinitive
    return None


def is_temporal(prep) -> bool:
    """'on Monday', 'on Jan. 5': a date, not the particle of a phrasal verb ("called on Monday" is no appeal)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and (obj.lower_ in NAME_NOT_SOURCE or obj.tag_ == "CD")


def verb_subject(tok):
    """The verb's subject; of two (the small model's "in Salem, New Hampshire, Trump went"), the one nearest the verb
    on its left."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(c.lower_ in ("'s", "’s") for c in subj):
        # "She’s said ...": the small model made the clitic of "has" the subject (and hung "She" on it)
        subj = [c for c in subj if c.lower_ not in ("'s", "’s")] or \
            [g for c in subj if c.lower_ in ("'s", "’s") for g in c.children if g.dep_ == "nsubj" and g.i < c.i
             and g.lower_ not in ("it", "there") and _speech_or_belief(tok)]  # not "It’s implied that": a passive
    if len(subj) > 1:
        left = [c for c in subj if c.i < tok.i]
        right = [c for c in subj if c.i > tok.i]
        doc = tok.doc
        clauses = [c.i for c in tok.children if c.dep_ == "ccomp"]
        if left and right and tok.i > 0 and doc[tok.i - 1].text in (",", "”", "''", '"') and \
                min(t.i for t in right[0].subtree) == tok.i + 1 and clauses and max(clauses) < tok.i:
            # '... has been "very worked up about it," said a source close to the campaign': an inverted speech tag
            # after the words it reports (its clause stands before it); the small model also hung the reported
            # clause's subject on the verb. Not "Sanders, whose ..., said closed primaries ... deny": the clause after
            return right[0]
        if len(left) > 1 and _unclosed_apposition(left[-2], left[-1]):
            return left[-2]
        return left[-1] if left else subj[0]
    if not subj and contracted_perfect(tok):
        return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj[0] if subj else None


def _unclosed_apposition(name, role) -> bool:
    """'Lt. Col. Adam Saleh Abakar, the spokesman for the RSF said ...': the apposition's closing comma is missing, so
    the small model makes both the name and the role subjects of the verb. The name (a proper noun whose phrase ends
    at a comma right before a role with its article) is who speaks; the role only describes him."""
    doc = name.doc
    start = min(t.i for t in role.subtree)
    return name.tag_ in ("NNP", "NNPS") and role.tag_ in ("NN", "NNS") and start > 0 and doc[start - 1].text == "," \
        and max(t.i for t in name.subtree) >= start - 1 and doc[start].lower_ in ("the", "a", "an") and \
        all(t.i < start for t in name.subtree)


def conditional(tok) -> bool:
    """'apologized if the fire was connected to ...', 'to apologize to pastors in case the fire ...': a condition
    the verb's act hangs on, which names what the act is about."""
    for c in tok.children:
        if c.dep_ == "advcl":
            marks = [g for g in c.children if g.dep_ == "mark"]
            if any(g.lower_ == "if" or g.lower_ == "in" and any(h.lower_ == "case" for h in g.children) for g in marks):
                return True
    return False


def sorry_for_what(tok) -> bool:
    """What an apology (cue_verbs needs 'if') is sorry for, as a proposition: a condition or a 'that' clause
    ("apologized if the fire was connected to ...", "apologized that ..."); not "for his tardiness", nor "after the
    church was destroyed" (a time the small model may hang on the verb as a clause)."""
    return conditional(tok) or any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                                   for c in tok.children)


def caused_object(tok):
    """The object of a causative verb ("led some to speculate that", "prompted Republicans to say") that `tok`, its
    infinitive with a clause of its own (or the condition of an apology: "leading Ms. Palin to apologize if ..."), is
    about; else None."""
    if tok.dep_ != "xcomp" or tok.head.lower_ not in _CAUSATIVES:
        return None
    lemma = cue_forms().get(tok.lower_)
    if not (sorry_for_what(tok) if lemma is not None and cue_verbs()[lemma].needs == "if" else has_clause(tok)):
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj"), None)


def set_off_subject(tok):
    """'Mr. Slinker, whose latest start-up uses big data, said ...', 'Jeffrey Salkin, a Hollywood, Fla., rabbi helping
    to organize the boycott, said': the model made the phrase set off by commas a clause of the verb with the
    sentence's opening noun as its subject; that noun is the verb's subject."""
    doc = tok.doc
    if tok.i < 4 or doc[tok.i - 1].text != ",":
        return None
    first = next((t for t in doc[:tok.i] if not (t.is_punct or t.dep_ in ("cc", "advmod"))), None)
    if first is None:
        return None
    head = first
    while head.dep_ in ("compound", "amod", "det", "nummod", "poss") and head.head.i > head.i and head.head.i < tok.i:
        head = head.head
    wrong = head.head
    if head.dep_ != "nsubj" or wrong.head.i != tok.i or not head.i < wrong.i < tok.i:
        return None
    end = max(t.i for t in source_tokens(head))
    return head if end + 1 < tok.i and doc[end + 1].text == "," else None


def _speech_or_belief(tok) -> bool:
    lemma = cue_forms().get(tok.lower_)
    return lemma is not None and cue_verbs()[lemma].cls in ("speech", "cognition")


def contracted_perfect(tok) -> bool:
    """"He's said he gets ...", "she's told reporters that ...": the small model reads the clitic of "has" as the "is" of
    a passive; with a clause of its own and no agent the verb is active (a passive "He's said to be ..." takes an
    infinitive, not a clause)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not _speech_or_belief(tok):
        return False  # "He's shown he can be a volume rebounder": what a person shows by doing is no claim
    return tok.tag_ in ("VBN", "VBD") and len(aux) == 1 and aux[0].dep_ == "auxpass" and \
        aux[0].lower_ in ("'s", "’s") and agent_of(tok) is None and any(c.dep_ == "ccomp" for c in tok.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "there") for c in tok.children)  # "It's implied that": a passive


def is_passive(tok) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        if contracted_perfect(tok):
            return False
        return True
    # "as reported by X", "a letter written by Y"; not "as POLITICO has reported"
    return tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)


def agent_of(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


_CLOSING_MARKS = frozenset(("”", "''", '"'))


def inverted_speaker(tok):
    """'"...," recalled Mr. Rhodes', '"...," tweeted another', '"...," read the email': a speech tag after a closing
    quotation whose speaker the small model made the verb's object; the object, when nothing else is its subject."""
    doc = tok.doc
    cv = cue_verbs().get(cue_forms().get(tok.lower_, tok.lower_))
    if tok.i < 2 or tok.tag_ not in ("VBD", "VBZ", "VBP", "VB") or cv is None or cv.cls != "speech" or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):  # "read the email": VB for the past "read"
        return None
    prev = [t.text for t in doc[max(0, tok.i - 2):tok.i] if not t.is_space]
    if not prev or prev[-1] not in _CLOSING_MARKS or not any(t.text in (",", "?", "!") for t in doc[max(0, tok.i - 4):tok.i]):
        return None
    # the model reads the speaker as an object, or as an attribute after a verb it takes for a copula ('"...,"
    # continued Bartsch.')
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i), None)
    if obj is None or obj.tag_ == "PRP" or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children if c.i > tok.i):
        return None
    return obj


def object_tag_speaker(tok):
    """'Nearly all aspects of life have been hit, concludes a new study.', '..., finds a study published in Nature',
    '..., warns the IMF': an inverted tag after an unquoted reported clause, whose speaker the small model made the
    verb's object. The verb is set off by a comma right after the clause, has no subject, auxiliary or clause of its
    own, and its object opens right after it and runs to the sentence's end; the clause is either its complement
    (the verb is the root) or the root the model conjoined or loosely hung it on ("rise ..., predicts a report")."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ") or tok.i < 3 or doc[tok.i - 1].text != "," or \
            cue_forms().get(tok.lower_) not in _INVERTED:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "expl") for c in tok.children) or \
            any(c.dep_ in ("ccomp", "xcomp", "dative") and c.i > tok.i for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i), None)
    if obj is None or obj.tag_ == "PRP" or obj.left_edge.i != tok.i + 1:
        return None
    last = len(doc) - 1
    while last > obj.i and doc[last].is_punct:
        last -= 1
    if obj.right_edge.i < last:
        return None  # "..., claims the lives of many and ...": the object does not close the sentence
    if tok.dep_ == "ROOT":
        content = any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
    else:
        root = tok.head
        # a root clause of its own before the comma, joined without "and" / "but" (not "X said A, warned B": a list of
        # one subject's acts), and not itself a cue (then the second verb is that speaker's own)
        content = tok.dep_ in ("conj", "dep", "parataxis") and root.dep_ == "ROOT" and root.i < tok.i and \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < root.i for c in root.children) and \
            not any(c.dep_ == "cc" for c in root.children) and cue_forms().get(root.lower_) is None
    return obj if content else None


# what a speaker's noun phrase after its verb may be made of ("a former spokesman", "Ukraine's Foreign Ministry")
_NP_TAGS = frozenset(("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))


def unquoted_tag_speaker(tok):
    """'He had a voice in decisions about ..., said a former spokesman for the ministry, who ...': an inverted speech
    tag after an unquoted reported clause, whose speaker the small model hung on a verb further on (a relative clause's
    or the next clause's subject). The tag is the sentence's main verb, set off by a comma after the clause it
    governs, with no subject or object of its own; the noun phrase right after it is the speaker."""
    doc = tok.doc
    cv = cue_verbs().get(cue_forms().get(tok.lower_, tok.lower_))
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ") or cv is None or cv.cls != "speech" or tok.i < 3 or \
            doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg") for c in tok.children) or \
            not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None
    j = tok.i + 1
    while j < len(doc) and doc[j].tag_ in _NP_TAGS:
        j += 1
    # the phrase's head: its last noun, before a preposition, a comma or the end ("a former spokesman | for ...")
    head = next((doc[k] for k in range(j - 1, tok.i, -1) if doc[k].tag_ in _NOUN_TAGS), None)
    if head is None or (j < len(doc) and doc[j].tag_.startswith("VB")):
        return None  # "..., said the ministry has ...": a verb right after the phrase makes it a clause's subject
    return head
