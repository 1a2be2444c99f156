"""Claims from the syntactic core: the parse's cues and sources (syntax.py), resolved to actors with the
article's memory and added where the rules left a cue unexplained.
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .actors import TITLE, ActorMemory, country_actor, country_in, name_country, resolve
from .groups import demonym_of, is_document, is_group, is_individual, is_people, np_head
from .model import Actor
from .numbers import NUMBER_WORDS
from .pronouns import antecedent
from .claimants import bad_name
from .colon_labels import person_shaped, states_something
from .speaker import UNKNOWN, FoundClaim
from .verbs import verb_kind

from .context import PLACE_NAMES
from .gazetteer import PEOPLE
from .kin import named_before_in_sentence
from .body_words import body_voices, speaks_for
from .cue_words import document_voice_verbs, speech_nouns
from .figure_words import share_parts
from .inflections import word_lemmas
from .name_words import first_names, name_titles
from .people_words import plural_heads, singular_s_people
from .source_words import container_nouns, document_parts, headline_rubrics, source_nouns, speaking_documents
from .parse import parsed_text
from .places import lone_city_country
from .patterns import last_runs, lower_words, may_hold
from .plausible import plausible_source
from .sources import WHEN
from .syntax import find_cues
from .syntax_cue import SynCue
from .syntax_tokens import quote_spans, source_tokens, span_of
from .syntax_words import DOC_NOUNS, mentions_poll

# compiled once, not looked up in the pattern cache on every call
_THOSE = re.compile(r"(?i)those\s")
# a percentage ("62 percent of voters") is no "he" or "she"
_PERCENT = share_parts()["percent"]  # data/share_nouns.tsv

_PERSONAL = frozenset("he she".split())
_PLURAL = frozenset("they".split())
_POSSESSOR = {"his": "he", "her": "she", "their": "they", "its": "it"}
_NAME_POSS = re.compile(r"\b([A-Z][\p{L}-]+)(?:['’]s?)(?=\s)")
# Nouns that speak for their possessor: "his office said", "Trump's campaign said", "her spokesman said".
SPEAKS_FOR = speaks_for()
# What a body or person issues in its own voice: the issuer, named before the noun or after "from"/"by", is the source.
_ISSUED = document_parts()["issued"]  # data/document_roles.tsv
_ISSUER_BEFORE = re.compile(r"(?i)^(?:(?:the|a|an)\s+)?(?:(?:new|latest|official|joint|written|brief|short|terse|separate|"
                            r"earlier|later|press|news)\s+)*(?P<b>.+?)\s+(?:press\s+|news\s+)?[\p{L}é]+$")
_ISSUER_AFTER = re.compile(r"(?i)^.*?[\p{L}é]+\s+(?:issued\s+|released\s+|sent\s+)?(?:from|by)\s+(?P<b>.+)$")


def _issuer(text: str, head: str, owner: str | None) -> str | None:
    """The words that name who issued the document `text` names ("the DOJ release" -> "DOJ", "a statement from the
    ministry" -> "the ministry", "the ministry's statement" -> its owner), or None."""
    if owner and owner.lower() not in ("his", "her", "its", "their", "our", "my", "your"):
        return owner
    words = text.split()
    if words and words[-1].lower().strip(".,") == head and (m := _ISSUER_BEFORE.match(text)):
        b = m.group("b")
        return b if b[:1].isupper() or b.lower() in source_nouns() else None
    if head in text.lower().split()[:3] and (m := _ISSUER_AFTER.match(text)):
        return m.group("b")
    return None


_LEAD_DET = re.compile(r"(?i)^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|several|other|"
                       r"another|one|two|three|both|all|most|few)\s+")
_NOT_SOURCE = frozenset("i me we us you it this that there these those one other all none nobody "
                        "anyone everyone everybody someone somebody each either neither both".split())
# "a spokesperson for the ministry", "officials at the Pentagon": the body they speak for is the speaker
_VOICES = body_voices()  # data/body_voices.tsv
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# "seen by Reuters", "obtained by The Post": how the outlet came by a document, not part of its name
_HELD_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|read)\s+by\s.*$")
_REL_END = re.compile(r"(?i)\s*[,—–-]?\s*\b(?:who|which|that|whom)$")  # "X – who boasted": a dash sets it off too
# How far back a pronoun may reach for its speaker when the memory's own rules found none (sentences).
_REACH = 6


def add_syntactic_claims(sent: str, doc, found: list[FoundClaim], mem: ActorMemory,
                         opened: bool = False) -> list[tuple[SynCue, FoundClaim]]:
    """Append to `found` a claim for every cue of the parse `doc` that no rule claim explains; returns what was
    added, with the cue that made each row. `opened`: the sentence starts inside a quotation."""
    added: list[tuple[SynCue, FoundClaim]] = []
    for cue in find_cues(doc, opened):
        if cue.in_quote:
            continue  # an "I think" inside a quotation belongs to the quoted speaker's own claim
        if _explained(cue, found):
            wrong = _misread(cue, found, sent) or _in_verb_phrase(cue, found, doc)
            if wrong is None:
                continue
            found.remove(wrong)  # the rules took a noun inside the speaker's own phrase for the speaker
        got = resolve_source(sent, cue, found, mem, doc)
        if got is None:
            continue
        actor, how = got
        same = [c for c in found if c.actor == actor]
        if same and (any(c.verb_start == cue.cue_start for c in same) or cue.rule != "syn.second_cue" and (
                cue.claim_type == "statement" or any(verb_kind(c.claim_type) == cue.claim_type for c in same))):
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


def _misread(cue: SynCue, found: list[FoundClaim], sent: str) -> FoundClaim | None:
    """The rule claim for this cue whose speaker lies inside the modifiers of the parse's speaker ("officials who
    spoke with The Huffington Post said": not The Huffington Post), or None."""
    if cue.rule == "syn.agent":
        # "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed": what a passive speech verb reports on stands
        # before it; who said it is its agent
        return next((c for c in found if c.actor is not UNKNOWN and c.subj_start >= 0 and c.subj_end <= cue.cue_start
                     and c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1)), None)
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
                                                 c.subj_end <= cue.full_end and _full_name(sent[cue.src_start:cue.src_end])):
            # a name inside the appositions of the parse's named speaker ("Giovanni Maria Vian, the editor of the
            # Vatican's newspaper, L'Osservatore Romano, said"; "Kasich, a Republican who has refused to endorse
            # Mr. Trump, said"): the name the parse saw first speaks
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


# "In an FBI agent's unsworn testimony, he describes ...", "In the senator's letter, she wrote": the sentence opens in
# a document or speech of someone described, and the pronoun subject right after it is its owner
_FRAMING_OWNER = re.compile(r"[Ii]n\s+(?P<np>(?:an?|the)\s+[^,;:“”\"']{1,50}?)['’]s\s+(?:[\p{L}-]+\s+){0,2}?"
                            r"(?P<doc>[\p{L}-]+)\s*,\s*$")


def framing_owner(sent: str, at: int, mem: ActorMemory) -> Actor | None:
    """The person described in an opening "In <someone>'s <document or speech>," right before offset `at`."""
    m = _FRAMING_OWNER.fullmatch(sent, 0, at)
    if m is None or m.group("doc").lower() not in speaking_documents() | speech_nouns():
        return None
    np = m.group("np")
    actor = resolve(np, mem) or describe(np, np.split()[-1].lower(), mem)
    return actor if actor is not None and actor.kind == "person" else None


def resolve_source(sent: str, cue: SynCue, found: list[FoundClaim], mem: ActorMemory, doc=None) -> tuple[Actor, str] | None:
    """The actor the source words of `cue` name, and how it was found: a pronoun's antecedent, a possessor that
    the noun speaks for, whatever the resolver knows the phrase as, else an actor named by the description itself."""
    text = _REL_END.sub("", sent[cue.src_start:cue.src_end].strip())  # "a retired general who": the general
    low = text.lower()
    if low in ("those", "others") and cue.full_end > cue.src_end and len(sent[cue.full_start:cue.full_end].split()) <= 6:
        text = sent[cue.full_start:cue.full_end].strip(" ,")  # "those surveyed": the phrase names them
        # people described, never one person: no "he" or "she" later names them
        actor = describe(text, "those", mem)
        return (actor, "description (the words themselves)") if actor else None
    if low in _POSSESSOR:
        # "his claim that ...": the sentence's own speaker of that kind, else the one the pronoun would name
        pron = _POSSESSOR[low]
        if pron in _PERSONAL:
            # "Trump's inflammatory statements, including ... his statement that": a person named as a possessor
            # earlier in the sentence, of the pronoun's gender where it is known
            for m in reversed(list(_NAME_POSS.finditer(sent, 0, cue.src_start))):
                known = mem.by_surname.get(m.group(1))
                if known is not None and known.kind == "person" and mem.gender.get(known.key, pron) == pron:
                    return known, f"possessor '{low}' -> the person named as a possessor before it"
        for c in reversed(found):
            if c.actor is not UNKNOWN and c.subj_start >= 0 and (c.actor.kind == "person") == (pron in _PERSONAL) and \
                    mem.gender.get(c.actor.key, pron) == pron:  # "Mary said ... his claim": not Mary's
                return c.actor, f"possessor '{low}' -> speaker earlier in the sentence"
        if pron in _PERSONAL and (known := named_before_in_sentence(sent, cue.src_start, pron, mem)) is not None:
            return known, f"possessor '{low}' -> the first person the sentence named before it"  # "De Blasio repeated his claim"
        return _recent(pron, mem, f"possessor '{low}' -> last {{}} named within {_REACH} sentences")
    if low == "it":
        # "the party ... it said": the body last named within reach; never a person
        body = mem.body_just_before()
        hit = (body, "pronoun 'it' -> the body the sentence before opened with") if body is not None else \
            _recent("it", mem, "pronoun 'it' -> last {} named within %d sentences" % _REACH)
        if hit is None and doc is not None:
            hit = _body_subject_before(sent, cue, doc, mem)
        if hit is None and (said := _document_said(cue, mem)) is not None:
            return said
        return hit if hit is not None and hit[0].kind in ("organization", "media", "country") else None
    if low in _NOT_SOURCE or not text:
        return None
    if low in _PERSONAL or low in _PLURAL:
        hit = antecedent(sent, (cue.src_start, cue.src_end), None, found, mem)
        if hit is not None and hit[0] is not UNKNOWN and (hit[0].kind == "person" or low not in _PERSONAL):
            return hit[0], "pronoun -> speaker earlier in the sentence"  # "he" is a person
        actor = resolve(text, mem)
        if actor is not None:
            return actor, "pronoun -> recent speaker (resolver)"
        if low in _PERSONAL and (owner := framing_owner(sent, cue.src_start, mem)) is not None:
            return owner, "pronoun -> the owner of the document or speech the sentence opens in"
        hit = _recent(low, mem, "pronoun -> last {} named within %d sentences" % _REACH)
        if hit is None and low == "they" and doc is not None:
            hit = _plural_subject_before(sent, cue, doc, mem)
        if hit is None and low == "they":
            hit = _plural_just_before(mem)
        return hit
    head = cue.head.lower()
    if head in container_nouns() and cue.full_end > cue.src_end:
        # "a redacted copy of the inspector general's memo seen by Reuters said": what the copy holds names it
        whole = _HELD_BY.sub("", _REL_END.sub("", sent[cue.src_start:cue.full_end].split(",")[0].strip(" ,")))
        actor = resolve(whole, mem) or describe(whole, head, mem)
        return (actor, "container -> the document it holds") if actor else None
    if cue.full_end > cue.src_end and source_nouns().get(head) == "document" and \
            (actor := resolve(_REL_END.sub("", sent[cue.src_start:cue.full_end].strip(" ,")), mem)) is not None:
        # "a statement on the website of the U.S. Embassy says": the parse leaves the document's place out of the
        # source's words, but the whole phrase names its publisher (sources.document_owner)
        return actor, f"document -> its publisher ({actor.kind})"
    actor = resolve(text, mem)
    if actor is not None:
        return actor, f"resolver -> {actor.kind}"
    if (cue.head_tag == "NN" or cue.head_tag.startswith("VB")) and cue.src_start == 0 and cue.head[:1].isupper() and \
            head not in source_nouns():
        return None  # a sentence-initial word the tagger read as a common noun: a name only if known ("Trump says")
    if cue.owner and head in SPEAKS_FOR:
        owner = cue.owner.lower()
        if owner in ("his", "her", "its", "their"):
            return _recent({"his": "he", "her": "she", "its": "it", "their": "they"}[owner], mem,
                           f"possessor '{owner}' -> last {{}} named, for whom the {head} speaks")
        hit = resolve(cue.owner, mem)
        if hit is not None:
            return hit, f"possessor '{cue.owner}', for whom the {head} speaks"
    if head in _ISSUED and (body := _issuer(text, head, cue.owner)) and \
            (hit := resolve(body, mem) or resolve("the " + body, mem)) is not None and hit.kind != "unknown":
        # "the DOJ release states", "a statement from the ministry reads", "the ministry's statement said": what a
        # body or person issues speaks with its voice
        return hit, f"document -> the one who issued it ({hit.kind})"
    if cue.head_tag.startswith("NNP") or cue.head[:1].isupper() and not word_lemmas(head):
        # a name the resolver does not know: a person when it looks like one, else a body
        words = text.split()
        if cue.head_tag == "NNP" and cue.head in words and words.index(cue.head) < len(words) - 1:
            words = words[:len(words) - words[::-1].index(cue.head)]  # "Gov. John Kasich of Ohio": up to the head
        if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]) and cue.head_tag == "NNP":
            run = []  # the last run of capitalised words: "Trinity junior Ben Patton" -> "Ben Patton"
            for w in reversed(words):
                if not (w[:1].isupper() or w in ("de", "van", "von", "al", "bin")) or w.rsplit("-", 1)[-1].islower():
                    break  # ("Eton-educated", "London-based": a modifier, not a part of the name)
                run.insert(0, w)
            if source_nouns().get(head) in ("body", "media"):
                # "The Palestinian Authority in the Israeli-occupied West Bank": a body's name (its head is a body
                # noun), placed by its own words first, else by the place after it ("The Health Ministry in the
                # Israeli-occupied West Bank": country_in skips the agent of "Israeli-occupied")
                name = _LEAD_DET.sub("", " ".join(run))
                return Actor(f"org:{name.lower()}", name, "organization",
                             country_in(name) or country_in(text)), "new name (body)"
            while len(run) > 2 and run[0].endswith(".") and re.fullmatch(TITLE, run[0]):
                run.pop(0)  # "Sen. Johnny Isakson of Georgia and ...": the name, without its abbreviated title
            return mem.person(" ".join(run), None), "new name (person)"
        before = (words[-2] if len(words) >= 2 else (_WORD_BEFORE.search(sent, 0, cue.src_start) or [None, ""])[1]).lower()
        if cue.head_tag == "NNP" and words[-1] == cue.head and before in name_titles():
            # "said disaster agency official Fauzi", "police spokesman Rikwanto said": one name after a person's
            # title or role is that person (many Indonesian, Brazilian ... speakers go by one name), so "he" finds him
            return mem.person(_named_in_full(cue.head, mem), country_in(text), before), "new name (person after a title)"
        name = _LEAD_DET.sub("", text)
        # "SINGAPORE Press Holdings reported": a company its own name places; "Cambridge has said": a city's body
        code = name_country(name) or (lone_city_country(name, mem.focus) if " " not in name else None)
        return Actor(f"org:{name.lower()}", name, "organization", code), "new name (body)"
    actor = describe(text, head, mem)
    return (actor, "description (the words themselves)") if actor else None


_DOC_DET = r"(?:the|a|an|this|that|his|her|its|their|our|[A-Z][\p{L}.&-]*['’]s)\s+(?:[\p{L}\d'’/&.-]+\s+){0,4}?"


@lru_cache(maxsize=None)
def _doc_heads() -> tuple[str, ...]:
    """The singular document heads of speaking_documents.tsv, longest first."""
    return tuple(sorted((d for d in speaking_documents() if not d.endswith("s") or d in ("press",)), key=len, reverse=True))


@lru_cache(maxsize=None)
def _doc_phrase() -> re.Pattern:
    """A determiner, up to four words and a singular document head of speaking_documents.tsv."""
    return re.compile(r"\b" + _DOC_DET + r"(?:" + "|".join(re.escape(h) for h in _doc_heads()) + r")\b(?![-’'])")


@lru_cache(maxsize=None)
def _doc_head_runs() -> frozenset[str] | None:
    """The heads' last words, the set test in front of _doc_phrase's scan (a head follows a space and no letter
    follows it): ~1% of extraction's CPU went to scanning sentences that name no document."""
    return last_runs(_doc_heads())


def register_document(sent: str, mem: ActorMemory) -> None:
    """Remember the last document with words of its own the sentence names ("an email to supporters", "a 2001
    memorandum issued by the agency"): an "it" that reads or says something next may be it."""
    if not may_hold(_doc_head_runs(), sent):
        return
    last = None
    for last in _doc_phrase().finditer(sent):
        pass
    if last is not None:
        mem.document = (mem.now, last.group(0))


def register_plural(sent: str, mem: ActorMemory) -> None:
    """Remember the plural people a sentence opens with, after at most a short opening phrase ("In a recent study,
    three economists -- ... -- raised ...", "Economists looked at ..."): a "they" in the next two sentences that no
    body or group within reach stands for is them. Only a subject's place, so that "moving workers into ..." is not
    read; only person nouns of source_nouns.tsv ("economists", "analysts", "officials")."""
    if not _plural_people().isdisjoint(lower_words(sent)) and (m := _PLURAL_OPENING.match(sent)) is not None and \
            m.group("head").lower() in _plural_people():
        mem.plural = (mem.now, m.group("np"))
    elif sent.startswith("They ") and mem.plural is not None and mem.now - mem.plural[0] <= 2:
        mem.plural = (mem.now, mem.plural[1])  # "They examined ...": the same people, further on


def register_members(sent: str, mem: ActorMemory) -> None:
    """Remember the plural people a sentence names as a whole, in the singular ("Vice-chancellors reacted with fury
    ..." -> "Vice-chancellor", "began with two of the witnesses" -> "witness"): a bare "One" opening the next sentence
    is one of them (memory.one_of_them). Only person nouns of source_nouns.tsv; the last such phrase wins."""
    if _member_nouns().isdisjoint(lower_words(sent)):
        return  # no person noun a match's head could be: nothing to scan for
    found = [m for rx in (_MEMBERS_OPENING, _MEMBERS_OF) for m in rx.finditer(sent)]
    for m in sorted(found, key=_start, reverse=True):
        head = m.group("head")
        last = head.rsplit("-", 1)[-1].lower()  # "Vice-chancellors": the noun is "chancellors"
        if source_nouns().get(last) != "person" or last in _SINGULAR_S or not (one := word_lemmas(last).get("NOUN")):
            continue
        if one[0] == last:
            continue  # a singular ("boss", "witness"): no plural people
        name = m.group("np")[:m.start("head") - m.start("np")] + head[:len(head) - len(last)] + one[0]
        mem.members = (mem.now, name[:1].upper() + name[1:])
        return


def _start(m) -> int:
    return m.start()


@lru_cache(maxsize=None)
def _member_nouns() -> frozenset[str]:
    """The words a head register_members keeps can end with (its part after a hyphen, lower case): person nouns of
    source_nouns.tsv that end in "s" as the heads do, but those singular in "s". A head follows a space or a hyphen
    and ends before a non-word character, so its last part is one of the sentence's lower_words ([a-z]+ runs)
    whenever it is one of these; the set test spares the two scans on the sentences with none (most of them)."""
    return frozenset(w for w, kind in source_nouns().items() if kind == "person" and w not in _SINGULAR_S
                     and w.endswith("s") and w.isascii() and w.isalpha() and w.islower())


# "Vice-chancellors reacted ...", "Many residents say": the plural people a sentence opens with (a hyphenated head too)
_MEMBERS_OPENING = re.compile(r"^(?:[^,“”\"]{0,60},\s+)?(?:(?i:the|these|those|many|some|most|several)\s+)?"
                              r"(?P<np>(?:(?![\p{L}-]*ing\s)\p{Ll}[\p{L}-]*\s+){0,2}?(?P<head>\p{L}[\p{L}-]*s))\b(?![’'-])")
# "two of the witnesses", "several of its members": some of a plural people, anywhere in the sentence
_MEMBERS_OF = re.compile(r"(?i)\b(?:two|three|four|five|several|some|many|both|\d+)\s+of\s+(?:the|these|those|its|their)\s+"
                         r"(?P<np>(?:[\p{L}-]+\s+){0,2}?(?P<head>\p{L}[\p{L}-]*s))\b(?![’'-])")


# a sentence's opening: an optional phrase closed by a comma, a quantifier or determiner, up to two modifiers (no
# "-ing" word: "Showing writers that ..." opens with a gerund, not with writers) and a plural noun, then no
# possessive ("the researchers' findings")
_PLURAL_OPENING = re.compile(r"^(?:[^,“”\"]{0,60},\s+)?(?P<np>(?:(?i:the|these|those|two|three|four|five|six|several|"
                             r"many|some|most|\d+)\s+)?(?:(?![\p{L}-]*ing\s)[\p{L}-]+\s+){0,2}?(?P<head>\p{L}+s))\b(?![’'-])")


@lru_cache(maxsize=None)
def _plural_people() -> frozenset[str]:
    """The plural forms of source_nouns.tsv's person nouns ("economists", "officials"; not "economist")."""
    return frozenset(w for w, kind in source_nouns().items() if kind == "person" and w.endswith("s")
                     and w[:-1] in source_nouns() and w not in _SINGULAR_S)


# person nouns that end in "s" in the singular
_SINGULAR_S = singular_s_people()  # data/singular_s_people.tsv


def _plural_just_before(mem: ActorMemory) -> tuple[Actor, str] | None:
    """For a "they" no body or group within reach stands for: the plural people the sentence before (or the one
    before it) opened with (register_plural), named by their words."""
    if mem.plural is None or not 1 <= mem.now - mem.plural[0] <= 2:
        return None
    np = mem.plural[1]
    actor = describe(np, np.split()[-1].lower(), mem)
    return (actor, "pronoun 'they' -> the plural people a sentence just before opened with") if actor else None


# The verbs a document's own words do ("it reads", "it says"), not what is done with it ("it was announced")
_DOC_VOICE = document_voice_verbs()  # data/document_voice_verbs.tsv


def _document_said(cue: SynCue, mem: ActorMemory) -> tuple[Actor, str] | None:
    """'The campaign sent an email Tuesday. At the bottom it reads, ...': when no body stands for "it", the document
    named in the sentence or two before it speaks, for a verb a document speaks with."""
    if mem.document is None or cue.lemma not in _DOC_VOICE or not 1 <= mem.now - mem.document[0] <= 2:
        return None
    np = mem.document[1]
    actor = describe(np, np.split()[-1].lower(), mem)
    return (actor, "pronoun 'it' -> the document named just before") if actor is not None else None


def _named_in_full(name: str, mem: ActorMemory) -> str:
    """The full name the story gives a one-word name elsewhere ("Former Mexico leader Calderon" in the headline,
    "Felipe Calderon" in the body), else the name itself."""
    if (known := mem.surname(name)) is not None and known.kind == "person":
        return known.name
    for m in re.finditer(rf"((?:\p{{Lu}}[\p{{L}}’'-]*\s){{1,4}}){re.escape(name)}\b(?!\s*\p{{Lu}})", mem.text):
        first: list[str] = []  # the capitalised words right before the name, back to a title ("President") or a place
        for w in reversed(m.group(1).split()):
            if w in PLACE_NAMES or w.lower() in source_nouns() or bad_name(w) or w in ("The", "A", "An", "Former"):
                break
            first.insert(0, w)
        if first:
            return " ".join(first + [name])
    return name


def _body_subject_before(sent: str, cue: SynCue, doc, mem: ActorMemory) -> tuple[Actor, str] | None:
    """'The group seeks to prevent gun deaths through what it calls "sensible laws"': the nearest singular subject
    earlier in the sentence that names a body, a document or an outlet, when the story named no body to stand for 'it'."""
    for tok in reversed([t for t in doc if t.idx < cue.src_start]):
        if tok.dep_ == "nsubj" and tok.tag_ == "NN" and source_nouns().get(tok.lower_) in ("body", "document", "media"):
            s0, s1 = span_of(source_tokens(tok))
            text = sent[s0:s1]
            actor = resolve(text, mem) or describe(text, tok.lower_, mem)
            if actor is not None and actor.kind == "person":
                actor = Actor(actor.key.replace("person:", "org:", 1), actor.name, "organization", actor.country)
            return (actor, "pronoun 'it' -> subject earlier in the sentence") if actor else None
    return None


def _plural_subject_before(sent: str, cue: SynCue, doc, mem: ActorMemory) -> tuple[Actor, str] | None:
    """'Senate Democrats blocked the bill because they said ...', 'many analysts ... because they believe': the
    nearest plural subject earlier in the sentence that can speak, when the story named no body to stand for 'they'."""
    for tok in reversed([t for t in doc if t.idx < cue.src_start]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") and plausible_source(tok) is not None:
            s0, s1 = span_of(source_tokens(tok))
            text = sent[s0:s1]
            actor = resolve(text, mem) or describe(text, tok.lower_, mem)
            return (actor, "pronoun 'they' -> plural subject earlier in the sentence") if actor else None
    before = [t for t in doc if t.idx < cue.src_start]
    if any(t.lower_ == "they" for t in before):
        # "As Johnson and Weld stumped, they were recognized by voters ..., they said": a later "they" is the first one's
        return None
    for tok in reversed(before):
        # "The question for people close to the campaign is not whether ... - that won't happen, they believe",
        # "treated by his fellow Republicans, though they swore ...": else the nearest plural people named earlier in
        # the sentence in any place (source_nouns person plurals or a plural name), when no subject would do
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ in ("pobj", "dobj", "attr", "appos") and \
                (tok.lower_ in _plural_people() or tok.tag_ == "NNPS") and plausible_source(tok) is not None:
            s0, s1 = span_of(source_tokens(tok))
            text = sent[s0:s1]
            actor = resolve(text, mem) or describe(text, tok.lower_, mem)
            return (actor, "pronoun 'they' -> plural people named earlier in the sentence") if actor else None
    return None


def _recent(pronoun: str, mem: ActorMemory, how: str) -> tuple[Actor, str] | None:
    if pronoun in ("he", "she"):
        hit = mem.last(lambda a: a.kind == "person" and mem.seen.get(a.key, -99) >= mem.now - _REACH
                       and mem.gender.get(a.key, pronoun) == pronoun)
        if asked := mem.asked_just_before(pronoun, hit):
            return asked, "pronoun -> the person asked just before"
        if subject := mem.person_just_before(pronoun):
            return subject, "pronoun -> the person the sentence before was about"
        if hit is None:
            # "Rubio said ... he said": a lone name the rules kept as a body until a pronoun shows it is a person
            lone = mem.last(lambda a: a.kind == "organization" and " " not in a.name and a.name[:1].isupper()
                            and not a.name.isupper() and mem.seen.get(a.key, -99) >= mem.now - _REACH)
            if lone is not None:
                hit = mem.person(lone.name, lone.country)
        since = [a for a in mem.speakers[-5:] if a.kind != "person" and not is_group(a)
                 and mem.seen.get(a.key, -99) > (mem.seen.get(hit.key, -99) if hit else -99)]
        if since and (hit is None or mem.seen.get(since[-1].key, -99) >= mem.now - 1):
            # "..., writes the PA agency. He adds ...": the agency's reporter; another body just before: say nothing
            last = since[-1]
            if last.kind == "media":
                return last, "pronoun -> the news outlet that spoke last (its reporter)"
            if hit is None:
                # a body just before and no person within reach: say nothing, unless a full name was read since the
                # body last spoke ("... the Rove ad claims ... Clinton laughed off the ad. '...,' she said")
                fresh = _named_since(mem, mem.seen.get(last.key, -99), pronoun)
                return (fresh, "pronoun -> name read since the last body spoke") if fresh else None
        if hit is None:
            # a full name read in passing within reach ("Andrew Ross Sorkin of The Times ... he said")
            for at, name in reversed(mem.named):
                if at < mem.now - _REACH:
                    break
                if not mem.reads_as_person(name):
                    continue  # "Going to Pizza Express in Woking ...," he said: a business is no "he"
                person = mem.person(name, None)
                if mem.gender.get(person.key, pronoun) == pronoun:
                    return person, "pronoun -> last name read within %d sentences" % _REACH
        if hit is None:
            # further back: the story's last person of that gender (news copy keeps "he" for its protagonist)
            hit = mem.last(lambda a: a.kind == "person" and mem.gender.get(a.key, pronoun) == pronoun)
            return (hit, "pronoun -> last person of that gender in the story") if hit else None
        return (hit, how.format("person")) if hit else None
    # "they" are people or a body, not the survey that spoke last ("it" may be the report)
    # "it" is never people ("Prosecutors said ... It showed how difficult ...")
    hit = mem.last(lambda a: a.kind != "person" and mem.seen.get(a.key, -99) >= mem.now - _REACH
                   and not (pronoun == "they" and is_document(a))
                   and not (pronoun == "it" and (is_people(a) or is_individual(a))))
    return (hit, how.format("body")) if hit else None


def _named_since(mem: ActorMemory, after: int, pronoun: str) -> Actor | None:
    """The person of the last full name read after sentence `after` and within reach, of that gender; or None."""
    for at, name in reversed(mem.named):
        if at <= after or at < mem.now - _REACH:
            break
        if " " in name and mem.reads_as_person(name):
            person = mem.person(name, None)
            if mem.gender.get(person.key, pronoun) == pronoun:
                return person
    return None


# a definite document by its head alone ("the affidavit", "the report"): the one the story named before; a capital
# is a name ("the Post" is a newspaper)
_THE_DOC = re.compile(r"[Tt]he\s+[a-z][a-z-]*")


def describe(text: str, head: str, mem: ActorMemory) -> Actor | None:
    """An actor for a description no resolver knows ("the candidate", "the poll", "critics"): named by the
    description, placed in the story's country. The description itself is what a reader can check."""
    if _THE_DOC.fullmatch(text) and (head in DOC_NOUNS or source_nouns().get(head) == "document") and (hit := mem.last(
            lambda a: is_document(a) and np_head(a.name) == head)) is not None:
        return hit  # "according to a criminal complaint affidavit from Homeland Security ... the affidavit said": that one
    name = text
    while (m := _LEAD_DET.match(name)) and len(name) > m.end() and not _THOSE.match(name) and \
            not _SHARE.match(name):
        name = name[m.end():]
    if not name or not name[:1].isalnum():
        return None
    if _BOTH_SIDES.fullmatch(text):
        return None  # "the parties", "both countries": two actors named before, not one
    name = name[:1].upper() + name[1:]
    # a document, a plural or a poll's share ("62 percent of voters", "100% of the women") is no "he" or "she"
    # a body ("the airline", "the company") is no "he" or "she" either, nor are "those who ..." / "others"
    kind = "organization" if head in DOC_NOUNS or np_head(name) in DOC_NOUNS or head.endswith("s") or \
        head in _PLURAL_HEADS or \
        head in _PERCENT or head[:1].isdigit() or source_nouns().get(head) in ("body", "document") or \
        source_nouns().get(np_head(name)) == "document" or \
        head in container_nouns() or head in ("those", "others") else "person"
    code = country_in(text) or mem.focus
    if code and _THE_COUNTRY.fullmatch(text):
        return country_actor(code)  # "the country adopted ...", "the nation's": the country the story is about
    display = name if not code or name.split()[0] in (demonym_of(code),) else name
    return Actor(f"{'org' if kind == 'organization' else 'person'}:{display.lower()}" + (f"@{code.lower()}" if code else ""),
                 display, kind, code)


_WORDS = re.compile(r"[\p{L}'’-]+")
# plurals without an -s: "People are assuming ...", "Men said": a crowd, never the "he" or "she" of a later sentence
_PLURAL_HEADS = plural_heads()  # data/plural_heads.tsv
_THE_COUNTRY = re.compile(r"(?i)the\s+(?:country|nation)")
_RELATIVE_LEAD = re.compile(r"(?i)^(?:which|whom|as)\s+(?=\S)")
# "one in three", "nine out of 10": a poll's share is named by all its words
_SHARE = re.compile(r"(?i)[\w-]+\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b")


def name_placeholders(found: list[FoundClaim], mem: ActorMemory) -> None:
    """Give the rules' placeholders (a speaker they could not name: "he said" with no antecedent they trust,
    "the enclave's separatist authorities said") an actor when the words allow one: the person or body
    last named for a pronoun, else the description itself."""
    for i, c in enumerate(found):
        if c.actor is not UNKNOWN or c.subj_start < 0:
            continue
        low = c.surface.strip().lower()
        got = None
        if low in _PERSONAL or low in _PLURAL:
            got = _recent(low, mem, "pronoun -> last {} named within %d sentences" % _REACH)
            if got is None and low == "they":
                got = _plural_just_before(mem)
        else:
            # "..., which the timeline says it complied with": the relative word opens the clause, not the source
            surface = _RELATIVE_LEAD.sub("", c.surface.strip())
            words = _WORDS.findall(surface)
            if 1 <= len(words) <= 6 and words[-1].lower() in source_nouns() and words[0].lower() not in _NOT_SOURCE:
                actor = describe(surface, words[-1].lower(), mem)
                got = (actor, "description (the words themselves)") if actor else None
        if got is not None:
            found[i] = FoundClaim(got[0], c.surface, c.subj_start, c.subj_end, c.verb, c.verb_start, c.verb_end,
                                  c.claim_type, rule="rules.placeholder", resolved_by=got[1])


_BOTH_SIDES = re.compile(r"(?i)(?:the|both|the\s+two|two|all|the\s+three)\s+(?:parties|countries|sides|nations|states|"
                         r"governments|leaders|men|women|candidates|presidents|ministers|teams|camps|campaigns)")
_FIRST_NOT = frozenset("him her them it this that these those me us you which what".split())


def name_source(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """An actor for a source phrase no resolver knows, read without a parse ("Nielsen", "FEC filings",
    "Democrats involved in the negotiations"): a capitalised name as a body, else the description itself."""
    np = WHEN.sub("", np.strip())  # "a Texas prison statement Monday": when it spoke is no part of its name
    words = _WORDS.findall(np)
    if not words or len(words) > 14 or words[0].lower() in _FIRST_NOT:
        return None
    text = np.strip()
    if words[0][:1].isupper() and not _LEAD_DET.match(text) and all(w[:1].isupper() for w in words[:2]) or \
            len(words) == 1 and words[0][:1].isupper():
        name = text
        return Actor(f"org:{name.lower()}", name, "organization", None), "new name (body)"
    actor = describe(text, words[-1].lower(), mem)
    return (actor, "description (the words themselves)") if actor else None


# 'Rep. Trey Gowdy (R-S.C.): "I have not heard ..."': a transcript line opens with its speaker and a colon.
_COLON_SPEAKER = re.compile(r"(?P<np>(?:(?:[A-Z][\p{L}.'’-]*|of|the|de|van|von)\s+){0,4}[A-Z][\p{L}.'’-]*)"
                            r"(?:\s*\([^()]{1,24}\))?\s*:\s*(?=(?:[\"“]|''|``)\s*\p{L})")
# "in his view", "in the words of the ministry", "in Mr. Trump's telling": whose view it is
_IN_VIEW = re.compile(r"\b[Ii]n\s+(?:(?P<pron>his|her|their|its)|(?P<np>[A-Z][\p{L}.'’ -]{1,40}?)['’]s?)\s+"
                      r"(?:view|opinion|words|estimation|judge?ment|mind|telling|account|assessment|reading|analysis)\b")
# A headline or transcript line "Marco Rubio: I'm Not Interested In Being Vice President.": a name, a colon, words
# "The Racial Code: Tales of Resistance and Survival is published by ...": a title's subtitle, capitalised words joined
# by a small word, after a head with an article (no person's name opens with "The")
_SUBTITLE = re.compile(r"\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:of|and|for|in|on|from|with|the|to)\s+\p{Lu}")
_COLON_NAME = re.compile(r"(?P<np>(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}.'’-]*)\s*:\s+(?=(?:\S+\s+){2}\S)")
# "To Sharp, Trump is the man who saved her farm", "But to others, he's a citizen journalist": a sentence opened by "to"
# and a person (a name or a pronoun for people), then a comma and a clause, gives that person's view. Not "To be sure",
# "To win the White House" (an infinitive), "To the shock of", "To a person" (no name) or "To China" (a place).
_TO_VIEW = re.compile(r"^(?:(?:But|And|Yet|Still|Now)\s+)?[Tt]o\s+(?:(?P<pron>him|her|them)|(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?"
                      r"(?!(?:The|A|An|This|That|These|Those)\b)[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}))\s*,\s+(?=\S)")
# "In a New York Times/CBS News survey released last Thursday, 79 percent ...": a poll framing the sentence speaks
# for it (as "according to"); not "a lead in the polls", which is the outlet's own summary
_IN_POLL = re.compile(r"^(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?In\s+(?P<np>(?:the|a|an|this|that|these|its|their|his|her|our|recent|latest|new|national|"
                      r"[A-Z0-9][\p{L}\d.'’/&-]*)\s+(?:[\p{L}\d.'’/&-]+\s+){0,5}?(?:polls?|surveys?|polling)\b"
                      r"(?!\s+(?:places?|stations?|locations?|booths?|sites?|workers?|watchers?|taxe?s?|hours|day)\b)"
                      r"(?:\s+(?:by|of|from|for|conducted|released|taken|last|this|in)\s+[^,.;:]{1,50}?)?)(?=,)")
# "Trump leads Cruz by 9 points in the RealClearPolitics average of recent polls", "45 percent support among
# Republicans in a new Fox News poll released Thursday": a named poll (one poll, or polls a name or an average
# gathers) inside the sentence reports its finding too. "a lead in the polls", "fell in Iowa polls" stay the
# outlet's own summary (PolNeAR dev: about half of such rows were no attribution there); one who took part in or
# was asked in a poll reports nothing of it.
_IN_NAMED_POLL = re.compile(
    r"(?<!\b(?:participated|participate|participating|part|included|include|includes|asked|questioned|interviewed|"
    r"surveyed|polled|sampled|error|respondents|question|questions|weighted|invested|named|listed|mentioned|cited|"
    r"quoted|featured|used|participants?|fill|fills|filled|filling|answered|completed|took)\s)"
    r"\b[Ii]n\s+(?P<np>(?:(?:the|a|an|this|that|its|their|his|her|our|one|every|each|(?:just\s+)?about\s+every|[A-Z][\p{L}]+['’]s)\s+)?"
    r"(?:(?!(?:in|on|at|to|for|with|and|or|but|than|of|from|by|as|after|before|during|over|among|atop|across|since)\s)[\p{L}\d.'’/&-]+\s+){0,6}?(?:(?P<avg>[Aa]verage\s+of\s+(?:[\p{L}\d.'’/&-]+\s+){0,4}?(?:polls|surveys))|"
    r"(?:poll|survey|Poll|Survey)(?P<many>s)?))\b"
    r"(?!\s+(?:places?|stations?|locations?|booths?|sites?|workers?|watchers?|taxe?s?|hours|day|questions?|results?|"
    r"respondents|data|numbers?|question|shows?|showed|found|finds|suggests?|indicates?|clos\w*|open\w*)\b)(?![-’'])")


def _in_named_poll(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    for m in _IN_NAMED_POLL.finditer(sent):
        if m.group("many") and not m.group("avg"):
            continue  # "in the polls", "in national polls", "in Iowa polls": no one poll named
        if any(c.subj_start >= 0 and (c.subj_start <= m.start("np") < c.subj_end or m.start("np") <= c.subj_start < m.end("np"))
               for c in found):
            continue  # the poll speaks already ("In a Fox poll, ...", "a recent CNN survey found")
        _poll_claim(m, found, mem)


def _poll_claim(m: re.Match, found: list[FoundClaim], mem: ActorMemory) -> None:
    """The poll named by `m`'s "np" group reports the sentence's finding ("in" is the cue), unless it speaks already."""
    np = m.group("np")
    got = name_source(np, mem)
    if got and got[0] is not None and not any(c.actor == got[0] for c in found):
        found.append(FoundClaim(got[0], np, m.start("np"), m.end("np"), "in", m.start(), m.start() + 2, "statement",
                                rule="rules.in_poll", resolved_by=got[1]))


# Rubrics over a review or a page's fine print never speak (headline_rubrics.tsv); a verb ("Told Howell: ...")
# addresses the one named.
_WH_WORDS = frozenset("who whom whose what which where when why how".split())  # question words: in no person's name
_NOT_COLON = frozenset(headline_rubrics()) | frozenset("told tells asked".split())
# What follows a line's colon head must read as something said: a quotation, or a clause with a pronoun, an auxiliary
# or a verb form in its first clause. "Portion Fix Containers: 1 Green, 1 Red", "Part Two: The End of the
# Renaissance" and a police log's "Jane Doe: Possession of methamphetamine, ..." are labels over a list or a title.
_QUOTE_MARK = re.compile(r"[“\"]|''|``")
_WORD = re.compile(r"\p{L}+(?:['’]\p{L}+)?")
# a count opening the words after a colon ("Two ... warrants", "3 counts of ..."): a plural noun follows
_COUNTED = re.compile(rf"(?i)(?:\d+|{'|'.join(sorted(NUMBER_WORDS | {'several', 'multiple', 'numerous'}, key=len, reverse=True))})\s")
_CLAUSE_WORDS = frozenset("i we you he she they is are was were has have had will would can could should must may might "
                          "does did do am".split())


def reads_as_clause(rest: str) -> bool:
    """Whether the words after a colon head read as a statement (see _CLAUSE_WORDS above)."""
    if _QUOTE_MARK.search(rest):
        return True
    prev, counted = "", _COUNTED.match(rest) is not None
    for word in _first_clause(rest):
        low, plural_before = word.lower().replace("’", "'"), _plural_noun(prev)
        after_adjective = set(word_lemmas(prev)) == {"ADJ"}  # "new cases", "big gains": a noun, no verb
        prev = word.lower()
        if low in _CLAUSE_WORDS or "'" in low and not (word[:1].isupper() and _possessive(low)):
            # "I'm", "who's", "can't", "My name's Joseph"; a name's "'s" is its possessive ("Glasgow’s")
            return True
        readings = word_lemmas(low)
        verbs = () if after_adjective else readings.get("VERB", ())
        if counted and any(lemma != low for lemma in readings.get("NOUN", ())):
            # "Two Bartholomew County warrants, ...": the plural noun a count opens with heads a noun phrase (an item
            # of a charge list), no verb "warrants"; a verb may still follow it ("Two men die in crash")
            counted = False
            continue
        if verbs and low not in verbs and not low.endswith("ing"):
            return True  # an inflected form: "killed", "checks", "revealed"
        if low.startswith("un") and low.endswith("ed") and any(v != low[2:] for v in word_lemmas(low[2:]).get("VERB", ())):
            return True  # a negated participle as a headline's predicate: "Clinton’s Server Unprotected"
        if verbs and word == low and set(readings) <= {"VERB", "AUX"}:
            return True  # a headline's plain present, which only a verb can be: "Saints suffer major injury"
        if verbs and word == low and plural_before:
            return True  # or any verb's after a plural subject: "Two men die in crash"
    return False


# capitalised words whose "'s" is "is" or "has" ("It's", "That's", "There's"); after any other capitalised word it
# marks a name's possessive ("Glasgow’s Latin American delight", "The woman behind Biden's big bid": a title, no clause)
_S_CONTRACTS = frozenset("it he she that there here what who where when how let everyone everything nobody "
                         "nothing someone something this".split())


def _possessive(low: str) -> bool:
    return low.endswith("'s") and low[:-2] not in _S_CONTRACTS


def _first_clause(rest: str) -> list[str]:
    """The words up to the first comma or semicolon after three words or more: a list's first item ("Possession of
    methamphetamine, ..."), but past a transcript's "Well," or "And obviously," """
    words: list[str] = []
    for part in re.split(r"[,;]", rest):
        words += _WORD.findall(part)
        if len(words) >= 3:
            break
    return words


def _plural_noun(word: str) -> bool:
    return any(lemma != word for lemma in word_lemmas(word).get("NOUN", ())) if word else False


# A line opened by one capitalised word or a name in capitals and a colon: "Graham: Trump's rhetoric is destroying the
# GOP.", "Poll: Sanders leads.", "TAPPER: Do you think ...?" (the two-word shapes are _COLON_NAME's)
_COLON_ONE = re.compile(r"(?P<np>[A-Z][\p{L}'’-]+|[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})\s*:\s+(?=(?:\S+\s+){3}\S)")


def _full_name_in(surname: str, text: str) -> str | None:
    """The first full name in `text` that ends with `surname` after a first name (a capitalised word that is no
    English word: "Loretta Lynch", not "Attorney General Lynch"), or None."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text):
        if not word_lemmas(m.group(1).lower()):
            return f"{m.group(1)} {surname}"
    return None


def _full_person(full: str, label: str) -> bool:
    """The person a label resolved to is named as one: by the label itself ("Joe") or by a first name and more
    ("Elizabeth Prelogar" for "Prelogar:"); not a team whose last word the label is ("Los Angeles Lakers")."""
    return full == label or full.split()[0].lower().rstrip(".") in first_names() or full.split()[0] in _TITLES


_TITLES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sen Sen. Rep Rep. Gov Gov.".split())


def turns_of(label: str, text: str) -> int:
    """How many lines of `text` open with `label` and a colon: a transcript's speaker labels every turn."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*:", text))


def speaker_name(name: str) -> bool:
    """A person's name fit to label a turn: shaped as a name, and not opened by a place ("Los Angeles Lakers")."""
    words = name.split()
    if len(words) > 1 and words[-1] in PLACE_NAMES and words[0].lower() not in first_names():
        return False  # a topic and its place: "Coronavirus Ireland: One death and 432 new cases"
    # (a first name that is also a place opens a name still: "Mary Fallin", "Georgia Smith")
    return person_shaped(name) and (words[0].lower() in first_names() or
                                    not any(" ".join(words[:k]) in PLACE_NAMES for k in range(1, min(3, len(words)) + 1)))


def colon_head(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """Public name of _colon_head, for the headline shapes in headlines.py."""
    return _colon_head(np, mem)


def _colon_head(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """Who a line's colon head names: a person or body the story knows, a name the dictionary does not know, a
    source noun ("Poll", "Report", "Insiders"); never a rubric ("Update"), a place ("WASHINGTON") or a demonym."""
    name = np.title() if np.isupper() else np
    words = name.split()
    if words[0].lower() in _NOT_COLON or bad_name(name) or (np.isupper() and len(np) <= 3):
        return None  # "AP:" is a wire's rubric as often as its claim
    full = _full_name_in(name, mem.text) if mem.now == 0 and len(words) == 1 and not np.isupper() else None
    if name in PLACE_NAMES and not full:
        return None  # "SAO PAULO:" a dateline; but "Trump:" over a story naming Donald Trump is the man, not the town
    before = set(mem.seen)  # resolve() takes any capitalised phrase for a new person: "Punch First", "Likely Foe"
    known = resolve(name, mem)
    if known is not None and known.kind in ("organization", "media") or known is not None and known.kind == "person" \
            and (known.key in before or known.name in PEOPLE) and speaker_name(known.name) and \
            (known.name in PEOPLE or _full_person(known.name, name)):
        # a person only by a name the story or the gazetteer knows, shaped as a name: not "Los Angeles Lakers" (a
        # team the resolver took for a person) over a sports column's "Lakers: Kyle Kuzma left the court ..."
        return known, "resolver"
    if (known is None or known.kind == "person" and _full_person(known.name, name)) and not np.isupper() and \
            speaker_name(name) and \
            turns_of(np, mem.text) >= 2:
        # an interview's first turn, before the story names its speaker: "Joe: A guy who's in a wheelchair ..."
        # heads a line again and again ("Joe: My name's Joseph Worley.")
        return (known, "resolver") if known is not None else (mem.person(name, None), "new name (person)")
    if mem.now == 0 and mem.titled and len(words) == 1 and source_nouns().get(words[0].lower()) == "person" and \
            words[0].lower() in word_lemmas(words[0].lower()).get("NOUN", ()):
        # a headline's role before its colon speaks: "Lawyer: Lindsay Lohan checks into rehab facility" (a plural,
        # "Economists: ...", is headlines.py's)
        if known is not None and known.kind == "person":
            return known, "resolver"  # the resolver's description of the role
        return describe(name, words[0].lower(), mem), "description (the words themselves)"
    if full:
        # "Lynch: No outside influence on FBI probe" over a story that names Loretta Lynch: the headline's surname
        return mem.person(full, None), "headline surname named in full in the story"
    if len(words) == 1 and source_nouns().get(words[0].lower()) == "document" and mem.now == 0:
        # "Poll: ..." over a story; in the body a document word before a colon labels a section ("Notes: Chiefs WR
        # Terrance Copper (left knee) ... left with injuries")
        return describe(name, words[0].lower(), mem), "description (the words themselves)"
    # a name the dictionary does not know: a transcript's speaker in capitals, or the headline's one-word head
    if all(not word_lemmas(w.lower().strip(".’'")) for w in words[-1:]):
        if np.isupper() and len(words) >= 2 and mem.now >= 3 and speaker_name(name):
            # a transcript's full name in capitals, well into the text ("BHAKKAR:", "PERRIS:" open a story: datelines)
            return mem.person(name, None), "new name (person)"
        if not np.isupper() and mem.now == 0:
            return name_source(name, mem)  # the headline's one-word head: "Graham: Trump's rhetoric ..."
    return None


# A name, or "the report" after "from", right before a colon that opens a quotation, anywhere in a line: "Pollsters
# agree - Carl Bialik: “One of the biggest lessons ...”", "doesn't surprise Republican pollster Daron Shaw: “...”",
# "More from the report: “...”"
_COLON_QUOTE = re.compile(r"(?:(?P<name>(?:[A-Z][\p{L}.'’-]*\s+(?:(?:de|van|von|and)\s+)?){1,3}[A-Z][\p{L}.'’-]*)|"
                          r"(?<=\b[Ff]rom\s+)(?P<doc>the\s+[a-z]+))\s*:\s*(?=[“\"]\s*\p{L})")


# a caption's name right before the slash that joins it to the role a colon ends ("Peter Lynch/Timmons' Attorney:")
_NAME_SLASH = re.compile(r"(?:^|(?<=\s))(?P<n>(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}'’-]*)\s*/\s*$")
_TOLD = re.compile(r"(?i)\b(?:told|tell|tells|telling|asked)\b")
_OBJECT_BEFORE = frozenset("of on to in at by with for told tell tells telling asked wrote said".split())


def _colon_quote_speaker(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    for m in _COLON_QUOTE.finditer(sent):
        if not states_something(sent[m.end():]):
            continue  # a quoted title, no turn: "The Last Word: “OTHER”"
        if any(c.actor is not UNKNOWN and c.verb_start < m.start() for c in found):
            return  # "Priebus told Fox News: “...”", "said of Mr. Rubio: ''...''": a speaker before it has the quote
        before = sent[:m.start()].split()[-1:]
        if m.group("name") and before and before[0].lower() in _OBJECT_BEFORE:
            continue  # "a commercial running on Iowa TV: ...", "told The Huffington Post: ..."
        if m.group("name") and _TOLD.search(sent, 0, m.end("name")):
            continue  # "Told the victim's father, Herbert Flynn Jr: '...'", "Told Howell: '...'": the one addressed
        np = m.group("name") or m.group("doc")
        if np.split()[0].lower().rstrip(".") in _NOT_COLON or np in PLACE_NAMES or np.isupper():
            continue
        if m.group("name") and (lower_third := _NAME_SLASH.search(sent, 0, m.start())) and \
                speaker_name(lower_third.group("n")):
            # a TV caption's name and role: "Peter Lynch/Timmons' Attorney: "I'm not going ..."": the name speaks
            n = lower_third.group("n")
            known = resolve(n, mem)
            got = (known, "resolver") if known is not None and known.kind == "person" else (mem.person(n, None), "new name (person)")
            found.append(FoundClaim(got[0], n, lower_third.start("n"), lower_third.end("n"), "said", m.end() - 1, m.end(),
                                    "statement", rule="rules.colon_speaker", resolved_by=got[1]))
            return
        if m.group("doc"):
            head = np.split()[-1].lower()
            actor = describe(np, head, mem) if source_nouns().get(head) == "document" else None
            got = (actor, "description (the words themselves)") if actor else None
        else:
            known = resolve(np, mem)
            words = np.split()
            if known is not None and known.kind != "country":
                got = (known, "resolver")
            elif len(words) in (2, 3) and not word_lemmas(words[0].lower()) and "and" not in words and \
                    speaker_name(np) and states_something(sent[m.end():]):
                got = (mem.person(np, None), "new name (person)")  # "Carl Bialik": a first name, a surname
            else:
                got = name_source(np, mem) if len(words) > 1 else None
        if got and got[0] is not None:
            found.append(FoundClaim(got[0], np, m.start(), m.start() + len(np), "said", m.end() - 1, m.end(),
                                    "statement", rule="rules.colon_speaker", resolved_by=got[1]))
            return


def _named_in_passing(np: str, text: str) -> bool:
    """'Bill Gates: ...' over a story that says "Gates" in a sentence: a person the text names, not a label it repeats
    before colons ("Portion Fix Containers: 1 Green, ...")."""
    name, last = re.escape(np), re.escape(np.split()[-1])
    # the whole name anywhere, or the surname inside a sentence (a capitalised "One" opening one says nothing)
    return re.search(rf"(?<![\p{{L}}-]){name}\b(?!\s*:)|(?<=[\p{{Ll}},]\s){last}\b(?!\s*:)", text) is not None


def to_view(sent: str):
    """The match of _TO_VIEW ("To Sharp, ..."), or None: cheap for the sentences that cannot open so."""
    return _TO_VIEW.match(sent) if sent[:1] in "TtBAYSN" and "o " in sent[:12] else None


def _add_colon_claim(found: list[FoundClaim], m: re.Match, got: tuple[Actor, str]) -> None:
    """The name before a line's colon (`m`'s "np") says what follows it: "Gowdy: ...", "Poll: ..."."""
    found.append(FoundClaim(got[0], m.group("np"), m.start("np"), m.end("np"), "said", m.end("np"), m.end(), "statement",
                            rule="rules.colon_speaker", resolved_by=got[1]))


def _add_view_claim(found: list[FoundClaim], sent: str, m: re.Match, s0: int, s1: int, got) -> None:
    """"To Sharp, ...", "in his view": the one named at s0:s1 holds the sentence's view, unless already a claimant."""
    if got and got[0] is not None and not any(c.actor == got[0] for c in found):
        found.append(FoundClaim(got[0], sent[s0:s1], s0, s1, "in the view of", m.start(), m.end(), "statement",
                                rule="rules.in_view", resolved_by=got[1]))


def phrase_claims(sent: str, found: list[FoundClaim], mem: ActorMemory, opens_line: bool) -> None:
    """Two shapes no verb carries: a speaker's line in a transcript ("Gowdy: ...") and "in X's view"."""
    if opens_line and ":" in sent[:60] and (m := _COLON_SPEAKER.match(sent)) and \
            m.group("np").split()[0].lower().rstrip(".") not in _NOT_COLON and not m.group("np").isupper() and \
            states_something(sent[m.end():]):
        # (a quoted title is no turn: "The Last Word: “OTHER”")
        if not any(c.subj_start < m.end() for c in found if c.subj_start >= 0):
            np = m.group("np")
            got = (resolve(np, mem), "resolver") if resolve(np, mem) else name_source(np, mem)
            if got and got[0] is not None:
                _add_colon_claim(found, m, got)
    elif opens_line and ":" in sent[:50] and (m := _COLON_NAME.match(sent)) and \
            m.group("np").split()[0].lower().rstrip(".") not in _NOT_COLON and \
            m.group("np").split()[-1].lower() not in _NOT_COLON and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found) and reads_as_clause(sent[m.end():]) and \
            not (m.group("np").startswith("The ") and _SUBTITLE.match(sent, m.end())):
        np = m.group("np")
        before = set(mem.seen)  # resolve() takes any capitalised phrase for a new person: "Step One", "Sea Salt"
        known = resolve(np, mem)
        # a name the story knows, or one the dictionary does not ("Kelli Ward"), not a heading of common words
        # ("Fact Check:", "Step One:", "Portion Fix Containers:") unless the text names it in passing too
        if np in PLACE_NAMES or np.isupper() or any(w.lower() in _WH_WORDS for w in np.split()):
            # "New Hampshire: voters head ...", "SAO PAULO: The march ...": a rubric or a dateline; "Doctor Who:",
            # "Guess Who:": a title with a question word, which no person's name holds
            known = None
        elif known is not None and known.kind != "person" or np in PEOPLE or speaker_name(np) and (
                known is not None and known.key in before or
                any(not word_lemmas(w.lower().strip(".’'")) for w in np.split()) and "’s" not in np and "'s" not in np
                or _named_in_passing(np, mem.text)):
            # a person's label must be shaped as a name (colon_labels.py): not a heading of common words or a
            # product's ("Tech Enabled:", "Web APIs:", "Star Wars Jedi:") although the resolver makes a person of it
            got = (known, "resolver") if known else name_source(np, mem)
            if got and got[0] is not None:
                _add_colon_claim(found, m, got)
        elif mem.now == 0 and (known is None or known.key not in before) and np.split()[-1].lower() in source_nouns() and \
                any(not word_lemmas(w.lower().strip(".’'")) for w in np.split()):
            # a headline's poll, piece or outlet by a name the dictionary does not know: "AP-GfK Poll: Voters
            # increasingly see Sanders as electable", "Wash Post Fact-Check: If Obama Says It, It's True"
            got = name_source(np, mem)
            if got and got[0] is not None and got[0].kind != "person":
                _add_colon_claim(found, m, got)
    if opens_line and ":" in sent[:40] and (m := _COLON_ONE.match(sent)) and \
            not any(c.rule == "rules.colon_speaker" for c in found) and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found) and reads_as_clause(sent[m.end():]):
        got = _colon_head(m.group("np"), mem)
        if got is not None:
            _add_colon_claim(found, m, got)
    if (": “" in sent or ':"' in sent or ": \"" in sent or ":“" in sent) and \
            not any(c.rule == "rules.colon_speaker" for c in found):
        _colon_quote_speaker(sent, found, mem)
    if mentions_poll(sent):
        if "In " in sent[:12]:
            for m in _IN_POLL.finditer(sent):
                if any(c.subj_start <= m.start("np") < c.subj_end for c in found if c.subj_start >= 0):
                    continue
                _poll_claim(m, found, mem)
        if " in " in sent or " In " in sent:
            _in_named_poll(sent, found, mem)
    if (m := to_view(sent)) and reads_as_clause(sent[m.end():]) and \
            not any(c.subj_start >= 0 and c.subj_start < m.end() for c in found):
        if m.group("pron"):
            got = _recent({"him": "he", "her": "she", "them": "they"}[m.group("pron")], mem, "pronoun -> last {} named")
            s0, s1 = m.start("pron"), m.end("pron")
        else:
            np = m.group("np")
            actor = resolve(np, mem)
            got = None if np.split()[-1] in PLACE_NAMES or (actor is not None and actor.kind == "country") else \
                ((actor, "resolver") if actor else name_source(np, mem))
            s0, s1 = m.start("np"), m.end("np")
        _add_view_claim(found, sent, m, s0, s1, got)
    if " in " in sent or sent.startswith("In "):
        for m in _IN_VIEW.finditer(sent):
            if any(c.verb_start <= m.start() < max(c.verb_end, c.verb_start + 1) for c in found):
                continue
            if m.group("pron"):
                got = _recent({"his": "he", "her": "she", "its": "it", "their": "they"}[m.group("pron")], mem,
                              "possessor -> last {} named")
                s0, s1 = m.start("pron"), m.end("pron")
            else:
                np = m.group("np")
                actor = resolve(np, mem)
                got = (actor, "resolver") if actor else name_source(np, mem)
                s0, s1 = m.start("np"), m.end("np")
            _add_view_claim(found, sent, m, s0, s1, got)
