"""Claims from the syntactic core: the parse's cues and sources (syntax.py), resolved to actors with the
article's memory and added where the rules left a cue unexplained.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .body_words import body_voices
from .cue_sources import resolve_source
from .memory import ActorMemory
from .model import Actor
from .parse import parsed_text
from .speaker import UNKNOWN, FoundClaim
from .syntax import find_cues
from .syntax_cue import SynCue
from .syntax_tokens import quote_spans, span_of
from .verbs import verb_kind

# "a spokesperson for the ministry", "officials at the Pentagon": the body they speak for is the speaker
_VOICES = body_voices()  # data/body_voices.tsv


def add_syntactic_claims(sent: str, doc, found: list[FoundClaim], mem: ActorMemory,
                         opened: bool = False) -> list[tuple[SynCue, FoundClaim]]:
    """Append to `found` a claim for every cue of the parse `doc` that no rule claim explains; returns what was
    added, with the cue that made each row. `opened`: the sentence starts inside a quotation."""
    added: list[tuple[SynCue, FoundClaim]] = []
    for cue in find_cues(doc, opened):
        if cue.in_quote:
            continue  # an "I think" inside a quotation belongs to the quoted speaker's own claim
        if cue.rule == "syn.subject" and _quoted_source(sent, cue, opened):
            # '"... the yoke imposed by (President) Pierre Nkurunziza," Ntwari Israel, the rebel's deputy commander
            # told AFP': a name the quotation ends with, read by the parse as the tag's subject, is no speaker
            continue
        if _explained(cue, found):
            wrong = _misread(cue, found, sent) or _in_verb_phrase(cue, found, doc)
            if wrong is None:
                continue
            found.remove(wrong)  # the rules took a noun inside the speaker's own phrase for the speaker
        got = resolve_source(sent, cue, found, mem, doc)
        if got is None:
            continue
        actor, how = got
        if (signer := _statement_signer(sent, cue, actor, mem)) is not None:
            actor, how = signer, "the body the unsigned statement names as its subject"
        elif (issuer := _statement_issuer(sent, cue, actor, mem)) is not None:
            actor, how = issuer, "the body speaking last issued the unsigned statement"
        same = [c for c in found if c.actor == actor]
        if same and (any(c.verb_start == cue.cue_start for c in same) or cue.rule != "syn.second_cue" and (
                cue.claim_type == "statement" or any(verb_kind(c.claim_type) == cue.claim_type for c in same))) and \
                not _asserts_after_denial(cue, same, sent):
            # a second verb of the same speaker in one sentence is one claim, unless of another kind or a participle
            # set off with content of its own ("testified that ..., saying he did not shoot her": syn.second_cue);
            # the same verb is the same claim (a verdict "called X 'cowardly'" the rules type by its label only later)
            continue
        # a placeholder of the rules for this very verb (a speaker they could not name) gives way
        found[:] = [c for c in found if not (c.actor is UNKNOWN and c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1))]
        claim = FoundClaim(actor, sent[cue.src_start:cue.src_end], cue.src_start, cue.src_end, cue.verb,
                           cue.cue_start, cue.cue_end, cue.claim_type, rule=cue.rule, resolved_by=how)
        found.append(claim)
        added.append((cue, claim))
    return added


def _quoted_source(sent: str, cue: SynCue, opened: bool) -> bool:
    """Whether the parse's source is the last words of a quoted utterance that closes before its verb ('... imposed by
    Pierre Nkurunziza," Ntwari Israel ... told AFP'): only its closing punctuation and mark come after the source. A
    quoted name ('the "Yellow Vests" said', a scare-quoted group) ends in no punctuation and is a speaker."""
    return any(a <= cue.src_start and cue.src_end <= b <= cue.cue_start and _UTTERANCE_END.fullmatch(sent, cue.src_end, b)
               for a, b in quote_spans(sent, opened))


# what follows a quoted utterance's last word: its closing punctuation, then the closing mark
_UTTERANCE_END = re.compile(r"[,.;:!?…]+\s*(?:[\"”’']|'')")


# 'A statement said: "The Elite League is heartbroken to ...': an unsigned statement whose quotation opens with a
# named body as its subject, speaking of itself in the third person as bodies' statements do
_SIGNED_QUOTE = re.compile(r"\s*:?\s*[“\"]\s*(?P<np>(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*\p{Lu}[\p{L}&'’-]*){0,6})"
                           r"\s+(?:is|are|was|were|has|have|would|wishes|wish|can|will)\b")
_UNSIGNED = frozenset({"statement", "a statement", "the statement", "a joint statement", "a brief statement"})


def _statement_issuer(sent: str, cue: SynCue, actor, mem: ActorMemory):
    """'A Nigerian peacekeeper was killed ..., the UN said. The victim "succumbed to his wounds ...", a statement
    said': an unsigned statement is the body that spoke last (a statement is no actor of its own), when the last
    speaker is a body; None when a person spoke last or no one did."""
    if sent[cue.src_start:cue.src_end].lower() not in _UNSIGNED or actor.kind == "person" or not mem.speakers:
        return None
    last = mem.speakers[-1]
    return last if last.kind in ("organization", "country", "media") and last.name.lower() not in _UNSIGNED else None


def _statement_signer(sent: str, cue: SynCue, actor, mem: ActorMemory):
    """The body an unowned 'A statement said: "The X is ..."' is from, or None."""
    if sent[cue.src_start:cue.src_end].lower() not in _UNSIGNED or actor.kind == "person" or \
            not (m := _SIGNED_QUOTE.match(sent, cue.cue_end)):
        return None
    from .actors import resolve  # actors reads this module's neighbours; import late
    np = m.group("np")
    body = resolve(np, mem)
    if body is None and np.startswith("The ") and len(np.split()) >= 3:
        # a proper name of several words after "The" ("The Elite Ice Hockey League"): a body, of the story's country
        name = np[4:]
        body = Actor(f"org:{name.lower()}", name, "organization", mem.focus)
    return body if body is not None and body.kind in ("organization", "media") and \
        body.name.lower() not in _UNSIGNED else None


def _asserts_after_denial(cue: SynCue, same: list[FoundClaim], sent: str) -> bool:
    """'X denied that, claiming that barricades were put up by others': a participle with a that-clause of its own
    after the speaker's denial asserts something the denial does not: a second claim of another kind (the batch-1
    rule of two claim types in one sentence), where 'slammed the budget, saying ...' only gives the stance's reason."""
    return cue.rule in ("syn.participle", "syn.advcl") and all(verb_kind(c.claim_type) == "denial" for c in same) and \
        all(c.verb_start < cue.cue_start for c in same) and \
        (_THAT_AFTER.match(sent, cue.cue_end) is not None or _SUBJECT_CLAUSE_AFTER.match(sent, cue.cue_end) is not None)


_THAT_AFTER = re.compile(r"\s+that\s")
# a clause with no "that": a pronoun subject and its finite verb ('dismissed the report as "one-sided," saying it does
# not cover "the war crimes" ...'), not an object ("saying nothing", "saying so")
_SUBJECT_CLAUSE_AFTER = re.compile(r"\s+(?:it|they|he|she|we|there|this)\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|does|do|did|"
                                   r"would|will|could|can|should)\b")


def _rule_claim_before(found: list[FoundClaim], cue: SynCue, limit: int) -> FoundClaim | None:
    """The rule claim on this cue's verb whose speaker ends before `limit`, or None."""
    return next((c for c in found if c.actor is not UNKNOWN and 0 <= c.subj_start and c.subj_end <= limit
                 and c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1)), None)


def _misread(cue: SynCue, found: list[FoundClaim], sent: str) -> FoundClaim | None:
    """The rule claim for this cue whose speaker lies inside the modifiers of the parse's speaker ("officials who
    spoke with The Huffington Post said": not The Huffington Post), or None."""
    if cue.rule == "syn.agent":
        # "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed": what a passive speech verb reports on stands
        # before it; who said it is its agent
        return _rule_claim_before(found, cue, cue.cue_start)
    if cue.rule == "syn.relative_obj" and sent[cue.src_start:cue.src_end].split()[-1].lower() in ("that", "which"):
        # "Military rejected ... Report 2013, which accused it of abuses": the rules gave the relative clause's verb
        # the main clause's subject; the noun the clause hangs on speaks (syntax_sources' speaking antecedent)
        return _rule_claim_before(found, cue, cue.src_start)
    if cue.rule != "syn.subject":
        return None
    for c in found:
        if c.actor is UNKNOWN or not c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1) or c.subj_start < 0:
            continue
        if c.subj_end <= cue.cue_start and (any(a <= c.subj_start and c.subj_end <= b for a, b in cue.clauses) or
                                            any(a <= c.subj_start and c.subj_end <= b for a, b in cue.inner) and
                                            cue.head.lower() not in _VOICES):
            return c  # not an apposition ("The Chairman ..., Grigory Karasin, announced": the name is right)
        if cue.head_tag in ("NNP", "NNPS") and cue.head.lower() not in _VOICES and c.subj_end <= cue.cue_start and \
                c.subj_start >= cue.src_end and (any(a <= c.subj_start and c.subj_end <= b for a, b in cue.deep) or
                                                 c.subj_end <= cue.full_end and (_full_name(sent[cue.src_start:cue.src_end])
                                                                                 or sent[c.subj_start:c.subj_end][:1].islower())):
            # a name inside the appositions of the parse's named speaker ("Giovanni Maria Vian, the editor of the
            # Vatican's newspaper, L'Osservatore Romano, said"; "Kasich, a Republican who has refused to endorse
            # Mr. Trump, said"); a description set off after a name ("Harris, one of three Black senators, said"):
            # the name the parse saw first speaks
            return c
        if c.subj_end <= cue.src_start or c.subj_start >= cue.src_end:
            # the two disagree: the parse wins where the rules' speaker stands inside a quotation ('"... the
            # foundation ...," said a person close to the Clintons') or away from the verb while the parse's
            # stands right next to it ("Clinton, a top aide said, ...")
            if any(a <= c.subj_start < b for a, b in quote_spans(sent)):
                return c
            if not sent[cue.src_end:cue.cue_start].strip() and sent[c.subj_end:cue.cue_start].strip(" ,") and \
                    c.subj_end <= cue.src_start and cue.src_end - cue.src_start > 2:
                return c
    return None


def _in_verb_phrase(cue: SynCue, found: list[FoundClaim], doc) -> FoundClaim | None:
    """The rule claim for this cue whose speaker stands inside a prepositional phrase or a participle clause of the
    cue verb itself while the parse's subject stands before it ("Clinton, during a town hall meeting in Columbus,
    Ohio, said": not Ohio; "Pena Nieto, contradicting Trump, said": not Trump; '"...," Mr. Regalado said in his
    office overlooking Biscayne Bay': not the bay), or inside the clause it reports ("Dunwoody, who worked for
    Obama, said tensions among many activists were higher": not the activists)."""
    if cue.rule != "syn.subject" or cue.src_end > cue.cue_start:
        return None
    verb = next((t for t in doc if t.idx == cue.cue_start), None)
    if verb is None:
        return None
    spans = [span_of([t for t in c.subtree if t.i > verb.i or c.i < verb.i]) for c in verb.children
             if c.dep_ == "prep" or c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBG", "VBN")
             or c.dep_ == "ccomp" and c.i > verb.i and parsed_text(doc)[cue.src_end:cue.cue_start].strip() != ","]
    # ccomp: 'Steve Huhn, ..., said Fiorina "was ...': what he said; not "And Trump, said Sunshine, doesn't forgive":
    # an inverted tag the small model read backwards
    for c in found:
        if c.actor is UNKNOWN or c.subj_start < 0 or not c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1):
            continue
        if c.subj_start >= cue.src_end and any(a <= c.subj_start and c.subj_end <= b for a, b in spans):
            return c
    return None


def _full_name(text: str) -> bool:
    """Two or more capitalised words: a full name ("Giovanni Maria Vian"), not a title ("The Chairman")."""
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2 and words[0][:1].isupper()


def _explained(cue: SynCue, found: list[FoundClaim]) -> bool:
    for c in found:
        if c.actor is UNKNOWN:
            continue
        if c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1):
            return True
        if c.subj_start >= 0 and c.subj_start < cue.src_end and cue.src_start < c.subj_end and \
                abs(c.verb_start - cue.cue_start) < 3:
            return True
    return False
