"""Find attributed claims in a sentence: who says, accuses, denies or urges what.

A claim needs both a reporting/stance signal and a claimant that resolves to an actor; a verb
whose subject names nobody identifiable ("the report", "what it called") yields nothing.
"""
from __future__ import annotations

from dataclasses import replace

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import PARTY_LEAD
from .actors import resolve
from .joint_parties import named_pair
from .memory import ActorMemory
from .patterns import DEMONYM, PLACE
from .phrase_country import country_actor, country_in
from .patterns import WORD_END, WORD_START, against_what, lower_words
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS
from .context import PLACE_NAMES
from .cue_words import cue_forms, cue_verbs, estimate_nouns, finite_say, picture_nouns
from .data_files import read_words
from .figure_words import count_qualifier_pattern, count_words, number_word_pattern, scale_word_pattern
from .name_words import title_pattern
from .source_words import non_agents, source_nouns
from .source_phrase import in_accordance, names_no_source, source_words
from .sources import document_owner
from .model import Actor
from .parse import parsed_text
from .speaker import (AFFILIATION, BOUND, UNKNOWN, FoundClaim, clause_subject, postmodified, resolve_head, resolve_tail,
                      find_subject, pronoun_before, subject_before)  # noqa: F401 (subject_before re-exported)
from .pronouns import antecedent
from .claimants import bad_name
from .cue_sources import framing_owner, name_placeholders
from .description_actors import describe, name_source
from .phrase_claims import phrase_claims, to_view
from .syntactic import add_syntactic_claims
from .syntax_gates import rule_verb_is_act
from .syntax_words import mentions_poll
from .headlines import drop_reduced_passives, headline_claims, headline_say_tag_claims, headline_tag_claims, reduced_passive
from .verbs import verb_kind, verdict_type

_VERDICT_VERBS = frozenset(("called", "calls", "calling", "call"))
from .verbs import ACT_OBJECT, BASE_FORMS, CUE_WORDS, DOC_ONLY, LEMMA, PHRASES, TAG_ONLY, VERB, VERB_TYPE, verb_matches  # noqa: F401

# compiled once, not looked up in the pattern cache on every call
_FIRST_OWNER = re.compile(r"(?i)(?:our|my)\b")
_DEMONSTRATIVE = re.compile(r"(?i)(?:this|that)\b")
_OWNER = re.compile(r"(?i)(?:its|his|her|their|the)\s+(\w+)")
# A free relative's "what" and a short subject right before a cognition verb ("what she believes", "whatever
# the voters think"): what is believed is not given
_HELD_WHAT = re.compile(r"(?i)\bwhat(?:ever)?\s+(?:[\w'’-]+\s+){1,3}$")
# ... unless a verb or "as" follows: "what he believes are their shared assets", "what scientists think is necessary",
# "what he sees as the problem", "what they believe to be fake news" hold a proposition
_HELD_AFTER = re.compile(r"(?i)\s+(?:is|are|was|were|will|would|could|can|should|must|might|may|has|have|had|as|to\s+be)\b")


def _is_cognition(verb: str) -> bool:
    lemma = cue_forms().get(verb.lower())
    return lemma is not None and cue_verbs()[lemma].cls == "cognition"


_OWN_VIEW = re.compile(r"(?i)(his|her)\s+([a-z]+)")
_OWNED = re.compile(r"(?i)(?:his|her|its|their)(?:\s+[a-z][\w-]*){1,3}")
# (a count opens with its determiner, its number or its qualifier: "their accounts at least 17 people were on board")
_OWNED_RUN = re.compile(r"((?i:his|her|its|their)(?:\s+(?!(?:of|in|on|from|for|at|with|by|to|and)\s)[a-z][\w-]*){1,2}?)\s+"
                        rf"(?=\d|(?:a|an|the|{count_qualifier_pattern()}|he|she|they|it|we|there)\s|[A-Z])")


def _parsed_object(np: str, start: int, parsed, sent: str) -> str:
    """The object of "according to" cut at its noun phrase's end when the comma-bounded span runs on into the clause
    ("according to their accounts a total of 17 people were on board": the parse's object is "their accounts"). Cut
    only where a verb follows in the span, so a noun phrase the parse splits ("police in Lagos state") stays whole."""
    if parsed is None or parsed_text(parsed) != sent:
        run = _OWNED_RUN.match(np)  # no parse: a possessive's noun phrase ends where a number or a clause's subject opens
        return run.group(1) if run else np
    end = start + len(np)
    for tok in parsed:
        if tok.idx == start - 3 and tok.lower_ == "to" and tok.i > 0 and parsed[tok.i - 1].lower_ == "according":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None:
                return np
            edge = obj.right_edge
            cut = edge.idx + len(edge.text)
            if (paren := sent.find("(", start, cut)) > 0 and sent.find(")", paren, cut) < 0:
                cut = len(sent[:paren].rstrip())  # "according to S&P Capital IQ estimates (high for ...": the aside is no name
            if start < cut < end and any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in parsed[edge.i + 1:] if t.idx < end):
                return np[:cut - start]
            return np
    return np
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_APPOS_NAME = re.compile(r"\s*,\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*,")
# "..., said the Central Mat-Su fire chief, James Steele.", "according to the county coroner, Jane Doe.": a role and the
# name in apposition closing the clause
_APPOS_NAME_END = re.compile(r"\s*,\s*([A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})\s*(?:[.;!?]|$)")
_PLACE_REST = re.compile(rf"(?:{PLACE}|{DEMONYM})\s+(?P<n>\p{{Ll}}[\p{{L}} ]*)$")

# a dot after these ends no name: a title or name suffix (titles.tsv: "said Sgt. Ali Khan", "John Smith Jr., who"),
# "St." ("St. Louis police"), an initial
_TITLE_ABBR = title_pattern(form="abbr", dot=False, suffixes=True) + "|St"
_ABBR = rf"\b(?:{_TITLE_ABBR}|[A-Z])"
_INVERTED = re.compile(rf"(?:[,”\"’]\s*)(?P<v>said|says|say|writes|wrote|reported|reports|informed|added|adds|announced|noted|"
                       rf"stated|explained|insisted|warned|claimed|confirmed|testified)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       rf"Saturday|Sunday|yesterday|today)\s+)?(?P<np>(?:[^,.;:“”\"]|(?<={_ABBR})\.)+?)"
                       rf"(?=\s*(?:[,;:“”\"]|(?<!{_ABBR})\.|$)|\s+(?:on|in|at|during|after|before|when|while|that|adding|citing|who|which|as|to|from|via|late|earlier)\b)")
# a day may come between the verb and its speaker in translated wire copy ("..., announced Saturday the commander of the
# police"); the source runs to the clause's end; abbreviations ("U.S. Census data", "Gov. J. Smith") and a quoted title inside
# it ('the "Medicare for all" document he released') do not end it
_ACCORDING = re.compile(r"(?:(?i:according to)|(?<=,\s*)per(?!\s+se\b))\s+"  # "not, per se, illegal": Latin
                        rf"(?P<np>(?:[^,.;:“”\"]|\.(?=\w)|(?<=\b[A-Z])\.|(?<=\b(?:{_TITLE_ABBR}))\.|"
                        r"[“\"][^“”\"]{1,40}[”\"](?=\s+[a-z]))+?)"
                        rf"(?=\s*(?:[,;:”]|[“\"](?![^“”\"]{{1,40}}[”\"]\s+[a-z])|(?<!\b[A-Z]|\b(?:{_TITLE_ABBR}))\.(?!\w))|\s*$)")
# "according to him": the object pronoun is the subject pronoun's person or body
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_PASSIVE = re.compile(r"\b(?:was|were|has been|had been|have been|is|are)\s+(?P<v>announced|reported|said|stated|confirmed|claimed|"
                      r"recorded|registered|counted|documented|verified|compiled|tallied)(?:\s+(?:dead|killed|injured|wounded|missing|arrested|detained))?\s+by\s+"
                      r"(?P<np>[^,.;:“”\"]+?)(?=\s*[,.;:“”\"]|$)")
# a reduced passive estimate with its agent: "The flow of refugees, estimated at 4,000 by an official in Colombia's
# Arauquita Municipality, began on Sunday" (the estimate is the agent's)
_ESTIMATED_BY = re.compile(r"\b(?:(?:was|were|is|are|has been|had been|have been)\s+)?(?P<v>estimated|put)\s+at\s+"
                           r"(?:[\w.,-]+\s+){0,3}?\d[\d.,\s]*(?:\s+" + scale_word_pattern() + r")?\s*"
                           r"(?:[\p{Ll}-]+\s+){0,2}?by\s+(?P<np>[^,.;:“”\"]+?)(?=\s*[,.;:“”\"]|$)")
# a claim set off after the clause that makes it, with the agent who denies it: ", a charge rejected by Athens", ", an
# accusation denied by Moscow", ", claims dismissed by the army"
_DENIED_BY = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:charges?|claims?|accusations?|allegations?)\s+(?:(?:strongly|flatly|"
                        r"repeatedly|categorically)\s+)?(?P<v>rejected|denied|dismissed|disputed)\s+by\s+"
                        r"(?P<np>[^,.;:“”\"]+?)(?=\s*[,.;:“”\"]|$)")
# the head noun of an agent with its complement: "an official in Colombia's Arauquita Municipality" -> "official"
_HEAD_WORD = re.compile(r"(?:[\w’'-]+\s+)*?([\w’'-]+)(?:\s+(?:in|of|at|from|for|with)\b.*)?$")
_ACCUSE_CUE = re.compile(r"(?i)\b(?:attack(?:ed|s|ing)?|shell(?:ed|ing|s)?|provocations?|provoked|aggression|bombard(?:ed|ing)?|"
                         r"struck|strikes?|violat\w+|fired on|opened fire|invad\w+|occup\w+|sabot\w+|responsib\w+|accusations?)\b")
# a plural quantifier and capitalised words right before a cue in -s: "Several UN reports", "Many Reuters reports"
_COUNTED_NAMES = re.compile(r"\b(?:[Ss]everal|[Mm]any|[Nn]umerous|[Mm]ultiple|[Vv]arious|[Ff]ew|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our)\s+"
                            r"(?:[A-Z][\p{L}.&-]*\s+){1,3}$")
# a cue in -s right after "with" and its adjectives is a plural noun: "with unconfirmed reports saying at least 20 were
# still unaccounted for" (the reports speak through "saying", not a verb "reports" of the clause before)
# (not after a conjunction: "sided with him and argues that ..." has the verb)
_WITH_NOUN = re.compile(r"\b(?:[Ww]ith|[Aa]mid)\s+(?:(?!(?:and|but|or|then)\b)[a-z]+\s+){0,2}$")
# a cue in -s right after a possessive is a noun the possessor owns: "supporting the country's claims in the sea",
# "Beijing’s claims" ("he's claimed" is "has", and ends in -ed); only after a common noun or a place, since a
# company's name may end in 's ("Moody's says", "Lowe’s reports"); not "farmers’ says", where the mark may close a
# quotation ("a ‘disaster for farmers’ says NFU")
_POSSESSED_NOUN = re.compile(r"(?<![\p{L}'’-])(?P<owner>\p{L}[\p{L}-]*)['’]s\s+$")


def _possessed_noun(sent: str, at: int) -> bool:
    """Whether the cue word in -s at `at` follows a possessive of a common noun or a place: a noun, no verb."""
    m = _POSSESSED_NOUN.search(sent, max(0, at - 40), at)
    return m is not None and (m.group("owner")[:1].islower() or m.group("owner") in PLACE_NAMES)


_QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_OPENING = re.compile(r"\s*[“\"‘]")
# A quotation that opens right after the cue ("said: \"...", "said, “...") and runs past the sentence's end
_RUNS_ON = re.compile(r"\s*[:,]?\s*([“\"])([^“”\"]+)$")


_COUNTRY_W = re.compile(rf"{WORD_START}(?:{PLACE}|{DEMONYM}){WORD_END}")


# Verbs that are finite in practice: "cases reported worldwide" is a participle, "officials said" is not.
_FINITE_SAY = finite_say()  # data/finite_say.tsv
_PLURAL = re.compile(r"(?<!\b(?:[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er)\s)\b(?:[Tt]hey|[Ww]e|I|you|and|[A-Za-z][a-z]*[^s'’\W]s|people|police|men|women|children)\b(?:\s+(?:also|now|still|"
                     r"have|had|further|repeatedly|previously|now|broadly|generally|widely|privately|publicly))*\s*$|\band\b")
# what follows a base form that is a noun in a quoted name, not a verb: a closing quotation mark (a finite verb after
# it proves nothing: "interventions that GiveWell believe are promising")
_NOUN_AFTER = re.compile(r"[”’\"]\s+\p{Ll}")
_DOC_SUBJECT = re.compile(r"(?i)\b(?:study|studies|report|survey|poll|analysis|investigation|inquiry|review|audit|research|"
                          r"figures|statistics|tally|tallies|count|toll|estimates|"
                          r"assessment|probe|autopsy|test|tests|data|records|paper|papers|documents|filings)\b")
_EXPRESS_WHAT = re.compile(r"\s+(?:\S+\s+){0,3}?(?:concerns?|regrets?|hopes?|sympathy|support|condolences|doubts?|confidence|"
                           r"dismay|frustration|anger|outrage|solidarity|optimism|disappointment|gratitude|surprise|alarm|"
                           r"interest|satisfaction|fears?|skepticism|scepticism|opposition|reservations|shock|sadness|"
                           r"willingness|readiness|commitment|views?|opinions?|belief|displeasure|appreciation)\b")
# "Hengaw tweeted a video of the protest", "tweets photos of the crowd": a post of pictures (picture_nouns.tsv), what
# they show being no one's claim, as a picture that "shows" makes none (syntax_gates "doc"); "tweeted that ..." speaks
_PICTURE_POSTED = re.compile(rf"\s+(?:a|an|the|some|several|{number_word_pattern(plurals=False)}|new|more|his|her|its|their)?\s*(?:[\w-]+\s+)?"
                             rf"(?:{'|'.join(sorted(picture_nouns(), key=len, reverse=True))})\b")
# "a letter from 11 House lawmakers urging the government to ...": a document's appeal is its senders' claim.
_DOC_PART = re.compile(r"\b(?:letter|statement|petition|resolution|motion|joint appeal)\b(?P<mid>[^.;:“”\"]{0,80}?)\s+"
                       r"(?P<v>urging|calling on|calling for|demanding|asking|accusing|warning|condemning)\b")
_DOC_VERB = {"urging": "urged", "calling on": "called on", "calling for": "called for", "demanding": "demanded",
             "asking": "urged", "accusing": "accused", "warning": "warned", "condemning": "condemned"}
_SENDER = re.compile(r"\s+(?:from|by|signed by|sent by)\s+(?P<np>[^,]+?)\s*$")


def _document_claims(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Rows for what a letter or statement urges: its senders ("from X"), else the clause's subject, else
    whoever the sentence credits already ("..., the magazine reported")."""
    for m in _DOC_PART.finditer(sent):
        if any(c.verb_start <= m.start("v") < max(c.verb_end, c.span[1]) and c.verb_start == m.start("v") for c in found):
            continue
        actor, s0, s1 = None, m.start(), m.start()
        if (snd := _SENDER.match(m.group("mid"))) and (actor := resolve(snd.group("np"), mem)):
            s0, s1 = m.start("mid") + snd.start("np"), m.start("mid") + snd.end("np")
        elif hit := clause_subject(sent, m.start(), mem):
            actor, s0, s1 = hit
            cut = BOUND.search(sent, s1)
            seg_end = cut.start() if cut and cut.start() < m.start() else s1
            if actor.kind != "person" and (tail := resolve_tail(sent[s0:seg_end], s0, mem)) and tail[0].kind == "person":
                actor, s0, s1 = tail[0], tail[1], seg_end  # "Committee members Christopher Coons, ... sent a letter"
        elif found and found[0].actor is not UNKNOWN:
            actor, s0, s1 = found[0].actor, found[0].subj_start, found[0].subj_end
        if actor is not None:
            v = _DOC_VERB[m.group("v")]
            found.append(FoundClaim(actor, sent[s0:s1], s0, s1, v, m.start("v"), m.end("v"), v))


_PAIR = re.compile(r"[A-Z][\p{L}'’-]+(?:\s+(?:of|at|from)\s+[^,]+?)?\s+and\s+[A-Z]")
# an adverb may stand between: "It was officially announced" is as passive as "it was announced"
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_TO_BEFORE = re.compile(r"\bto\s+$")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|be|is|are|being|to|not|never)\s+$")
_NESTED = re.compile(r"\s*(?:that\s+)?$")


def _countries_in(text: str) -> list[str]:
    out = []
    for m in _COUNTRY_W.finditer(text):
        v = m.group(0)
        code = COUNTRY_NAMES.get(v) or CAPITALS.get(v) or DEMONYMS.get(v)
        if code:
            out.append(code)
    return out


_verb_kind = verb_kind
# a tag set off by commas: ", he said," / ", she added." (nothing of its own follows the verb)
_TAG_BEFORE = re.compile(r",\s*$")
_TAG_AFTER = re.compile(r"\s*(?:[,.;](?!\s*[“\"‘])|$)")  # a quotation after it is the tag's own ('he said, "...')


def _repeated_tag(sent: str, subj: tuple, verb_start: int, verb_end: int, verb: str, found: list[FoundClaim]) -> bool:
    """A pronoun tag between commas that names again the speaker of a claim of the same kind earlier in the sentence:
    "Bob Henson ... said this 'punches' a small area ..., he said, causing serious damage" is one claim, not two."""
    actor, s0, s1 = subj
    if not (_TAG_BEFORE.search(sent, 0, s0) and sent[s1:verb_start].strip() == "" and _TAG_AFTER.match(sent, verb_end)):
        return False
    # (after a semicolon the tag is another clause's: "..., said Gilford T. Monrose, ...; a date had yet to be set, he said")
    return any(c.actor is not UNKNOWN and c.actor.key == actor.key and c.verb_end <= s0 and ";" not in sent[c.verb_end:s0]
               and _verb_kind(c.claim_type) == _verb_kind(verb) for c in found)


_WORDS_BEFORE = re.compile(r"[\p{L}-]+")


def _accuse_cue(content: str) -> bool:
    """The content tells of an attack by someone: an accusation cue ("struck", "attacked") whose subject is no force of
    nature (non_agents.tsv: "A strong 6.1-magnitude earthquake struck the northwestern Indonesian province", "the storm
    hit"). The subject is read as the last four words before the cue."""
    for m in _ACCUSE_CUE.finditer(content):
        before = _WORDS_BEFORE.findall(content, max(0, m.start() - 50), m.start())[-4:]
        if not any(w.lower().rsplit("-", 1)[-1] in non_agents() for w in before):
            return True
    return False


def _claim_type(verb: str, content: str, actor: Actor) -> tuple[str, str | None]:
    base = _verb_kind(verb)
    if base == "statement" and verb in _VERDICT_VERBS:
        base = verdict_type(content)  # 'called the massacre "the act of a terrorist"': the label types the claim
    if base == "statement" and not _accuse_cue(content):
        return base, None  # the countries it names matter only to an accusation (scanning for them costs more)
    others = [c for c in _countries_in(content) if c != actor.country]
    if base == "statement" and others:
        return "accusation", others[0]
    return base, (others[0] if base != "statement" and others else None)


# adverbial clauses whose own subject a participle after them may belong to
_ADVERBIAL_MARKS = frozenset("after before when while because since although though whereas until unless once as".split())


def _subordinate_participle(parsed, sent: str, start: int) -> bool:
    """Whether the parse hangs the participle at `start` on the verb of an adverbial clause with a subject of its own
    ("The statement comes a week after regional leaders issued an ultimatum, saying M23 ...": the leaders say it,
    not the statement the sentence opens with); the parse's own reading then gives the claim."""
    if parsed is None or parsed_text(parsed) != sent:
        return False
    tok = next((t for t in parsed if t.idx == start), None)
    if tok is None or tok.head is tok:
        return False
    head = tok.head
    return head.dep_ == "advcl" and head.head is not head and \
        any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in head.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def find_claims(sent: str, mem: ActorMemory, parsed=None, opened: bool = False, syntax_on: bool = False,
                opens_line: bool = False) -> list[FoundClaim]:
    found: list[FoundClaim] = []
    if parsed is None and CUE_WORDS.isdisjoint(lower_words(sent)) and not (
            syntax_on and (opens_line and ":" in sent[:60] or "view" in sent or "words" in sent or "telling" in sent
                           or mentions_poll(sent) or to_view(sent) is not None
                           # a headline's verbless source tag ("... kills three - governor": headlines.py)
                           or mem.now == 0 and mem.titled and (":" in sent or " -" in sent or " –" in sent or
                                                               " —" in sent))):
        return found
    taken: list[tuple[int, int]] = []
    events = sorted(
        [("verb", m) for m in verb_matches(sent, lower_words(sent))]
        + ([("acc", m) for m in _ACCORDING.finditer(sent)] if "ccording to" in sent or ", per " in sent else [])
        + ([("pass", m) for m in _PASSIVE.finditer(sent)] if " by " in sent else [])
        + ([("est", m) for m in _ESTIMATED_BY.finditer(sent)] if " by " in sent and " at " in sent else [])
        + ([("den", m) for m in _DENIED_BY.finditer(sent)] if " by " in sent else [])
        + ([("part", m) for m in _PARTICIPLE.finditer(sent)] if "ing " in sent else [])
        + ([("with", m) for m in _WITH_SPEAKER.finditer(sent)] if " with " in sent else [])
        + ([("quoted", m) for m in _QUOTED_AS.finditer(sent)] if "quoted" in sent or "quoting" in sent or "cited" in sent or "citing" in sent else [])
        + ([("src", m) for m in _SOURCE.finditer(sent)] if not _SOURCE_WORDS.isdisjoint(lower_words(sent)) else [])
        + ([("its", m) for m in _ITS_COUNT.finditer(sent)] if " its " in sent or " their " in sent else []),
        # ("X was cited by Y as saying": the quoted speaker's reading before the passive's agent, at the same start)
        key=lambda e: (e[1].start(), not (e[0] == "src" and e[1].group("np4")),
                       not (e[0] == "quoted" and e[1].group("np") is None)))
    for kind, m in events:
        if any(a <= m.start() < b for a, b in taken):
            continue
        if kind == "acc":
            np = source_words(_parsed_object(m.group("np"), m.start("np"), parsed, sent))
            if names_no_source(np, not m.group(0)[:1].lower() == "a"):
                continue  # "priced according to how expensive ...", "per episode": no source
            if m.group(0)[:1] in "Aa" and in_accordance(sent[:m.start()], np):
                continue  # "paying them according to the new wage structure": a rule followed, no one speaking
            np_end = m.start("np") + len(np)
            if _FIRST_OWNER.match(np):
                continue  # "“Also, according to our analysis, there is ...”": the speaker's own finding, theirs
            demonstrative = _DEMONSTRATIVE.match(np) is not None
            actor = None
            if np.lower() == "it" and (here := [c.actor for c in found if c.subj_end <= m.start() and c.actor.kind != "person"]):
                # "Figures from the interior ministry contradicted him: according to it, only 997,000 ...": the body
                # this sentence has just given a voice, not one of the story's earlier bodies
                actor = here[-1]
            elif np.lower() in _OBJECT_PRONOUNS:
                # "According to him, the bandits were ...": the person "he" would be
                actor = resolve(_OBJECT_PRONOUNS[np.lower()], mem)
            elif not demonstrative:
                actor = role_with_name(np, sent[np_end:], mem) or _author_with_name(np, sent[np_end:], mem) or \
                    resolve(np, mem) or ((postmodified(np, 0, mem) or (None,))[0])
            if actor is None and demonstrative:  # "Prime minister X according to this is not the final figure"
                hit = resolve_tail(sent[:m.start()].rstrip(), 0, mem)
                actor = hit[0] if hit else None
            if actor is None and not demonstrative and (doc := _DOC_TAIL.fullmatch(np)):
                # "according to the latest ministry figures", "according to a ministry statement": the body
                actor = resolve("the " + doc.group("body"), mem)
                actor = actor if actor and actor.kind != "person" else None
            owner = _OWNER.match(np)
            if (actor is None or actor.kind != "country" and owner) and owner:
                # "according to his aunt, Jane Starner, ...": the name in apposition is the source
                ap = _APPOS_NAME.match(sent[np_end:])
                if ap:
                    boss = mem.last(lambda a: a.kind != "person")
                    actor = mem.person(ap.group(1), boss.country if boss else None, owner.group(1))
            how = ""
            if actor is None and (own := _OWN_VIEW.fullmatch(np)) and own.group(2).lower() not in source_nouns():
                # "according to his reading", "according to their count": the owner's own view, not a source named
                # "Reading" (a source noun, "according to her lawyer", is that person)
                actor = resolve(_OWNER_PRONOUN[own.group(1).lower()], mem)
                how = "possessor of the view"
            if actor is None and _OWNED.fullmatch(np) and not any(w.lower() in source_nouns() for w in np.split()[1:-1]):
                continue  # "according to their accounts": the owner's view, and no name of its own (not "his police
                # record": the record of a body its words name)
            if actor is None and (nat := _NATION_COUNT.fullmatch(np)) and (code := country_in(nat.group("d"))):
                # "according to Israeli tallies", "according to official Ukrainian figures": a nation's own count, kept
                # by its government (no body named), so the country's
                actor, how = country_actor(code), "nation whose count it is"
            if actor is None and not demonstrative and syntax_on and (named := name_source(np, mem)):
                actor, how = named  # "according to Nielsen", "according to FEC filings": any source the text names
            if actor and actor.kind == "person" and (ap := _APPOS_ROLE.match(sent, m.end("np"))):
                # "according to Majed Al-Ansari, a spokesperson for the Qatari Foreign Ministry": the role names him
                # too, so a later "the spokesman said" is he
                actor = mem.person(actor.name, actor.country or country_in(ap.group(0)), ap.group("role").split()[-1])
            if actor:
                found.append(FoundClaim(actor, np, m.start("np"), np_end, "according to", m.start(),
                                        m.start("np") - 1, "statement", rule="rules.according_to", resolved_by=how))
                taken.append((m.start(), np_end))
            continue
        if kind == "its":
            # "The International Organization for Migration, which is working closely with the government, has not changed
            # its estimated death toll of 670": the count the sentence's subject calls its own is that body's
            lead = _LEAD_BODY.match(sent)
            actor = resolve(lead.group("np"), mem) if lead else None
            if actor is None or actor is UNKNOWN or actor.kind not in ("organization", "country", "media"):
                continue
            found.append(FoundClaim(actor, lead.group("np"), lead.start("np"), lead.end("np"), "according to", m.start(),
                                    m.end(), "statement", figures_only=True))
            taken.append((m.start(), m.end()))
            continue
        if kind == "src":
            # "figures from the health ministry show", "a toll compiled by AFP", "the ministry's tally", "a Reuters
            # count": the body that keeps the count is the figures' claimant
            g = "np" if m.group("np") else "np2" if m.group("np2") else "np4" if m.group("np4") else "np3"
            np = m.group(g)
            lead = len(by.group(0)) if g == "np2" and (by := _BY_LEAD.match(np)) else 0
            hit = resolve_tail(np[lead:], 0, mem) if g == "np2" else None
            hit = (hit[0], hit[1] + lead) if hit else None  # "By CNN's count": the keeper after the preposition
            actor = hit[0] if hit else resolve(np, mem) if g != "np2" else None
            if actor is None and g == "np" and (joined := _JOINED_KEEPERS.fullmatch(np)):
                # "calculations by Yambali village and Enga provincial officials": keepers joined by "and", the one
                # the words name as a body
                actor = resolve(joined.group("last"), mem) or resolve(joined.group("first"), mem)
            if m.group("ain") and (actor is None or actor.kind == "person"):
                # "deaths announced in New York state": the place's authorities announce them
                place = _STATE_WORD.sub("", np)
                actor = Actor(f"org:{np.lower()}", np, "organization", code) if (code := PLACE_NAMES.get(place)) else None
            if g == "np2" and actor is not None and actor.kind == "country" and m.group(0).lower().endswith("toll"):
                continue  # "Kenya's death toll rose to 41": the deaths in Kenya, not Kenya's claim
            if actor is None or actor.kind == "country" and g in ("np", "np4") and \
                    not _GOVERNMENT.search(np) and not m.group("ain") or \
                    g == "np3" and actor.kind not in ("media", "organization"):
                continue  # "figures from Gaza": a place the figures are about, not who keeps them
            s0 = m.start(g) + hit[1] if hit else m.start(g)  # (the offset is within the phrase)
            e0 = m.end(g)
            end = m.end()
            if doc := _SOURCE_VERB.match(sent, end):
                end = doc.end()
            # "By CNN's count, Trump visited ...": a keeper's count that frames the whole sentence credits all of it,
            # figure or not; "the ministry's tally" inside a clause only keeps the figures
            framed = g == "np2" and sent[m.end():m.end() + 1] == "," and \
                (lead and _BY_FRAME.search(sent[:m.start(g)] + "by ") or _BY_FRAME.search(sent[:m.start(g)]))
            found.append(FoundClaim(actor, sent[s0:e0], s0, e0, "according to", e0, max(e0, end), "statement",
                                    figures_only=not framed, rule="rules.by_count" if framed else ""))
            taken.append((m.start(), end))
            continue
        if kind == "quoted":
            # "Interfax quoted Ryabkov as saying ...", "Ryabkov was quoted by Interfax as saying ...": Ryabkov
            if m.group("np"):
                hit = resolve_head(m.group("np"), mem)
                hit = (hit[0], m.start("np"), m.start("np") + hit[1]) if hit else None
                if m.group("ap") and (hit is None or hit[0].kind != "person") and \
                        (named := resolve(m.group("ap"), mem)) is not None and named.kind == "person":
                    # "cited the president of the Galicia's main court, Miguel Angel Cadenas, ...": the name in apposition
                    hit = (named, m.start("ap"), m.end("ap"))
                if hit and m.group("ap") and hit[0].kind == "person" and hit[0].country is None and \
                        (code := country_in(m.group("ap"))):
                    # "quoted Abror Mamatov, an official from Uzbekistan's Prosecutor-General's Office": his office's country
                    hit = (mem.person(hit[0].name, code), hit[1], hit[2])
                if hit is None and (head := _QUOTED_DESC.match(m.group("np"))) and \
                        (named := name_source(head.group("d"), mem)) is not None:
                    # "Al Hadath TV quoted an adviser to military leader Abdel Fattah Al-Burhan as saying": an unnamed
                    # person the words describe speaks (placed as any description is: description_actors.describe)
                    hit = (named[0], m.start("np"), m.start("np") + head.end("d"))
                quoter = find_subject(sent, m.start(), found, mem) if hit else None
                if quoter and quoter[0].kind == "media":
                    # the outlet that carried the words is named: a later "the report said" is its report
                    mem.touch(quoter[0])
                    mem.mentioned.append(quoter[0])
            else:
                hit = quoter = find_subject(sent, m.start(), found, mem)
            if hit:
                found.append(FoundClaim(hit[0], sent[hit[1]:hit[2]], hit[1], hit[2], "said", m.start(), m.end(), "statement"))
                taken.append((m.start(), m.end()))
                if quoter and quoter[0] is not UNKNOWN and quoter[0] != hit[0] and \
                        not any(c.actor == quoter[0] for c in found):
                    # "Amnesty quoted a detainee as saying ...", "The Post quoted an official as saying": the one who
                    # quotes reports the words too, a row of its own beside the quoted speaker's, which keeps the
                    # sentence's figures; joint: it asserts what the quoted speaker's claim does (_spans)
                    q0, q1 = quoter[1], quoter[2]
                    verb = "cited" if sent.startswith("cit", m.start()) else "quoted"
                    found.append(FoundClaim(quoter[0], sent[q0:q1], q0, q1, verb, m.start(), m.end(), "statement",
                                            rule="rules.quoter", joint=True))
            continue
        if kind == "part":
            # "Yoon apologized in a televised address, saying ...": the clause's subject speaks, once
            v = _STANCE_ING.get(m.group("v"), m.group("v"))
            kind_of = _verb_kind(v)
            if found and found[-1].actor is not UNKNOWN and kind_of != "statement" and \
                    not _SUBORDINATE.search(sent, found[-1].verb_end, m.start()) and \
                    kind_of != _verb_kind(found[-1].claim_type):  # claim_type still holds the verb here
                # "X said ..., repeatedly calling for an inquiry": a second claim of another kind by the same speaker
                found.append(FoundClaim(found[-1].actor, found[-1].surface, -1, -1, v, m.start("v"), m.end("v"), v))
            elif found and found[-1].actor is not UNKNOWN and _proposition_next(m.group("v"), sent, m.end("v")) and \
                    not _SUBORDINATE.search(sent, found[-1].verb_end, m.start()):
                # '"There are people injured," he said, adding that soldiers did not intervene': a second proposition
                # of the same speaker, a claim of its own (its speaker follows the claim before it: _follow_tag); a
                # claim's "that" may go unwritten ('"The statement is false," he said, claiming over 17 soldiers were
                # also wounded')
                found.append(FoundClaim(found[-1].actor, found[-1].surface, -1, -1, v, m.start("v"), m.end("v"),
                                        "statement", rule="rules.adding"))
            elif not found and v == m.group("v") and (hit := clause_subject(sent, m.start(), mem)) and \
                    not _EXPLETIVE_IT.match(sent, hit[1]) and not _subordinate_participle(parsed, sent, m.start("v")):
                actor, s0, s1 = hit
                found.append(FoundClaim(actor, sent[s0:s1], s0, s1, v, m.start("v"), m.end(), v))
            continue
        if kind == "with":
            # "..., officials said, with a new rebel group claiming nine soldiers were killed": an absolute "with"
            # clause gives a second speaker's claim beside the first; its subject speaks (a clause must follow: "with
            # protesters saying goodbye" is no claim)
            if (_THAT_NEXT.match(sent, m.end("v")) or _BARE_CLAUSE.match(sent, m.end("v"))) and \
                    (actor := resolve(m.group("np"), mem) or describe(m.group("np"), m.group("np").split()[-1], mem)):
                found.append(FoundClaim(actor, m.group("np"), m.start("np"), m.end("np"), m.group("v"), m.start("v"),
                                        m.end("v"), m.group("v")))
                taken.append((m.start(), m.end()))
            continue
        if kind == "est":
            # an agent of an estimate is often described, not named ("an official in Colombia's Arauquita Municipality")
            np = m.group("np")
            if actor := resolve(np, mem) or describe(np, _HEAD_WORD.match(np).group(1) if _HEAD_WORD.match(np) else np, mem):
                found.append(FoundClaim(actor, np, m.start("np"), m.end("np"), "estimated", m.start("v"), m.end("v"),
                                        "statement"))
                taken.append((m.start(), m.end()))
            continue
        if kind == "den":
            # "Ankara accused Greek forces of ..., a charge rejected by Athens": the agent denies what the clause before
            # it claims
            if actor := resolve(m.group("np"), mem):
                found.append(FoundClaim(actor, m.group("np"), m.start("np"), m.end("np"), m.group("v"), m.start("v"),
                                        m.end("v"), "denial"))
                taken.append((m.start(), m.end()))
            continue
        if kind == "pass":
            actor = resolve(m.group("np"), mem)
            if actor:
                found.append(FoundClaim(actor, m.group("np"), m.start("np"), m.end("np"), m.group("v"), m.start(), m.end("v"), "statement"))
                taken.append((m.start(), m.end()))
            continue
        verb = m.group("v")
        if _TO_BEFORE.search(sent, max(0, m.start() - 4), m.start()):
            continue  # "pushed Democrats to moderate ... and to say ...": an infinitive has no subject of its own here
            # (the parse reads "took to Twitter to say", syn.purpose)
        if verb.startswith("joined"):
            verb = "called for"  # "joined growing calls for ...": the joiner appeals
        # Right after a comma or closing quote the subject follows the verb ("..., said Peskov").
        after_punct = sent[:m.start()].rstrip()[-1:] in ",”\"’'"
        inv = None if not after_punct else _inverted(sent, m, verb, mem)
        if inv:
            found.append(inv)
            taken.append((m.start(), inv.subj_end))
            continue
        if against_what(sent, m.start()):
            continue  # "Despite what officials say, the war goes on": a claim never given, not the main clause's
        if _HELD_WHAT.search(sent, max(0, m.start() - 60), m.start()) and _is_cognition(verb) and \
                not _HELD_AFTER.match(sent, m.end()):
            continue  # "who our governor is or what she believes": a belief named, not held out as a claim
        if verb.endswith("s") and _COUNTED_NAMES.search(sent, max(0, m.start() - 60), m.start()):
            continue  # "Several UN reports have pinned ...": after a plural quantifier "reports" is a noun, no verb
        if verb.endswith("s") and _WITH_NOUN.search(sent, max(0, m.start() - 40), m.start()):
            continue
        if verb.endswith("s") and _possessed_noun(sent, m.start()):
            continue
        if not verb.endswith("ing") and _BE_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
            continue  # "the man is described as", "he was told": the subject is not the one speaking
        if reduced_passive(sent, m.start("v"), m.end("v")):
            continue  # "The man accused of stealing ... told police": he is accused, and speaks later (headlines.py)
        subj = find_subject(sent, m.start(), found, mem)
        pron = (subj[1], subj[2]) if subj and _PRONOUN.fullmatch(sent[subj[1]:subj[2]]) else \
            None if subj else pronoun_before(sent, m.start())
        if pron:
            subj = antecedent(sent, pron, subj, found, mem)
            if sent[pron[0]:pron[1]].lower() in ("he", "she") and (owner := framing_owner(sent, pron[0], mem)):
                subj = (owner, pron[0], pron[1])  # "In an FBI agent's testimony, he describes": the agent
        if (subj and found and found[-1].actor is not UNKNOWN and subj[1] >= found[-1].verb_end
                and (subj[0] != found[-1].actor or pron) and _NESTED.match(sent, found[-1].verb_end, subj[1])):
            continue  # "X said Baku had rejected it", "X said they ...": part of what X says
        if (subj and verb in ("believes", "believed") and found and found[-1].subj_start < found[-1].verb_start
                and not _CLAUSE_CUT.search(sent, found[-1].verb_end, subj[1])):
            continue  # "he said the call made him realize Giuliani still believed ...": a belief he reports
        if subj and verb in TAG_ONLY and not _QUOTE_END.search(sent, 0, subj[1]):
            continue
        if subj and verb in BASE_FORMS and not _PLURAL.search(sent, _clause_start(sent, m.start()), m.start()):
            continue  # "the UN estimate", "a Reuters report": a noun after a singular subject
        if verb in BASE_FORMS and _NOUN_AFTER.match(sent, m.end()):
            continue  # "the aim of the “Brussels report” is": a closing mark right after shows a quoted noun
        if verb in ("countered", "counters") and _BY_MEANS.match(sent, m.end()):
            continue  # "unrest, which the military has countered with lethal force": a response in deeds, no claim
        if parsed is not None and rule_verb_is_act(parsed, sent, m.start()):
            continue  # "NASA also added smaller landers to the contract": a thing added, nothing said (the parse)
        if verb.lower().endswith(("tweeted", "tweets")) and _PICTURE_POSTED.match(sent, m.end()):
            continue  # "Hengaw tweeted a video of Javanrud": pictures posted, no claim
        if verb in ("expressed", "expresses") and not _EXPRESS_WHAT.match(sent, m.end()):
            continue  # "smooth muscle expresses receptors": only a feeling or a view is expressed as a claim
        if subj and verb in DOC_ONLY and (not _DOC_SUBJECT.search(sent, subj[1], m.start()) or subj[0].kind == "person"):
            continue  # "police found a body": only a study, report or survey "finds" a claim
        if subj and pron and _repeated_tag(sent, subj, m.start(), m.end(), verb, found):
            continue  # "X said this 'punches' a small area ..., he said, causing ...": one claim, tagged twice
        if subj and _relative_of_object(sent, subj[1], subj[2], parsed):
            continue  # "Police detained a politician who said ...": the parse's relative clause reading speaks
        if subj:
            actor, s0, s1 = subj
            found.append(FoundClaim(actor, sent[s0:s1], s0, s1, LEMMA.get(verb, verb), m.start(), m.end(), verb))
        elif verb in _FINITE_SAY and not _PASSIVE_AUX.search(sent, 0, m.start()):
            # Someone we cannot name speaks here ("the enclave's separatist authorities said"). Keep a
            # placeholder so figures in this clause are not handed to another claimant in the sentence.
            cut = [b.end() for b in BOUND.finditer(sent, 0, m.start())]
            s0 = cut[-1] if cut else 0
            s0 += len(sent[s0:m.start()]) - len(sent[s0:m.start()].lstrip())
            found.append(FoundClaim(UNKNOWN, sent[s0:m.start()].strip(), s0, m.start(), verb, m.start(), m.end(), verb))
    if " letter" in sent or " statement" in sent or " petition" in sent or " resolution" in sent:
        _document_claims(sent, found, mem)
    headline_say_tag_claims(sent, found, mem)
    if parsed is not None:
        add_syntactic_claims(sent, parsed, found, mem, opened)
    if syntax_on:
        name_placeholders(found, mem)
        phrase_claims(sent, found, mem, opens_line)
        headline_claims(sent, found, mem)
        headline_tag_claims(sent, found, mem)
    drop_reduced_passives(sent, found)
    _follow_tag(found)
    if opened and found:
        # the sentence goes on inside a quotation an earlier sentence opened: until its closing mark the words are the
        # quoted speaker's ("... a proliferation risk. ... However, Bushehr underscores that ..."), so a cue there is a
        # nested attribution of that speaker's claim, as the parse reads it (syntax_cue.SynCue.in_quote); a tag after the
        # mark ('... homes," said Nugroho.') is the quotation's own
        # (a mark opening a line reopens the quotation, as news copy does at each paragraph; inside a line a mark
        # there closes it: '"What do they consider to be South Sudan? "Isaacs questioned')
        close = _CLOSE_MARK.search(sent, 1 if opens_line and sent[:1] in "“\"" else 0)
        end = close.start() if close else len(sent)
        if not (close and _SAY_MARK.search(sent, 0, close.end())):
            # (unless the mark follows a speech verb, 'He said "with vaccines ...': it opens a quotation, so the one
            # counted open before was a stray mark of damaged text)
            found[:] = [c for c in found if c.verb_start > end]
    if (d := _DATELINE.match(sent)) is not None:
        # "RANGOON, Burma - allies predicted ...", "Washington (AFP) – Clinton ..., saying": the place is no speaker
        # the place is no speaker, but a speaker the parse read together with it ("WASHINGTON — Sen. Chuck Grassley
        # (R-Iowa) on Wednesday downplayed ...") is the one after the dash: the words are cut to it
        found[:] = [_after_dateline(c, sent, d.end(), mem) if 0 <= c.subj_start < d.end() and c.actor is not UNKNOWN
                    else c for c in found]
        found[:] = [c for c in found if c is not None]
    _joint_claimants(sent, found, mem)
    if "citing" in sent:
        _cited_sources(sent, found, mem)
    _spans(sent, found, opened, parsed)
    for c in found:
        if c.actor.kind == "person" and _PAIR.search(c.surface):
            mem.pair = (c.actor, mem.now)
        if c.actor.kind == "person" and (w := c.surface.lower()) in ("he", "she") and sent[:c.subj_start].rstrip()[-1:] in "”\"’,":
            # "He said", '..." she said': the pronoun that plainly names the speaker tells later ones apart
            mem.gender.setdefault(c.actor.key, w)
    return found


def _follow_tag(found: list[FoundClaim]) -> None:
    """A rules.adding claim ('..., he said, adding that ...') speaks with the claim right before it, as that claim
    stands once the parse has had its say: the parse may have put another speaker in the rules' place ("Susan Rice,
    U.S. Ambassador for the United Nations, said ..., adding that ...": Rice, not the United Nations); with no claim
    before it left, it goes."""
    for i, c in enumerate(found):
        if c.rule != "rules.adding":
            continue
        before = [p for p in found if p.rule != "rules.adding" and p.actor is not UNKNOWN and p.verb_end <= c.verb_start]
        if not before:
            found[i] = None
            continue
        parent = max(before, key=lambda p: p.verb_end)
        if parent.actor != c.actor:
            found[i] = replace(c, actor=parent.actor, surface=parent.surface)
    found[:] = [c for c in found if c is not None]


def add_parse_claims(sent: str, doc, found: list[FoundClaim], mem: ActorMemory, opened: bool = False) -> None:
    """The parse's claims for a sentence the rules have already read (extract.py's second chance), given the
    content span, type and quote that find_claims gives every claim."""
    if add_syntactic_claims(sent, doc, found, mem, opened):
        drop_reduced_passives(sent, found)
        _follow_tag(found)
        _joint_claimants(sent, found, mem)
        if "citing" in sent:
            _cited_sources(sent, found, mem)
        _spans(sent, found, opened, doc)


# A dateline opening the sentence: a city in capitals ("RANGOON, Burma -") or a place with its agency
# ("Washington (AFP) –"), maybe with the date ("SEOUL, Aug. 20 (Yonhap) --"), then a dash (after the agency's bracket
# also one glued to the next word, as some Reuters copy prints it: "SAO PAULO (Reuters) -Brazilian Supreme Court ..."),
# or the agency's bracket alone where a syndicating page cut the place off ("(Reuters) -The governor ...")
_DATELINE = re.compile(r"^(?:[A-Z]{2,}[A-Z .'-]*(?:,\s*[A-Z][\p{L}\d. ]{1,30})?(?:\s*\([^()]{1,20}\))?|"
                       r"(?:[A-Z][\p{L} .]{1,30}\s*)?\((?:AFP|AP|Reuters|UPI|Xinhua|dpa|[A-Z]{2,6})\))\s*[–—-]{1,2}"
                       r"(?:\s+|(?<=\)\s*[–—-]{1,2})(?=\p{Lu}))")
def _after_dateline(c: FoundClaim, sent: str, end: int, mem: ActorMemory) -> FoundClaim | None:
    """A claim whose claimant words begin in the dateline: its words from the dash on when the claimant is named
    there and not in the dateline ("WASHINGTON — Sen. Chuck Grassley" -> "Sen. Chuck Grassley"); when the parse took
    the place itself for the speaker, the noun phrase between the dash and the verb ("LA CROSSE, Wisc. — Gov. Mike
    Pence on Thursday blamed"); else None."""
    last = c.actor.name.split()[-1] if c.actor.name.split() else ""
    if c.subj_end > end and last and last in sent[end:c.subj_end] and last not in sent[:end]:
        cut = c.subj_end - len(sent[end:c.subj_end].lstrip())
        words = sent[cut:c.subj_end]
        if any(w in sent[:end] for w in c.actor.name.split()[:-1]):
            # the actor was named with the dateline's words ("Hawaii (HawaiiNewsNow) - NASA scientists"): read again
            got = resolve(words, mem) or (name_source(words, mem) or (None,))[0]
            if got is None or bad_name(got.name):
                return None
            return replace(c, actor=got, surface=words, subj_start=cut, resolved_by="after the dateline")
        return replace(c, surface=words, subj_start=cut)
    if c.verb_start <= end:
        return None
    between = sent[end:c.verb_start].strip()
    if _DESCRIBED_AFTER.match(between) and len(between.split()) <= 8 and (got := name_source(between, mem)) is not None \
            and not bad_name(got[0].name):
        # "(Reuters) -The governor of a Russian border region accused": a speaker described in lower case after the
        # dash, read as the same words would be without the dateline
        at = sent.index(between, end)
        return replace(c, actor=got[0], surface=between, subj_start=at, subj_end=at + len(between),
                       resolved_by="after the dateline")
    np = _DATELINE_NP.match(sent, end)
    if np is None:
        return None
    words = PARTY_LEAD.sub("", np.group("np"))
    parts = words.split()
    # "Democratic U.S. Rep. Gwen Graham": the longest tail the resolver knows, else the words as a description
    actor = next((a for k in range(min(3, len(parts) - 1) + 1) if (a := resolve(" ".join(parts[k:]), mem)) is not None),
                 None)
    if actor is None and (got := name_source(words, mem)) is not None and "'" not in words and "’" not in words:
        actor = None  # a capitalised phrase the resolver does not know: a body's name only by guess, left out
    elif actor is None and got is not None:
        actor = got[0]  # "Aung San Suu Kyi's political allies": the described people
    if actor is None or bad_name(actor.name) or bad_name(words):
        return None
    return replace(c, actor=actor, surface=np.group("np"), subj_start=np.start("np"), subj_end=np.end("np"),
                   resolved_by="after the dateline")


# the speaker's noun phrase right after a dateline: capitalised words (titles, names, a possessive and its noun),
# up to a day, a comma, a bracket or the verb ("Gov. Mike Pence on Thursday", "Aung San Suu Kyi's political allies")
_DATELINE_NP = re.compile(r"\s*(?P<np>(?:[A-Z][\p{L}.'’-]*\s+){0,5}[A-Z][\p{L}.’-]*(?:['’]s(?:\s+\p{Ll}+){1,3})?)"
                          r"(?=\s+(?:on|late|early|this|last)\s|\s*[,(]|\s+\p{Ll})")


# a described speaker after a dateline's dash: an article, then a lower-case word ("The governor of ...", "A spokesman")
_DESCRIBED_AFTER = re.compile(r"(?:The|A|An)\s+\p{Ll}")
_WHAT_BEFORE = re.compile(r"\b(?i:what)\s+$")
_CLOSE_MARK = re.compile(r"[”\"]|’’")
_SAY_MARK = re.compile(r"(?i)\b(?:said|says|say|told|tells|added|wrote|asked|stated)\s+\"$")
_COUNT_NOUN = (r"(?:(?:death\s+|casualty\s+|official\s+|latest\s+|own\s+|daily\s+|updated\s+|new\s+|provisional\s+)*"
               r"(?:toll|tally|tallies|count|figures|data|statistics|numbers|estimates?|"
               # "The death toll of 670 was based on calculations by Yambali village and Enga provincial officials"
               r"(?<=based\s+on\s+(?:the\s+)?)calculations|"
               # "the 802 figure given by emergency authorities": one figure, only with the act that gave it (not "a
               # senior figure from the party")
               r"figure(?=\s+(?:given|released|provided|issued|published|compiled|reported)\s+by\s)))")
# A sentence with none of these words holds no count keeper: a cheap test before _SOURCE runs.
_SOURCE_WORDS = count_words()  # data/count_words.tsv
_SOURCE = re.compile(
    rf"(?i:\b{_COUNT_NOUN}\s*,?\s+(?:(?:compiled|released|published|provided|issued|collected|gathered|kept|maintained|"
    r"recorded|given|confirmed|supplied|verified)\s+)?(?:by|from)\s+)(?P<np>(?!(?i:the\s+)?(?:\d|last|previous|earlier|a\s|an\s))"
    r"[^,.;:“”\"]{2,60}?)(?=\s*[,.;:“”\"()]|\s+(?i:show|shows|showed|put|puts|say|says|said|indicate|indicates|suggest|suggests|"
    r"as|on|in|for|at|to|which|that|rose|stood|stands|reached|has|have|had|is|was|were|are)\b|$)"
    rf"|(?P<poss>(?P<np2>(?<![\p{{L}}’'])[\p{{L}}.&-]+(?:\s+[\p{{L}}.&-]+){{0,5}}?)[’']s\s+{_COUNT_NOUN}\b)"
    rf"|(?<=\b(?i:deaths|dead|casualties|fatalities|toll|tally|cases|injuries|arrests|killings|victims)\s+)"
    r"(?:(?:announced|reported|confirmed|recorded|registered|released|published|given)\s+by|(?P<ain>announced)\s+in)\s+"
    r"(?P<np4>(?!(?i:the\s+)?(?:\d|last|previous|earlier|a\s|an\s))[^,.;:“”\"]{2,60}?)(?=\s*[,.;:“”\"()]|\s+(?i:"
    r"on|in|for|at|to|which|that|rose|stood|stands|reached|has|have|had|is|was|were|are|since|so|over|during|"
    r"include|includes|included)\b|$)"
    rf"|(?P<lead>\b(?:[Aa]n?|[Tt]he)\s+(?P<np3>[A-Z][\p{{L}}.&-]*(?:\s+[A-Z][\p{{L}}.&-]*){{0,2}})\s+(?:tally|count|toll|estimate)\b)")
# "By CNN's count, ...", "..., by the agency's estimate, ...": "by" right before the keeper, opening the sentence or
# set off by a comma
_BY_LEAD = re.compile(r"[Bb]y\s+(?:the\s+)?")
_BY_FRAME = re.compile(r"(?:^|,\s*)[Bb]y\s+(?:the\s+)?$")
_GOVERNMENT = re.compile(r"(?i)\b(?:government|authorities|officials|state|administration|ministry|army|military|forces)\b")
_STATE_WORD = re.compile(r"^(?:the\s+)?(?:state|province|region)\s+of\s+|\s+(?:state|State|province|region)$")
_DOC_TAIL = re.compile(r"(?i)(?:the|a|an)\s+(?:(?:latest|new|official|updated|daily|provisional|final|preliminary|recent)\s+)*"
                       r"(?P<body>[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:figures|data|statistics|statement|report|tally|count|"
                       r"estimates?|update|numbers|toll)")
# a count a nation keeps, named by its demonym alone: "Israeli tallies", "the latest official Ukrainian figures"
_NATION_COUNT = re.compile(rf"(?:(?:the|latest|new|official|updated|daily|provisional|final|preliminary|recent)\s+)*"
                           rf"(?P<d>{DEMONYM})\s+(?:(?:government|official|state)\s+)?(?:figures|data|statistics|"
                           r"tally|tallies|counts?|estimates?|numbers|tolls?)")
# a count the clause's subject owns ("has not changed its estimated death toll of 670"), and the named body opening the
# sentence that owns it
_ITS_COUNT = re.compile(r"\b(?:its|their)\s+(?:(?:own|estimated|latest|official|provisional|updated)\s+)*"
                        r"(?:death\s+|casualty\s+)?(?:toll|tally|count|estimate)\s+(?:of|at|to|stands\s+at|remains\s+at)\s+(?=\d)")
_LEAD_BODY = re.compile(r"(?P<np>(?:The\s+)?[A-Z][\p{L}.&’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\p{L}.&’'-]*))*)"
                        r"(?=\s*,|\s+(?:has|have|had|is|was|did|does|kept|keeps|raised|lowered|revised|put|puts)\b)")
_JOINED_KEEPERS = re.compile(r"(?P<first>.+?)\s+and\s+(?P<last>(?:the\s+)?\S.+)")
# (a perfect's auxiliary before it: "data by the Kenya National Bureau of Statistics has shown")
_SOURCE_VERB = re.compile(r"\s*,?\s*(?:(?:has|have|had)\s+(?=shown|indicated|suggested))?"
                          r"(?:show|shows|showed|shown|put|puts|indicate|indicates|indicated|suggest|suggests|suggested)\b")
_QUOTED_AS = re.compile(r"(?:\b(?:was|were|is|are|has been|had been)\s+(?:(?:also|later|earlier|widely|\w+ly)\s+)?(?:quoted|cited)(?:\s+by\s+[^,;“”\"]{1,60}?)?\s+as|"
                        r"\b(?:quot|cit)(?:ed|ing)\s+(?P<np>(?!by\b)[^,;“”\"]{1,80}?)(?:,\s+(?P<ap>[^,;“”\"]{1,100}?),)?"
                        # "cited the court's president, Miguel Angel Cadenas, at the scene saying": where they spoke may
                        # come before "saying"
                        r"(?:\s+as|\s+(?:at|in|on|from)\s+(?:the\s+)?[\w-]+(?:\s+as)?))\s+saying\b")
# an indefinite description of the quoted person, what follows its head only tells whom they serve ("an adviser to
# military leader X", "a commander of the force", "one official in the region"), its age among its words ("a 70-year old
# detainee")
_QUOTED_DESC = re.compile(r"(?P<d>(?:an?|one|the)\s+(?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}-]+)(?:\s+(?:to|of|for|at|with|from|in|close\s+to)\b.*)?$")
# ("quoted Abror Mamatov, an official from Uzbekistan's Prosecutor-General's Office, as saying": an apposition that
# says who the quoted person is may stand between the name and "as saying")
_QUOTE_END = re.compile(r"[”\"][,.]?\s*\S*\s*$|,[”\"]\s*\S*\s*$")
_PARTICIPLE = re.compile(r",\s+(?:(?:\w+ly|also)\s+)?(?P<v>saying|adding|warning|insisting|arguing|claiming|stressing|"
                         r"telling reporters|noting|calling for|calling on|urging|demanding|accusing|blaming|denying|rejecting|"
                         r"condemning)\b" + ACT_OBJECT)  # not "..., claiming the lives of five people" (verbs.py)
# An extraposed "it" ("It was discovered after the arrest that Timmons had written a letter, saying ..."): no one,
# so no back-reference to the last speaker either; the participle belongs to what the clause names.
_EXPLETIVE_IT = re.compile(r"(?i:it)\s+(?:is|was|has been|had been|became|seems|seemed|appears|appeared)\s+(?:\w+ly\s+)?"
                           r"(?:discovered|found|revealed|learned|learnt|reported|known|understood|believed|thought|alleged|"
                           r"said|claimed|clear|unclear|likely|unlikely|possible|true|evident|obvious)\b")
# A clause of another subject between a claim and a participle ("..., after Swift scolded the label, accusing ..."):
# the participle is that subject's, not the claimant's.
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|although|though|whereas|but|who|which|whom|where|"
                          r"until|unless|if)\b")
_STANCE_ING = {"calling for": "called for", "calling on": "called on", "urging": "urged", "demanding": "demanded",
               "accusing": "accused", "blaming": "blamed", "denying": "denied", "rejecting": "rejected",
               "condemning": "condemned"}
# an absolute "with" clause whose subject speaks: ", with a new rebel group claiming ...", ", with the ministry saying"
_WITH_SPEAKER = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
                           r"(?:also\s+)?(?P<v>claiming|saying|insisting|reporting|arguing)\b")
_PRONOUN = re.compile(r"(?i)he|she|it|they")
_THAT_NEXT = re.compile(r"\s+that\s")
# a clause with no "that" after a participle: a subject of a few words and its finite verb ("claiming over 17 soldiers
# were also wounded"), not an object ("claiming victory", "claiming responsibility for the attack")
_BARE_CLAUSE = re.compile(r"\s+(?:(?!(?:that|which|who|when|where|after|before|as|for)\s)[\w’'-]+\s+){1,5}?(?:\w+ly\s+|also\s+)?(?:was|were|is|are|had|has|have|would|will|"
                          r"could|did)\b(?![’']t\b)")


def _proposition_next(verb: str, sent: str, end: int) -> bool:
    """Whether a proposition of its own follows a participle: "adding that ...", "noting that ...", "claiming over 17
    soldiers were wounded" ("claiming that ..." the parse reads: syn.participle)."""
    if verb in ("adding", "noting"):
        return _THAT_NEXT.match(sent, end) is not None
    return verb == "claiming" and _BARE_CLAUSE.match(sent, end) is not None


_BY_MEANS = re.compile(r"\s+(?:with|by)\s+(?!(?:a|an|the|his|her|their|its)\s+(?:statement|claim|argument|question|remark)s?\b)")
_CLAUSE_CUT = re.compile(r"[,;:—–“”\"]|\b(?:while|whereas|but)\b")
# a relative pronoun right before the cue: the subject span ends in it ("... a Kosovo Serb politician who said")
_REL_END = re.compile(r"\b(?:who|that|which)\s*$")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _relative_of_object(sent: str, s0: int, s1: int, parsed) -> bool:
    """'Serbian police on Tuesday detained a Kosovo Serb politician who said ...': the span before the relative pronoun
    holds a finite verb of its own, so the pronoun stands for that verb's object, not for the span's head; the parse's
    relative reading (syn.relative_obj) names the speaker. Only with a parse of this sentence (without one the rules'
    reading is all there is)."""
    if parsed is None or parsed_text(parsed) != sent or not _REL_END.search(sent, s0, s1):
        return False
    return any(t.tag_ in _FINITE and s0 < t.idx and t.idx + len(t.text) < s1 - 4 for t in parsed)


def _clause_start(sent: str, pos: int) -> int:
    cut = None
    for cut in BOUND.finditer(sent, 0, pos):
        pass
    return cut.end() if cut else 0


# ", a spokesperson for the Qatari Foreign Ministry" after a name: the person's role in apposition
# (indefinite, and a spokesperson only: "according to Smith, the president has ..." is the claim's own subject)
_APPOS_ROLE = re.compile(r",\s+(?P<role>(?:an?\s+)(?:[\w’'-]+\s+){0,3}?(?i:spokes(?:man|woman|person)))\b[^,;.“”\"]{0,80}")


def role_with_name(np: str, rest: str, mem: ActorMemory) -> Actor | None:
    """'the Central Mat-Su fire chief' followed by ', James Steele.': the person the role's apposition names, holding
    that role; None unless the phrase ends in a person's role (source_nouns.tsv) and a full name closes the clause."""
    words = np.split()
    if not words or source_nouns().get(words[-1].lower()) != "person" or not (ap := _APPOS_NAME_END.match(rest)):
        return None
    return mem.person(ap.group(1), country_in(np) or mem.local(np), np)


# a role's words up to the "of" of its portfolio ("the Minister | of the Interior"): the role noun is the last word
_ROLE_OF = re.compile(r"(?P<r>.+?)\s+of\s+\S.*")


def _author_with_name(np: str, rest: str, mem: ActorMemory) -> Actor | None:
    """'a provisional report tweeted by the Minister of the Interior' followed by ', Gérald Darmanin': the person the
    apposition names, who holds the role that issued the document (role_with_name read on the document's author)."""
    if (owner := document_owner(np)) is None:
        return None
    role = m.group("r") if (m := _ROLE_OF.fullmatch(owner)) else owner
    return role_with_name(role, rest, mem)


def _inverted(sent: str, m: re.Match, verb: str, mem: ActorMemory) -> FoundClaim | None:
    for back in (3, 2, 1):
        inv = _INVERTED.match(sent, max(0, m.start() - back))
        if inv and inv.start("v") == m.start():
            if named := role_with_name(inv.group("np"), sent[inv.end("np"):], mem):
                s0, s1 = inv.start("np"), inv.end("np")
                return FoundClaim(named, sent[s0:s1], s0, s1, LEMMA.get(verb, verb), m.start(), m.end(), verb)
            hit = resolve_head(inv.group("np"), mem)
            if hit and inv.group("np")[hit[1]:].strip() and not (
                    # "said Rosaly Lopes of NASA's Jet Propulsion Laboratory": an affiliation, not a new clause
                    hit[0].kind == "person" and AFFILIATION.match(inv.group("np"), hit[1])):
                hit = None  # "said Baku had rejected ...": a name followed by its own verb is a new clause
            if hit:
                actor, n = hit
                s0 = inv.start("np")
                return FoundClaim(actor, sent[s0:s0 + n], s0, s0 + n, LEMMA.get(verb, verb), m.start(), m.end(), verb)
    return None


# A verb followed by its own complement heads a main clause, not a trailing tag: "..., Trump proposed barring all
# foreign Muslims", "..., the ministry said that ..." (a tag ends or goes on with a time, a place, "adding" or "to the
# judge"). Read by extract._owner for a figure's claimant; the claim rows keep the spans _spans gives them.
COMPLEMENT = re.compile(r"\s+(?:that\s+(?!(?:day|night|morning|afternoon|evening|week|weekend|month|year)\b)|(?!(?:adding|citing|according|noting|referring|speaking|writing|"
                         r"during|morning|evening|following)\b)\p{Ll}+ing\s)")


# A speaker's capitalised title may stand between the comma and the name, longer than a clause's few words may ("...,
# Head of the regional military-civilian administration Pavlo Kyrylenko has said")
_TITLE_OPENS = re.compile(r"\s*\p{Lu}\p{Ll}+\s")
_TITLED_GAP = 10


def _after_content(sent: str, prev_end: int, subj_start: int) -> bool:
    """The subject follows what it asserts: '“...,” UNRWA chief X said', '71 died, the ministry said'."""
    cut = None
    for cut in BOUND.finditer(sent, prev_end, subj_start):
        pass
    if cut is None or cut.group(0) not in ",”\"’" or \
            sent[cut.end():subj_start].count(" ") > (_TITLED_GAP if _TITLE_OPENS.match(sent, cut.end()) else 6):
        return False
    if _WHAT_BEFORE.search(sent, max(0, subj_start - 8), subj_start):
        return False  # "..., causing what the UN says may be the worst crisis": it speaks of what follows
    before = sent[prev_end:cut.start()]
    return before.rstrip()[-1:] in "”\"’," or len(before.split()) >= 4


# Two claimants joined before their cue: "the UN nuclear watchdog and U.S. officials say", "both Roscosmos and NASA
# said", "Volker and Morrison said Friday". Each is a claimant of the same content (the gold lists either; the table
# of who claims what should hold both). Times and adverbs may stand between the second one and its verb.
_JOINT = re.compile(r"(?P<a>[^,;:“”\"()]+?)\s+and\s+(?P<b>[^,;:“”\"()]+?)"
                    r"(?:\s+(?:also|both|all|jointly|separately|each|have|has|had|on|last|this|late|early|"
                    r"[A-Z][a-z]+day))*\s*")
# "Russian and Iranian officials said": two nationalities sharing one noun
_JOINT_ADJ = re.compile(rf"(?P<d>{PLACE}|{DEMONYM})\s+and\s+$")
# "The army and ...", "Roscosmos and ...": a short first conjunct (a determiner, names, one head noun) at the start of
# its clause, right before the second one the rules took
_JOINT_BEFORE = re.compile(r"(?:^|(?<=[,;:—–]\s*)|(?<=\b(?i:but|while|although|though|as|and|when|because|after)\s+))"
                           r"(?:(?i:both)\s+)?(?P<a>(?:(?i:the|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,4}"
                           r"(?:\p{Lu}[\p{L}.&’'-]*|\p{Ll}[\p{Ll}-]+))\s+and\s+$")
# a first conjunct holding a preposition coordinates inside a name or a place ("the Department of Health and Human
# Services", "officials in Kabul and Washington"): not two claimants
_JOINT_PREP = re.compile(r"(?i)\b(?:of|for|in|at|from|on|with|to|by|between|among)\b")


def _joint_claimants(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Add a claim for the second of two claimants joined before their cue, marked `joint` (it takes the first
    one's content in _spans). Only where the second conjunct names an actor of its own, other than the first."""
    for c in list(found):
        if not c.joint and c.subj_start >= 0 and (pair := named_pair(c.surface, mem)) is not None:
            # "Both men claimed ...": the two people just named, a row each (the first in the claim the rules made)
            how = "joint plural -> the two people named just before"
            c.actor, c.resolved_by = pair[0], how
            found.append(FoundClaim(pair[1], c.surface, c.subj_start, c.subj_end, c.verb, c.verb_start, c.verb_end,
                                    c.claim_type, rule=c.rule, resolved_by=how, joint=True))
            continue
        if c.actor is UNKNOWN or c.joint or not 0 <= c.subj_start < c.verb_start or " and " in c.actor.name:
            continue
        head = sent[c.subj_start:c.verb_start]
        other = b0 = b1 = None
        m = _JOINT.fullmatch(head) if " and " in head else None
        if m and not _JOINT_PREP.search(m.group("a")) and len(m.group("a").split()) <= 6 and \
                len(m.group("b").split()) <= 6:
            other = resolve(m.group("b"), mem)
            b0, b1 = c.subj_start + m.start("b"), c.subj_start + m.end("b")
        elif (d := _JOINT_ADJ.search(sent, max(0, c.subj_start - 40), c.subj_start)) and \
                (rest := _PLACE_REST.match(c.surface)):
            other = resolve(f"{d.group('d')} {rest.group('n')}", mem)
            b0, b1 = d.start("d"), c.subj_end  # "Russian and Iranian officials"
        elif (m := _JOINT_BEFORE.search(sent, max(0, c.subj_start - 60), c.subj_start)) and \
                not _JOINT_PREP.search(m.group("a")):
            # "The army and the police said": the rules took the second conjunct; the first is a claimant too
            other = resolve(m.group("a"), mem)
            b0, b1 = m.start("a"), m.end("a")
        if other is None or other is UNKNOWN or other.key == c.actor.key or any(x.actor.key == other.key for x in found):
            continue
        found.append(FoundClaim(other, sent[b0:b1], b0, b1, c.verb, c.verb_start, c.verb_end, c.claim_type,
                                rule=c.rule, resolved_by="joined claimant", joint=True))


# "..., Reuters reported, citing police": the source a relayer's tag cites, right after its verb; "citing figures
# released by the ministry" is the ministry (the "figures by X" reader may already have made its claim)
CITED = re.compile(r",?\s+citing\s+(?:(?:official\s+)?(?:figures|data|statistics|numbers)\s+(?:released\s+|provided\s+|issued\s+|"
                   r"compiled\s+|published\s+)?(?:by|from)\s+)?")
_CITED_LATE = re.compile(CITED.pattern.replace(r",?\s+citing", r",\s+citing", 1))
_CITED_NP = re.compile(r"(?P<np>(?!(?:figures|data|statistics|numbers|unnamed|an?\s)\b)[^,.;:“”\"()]{2,80}?)"
                       r"(?=\s*(?:[,.;:“”\"]|$|\s+(?:as|who|which|on|in|at|after|and)\b))")


_UNNAMED_CHANNELS = read_words("unnamed_channels.tsv")  # "citing Russian media", "citing sources": no one named


def _cited_sources(sent: str, found: list[FoundClaim], mem: ActorMemory) -> None:
    """Add a claim for the source a relayer's tag cites ("..., Reuters reported, citing police"), marked `joint` so it
    asserts what the relayer does (_spans); the figures go to it (extract._owner). Not where another claim already
    names it, nor "citing sources" or "citing a report" (no one named)."""
    for c in list(found):
        if c.actor is UNKNOWN or c.joint:
            continue
        m = early = CITED.match(sent, c.verb_end)
        if m is None and c.subj_end <= c.verb_start and (late := _CITED_LATE.search(sent, c.verb_end)) is not None and \
                not any(c.verb_end < x.verb_start < late.start() for x in found):
            # "Mali's government now says 35 people died, not 95, citing the governor's office": the cite closing the
            # claim's own clause, with no other claim between (not after an inverted tag's subject: "..., wrote bureau
            # chief X, citing participants", which PolNeAR does not count)
            m = late
        if m is None or (n := _CITED_NP.match(sent, m.end())) is None:
            continue
        if any(x.subj_start <= n.start() < max(x.subj_end, x.subj_start + 1) for x in found) or \
                n.group("np").split()[-1].lower() in _UNNAMED_CHANNELS:
            continue
        other = resolve(n.group("np"), mem)
        if other is None and m is not early and n.group("np").split()[-1].lower() in source_nouns():
            # "the governor's office": a description of a source names it (not "citing the strong growth": a reason)
            other = (name_source(n.group("np"), mem) or (None,))[0]
        if other is None or other is UNKNOWN or other.key == c.actor.key:
            continue
        found.append(FoundClaim(other, n.group("np"), n.start(), n.end(), c.verb, c.verb_start, c.verb_end, c.claim_type,
                                rule="rules.citing", resolved_by="source the relayer cites", joint=True))


def _opens(sent: str, i: int) -> bool:
    """The quotation mark at sent[i] opens a quotation: a left curly mark, or a straight one after a space, colon or
    comma and before a word (not the one closing a quoted word: 'declared as "threatened" under')."""
    if sent[i] == "“":
        return True
    return (i == 0 or sent[i - 1].isspace() or sent[i - 1] in ":,") and i + 1 < len(sent) and not sent[i + 1].isspace()


def _reports_after(doc, verb_start: int) -> bool:
    """The parse shows the cue verb at `verb_start` reporting what follows it and nothing before it: "Observing that
    ..., the RBI said "active collaboration ... would be necessary."", "In a statement on Monday, the ministry said
    that ...": the opening phrase set off by a comma is the speaker's circumstance, not what they said. A clause
    before the verb that the parse hangs on it (or the verb hung on that clause, "71 died, the ministry said") keeps
    the content before it."""
    tok = next((t for t in doc if t.idx == verb_start), None)
    if tok is None or not tok.tag_.startswith("VB") or tok.dep_ != "ROOT":
        return False  # (the cue heads the sentence: what stands before it hangs on it, not a clause of its own)
    kids = list(tok.children)
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in kids):
        return False
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in kids):
        return True
    if any(c.dep_ == "dobj" and c.i > tok.i and c.lower_ in estimate_nouns() for c in kids):
        # "The march's organiser, the Civil Human Rights Front, put the turnout at 510,000, while ...": a source that
        # sets a count at a number asserts the count after it; the name set off by commas before it is in apposition
        return True
    rest = parsed_text(doc)[tok.idx + len(tok.text):]
    return _QUOTE_NEXT.match(rest) is not None


# a quotation of three words or more right after the cue ('said "active collaboration ...', 'said: “We ...')
_QUOTE_NEXT = re.compile(r"\s*[:,]?\s*[“\"]\S+\s+\S+\s+\S+")


def _spans(sent: str, found: list[FoundClaim], opened: bool = False, doc=None) -> None:
    """Give each claim the stretch of sentence it asserts, its type, target and quote. `opened`: the sentence starts
    inside a quotation, so its first stretch up to a closing mark is quoted ('... neighborhood,” he said.'); `doc`: the
    sentence's parse, when it has one (_reports_after)."""
    found.sort(key=lambda c: c.verb_start)
    joint = [c for c in found if c.joint]
    main = [c for c in found if not c.joint]
    prev_end = 0
    for i, c in enumerate(main):
        nxt = (main[i + 1].subj_start if main[i + 1].subj_start >= 0 else main[i + 1].verb_start) if i + 1 < len(main) \
            else len(sent)
        # a subject of -1: a second claim sharing the previous claim's speaker, its content after the verb
        trailing = c.subj_start >= 0 and (c.verb_start < c.subj_start or _after_content(sent, prev_end, c.subj_start))
        if trailing and doc is not None and c.verb_start > c.subj_start >= 0 and \
                sent[prev_end:c.subj_start].rstrip().rstrip(",")[-1:] not in "”\"’" and _reports_after(doc, c.verb_start):
            trailing = False  # (not after a quotation: '"...," he said, "..."' quotes before its tag)
        if c.verb == "according to":
            # "killing 10,000, according to the ministry, and displacing 1.5 million, according to UN figures":
            # after a clause of its own, "according to X" credits what comes before it
            before = sent[prev_end:c.verb_start]
            trailing = before.rstrip().endswith(",") and len(before.split()) >= 3
        a, b = (prev_end, c.subj_start) if trailing else (c.verb_end, max(nxt, c.verb_end))
        if trailing and c.verb_start > c.subj_start:
            a = prev_end
        c.span = (a, b)
        content = sent[a:b]
        c.claim_type, c.target_country = _claim_type(c.claim_type, content, c.actor)
        lead = 0
        if opened and a == 0 and not _OPENING.match(content):
            content, lead = "“" + content, 1  # the quotation's opening mark is in an earlier sentence
        for q in _QUOTE.finditer(content):
            words = q.group(1).split()
            # (or a quotation the cue opens and that ends its content, 'the RBI said "active collaboration ... would
            # be necessary."', whatever its first letter; not a fragment with more words after it, 'saying "the rule of
            # the gun" had taken over', nor a label, 'what Fitzgerald called "the authority of failure."')
            if len(words) >= 3 and (q.group(1)[:1].isupper() or q.group(1)[:1].isdigit() or a + q.start() - lead <= 1 or
                                    not trailing and not content[:q.start()].strip(" :,") and
                                    not content[q.end():].strip(" .,;:!?”\"’)") and c.verb not in _VERDICT_VERBS):
                c.quote = q.group(1).strip()
        if c.quote is None and not trailing and (q := _RUNS_ON.match(content)) and len(q.group(2).split()) >= 3 and \
                _opens(sent, a - lead + q.start(1)):
            c.quote = q.group(2).strip()  # 'X said: "Our first thoughts ...': a quotation closed in a later sentence
        prev_end = max(c.verb_end, c.subj_end) if not trailing else max(c.subj_end, c.verb_end)
    for j in joint:  # a joined claimant asserts what its partner (the same verb) asserts
        partner = next((c for c in main if c.verb_start == j.verb_start), None)
        if partner is not None:
            j.span, j.claim_type, j.target_country, j.quote = (partner.span, partner.claim_type, partner.target_country,
                                                               partner.quote)
