"""Who the source words of a parse's cue name ("his office", "the DOJ release", "they", a new name), and an actor
for each placeholder speaker the rules could not name.
"""
from __future__ import annotations

import regex as re

from .actor_patterns import ACRONYM_TOKEN, ORG_HEAD, PARTICLES, TITLE
from .calendar_words import MONTHS, WEEKDAYS
from .actors import placed_body, resolve
from .bodies import body_by_first_name, home_body
from .body_words import speaks_for
from .claimants import bad_name
from .context import PLACE_NAMES
from .cue_words import document_voice_verbs, speech_nouns
from .description_actors import LEAD_DET, WORDS, describe, describe_count
from .groups import is_group
from .inflections import word_lemmas
from .kin import KIN_WORDS, named_before_in_sentence
from .memory import ActorMemory
from .model import Actor
from .name_words import name_titles
from .patterns import alt
from .phrase_country import country_in, name_country, nation_people
from .places import lone_city_country
from .plausible import plausible_source
from .pronouns import antecedent
from .recent_speakers import ANOTHER, REACH, another_speaker, plural_just_before, recent_speaker
from .sentence_registers import plural_people
from .source_words import container_nouns, document_parts, held_participles, source_nouns, speaking_documents
from .speaker import UNKNOWN, FoundClaim
from .syntax_cue import SynCue
from .syntax_tokens import source_tokens, span_of


# a personal pronoun right after the cue verb is its hearer ("she told him", "he assured her"): the speaker tells a
# person of the story, not the reader
_HEARER = re.compile(r"\s+(?:him|her|them|me|us)\b")
_PERSONAL = frozenset("he she".split())
_PLURAL = frozenset("they".split())
# a name's part before a dot with no space after it, right before the source's words: "Caliber." of "Caliber.Az"
_DOTTED_BEFORE = re.compile(r"(?<![\p{L}.])\p{Lu}[\p{L}-]+\.$")
# a place right after a source's words: "(the office) in Serbia's southwestern city of Kraljevo"
_IN_PLACE = re.compile(r"\s+in\s+(\S.*)")
_POSSESSOR = {"his": "he", "her": "she", "their": "they", "its": "it"}
_NAME_POSS = re.compile(r"\b([A-Z][\p{L}-]+)(?:['’]s?)(?=\s)")
# Nouns that speak for their possessor: "his office said", "Trump's campaign said", "her spokesman said".
SPEAKS_FOR = speaks_for()
# the body after a noun that speaks for it: "of", a capitalised name, up to a participle or a clause's punctuation
# ("the leadership of the Sudan Liberation Movement led by Abdel Wahid El Nur (SLM-AW)")
# (an "on" after a body's head noun goes on with its name, "the Office of the National Steering Committee on Disaster
# Prevention and Control", unless a day or a date follows it: "the office of the Commission on Monday")
_OF_BODY = re.compile(r"\s+of\s+(?P<b>(?:the\s+)?\p{Lu}[^,;()“”\"]*?)(?=\s+(?:led|based|headed|in|at|who|which)\b|"
                      rf"(?<!\b(?:{ORG_HEAD}))\s+on\b|\s+on\s+(?!(?:{'|'.join(WEEKDAYS + MONTHS)})\b)(?!\p{{Lu}})|"
                      rf"\s+on\s+(?:{'|'.join(WEEKDAYS + MONTHS)})\b|\s*[,;(]|\s*$)")
# What a body or person issues in its own voice: the issuer, named before the noun or after "from"/"by", is the source.
_ISSUED = document_parts()["issued"]  # data/document_roles.tsv
_ISSUER_BEFORE = re.compile(r"(?i)^(?:(?:the|a|an)\s+)?(?:(?:new|latest|official|joint|written|brief|short|terse|separate|"
                            r"earlier|later|press|news)\s+)*(?P<b>.+?)\s+(?:press\s+|news\s+)?[\p{L}é]+$")
# how a document reached those who report it, after its issuer's words: no part of the issuer's name
_HELD = held_participles()  # data/held_participles.tsv
_CARRIED = re.compile(rf"\s+(?:{alt(_HELD['by'] | _HELD['to'])})\s+(?:by|to)\s.*$")
_ISSUER_AFTER = re.compile(r"(?i)^.*?[\p{L}é]+\s+(?:issued\s+|released\s+|sent\s+)?(?:from|by)\s+(?P<b>.+)$")


# the words a body's name may take after its head noun: "of"/"for" and capitalised words ("for Human Rights", "of the
# Serbian Orthodox Church", "of Security and Civilian Protection")
_NAME_TAIL = re.compile(r"(?:of|for)(?:\s+(?:of|for|and|the|on|in|to|\p{Lu}[\p{L}'’.-]*))*\s+\p{Lu}[\p{L}'’.-]*")


def _issuer(text: str, head: str, owner: str | None) -> str | None:
    """The words that name who issued the document `text` names ("the DOJ release" -> "DOJ", "a statement from the
    ministry" -> "the ministry", "the ministry's statement" -> its owner), or None."""
    if owner and owner.lower() not in ("his", "her", "its", "their", "our", "my", "your"):
        return owner
    words = text.split()
    if words and words[-1].lower().strip(".,") == head and (m := _ISSUER_BEFORE.match(text)):
        b = m.group("b")
        # ("One report said": a count of documents, no issuer)
        return b if (b[:1].isupper() or b.lower() in source_nouns()) and b.lower() not in _NOT_SOURCE else None
    if head in text.lower().split()[:3] and (m := _ISSUER_AFTER.match(text)):
        return _CARRIED.sub("", m.group("b"))  # "a statement from the group received by some news organizations"
    return None


# a trailing tag naming the speaker's document by its kind alone
_THE_STATEMENT = frozenset(("the statement", "the release", "the press release", "the news release"))
_NOT_SOURCE = frozenset("i me we us you it this that there these those one other all none nobody "
                        "anyone everyone everybody someone somebody each either neither both".split())


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# "seen by Reuters", "obtained by The Post": how the outlet came by a document, not part of its name
_HELD_BY = re.compile(rf"\s+(?:{alt(_HELD['by'])})\s+by\s.*$")
_REL_END = re.compile(r"(?i)\s*[,—–-]?\s*\b(?:who|which|that|whom)$")  # "X – who boasted": a dash sets it off too


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
    if (dotted := _DOTTED_BEFORE.search(sent, max(0, cue.src_start - 40), cue.src_start)) and text[:1].isupper():
        # "Caliber.Az reports": the parse split a name written as a web address at its dot; the name is whole
        text = dotted.group(0) + text
    low = text.lower()
    if low in _THE_STATEMENT and (own := next((c for c in reversed(found) if c.actor is not UNKNOWN and
                                               0 <= c.subj_end <= cue.src_start), None)) is not None:
        # "Kanaani emphasized that ..., the statement read.": the statement is that of the speaker the sentence
        # already named, not of the last speaker before it
        return own.actor, "document -> the speaker the sentence named before it"
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
        return recent_speaker(pron, mem, f"possessor '{low}' -> last {{}} named within {REACH} sentences")
    if low == "it":
        # "the party ... it said": the body last named within reach; never a person
        body = mem.body_just_before()
        hit = (body, "pronoun 'it' -> the body the sentence before opened with") if body is not None else \
            recent_speaker("it", mem, "pronoun 'it' -> last {} named within %d sentences" % REACH)
        if hit is None and doc is not None:
            hit = _body_subject_before(sent, cue, doc, mem)
        if hit is None and (said := _document_said(cue, mem)) is not None:
            return said
        return hit if hit is not None and hit[0].kind in ("organization", "media", "country") else None
    if low in ANOTHER:
        return another_speaker(mem)
    if cue.rule == "syn.counted" and text:
        # "The two admit", "39 have said", "all but two said": the people the count stands for, named by all its
        # words (the parse's span may stop at "all")
        whole = sent[cue.src_start:max(cue.src_end, cue.full_end)].strip(" ,")
        return describe_count(whole if len(whole.split()) <= 6 else text, mem), "a count of people (the words themselves)"
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
        hit = recent_speaker(low, mem, "pronoun -> last {} named within %d sentences" % REACH,
                             hearer=bool(_HEARER.match(sent, cue.cue_end)))
        if hit is None and low == "they" and doc is not None:
            hit = _plural_subject_before(sent, cue, doc, mem)
        if hit is None and low == "they":
            hit = plural_just_before(mem)
        return hit
    head = cue.head.lower()
    if head in container_nouns() and cue.full_end > cue.src_end:
        # "a redacted copy of the inspector general's memo seen by Reuters said": what the copy holds names it
        whole = _HELD_BY.sub("", _REL_END.sub("", sent[cue.src_start:cue.full_end].split(",")[0].strip(" ,")))
        actor = resolve(whole, mem) or describe(whole, head, mem)
        return (actor, "container -> the document it holds") if actor else None
    at = sent.find(cue.head, cue.src_start)  # the "of" may be inside the source's words or after them
    if head in SPEAKS_FOR and head not in KIN_WORDS and not cue.owner and at >= 0 and \
            (of := _OF_BODY.match(sent, at + len(cue.head), max(cue.full_end, cue.src_end))) is not None and \
            (actor := resolve(of.group("b"), mem)) is not None and actor.kind in ("organization", "country", "media") \
            and not is_group(actor):  # (not "Her team of Antarctic researchers": people, and hers)
        # "The leadership of the Sudan Liberation Movement ... has denied", "the office of the prosecutor said": the
        # noun speaks for the body after "of", as "its leadership" or "the movement's leadership" would
        return actor, f"{head} of -> the body it speaks for"
    if cue.full_end > cue.src_end and source_nouns().get(head) == "document" and \
            (actor := resolve(_HELD_BY.sub("", _REL_END.sub("", sent[cue.src_start:cue.full_end].strip(" ,"))), mem)) is not None:
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
            return recent_speaker({"his": "he", "her": "she", "its": "it", "their": "they"}[owner], mem,
                           f"possessor '{owner}' -> last {{}} named, for whom the {head} speaks")
        hit = resolve(cue.owner, mem)
        if hit is not None and hit.kind == "organization" and hit.country is None:
            if place := _IN_PLACE.search(sent[cue.src_start:max(cue.src_end, cue.full_end)]):
                hit = placed_body(hit, place.group(1))  # "The Public Prosecutor's Office in Serbia's ... city of X"
            if hit.country is None and (placed := mem.last(lambda a, name=hit.name: a.name == name and a.country)):
                hit = placed  # "the prosecutor's office said" after the office in Kraljevo: that office again
        if hit is not None:
            return hit, f"possessor '{cue.owner}', for whom the {head} speaks"
    if head in _ISSUED and (body := _issuer(text, head, cue.owner)) and \
            (hit := resolve(body, mem) or resolve("the " + body, mem)) is not None and hit.kind != "unknown":
        # "the DOJ release states", "a statement from the ministry reads", "the ministry's statement said": what a
        # body or person issues speaks with its voice
        return hit, f"document -> the one who issued it ({hit.kind})"
    if (cue.head_tag.startswith("NNP") or cue.head[:1].isupper() and not word_lemmas(head)) and \
            not _lone_office(text, head) and not _office_of(text, head):
        # a name the resolver does not know: a person when it looks like one, else a body
        words = text.split()
        tail: list[str] = []
        if cue.head_tag == "NNP" and cue.head in words and words.index(cue.head) < len(words) - 1:
            cut = len(words) - words[::-1].index(cue.head)
            if source_nouns().get(head) in ("body", "media") and _NAME_TAIL.fullmatch(" ".join(words[cut:])):
                # "International Campaign for Human Rights", "Secretariat of Security and Civilian Protection": a
                # body's name goes on past its head noun, as a person's does not
                tail = words[cut:]
            words = words[:cut]  # "Gov. John Kasich of Ohio": up to the head
        if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]) and cue.head_tag == "NNP":
            run = []  # the last run of capitalised words: "Trinity junior Ben Patton" -> "Ben Patton"
            for w in reversed(words):
                if not (w[:1].isupper() or w in PARTICLES) or w.rsplit("-", 1)[-1].islower():
                    break  # ("Eton-educated", "London-based": a modifier, not a part of the name)
                run.insert(0, w)
            if source_nouns().get(head) in ("body", "media"):
                # "The Palestinian Authority in the Israeli-occupied West Bank": a body's name (its head is a body
                # noun), placed by its own words first, else by the place after it ("The Health Ministry in the
                # Israeli-occupied West Bank": country_in skips the agent of "Israeli-occupied")
                name = LEAD_DET.sub("", " ".join(run + tail))
                return Actor(f"org:{name.lower()}", name, "organization",
                             country_in(name) or country_in(text) or home_body(name, mem)), "new name (body)"
            while len(run) > 2 and run[0].endswith(".") and re.fullmatch(TITLE, run[0]):
                run.pop(0)  # "Sen. Johnny Isakson of Georgia and ...": the name, without its abbreviated title
            return mem.person(" ".join(run), None), "new name (person)"
        before = (words[-2] if len(words) >= 2 else (_WORD_BEFORE.search(sent, 0, cue.src_start) or [None, ""])[1]).lower()
        if cue.head_tag == "NNP" and words[-1] == cue.head and before in name_titles():
            # "said disaster agency official Fauzi", "police spokesman Rikwanto said": one name after a person's
            # title or role is that person (many Indonesian, Brazilian ... speakers go by one name), so "he" finds him
            return mem.person(_named_in_full(cue.head, mem), country_in(text), before), "new name (person after a title)"
        name = LEAD_DET.sub("", text)
        if ACRONYM_TOKEN.fullmatch(name) and (full := mem.acronym(name)):
            # "the European Commission (EC) ... the EC observed": the body the acronym stands for
            body = resolve(full, mem)
            if body is None or body.kind == "person":
                body = Actor(f"org:{full.lower()}", full, "organization", name_country(full))
            return body, "acronym the article spelled out"
        if " " not in name and (known := body_by_first_name(name, mem)) is not None:
            # "The Vesna human rights center said ... According to Vesna, ...": the body the story named with it
            return known, "a body's name without its description"
        # "SINGAPORE Press Holdings reported": a company its own name places; "Cambridge has said": a city's body
        code = name_country(name) or nation_people(name) or \
            (lone_city_country(name, mem.focus) if " " not in name else None)
        if code is None and source_nouns().get(name.lower()) == "body":
            # "the Prosecution denied", "the Court ruled": a body's common noun written as a name is the story's own
            code = mem.focus
        return Actor(f"org:{name.lower()}", name, "organization", code or home_body(name, mem)), "new name (body)"
    actor = describe(text, head, mem)
    return (actor, "description (the words themselves)") if actor else None


def _office_of(text: str, head: str) -> bool:
    """True for an office's title with what it is of ("The CEO of California's grid operator"): its holder described
    by the body, whose words go with it, no capitalised name ("The CEO")."""
    words = LEAD_DET.sub("", text).split()
    return source_nouns().get(head.lower()) == "person" and not head.lower().endswith("s") and len(words) > 2 and \
        words[0].lower() == head.lower() and words[1] in ("of", "for", "at")  # ("The Republicans of the county": many)


def _lone_office(text: str, head: str) -> bool:
    """True for an office's title standing alone ("the Tánaiste said"): a capitalised word the library lexicon does
    not know, but a person's role of source_nouns.tsv, is the office holder described, not a body's name."""
    return source_nouns().get(head.lower()) == "person" and LEAD_DET.sub("", text).lower() == head.lower() and \
        not word_lemmas(head.lower())  # ("King said": a surname the lexicon knows as a word may be a person's name)


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


# a quotation closing before a cue: the words before it are the quote, whose own subject is not its speaker
_QUOTE_CLOSE = re.compile(r"[\"”]\s*$|[,.!?][\"”]")


def _body_subject_before(sent: str, cue: SynCue, doc, mem: ActorMemory) -> tuple[Actor, str] | None:
    """'The group seeks to prevent gun deaths through what it calls "sensible laws"': the nearest singular subject
    earlier in the sentence that names a body, a document or an outlet, when the story named no body to stand for 'it'."""
    for tok in reversed([t for t in doc if t.idx < cue.src_start]):
        if tok.dep_ == "nsubj" and tok.tag_ == "NN" and source_nouns().get(tok.lower_) in ("body", "document", "media"):
            if _QUOTE_CLOSE.search(sent, tok.idx, cue.src_start):
                return None  # '"... The overall number of those killed stands at 59," it said': the quoted words' subject
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
                (tok.lower_ in plural_people() or tok.tag_ == "NNPS") and plausible_source(tok) is not None:
            s0, s1 = span_of(source_tokens(tok))
            text = sent[s0:s1]
            actor = resolve(text, mem) or describe(text, tok.lower_, mem)
            return (actor, "pronoun 'they' -> plural people named earlier in the sentence") if actor else None
    return None


_RELATIVE_LEAD = re.compile(r"(?i)^(?:which|whom|as)\s+(?=\S)")


# question words that open a direct question's words before its verb, never a speaker's
_WH_OPEN = frozenset("what how why when where which whom".split())


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
            got = recent_speaker(low, mem, "pronoun -> last {} named within %d sentences" % REACH)
            if got is None and low == "they":
                got = plural_just_before(mem)
        else:
            # "..., which the timeline says it complied with": the relative word opens the clause, not the source
            surface = _RELATIVE_LEAD.sub("", c.surface.strip())
            words = WORDS.findall(surface)
            if 1 <= len(words) <= 6 and words[-1].lower() in source_nouns() and words[0].lower() not in _NOT_SOURCE \
                    and words[0].lower() not in _WH_OPEN:  # ("What did the minister say?": a question, no source)
                actor = describe(surface, words[-1].lower(), mem)
                got = (actor, "description (the words themselves)") if actor else None
        if got is not None:
            found[i] = FoundClaim(got[0], c.surface, c.subj_start, c.subj_end, c.verb, c.verb_start, c.verb_end,
                                  c.claim_type, rule="rules.placeholder", resolved_by=got[1])
