"""What a definite description refers back to in the story: "the ministry", "the airline", "the judge", "the
California Republican"; and the person a headline's bare role ("PAHO Director warns") names below.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import CLAUSE_CUT, NOT_NAME, PHRASE_OPENERS
from .body_words import armed_force_nouns, business_nouns, no_army_places, kind_back_references, public_body_words
from .gazetteer import DEMONYMS, ORGS
from .groups import is_document, is_group, is_individual, is_people
from .inflections import word_lemmas
from .memory import norm_title, ActorMemory
from .model import Actor
from .people import TITLED
from .people_words import party_members, role_nouns
from .patterns import DEMONYM, alt
from .phrase_country import ARMED_NAME, PLACE_FULL, armed_forces, country_actor, country_in


# "the Kompas daily", "the magazine Der Spiegel", "the German newspaper Bild": an outlet named with the word a later
# "the magazine" uses (group 1 before the word, 2 or 3 after it)
_PAPER_NAME = r"((?:[A-Z][\p{L}&'’-]*)(?:\s+[A-Z][\p{L}&'’-]*){0,3})"
_PUBLICATION_NAMED = re.compile(rf"\b((?:[A-Z][\p{{L}}&'’-]*\s+){{1,3}})(?:magazine|newspaper|daily)\b(?:\s+{_PAPER_NAME})?|"
                                rf"\b(?:magazine|newspaper)\s+{_PAPER_NAME}")


def _paper_name(m: re.Match) -> str | None:
    """The outlet's name a _PUBLICATION_NAMED match gives: the words before the noun, unless they only say whose country
    the paper is ("the German newspaper Bild", "the Spanish daily El Pais": the name after it)."""
    before = (m.group(1) or "").split()
    if before and all(w in DEMONYMS for w in before):
        return m.group(2)
    return " ".join(before) if before else m.group(3)


# "the California Republican", "the veteran Tory", "the 70-year-old Democrat": a politician described by party
_PARTY_MEMBER = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\p{L}.'’-]*\s+|[a-z][\p{L}-]*\s+){0,3}[A-Z][a-z]+")


def party_member(s: str, mem: ActorMemory) -> Actor | None:
    """'Rep. Ed Royce, the chairman of ..., the California Republican said': a definite description by party is the
    holder of an elected office of that party's kind the story last named (party_members.tsv; a name never takes
    "the"); None when the story named no such holder."""
    if not _PARTY_MEMBER.fullmatch(s):
        return None
    titles = party_members()[s.rsplit(None, 1)[-1]]
    holders = [a for t in sorted(titles) for a in mem.role_holders.get(t, [])]

    def last_named(a: Actor) -> int:  # "Mr. Warner, the Virginia Democrat, called ...": a surname names him too
        return max([mem.seen.get(a.key, -9)] + [at for at, name in mem.named if name in (a.name, a.name.split()[-1])])
    best = max(reversed(holders), key=last_named, default=None)
    # a roundup names many politicians: only one named within a few sentences is the one meant
    return best if best is not None and last_named(best) >= mem.now - 5 else None


# Governments below a country's (orgs.tsv: "Scottish Government", "Northern Ireland Executive"), which a bare
# "the Government" in their story may name
_DEVOLVED = frozenset(name for name, _ in ORGS.values() if name.endswith((" Government", " Executive")))

# how many sentences back a statement's issuer is still the one "the statement" means (a story quotes a statement over
# a few paragraphs; later ones may bring in another that the words name no issuer of)
_ISSUER_REACH = 12

# whom "the statement", "the agency", "the army" ... stand for (data/kind_back_references.tsv)
_BACK_KINDS = kind_back_references()


def _report_giver(mem: ActorMemory) -> Actor | None:
    """Whom "the report" stands for when the last speaker is a person or people quoted, who give no report."""
    quoted = mem.speakers[-1]
    if quoted.kind == "person" and len(mem.speakers) > 1 and speaking_body(carrier := mem.speakers[-2]) and \
            not is_people(carrier) and mem.seen.get(carrier.key) == mem.seen.get(quoted.key):
        # "Amnesty quoted a 70-year-old detainee as saying ... the report said": the body that quoted the person in
        # the same sentence carried the words, and gave the report
        return carrier
    if quoted.kind == "person" and (paper := mem.last(lambda a: a.kind == "media")) is not None and \
            mem.seen.get(paper.key, -99) >= mem.now - 8:
        # "The Herald quoted police spokesman X as saying ... The report said": the outlet that carried his words
        return paper
    if is_people(quoted):
        # "..., Amnesty quoted refugees as saying. ... the report said": the body that spoke before them
        return mem.last(lambda a: a.kind != "person" and not is_people(a) and not is_individual(a) and not is_document(a))
    return quoted  # no body or outlet carried the person's words: the speaker, as "report" is (kind_back_references.tsv)


def backref(word: str, mem: ActorMemory) -> Actor | None:
    if "ministry" in word:
        kind = "Defence" if "defen" in word else "Foreign Affairs" if "foreign" in word else ""
        return mem.last(lambda a: a.name.startswith(f"Ministry of {kind}"))
    if word == "report" and mem.speakers and (mem.speakers[-1].kind == "person" or is_people(mem.speakers[-1])):
        return _report_giver(mem)
    if word == "statement" and mem.issuer is not None and mem.issuer[0] >= mem.now - _ISSUER_REACH:
        return mem.issuer[1]  # "said in a statement ... Witnesses told AI ... according to the statement": its issuer
    if word in _BACK_KINDS["speaker"]:
        return mem.speakers[-1] if mem.speakers else None
    if word in _BACK_KINDS["outlet"]:
        # "the magazine reported": the outlet last speaking, else the one the article names with that word
        known = mem.last(lambda a: a.kind == "media")
        for m in (_PUBLICATION_NAMED.finditer(mem.text) if known is None else ()):
            name = _paper_name(m)
            if name and name.split()[0] not in PHRASE_OPENERS:
                return Actor(f"media:{name.lower()}", name, "media", None)
        return known
    if (markers := business_nouns().get(word)) is not None:
        # "the airline said": the business of that kind the story last named or heard (one whose name says its kind
        # first: "Eastern Airlines"), never a public body ("the U.S. Department of State said ... the airline said")
        def business(a: Actor) -> bool:
            # "the companies said ... The company said": bodies named by a plural common noun are several, not the one
            plural = word in word_lemmas(a.name.lower()).get("NOUN", ()) and a.name.lower() != word
            return speaking_body(a) and not is_individual(a) and not plural
        return (mem.last(lambda a: business(a) and _business_of(a, markers)) if markers else None) or \
            mem.last(lambda a: business(a) and _business_of(a, frozenset()))
    # (the business nouns, business_nouns.tsv, are answered above)
    if word in _BACK_KINDS["body"]:
        # the body or outlet last speaking; a crowd of officials is not "the agency"
        return mem.last(speaking_body)
    if word in _BACK_KINDS["own"]:
        # "the party": a body named with the noun ("the Labour Party"), else only the body heard in this sentence or
        # the one before ("Likud said ... The party added"), never an earlier body of another kind ("OCHA warned
        # ... The party's spokesperson said"); with neither it stays a description
        if (named := mem.last(lambda a: speaking_body(a) and word in _LETTERS.findall(a.name.lower()))) is not None:
            return named
        last = mem.speakers[-1] if mem.speakers else None
        return last if last is not None and speaking_body(last) and mem.seen.get(last.key, -9) >= mem.now - 1 else None
    if word == "office":
        return mem.last(lambda a: a.name.startswith("Office"))
    if word == "government" and (hit := mem.last(lambda a: a.kind == "country" or a.name in _DEVOLVED)) and \
            hit.kind != "country":
        return hit  # "The Government said" after the Scottish Government spoke: the devolved one, the last government
    if word in ("military", "army"):
        # "The Israeli military said ... The military added", "Mali's army said ... the army said late Monday": the
        # armed forces named before; else those of the state in the story (of the state whose forces the story named
        # acting where the story's place has no army of its own, forces_named)
        if hit := mem.last(lambda a: a.name.startswith(ARMED_NAME)):
            return hit
        forces = forces_named(mem)
        state = mem.last(lambda a: a.kind == "country") or (country_actor(forces) if forces else None) or \
            (country_actor(mem.focus) if mem.focus else None)
        return armed_forces(state.country) if state else None
    if word in _BACK_KINDS["state"]:
        # "the government said": the country last speaking, else the story's country
        return mem.last(lambda a: a.kind == "country") or \
            (country_actor(mem.focus) if mem.focus and word != "side" else None)
    if word in _BACK_KINDS["named"]:
        return mem.last(lambda a: word[:5] in a.name.lower())
    t = norm_title(word)
    # of two governors named ("Gov. Eric Holcomb", then Kentucky's "Gov. Matt Bevin"), the one the story came back to
    # ("the diplomat": a holder of any title of its class, role_nouns.tsv)
    holders = [a for r in sorted(role_nouns().get(t, {t})) for a in mem.role_holders.get(r, [])]

    def last_named(a: Actor) -> int:
        return max([mem.seen.get(a.key, -9)] + [at for at, name in mem.named if name == a.name])
    return max(reversed(holders), key=last_named, default=None)


# a state's forces named acting by demonym: "Israeli forces", "Russian troops" (armed_force_nouns.tsv)
_FORCES = re.compile(rf"\b(?P<d>{DEMONYM})\s+(?:{alt(armed_force_nouns())})\b")


def forces_named(mem: ActorMemory) -> str | None:
    """The country of the one state whose forces the story has named by demonym so far (headline and text up to the
    sentence read), when the story is set in a place with no army of its own (no_army_places.tsv: "the army" in a West
    Bank story is Israel's); None elsewhere ("Pakistan said Indian troops fired ... the army said": Pakistan's), when
    it named none, or the forces of two states."""
    if mem.focus not in no_army_places():
        return None
    seen = f"{mem.title}\n{mem.text[:mem.upto]}"
    codes = {DEMONYMS.get(m.group("d")) for m in _FORCES.finditer(seen)} - {None}
    return next(iter(codes)) if len(codes) == 1 else None


def speaking_body(a: Actor) -> bool:
    """An outlet or a body that can speak as one: not a group of people ("officials") nor a document, nor a state's
    armed forces (never "the group", "the agency" or "the company": "Sudan's armed forces denied ... A spokesman for the
    Enough Project said the group confirmed")."""
    return a.kind == "media" or a.kind == "organization" and not is_group(a) and not is_document(a) and \
        not a.name.startswith(ARMED_NAME)


_LETTERS = re.compile(r"\p{L}+")


def _business_of(a: Actor, markers: frozenset[str]) -> bool:
    """Whether body `a` may be the business a role noun names: its name has one of the noun's marker words
    ("Eastern Airlines" for "the airline"), or, with no markers asked for, no public body's word ("U.S. Department
    of State" is no airline)."""
    words = _LETTERS.findall(a.name)
    if markers:
        return any(w in markers for w in words)
    public = public_body_words()
    return not any(w.lower() in public for w in words)


def named_below(t: str, code: str | None, owner: str | None, mem: ActorMemory) -> Actor | None:
    """A headline's bare role ("Pakistani envoy says", "PAHO Director warns"): the person the story's opening
    introduces with a title of its class (role_nouns.tsv), of the same country, or after the body's acronym."""
    cls = role_nouns().get(t, {t})
    text = mem.text[:3000]
    for m in TITLED.finditer(text):
        title = norm_title(m.group("t"))
        if title not in cls and title.rsplit(None, 1)[-1] not in cls:
            continue
        name = m.group("n")
        if NOT_NAME.search(name) or PLACE_FULL.fullmatch(name):
            continue
        before = " ".join(CLAUSE_CUT.split(text[max(0, m.start() - 60): m.start()])[-1].split()[-5:])
        # the body's acronym right before the title: "Pan American Health Organization (PAHO) Director Carissa F. Etienne"
        if owner and owner not in re.findall(r"[A-Z][A-Z&]{1,6}", text[max(0, m.start() - 12): m.end("t")]):
            continue
        country = country_in(f"{before} {m.group('t')}")
        if code and country != code:
            continue
        return mem.person(name, country, m.group("t"))
    return None
