"""Resolve a noun phrase that names a claimant ("the defence ministry in Baku") to a canonical Actor.

Resolution is stateful per article (`ActorMemory`): people introduced with a title are later
found by surname or by role ("The Prime Minister of Armenia"), and back-references ("he",
"the ministry", "the statement") go to the actor last speaking.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import (AFFILIATED, BACKREF, BARE_ACRONYM, BODY_ROLE_NAME, COMPANY_NAME, CONJ_SPLIT, COUNTRY_RX, GENERIC_ORG, HEAD_ROLE,
                             INTERNATIONAL_ORGS, KIN_SPLIT, LEAD_CONJ, LOWER_ORG, NAME, NATIONAL_ORG, NOT_NAME, NOT_ORG_OWNER, OFFICE,
                             ORG_HEAD, ORG_HEADS, ORG_RX, ORG_VOICE, OWNED_ROLE, PARTICLES, PARTITIVE, PARTY_LEAD, PERSON_OFFICE,
                             PERSON_RX, POSTED_HOSTS, POSTED_NAME, PRONOUN, ROLE_RX, SECURITY_COUNCIL, STATE_UNIT, SURNAME_RX, TITLE, TITLE_LAST,
                             TITLE_LEAD, TITLED_OFFICE, OFFICE_OF_TITLE, ends_last, full_match)
from .backrefs import backref, named_below, party_member, speaking_body
from .bodies import (body_by_first_name, body_named, body_named_next, described_body, group_named_later, home_body,
                     staff_of_body, staff_of_described)
from .body_phrases import BODY_NOUNS, BODY_OF_KIND, body_of_kind, one_body_name
from .body_words import agent_compounds, body_kinds, body_staff, national_service_words, not_body_acronyms, speaks_for, state_nouns
from .context import MIXED_ACRONYM
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, ORGS, PEOPLE, country_after_of, known_org
from .groups import is_document, is_individual, is_people, resolve_group
from .holders import holder_of_office
from .kin import KIN_WORDS, possessor_person, resolve_kin
from .memory import international, norm_title, posted_abroad, ActorMemory
from .ministries import ministry_named
from .model import Actor
from .inflections import word_lemmas
from .name_words import ELECTED, SURNAME_HONORIFICS, company_suffixes, first_names, title_acronyms, title_pattern
from .shared_bodies import country_in_story, shared_body
from .named_bodies import BARE_GROUP, named_body_by_head, police_named
from .outlets import outlet_named, state_described
from .patterns import DEMONYM, PLACE, alt, strip_possessive
from .people_words import crowd_nouns, party_members, posted_titles
from .place_words import place_nouns
from .places import capital_country
from .report_owners import report_author
from .phrase_country import (ARMED_HEAD, PLACE_FULL, armed_forces, country_actor, country_in, dateline_place,
                             match_country)
from .no_person import may_be_he_or_she
from .source_words import source_nouns
from .sources import (DESCRIBED, DESCRIBED_HINT, WHEN, document_owner, document_source, media_by_shape, named_owner,
                      named_publisher, paper_by_shape)


# A sentence that opens with a named body as its subject: "The Palestinian Health Ministry has recorded ..."
# ("Customs and Border Protection, part of Homeland Security, did not accept": an apposition may stand between)
_BODY_SUBJECT = re.compile(r"^(?:The\s+)?(?P<np>(?:[A-Z][\p{L}'’.-]*\s+(?:(?:and|of|for)\s+)?){0,5}(?P<head>[A-Z][\p{L}]+))"
                           r"(?:,\s+(?:part|a\s+unit|an\s+arm|a\s+division)\s+of\s+[^,]{1,60},)?\s+(?:has|had|have|is|was|"
                           r"were|are|will|would|did|does|on\s+\w+day|[a-z]+ed)\b")


def subject_body(sentence: str, mem: ActorMemory) -> Actor | None:
    """The named body (organization or outlet) a sentence opens with as its subject, if the story can name it."""
    m = _BODY_SUBJECT.match(sentence)
    if m is None or (source_nouns().get(m.group("head").lower()) not in ("body", "media") and
                     known_org(m.group("np")) is None):
        return None  # a body by its head noun ("Health Ministry") or one the gazetteer knows ("Customs and Border Protection")
    actor = resolve(sentence[:m.end("np")], mem)
    return actor if actor is not None and actor.kind in ("organization", "media") else None


# Cheap tests on a phrase's last word before the big patterns, which all end with one of a few words.
_UNIT_LAST = ends_last("state_unit")
_GROUPISH_LAST = frozenset(n.rsplit(None, 1)[-1] for n in state_nouns())


_HONORIFIC_LEAD = re.compile(rf"(?:{title_pattern(SURNAME_HONORIFICS)})\s")  # titles.tsv
# elected offices that head a lone surname (SURNAME_RX); the holder's country is the story's (people.home_country)
_OFFICE_LEAD = re.compile(rf"(?:{title_pattern(ELECTED)})\s")
# "Italian Ambassador", "PAHO Director": a demonym or an acronym and a title, the shape of a role, not of a name
# (ROLE_RX and the back-references read it); "John Major", "Carole King" keep their first name
_ROLE_NAME = re.compile(rf"(?:{DEMONYM}|[A-Z][A-Z&]{{1,6}})\s+(?i:ambassador|envoy|director(?:[- ]general)?|spokes(?:man|woman|person)|"
                        rf"chairman|chairwoman|chair|minister|secretary|commissioner|president|chief|governor|mayor|head)")

# The last word a phrase must end with for a pattern to match it whole: these patterns end with a name
# from a table, or a fixed word, after white space (and `regex`'s white space is all white space to str.split).
_VOICE_LAST = ends_last("org_voice")
_ORG_LAST = frozenset(n.rsplit(None, 1)[-1] for n in ORGS)
_NATIONAL_ORG_LAST = frozenset(n.rsplit(None, 1)[-1] for n in INTERNATIONAL_ORGS)
_PLACE_LAST = frozenset(n.rsplit(None, 1)[-1] for n in (*COUNTRY_NAMES, *CAPITALS))


def _country_rxs(s: str, last: str, last_low: str) -> list[re.Pattern]:
    """The COUNTRY_RX patterns that can match `s` at all."""
    out = [COUNTRY_RX[0]] if last[:1].isupper() and last in _PLACE_LAST else []
    if " in " in s or " of " in s:
        out.append(COUNTRY_RX[1])
    if last_low in _GROUPISH_LAST:
        out.append(COUNTRY_RX[2])
    return out


def placed_body(actor: Actor, after: str) -> Actor:
    """A body without a country of its own written with "in <place>" after it ("The Public Prosecutor's Office" +
    "Serbia's southwestern city of Kraljevo"): the place's country is the body's, whatever the story's."""
    if actor.kind == "organization" and actor.country is None and (code := country_in(after)):
        return Actor(f"{actor.key}@{code.lower()}", actor.name, actor.kind, code)
    return actor


def _titled_office(s: str, mem: ActorMemory) -> Actor | None:
    """'Peru's Prosecutor's Office', 'the Ombudsman's Office': a state office named by its head's title is a body, not
    the title's holder (read before the names, which take a capitalised "Peru's Prosecutor" for a person); with no
    country in the phrase it is the story's country's (memory.local), as "the ombudsman" is."""
    if (m := full_match(STATE_UNIT, s)) and (code := match_country(m, "c", "d")):
        name = f"{_title_case(m.group('u'))} of {country_after_of(code)}"
        return Actor(f"org:{name.lower()}", name, "organization", code)
    if m := full_match(TITLED_OFFICE, s) or full_match(OFFICE_OF_TITLE, s):
        name = _title_case(m.group("u"))
        code = match_country(m, "c")
        if not code and (placed := mem.last(lambda a: a.kind == "organization" and a.country is not None
                                            and a.name.lower().endswith(name.lower()))) is not None:
            return placed  # "the prosecutor's office said" after "the Public Prosecutor's Office in Serbia's ...": that one
        name = f"{name} of {country_after_of(code)}" if code else name
        return Actor(f"org:{name.lower()}", name, "organization", code or mem.local(name))
    return None


def _posted_host(m: re.Match, title: str, code: str | None) -> str | None:
    """Where a post abroad is posted, as its name writes it ("to the United Nations", "to Mali"), from ROLE_RX's
    host before or after the title; None for a title of no post abroad (posted_titles.tsv) or a host that is the
    holder's own country."""
    host = m.groupdict().get("host") or m.groupdict().get("hl")
    if not host or title.rsplit(None, 1)[-1] not in posted_titles():
        return None
    if host in POSTED_HOSTS:
        return POSTED_HOSTS[host]
    place = match_country(m, "host")
    return country_after_of(place) if place and place != code else None


# "Mexico's National Migration Institute", "the country's National Immigration Institute": a body named by its own
# name after the country that owns it (the story's country for "the country's")
_OWNED_BODY = re.compile(rf"(?:(?:[Tt]he\s+)?(?P<c>{PLACE})|(?P<home>[Tt]he\s+(?:country|nation)))['’]s\s+(?P<rest>[A-Z][^'’]*)")


def _owned_body(s: str, mem: ActorMemory) -> Actor | None:
    if not (m := _OWNED_BODY.fullmatch(s)) or (body := resolve(m.group("rest"), mem)) is None or body.kind != "organization":
        return None
    code = match_country(m, "c") or (mem.focus if not body.country else None)
    if not code or code == body.country:
        return body
    return Actor(body.key, body.name, body.kind, code)


def _title_case(words: str) -> str:
    titled = re.sub("(['’])S", lambda x: x.group(1) + "s", words.title())  # "Ombudsman'S" -> "Ombudsman's"
    return re.sub(r"(?<=\s)(?:Of|The)(?=\s)", lambda x: x.group(0).lower(), titled)


def _name_last(s: str, last: str) -> bool:
    """`s` can end with a personal name: two name tokens at its end."""
    if not last[:1].isupper() and not (last[:1].islower() and "-" in last and last.split("-", 1)[1][:1].isupper()):
        return False  # "al-Burhan", "el-Sisi": a lower-case particle joined to the name
    words = s.split()
    return len(words) >= 2 and (words[-2][:1].isupper() or words[-2] in PARTICLES)


# a name after the place a body is based in ("New York-based Human Rights Watch", "the London-based Amnesty
# International"): the name is the capitalised rest; a description ("a London-based rights group") is no name
_BASED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\p{L}.'’]*\s+){0,3}[A-Z][\p{L}.'’]*-based\s+(?P<n>[A-Z][\p{L}.&'’-]*(?:\s+\S+){0,8})")


# a named body after a hyphened participle whose agent is another ("Iran-backed Hezbollah", "the U.S.-allied SDF")
_AGENT_BACKED = re.compile(r"(?:[Tt]he\s+)?[A-Z][\p{L}.'’]*-(?P<p>[a-z]+)\s+(?P<n>[A-Z][\p{L}.&'’-]*(?:\s+[A-Z][\p{L}.&'’-]*){0,5})")


_PLACE_OWNS = re.compile(rf"(?:[Tt]he\s+)?(?P<c>{PLACE})['’]s\s+(?P<n>[A-Z][\p{{L}}.&'’-]*(?:\s+[A-Z][\p{{L}}.&'’-]*){{0,4}})")
# "the Afghan Taliban", "Lebanese Hezbollah": the same body placed by a demonym instead (else read as a person's name)
_DEMONYM_OWNS = re.compile(rf"(?:[Tt]he\s+)?(?P<d>{DEMONYM})\s+(?P<n>[A-Za-z][\p{{L}}.&'’-]*(?:\s+[A-Z][\p{{L}}.&'’-]*){{0,4}})")


# an international body's office in a place: "the IOM's Libya office", "UNHCR's office in Chad", "the UN refugee agency's
# Geneva office"
_BODY_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?P<b>[\p{L}][\p{L}.&\s-]{1,60}?)['’]s\s+(?:[A-Z][\p{L}'’.-]*\s+){0,3}"
                          r"(?:country\s+|regional\s+|field\s+)?(?:office|mission|bureau|branch|delegation)"
                          r"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})?")


def _title_by_initials(s: str, mem: ActorMemory) -> Actor | None:
    """"The CM said", "the caretaker CM", a headline's "CM praises": the holder of the office the initials spell whom
    the story named (title_acronyms.tsv), not a body called "Chief Minister"; None when there is none."""
    words = s.split()
    if not (t := title_acronyms().get(words[-1])) or not (len(words) == 1 or words[0] in ("The", "the") and
                                                          all(w.islower() for w in words[1:-1])):
        return None
    return backref(t, mem) or backref(t.rsplit(None, 1)[-1], mem)


# "the former president", "the ex-governor": a back-reference to whoever the story titled so
_FORMER = re.compile(r"[Tt]he\s+(?:former\s+|ex-)(?P<t>[a-z]+(?:[\s-][a-z]+)?)")


def _former_holder(title: str, mem: ActorMemory) -> Actor | None:
    """The person the story named with a former office ending in `title` ("former far-right President Jair
    Bolsonaro" for "the former president"), the one named last; None when it named none so (a sitting holder
    is no "former" one)."""
    holders = [a for key, people in mem.role_holders.items() if key.startswith(("former ", "ex-")) and
               key.endswith(title) for a in people]
    if holders:
        return max(reversed(holders), key=lambda a: mem.seen.get(a.key, -9))
    # a name read in passing with such a title ("remarks made by former far-right President Jair Bolsonaro"): the
    # last one the text so far gives
    rx = rf"\b(?i:former|ex-)\s*(?:[\p{{Ll}}-]+\s+){{0,2}}(?i:{re.escape(title)})\s+(?P<n>{NAME})"
    names = [m.group("n") for m in re.finditer(rx, mem.text[:mem.upto])]
    return mem.person(names[-1], None) if names and not NOT_NAME.search(names[-1]) else None


# the UN's agencies, as orgs.tsv names them by "UN ..." ("UN refugee agency", "UN health agency"), which "the U.N.
# agency" and "the UN body" refer back to
_UN_FAMILY = frozenset(name for surface, (name, code) in ORGS.items()
                       if not code and surface.startswith(("UN ", "U.N. ", "United Nations ")))
_UN_BODY_BACK = re.compile(r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:agency|body|organi[sz]ation)")
# a description without its article, as headlines write it: "Charity says ...", "Rights group says ..."
_BARE_DESCRIPTION = re.compile(r"[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}")


def _paper_named(s: str) -> Actor | None:
    """The paper a name shaped as an outlet's names when its first word is no given name ("Daily Mirror", "Jakarta
    Globe", "Daily Star", written without "the" as South Asian and African papers often are), not a person ("Lee
    Standard" is one); None otherwise."""
    return None if s.split()[0].lower() in first_names() else paper_by_shape(s)


def resolve(np: str, mem: ActorMemory) -> Actor | None:
    """The actor a whole noun phrase names, or None when it names no identifiable actor."""
    s = np.strip().strip(",").strip()
    s = LEAD_CONJ.sub("", s)
    if s.endswith(")") and (m := _SPELLED_OUT.fullmatch(s)):
        s = m.group(1)  # "the World Health Organization (WHO)": the acronym in brackets only abbreviates the name
    if not s or len(s) > 120:
        return None
    if (hit := _title_by_initials(s, mem)) is not None:
        return hit
    if _UN_BODY_BACK.fullmatch(s) and (hit := mem.last(lambda a: a.name in _UN_FAMILY)) is not None:
        return hit  # "UNICEF reported ... The U.N. agency said": the UN body the story named last
    if " to " in s and (m := full_match(POSTED_NAME, s)) and (hit := resolve(f"{m.group('pre')} {m.group('n')}", mem)):
        return hit  # "former U.S. ambassador to the Ukraine Marie Yovanovitch": the holder named, the host aside
    if (m := _FORMER.fullmatch(s)) and (hit := _former_holder(m.group("t"), mem)) is not None:
        return hit
    if "-based " in s and (m := _BASED.fullmatch(s)) and (named := resolve(m.group("n"), mem)) is not None:
        return named  # "New York-based Human Rights Watch": where a body is based describes it; its name is the rest
    if "-" in s and (m := _AGENT_BACKED.fullmatch(s)) and m.group("p") in agent_compounds() and \
            (body := known_org(m.group("n"))) is not None:
        return body  # "the Iranian-backed Houthis": who backs a body describes it; the body the gazetteer knows speaks
    if ("'s " in s or "’s " in s) and (m := _PLACE_OWNS.fullmatch(s)) and (body := known_org(m.group("n"))) is not None:
        # "Yemen's Houthis", "Lebanon's Hezbollah": a body the gazetteer knows, placed by the country that owns it
        code = match_country(m, "c", "c")
        return body if body.country or not code else Actor(body.key, body.name, body.kind, code)
    if ("'s " in s or "’s " in s) and (m := _BODY_OFFICE.fullmatch(s)) and (body := known_org(m.group("b"))) is not None \
            and body.country is None:
        # "the IOM's Libya office", "UNHCR's office in Chad": an international body's office where it works speaks for
        # the body, which keeps no country (memory.posted_abroad)
        return body
    if (w := s.removeprefix("the ").removeprefix("The ").split(" ", 1))[0] in DEMONYMS and len(w) == 2 and \
            (m := _DEMONYM_OWNS.fullmatch(s)) and \
            (body := known_org(m.group("n"))) is not None and body.country and (code := DEMONYMS.get(m.group("d"))):
        # a body with a home of its own; one placed by another nation is that nation's branch ("the Pakistani
        # Taliban"), a body of its own; international bodies ("the Philippine Red Cross") are NATIONAL_ORG's
        return body if code == body.country else Actor(f"org:{m.group('d').lower()} {body.name.lower()}",
                                                        f"{m.group('d')} {body.name}", "organization", code)
    if s[:1].isupper() and (m := full_match(BODY_ROLE_NAME, s)) and not NOT_NAME.search(m.group("n")) and \
            full_match(PERSON_RX, s) is None:
        # "Microsoft Security Response Alliance director Mike Reavey": the person, placed by the body's words
        return mem.person(m.group("n"), country_in_story(m.group("body"), mem), f"{m.group('body')} {m.group('role')}")
    if " of " in s and s[:1].isupper() and (m := _PERSON_OF_BODY.fullmatch(s)) and (who := _person_of_body(m, mem)):
        return who
    if s.endswith(("day", "week", "month", "year")) and " " in s:
        s = WHEN.sub("", s)  # "according to a Texas prison statement Monday": when it spoke, not its name
    if s.isupper() and len(s) > 3 and s[:1].isalpha() and dateline_place(s):
        return None  # "NEW DELHI: ...", "PRAGUE -": a dateline is where the story is filed, not who speaks
    if s[:1].isupper() and s[1:].isalpha() and s[1:].islower() and s not in mem.by_surname and s not in mem.names and \
            s not in COUNTRY_NAMES and \
            (known := body_by_first_name(s, mem)) is not None and " " in known.name and known.name.split()[1] in ORG_HEADS:
        # "Hengaw Organization for Human Rights ... Hengaw said": the body named in full before (not a person's
        # surname the story knows: "Trump" is no "Trump Organization"; nor a country's name: "Uganda said" after the
        # "Uganda Police Force" is the state)
        return known
    if s in ("One", "one"):  # "Vice-chancellors reacted ... One, who asked not to be named, said": one of them
        return mem.one_of_them()
    if PARTITIVE.fullmatch(s):  # "Many of them said": the group last speaking
        return mem.last(lambda a: a.kind != "person")
    if (acr := BARE_ACRONYM.fullmatch(s) or known_org(s) and _ACRONYM_ALONE.fullmatch(s)) and \
            (full := mem.acronym(acr.group(1))) and \
            (body := mem.last(lambda a: a.kind != "person" and _spelled_name(a.name, full))) is not None:
        # "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said ... the OCHA said": the body the
        # article spelled the acronym out for, not a new one; with no article too for a body the gazetteer knows by
        # its acronym ("..., OCHA said"): the article's full name is the body's, not the gazetteer's short one
        return body
    if s[:1].isupper() and s[1:2].islower() and MIXED_ACRONYM.fullmatch(s) and (full := mem.acronym(s)) and \
            (body := resolve(full, mem)) is not None and body.kind in ("organization", "media"):
        return body  # "MoH announces ...": the "Ministry of Health" the story names (context.spelled_out)
    if (owner := document_owner(s)) and owner != s:  # "a statement from the ministry": the ministry
        # "analysis by Corey Scher of New York's CUNY Graduate Center": the author, not the affiliation
        return resolve(owner, mem) or ((m := AFFILIATED.fullmatch(owner)) and resolve(m.group(1), mem)) or \
            named_publisher(owner, source_nouns(), country_in) or _placed_issuer(owner, mem) or \
            ((name := named_owner(s)) and (_initialled_body(name, mem) or
                                           Actor(f"org:{name.lower()}", name, "organization", country_in(name) or mem.focus)))
    if hit := document_source(s, mem.focus):  # "court records", "a study published in JAMA Pediatrics"
        return hit
    if s[:1] in "tTaA" and DESCRIBED_HINT.search(s) and (m := DESCRIBED.fullmatch(s)):  # "the charity Medical Aid for Palestinians": the name
        kind = "media" if m.group("media") else "organization"
        named = resolve(m.group("n"), mem)
        if kind == "media" and (named is None or named.kind != "media"):
            # "the newspaper Irish Independent": an outlet, whatever its name looks like; outlets have no country
            return Actor(f"media:{m.group('n').lower()}", m.group("n"), "media", None)
        return named or Actor(f"org:{m.group('n').lower()}", m.group("n"), kind, country_in(m.group("n")))
    if m := full_match(PRONOUN, s):
        w = s.lower()
        if w in ("he", "she"):
            # only a person named or speaking in the last few sentences; beyond that "he" is a guess
            # a person known to be the other gender ("Mr Lorenz" for "she") is not the one meant
            p = mem.last(lambda a: may_be_he_or_she(a) and mem.seen.get(a.key, -9) >= mem.now - 3
                         and mem.gender.get(a.key, w) == w and not mem.named_after_pronoun(a, w))
            if asked := mem.asked_just_before(w, p):
                return asked
            if subject := mem.person_just_before(w):
                return subject  # "During an interview, Skaik paused. '...,' he said."
            # a non-person speaker since then (an agency, a ministry) makes "he" ambiguous: say nothing
            # (a crowd of private people, "the men in the car told him", is plural: never "he")
            # (a document quoted since then, "a transcript of the interview", speaks for nobody else: no bar)
            if p and any(a.kind != "person" and mem.seen.get(a.key, -9) > mem.seen[p.key] and not _CROWD.search(a.name)
                         and not is_document(a) for a in mem.speakers[-5:]):
                return None
            if p is None and mem.speakers:
                # "a health official said ... He said": the one unnamed person who just spoke (a crowd between is plural)
                q = next((a for a in reversed(mem.speakers[-3:]) if not _CROWD.search(a.name)), None)
                crowd = q is not mem.speakers[-1]
                if q is not None and (is_individual(q) or q.key in mem.voices) and mem.seen.get(q.key, -9) >= mem.now - 1 - crowd:
                    return q
            return p
        if w == "they" and mem.pair and mem.pair[1] >= mem.now - 2 and mem.speakers and mem.speakers[-1] == mem.pair[0]:
            return mem.pair[0]  # "according to analysis by Scher and Van Den Hoek ... they estimate": the pair
        if w == "they" and mem.speakers and (last := mem.speakers[-1]).kind == "person" and \
                mem.seen.get(last.key, -9) >= mem.now - 1 and _plural_people(last.name):
            return last  # "Conservative MPs have dismissed the allegations ... They maintain that": those who spoke
        if w == "it" and (body := mem.body_just_before()) is not None:
            return body  # "The Palestinian Health Ministry has recorded ... It says ...": the body just named
        # "it" is a body or a document, never people ("Prosecutors said ... It showed how difficult ...", "officials")
        # a crowd of private people ("certain people", "many residents") is "they" only while the story is still
        # about them: one named pages before is no antecedent (the last body named is, a named group is)
        return mem.last(lambda a: a.kind != "person" and not (w == "they" and is_document(a))
                        and not (w == "it" and (is_people(a) or is_individual(a)))
                        and not (w == "they" and _CROWD.search(a.name) and mem.seen.get(a.key, -9) < mem.now - 3))
    if s[:1] in "hHiItT" and (m := _POSS_VOICE.fullmatch(s)) and m.group("h").lower() in speaks_for() and \
            m.group("h").lower() not in KIN_WORDS and (who := _possessor(m.group("p").lower(), mem)) is not None:
        return who
    if "spokes" in s and (m := _OWNED_VOICE.fullmatch(s)) and (who := _voice_owner(m.group("o"), mem)) is not None:
        return who  # "The party's spokesperson decried ...", "Cameron's spokesman said": the party, Cameron
    last = s.rsplit(None, 1)[-1]
    last_low = last.lower()
    if "inistr" in s and (hit := ministry_named(s, mem)) is not None:
        return hit
    if (last_low == "office" or "ffice of" in s) and (hit := _titled_office(s, mem)):
        return hit
    if ("’s " in s or "'s " in s) and last in ORG_HEADS and (hit := _owned_body(s, mem)):
        return hit
    if last_low == "office" and (m := PERSON_OFFICE.fullmatch(s)) and \
            (who := (resolve(m.group(1), mem) if " " in m.group(1) else mem.surname(m.group(1)))) and who.kind == "person" \
            and source_nouns().get(who.name.rsplit(None, 1)[-1].lower()) != "person":
        # "Public Ombudsman Nadia Cruz's office said": the office speaks for its holder; one named by its title alone
        # ("The City Attorney's office", "the District Attorney's office") is a body, no person
        return who
    if s[:1] in "TtIi" and (hit := described_body(s, mem, speaking_body)):
        return hit  # "Human Rights Watch said ... the rights group added": the fitting body named last
    if _BARE_DESCRIPTION.fullmatch(s) and s not in mem.names and s not in mem.by_surname and \
            (hit := described_body(f"the {s[:1].lower()}{s[1:]}", mem, speaking_body)):
        return hit  # a headline or standfirst drops the article: "Charity says nine staff dead" is "the charity"
    if (m := full_match(BACKREF, s)) and (hit := report_author(s, m.group(1).lower(), mem) or
                                          backref(m.group(1).lower(), mem)):
        return hit
    if s[:4] in ("The ", "the ") and " " in (t := norm_title(s[4:])) and t in mem.role_holders and \
            (hit := backref(t, mem)):
        return hit  # "The Assistant Police Commissioner Simon Kauba told ... The Assistant Police Commissioner is appealing"
    if s[:1] in "TtIi" and (m := full_match(OWNED_ROLE, s)) and (hit := backref(m.group("t").lower(), mem)):
        return hit
    for rx in (OFFICE if "ffice" in s else ()):
        if m := full_match(rx, s):
            code = match_country(m, "c", "d")
            if not code and m.groupdict().get("n"):
                code = mem.person(m.group("n"), None).country
            if not code:
                return None
            name = f"Office of the {m.group('t').title().replace('Minister', 'Minister')} of {country_after_of(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    if hit := outlet_named(s, last, last_low, mem):
        return hit
    for rx in (SECURITY_COUNCIL if "Council" in s else ()):
        if m := full_match(rx, s):
            code = match_country(m, "c", "d")
            name = f"{m.group('n')} of {country_after_of(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    voice = full_match(ORG_VOICE, s) if last in _VOICE_LAST else None
    if (m := voice) and m.group("cap"):
        return country_actor(CAPITALS[m.group("cap")])  # "a Kremlin spokesman"
    if last in _NATIONAL_ORG_LAST and (m := full_match(NATIONAL_ORG, s)) and (code := match_country(m, "d", "c")):
        return Actor(f"org:{m.group('n').lower()}", m.group("n"), "organization", code)  # "the Philippine Red Cross"
    if (last in _ORG_LAST and (m := full_match(ORG_RX, s))) or (m := voice):
        return shared_body(m.group("n"), mem)  # orgs.tsv's body, or the story country's of a shared name
    for rx in _country_rxs(s, last, last_low):
        if m := full_match(rx, s):
            code = match_country(m, "c", "d")
            if code:
                if ARMED_HEAD.search(s):
                    # "the Israeli military said": the armed forces speak as a body of their state (like "Ukraine's air
                    # force"), not as the state itself; the country stays the state's
                    actor = armed_forces(code)
                    mem.groups["military"] = actor
                    return actor
                actor = country_actor(code)
                mem.groups[s.rsplit(None, 1)[-1].lower()] = actor  # "American officials": "the officials" later
                return actor
    if last[:1].isupper() and (code := capital_country(s)) and s.split()[0].lower() not in first_names() and \
            mem.surname(last) is None:
        return country_actor(code)  # "Kigali called the accusation 'unacceptable'": a capital speaks for its state
    if m := _coordination(s, mem):
        return m
    if mem.now == 0 and (m := full_match(HEAD_ROLE, s)) and (hit := named_below(norm_title(m.group("t")), None, m.group("o"), mem)):
        return hit  # the headline's "PAHO Director warns": the director the story names
    if last in party_members() and (hit := party_member(s, mem)):
        return hit
    if _name_last(s, last) and (p := PARTY_LEAD.match(s)) and (who := resolve(s[p.end():], mem)) is not None and \
            who.kind == "person":
        # "Democratic U.S. Rep. Ann Corliss": the person the rest names, as after a dateline (attribution), so the
        # parse's subject and the rules' speaker are one person; "Democratic Party" names no person and goes on
        return who
    if _name_last(s, last) and (paper := _paper_named(s)) is not None:
        return paper
    if _name_last(s, last) and last not in ORG_HEADS and (m := full_match(PERSON_RX, s)) and \
            not NOT_NAME.search(m.group("n")) and \
            not PLACE_FULL.fullmatch(m.group("n")) and not _ROLE_NAME.fullmatch(m.group("n")) and \
            m.group("n").split()[-1].lower() not in place_nouns():
        # (a name ending in a common noun for a place is the place's government, "Broward County says", no person)
        pre = m.group("pre") or ""
        words = m.group("n").split()
        if not pre and len(words) == 2 and words[0].lower().rstrip(".") in TITLE_LAST and (known := mem.surname(words[1])):
            # "Ambassador Sondland" after "Gordon Sondland": a title, not a first name ("Mrs" still tells the gender)
            return mem.person(f"{words[0]} {known.name}" if _HONORIFIC_LEAD.match(s) else known.name, known.country)
        code = country_in_story(posted_abroad(pre), mem) if pre else None  # "Foreign Office spokesperson" (shared_bodies)
        title = TITLE_LEAD.sub("", pre) if pre else None
        return mem.person(m.group("n"), code, title)
    if m := full_match(SURNAME_RX, s):
        n = m.group("n")
        if known := mem.surname(n):
            return known
        for full, code in PEOPLE.items():
            if full.endswith(" " + n):
                return mem.person(full, code or None)
        if _HONORIFIC_LEAD.match(s):  # "Mr. Reeves", "Dr Chang": an honorific makes a lone name a person
            return mem.person(n, None)
        if _OFFICE_LEAD.match(s):  # "according to Gov. Murphy", "Sen. Lankford": an elected office's holder
            return mem.person(s, None)
        if s == n and (full := mem.given_name_holder(n)):
            # "Tommy said": a lone given name is a person, the one the article names in full by it ("Tommy Baker")
            return mem.person(full, None)
    if (last[:1].isupper() or last_low.rstrip(".") in TITLE_LAST) and (m := full_match(ROLE_RX, s)):
        code = match_country(m, "c", "c1", "d")
        t = norm_title(m.group("t"))
        host = _posted_host(m, t, code)
        if t and (code or s[:1].isupper() and not s.lower().startswith("the")):
            hit = mem.by_role.get((f"{t} to {host}" if host else t, code)) or \
                (mem.by_role.get((t, None)) if code is None else None)
            if hit:
                return hit
            if code and mem.now == 0 and (hit := named_below(t, code, None, mem)):
                return hit  # the headline's "Pakistani envoy says": the envoy the story names
            if code and mem.upto and (hit := holder_of_office(t, code, mem)):
                return hit  # "Germany's health minister is stressing ... Health Minister Jens Spahn noted": him
            if code:
                name = f"{t.title()} of {country_after_of(code)}" + (f" to {host}" if host else "")
                role = Actor(f"person:{name.lower()}", name, "person", code)
                mem.by_role.setdefault((t, code), role)
                if host:
                    mem.by_role.setdefault((f"{t} to {host}", code), role)
                return role
    if last_low in _UNIT_LAST and (m := full_match(STATE_UNIT, s)):
        code = match_country(m, "c", "d")
        if code:
            name = f"{re.sub('([’' + chr(39) + '])S', lambda x: x.group(1) + 's', m.group('u').title())} of {country_after_of(code)}"
            return Actor(f"org:{name.lower()}", name, "organization", code)
    if "olice" in s and (hit := police_named(s, mem)) is not None:
        return hit
    if not KIN_WORDS.isdisjoint(KIN_SPLIT.split(s.lower())) and (hit := resolve_kin(s, mem)):
        return hit
    if (m := _BODY_STAFF.fullmatch(s)) and m.group("a") not in not_body_acronyms()["place"]:
        # "PG&E officials said", "a CDC spokesperson": the staff speak for their body
        a = m.group("a")
        full = mem.acronym(a)
        if org := (full and known_org(full)) or known_org(a):
            return org
        name = full or a
        code = country_in(name) or (mem.local(name) if full else None)
        return Actor(f"org:{name.lower()}", name, "organization", code)
    if (m := _KIND_STAFF.fullmatch(s)) and (body := resolve("the " + m.group("k").lower(), mem)) is not None and \
            body.kind == "organization":
        # "Church officials said" after "the Wasilla Bible Church": the staff speak for the body of that kind named
        return body
    if last_low.startswith("spokes") and (m := _NAMED_VOICE.fullmatch(s)):
        # "A British Airways spokesman", "a US Embassy spokeswoman": a name that opens with a nationality is the
        # body the spokesperson speaks for (not "British spokesperson"); a known body by its own name, an unknown one
        # as named. A bare nationality with a common noun ("Sudanese Army" -> Sudan) is left to the groups below.
        run = strip_possessive(m.group("n"))  # "Pakistan Military's spokesman": the body, without the possessive
        hit = resolve(run, mem)
        if hit is not None and hit.kind in ("organization", "media"):
            mem.voices.add(hit.key)
            return hit
        if hit is None or hit.kind == "person":
            body = Actor(f"org:{run.lower()}", run, "organization", country_in(run))
            mem.voices.add(body.key)
            return body
    if last_low.startswith("spokes") and (m := _ORG_VOICE_RUN.fullmatch(s)):
        # "A Sussex Police spokesman", "a Kent County Council spokeswoman": a capitalised name ending in a body's
        # head noun is the body the spokesperson speaks for; a local service is the story's country's (memory.local)
        run = strip_possessive(m.group("n"))
        hit = resolve(run, mem)
        if hit is not None and hit.kind in ("organization", "media") and len(hit.name.split()) >= len(run.split()):
            mem.voices.add(hit.key)
            return hit  # a body known by this name (not "Police" for "Sussex Police")
        if hit is None or hit.kind != "country":
            body = Actor(f"org:{run.lower()}", run, "organization", country_in(run) or mem.local(run))
            mem.voices.add(body.key)
            return body
    # an outlet's shape is tried before the groups when the phrase ends in a capitalised word ("the Irish Examiner":
    # an outlet, not Irish examiners; outlets have no country), after them otherwise, and once either way
    shape_first = last[:1].isupper()
    if shape_first and (hit := state_described(media_by_shape(s), s, mem)):
        return hit
    if (m := BARE_GROUP.fullmatch(s)) and (hit := named_body_by_head(m.group("h"), mem)):
        return hit  # "Doctors for Camp Closure ... the doctors said": the one body of that kind the story named
    if hit := staff_of_body(s, mem, speaking_body):
        return hit  # "officials at the institution said": the body the description stands for
    if s[:1] in "AaTtOo" and (hit := staff_of_described(s, mem, speaking_body)):
        return hit  # "although the hospital has enough masks, an official said": the body the sentence describes
    if s[:1] in "Aa" and (hit := body_named_next(s, mem, speaking_body)):
        return hit  # "a war monitor reported ... the head of the Syrian Observatory for Human Rights, told dpa"
    if s[:1] in "AaTt" and (hit := group_named_later(s, mem)):
        mem.groups[s.rsplit(None, 1)[-1].lower()] = hit  # "a group of physicians" named next: "the physicians" later
        return hit
    if _BARE_VOICE.fullmatch(s) and mem.speakers and mem.speakers[-1].kind == "organization" and \
            not _VOICE_OF.search(mem.sentence) and mem.seen.get(mem.speakers[-1].key, -9) >= mem.now - 2:
        # "South Wales Police confirmed on Thursday that ... A spokesperson said: ...": a spokesperson who names no
        # body speaks for the body that spoke last, in the two sentences before, when no body the sentence describes
        # is theirs (above; "a spokesman for the Enough Project" is the project's; a person or a country speaking last
        # leaves it unresolved)
        return mem.speakers[-1]
    if mem.focus and ("s military" in s or "s armed forces" in s) and _NATION_FORCES.fullmatch(s):
        # "the West African nation's military said": the armed forces of the state the story is about, described
        # instead of named ("the military" later is they)
        actor = armed_forces(mem.focus)
        mem.groups["military"] = actor
        return actor
    if hit := resolve_group(s, mem.focus, mem.by_surname, mem.groups):
        return hit
    if not shape_first and (hit := state_described(media_by_shape(s), s, mem)):
        return hit
    if (m := full_match(LOWER_ORG, s)) and not NOT_ORG_OWNER.match(m.group("n")):
        name = m.group("n")
        # "the biggest CGT union" in a French strike story: a body an acronym names and a common noun describes is, as
        # a lone acronym is (people.surname_actor), a national body of a one-country story, unless it is international
        acr = name.split()[0]
        code = country_in(name) or (mem.one_country() if _ACRONYM_ALONE.fullmatch(acr) and not international(acr)
                                    and acr not in not_body_acronyms()["place"] else None)
        return Actor(f"org:{name.lower()}", name, "organization", code)
    if last_low.rstrip(".") in company_suffixes() and (m := full_match(COMPANY_NAME, s)):
        name = m.group("n")  # "Toyota Motor Corp.": a company by its legal name (not a person's, as a run of names is)
        return Actor(f"org:{name.lower()}", name, "organization", country_in(name) or home_body(name, mem))
    if not ORG_HEADS.isdisjoint(s.split()) and (m := full_match(GENERIC_ORG, s)) and m.group("n")[:1].isupper():
        name = m.group("n")
        # its owner ("Japan's Meteorological Agency"); else a public service named without its country ("the Department
        # of Disaster Management Affairs", "the National Disaster Management Agency") serves the story's country, as
        # one_body_name's below does (memory.local; national_service_words.tsv)
        code = country_in(name) or country_in(s) or (
            mem.local(name) if not _NATIONAL_SERVICE.isdisjoint(name.split()) else None) or home_body(name, mem)
        return Actor(f"org:{name.lower()}", name, "organization", code)
    if last_low in BODY_NOUNS and (m := BODY_OF_KIND.fullmatch(s)):
        return body_of_kind(m, mem)
    if one_body_name(s):
        # "Indonesia's Meteorology and Geophysics Agency": one body by its name, of the country that owns it
        owner, _, name = s.rpartition("’s " if "’s " in s else "'s ")
        name = re.sub(r"^(?:the|The)\s+", "", name)
        code = COUNTRY_NAMES.get(re.sub(r"^(?:the|The)\s+", "", owner)) if owner else None
        return Actor(f"org:{name.lower()}", name, "organization", code or country_in(name) or mem.local(name))
    if " of " in s and (m := _ROLE_OF_BODY.fullmatch(s)) and (body := resolve(m.group("b"), mem)) is not None and \
            body.kind == "organization" and body.country:
        return body  # "announced the commander of the police": a body's head speaks for the body, as "the police commander"
    return None


# "Noah Greenwald of the Center for Biological Diversity", "Wray Grimaldi of the University of Otago", "Isaacs of
# Samaritan's Purse": a person named with the body they work for (not "Friends of the Earth", "Security Council of the
# United Nations": _person_of_body asks the words before "of" to name a person)
_PERSON_OF_BODY = re.compile(r"(?P<n>[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})\s+of\s+(?P<b>(?:the\s+)?[A-Z].*)")


def _person_of_body(m: re.Match, mem: ActorMemory) -> Actor | None:
    """The person in "NAME of the BODY" when NAME alone names a person (two words or more, or a surname the story
    knows) and BODY a body: the person speaks, placed by the body's country when their own words give none."""
    name = m.group("n")
    if " " not in name and name not in mem.by_surname:
        return None  # "Friends of the Earth", "Khaldun of ..." read alone: one word is no person's name here
    body = resolve(m.group("b"), mem)
    if body is None or body.kind not in ("organization", "media"):
        return None  # "... of the Armenian", "of Jerusalem": a place or a people, no body they work for
    who = resolve(name, mem)
    if who is None or who.kind != "person":
        return None
    return who if who.country or not body.country else mem.person(who.name, body.country)


# a body's head named by the body ("the commander of the police", "the chief of the army"), when nothing above names them
_ROLE_OF_BODY = re.compile(r"(?:[Tt]he\s+)?(?:(?:deputy|acting|top|senior)\s+)?(?:head|chief|commander|director|spokes(?:man|woman|person))"
                           r"\s+of\s+(?P<b>the\s+(?:[\w’'-]+\s+){0,2}(?:police|army|military|armed forces|navy|prison service|prisons))")
_NATIONAL_SERVICE = national_service_words()
# a state's forces by a description of the state: "the West African nation's military", "the country's armed forces"
_NATION_FORCES = re.compile(r"(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,3}(?:nation|country|state)['’]s\s+(?:military|armed\s+forces)")


# An issuer named by its place and a common noun ("a statement issued by Siem Reap provincial hall", "a notice from the
# Kwekwe district office"): the local body speaks, of the country its words name, else the story's
_PLACED_ISSUER = re.compile(r"(?:[Tt]he\s+)?(?P<n>(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:[a-z]+\s+){0,2}[a-z]{3,})")


def _placed_issuer(owner: str, mem: ActorMemory) -> Actor | None:
    if (m := _PLACED_ISSUER.fullmatch(owner)) is None:
        return None
    name = m.group("n")
    return Actor(f"org:{name.lower()}", name, "organization", country_in(name) or mem.focus)


def _plural_people(name: str) -> bool:
    """A person actor named by a plural head: "Conservative MPs", "lead prosecutors" (people, a later "they")."""
    head = name.rsplit(None, 1)[-1]
    if len(head) > 2 and head.endswith("s") and head[:-1].isupper():
        return True  # "MPs", "MEPs"
    low = head.lower()
    return low.endswith("s") and low[:-1] != "" and any(f != low for f in word_lemmas(low).get("NOUN", ()))


# a crowd of private people ("the men in the car", "residents"): never a "he", and a "they" only while the story
# is still about them (data/crowd_nouns.tsv)
_CROWD = re.compile(rf"(?i)\b(?:{'|'.join(crowd_nouns())})$")
_SPELLED_OUT = re.compile(r"(.+?[\p{L}.])\s*\([A-Z][A-Za-z&.-]{1,9}\)")
_ACRONYM_ALONE = re.compile(r"([A-Z][A-Z]{1,6})")
_VOICE_OF = re.compile(r"(?i)spokes(?:man|woman|person)\s+(?:for|of|at|from|with|to)\s")
_BARE_VOICE = re.compile(r"(?:[Tt]he|[Aa])\s+spokes(?:man|woman|person)")
# a spokesperson owned by a phrase before it ("the party's spokesperson", "Cameron’s spokesman", "the prime minister's
# press spokeswoman"): the owner speaks through them
_OWNED_VOICE = re.compile(r"(?P<o>(?:[Tt]he\s+)?[\p{L}][\p{L}.’'-]*(?:\s+[\p{L}][\p{L}.’'-]*){0,3})['’]s\s+"
                          r"(?:(?:chief|top|senior|deputy|press|official)\s+)?spokes(?:man|woman|person|men|women|people)")
_NAMED_VOICE = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<n>(?:{DEMONYM}|{PLACE})(?:\s+[A-Z][\p{{L}}&’'-]+){{1,3}})\s+"
                          r"spokes(?:man|woman|person)")
_ORG_VOICE_RUN = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<n>(?:[A-Z][\p{{L}}&’'-]+\s+){{1,4}}(?:{ORG_HEAD}))\s+"
                            r"spokes(?:man|woman|person)")
_BODY_STAFF = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Ss]everal|[Ss]enior|[Tt]op)\s+){0,2}(?P<a>[A-Z][A-Z&]{1,6})\s+"
                         rf"(?:{alt(sorted(body_staff()['acronym']))})")


# "Church officials", "the hospital spokeswoman", "museum staff": the staff of a body named by its kind
_KIND_STAFF = re.compile(rf"(?i:the\s+|an?\s+)?(?P<k>(?i:{'|'.join(k for k, tags in body_kinds().items() if 'staff' in tags)}))\s+"
                 rf"(?i:{alt(sorted(body_staff()['kind']))})")


# "Emergency Management and Recovery Minister Mark Mitchell": capitalised portfolio words joined by "and" before a
# title and a name are one title (the portfolio), not a person called "Emergency Management"
_PORTFOLIO_PART = re.compile(r"\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}")
_ENDS_TITLE = re.compile(rf"(?:{TITLE})$")  # "the President and Prime Minister X": a title of its own, another person
_TITLED_PART = re.compile(rf"(?:\p{{Lu}}[\p{{Ll}}-]+\s+){{1,3}}?(?:{TITLE})\s+\p{{Lu}}")


def _named_before(word: str, mem: ActorMemory) -> bool:
    """A surname of a person the article named before this sentence (this sentence's own reading may have taken
    the portfolio words for a name already)."""
    known = mem.by_surname.get(word)
    return known is not None and known.kind == "person" and mem.seen.get(known.key, -9) < mem.now


def _portfolio_words(part: str, mem: ActorMemory) -> bool:
    """A conjunct of capitalised words that cannot name anyone: no first name, no title, no surname the article knows."""
    words = part.split()
    return _PORTFOLIO_PART.fullmatch(part) is not None and not any(
        w.lower() in first_names() or _named_before(w, mem) for w in words) and country_in(part) is None and \
        _ENDS_TITLE.search(part) is None


# a run of capitalised words with the small words a body's name holds between them, which its acronym skips
# ("National Parks Service" -> NPS, "Ministry of Health" -> MH)
_NAME_RUN = re.compile(r"[A-Z][\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\p{L}'’-]*)+")
_SKIPPED_IN_ACRONYM = frozenset(("of", "and", "for", "the", "on", "The"))


def _initialled_body(acronym: str, mem: ActorMemory) -> Actor | None:
    """'a preliminary report from the NPS' after 'National Parks Service spokesperson Bill Line': the body the story
    read so far names with the words the acronym's letters begin, the last one named; None when the author is no
    acronym or the story named no such body (a body named in passing registers nothing, bodies.body_named)."""
    if not acronym.isupper() or not acronym.isalpha() or len(acronym) < 2:
        return None
    for m in reversed(list(_NAME_RUN.finditer(mem.text[:mem.upto]))):
        words = [w for w in m.group(0).split() if w not in _SKIPPED_IN_ACRONYM]
        if "".join(w[0] for w in words) == acronym and (body := body_named(m.group(0), mem)) is not None:
            return body
    return None


def _spelled_name(name: str, full: str) -> bool:
    """A body's name is the one an acronym spells out: the same words, also with its country after them ("Ministry of
    Internal Affairs of Georgia" for "The Georgian Ministry of Internal Affairs (MIA)") or a qualifier before them."""
    if (lead := full.split(" ", 1))[0] in DEMONYMS and len(lead) == 2:
        full = lead[1]  # "Moldovan Ministry of Internal Affairs": the demonym is the country after the name
    return name.endswith(full) or name.startswith(full + " of ")


def _coordination(s: str, mem: ActorMemory) -> Actor | None:
    """'Russia, the United States and France' -> the first conjunct, when every part is an actor."""
    parts = [p for p in CONJ_SPLIT.split(s) if p.strip()]
    if len(parts) < 2 or one_body_name(s):
        return None
    if _TITLED_PART.match(parts[-1].strip()) and all(_portfolio_words(p.strip(), mem) for p in parts[:-1]):
        return resolve(parts[-1], mem)
    actors = [resolve(p, mem) for p in parts if p.strip().lower() != "both"]
    if actors and all(actors):
        return actors[0]
    return None


# "his office", "Her campaign", "its spokeswoman", "their top aides": a noun that speaks for its possessor (speaks_for.tsv)
_POSS_VOICE = re.compile(r"(?i)(?P<p>his|her|its|their)\s+(?:(?:own|chief|top|senior|re-?election|presidential|press)\s+)?"
                         r"(?P<h>[\p{L}-]+)")


def _voice_owner(owner: str, mem: ActorMemory) -> Actor | None:
    """The actor a spokesperson's owner names, when it is one the story named before (a person, a body, a country): the
    spokesperson speaks for them, as "his spokesman" does (_possessor); an owner the story has not named ("the regime"
    read as a new description) is left to the readers of a bare spokesperson."""
    who = resolve(owner, mem)
    if who is None or who.kind not in ("person", "organization", "country", "media") or \
            who.key not in mem.seen or is_people(who):
        return None
    if who.kind != "person":
        mem.voices.add(who.key)  # "its spokesman said ... He added": the body's voice still
    return who


def _possessor(word: str, mem: ActorMemory) -> Actor | None:
    """Whom "his", "her", "its" or "their" before a noun that speaks for them names: a person for "his" and "her"
    (kin.possessor_person), the body "it" or "they" would be otherwise; a body's spokesperson stays its voice for a
    later "he" or "she" ("Its spokesman said ... He added")."""
    if word in ("his", "her"):
        return possessor_person(word, mem)
    who = resolve("it" if word == "its" else "they", mem)
    if who is None or who.kind == "person":
        return None
    mem.voices.add(who.key)
    return who
